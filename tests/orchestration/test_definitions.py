"""The Dagster surface: what the code location defines (groups, owners, pools, checks, job, schedule),
that the CLI validates it, and that one scheduled daily run refreshes the warehouse with checks and
metadata on every materialisation."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import duckdb
import pytest
from dagster import (
    AssetCheckKey,
    AssetKey,
    DagsterInstance,
    RunRequest,
    TableSchema,
    build_schedule_context,
)
from dagster._core.storage.tags import ASSET_PARTITION_RANGE_END_TAG, ASSET_PARTITION_RANGE_START_TAG
from dagster_duckdb import DuckDBResource

from orchestration.definitions import all_assets, defs
from orchestration.jobs import DAILY_REFRESH_JOB, RUN_QUEUE_TAG, partitioned_keys
from orchestration.partitions import daily_partitions
from orchestration.resources import NewsmarketSettings
from transforms.schemas import SCHEMAS

REPO = Path(__file__).resolve().parents[2]
GROUPS = {"ingest", "extract", "market", "marts"}
PARTITIONED = {AssetKey(["staging", t]) for t in ("articles", "article_mentions", "market_claims")}


@pytest.fixture(scope="module")
def graph():
    return defs.resolve_asset_graph()


def test_cli_validates_the_workspace(tmp_path):
    home = tmp_path / "dagster_home"
    home.mkdir()
    (home / "dagster.yaml").write_text((REPO / "dagster.yaml").read_text())
    done = subprocess.run(
        [str(Path(sys.executable).with_name("dagster")), "definitions", "validate", "-w", "workspace.yaml"],
        cwd=REPO,
        capture_output=True,
        text=True,
        env={**os.environ, "DAGSTER_HOME": str(home)},
        timeout=240,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Validation successful" in done.stdout + done.stderr


def test_every_asset_is_grouped_owned_described_and_in_the_duckdb_pool(graph):
    keys = {k for a in all_assets for k in a.keys}
    assert PARTITIONED <= keys
    for a in all_assets:
        assert a.node_def.pool == "duckdb", a.keys
        for key in a.keys:
            spec = a.specs_by_key[key]
            assert spec.group_name in GROUPS, key
            assert "team:newsmarket" in spec.owners, key
            assert spec.description and len(spec.description) > 20, key
            assert key.path[0] in {"staging", "marts"}, key
    # every materialisable node of the graph is one of ours (no stray external assets)
    assert graph.materializable_asset_keys == keys


def test_the_partitioned_assets_are_daily_single_run(graph):
    assert PARTITIONED <= set(partitioned_keys(all_assets))
    for key in PARTITIONED:
        node = graph.get(key)
        assert node.partitions_def == daily_partitions
        assert node.backfill_policy.max_partitions_per_run is None  # single run


def test_every_table_has_blocking_schema_and_key_checks(graph):
    checks = {(c.asset_key, c.name): graph.get_check_spec(c) for c in graph.asset_check_keys}
    asset_keys = {k for a in all_assets for k in a.keys}
    for table in SCHEMAS:
        key = AssetKey(table.split("."))
        if key not in asset_keys:
            continue
        for name in ("pandera_schema", "unique_key"):
            spec = checks[(key, name)]
            assert spec.blocking, (table, name)
            assert spec.partitions_def == graph.get(key).partitions_def, (table, name)
    # a table written as a side output is checked on each asset that writes it
    for writer in ("index_closes", "articles"):
        assert checks[(AssetKey(["staging", writer]), "rejected_inputs_pandera_schema")].blocking


def test_invariant_and_freshness_checks(graph):
    names = {(c.asset_key.to_user_string(), c.name) for c in graph.asset_check_keys}
    assert {
        ("staging/index_closes", "close_positive"),
        ("staging/index_closes", "sessions_on_calendar"),
        ("staging/market_claims", "claims_reference_articles"),
        ("staging/articles", "freshness_check"),
        ("staging/index_closes", "freshness_check"),
    } <= names
    orphans = graph.get_check_spec(
        AssetCheckKey(AssetKey(["staging", "market_claims"]), "claims_reference_articles")
    )
    assert orphans.blocking and orphans.partitions_def == daily_partitions
    assert defs.resolve_sensor_def("freshness_checks_sensor") is not None


def test_daily_refresh_job_covers_inputs_partitions_and_everything_downstream(graph):
    job = defs.resolve_job_def(DAILY_REFRESH_JOB)
    keys = set(job.asset_layer.executable_asset_keys)
    upstream_inputs = {AssetKey(["staging", t]) for t in ("indices", "index_closes", "exchange_sessions")}
    marts = {AssetKey(["marts", t]) for t in ("index_returns", "news_events", "claim_checks")}
    assert PARTITIONED | upstream_inputs | marts <= keys
    assert keys == graph.materializable_asset_keys  # today every asset feeds or follows the daily data
    assert job.partitions_def == daily_partitions
    assert job.tags[RUN_QUEUE_TAG] == "warehouse_write"


def test_marts_refresh_job_rebuilds_the_marts_that_read_the_articles():
    job = defs.resolve_job_def("marts_refresh_job")
    assert sorted(k.to_user_string() for k in job.asset_layer.executable_asset_keys) == [
        "marts/claim_checks",
        "marts/daily_news_market",
        "marts/event_estimates",
        "marts/event_study",
        "marts/event_windows",
        "marts/news_events",
    ]
    assert job.tags[RUN_QUEUE_TAG] == "warehouse_write"


def _schedule_request(tick: datetime) -> RunRequest:
    schedule = defs.resolve_schedule_def("daily_refresh_schedule")
    with DagsterInstance.ephemeral() as instance:
        context = build_schedule_context(
            instance, scheduled_execution_time=tick, repository_def=defs.get_repository_def()
        )
        (request,) = schedule.evaluate_tick(context).run_requests
    return request


def test_schedule_runs_yesterday_and_the_day_before_at_0200_utc():
    schedule = defs.resolve_schedule_def("daily_refresh_schedule")
    assert (schedule.cron_schedule, schedule.execution_timezone) == ("0 2 * * *", "UTC")
    assert schedule.job_name == DAILY_REFRESH_JOB
    request = _schedule_request(datetime(2025, 10, 28, 2, 0, tzinfo=UTC))
    assert isinstance(request, RunRequest)
    assert request.run_key == "2025-10-26...2025-10-27"
    assert (request.tags[ASSET_PARTITION_RANGE_START_TAG], request.tags[ASSET_PARTITION_RANGE_END_TAG]) == (
        "2025-10-26",
        "2025-10-27",
    )
    # the first partition's own tick has no day before it to refresh
    first = _schedule_request(datetime(2025, 1, 2, 2, 0, tzinfo=UTC))
    assert (first.partition_key, first.run_key) == ("2025-01-01", "2025-01-01")
    with DagsterInstance.ephemeral() as instance:
        repo = defs.get_repository_def()
        early = schedule.evaluate_tick(
            build_schedule_context(
                instance, scheduled_execution_time=datetime(2025, 1, 1, 2, tzinfo=UTC), repository_def=repo
            )
        )
        assert not early.run_requests
        assert early.skip_message.startswith("2024-12-31 is before the first partition")


def _sample_resources(warehouse: Path, data: Path) -> dict:
    """The code location's resources on the bundled sample, writing ``warehouse``."""
    return {
        "duckdb": DuckDBResource(database=str(warehouse)),
        "settings": NewsmarketSettings(
            articles=str(data / "articles"),
            prices=str(data / "prices"),
            reference_dir=str(data / "reference"),
        ),
    }


