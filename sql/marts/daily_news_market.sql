-- marts.daily_news_market: one row per index and session that has a close or a news event (key
-- index_id, session_date): how many articles map to the session (marts.news_events, any link kind;
-- n_stories counts the copies of one story once; n_mentioned counts the articles that name the index),
-- their mean net tone (articles with a tone), and the
-- index's return, return z-score and abnormal return that session (marts.index_returns).
create schema if not exists marts;

create or replace table marts.daily_news_market as
with news as (
    select
        index_id,
        event_session_date as session_date,
        count(*) as n_articles,
        count(distinct coalesce(story_id, article_id)) as n_stories,
        count(*) filter (where link_kind = 'mentioned') as n_mentioned,
        avg(net_tone) as mean_net_tone
    from marts.news_events
    where event_session_date is not null
    group by index_id, event_session_date
)
select
    coalesce(r.index_id, n.index_id) as index_id,
    coalesce(r.session_date, n.session_date) as session_date,
    coalesce(n.n_articles, 0) as n_articles,
    coalesce(n.n_stories, 0) as n_stories,
    coalesce(n.n_mentioned, 0) as n_mentioned,
    n.mean_net_tone,
    r.close,
    r.return_pct,
    r.return_z,
    r.abnormal_return_pct
from marts.index_returns as r
full outer join news as n on n.index_id = r.index_id and n.session_date = r.session_date
order by index_id, session_date;
