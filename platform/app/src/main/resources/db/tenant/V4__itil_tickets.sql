-- ITIL tickets: incidents, service requests, problems, changes and tasks share the ticket table (single-table
-- inheritance, discriminator "type"); each type numbers its tickets with its own sequence (INC…, REQ…, PRB…,
-- CHG…, TSK…). Audit tables for Envers (history) live here too, in the tenant's schema.

-- numbers per type: the existing tickets are incidents and keep their numbers
alter sequence ticket_number_seq rename to incident_number_seq;
create sequence request_number_seq start with 1 increment by 1;
create sequence problem_number_seq start with 1 increment by 1;
create sequence change_number_seq start with 1 increment by 1;
create sequence task_number_seq start with 1 increment by 1;

alter table ticket drop constraint ticket_number_key;
drop index ticket_by_requester;
drop index ticket_by_number_desc;

alter table ticket
    add column type               varchar(20)  not null default 'incident',
    add column active             boolean      not null default true,
    add column channel            varchar(20)  not null default 'portal',
    add column impact             smallint     not null default 2 check (impact between 1 and 3),
    add column urgency            smallint     not null default 2 check (urgency between 1 and 3),
    add column priority           smallint     not null default 3 check (priority between 1 and 5),
    add column category           varchar(60),
    add column subcategory        varchar(60),
    add column affected_service   varchar(200),
    add column configuration_item varchar(200),
    add column assignment_group_id uuid,
    add column assignee_id        varchar(64),
    add column assignee_name      varchar(200),
    add column parent_id          uuid references ticket (id),
    add column resolution_notes   text,
    add column resolved_at        timestamptz,
    -- incident
    add column hold_reason        varchar(30),
    add column resolution_code    varchar(30),
    add column reopen_count       integer,
    add column major_incident     boolean,
    -- problem
    add column root_cause         text,
    add column workaround         text,
    -- change
    add column change_model       varchar(20),
    add column risk               varchar(20),
    add column planned_start      timestamptz,
    add column planned_end        timestamptz,
    add column cab_rule           varchar(20),
    add column review_outcome     varchar(20),
    -- full-text search over title and description ('simple': no stemming, works the same for every language
    -- that separates words with spaces)
    add column search             tsvector generated always as
        (to_tsvector('simple', coalesce(title, '') || ' ' || coalesce(description, ''))) stored;

update ticket set reopen_count = 0, major_incident = false where type = 'incident';
alter table ticket
    alter column type drop default,
    alter column channel drop default,
    alter column status type varchar(30),
    add constraint ticket_type_number_key unique (type, number),
    add constraint ticket_type_known check (type in ('incident', 'request', 'problem', 'change', 'task')),
    add constraint ticket_change_window check (planned_end is null or planned_start is null or planned_end > planned_start);

-- the queues: every sort is (column, created_at?, id) so keyset pagination is one index range scan
create index ticket_queue_created on ticket (created_at, id);
create index ticket_queue_updated on ticket (updated_at, id);
create index ticket_queue_priority on ticket (priority, created_at, id);
create index ticket_by_requester on ticket (requester_id, created_at, id);
create index ticket_by_assignee on ticket (assignee_id, created_at, id) where assignee_id is not null;
create index ticket_by_group on ticket (assignment_group_id, created_at, id) where assignment_group_id is not null;
create index ticket_by_status on ticket (status, created_at, id);
create index ticket_by_parent on ticket (parent_id) where parent_id is not null;
create index ticket_search on ticket using gin (search);
-- the change calendar: windows per configuration item
create index change_by_item_window on ticket (configuration_item, planned_start) where type = 'change';

create table ticket_watcher (
    ticket_id uuid        not null references ticket (id),
    user_id   varchar(64) not null,
    primary key (ticket_id, user_id)
);
create index ticket_watcher_by_user on ticket_watcher (user_id);

create table ticket_comment (
    id          uuid         primary key,
    ticket_id   uuid         not null references ticket (id),
    visibility  varchar(20)  not null check (visibility in ('public', 'work_note')),
    body        text         not null,
    author_id   varchar(64)  not null,
    author_name varchar(200) not null,
    created_at  timestamptz  not null
);
create index ticket_comment_by_ticket on ticket_comment (ticket_id, created_at);

