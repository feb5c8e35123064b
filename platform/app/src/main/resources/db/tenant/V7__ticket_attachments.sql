-- Attachments of tickets: the bytes live in the tenant's attachment store under the attachment id; this is what
-- was stored (sanitised name, accepted type, size, SHA-256) and by whom.
create table ticket_attachment (
    id               uuid         primary key,
    ticket_id        uuid         not null references ticket (id),
    filename         varchar(200) not null,
    content_type     varchar(100) not null,
    size_bytes       bigint       not null check (size_bytes > 0),
    sha256           char(64)     not null,
    uploaded_by_id   varchar(64)  not null,
    uploaded_by_name varchar(200) not null,
    created_at       timestamptz  not null
);
create index ticket_attachment_by_ticket on ticket_attachment (ticket_id, created_at);

-- the tenant's attachment size limit (10 MiB unless a tenant admin changes it; at most 50 MiB)
alter table ticket_settings add column max_attachment_bytes bigint not null default 10485760
    check (max_attachment_bytes between 1 and 52428800);
