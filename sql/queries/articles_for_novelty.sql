-- The articles of a partition window and of the $lookback_days days before it, in publication order,
-- for novelty scoring (the earlier ones are what the window's articles are compared with).
-- Within a day, timed articles come before date-only ones: a date-only copy may have appeared later that
-- day, so it never becomes the story's first article.
-- known_story_id: the story already stored for an article before the window, so a story keeps the id
-- it was given when its own day was scored (null inside the window, and for days never scored).
select
    a.article_id,
    a.body,
    a.published_date,
    case when a.published_date < cast($start_date as date) then n.story_id end as known_story_id
from staging.articles as a
left join staging.article_novelty as n using (article_id)
where a.published_date between cast($start_date as date) - cast($lookback_days as integer) and $end_date
order by a.published_date, a.published_at nulls last, a.article_id;