-- a change's CAB: approvers in order, with their votes
create table change_approval (
    ticket_id     uuid         not null references ticket (id),
    position      integer      not null,
    approver_id   varchar(64)  not null,
    approver_name varchar(200) not null,
    decision      varchar(20)  check (decision in ('approved', 'rejected')),
    decided_at    timestamptz,
    comment       varchar(4000),
    primary key (ticket_id, position)
);

create table change_blackout (
    id         uuid         primary key,
    name       varchar(200) not null,
    starts_at  timestamptz  not null,
    ends_at    timestamptz  not null check (ends_at > starts_at),
    created_at timestamptz  not null
);
create index change_blackout_window on change_blackout (starts_at, ends_at);

-- impact × urgency → priority, ITIL default (1 = high / P1); tenant admins may change it
create table priority_matrix (
    impact   smallint not null check (impact between 1 and 3),
    urgency  smallint not null check (urgency between 1 and 3),
    priority smallint not null check (priority between 1 and 5),
    primary key (impact, urgency)
);
insert into priority_matrix (impact, urgency, priority)
select i, u, i + u - 1 from generate_series(1, 3) i, generate_series(1, 3) u;

create table ticket_settings (
    id                 boolean primary key default true check (id),
    reopen_window_days integer not null check (reopen_window_days between 0 and 365)
);
insert into ticket_settings (id, reopen_window_days) values (true, 7);

-- Envers: one revision per transaction that changed audited data (with its author), and the audited state of
-- each entity after each revision (revtype 0 = added, 1 = modified, 2 = deleted)
create sequence revinfo_seq start with 1 increment by 1;
create table revinfo (
    rev         bigint       primary key,
    revtstmp    bigint       not null,
    author_id   varchar(64)  not null,
    author_name varchar(200) not null
);

create table ticket_aud (
    id                  uuid        not null,
    rev                 bigint      not null references revinfo (rev),
    revtype             smallint,
    type                varchar(20) not null,
    number              bigint,
    title               varchar(200),
    description         text,
    status              varchar(30),
    active              boolean,
    requester_id        varchar(64),
    requester_name      varchar(200),
    affected_service    varchar(200),
    configuration_item  varchar(200),
    category            varchar(60),
    subcategory         varchar(60),
    impact              integer,
    urgency             integer,
    priority            integer,
    assignment_group_id uuid,
    assignee_id         varchar(64),
    assignee_name       varchar(200),
    channel             varchar(20),
    parent_id           uuid,
    resolution_notes    text,
    resolved_at         timestamptz,
    created_at          timestamptz,
    updated_at          timestamptz,
    hold_reason         varchar(30),
    resolution_code     varchar(30),
    reopen_count        integer,
    major_incident      boolean,
    root_cause          text,
    workaround          text,
    change_model        varchar(20),
    risk                varchar(20),
    planned_start       timestamptz,
    planned_end         timestamptz,
    cab_rule            varchar(20),
    review_outcome      varchar(20),
    primary key (rev, id)
);
create index ticket_aud_by_id on ticket_aud (id, rev);

create table ticket_watcher_aud (
    rev       bigint      not null references revinfo (rev),
    revtype   smallint,
    ticket_id uuid        not null,
    user_id   varchar(64) not null,
    primary key (rev, ticket_id, user_id)
);

create table ticket_comment_aud (
    id          uuid         not null,
    rev         bigint       not null references revinfo (rev),
    revtype     smallint,
    ticket_id   uuid,
    visibility  varchar(20),
    body        text,
    author_id   varchar(64),
    author_name varchar(200),
    created_at  timestamptz,
    primary key (rev, id)
);
create index ticket_comment_aud_by_ticket on ticket_comment_aud (ticket_id, rev);

-- tickets from before this migration get a creation revision, so their history starts somewhere
insert into revinfo (rev, revtstmp, author_id, author_name)
select nextval('revinfo_seq'), (extract(epoch from clock_timestamp()) * 1000)::bigint, 'system', 'system'
where exists (select 1 from ticket);
insert into ticket_aud (id, rev, revtype, type, number, title, description, status, active, requester_id,
                        requester_name, impact, urgency, priority, channel, created_at, updated_at, reopen_count,
                        major_incident)
select id, currval('revinfo_seq'), 0, type, number, title, description, status, active, requester_id,
       requester_name, impact, urgency, priority, channel, created_at, updated_at, reopen_count, major_incident
from ticket;
