-- Asset check staging/index_closes sessions_on_calendar: every stored bar with its index's exchange
-- calendar, for the check to compare against exchange_calendars. One row per (index_id, session_date).
select c.index_id, i.exchange_calendar, c.session_date
from staging.index_closes as c
left join staging.indices as i using (index_id)
order by c.index_id, c.session_date;
