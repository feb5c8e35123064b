-- Knowledge base of one tenant: articles with versioned content, categories, feedback and the tenant's synonyms.
create sequence kb_article_number_seq start with 1 increment by 1;

create table kb_category (
    id         uuid         primary key,
    parent_id  uuid         references kb_category (id),
    name       varchar(120) not null,
    created_at timestamptz  not null,
    version    bigint       not null default 0
);
create unique index kb_category_name_per_parent on kb_category (coalesce(parent_id, '00000000-0000-0000-0000-000000000000'::uuid), lower(name));

-- The article: identity, classification and audience, plus a snapshot of its live (published) version that the
-- search index is built from. Content lives in kb_article_version.
create table kb_article (
    id                  uuid         primary key,
    number              bigint       not null unique,
    kind                varchar(20)  not null check (kind in ('article', 'known_error')),
    language            varchar(10)  not null check (language in ('en', 'zh-CN')),
    translation_group   uuid         not null,
    category_id         uuid         references kb_category (id),
    category_path       text[]       not null default '{}',
    audience            varchar(20)  not null check (audience in ('everyone', 'agents', 'groups')),
    audience_groups     text[]       not null default '{}',
    related_services    text[]       not null default '{}',
    status              varchar(20)  not null check (status in ('draft', 'published', 'retired')),
    live_version_id     uuid,
    live_title          varchar(200),
    live_summary        varchar(500),
    live_text           text,
    live_tags           text[]       not null default '{}',
    published_at        timestamptz,
    source_ref          varchar(100),
    workaround          text,
    workaround_audience varchar(20)  check (workaround_audience in ('everyone', 'agents')),
    view_count          bigint       not null default 0,
    created_by          varchar(64)  not null,
    created_at          timestamptz  not null,
    updated_at          timestamptz  not null,
    version             bigint       not null default 0
);
create index kb_article_by_number_desc on kb_article (number desc);
create index kb_article_by_translation on kb_article (translation_group);
create unique index kb_article_by_source on kb_article (source_ref) where source_ref is not null;

create table kb_article_version (
    id            uuid         primary key,
    article_id    uuid         not null references kb_article (id),
    seq           int          not null,
    state         varchar(20)  not null check (state in ('draft', 'in_review', 'published', 'retired')),
    title         varchar(200) not null,
    summary       varchar(500) not null default '',
    body          text         not null default '',
    tags          text[]       not null default '{}',
    author_id     varchar(64)  not null,
    author_name   varchar(200) not null,
    reviewer_id   varchar(64),
    reviewer_name varchar(200),
    created_at    timestamptz  not null,
    updated_at    timestamptz  not null,
    version       bigint       not null default 0,
    unique (article_id, seq)
);
-- at most one version being worked on (draft or in review) per article
create unique index kb_article_one_working_version on kb_article_version (article_id) where state in ('draft', 'in_review');

create table kb_version_transition (
    id          uuid         primary key,
    article_id  uuid         not null references kb_article (id),
    version_id  uuid         not null references kb_article_version (id),
    from_state  varchar(20),
    to_state    varchar(20)  not null,
    actor_id    varchar(64)  not null,
    actor_name  varchar(200) not null,
    comment     varchar(2000),
    at          timestamptz  not null
);
create index kb_version_transition_by_article on kb_version_transition (article_id, at);

-- "Did this help?": one vote per user and article (a second vote replaces the first)
create table kb_feedback (
    article_id uuid        not null references kb_article (id),
    user_id    varchar(64) not null,
    helpful    boolean     not null,
    at         timestamptz not null,
    primary key (article_id, user_id)
);

create table kb_outdated_flag (
    id          uuid          primary key,
    article_id  uuid          not null references kb_article (id),
    user_id     varchar(64)   not null,
    comment     varchar(2000) not null default '',
    at          timestamptz   not null,
    resolved_at timestamptz
);
create index kb_outdated_flag_open on kb_outdated_flag (article_id) where resolved_at is null;

-- The tenant's own synonyms (on top of the built-in bilingual set); applied at query time, no reindex needed.
create table kb_synonym_set (
    id         uuid         primary key,
    terms      text[]       not null,
    updated_by varchar(200) not null,
    updated_at timestamptz  not null,
    version    bigint       not null default 0
);
