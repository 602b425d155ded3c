-- staging.rejected_inputs: one row per quarantined input (key input_kind, source, locator): a file,
-- line, row or feed item that could not be loaded, with the reason. Each ingest asset replaces the
-- rejections in its own scope ($input_kind, and for articles the partition's dates plus undated ones).
create schema if not exists staging;

create table if not exists staging.rejected_inputs (
    input_kind varchar not null,
    source varchar not null,
    locator varchar not null,
    reason varchar not null,
    raw_excerpt varchar,
    partition_date date,
    rejected_at timestamptz not null
);

delete from staging.rejected_inputs
where input_kind = $input_kind
  and (partition_date is null or partition_date between $start_date and $end_date);

insert into staging.rejected_inputs by name
select distinct on (input_kind, source, locator)
    input_kind, source, locator, reason, raw_excerpt, cast(partition_date as date) as partition_date,
    now() as rejected_at
from incoming_rejected_inputs
where partition_date is null or cast(partition_date as date) between $start_date and $end_date
order by input_kind, source, locator;
