-- marts.event_estimates: one row per news event that has a session (key article_id, index_id): the
-- abnormal-return model of the event and its estimation-window fit, read by marts.event_windows.
-- Sessions are numbered per index along its exchange calendar (holidays skipped; a session without a
-- close counts, with a null return). The estimation window is the $estimation_sessions sessions that
-- end $estimation_gap sessions before the event window's first day (-$window_days).
-- ar_model ($ar_model):
--   'mean_adjusted' (default): expected return = mean return over the estimation window (alpha_pct),
--   beta null, est_sigma_pct = sample sd (n-1 dof);
--   'market': OLS of the index's return on its benchmark's return (staging.indices.benchmark_index_id,
--   same session date) over the sessions where both are present: alpha_pct, beta, est_sigma_pct =
--   residual sd (n-2 dof). An index with no benchmark, or whose benchmark has no returns, stays
--   mean_adjusted.
-- est_n_obs counts the usable returns in the window; with fewer than $min_estimation_obs the event is
-- kept with insufficient_history = true and marts.event_windows leaves its abnormal returns null.
-- Rows are not sorted (a million events would pay for the sort on every build).
create schema if not exists marts;

create or replace table marts.event_estimates as
with model as (
    select
        i.index_id,
        i.exchange_calendar,
        case
            when $ar_model = 'market'
                and i.benchmark_index_id in (
                    select index_id from marts.index_returns where return_pct is not null
                )
                then i.benchmark_index_id
        end as benchmark_index_id
    from staging.indices as i
),
series as (
    select
        m.index_id,
        m.benchmark_index_id,
        s.session_date,
        r.return_pct,
        b.return_pct as benchmark_return_pct
    from model as m
    join staging.exchange_sessions as s on s.exchange_calendar = m.exchange_calendar
    left join marts.index_returns as r on r.index_id = m.index_id and r.session_date = s.session_date
    left join marts.index_returns as b
        on b.index_id = m.benchmark_index_id and b.session_date = s.session_date
),
estimation as (
    -- The estimation window of an event whose session is this row.
    select
        index_id,
        benchmark_index_id,
        session_date,
        min(session_date) over est as est_start_date,
        max(session_date) over est as est_end_date,
        count(return_pct) over est as ma_n,
        avg(return_pct) over est as ma_mean,
        stddev_samp(return_pct) over est as ma_sigma,
        regr_count(return_pct, benchmark_return_pct) over est as mm_n,
        regr_intercept(return_pct, benchmark_return_pct) over est as mm_alpha,
        regr_slope(return_pct, benchmark_return_pct) over est as mm_beta,
        regr_syy(return_pct, benchmark_return_pct) over est as mm_syy,
        regr_sxy(return_pct, benchmark_return_pct) over est as mm_sxy,
        regr_sxx(return_pct, benchmark_return_pct) over est as mm_sxx
    from series
    window est as (
        partition by index_id order by session_date
        rows between ($window_days + $estimation_gap + $estimation_sessions) preceding
            and ($window_days + $estimation_gap + 1) preceding
    )
),
fits as (
    select
        index_id,
        session_date,
        benchmark_index_id,
        case when benchmark_index_id is not null then 'market' else 'mean_adjusted' end as ar_model,
        est_start_date,
        est_end_date,
        case when benchmark_index_id is not null then mm_n else ma_n end as est_n_obs,
        case when benchmark_index_id is not null then mm_alpha else ma_mean end as alpha_pct,
        case when benchmark_index_id is not null then mm_beta end as beta,
        case
            when benchmark_index_id is null then ma_sigma
            when mm_n > 2 and mm_sxx > 0 then sqrt(greatest(mm_syy - mm_sxy * mm_sxy / mm_sxx, 0) / (mm_n - 2))
        end as est_sigma_pct
    from estimation
)
select
    e.article_id,
    e.index_id,
    e.event_session_date,
    f.ar_model,
    f.benchmark_index_id,
    f.est_start_date,
    f.est_end_date,
    f.est_n_obs,
    f.alpha_pct,
    f.beta,
    f.est_sigma_pct,
    f.est_n_obs < $min_estimation_obs
        or f.alpha_pct is null
        or (f.ar_model = 'market' and f.beta is null) as insufficient_history
from marts.news_events as e
join fits as f on f.index_id = e.index_id and f.session_date = e.event_session_date;
