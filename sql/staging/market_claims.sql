-- staging.market_claims: one row per stated index move or level (key claim_id); conventions in
-- ../shared/design/CLAIMS.md. session_date is the index's exchange session the figure belongs to:
-- the latest session on or before the claim's reference date, for futures the first on or after it (Sunday
-- evening futures before Memorial Day trade for Tuesday's session; null for period claims). record_scope
-- and record_after say which history a record is judged against (see transforms/claims.py).
-- Replaces the rows of the partition's publication dates.
create schema if not exists staging;

create table if not exists staging.market_claims (
    claim_id varchar not null,
    article_id varchar not null,
    published_date date not null,
    sentence_no bigint not null,
    sentence varchar not null,
    char_start bigint not null,
    char_end bigint not null,
    index_id varchar not null,
    index_surface varchar not null,
    claim_kind varchar not null,
    direction varchar,
    move_pct double,
    pct_decimals integer,
    points double,
    points_decimals integer,
    level double,
    level_decimals integer,
    crosses_level double,
    is_record boolean not null,
    is_hedged boolean not null,
    hedge varchar,
    verb varchar,
    kind_evidence varchar,
    reference_date date,
    date_evidence varchar,
    session_date date,
    record_scope varchar,
    record_after date
);
-- Columns added after the first release: warehouses built before them gain them here.
alter table staging.market_claims add column if not exists record_scope varchar;
alter table staging.market_claims add column if not exists record_after date;

delete from staging.market_claims where published_date between $start_date and $end_date;

insert into staging.market_claims by name
select
    c.claim_id, c.article_id, cast(c.published_date as date) as published_date,
    cast(c.sentence_no as bigint) as sentence_no, c.sentence,
    cast(c.char_start as bigint) as char_start, cast(c.char_end as bigint) as char_end,
    c.index_id, c.index_surface, c.claim_kind, c.direction,
    c.move_pct, c.pct_decimals, c.points, c.points_decimals, c.level, c.level_decimals, c.crosses_level,
    c.is_record, c.is_hedged, c.hedge, c.verb, c.kind_evidence,
    cast(c.reference_date as date) as reference_date, c.date_evidence,
    c.record_scope, cast(c.record_after as date) as record_after,
    (
        select
            case
                when c.claim_kind = 'futures'
                    then min(s.session_date) filter (where s.session_date >= cast(c.reference_date as date))
                else max(s.session_date) filter (where s.session_date <= cast(c.reference_date as date))
            end
        from staging.indices as i
        join staging.exchange_sessions as s on s.exchange_calendar = i.exchange_calendar
        where i.index_id = c.index_id
    ) as session_date
from incoming_market_claims as c;
