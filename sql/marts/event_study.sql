-- marts.event_study: one row per group and event window (key group_kind, group_value, "window"): CAR
-- test statistics over the news events of the group, computed in transforms/event_study.py from
-- marts.event_windows and registered here as incoming_event_study.
-- group_kind 'all' (group_value 'all'), 'index' (index_id), 'tone' (negative: net_tone < -0.1,
-- neutral, positive: net_tone > 0.1; events without a tone are in no tone group) and 'theme' (each
-- theme of the article; an event is in every theme its article has). window is '[0,0]', '[-1,+1]',
-- '[0,+1]', '[0,+k]' or '[-k,+k]' with k = NEWSMARKET_EVENT_WINDOW_DAYS (day offsets, both ends included). n_events counts the events whose
-- abnormal return is present on every day of the window; Patell and BMP use the n_std_events of them
-- with estimation statistics. "window" is an SQL keyword: quote it in queries.
create schema if not exists marts;

create or replace table marts.event_study as
select
    group_kind,
    group_value,
    "window",
    cast(window_start as integer) as window_start,
    cast(window_end as integer) as window_end,
    cast(n_events as bigint) as n_events,
    cast(n_std_events as bigint) as n_std_events,
    cast(n_positive as bigint) as n_positive,
    mean_car_pct,
    car_sd_pct,
    t_stat,
    p_value,
    patell_z,
    patell_p,
    bmp_t,
    bmp_p,
    sign_z,
    sign_p
from incoming_event_study
order by
    case group_kind when 'all' then 0 when 'index' then 1 when 'tone' then 2 else 3 end,
    group_value,
    window_start,
    window_end;
