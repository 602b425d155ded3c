-- staging.entities: one row per known country, central bank, person or organisation (key entity_kind,
-- entity_id), from data/reference/entities.csv. Full refresh: the reference file is the source of truth.
-- staging.article_mentions joins it on (entity_kind, entity_id) for a person's role or a company's ticker.
create schema if not exists staging;

create or replace table staging.entities as
select
    entity_kind,
    entity_id,
    name,
    list_filter(list_transform(string_split(aliases, '|'), lambda a: trim(a)), lambda a: a <> '') as aliases,
    nullif(trim(role), '') as role,
    nullif(trim(country), '') as country,
    nullif(trim(ticker), '') as ticker
from incoming_entities
order by entity_kind, entity_id;
