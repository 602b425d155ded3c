-- The ten biggest abnormal daily moves (mean-adjusted, marts.index_returns) and the news around them:
-- the articles whose event session is that session or the one before, headline first.
with moves as (
    select index_id, session_date, prev_session_date, return_pct, abnormal_return_pct, return_z
    from marts.index_returns
    where abnormal_return_pct is not null
    order by abs(abnormal_return_pct) desc, index_id, session_date
    limit 10
)
select
    m.index_id,
    m.session_date,
    round(m.return_pct, 2) as return_pct,
    round(m.abnormal_return_pct, 2) as abnormal_return_pct,
    round(m.return_z, 2) as return_z,
    count(e.article_id) as n_articles,
    list(distinct coalesce(a.title, left(a.body, 60))) filter (where a.article_id is not null) as headlines
from moves as m
left join marts.news_events as e
    on e.index_id = m.index_id and e.event_session_date in (m.session_date, m.prev_session_date)
left join staging.articles as a using (article_id)
group by m.index_id, m.session_date, m.return_pct, m.abnormal_return_pct, m.return_z
order by abs(m.abnormal_return_pct) desc, m.index_id, m.session_date;
