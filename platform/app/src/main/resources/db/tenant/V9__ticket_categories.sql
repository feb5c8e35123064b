-- The tenant's ticket categories and subcategories ('' marks a category without subcategories), in order.
-- Empty: categories are free text.
create table ticket_category (
    category    varchar(60) not null,
    subcategory varchar(60) not null default '',
    position    integer     not null,
    primary key (category, subcategory)
);
