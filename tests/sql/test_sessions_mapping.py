"""Session mapping of marts.news_events: every bundled release for every index, and hand-made articles
around a Tokyo holiday, a New York half day and a weekend, on a copy of the sample warehouse."""

from __future__ import annotations

import shutil
from datetime import UTC, date, datetime

import duckdb
import pandas as pd
import pytest

from orchestration.sql import run_sql_file

US = ["DJI", "IXIC", "SPX"]
ASIA = ["HSI", "KS11", "N225"]
FOMC = [  # release date (14:00 New York) -> (US session, Asian session)
    (date(2025, 6, 18), date(2025, 6, 18), date(2025, 6, 19)),
    (date(2025, 7, 30), date(2025, 7, 30), date(2025, 7, 31)),
    (date(2025, 9, 17), date(2025, 9, 17), date(2025, 9, 18)),
    (date(2025, 10, 29), date(2025, 10, 29), date(2025, 10, 30)),
    (date(2025, 12, 10), date(2025, 12, 10), date(2025, 12, 11)),
]


def test_every_fomc_statement_maps_to_each_index_session(sample_warehouse):
    conn = duckdb.connect(str(sample_warehouse), read_only=True)
    try:
        rows = conn.execute(
            "select a.published_date, e.index_id, e.event_session_date, e.link_kind, cast(e.relevance as double) "
            "from marts.news_events as e join staging.articles as a using (article_id) "
            "where a.source_kind = 'jsonl' order by a.published_date, e.index_id"
        ).fetchall()
    finally:
        conn.close()
    expected = [
        (released, index_id, us if index_id in US else asia, "market_wide", 0.1)
        for released, us, asia in FOMC
        for index_id in sorted(US + ASIA)
    ]
    assert rows == expected


def test_the_date_only_seed_maps_to_its_date_everywhere(sample_warehouse):
    conn = duckdb.connect(str(sample_warehouse), read_only=True)
    try:
        rows = conn.execute(
            "select e.index_id, e.event_session_date, e.link_kind from marts.news_events as e "
            "join staging.articles as a using (article_id) where a.source_kind = 'text' order by e.index_id"
        ).fetchall()
    finally:
        conn.close()
    # Monday 2025-10-27 is a session everywhere; the seed names its indices (CSI 300 included).
    assert rows == [
        (i, date(2025, 10, 27), "mentioned") for i in ["CSI300", "HSI", "IXIC", "KS11", "N225", "SPX"]
    ]


ARTICLES = {
    # Friday 14:00 New York: the same day's NYSE session; Tokyo's Monday 11-24 is a holiday (Labour
    # Thanksgiving observed), so the Nikkei's next session is Tuesday 11-25; Seoul and Hong Kong trade 11-24.
    "a000000000000001": (datetime(2025, 11, 21, 19, 0, tzinfo=UTC), date(2025, 11, 21)),
    # Friday after Thanksgiving, 14:00 New York: the NYSE closed early at 13:00, so the event is Monday's.
    "a000000000000002": (datetime(2025, 11, 28, 19, 0, tzinfo=UTC), date(2025, 11, 28)),
    # Date-only on the Tokyo holiday (a Monday) and on a Saturday.
    "a000000000000003": (None, date(2025, 11, 24)),
    "a000000000000004": (None, date(2025, 11, 22)),
}


@pytest.fixture(scope="module")
def mapped(sample_warehouse, tmp_path_factory):
    path = tmp_path_factory.mktemp("sessions") / "warehouse.duckdb"
    shutil.copy(sample_warehouse, path)
    frame = pd.DataFrame(
        [
            {
                "article_id": article_id,
                "source": "test",
                "source_kind": "jsonl",
                "locator": f"item {n}",
                "published_at": at,
                "published_date": day,
                "published_time_known": at is not None,
                "body": f"test article {n}",
                "n_chars": 14,
                "ingested_at": datetime(2025, 12, 31, tzinfo=UTC),
            }
            for n, (article_id, (at, day)) in enumerate(ARTICLES.items())
        ]
    )
    conn = duckdb.connect(str(path))
    conn.register("extra_articles", frame)
    conn.execute("insert into staging.articles by name select * from extra_articles")

    def sessions(rule: str) -> dict[tuple[str, str], date]:
        run_sql_file(conn, "marts/news_events.sql", {"date_only_rule": rule})
        rows = conn.execute(
            "select article_id, index_id, event_session_date from marts.news_events where article_id like 'a0000%'"
        ).fetchall()
        return {(a, i): d for a, i, d in rows}

    yield sessions
    conn.close()


def test_timed_release_before_a_tokyo_holiday_and_on_a_new_york_half_day(mapped):
    got = mapped("same_or_next")
    assert {i: got["a000000000000001", i] for i in US + ASIA} == {
        "DJI": date(2025, 11, 21),
        "IXIC": date(2025, 11, 21),
        "SPX": date(2025, 11, 21),
        "HSI": date(2025, 11, 24),
        "KS11": date(2025, 11, 24),
        "N225": date(2025, 11, 25),
    }
    assert {i: got["a000000000000002", i] for i in ["SPX", "N225"]} == {
        "SPX": date(2025, 12, 1),
        "N225": date(2025, 12, 1),
    }


def test_date_only_rules(mapped):
    same = mapped("same_or_next")
    assert {i: same["a000000000000003", i] for i in ["SPX", "KS11", "N225"]} == {
        "SPX": date(2025, 11, 24),
        "KS11": date(2025, 11, 24),
        "N225": date(2025, 11, 25),
    }
    assert {same["a000000000000004", i] for i in ["SPX", "KS11"]} == {date(2025, 11, 24)}
    nxt = mapped("next")
    assert {i: nxt["a000000000000003", i] for i in ["SPX", "KS11", "N225"]} == {
        "SPX": date(2025, 11, 25),
        "KS11": date(2025, 11, 25),
        "N225": date(2025, 11, 25),
    }
    assert nxt["a000000000000004", "SPX"] == date(2025, 11, 24)
    assert len(nxt) == 4 * 6  # market-wide: every index with closes
