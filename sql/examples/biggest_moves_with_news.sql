-- The ten biggest daily moves in the data, with how many articles map to that index and session.
select
    r.index_id,
    r.session_date,
    round(r.return_pct, 2) as return_pct,
    round(r.return_z, 2) as return_z,
    count(e.article_id) as n_articles
from marts.index_returns as r
left join marts.news_events as e
    on e.index_id = r.index_id and e.event_session_date = r.session_date
where r.return_pct is not null
group by r.index_id, r.session_date, r.return_pct, r.return_z
order by abs(r.return_pct) desc, r.index_id
limit 10;
