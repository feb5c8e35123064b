-- The tenant registry of the control plane. One row per customer organisation.
create table tenant (
    slug          varchar(40)  primary key,
    display_name  varchar(200) not null,
    status        varchar(20)  not null check (status in ('provisioning', 'active', 'suspended')),
    realm         varchar(40)  not null unique,
    schema_name   varchar(63)  not null unique,
    created_at    timestamptz  not null,
    updated_at    timestamptz  not null,
    version       bigint       not null default 0
);

-- What happened to which tenant, by whom (the MSP's audit trail of the control plane).
create table tenant_event (
    id          bigserial    primary key,
    tenant_slug varchar(40)  not null,
    type        varchar(40)  not null,
    actor       varchar(200) not null,
    detail      text,
    occurred_at timestamptz  not null
);
create index tenant_event_by_tenant on tenant_event (tenant_slug, occurred_at);
