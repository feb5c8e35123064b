-- Which plugins this tenant has switched on, with their settings (secrets are write-only through the API).
create table plugin_installation (
    plugin_id   varchar(64)  primary key,
    enabled     boolean      not null,
    settings    jsonb        not null default '{}'::jsonb,
    updated_at  timestamptz  not null,
    updated_by  varchar(200) not null,
    version     bigint       not null default 0
);

-- Transactional outbox: one row per domain event and interested plugin, written in the same transaction as the
-- change it reports; delivered after commit and retried until delivered. Also the record of what each plugin got.
create table plugin_delivery (
    id              uuid         primary key,
    event_id        uuid         not null,
    event_type      varchar(60)  not null,
    plugin_id       varchar(64)  not null,
    payload         jsonb        not null,
    status          varchar(20)  not null check (status in ('pending', 'delivered', 'failed')),
    attempts        int          not null default 0,
    next_attempt_at timestamptz  not null,
    last_error      text,
    created_at      timestamptz  not null,
    delivered_at    timestamptz
);
create index plugin_delivery_due on plugin_delivery (next_attempt_at) where status = 'pending';
create index plugin_delivery_by_plugin on plugin_delivery (plugin_id, created_at desc);
