"""The article inbox sensor on a temporary folder: first tick requests the partitions of every file,
the next tick nothing, a changed file its old and new dates, a touched file nothing."""

from __future__ import annotations

import json
import os
import shutil

from dagster import Definitions, build_sensor_context
from dagster_duckdb import DuckDBResource

from orchestration.definitions import all_assets
from orchestration.jobs import MARTS_REFRESH_JOB, build_marts_refresh_job
from orchestration.resources import NewsmarketSettings
from orchestration.sensors import build_article_inbox_sensor, build_article_partitions_job
from tests.conftest import FIXTURES

JOB = build_article_partitions_job(all_assets)
MARTS_JOB = build_marts_refresh_job(all_assets)
SENSOR = build_article_inbox_sensor(JOB, MARTS_JOB)


def _evaluate(folder, cursor=None):
    settings = NewsmarketSettings(articles=str(folder))
    defs = Definitions(
        assets=all_assets,
        jobs=[JOB, MARTS_JOB],
        sensors=[SENSOR],
        resources={"settings": settings, "duckdb": DuckDBResource(database=":memory:")},
    )
    context = build_sensor_context(
        cursor=cursor, resources={"settings": settings}, repository_def=defs.get_repository_def()
    )
    return SENSOR.evaluate_tick(context)


def _tick(folder, cursor=None):
    """(partition keys requested, cursor, skip message); checks that the marts run comes last."""
    result = _evaluate(folder, cursor)
    requests = result.run_requests or []
    if requests:
        *partitions, marts = requests
        assert (marts.job_name, marts.partition_key) == (MARTS_REFRESH_JOB, None)
        requests = partitions
    return [r.partition_key for r in requests], result.cursor, result.skip_message


def test_inbox_requests_each_new_or_changed_files_partitions_once(tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    shutil.copy(FIXTURES / "articles" / "boj_hold.txt", inbox)
    shutil.copy(FIXTURES / "articles" / "wire.jsonl", inbox)
    keys, cursor, _ = _tick(inbox)
    # boj_hold.txt: 10-30; wire.jsonl: 10-28 (incl. a rejected line dated that day), 10-29; 2024-12-30 is
    # before the first partition
    assert keys == ["2025-10-28", "2025-10-29", "2025-10-30"]
    assert sorted(v[3] for v in json.loads(cursor).values()) == [
        ["2024-12-30", "2025-10-28", "2025-10-29"],
        ["2025-10-30"],
    ]

    keys, cursor2, skip = _tick(inbox, cursor)
    assert (keys, cursor2 or cursor, skip) == ([], cursor, "no new or changed article files")

    shutil.copy(FIXTURES / "articles" / "markets.xml", inbox)  # a new feed file
    keys, cursor, _ = _tick(inbox, cursor)
    assert keys == ["2025-10-28", "2025-10-29", "2025-10-30"]

    (inbox / "boj_hold.txt").write_text("date 2025-10-31\nThe story moved to Friday.\n")
    keys, cursor, _ = _tick(inbox, cursor)
    assert keys == ["2025-10-30", "2025-10-31"]  # its old partition loses the row, the new one gains it

    stat = (inbox / "wire.jsonl").stat()
    os.utime(inbox / "wire.jsonl", ns=(stat.st_atime_ns, stat.st_mtime_ns + 10**9))  # touched, same bytes
    keys, cursor3, skip = _tick(inbox, cursor)
    assert keys == [] and cursor3 != cursor

    (inbox / "wire.jsonl").unlink()
    keys, _, _ = _tick(inbox, cursor3)
    assert keys == ["2025-10-28", "2025-10-29"]


def test_inbox_skips_with_the_reason_when_the_folder_is_missing(tmp_path):
    result = _evaluate(tmp_path / "nope")
    assert not result.run_requests
    assert result.skip_message == (
        f"cannot read the article inbox: source {str(tmp_path / 'nope')!r} does not exist (as a folder, file or glob)"
    )
