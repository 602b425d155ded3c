-- Which stories did the most outlets carry, and what did the indices they name do?
-- One row per story (staging.article_novelty.story_id) with more than one source: its first headline,
-- how many articles (near-copies) and distinct places (staging.article_sources) carried it, when it first
-- and last appeared, and the close-to-close return of each index its first article names on that
-- article's event session.
with story_articles as (
    select n.story_id, a.article_id, a.title, a.published_date, a.published_at
    from staging.article_novelty as n
    join staging.articles as a using (article_id)
),
stories as (
    select
        story_id,
        arg_min(title, coalesce(published_at, published_date::timestamptz)) as first_title,
        count(*) as n_articles,
        min(published_date) as first_date,
        max(published_date) as last_date
    from story_articles
    group by story_id
),
sources as (
    select s.story_id, count(distinct (src.source, src.locator)) as n_sources
    from story_articles as s
    join staging.article_sources as src using (article_id)
    group by s.story_id
),
moves as (
    select
        e.article_id as story_id,
        string_agg(e.index_id || ' ' || coalesce(cast(round(r.return_pct, 2) as varchar), '?') || '%', ', '
            order by e.index_id) as index_returns
    from marts.news_events as e
    left join marts.index_returns as r on r.index_id = e.index_id and r.session_date = e.event_session_date
    where e.link_kind = 'mentioned'
    group by e.article_id
)
select s.story_id, s.first_title, s.n_articles, so.n_sources, s.first_date, s.last_date, m.index_returns
from stories as s
join sources as so using (story_id)
left join moves as m using (story_id)
where so.n_sources > 1
order by so.n_sources desc, s.n_articles desc, s.first_date, s.story_id;
