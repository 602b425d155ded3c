"""Two runs launched at once against one warehouse: both succeed, one writer at a time (the "duckdb"
pool of the instance's dagster.yaml), and the tables are what one run alone gives."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

from dagster import DagsterInstance, DagsterRunStatus

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
        # every step of both runs that touches the warehouse is in the pool; none overlapped
        spans = sorted(
            (s.start_time, s.end_time, r.run_id, s.step_key)
            for r in runs
            for s in instance.get_run_step_stats(r.run_id)
        )
        assert len({run for *_, run, _ in spans}) == 2
        for (_, end, run_a, step_a), (start, _, run_b, step_b) in zip(spans, spans[1:], strict=False):
            assert end <= start, f"{run_a}:{step_a} overlapped {run_b}:{step_b}"

    assert snapshot(warehouse) == snapshot(sample_warehouse)
