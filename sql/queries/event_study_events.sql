-- Groups of marts.event_study: one row per event (story and index) with the article's net tone and
-- topics, the themes scored above 0.5 (null tone / no themes when the article has none): a theme with a
-- passing hit or two does not put the event in that theme's group. Copies of a story (the same story_id in
-- staging.article_novelty) are one event, its earliest article's, so a story that five outlets carry
-- counts once in the statistics. Within a day a timed copy comes before a date-only one, which may have
-- appeared later that day: the event is never dated before the story was public.
select
    e.article_id,
    e.index_id,
    n.net_tone,
    coalesce(
        (
            select list(th.theme order by th.score desc, th.n_hits desc, th.theme)
            from staging.article_themes as th
            where th.article_id = e.article_id and th.score > 0.5
        ),
        []::varchar[]
    ) as themes
from marts.event_estimates as e
join marts.news_events as n using (article_id, index_id)
qualify row_number() over (
    partition by coalesce(n.story_id, e.article_id), e.index_id
    order by n.published_date, n.published_at nulls last, e.article_id
) = 1
order by e.article_id, e.index_id;
