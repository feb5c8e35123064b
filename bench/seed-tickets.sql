-- Seeds a tenant schema with many tickets for the queue benchmark (run with psql -v schema=t_acme -v n=1000000
-- -v agent=<user id of the agent whose "my work" is measured> -v grp=<an assignment group id>). Direct SQL, not the
-- API: the point is the queue over a big tenant, not how long a million creations take. Types, statuses,
-- priorities, requesters, groups, assignees and times are spread like a busy MSP tenant's; no audit rows.
set search_path to :"schema";
set synchronous_commit to off;

create temporary table vocab (i int primary key, phrase text);
insert into vocab values
 (0, 'Printer jams on floor'), (1, 'VPN disconnects every few minutes'), (2, 'Outlook cannot connect to server'),
 (3, 'Laptop battery does not charge'), (4, 'Password reset for ERP'), (5, 'Slow network in building'),
 (6, 'New starter needs accounts'), (7, 'Monitor flickers'), (8, 'Teams calls drop'), (9, 'Disk almost full on server'),
 (10, 'Access request for shared drive'), (11, 'Phone does not ring'), (12, 'Backup job failed'),
 (13, 'Certificate expires soon'), (14, 'Wi-Fi weak in meeting room'), (15, 'Database replication lag'),
 (16, 'Keyboard missing keys'), (17, 'License renewal for CAD'), (18, 'Website returns error 502'),
 (19, 'Firewall rule change');

-- the rows: 70 % incidents, 15 % requests, 5 % problems, 5 % changes, 5 % tasks
create temporary table seed as
select g,
       case when g % 20 < 14 then 'incident' when g % 20 < 17 then 'request' when g % 20 = 17 then 'problem'
            when g % 20 = 18 then 'change' else 'task' end as type,
       1 + (hashint4(g) & 2147483647) % 3 as impact,
       1 + (hashint4(g + 7) & 2147483647) % 3 as urgency,
       timestamptz '2025-01-01' + (g::float8 / :n) * interval '690 days' as created_at,
       (hashint4(g + 13) & 2147483647) % 100 as roll
from generate_series(1, :n) g;

insert into ticket (id, type, number, title, description, status, active, requester_id, requester_name, channel,
                    impact, urgency, priority, assignment_group_id, assignee_id, assignee_name, created_at, updated_at,
                    version, reopen_count, major_incident, change_model, cab_rule)
select gen_random_uuid(), s.type,
       row_number() over (partition by s.type order by s.g) + 10000000,
       v.phrase || ' #' || s.g,
       'Reported by user ' || (s.g % 5000) || ': ' || v.phrase || '. Please have a look.',
       case s.type
           when 'incident' then (array['new', 'in_progress', 'on_hold', 'resolved', 'closed', 'closed', 'closed', 'cancelled'])[1 + s.roll % 8]
           when 'request' then (array['submitted', 'approved', 'fulfilling', 'fulfilled', 'closed', 'closed'])[1 + s.roll % 6]
           when 'problem' then (array['new', 'assessed', 'root_cause_analysis', 'known_error', 'resolved', 'closed'])[1 + s.roll % 6]
           when 'change' then (array['draft', 'assessment', 'authorization', 'scheduled', 'closed', 'closed'])[1 + s.roll % 6]
           else (array['new', 'in_progress', 'completed', 'completed'])[1 + s.roll % 4] end,
       false, 'seed-user-' || (s.g % 5000), 'Seed User ' || (s.g % 5000),
       (array['portal', 'email', 'api', 'phone'])[1 + s.g % 4],
       s.impact, s.urgency, s.impact + s.urgency - 1,
       case when s.roll < 60 then :'grp'::uuid end,
       case when s.roll < 2 then :'agent' when s.roll < 70 then 'seed-agent-' || (s.g % 50) end,
       case when s.roll < 2 then 'Acme Agent' when s.roll < 70 then 'Seed Agent ' || (s.g % 50) end,
       s.created_at, s.created_at + ((s.roll % 30) || ' hours')::interval, 0,
       case when s.type = 'incident' then 0 end, case when s.type = 'incident' then false end,
       case when s.type = 'change' then 'normal' end, case when s.type = 'change' then 'any' end
from seed s join vocab v on v.i = s.g % 20;

update ticket set active = status not in ('resolved', 'closed', 'cancelled', 'fulfilled', 'rejected', 'completed')
where requester_id like 'seed-user-%';

select setval('incident_number_seq', (select max(number) from ticket where type = 'incident'));
select setval('request_number_seq', (select max(number) from ticket where type = 'request'));
select setval('problem_number_seq', (select max(number) from ticket where type = 'problem'));
select setval('change_number_seq', (select max(number) from ticket where type = 'change'));
select setval('task_number_seq', (select max(number) from ticket where type = 'task'));
vacuum analyze ticket;
select type, count(*) from ticket group by type order by 1;
