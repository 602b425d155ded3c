-- staging.exchange_sessions: one row per exchange calendar and session (key exchange_calendar,
-- session_date), from exchange_calendars; open/close are UTC instants. Full refresh.
create schema if not exists staging;

create or replace table staging.exchange_sessions as
select
    exchange_calendar,
    cast(session_date as date) as session_date,
    cast(open_utc as timestamptz) as open_utc,
    cast(close_utc as timestamptz) as close_utc
from incoming_exchange_sessions
order by exchange_calendar, session_date;
