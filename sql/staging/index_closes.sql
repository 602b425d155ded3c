-- staging.index_closes: one row per index and session (key index_id, session_date): the daily bars
-- of the configured price sources. Full refresh: the table mirrors the sources.
create schema if not exists staging;

create or replace table staging.index_closes as
select
    index_id,
    cast(session_date as date) as session_date,
    open,
    high,
    low,
    close,
    volume,
    source,
    locator,
    now() as ingested_at
from incoming_index_closes
order by index_id, session_date;
