"""Daily partitions by publication date, and the date window a run covers."""

from __future__ import annotations

import os
from datetime import date, timedelta

from dagster import AssetExecutionContext, BackfillPolicy, DailyPartitionsDefinition

from orchestration.resources import DEFAULT_START_DATE

START_DATE = os.getenv("NEWSMARKET_START_DATE", DEFAULT_START_DATE)

daily_partitions = DailyPartitionsDefinition(start_date=START_DATE, end_offset=1)
single_run = BackfillPolicy.single_run()


def partition_window(context: AssetExecutionContext) -> tuple[date, date]:
    """First and last publication date (inclusive) of the partition or partition range being run."""
    window = context.partition_time_window
    return window.start.date(), window.end.date() - timedelta(days=1)
