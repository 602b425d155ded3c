"""Jobs of the newsmarket code location.

``daily_refresh_job``: one run per daily partition (publication date), or over a range of them, that
refreshes the whole warehouse for those days, in dependency order: the unpartitioned inputs the
partitioned assets read (reference data, every close in the price inputs, exchange sessions), the
daily partitioned assets for the partitions (articles and everything extracted from them), then the
unpartitioned assets downstream (returns and marts), rebuilt in full. Dagster 1.13 allows a job over
partitioned and unpartitioned assets as long as all the partitioned ones share one partitions
definition: the unpartitioned assets ignore the run's partition. The schedule in
``orchestration/schedules.py`` runs it for the day before yesterday and yesterday.

For a date range, do not launch this job's backfill from the job page (a job backfill ignores the
assets' single-run backfill policy and launches one run per day): materialise the partitioned assets
from an asset's Partitions page, or ``dagster asset materialize --partition-range`` (README, Backfills).
"""

from __future__ import annotations

from collections.abc import Sequence

from dagster import AssetKey, AssetsDefinition, AssetSelection, define_asset_job
from dagster._core.definitions.unresolved_asset_job_definition import UnresolvedAssetJobDefinition

DAILY_REFRESH_JOB = "daily_refresh_job"
# Run-queue tag: dagster.yaml admits one run with this tag at a time (tag_concurrency_limits).
RUN_QUEUE_TAG = "newsmarket/queue"
WAREHOUSE_WRITE = "warehouse_write"


def partitioned_keys(assets: Sequence[AssetsDefinition]) -> list[AssetKey]:
    """Keys of the daily partitioned assets."""
    return sorted((k for a in assets if a.partitions_def is not None for k in a.keys), key=str)


def daily_refresh_selection(assets: Sequence[AssetsDefinition]) -> AssetSelection:
    """The partitioned assets, everything downstream of them, and everything those read (the inputs,
    and the returns the claim checks compare against)."""
    return AssetSelection.assets(*partitioned_keys(assets)).downstream().upstream()


MARTS_REFRESH_JOB = "marts_refresh_job"


def build_marts_refresh_job(assets: Sequence[AssetsDefinition]) -> UnresolvedAssetJobDefinition:
    """The unpartitioned assets downstream of the articles (news events, claim checks, event study), for
    after article partitions have changed (the inbox sensor queues it behind their runs)."""
    partitioned = AssetSelection.assets(*partitioned_keys(assets))
    return define_asset_job(
        MARTS_REFRESH_JOB,
        selection=partitioned.downstream() - partitioned,
        description="Rebuild the marts that read the articles, after the inbox sensor's partition runs.",
        tags={RUN_QUEUE_TAG: WAREHOUSE_WRITE},
    )


def build_daily_refresh_job(assets: Sequence[AssetsDefinition]) -> UnresolvedAssetJobDefinition:
    return define_asset_job(
        DAILY_REFRESH_JOB,
        selection=daily_refresh_selection(assets),
        description=(
            "Refresh the warehouse for a publication date or a range of them: inputs (reference, closes, "
            "sessions), the days' articles and extraction, then returns and marts. Scheduled daily for the "
            "last two days."
        ),
        tags={RUN_QUEUE_TAG: WAREHOUSE_WRITE},
    )
