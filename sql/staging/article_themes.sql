-- staging.article_themes: one row per article and market theme it touches (key article_id, theme),
-- from the taxonomy in data/reference/themes.csv: score in [0, 1] (hits, headline hits weighted double,
-- over 2 x the square root of the length in hundreds of words, capped at 1; transforms/themes.py), the
-- number of hits and the matched evidence terms. Replaces the rows of the partition's publication dates.
create schema if not exists staging;

create table if not exists staging.article_themes (
    article_id varchar not null,
    published_date date not null,
    theme varchar not null,
    score double not null,
    n_hits bigint not null,
    evidence varchar not null
);

delete from staging.article_themes where published_date between $start_date and $end_date;

insert into staging.article_themes by name
select article_id, cast(published_date as date) as published_date, theme, score, n_hits, evidence
from incoming_article_themes;
