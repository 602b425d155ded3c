"""queries/event_study_events.sql: the events marts.event_study tests, one per story and index."""

from __future__ import annotations

import duckdb

from orchestration.sql import query_sql_file


def test_copies_of_a_story_are_one_event_dated_by_the_earliest_with_its_topics():
    conn = duckdb.connect()
    conn.execute("create schema marts")
    conn.execute("create schema staging")
    # a's topics: trade policy; china_economy (0.42) is below the 0.5 of a topic, so no group of a's
    conn.execute(
        "create table staging.article_themes as select * from (values ('a', 'trade_policy', 0.8, 3), "
        "('a', 'china_economy', 0.42, 1), ('c', 'earnings', 0.5, 2)) t(article_id, theme, score, n_hits)"
    )
    conn.execute(
        "create table marts.event_estimates as select * from (values ('a', 'N225'), ('b', 'N225'), "
        "('c', 'N225'), ('b', 'SPX'), ('d', 'SPX'), ('g', 'HSI'), ('h', 'HSI')) t(article_id, index_id)"
    )
    conn.execute(
        "create table marts.news_events as select article_id, index_id, cast(published_date as date) "
        "published_date, cast(published_at as timestamptz) published_at, story_id, net_tone, "
        "cast(themes as varchar[]) themes from (values "
        "('a', 'N225', '2025-10-27', '2025-10-27 06:00:00+00', 'a', 0.2, ['trade_policy', 'china_economy']), "
        "('b', 'N225', '2025-10-27', '2025-10-27 09:30:00+00', 'a', 0.1, []), "  # a copy of a
        "('c', 'N225', '2025-10-27', '2025-10-27 08:00:00+00', 'c', -0.3, null), "
        "('b', 'SPX', '2025-10-27', '2025-10-27 09:30:00+00', 'a', 0.1, []), "  # a's story, only b names SPX
        "('d', 'SPX', '2025-10-28', null, null, null, null), "  # not scored for novelty: its own story
        "('g', 'HSI', '2025-10-29', null, 'g', 0.0, null), "  # a date-only copy of h's story, maybe later
        "('h', 'HSI', '2025-10-29', '2025-10-29 21:30:00+00', 'g', 0.0, null)"  # that day: h's instant counts
        ") t(article_id, index_id, published_date, published_at, story_id, net_tone, themes)"
    )
    rows = query_sql_file(conn, "queries/event_study_events.sql")
    assert list(zip(rows.article_id, rows.index_id, strict=True)) == [
        ("a", "N225"),
        ("b", "SPX"),
        ("c", "N225"),
        ("d", "SPX"),
        ("h", "HSI"),
    ]
    assert rows.net_tone.tolist()[:3] == [0.2, 0.1, -0.3] and rows.net_tone.isna().tolist()[3]
    assert list(rows["themes"].map(list)) == [["trade_policy"], [], [], [], []]
