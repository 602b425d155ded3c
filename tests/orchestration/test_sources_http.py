"""The ingest assets on real fixture files and a local HTTP server: a feed and a price CSV over HTTP,
one 500 then success (retried), one 304 (not re-ingested), one timeout (the run fails naming the URL
and writes nothing), a 404 for one symbol (a rejection, not a failed run), and idempotent reloads."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest
from dagster import AssetKey, AssetSelection, DagsterInstance, materialize
from dagster_duckdb import DuckDBResource

from orchestration.definitions import TABLE_CHECKS, all_assets
from orchestration.resources import NewsmarketSettings
from tests.conftest import DATA, FIXTURES
from tests.orchestration.localhttp import LocalHTTP, Reply

FIRST, LAST = "2025-10-27", "2025-10-31"
DUMPS = {
    "articles": "select * exclude (ingested_at) from staging.articles order by article_id",
    "sources": "select * from staging.article_sources order by all",
    "rejected": "select * exclude (rejected_at) from staging.rejected_inputs order by all",
}


def _settings(articles: str = "", prices: str = "", **http) -> NewsmarketSettings:
    return NewsmarketSettings(
        articles=articles or str(FIXTURES / "articles"),
        prices=prices or str(FIXTURES / "prices"),
        reference_dir=str(DATA / "reference"),
        http_backoff_s=0.01,
        http_timeout_s=http.pop("timeout_s", 3.0),
        http_retries=http.pop("retries", 2),
    )


def _run(warehouse: Path, settings: NewsmarketSettings, key: str, partitioned: bool = False):
    tags = (
        {"dagster/asset_partition_range_start": FIRST, "dagster/asset_partition_range_end": LAST}
        if partitioned
        else {}
    )
    with DagsterInstance.ephemeral() as instance:
        return materialize(
            [*all_assets, *TABLE_CHECKS],
            resources={"duckdb": DuckDBResource(database=str(warehouse)), "settings": settings},
            instance=instance,
            tags=tags,
            selection=AssetSelection.assets(AssetKey.from_user_string(key)),
            raise_on_error=False,
        )


def _load_articles(warehouse: Path, settings: NewsmarketSettings):
    assert _run(warehouse, settings, "staging/indices").success
    return _run(warehouse, settings, "staging/articles", partitioned=True)


def _dump(warehouse: Path) -> dict[str, list[tuple]]:
    with duckdb.connect(str(warehouse), read_only=True) as conn:
        return {name: conn.execute(sql).fetchall() for name, sql in DUMPS.items()}


def _metadata(result, key: str) -> dict:
    """Metadata of the asset's materialisation (a range run records one event per partition, alike)."""
    events = [
        e for e in result.get_asset_materialization_events() if e.asset_key == AssetKey.from_user_string(key)
    ]
    return {k: v.value for k, v in events[0].materialization.metadata.items()}


def _failure(result) -> str:
    return "\n".join(e.event_specific_data.error.to_string() for e in result.get_step_failure_events())


@pytest.fixture
def http():
    with LocalHTTP() as server:
        yield server


def test_feed_over_http_retried_after_500_then_not_reingested_on_304_then_timeout_writes_nothing(
    tmp_path, http
):
    wh = tmp_path / "wh.duckdb"
    feed = (FIXTURES / "articles" / "markets.xml").read_bytes()
    http.routes["/markets.xml"] = [Reply(500), Reply(200, feed, etag='"m1"')]
    settings = _settings(f"{FIXTURES / 'articles' / 'boj_hold.txt'},{http.url('/markets.xml')}")

    first = _load_articles(wh, settings)
    assert first.success
    assert http.paths() == ["/markets.xml", "/markets.xml"]  # the 500, then the retry
    state = _dump(wh)
    # feed items 1, 2 and 6 load; item 1 is the story of boj_hold.txt: one row, two sources
    assert [(r[2], r[3], r[5]) for r in state["articles"]] == [
        ("rss", "item 1", "BOJ holds rates steady"),
        ("rss", "item 6", "Late-evening wrap in New York"),
        ("rss", "item 2", "Fed cuts rates by a quarter point"),
    ]
    assert sorted((r[0], r[3]) for r in state["sources"]) == [
        ("d6fedd5793a58e19", "rss"),
        ("d6fedd5793a58e19", "text"),
        ("e0047f8d0949d197", "rss"),
        ("f39f85eadcd56509", "rss"),
    ]
    assert [(r[1], r[2], r[3]) for r in state["rejected"]] == [
        (http.url("/markets.xml"), "item 3", "feed item has no publication date"),
        (
            http.url("/markets.xml"),
            "item 4",
            "feed item date 'sometime last week' is not an RFC 822 or ISO 8601 date",
        ),
        (http.url("/markets.xml"), "item 5", "feed item has no summary or content"),
    ]
    assert _metadata(first, "staging/articles")["rejected_count"] == 3
    assert _metadata(first, "staging/articles")["urls_unchanged"] == 0

    second = _load_articles(wh, settings)
    assert second.success
    assert http.requests[-1][1]["If-None-Match"] == '"m1"'  # answered 304: the cached body is used
    assert _metadata(second, "staging/articles")["urls_unchanged"] == 1
    assert _dump(wh) == state

    http.routes["/slow.xml"] = [Reply(200, feed, delay_s=1.5)]
    slow = _settings(f"{http.url('/markets.xml')},{http.url('/slow.xml')}", timeout_s=0.3, retries=1)
    third = _run(wh, slow, "staging/articles", partitioned=True)
    assert not third.success
    assert f"{http.url('/slow.xml')}: timed out after 0.3 s (gave up after 2 attempts)" in _failure(third)
    assert _dump(wh) == state
    with duckdb.connect(str(wh), read_only=True) as conn:
        cached = conn.execute("select url, status from staging.http_cache").fetchall()
    assert cached == [(http.url("/markets.xml"), 304)]