@pytest.fixture(scope="module")
def daily_run(tmp_path_factory, repo_data):
    """The daily refresh job run in-process for 2025-10-27 on an empty warehouse."""
    warehouse = tmp_path_factory.mktemp("daily") / "warehouse.duckdb"
    resources = _sample_resources(warehouse, repo_data)
    job = defs.resolve_job_def(DAILY_REFRESH_JOB)
    with DagsterInstance.ephemeral() as instance:
        result = job.execute_in_process(partition_key="2025-10-27", resources=resources, instance=instance)
        yield result, warehouse


@pytest.fixture(scope="module")
def repo_data() -> Path:
    return REPO / "data"


def test_daily_run_loads_the_day_and_rebuilds_the_marts(daily_run):
    result, warehouse = daily_run
    assert result.success
    conn = duckdb.connect(str(warehouse), read_only=True)
    try:
        dates = conn.execute("select distinct published_date from staging.articles").fetchall()
        assert [d[0].isoformat() for d in dates] == ["2025-10-27"]  # only the seed article's day
        n_closes = conn.execute("select count(*) from staging.index_closes").fetchall()[0][0]
        assert n_closes == 127 + 242 + 246 + 130 + 130 + 130  # every close of the inputs
        verdicts = conn.execute(
            "select index_id, verdict from marts.claim_checks order by index_id"
        ).fetchall()
        assert verdicts == [
            ("CSI300", "no_data"),
            ("HSI", "approximate"),
            ("IXIC", "not_comparable"),
            ("KS11", "contradicted"),
            ("N225", "confirmed"),
            ("SPX", "not_comparable"),
        ]
    finally:
        conn.close()


