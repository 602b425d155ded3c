-- marts.news_events: one row per article and index it is linked to (key article_id, index_id), mapped
-- to that index's exchange session. link_kind 'mentioned': an index the article names; 'market_wide': an
-- article that names no index (an FOMC statement) is linked to every index with closes in
-- staging.index_closes, with relevance 0.1, so market-wide news still gets an event per index.
-- Timed articles map to the first session whose close is at or after the publication instant.
-- Date-only articles follow $date_only_rule: 'same_or_next' (default) maps to that date's session when
-- the exchange trades that day, else the next session; 'next' always maps to the first session after
-- the date (for sources that publish after the close).
-- relevance in [0, 1]: 0.5 for a headline mention, 0.3 for a mention in the lead (sentences 0 to 2 of
-- the analysed text), plus 0.1 per mention, capped at 1; 0.1 for a market-wide link.
-- net_tone (staging.article_tone), themes (staging.article_themes, best first), story_id and novelty
-- (staging.article_novelty) describe the article; story_n_sources counts the distinct places (source and
-- locator in staging.article_sources) that carried any article of its story, so a story five outlets
-- syndicated says 5.
create schema if not exists marts;

create or replace table marts.news_events as
with mentioned as (
    select
        article_id,
        entity_id as index_id,
        count(*) as n_mentions,
        bool_or(in_headline) as in_headline,
        min(sentence_no) as first_sentence_no
    from staging.article_mentions
    where entity_kind = 'index'
    group by article_id, entity_id
),
linked as (
    select *, 'mentioned' as link_kind from mentioned
    union all
    select
        a.article_id,
        q.index_id,
        0 as n_mentions,
        false as in_headline,
        null as first_sentence_no,
        'market_wide' as link_kind
    from staging.articles as a
    cross join (select distinct index_id from staging.index_closes) as q
    where a.article_id not in (select article_id from mentioned)
),
events as (
    select
        a.article_id,
        m.index_id,
        a.published_at,
        a.published_date,
        a.published_time_known,
        i.exchange_calendar,
        m.link_kind,
        m.n_mentions,
        m.in_headline,
        m.first_sentence_no
    from staging.articles as a
    join linked as m using (article_id)
    join staging.indices as i on i.index_id = m.index_id
),
article_source_counts as (
    select article_id, count(*) as n_sources from staging.article_sources group by article_id
),
story_sources as (
    -- distinct places: a feed that carried both a story and its update is one place
    select n.story_id, count(distinct (so.source, so.locator)) as n_sources
    from staging.article_novelty as n
    join staging.article_sources as so using (article_id)
    group by n.story_id
)
select
    e.article_id,
    e.index_id,
    e.published_at,
    e.published_date,
    e.published_time_known,
    case
        when e.published_time_known then (
            select min(s.session_date) from staging.exchange_sessions as s
            where s.exchange_calendar = e.exchange_calendar and s.close_utc >= e.published_at
        )
        else (
            select min(s.session_date) from staging.exchange_sessions as s
            where s.exchange_calendar = e.exchange_calendar
              and (s.session_date > e.published_date
                   or ($date_only_rule = 'same_or_next' and s.session_date = e.published_date))
        )
    end as event_session_date,
    e.link_kind,
    e.n_mentions,
    e.in_headline,
    -- computed in decimals (0.1 steps stay exact), stored as double
    cast(case
        when e.link_kind = 'market_wide' then 0.1
        else least(
            1.0,
            case when e.in_headline then 0.5 else 0 end
            + case when e.first_sentence_no <= 2 then 0.3 else 0 end
            + 0.1 * e.n_mentions
        )
    end as double) as relevance,
    t.net_tone,
    (
        select list(th.theme order by th.score desc, th.n_hits desc, th.theme)
        from staging.article_themes as th
        where th.article_id = e.article_id
    ) as themes,
    n.story_id,
    n.novelty,
    cast(coalesce(ss.n_sources, src.n_sources) as bigint) as story_n_sources
from events as e
left join staging.article_tone as t using (article_id)
left join staging.article_novelty as n using (article_id)
left join story_sources as ss on ss.story_id = n.story_id
left join article_source_counts as src on src.article_id = e.article_id
order by e.article_id, e.index_id;
