"""End to end through the product's real surface: `dagster dev` (webserver and daemon) on a free
localhost port with a temporary instance (the project's dagster.yaml), an asset backfill of a date
range launched through the GraphQL API, its rows in DuckDB, and the asset graph in headless Chromium
(Debian's /usr/bin/chromium driven by Playwright; `.ci/run` installs it)."""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import duckdb
import pytest

from tests.conftest import REPO

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
START, END = "2025-10-27", "2025-10-29"  # the seed wrap (10-27) and an FOMC statement (10-29)
STARTUP_TIMEOUT_S = 240
BACKFILL_TIMEOUT_S = 420

LAUNCH = """
mutation Launch($params: LaunchBackfillParams!) {
  launchPartitionBackfill(backfillParams: $params) {
    __typename
    ... on LaunchBackfillSuccess { backfillId }
    ... on PythonError { message stack }
    ... on PartitionKeysNotFoundError { message }
    ... on InvalidSubsetError { message }
  }
}
"""
STATUS = """
query Status($id: String!) {
  partitionBackfillOrError(backfillId: $id) {
    __typename
    ... on PartitionBackfill { status runs(limit: 20) { runId status } }
    ... on PythonError { message }
  }
}
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def graphql(url: str, query: str, variables: dict) -> dict:
    body = json.dumps({"query": query, "variables": variables}).encode()
    req = urllib.request.Request(f"{url}/graphql", body, {"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=60) as resp:
        payload = json.load(resp)
    assert "errors" not in payload, payload
    return payload["data"]


@pytest.fixture(scope="module")
def dagster_dev(tmp_path_factory):
    """`dagster dev -w workspace.yaml` on a free port, with DAGSTER_HOME and the warehouse in tmp."""
    if not CHROMIUM.exists():  # fail, never skip: .ci/run installs Debian's chromium
        pytest.fail(f"{CHROMIUM} is missing: apt-get install -y chromium (see .ci/run)")
    tmp = tmp_path_factory.mktemp("e2e")
    home = tmp / "dagster_home"
    home.mkdir()
    shutil.copy(REPO / "dagster.yaml", home / "dagster.yaml")
    warehouse = tmp / "warehouse.duckdb"
    port = free_port()
    env = {**os.environ, "DAGSTER_HOME": str(home), "NEWSMARKET_WAREHOUSE": str(warehouse)}
    log = open(tmp / "dagster_dev.log", "w")  # noqa: SIM115  (closed below)
    proc = subprocess.Popen(
        [
            str(Path(sys.executable).with_name("dagster")),
            "dev",
            "-w",
            "workspace.yaml",
            "-h",
            "127.0.0.1",
            "-p",
            str(port),
        ],
        cwd=REPO,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + STARTUP_TIMEOUT_S
        while True:
            assert proc.poll() is None, (tmp / "dagster_dev.log").read_text()[-4000:]
            try:
                data = graphql(url, "{ version }", {})
                if data["version"]:
                    break
            except OSError:
                pass
            assert time.monotonic() < deadline, "dagster dev did not answer in time"
            time.sleep(1)
        yield url, warehouse, tmp
    finally:
        os.killpg(proc.pid, signal.SIGINT)  # dagster dev shuts its children down on Ctrl-C
        try:
            proc.wait(timeout=60)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
        log.close()


def wait_for_location(url: str) -> list[str]:
    """Asset keys of the loaded code location (waits until it has loaded)."""
    deadline = time.monotonic() + STARTUP_TIMEOUT_S
    while True:
        data = graphql(url, "{ assetNodes { assetKey { path } } }", {})
        keys = ["/".join(n["assetKey"]["path"]) for n in data["assetNodes"]]
        if keys:
            return keys
        assert time.monotonic() < deadline, "code location did not load"
        time.sleep(1)


def test_backfill_through_graphql_then_the_asset_graph_in_chromium(dagster_dev):
    url, warehouse, tmp = dagster_dev
    keys = wait_for_location(url)
    assert {"staging/articles", "staging/market_claims", "marts/claim_checks"} <= set(keys)

    # An asset backfill, as from an asset's Partitions page: the partitioned assets over the range
    # (one run: single-run backfill policy) and the unpartitioned assets, each once, in order.
    nodes = graphql(url, "{ assetNodes { assetKey { path } isPartitioned } }", {})["assetNodes"]
    partitioned = {"/".join(n["assetKey"]["path"]) for n in nodes if n["isPartitioned"]}
    assert {"staging/articles", "staging/article_mentions", "staging/market_claims"} <= partitioned
    selection = [
        {
            "assetKey": {"path": key.split("/")},
            "partitions": {"range": {"start": START, "end": END}} if key in partitioned else None,
        }
        for key in keys
    ]
    launched = graphql(url, LAUNCH, {"params": {"partitionsByAssets": selection, "title": "e2e"}})
    result = launched["launchPartitionBackfill"]
    assert result["__typename"] == "LaunchBackfillSuccess", result
    backfill_id = result["backfillId"]

    deadline = time.monotonic() + BACKFILL_TIMEOUT_S
    while True:
        backfill = graphql(url, STATUS, {"id": backfill_id})["partitionBackfillOrError"]
        if backfill["status"] in {"COMPLETED_SUCCESS", "COMPLETED_FAILED", "FAILED", "CANCELED", "COMPLETED"}:
            break
        assert time.monotonic() < deadline, f"backfill still {backfill['status']}: {backfill}"
        time.sleep(2)
    assert backfill["status"] == "COMPLETED_SUCCESS", backfill
    assert backfill["runs"] and all(r["status"] == "SUCCESS" for r in backfill["runs"])

    conn = duckdb.connect(str(warehouse), read_only=True)
    try:
        dates = conn.execute(
            "select published_date::varchar, count(*) from staging.articles group by 1 order by 1"
        ).fetchall()
        assert dates == [("2025-10-27", 1), ("2025-10-29", 1)]
        verdicts = dict(conn.execute("select index_id, verdict from marts.claim_checks").fetchall())
        assert verdicts["N225"] == "confirmed" and verdicts["KS11"] == "contradicted" and len(verdicts) == 6
    finally:
        conn.close()

    from playwright.sync_api import TimeoutError as PlaywrightTimeout
    from playwright.sync_api import sync_playwright

    screenshot = tmp / "asset_graph.png"
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        try:
            page = browser.new_page(viewport={"width": 1600, "height": 1000})
            # The ingest group's lineage: its assets expanded, their neighbours in other groups linked by
            # name (the graph draws only what is in view, so the check is on a neighbour that is).
            page.goto(f"{url}/locations/newsmarket/asset-groups/ingest", wait_until="domcontentloaded")
            page.get_by_text("index_closes", exact=True).first.wait_for(timeout=120_000)
            skip = page.get_by_role("button", name="Skip")  # the first-visit newsletter dialog
            try:
                skip.first.wait_for(timeout=10_000)
                skip.first.click()
            except PlaywrightTimeout:
                pass  # no dialog on this visit
            page.get_by_text("article_mentions", exact=True).first.wait_for(timeout=60_000)
            page.screenshot(path=str(screenshot), full_page=True)
            lineage = page.inner_text("body")
            # Every asset of the group, by name, in its list view.
            page.get_by_text("List", exact=True).first.click()
            page.get_by_text("staging / entities", exact=True).first.wait_for(timeout=60_000)
            page.get_by_text("Materialized", exact=True).first.wait_for(timeout=60_000)  # statuses load late
            listed = page.inner_text("body")
        finally:
            browser.close()
    assert "article_mentions" in lineage
    for name in ("indices", "entities", "index_closes", "exchange_sessions", "articles"):
        assert f"staging / {name}" in listed, name
    assert "Materialized" in listed  # the backfill built the group's unpartitioned assets
    assert screenshot.stat().st_size > 10_000
    print(f"screenshot: {screenshot}")
