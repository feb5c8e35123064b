-- Seeds a tenant's knowledge base with N published articles for the search benchmark (psql -v schema=t_acme
-- -v n=100000 -f seed-kb.sql < relevance/articles.tsv: the collection comes on standard input). Direct SQL, not the API: the point is search over a big
-- knowledge base, not how long 100,000 authoring workflows take. The search index is NOT updated by this; call the
-- tenant's reindex (POST /api/t/{tenant}/admin/search/reindex) afterwards.
--
-- Text comes from the bilingual relevance collection (40 articles, Chinese and English): each seeded article takes
-- one collection article as its base (title, tags, language), adds a variant to the title and three more sentences
-- of the same language from the whole collection to the body, and one article in five gets a sentence of the other
-- language (mixed text, as real Chinese articles quoting English error messages have). 85 % are for everyone, 10 %
-- for agents only, 5 % for a named group; eight categories.
set search_path to :"schema";
set synchronous_commit to off;

create temporary table vocab_raw (id text, language text, title text, body text, tags text);
\copy vocab_raw from pstdin
delete from vocab_raw where id like '#%';
create temporary table vocab as
select row_number() over (order by id) - 1 as i, language, title, body,
       string_to_array(lower(tags), ',') as tags
from vocab_raw;

-- sentences per language (for mixing bodies)
create temporary table sentence as
select row_number() over (partition by language order by s) - 1 as i, language, s
from (select distinct language,
             rtrim(trim(x), '.。') || case when language = 'zh-CN' then '。' else '.' end as s
      from vocab, regexp_split_to_table(body, case when language = 'zh-CN' then '[。！？]' else '[.!?]\s+' end) x
      where length(trim(x)) > 3) t;

create temporary table variant (language text, i int, v text);
insert into variant
select 'en', i - 1, v from unnest(array['on Windows 11', 'on macOS', 'for new starters', 'in the London office',
    'after the latest update', 'when working from home', 'on the guest network', 'for contractors', 'on a VDI desktop',
    'with a docking station', 'in meeting rooms', 'for shared mailboxes']) with ordinality as t(v, i)
union all
select 'zh-CN', i - 1, v from unnest(array['（Windows 11）', '（苹果电脑）', '（新员工）', '（上海办公室）', '（系统更新后）',
    '（居家办公）', '（访客网络）', '（外包人员）', '（云桌面）', '（扩展坞）', '（会议室）', '（共享邮箱）']) with ordinality as t(v, i);

insert into kb_category (id, parent_id, name, created_at)
select gen_random_uuid(), null, c, now()
from unnest(array['Hardware', 'Network', 'Accounts', 'Email', 'Security', 'Software', 'Remote work', 'Collaboration']) c
on conflict do nothing;
create temporary table cat as select row_number() over (order by name) - 1 as i, id from kb_category where parent_id is null;

create temporary table seed as
select g, v.i as base, v.language, v.title, v.body, v.tags,
       (hashint4(g) & 2147483647) as h1, (hashint4(g + 101) & 2147483647) as h2,
       (hashint4(g + 202) & 2147483647) as h3, (hashint4(g + 303) & 2147483647) as h4,
       gen_random_uuid() as article_id, gen_random_uuid() as version_id,
       timestamptz '2024-01-01' + (g::float8 / :n) * interval '1000 days' as published_at
from generate_series(1, :n) g
join vocab v on v.i = g % (select count(*) from vocab);

create temporary table doc as
select s.*,
       s.title || ' ' || (select vv.v from variant vv where vv.language = s.language and vv.i = s.h1 % 12) as doc_title,
       s.body || ' ' ||
       (select string_agg(x.s, ' ' order by k) from unnest(array[s.h2, s.h3, s.h4]) with ordinality as u(h, k)
        join sentence x on x.language = s.language
         and x.i = u.h % (select count(*) from sentence y where y.language = s.language)) ||
       case when s.h1 % 5 = 0 then ' ' || (select x.s from sentence x
            where x.language <> s.language
              and x.i = s.h2 % (select count(*) from sentence y where y.language <> s.language)) else '' end as doc_body,
       case when s.h4 % 100 < 85 then 'everyone' when s.h4 % 100 < 95 then 'agents' else 'groups' end as audience,
       (select c.id from cat c where c.i = s.h3 % 8) as category_id
from seed s;

insert into kb_article (id, number, kind, language, translation_group, category_id, category_path, audience,
                        audience_groups, related_services, status, live_version_id, live_title, live_summary,
                        live_text, live_tags, published_at, created_by, created_at, updated_at, version)
select d.article_id, 1000000 + d.g, 'article', d.language, d.article_id, d.category_id, array[d.category_id::text],
       d.audience, case when d.audience = 'groups' then array['network team'] else '{}' end, '{}', 'published',
       d.version_id, left(d.doc_title, 200), left(split_part(d.body, case when d.language = 'zh-CN' then '。' else '. ' end, 1), 500),
       d.doc_body, d.tags, d.published_at, 'seed-agent', d.published_at, d.published_at, 0
from doc d;

insert into kb_article_version (id, article_id, seq, state, title, summary, body, tags, author_id, author_name,
                                created_at, updated_at)
select d.version_id, d.article_id, 1, 'published', left(d.doc_title, 200), '', d.doc_body, d.tags, 'seed-agent',
       'Seed Agent', d.published_at, d.published_at
from doc d;

select setval('kb_article_number_seq', (select max(number) from kb_article));
select count(*) as articles, count(*) filter (where audience = 'everyone') as for_everyone from kb_article;
