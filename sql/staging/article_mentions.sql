-- staging.article_mentions: one row per mention of a known entity in an article (key article_id,
-- entity_kind, entity_id, char_start); offsets are into the article's analysed text (headline, blank
-- line, body). Replaces the rows of the partition's publication dates.
create schema if not exists staging;

create table if not exists staging.article_mentions (
    article_id varchar not null,
    published_date date not null,
    entity_kind varchar not null,
    entity_id varchar not null,
    surface varchar not null,
    char_start bigint not null,
    char_end bigint not null,
    sentence_no bigint not null,
    in_headline boolean not null
);

delete from staging.article_mentions where published_date between $start_date and $end_date;

insert into staging.article_mentions by name
select
    article_id, cast(published_date as date) as published_date, entity_kind, entity_id, surface,
    cast(char_start as bigint) as char_start, cast(char_end as bigint) as char_end,
    cast(sentence_no as bigint) as sentence_no, in_headline
from incoming_article_mentions;
