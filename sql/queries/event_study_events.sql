-- Groups of marts.event_study: one row per event (article and index) with the article's net tone and
-- themes (null tone / empty themes when the article has none).
select
    e.article_id,
    e.index_id,
    n.net_tone,
    coalesce(n.themes, []::varchar[]) as themes
from marts.event_estimates as e
join marts.news_events as n using (article_id, index_id)
order by e.article_id, e.index_id;