def test_price_csv_over_http_template_500_retried_and_404_is_a_rejection_for_that_symbol(tmp_path, http):
    wh = tmp_path / "wh.duckdb"
    http.routes["/q/%5EN225.csv"] = [Reply(500), Reply(200, (FIXTURES / "prices" / "^N225.csv").read_bytes())]
    listing = tmp_path / "prices.yaml"
    listing.write_text(f"sources:\n  - url: {http.url('/q/{symbol}.csv')}\n    indices: [N225, KS11]\n")
    settings = _settings(prices=str(listing))
    assert _run(wh, settings, "staging/indices").success
    result = _run(wh, settings, "staging/index_closes")
    assert result.success
    assert http.paths() == ["/q/%5EKS11.csv", "/q/%5EN225.csv", "/q/%5EN225.csv"]
    with duckdb.connect(str(wh), read_only=True) as conn:
        closes = conn.execute(
            "select index_id, count(*), max(close) from staging.index_closes group by 1"
        ).fetchall()
        rejected = conn.execute("select source, locator, reason from staging.rejected_inputs").fetchall()
    assert closes == [("N225", 5, 52411.34)]
    assert rejected == [
        (http.url("/q/%5EKS11.csv"), "file", "HTTP 404 Not Found: no prices for KS11 at this URL")
    ]
    assert _metadata(result, "staging/index_closes")["rejected_count"] == 1


def test_loading_the_same_folder_twice_and_a_feed_plus_file_leaves_identical_rows(tmp_path):
    wh = tmp_path / "wh.duckdb"
    settings = _settings(f"{FIXTURES / 'articles'},{FIXTURES / 'broken_articles'}")
    assert _load_articles(wh, settings).success
    once = _dump(wh)
    assert _load_articles(wh, settings).success
    assert _dump(wh) == once
    # 6 stories in articles/, the bonds story in broken_articles/, the truncated feed's BOJ copy deduped
    assert (len(once["articles"]), len(once["sources"]), len(once["rejected"])) == (7, 10, 14)
    # the pre-start JSONL line is quarantined with its reason (no partition can hold it)
    assert any("before the first partition 2025-01-01" in r[3] for r in once["rejected"])


def _rss(*items: tuple[str, str, str]) -> bytes:
    """A feed of (title, RFC 822 date, body) items."""
    body = "".join(
        f"<item><title>{t}</title><link>https://example.com/{t.lower().replace(' ', '-')}</link>"
        f"<pubDate>{d}</pubDate><description>{b}</description></item>"
        for t, d, b in items
    )
    return (
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>{body}</channel></rss>'.encode()
    )


