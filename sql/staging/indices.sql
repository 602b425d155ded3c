-- staging.indices: one row per index (key index_id), from data/reference/indices.csv joined with
-- data/reference/index_aliases.csv. Full refresh: the reference files are the source of truth.
create schema if not exists staging;

create or replace table staging.indices as
select
    i.index_id,
    i.name,
    coalesce(a.aliases, []::varchar[]) as aliases,
    nullif(i.yahoo_symbol, '') as yahoo_symbol,
    i.exchange_calendar,
    i.timezone,
    i.currency,
    i.country,
    nullif(i.benchmark_index_id, '') as benchmark_index_id,
    cast(nullif(i.prior_record_close, '') as double) as prior_record_close,
    cast(nullif(i.prior_record_date, '') as date) as prior_record_date
from incoming_indices as i
left join (
    select index_id, list(distinct alias order by alias) as aliases
    from incoming_index_aliases
    group by index_id
) as a using (index_id)
order by i.index_id;
