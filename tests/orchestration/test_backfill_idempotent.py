"""Backfilling a range twice leaves identical tables: the bundled sample's inputs, its article date
range as one single-run backfill, and the marts, run again on the warehouse they built."""

from __future__ import annotations

import shutil

from tests.conftest import materialize_sample
from tests.orchestration.warehouse_snapshot import RUN_TIMESTAMP_COLUMNS, snapshot


def test_backfilling_the_range_again_gives_the_same_rows(sample_warehouse, tmp_path):
    again = tmp_path / "warehouse.duckdb"
    shutil.copy(sample_warehouse, again)
    before = snapshot(again)
    materialize_sample(again)  # the same three runs again, on the built warehouse
    after = snapshot(again)

    assert after.keys() == before.keys()
    assert {"staging.articles", "staging.market_claims", "marts.claim_checks"} <= before.keys()
    for table in before:
        assert after[table] == before[table], table
    assert len(before["staging.articles"]) == 6 and len(before["marts.claim_checks"]) == 6
    assert RUN_TIMESTAMP_COLUMNS == {"ingested_at", "rejected_at"}  # the only columns left out


def _run_novelty_days(warehouse, days: list[str]) -> list:
    """Materialise staging/article_novelty alone for each of ``days`` (partition keys) on ``warehouse``,
    the bundled sample's settings; the materialisation events, in order."""
    from dagster import AssetKey, AssetSelection, DagsterInstance, materialize
    from dagster_duckdb import DuckDBResource

    from orchestration.definitions import all_assets
    from orchestration.resources import NewsmarketSettings
    from tests.conftest import DATA

    settings = NewsmarketSettings(
        articles=str(DATA / "articles"), prices=str(DATA / "prices"), reference_dir=str(DATA / "reference")
    )
    events = []
    with DagsterInstance.ephemeral() as instance:
        for day in days:
            result = materialize(
                all_assets,
                resources={"duckdb": DuckDBResource(database=str(warehouse)), "settings": settings},
                instance=instance,
                partition_key=day,
                selection=AssetSelection.assets(AssetKey(["staging", "article_novelty"])),
            )
            assert result.success
            events += result.asset_materializations_for_node("staging__article_novelty")
    return events


def test_novelty_of_a_day_run_alone_is_what_the_range_run_gave(sample_warehouse, tmp_path):
    """Each article is compared with its own 7 days, and the days before a partition keep the stories
    stored for them, so a single day re-run after the range backfill changes nothing."""
    again = tmp_path / "warehouse.duckdb"
    shutil.copy(sample_warehouse, again)
    before = snapshot(again)["staging.article_novelty"]
    # 2025-07-30's FOMC statement shares most of its words with June's, six weeks earlier: out of reach
    july = [r for r in before if r[1].isoformat() == "2025-07-30"]
    assert [(r[3], r[4], r[5], r[6]) for r in july] == [(None, 0.0, 1.0, False)]
    _run_novelty_days(again, ["2025-07-30", "2025-10-29"])
    assert snapshot(again)["staging.article_novelty"] == before


def test_a_day_run_before_the_days_it_looks_back_on_says_so(sample_warehouse, tmp_path):
    """Run alone while the days before it have no stored stories, a day still scores, and its
    materialisation says how many earlier articles it had to work stories out for."""
    import duckdb

    again = tmp_path / "warehouse.duckdb"
    shutil.copy(sample_warehouse, again)
    with duckdb.connect(str(again)) as conn:  # as if 2025-10-27 had never been materialised
        conn.execute("delete from staging.article_novelty where published_date = '2025-10-27'")
    (event,) = _run_novelty_days(again, ["2025-10-29"])
    assert event.metadata["lookback_articles_without_story"].value == 1  # the seed wrap of 10-27