def test_daily_run_checks_pass_per_partition(daily_run):
    result, _ = daily_run
    evaluations = result.get_asset_check_evaluations()
    table_checks = [e for e in evaluations if e.check_name != "freshness_check"]
    assert table_checks and all(e.passed for e in table_checks), [
        (e.asset_key.to_user_string(), e.check_name) for e in table_checks if not e.passed
    ]
    by_key = {(e.asset_key.to_user_string(), e.check_name): e for e in evaluations}
    assert by_key[("staging/articles", "pandera_schema")].partition == "2025-10-27"
    assert by_key[("staging/market_claims", "claims_reference_articles")].partition == "2025-10-27"
    assert by_key[("staging/index_closes", "close_positive")].partition is None
    assert by_key[("staging/articles", "pandera_schema")].metadata["rows_checked"].value == 1


def test_every_materialisation_has_row_count_schema_and_preview(daily_run):
    result, _ = daily_run
    events = result.get_asset_materialization_events()
    materialized = {e.asset_key for e in events}
    assert materialized == set(defs.resolve_job_def(DAILY_REFRESH_JOB).asset_layer.executable_asset_keys)
    for event in events:
        meta = event.materialization.metadata
        key = event.asset_key.to_user_string()
        assert meta["dagster/row_count"].value >= 0, key
        assert isinstance(meta["dagster/column_schema"].value, TableSchema), key
        assert meta["dagster/column_schema"].value.columns, key
        assert meta["preview"].value.startswith("|") or meta["preview"].value == "_(no rows)_", key
    by_key = {e.asset_key.to_user_string(): e.materialization.metadata for e in events}
    assert by_key["staging/articles"]["dagster/row_count"].value == 1
    assert by_key["staging/articles"]["rejected_count"].value == 0
    assert by_key["staging/index_closes"]["rejected_count"].value == 0
    assert by_key["marts/claim_checks"]["dagster/row_count"].value == 6


def test_a_scheduled_run_loads_an_article_dated_the_day_before_yesterday(tmp_path, repo_data):
    """The tick of 2025-10-30 refreshes 10-28 and 10-29 in one run: the FOMC statement dated 10-29 loads
    even though a publisher behind UTC could have sent it after the tick of 10-30 had it covered only
    10-29 (the same run would then load it on the next tick)."""
    request = _schedule_request(datetime(2025, 10, 30, 2, 0, tzinfo=UTC))
    warehouse = tmp_path / "warehouse.duckdb"
    resources = _sample_resources(warehouse, repo_data)
    with DagsterInstance.ephemeral() as instance:
        result = defs.resolve_job_def(DAILY_REFRESH_JOB).execute_in_process(
            resources=resources, instance=instance, tags=request.tags
        )
    assert result.success
    conn = duckdb.connect(str(warehouse), read_only=True)
    try:
        dates = conn.execute("select distinct published_date from staging.articles order by 1").fetchall()
        assert [d[0].isoformat() for d in dates] == ["2025-10-29"]
    finally:
        conn.close()
    # a later run of one day reports that day's rows, and the whole table's apart
    with DagsterInstance.ephemeral() as instance:
        day = defs.resolve_job_def(DAILY_REFRESH_JOB).execute_in_process(
            resources=resources, instance=instance, partition_key="2025-10-27"
        )
    meta = {
        e.asset_key.to_user_string(): e.materialization.metadata
        for e in day.get_asset_materialization_events()
    }
    assert (
        meta["staging/articles"]["dagster/row_count"].value,
        meta["staging/articles"]["table_row_count"].value,
    ) == (
        1,
        2,
    )
    assert meta["staging/articles"]["rows_by_publication_date"].value == {"2025-10-27": 1}


def test_the_warehouse_connection_is_closed_when_a_step_fails(tmp_path):
    """dagster-duckdb closes its connection only on a clean exit; ours also when the step raises."""
    resource = defs.resources["duckdb"].model_copy(update={"database": str(tmp_path / "w.duckdb")})
    held = []
    with pytest.raises(RuntimeError, match="step failed"):
        with resource.get_connection() as conn:
            held.append(conn)
            conn.execute("create table t as select 1 as x")
            raise RuntimeError("step failed")
    with pytest.raises(duckdb.ConnectionException, match="closed"):
        held[0].execute("select 1")
    with duckdb.connect(str(tmp_path / "w.duckdb"), read_only=True) as other:
        assert other.execute("select x from t").fetchall() == [(1,)]
