"""The daily refresh schedule: every day at 02:00 UTC, ``daily_refresh_job`` for yesterday's
partition (the UTC publication date that ended two hours earlier).

Why 02:00 UTC: the last covered market to close is New York (16:00 America/New_York: 21:00 UTC in
winter, 20:00 UTC in summer), so by 02:00 UTC every covered exchange has closed the session of
yesterday's date and the day's bars are in the price inputs. The daily partitions end one day ahead
(today's partition exists, for articles arriving during the day), so the partition a tick refreshes is
computed here instead of taken as the newest one, which is what ``build_schedule_from_partitioned_job``
would do. Schedules start stopped: turn it on in the UI (Automation) or with
``dagster schedule start daily_refresh_schedule``.
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

from orchestration.partitions import daily_partitions

DAILY_REFRESH_CRON = "0 2 * * *"
DAILY_REFRESH_TIMEZONE = "UTC"


def yesterday_partition(context: ScheduleEvaluationContext) -> str:
    """The partition key of the day before the tick's scheduled time (in the schedule's time zone)."""
    return (context.scheduled_execution_time - timedelta(days=1)).date().isoformat()


def build_daily_refresh_schedule(job: UnresolvedAssetJobDefinition) -> ScheduleDefinition:
    @schedule(
        name="daily_refresh_schedule",
        job=job,
        cron_schedule=DAILY_REFRESH_CRON,
        execution_timezone=DAILY_REFRESH_TIMEZONE,
        default_status=DefaultScheduleStatus.STOPPED,
        description=(
            "02:00 UTC daily (after New York, the last covered market, has closed): refresh inputs, "
            "yesterday's article partition and the marts."
        ),
    )
    def daily_refresh_schedule(context: ScheduleEvaluationContext):
        key = yesterday_partition(context)
        if key not in daily_partitions.get_partition_keys(current_time=context.scheduled_execution_time):
            return SkipReason(f"{key} is before the first partition ({daily_partitions.start.date()})")
        return RunRequest(run_key=key, partition_key=key)

    return daily_refresh_schedule
