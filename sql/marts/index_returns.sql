-- marts.index_returns: one row per index and session that has a close (key index_id, session_date).
-- The previous session comes from the index's exchange calendar (staging.exchange_sessions), so a
-- missing close leaves the next return null instead of spanning two sessions. Statistics use the 60
-- earlier rows with a return (at least 20): vol_60d_pct is their sample standard deviation, return_z
-- and abnormal_return_pct (mean-adjusted model) compare this session's return with them.
-- market_model_ar_pct is the market-model abnormal return on the same rolling window: OLS of the
-- index's return on benchmark_return_pct (its benchmark's return that session, staging.indices) over
-- the previous 60 rows with both returns (at least 20); null for indices without a benchmark. These
-- are daily screening figures; the event study fits each event's own estimation window
-- (marts.event_estimates, model chosen by NEWSMARKET_AR_MODEL).
-- prior_high_close is the highest earlier close: the data before this session, and the index's prior
-- record close (staging.indices) for the time before the data starts, which counts only for sessions
-- after the record's date (for every session when no date is on file). history_complete says whether it counts; where it does not (no record on
-- file, or a session on or before the record's date), is_record_close is true only for the record's own
-- session, false for a close at or under an earlier close in the data, and null otherwise, because the
-- data alone cannot prove a record.
create schema if not exists marts;

create or replace table marts.index_returns as
with calendar as (
    select
        i.index_id,
        s.session_date,
        lag(s.session_date) over (partition by i.index_id order by s.session_date) as prev_session_date
    from staging.indices as i
    join staging.exchange_sessions as s on s.exchange_calendar = i.exchange_calendar
),
bars as (
    select
        c.index_id,
        c.session_date,
        c.close,
        cal.prev_session_date,
        p.close as prev_close,
        max(c.close) over earlier as data_high_close,
        arg_max(c.session_date, c.close) over earlier as data_high_date
    from staging.index_closes as c
    left join calendar as cal using (index_id, session_date)
    left join staging.index_closes as p
        on p.index_id = c.index_id and p.session_date = cal.prev_session_date
    window earlier as (
        partition by c.index_id order by c.session_date rows between unbounded preceding and 1 preceding
    )
),
returns as (
    select
        *,
        100 * (close / prev_close - 1) as return_pct,
        ln(close / prev_close) as log_return
    from bars
),
paired as (
    -- The benchmark's return on the same session date (staging.indices.benchmark_index_id).
    select r.*, b.return_pct as benchmark_return_pct
    from returns as r
    join staging.indices as i using (index_id)
    left join returns as b on b.index_id = i.benchmark_index_id and b.session_date = r.session_date
),
stats as (
    select
        *,
        avg(return_pct) over prior_60 as prior_mean_pct,
        stddev_samp(return_pct) over prior_60 as prior_sd_pct,
        count(return_pct) over prior_60 as prior_n,
        regr_intercept(return_pct, benchmark_return_pct) over prior_60 as prior_alpha_pct,
        regr_slope(return_pct, benchmark_return_pct) over prior_60 as prior_beta,
        regr_count(return_pct, benchmark_return_pct) over prior_60 as prior_pairs
    from paired
    window
        prior_60 as (partition by index_id order by session_date rows between 60 preceding and 1 preceding)
)
select
    s.index_id,
    s.session_date,
    s.close,
    s.prev_session_date,
    s.prev_close,
    s.return_pct,
    s.log_return,
    case when s.prior_n >= 20 then s.prior_sd_pct end as vol_60d_pct,
    case when s.prior_n >= 20 then (s.return_pct - s.prior_mean_pct) / nullif(s.prior_sd_pct, 0) end as return_z,
    case when s.prior_n >= 20 then s.return_pct - s.prior_mean_pct end as abnormal_return_pct,
    s.benchmark_return_pct,
    case
        when s.prior_pairs >= 20 and s.benchmark_return_pct is not null
            then s.return_pct - (s.prior_alpha_pct + s.prior_beta * s.benchmark_return_pct)
    end as market_model_ar_pct,
    case
        when not s.history_complete or s.data_high_close > i.prior_record_close then s.data_high_close
        else i.prior_record_close
    end as prior_high_close,
    case
        when not s.history_complete or s.data_high_close > i.prior_record_close then s.data_high_date
        else i.prior_record_date
    end as prior_high_date,
    s.history_complete,
    case
        when s.history_complete then s.close > greatest(coalesce(s.data_high_close, 0), i.prior_record_close)
        when s.session_date = i.prior_record_date then s.close >= i.prior_record_close
        when s.close <= s.data_high_close then false
    end as is_record_close
from (
    select
        st.*,
        coalesce(
            ix.prior_record_close is not null
            and (ix.prior_record_date is null or ix.prior_record_date < st.session_date),
            false
        ) as history_complete
    from stats as st
    join staging.indices as ix using (index_id)
) as s
join staging.indices as i using (index_id)
order by s.index_id, s.session_date;
