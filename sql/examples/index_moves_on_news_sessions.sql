-- What did each index do on the sessions its news events map to?
-- One row per article and index: the event session's return and the next session's.
with returns as (
    select
        index_id,
        session_date,
        return_pct,
        lead(return_pct) over (partition by index_id order by session_date) as next_return_pct,
        is_record_close
    from marts.index_returns
)
select
    e.index_id,
    e.event_session_date,
    e.published_date,
    coalesce(a.title, left(a.body, 60)) as headline,
    round(r.return_pct, 2) as return_pct,
    round(r.next_return_pct, 2) as next_return_pct,
    r.is_record_close
from marts.news_events as e
join staging.articles as a using (article_id)
left join returns as r on r.index_id = e.index_id and r.session_date = e.event_session_date
order by e.event_session_date, e.index_id;
