-- Does tone lead returns? Per index: news events with a tone, their mean net tone, the mean return on
-- the event session and on the next session, and the correlation of net tone with each, beside the number
-- of events each correlation rests on (a correlation over a handful of events says little: on the bundled
-- sample it rests on 4 to 6).
with returns as (
    select
        index_id,
        session_date,
        return_pct,
        lead(return_pct) over (partition by index_id order by session_date) as next_return_pct
    from marts.index_returns
)
select
    e.index_id,
    count(*) as n_events,
    round(avg(e.net_tone), 3) as mean_net_tone,
    round(avg(r.return_pct), 3) as mean_event_return_pct,
    round(avg(r.next_return_pct), 3) as mean_next_return_pct,
    count(r.return_pct) as n_event_returns,
    round(corr(e.net_tone, r.return_pct), 3) as tone_event_return_corr,
    count(r.next_return_pct) as n_next_returns,
    round(corr(e.net_tone, r.next_return_pct), 3) as tone_next_return_corr
from marts.news_events as e
join returns as r on r.index_id = e.index_id and r.session_date = e.event_session_date
where e.net_tone is not null
group by e.index_id
order by e.index_id;
