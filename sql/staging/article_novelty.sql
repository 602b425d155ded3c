-- staging.article_novelty: one row per article (key article_id): how new it is against the articles of
-- the 7 days before it (overlap of 5-word shingles, candidates found by MinHash; transforms/novelty.py).
-- Near-duplicates share the story_id of the article they copy (their story's first article), so a story
-- syndicated by five outlets is one story with five articles. Replaces the partition's rows.
create schema if not exists staging;

create table if not exists staging.article_novelty (
    article_id varchar not null,
    published_date date not null,
    story_id varchar not null,
    most_similar_id varchar,
    max_similarity double not null,
    novelty double not null,
    is_near_duplicate boolean not null
);

delete from staging.article_novelty where published_date between $start_date and $end_date;

insert into staging.article_novelty by name
select
    article_id, cast(published_date as date) as published_date, story_id, most_similar_id,
    max_similarity, novelty, is_near_duplicate
from incoming_article_novelty;
