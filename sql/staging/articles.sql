-- staging.articles: one row per story (key article_id, a hash of the normalised body), for the
-- partition's publication dates [$start_date, $end_date]. The same story from several inputs is one
-- row (the first source in sort order); staging.article_sources keeps every place it came from.
-- Stories from files are re-read in full. A story loaded from a URL stays when a rebuild no longer
-- finds it there: feeds drop old items, and what the warehouse has loaded must not be lost. It goes
-- when the inputs hold it again, under any date, or hold another body under its link on its date (a
-- corrected item; a link a feed reuses day after day, such as a daily wrap's, keeps each day's story).
-- incoming_articles holds every story of the inputs, of any date; only those of the window are written.
create schema if not exists staging;

create table if not exists staging.articles (
    article_id varchar not null,
    source varchar not null,
    source_kind varchar not null,
    locator varchar not null,
    url varchar,
    title varchar,
    publisher varchar,
    published_at timestamptz,
    published_date date not null,
    published_time_known boolean not null,
    body varchar not null,
    n_chars bigint not null,
    ingested_at timestamptz not null
);

delete from staging.articles
where published_date between $start_date and $end_date
    and (
        not regexp_matches(source, '^https?://')
        or article_id in (select article_id from incoming_articles)
        or (source, url, published_date) in (
            select (source, url, cast(published_date as date)) from incoming_articles where url is not null
        )
    );

insert into staging.articles by name
select distinct on (article_id)
    article_id, source, source_kind, locator, url, title, publisher,
    cast(published_at as timestamptz) as published_at,
    cast(published_date as date) as published_date,
    published_time_known, body, cast(length(body) as bigint) as n_chars, now() as ingested_at
from incoming_articles
where cast(published_date as date) between $start_date and $end_date
order by article_id, source, locator;
