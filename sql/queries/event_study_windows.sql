-- Input of marts.event_study: one row per event and day offset with its abnormal return, CAR and the
-- event's estimation statistics (for the Patell and BMP standardisation).
select
    w.article_id,
    w.index_id,
    w.day_offset,
    w.abnormal_return_pct,
    w.car_pct,
    e.est_sigma_pct,
    e.est_n_obs
from marts.event_windows as w
join marts.event_estimates as e using (article_id, index_id)
order by w.article_id, w.index_id, w.day_offset;
