-- Links between tickets (incident caused by problem, resolved by change, caused by change, related).
create table ticket_link (
    id              uuid         primary key,
    source_id       uuid         not null references ticket (id),
    target_id       uuid         not null references ticket (id),
    kind            varchar(30)  not null,
    created_by_id   varchar(64)  not null,
    created_by_name varchar(200) not null,
    created_at      timestamptz  not null,
    constraint ticket_link_once unique (source_id, target_id, kind),
    constraint ticket_link_not_itself check (source_id <> target_id)
);
create index ticket_link_by_target on ticket_link (target_id);
