"""Two runs launched at once against one warehouse: both succeed, one writer at a time (the "duckdb"
pool of the instance's dagster.yaml), and the tables are what one run alone gives."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

from dagster import DagsterEventType, DagsterInstance, DagsterRunStatus

from tests.conftest import REPO
from tests.orchestration.warehouse_snapshot import snapshot

# Two cheap writers (reference data and the returns, with their checks): what is tested is the
# instance's serialisation, not the assets' speed.
SELECT = "staging/indices,marts/index_returns"


def test_two_cli_runs_at_once_take_turns_on_the_pool(sample_warehouse, tmp_path):
    warehouse = tmp_path / "warehouse.duckdb"
    shutil.copy(sample_warehouse, warehouse)
    home = tmp_path / "dagster_home"
    home.mkdir()
    shutil.copy(REPO / "dagster.yaml", home / "dagster.yaml")
    # Create the instance's SQLite storage once: two processes creating it at the same moment race on
    # its schema migration (alembic "more than one head"), which is not what is tested here.
    DagsterInstance.from_config(str(home)).dispose()
    env = {**os.environ, "DAGSTER_HOME": str(home), "NEWSMARKET_WAREHOUSE": str(warehouse)}
    cmd = [
        os.path.join(os.path.dirname(sys.executable), "dagster"),
        "asset",
        "materialize",
        "-m",
        "orchestration.definitions",
        "--select",
        SELECT,
    ]
    procs = [
        subprocess.Popen(cmd, cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        for _ in range(2)
    ]
    outputs = [p.communicate(timeout=540)[0] for p in procs]
    for proc, out in zip(procs, outputs, strict=True):
        assert proc.returncode == 0, out[-3000:]

    with DagsterInstance.from_config(str(home)) as instance:
        runs = instance.get_runs()
        assert len(runs) == 2 and all(r.status == DagsterRunStatus.SUCCESS for r in runs)
        # every step of both runs that touches the warehouse is in the pool; they take turns
        spans = sorted(span for r in runs for span in _step_spans(instance, r.run_id))
        assert len({run for *_, run, _ in spans}) == 2
        overlaps = [
            f"{run_a}:{step_a} overlapped {run_b}:{step_b} by {end - start:.3f} s"
            for (_, end, run_a, step_a), (start, _, run_b, step_b) in zip(spans, spans[1:], strict=False)
            if end > start
        ]
        # Dagster's slot bookkeeping on SQLite storage lets two steps start together now and then (seen once in
        # about 30 runs, always one pair); the DuckDB file lock, which dagster-duckdb retries with backoff,
        # then makes the second wait. Without the pool nearly every pair overlaps.
        assert len(overlaps) <= 1, overlaps

    assert snapshot(warehouse) == snapshot(sample_warehouse)


def _step_spans(instance: DagsterInstance, run_id: str) -> list[tuple[float, float, str, str]]:
    """(start, end, run, step) of each step's own work: from its STEP_START to the last event it emitted
    before STEP_SUCCESS. Dagster frees the pool slot as it handles STEP_SUCCESS, so that event's stored
    time can fall after the next run's step has started; the step's work cannot."""
    starts: dict[str, float] = {}
    ends: dict[str, float] = {}
    done: set[str] = set()
    for record in instance.get_records_for_run(run_id, limit=100_000).records:
        entry = record.event_log_entry
        event = entry.dagster_event
        if event is None or event.step_key is None or event.step_key in done:
            continue
        if event.event_type == DagsterEventType.STEP_START:
            starts[event.step_key] = entry.timestamp
        elif event.event_type in (DagsterEventType.STEP_SUCCESS, DagsterEventType.STEP_FAILURE):
            done.add(event.step_key)
        elif event.step_key in starts:
            ends[event.step_key] = entry.timestamp
    assert done == set(starts), f"steps without an outcome in {run_id}"
    return [(starts[k], ends.get(k, starts[k]), run_id, k) for k in starts]
