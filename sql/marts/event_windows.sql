-- marts.event_windows: one row per news event and day offset (key article_id, index_id, day_offset),
-- offsets -$window_days..+$window_days around the event's session, for every event in
-- marts.event_estimates (the events that have a session).
-- Offsets count sessions of the index's exchange calendar, so holidays are skipped and a session
-- without a close keeps its row with null returns; session_date is null past the calendar's end.
-- abnormal_return_pct = return_pct - (alpha_pct + beta * benchmark return) with the event's fit from
-- marts.event_estimates (beta is null, i.e. 0, for the mean-adjusted model); null when the event has
-- insufficient_history or the session lacks a needed return. car_pct sums the abnormal returns from
-- -$window_days to this offset and is null unless every one of them is present.
-- Built for 1M events x 11 days in seconds: sessions get one integer key per index and ordinal, the
-- window is an equi-join on key + offset, and CARs come from running sums over each index's sessions
-- (CAR = sum R - n * alpha - beta * sum Rb over the days), not from a window over the output.
create schema if not exists marts;

create or replace table marts.event_windows as
with series as (
    select
        i.index_id,
        s.session_date,
        -- 1e7 stride: one index's offsets never reach into the next index's sessions.
        dense_rank() over (order by i.index_id) * 10000000
            + row_number() over (partition by i.index_id order by s.session_date) as session_key,
        r.return_pct,
        coalesce(b.return_pct, 0) as benchmark_return_pct,
        r.return_pct is not null as has_return,
        r.return_pct is not null and b.return_pct is not null as has_pair
    from staging.indices as i
    join staging.exchange_sessions as s on s.exchange_calendar = i.exchange_calendar
    left join marts.index_returns as r on r.index_id = i.index_id and r.session_date = s.session_date
    left join marts.index_returns as b
        on b.index_id = i.benchmark_index_id and b.session_date = s.session_date
),
running as (
    -- Running sums along each index's sessions: over sessions with a return (mean-adjusted model) and
    -- over sessions with both returns (market model).
    select
        session_key,
        session_date,
        return_pct,
        benchmark_return_pct,
        has_return,
        has_pair,
        sum(coalesce(return_pct, 0)) over upto as ma_sum,
        sum(has_return::int) over upto as ma_n,
        sum(case when has_pair then return_pct else 0 end) over upto as mm_sum,
        sum(case when has_pair then benchmark_return_pct else 0 end) over upto as mm_sum_benchmark,
        sum(has_pair::int) over upto as mm_n
    from series
    window upto as (partition by index_id order by session_key rows between unbounded preceding and current row)
),
events as (
    select
        e.article_id,
        e.index_id,
        s.session_key as event_key,
        e.ar_model = 'market' as is_market,
        not e.insufficient_history as has_fit,
        e.alpha_pct,
        coalesce(e.beta, 0) as beta,
        -- Running sums on the session before the window (zeros before the first session).
        coalesce(case when e.ar_model = 'market' then p.mm_sum else p.ma_sum end, 0) as base_sum,
        coalesce(p.mm_sum_benchmark, 0) as base_sum_benchmark,
        coalesce(case when e.ar_model = 'market' then p.mm_n else p.ma_n end, 0) as base_n
    from marts.event_estimates as e
    join series as s on s.index_id = e.index_id and s.session_date = e.event_session_date
    left join running as p on p.session_key = s.session_key - $window_days - 1
)
select
    e.article_id,
    e.index_id,
    d.day_offset,
    r.session_date,
    r.return_pct,
    case
        when e.has_fit and (r.has_pair or (r.has_return and not e.is_market))
            then r.return_pct - e.alpha_pct - e.beta * r.benchmark_return_pct
    end as abnormal_return_pct,
    case
        when e.has_fit and e.is_market and r.mm_n - e.base_n = d.day_offset + $window_days + 1
            then r.mm_sum - e.base_sum - (d.day_offset + $window_days + 1) * e.alpha_pct
                - e.beta * (r.mm_sum_benchmark - e.base_sum_benchmark)
        when e.has_fit and not e.is_market and r.ma_n - e.base_n = d.day_offset + $window_days + 1
            then r.ma_sum - e.base_sum - (d.day_offset + $window_days + 1) * e.alpha_pct
    end as car_pct
from events as e
cross join (select unnest(range(-$window_days, $window_days + 1)) as day_offset) as d
left join running as r on r.session_key = e.event_key + d.day_offset;
