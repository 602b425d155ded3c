-- Who is in the news, in what role, and what did the indices do on those sessions?
-- One row per person: the articles naming them, their role from the gazetteer, and the mean return of
-- the indices those articles are linked to on their event sessions.
with person_articles as (
    select distinct m.article_id, e.entity_id, e.name, e.role
    from staging.article_mentions as m
    join staging.entities as e using (entity_kind, entity_id)
    where e.entity_kind = 'person'
)
select
    p.name,
    p.role,
    count(distinct p.article_id) as n_articles,
    count(r.return_pct) as n_index_sessions,
    round(avg(r.return_pct), 2) as mean_return_pct
from person_articles as p
left join marts.news_events as n using (article_id)
left join marts.index_returns as r on r.index_id = n.index_id and r.session_date = n.event_session_date
group by p.entity_id, p.name, p.role
order by n_articles desc, p.name;
