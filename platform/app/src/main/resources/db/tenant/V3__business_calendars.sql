-- Business calendars of one tenant: when its people work, for SLA clocks (semantics: ADR 0006).
-- Times of day are stored as seconds since local midnight; an end of 86400 is 24:00 (the end of the day).
create table business_calendar (
    id          uuid         primary key,
    name        varchar(100) not null,
    time_zone   varchar(64)  not null,
    created_at  timestamptz  not null,
    updated_at  timestamptz  not null,
    version     bigint       not null default 0
);
create unique index business_calendar_name on business_calendar (lower(name));

-- weekly working windows; weekday 1 = Monday .. 7 = Sunday (ISO-8601)
create table business_calendar_window (
    calendar_id  uuid     not null references business_calendar (id) on delete cascade,
    weekday      smallint not null check (weekday between 1 and 7),
    start_second int      not null check (start_second between 0 and 86399),
    end_second   int      not null check (end_second between 1 and 86400),
    check (end_second > start_second),
    primary key (calendar_id, weekday, start_second)
);

-- whole local dates without working time
create table business_calendar_holiday (
    calendar_id uuid         not null references business_calendar (id) on delete cascade,
    day         date         not null,
    name        varchar(200) not null default '',
    primary key (calendar_id, day)
);

-- local dates whose windows replace the weekday's (and win over a holiday on the same date)
create table business_calendar_special_day (
    calendar_id uuid         not null references business_calendar (id) on delete cascade,
    day         date         not null,
    name        varchar(200) not null default '',
    primary key (calendar_id, day)
);

create table business_calendar_special_window (
    calendar_id  uuid not null references business_calendar (id) on delete cascade,
    day          date not null,
    start_second int  not null check (start_second between 0 and 86399),
    end_second   int  not null check (end_second between 1 and 86400),
    check (end_second > start_second),
    primary key (calendar_id, day, start_second)
);

-- every tenant starts with a round-the-clock calendar in UTC
insert into business_calendar (id, name, time_zone, created_at, updated_at)
values (gen_random_uuid(), '24x7', 'UTC', now(), now());
insert into business_calendar_window (calendar_id, weekday, start_second, end_second)
select c.id, d, 0, 86400 from business_calendar c cross join generate_series(1, 7) as d where c.name = '24x7';
