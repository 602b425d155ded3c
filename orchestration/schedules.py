"""The daily refresh schedule: every day at 02:00 UTC, ``daily_refresh_job`` over the partitions of
the day before yesterday and yesterday, in one run.

Why 02:00 UTC: the last covered market to close is New York (16:00 America/New_York: 21:00 UTC in
winter, 20:00 UTC in summer), so by 02:00 UTC every covered exchange has closed the session of
yesterday's date and the day's bars are in the price inputs.

Why two days: an article's partition is its publication date at the publisher's own UTC offset, which
lags UTC by up to 12 hours in the Americas and the Pacific. An article published at 22:30 in New York
on the 4th (03:30 UTC on the 5th) arrives after the tick that first refreshes the 4th, so the next
tick refreshes the 4th again; every local date has ended everywhere by then.

The daily partitions end one day ahead (today's partition exists, for articles arriving during the
day), so the partitions a tick refreshes are computed here instead of taken as the newest one, which is
what ``build_schedule_from_partitioned_job`` would do. Schedules start stopped: turn it on in the UI
(Automation) or with ``dagster schedule start daily_refresh_schedule``.
"""

from __future__ import annotations

from datetime import timedelta

from dagster import (
    DefaultScheduleStatus,
    RunRequest,
    ScheduleDefinition,
    ScheduleEvaluationContext,
    SkipReason,
    schedule,
)
from dagster._core.definitions.unresolved_asset_job_definition import UnresolvedAssetJobDefinition
from dagster._core.storage.tags import ASSET_PARTITION_RANGE_END_TAG, ASSET_PARTITION_RANGE_START_TAG

from orchestration.partitions import daily_partitions

DAILY_REFRESH_CRON = "0 2 * * *"
DAILY_REFRESH_TIMEZONE = "UTC"


LATE_DAYS = 1  # days before yesterday that a tick refreshes again, for publishers behind UTC


def refresh_partitions(context: ScheduleEvaluationContext) -> list[str]:
    """The partition keys a tick refreshes: yesterday and the LATE_DAYS days before it (in the schedule's
    time zone), those that exist."""
    yesterday = (context.scheduled_execution_time - timedelta(days=1)).date()
    existing = set(daily_partitions.get_partition_keys(current_time=context.scheduled_execution_time))
    wanted = [(yesterday - timedelta(days=n)).isoformat() for n in range(LATE_DAYS, -1, -1)]
    return [k for k in wanted if k in existing]


def build_daily_refresh_schedule(job: UnresolvedAssetJobDefinition) -> ScheduleDefinition:
    @schedule(
        name="daily_refresh_schedule",
        job=job,
        cron_schedule=DAILY_REFRESH_CRON,
        execution_timezone=DAILY_REFRESH_TIMEZONE,
        default_status=DefaultScheduleStatus.STOPPED,
        description=(
            "02:00 UTC daily (after New York, the last covered market, has closed): refresh inputs, "
            "the article partitions of the day before yesterday and yesterday, and the marts."
        ),
    )
    def daily_refresh_schedule(context: ScheduleEvaluationContext):
        keys = refresh_partitions(context)
        if not keys:
            yesterday = (context.scheduled_execution_time - timedelta(days=1)).date()
            return SkipReason(f"{yesterday} is before the first partition ({daily_partitions.start.date()})")
        if len(keys) == 1:
            return RunRequest(run_key=keys[0], partition_key=keys[0])
        # one run over the range: the daily assets take a partition range (BackfillPolicy.single_run)
        return RunRequest(
            run_key=f"{keys[0]}...{keys[-1]}",
            tags={ASSET_PARTITION_RANGE_START_TAG: keys[0], ASSET_PARTITION_RANGE_END_TAG: keys[-1]},
        )

    return daily_refresh_schedule
