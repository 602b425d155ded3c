-- staging.article_tone: one row per article (key article_id): Loughran-McDonald word counts by exact
-- match of inflected words (transforms/tone.py), and net_tone = (positive - negative) /
-- (positive + negative), 0 when both are 0. Replaces the rows of the partition's publication dates.
create schema if not exists staging;

create table if not exists staging.article_tone (
    article_id varchar not null,
    published_date date not null,
    n_words bigint not null,
    lm_positive bigint not null,
    lm_negative bigint not null,
    lm_uncertainty bigint not null,
    lm_litigious bigint not null,
    lm_constraining bigint not null,
    lm_strong_modal bigint not null,
    lm_weak_modal bigint not null,
    net_tone double not null
);

delete from staging.article_tone where published_date between $start_date and $end_date;

insert into staging.article_tone by name
select
    article_id, cast(published_date as date) as published_date, n_words, lm_positive, lm_negative,
    lm_uncertainty, lm_litigious, lm_constraining, lm_strong_modal, lm_weak_modal, net_tone
from incoming_article_tone;
