"""The article inbox sensor: watch the local folders, files and globs of ``NEWSMARKET_ARTICLES`` and
request a run of ``article_partitions_job`` for each publication date that a new, changed or deleted
file holds (read with the same parsers as the asset, so a file's dates are exactly the partitions its
rows land in), then one run of ``marts_refresh_job``. All carry the run-queue tag that admits one run at
a time, and the queue launches them in the order they were requested, so the marts are rebuilt after
the partitions. URLs are not watched: the daily schedule fetches them.

The cursor is JSON ``{path: [mtime_ns, size, sha256 prefix, [dates]]}``: a file whose mtime and size
are unchanged is not read again; one whose bytes are unchanged (touched) requests nothing; a changed
file requests its old and new dates (a story that moved date leaves its old partition); a deleted file
requests its old dates. The sensor starts stopped: turn it on in the UI (Automation) or with
``dagster sensor start article_inbox_sensor``.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from dagster import (
    AssetsDefinition,
    AssetSelection,
    DefaultSensorStatus,
    RunRequest,
    SensorDefinition,
    SensorEvaluationContext,
    SensorResult,
    SkipReason,
    define_asset_job,
    sensor,
)
from dagster._core.definitions.unresolved_asset_job_definition import UnresolvedAssetJobDefinition

from orchestration.ingestion import parse_article_inputs
from orchestration.jobs import RUN_QUEUE_TAG, WAREHOUSE_WRITE
from orchestration.partitions import daily_partitions
from orchestration.resources import NewsmarketSettings
from orchestration.sources import ARTICLE_SUFFIXES, InputFile, SourceSpecError, display_name, local_files

ARTICLE_PARTITIONS_JOB = "article_partitions_job"
INBOX_INTERVAL_S = 60


def build_article_partitions_job(assets: Sequence[AssetsDefinition]) -> UnresolvedAssetJobDefinition:
    """The daily partitioned assets (articles and everything extracted from them) for given dates."""
    keys = sorted((k for a in assets if a.partitions_def is not None for k in a.keys), key=str)
    return define_asset_job(
        ARTICLE_PARTITIONS_JOB,
        selection=AssetSelection.assets(*keys),
        description="Load the articles of one publication date and extract from them (inbox sensor).",
        tags={RUN_QUEUE_TAG: WAREHOUSE_WRITE},
    )


def scan_inbox(
    spec: str, cursor: dict[str, list], first: date, last: date
) -> tuple[list[str], dict[str, list]]:
    """Partition keys to refresh (within ``[first, last]``) and the new cursor for the files of ``spec``."""
    new_cursor: dict[str, list] = {}
    dates: set[str] = set()
    for path, fmt in local_files(spec, ARTICLE_SUFFIXES):
        key = str(path.resolve())
        stat = path.stat()
        old = cursor.get(key)
        if old and old[0] == stat.st_mtime_ns and old[1] == stat.st_size:
            new_cursor[key] = old
            continue
        raw = path.read_bytes()
        sha = hashlib.sha256(raw).hexdigest()[:16]
        if old and old[2] == sha:
            new_cursor[key] = [stat.st_mtime_ns, stat.st_size, sha, old[3]]
            continue
        file_dates = _dates_of(path, raw, fmt)
        new_cursor[key] = [stat.st_mtime_ns, stat.st_size, sha, file_dates]
        dates.update(file_dates, old[3] if old else [])
    for key, old in cursor.items():
        if key not in new_cursor:
            dates.update(old[3])
    keys = sorted(d for d in dates if first.isoformat() <= d <= last.isoformat())
    return keys, new_cursor


def _dates_of(path: Path, raw: bytes, fmt: str | None) -> list[str]:
    parsed = parse_article_inputs([InputFile(display_name(path), raw, fmt, path.stem, path)])
    found = {a.published_date for a in parsed.records}
    found |= {r.partition_date for r in parsed.rejections if r.partition_date is not None}
    return sorted(d.isoformat() for d in found)


def build_article_inbox_sensor(
    job: UnresolvedAssetJobDefinition, marts_job: UnresolvedAssetJobDefinition
) -> SensorDefinition:
    @sensor(
        name="article_inbox_sensor",
        jobs=[job, marts_job],
        minimum_interval_seconds=INBOX_INTERVAL_S,
        default_status=DefaultSensorStatus.STOPPED,
        description=(
            "Watches the local article inputs (NEWSMARKET_ARTICLES) and runs the partitions of the "
            "publication dates that new, changed or deleted files hold, then the marts that read them."
        ),
    )
    def article_inbox_sensor(context: SensorEvaluationContext, settings: NewsmarketSettings):
        cursor = json.loads(context.cursor) if context.cursor else {}
        first = daily_partitions.start.date()
        last = date.fromisoformat(daily_partitions.get_last_partition_key())
        try:
            keys, new_cursor = scan_inbox(settings.articles, cursor, first, last)
        except (SourceSpecError, OSError) as exc:
            return SkipReason(f"cannot read the article inbox: {exc}")
        encoded = json.dumps(new_cursor, sort_keys=True)
        if not keys:
            if new_cursor == cursor:
                return SkipReason("no new or changed article files")
            return SensorResult(skip_reason="no partition to refresh", cursor=encoded)
        digest = hashlib.sha256(encoded.encode()).hexdigest()[:12]
        context.log.info(f"article inbox: refreshing {len(keys)} partitions: {', '.join(keys[:10])}")
        return SensorResult(
            run_requests=[
                *(RunRequest(run_key=f"{k}:{digest}", partition_key=k, job_name=job.name) for k in keys),
                RunRequest(run_key=f"marts:{digest}", job_name=marts_job.name),
            ],
            cursor=encoded,
        )

    return article_inbox_sensor
