-- SLA policies and ticket clocks (ADR 0011). Lists in policy conditions are comma-separated codes; empty = any.
-- A policy that names assignment groups is an OLA: its clocks count the time one of those groups holds the ticket.
create table sla_policy (
    id             uuid          primary key,
    name           varchar(100)  not null,
    position       integer       not null default 100,
    calendar_id    uuid          not null references business_calendar (id),
    ticket_types   varchar(200)  not null default '',
    services       varchar(2000) not null default '',
    priorities     varchar(20)   not null default '',
    groups         varchar(2000) not null default '',
    pause_statuses varchar(1000) not null default '',
    created_at     timestamptz   not null,
    updated_at     timestamptz   not null,
    version        bigint        not null default 0
);
create unique index sla_policy_name on sla_policy (lower(name));

-- business-time targets per metric (first_response, resolution, custom codes) and priority (1..5)
create table sla_target (
    policy_id     uuid        not null references sla_policy (id) on delete cascade,
    metric        varchar(40) not null,
    priority      smallint    not null check (priority between 1 and 5),
    target_millis bigint      not null check (target_millis >= 0),
    primary key (policy_id, metric, priority)
);

-- what happens when a share of a target is used up (100 = the breach)
create table sla_escalation_rule (
    policy_id uuid        not null references sla_policy (id) on delete cascade,
    percent   smallint    not null check (percent between 1 and 100),
    action    varchar(20) not null check (action in ('notify', 'reassign', 'raise_priority')),
    group_id  uuid,
    primary key (policy_id, percent, action)
);

-- one clock per ticket and metric (and, for OLAs, per assignment group)
create table sla_clock (
    id            uuid        primary key,
    ticket_id     uuid        not null references ticket (id),
    metric        varchar(40) not null,
    policy_id     uuid        references sla_policy (id) on delete set null,
    policy_name   varchar(100) not null,
    calendar_id   uuid        not null references business_calendar (id),
    priority      smallint    not null,
    target_millis bigint      not null,
    group_id      uuid,
    ola_group_id  uuid,
    state         varchar(20) not null check (state in ('running', 'paused', 'met', 'breached')),
    started_at    timestamptz not null,
    stopped_at    timestamptz,
    due_at        timestamptz,
    breached_at   timestamptz,
    version       bigint      not null default 0,
    constraint sla_clock_ticket_metric unique nulls not distinct (ticket_id, metric, ola_group_id)
);
create index sla_clock_running on sla_clock (calendar_id) where stopped_at is null;
create index sla_clock_report on sla_clock (started_at);

create table sla_clock_pause (
    clock_id   uuid        not null references sla_clock (id) on delete cascade,
    started_at timestamptz not null,
    ended_at   timestamptz,
    status     varchar(70) not null,
    primary key (clock_id, started_at)
);

-- one timer per clock and threshold: claimed with "for update skip locked", fired once (fired_at)
create table sla_timer (
    id       uuid        primary key,
    clock_id uuid        not null references sla_clock (id) on delete cascade,
    percent  smallint    not null check (percent between 1 and 100),
    due_at   timestamptz,
    fired_at timestamptz,
    constraint sla_timer_clock_percent unique (clock_id, percent)
);
create index sla_timer_due on sla_timer (due_at) where fired_at is null;

-- what fired: at most one row per timer
create table sla_firing (
    id        uuid         primary key,
    timer_id  uuid         not null unique references sla_timer (id) on delete cascade,
    clock_id  uuid         not null,
    ticket_id uuid         not null,
    metric    varchar(40)  not null,
    percent   smallint     not null,
    kind      varchar(20)  not null check (kind in ('warning', 'breach')),
    actions   varchar(200) not null,
    fired_at  timestamptz  not null
);
create index sla_firing_ticket on sla_firing (ticket_id);
