-- Tickets of one tenant. This schema (t_<slug>) holds only this tenant's data.
create sequence ticket_number_seq start with 1 increment by 1;

create table ticket (
    id             uuid         primary key,
    number         bigint       not null unique,
    title          varchar(200) not null,
    description    text         not null default '',
    status         varchar(20)  not null,
    requester_id   varchar(64)  not null,
    requester_name varchar(200) not null,
    created_at     timestamptz  not null,
    updated_at     timestamptz  not null,
    version        bigint       not null default 0
);
-- "my tickets" and the agents' queue, newest first, keyset-paginated by number
create index ticket_by_requester on ticket (requester_id, number desc);
create index ticket_by_number_desc on ticket (number desc);
