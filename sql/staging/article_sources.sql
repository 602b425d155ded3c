-- staging.article_sources: one row per place a story came from (key article_id, source, locator),
-- for the partition's publication dates; a syndicated story has several rows. A URL's copy stays when a
-- rebuild no longer finds the story there (a feed drops old items); one the URL still serves is replaced,
-- whatever its item number or date now, and so is one whose link carries another body on its date (a
-- corrected item). incoming_articles holds every copy of the inputs, of any date; only the window's are
-- written.
create schema if not exists staging;

create table if not exists staging.article_sources (
    article_id varchar not null,
    source varchar not null,
    locator varchar not null,
    source_kind varchar not null,
    url varchar,
    publisher varchar,
    published_at timestamptz,
    published_date date not null
);

delete from staging.article_sources
where published_date between $start_date and $end_date
    and (
        not regexp_matches(source, '^https?://')
        or (article_id, source) in (select (article_id, source) from incoming_articles)
        or (source, url, published_date) in (
            select (source, url, cast(published_date as date)) from incoming_articles where url is not null
        )
    );

insert into staging.article_sources by name
select distinct on (article_id, source, locator)
    article_id, source, locator, source_kind, url, publisher,
    cast(published_at as timestamptz) as published_at, cast(published_date as date) as published_date
from incoming_articles
where cast(published_date as date) between $start_date and $end_date
order by article_id, source, locator;
