-- Assignment groups: teams of agents that tickets are assigned to, with their members (agents of the realm).
create table assignment_group (
    id          uuid          primary key,
    name        varchar(100)  not null,
    description varchar(1000) not null default '',
    created_at  timestamptz   not null,
    updated_at  timestamptz   not null,
    version     bigint        not null default 0
);
create unique index assignment_group_name on assignment_group (lower(name));

create table assignment_group_member (
    group_id  uuid         not null references assignment_group (id) on delete cascade,
    user_id   varchar(64)  not null,
    user_name varchar(200) not null,
    primary key (group_id, user_id)
);
create index assignment_group_member_by_user on assignment_group_member (user_id);

alter table ticket add constraint ticket_assignment_group_fk
    foreign key (assignment_group_id) references assignment_group (id);
