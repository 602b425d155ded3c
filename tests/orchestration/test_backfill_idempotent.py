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