def test_a_story_a_feed_no_longer_serves_stays_after_a_rebuild(tmp_path, http):
    wh = tmp_path / "wh.duckdb"
    tokyo = ("Tokyo closes higher", "Tue, 28 Oct 2025 07:00:00 +0000", "Japan's Nikkei rose 0.6% on Tuesday.")
    fed = ("Fed cuts rates", "Wed, 29 Oct 2025 18:00:00 +0000", "The Fed cut rates by a quarter point.")
    seoul = ("Seoul rallies", "Thu, 30 Oct 2025 07:00:00 +0000", "South Korea's KOSPI rose 1.8% on Thursday.")
    http.routes["/wire.xml"] = [Reply(200, _rss(tokyo, fed)), Reply(200, _rss(fed, seoul))]
    settings = _settings(http.url("/wire.xml"))
    assert _load_articles(wh, settings).success
    # the feed has rolled: Tokyo's story is gone from it, the Fed's is item 1 now, Seoul's is new
    assert _run(wh, settings, "staging/articles", partitioned=True).success
    state = _dump(wh)
    assert sorted((r[5], r[3]) for r in state["articles"]) == [
        ("Fed cuts rates", "item 1"),
        ("Seoul rallies", "item 2"),
        ("Tokyo closes higher", "item 1"),
    ]
    # one copy per story: the Fed's copy moved to item 1, not a second row beside its old item 2
    assert sorted(r[2] for r in state["sources"]) == ["item 1", "item 1", "item 2"]


def _run_day(warehouse: Path, settings: NewsmarketSettings, day: str):
    with DagsterInstance.ephemeral() as instance:
        return materialize(
            [*all_assets, *TABLE_CHECKS],
            resources={"duckdb": DuckDBResource(database=str(warehouse)), "settings": settings},
            instance=instance,
            partition_key=day,
            selection=AssetSelection.assets(AssetKey.from_user_string("staging/articles")),
            raise_on_error=False,
        )


def test_a_feed_story_that_moved_date_or_was_edited_keeps_one_row(tmp_path, http):
    """The feed re-dates Tokyo's story from 10-28 to 10-29, then corrects its body under the same link.
    Once both days are rebuilt (the daily schedule refreshes two days), one row of it is left, the latest:
    a rebuild of a day drops a URL's story that the inputs now hold under another date or body."""
    wh = tmp_path / "wh.duckdb"
    title, body = "Tokyo closes higher", "Japan's Nikkei rose 0.6% on Tuesday."
    first = (title, "Tue, 28 Oct 2025 07:00:00 +0000", body)
    moved = (title, "Wed, 29 Oct 2025 07:00:00 +0000", body)
    edited = (title, "Wed, 29 Oct 2025 07:00:00 +0000", "Japan's Nikkei fell 0.6% on Tuesday (corrected).")
    http.routes["/wire.xml"] = [
        Reply(200, _rss(first)),
        *[Reply(200, _rss(moved))] * 2,
        Reply(200, _rss(edited)),
    ]
    settings = _settings(http.url("/wire.xml"))
    assert _run(wh, settings, "staging/indices").success
    assert _run_day(wh, settings, "2025-10-28").success
    assert _run_day(wh, settings, "2025-10-29").success
    assert _run_day(wh, settings, "2025-10-28").success  # the moved copy's old row goes
    state = _dump(wh)
    assert [(str(r[8]), r[10]) for r in state["articles"]] == [("2025-10-29", body)]
    assert len(state["sources"]) == 1
    assert _run_day(wh, settings, "2025-10-29").success  # the corrected body replaces it
    state = _dump(wh)
    assert [r[10] for r in state["articles"]] == ["Japan's Nikkei fell 0.6% on Tuesday (corrected)."]
    assert len(state["sources"]) == 1


def test_a_link_a_feed_reuses_every_day_keeps_each_day_s_story(tmp_path, http):
    """A daily wrap served under one link: each day's story stays after the feed moves on to the next."""
    wh = tmp_path / "wh.duckdb"
    monday = ("Daily wrap", "Mon, 27 Oct 2025 21:00:00 +0000", "Wall Street rose 1.2% on Monday.")
    tuesday = ("Daily wrap", "Tue, 28 Oct 2025 21:00:00 +0000", "Wall Street fell 0.3% on Tuesday.")
    http.routes["/wrap.xml"] = [Reply(200, _rss(monday)), Reply(200, _rss(tuesday))]
    settings = _settings(http.url("/wrap.xml"))
    assert _run(wh, settings, "staging/indices").success
    assert _run_day(wh, settings, "2025-10-27").success
    assert _run_day(wh, settings, "2025-10-28").success
    assert _run_day(wh, settings, "2025-10-27").success  # the feed no longer serves Monday's wrap
    assert sorted(r[10] for r in _dump(wh)["articles"]) == [
        "Wall Street fell 0.3% on Tuesday.",
        "Wall Street rose 1.2% on Monday.",
    ]
