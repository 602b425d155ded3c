-- Groups of marts.event_study: one row per event (story and index) with the article's net tone and
-- themes (null tone / empty themes when the article has none). Copies of a story (the same story_id in
-- staging.article_novelty) are one event, its earliest article's, so a story that five outlets carry
-- counts once in the statistics. Within a day a timed copy comes before a date-only one, which may have
-- appeared later that day: the event is never dated before the story was public.
select
    e.article_id,
    e.index_id,
    n.net_tone,
    coalesce(n.themes, []::varchar[]) as themes
from marts.event_estimates as e
join marts.news_events as n using (article_id, index_id)
qualify row_number() over (
    partition by coalesce(n.story_id, e.article_id), e.index_id
    order by n.published_date, n.published_at nulls last, e.article_id
) = 1
order by e.article_id, e.index_id;
