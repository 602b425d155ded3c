-- staging.http_cache: one row per URL input (key url): the last body fetched and the validators
-- (ETag, Last-Modified) sent back as a conditional GET, so an unchanged source answers 304 and the
-- cached body is used. Upserted by the ingest assets after every fetch of a run has succeeded.
create schema if not exists staging;

create table if not exists staging.http_cache (
    url varchar primary key,
    etag varchar,
    last_modified varchar,
    body blob not null,
    status integer not null,
    fetched_at timestamptz not null
);

insert or replace into staging.http_cache by name
select
    url,
    cast(etag as varchar) as etag,
    cast(last_modified as varchar) as last_modified,
    cast(body as blob) as body,
    cast(status as integer) as status,
    cast(fetched_at as timestamptz) as fetched_at
from incoming_http_cache;
