"""The one Definitions object of the newsmarket code location (loaded by workspace.yaml).

Environment variables (defaults in orchestration/resources.py, documented in the README):
NEWSMARKET_ARTICLES, NEWSMARKET_PRICES, NEWSMARKET_WAREHOUSE, NEWSMARKET_REFERENCE,
NEWSMARKET_DATE_ONLY_RULE, NEWSMARKET_HTTP_TIMEOUT, NEWSMARKET_HTTP_RETRIES, NEWSMARKET_AR_MODEL,
NEWSMARKET_EVENT_WINDOW_DAYS, NEWSMARKET_ESTIMATION_SESSIONS, NEWSMARKET_ESTIMATION_GAP,
NEWSMARKET_MIN_ESTIMATION_OBS, NEWSMARKET_START_DATE
(read in partitions.py).
"""

from __future__ import annotations

import os

from dagster import Definitions, in_process_executor, load_assets_from_modules

from orchestration.assets import analytics, extract, ingest, marts
from orchestration.checks import FRESHNESS_CHECKS, freshness_sensor, table_checks
from orchestration.jobs import build_daily_refresh_job, build_marts_refresh_job
from orchestration.resources import (
    DEFAULT_ARTICLES,
    DEFAULT_PRICES,
    DEFAULT_REFERENCE,
    DEFAULT_WAREHOUSE,
    NewsmarketSettings,
    WarehouseResource,
)
from orchestration.schedules import build_daily_refresh_schedule
from orchestration.sensors import build_article_inbox_sensor, build_article_partitions_job

all_assets = load_assets_from_modules([ingest, extract, marts, analytics])
TABLE_CHECKS = table_checks(all_assets)
daily_refresh_job = build_daily_refresh_job(all_assets)
article_partitions_job = build_article_partitions_job(all_assets)
marts_refresh_job = build_marts_refresh_job(all_assets)

defs = Definitions(
    assets=all_assets,
    asset_checks=[*TABLE_CHECKS, *FRESHNESS_CHECKS],
    jobs=[daily_refresh_job, article_partitions_job, marts_refresh_job],
    schedules=[build_daily_refresh_schedule(daily_refresh_job)],
    sensors=[freshness_sensor, build_article_inbox_sensor(article_partitions_job, marts_refresh_job)],
    resources={
        "duckdb": WarehouseResource(database=os.getenv("NEWSMARKET_WAREHOUSE", DEFAULT_WAREHOUSE)),
        "settings": NewsmarketSettings(
            articles=os.getenv("NEWSMARKET_ARTICLES", DEFAULT_ARTICLES),
            prices=os.getenv("NEWSMARKET_PRICES", DEFAULT_PRICES),
            reference_dir=os.getenv("NEWSMARKET_REFERENCE", DEFAULT_REFERENCE),
            date_only_rule=os.getenv("NEWSMARKET_DATE_ONLY_RULE", "same_or_next"),
            http_timeout_s=float(os.getenv("NEWSMARKET_HTTP_TIMEOUT", "30")),
            http_retries=int(os.getenv("NEWSMARKET_HTTP_RETRIES", "3")),
            ar_model=os.getenv("NEWSMARKET_AR_MODEL", "mean_adjusted"),
            event_window_days=int(os.getenv("NEWSMARKET_EVENT_WINDOW_DAYS", "5")),
            estimation_sessions=int(os.getenv("NEWSMARKET_ESTIMATION_SESSIONS", "120")),
            estimation_gap=int(os.getenv("NEWSMARKET_ESTIMATION_GAP", "10")),
            min_estimation_obs=int(os.getenv("NEWSMARKET_MIN_ESTIMATION_OBS", "60")),
        ),
    },
    # One process per run: DuckDB allows one writer, and the steps of a run write one after another.
    executor=in_process_executor,
)
