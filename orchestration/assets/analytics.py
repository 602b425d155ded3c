"""Event-study assets: per-event estimation fits, event windows, test statistics by group (with the CAR
chart), and the daily news x market table. SQL in sql/marts/, statistics in transforms/."""

import base64

import duckdb as duckdb_lib
import pandas as pd
from dagster import AssetKey, MaterializeResult, MetadataValue, asset
from dagster_duckdb import DuckDBResource

from orchestration.assets import OWNERS
from orchestration.assets.sql_table import sql_table_asset
from orchestration.metadata import table_metadata
from orchestration.resources import NewsmarketSettings
from orchestration.sql import query_sql_file, run_sql_file
from transforms.charts import car_chart_png
from transforms.event_groups import car_curves, event_groups, study_by_group
from transforms.event_study import standard_windows

INDEX_RETURNS = AssetKey(["marts", "index_returns"])
NEWS_EVENTS = AssetKey(["marts", "news_events"])
EVENT_ESTIMATES = AssetKey(["marts", "event_estimates"])
EVENT_WINDOWS = AssetKey(["marts", "event_windows"])


def _events_by_model(conn: duckdb_lib.DuckDBPyConnection, settings: NewsmarketSettings) -> dict:
    models = conn.table("marts.event_estimates").aggregate(
        "ar_model, count(*) as n, count(*) filter (where insufficient_history) as n_insufficient"
    )
    return {
        "ar_model_setting": settings.ar_model,
        "events_by_model": {m: {"events": n, "insufficient_history": k} for m, n, k in models.fetchall()},
    }


marts_event_estimates = sql_table_asset(
    "marts.event_estimates",
    deps=[
        NEWS_EVENTS,
        INDEX_RETURNS,
        AssetKey(["staging", "exchange_sessions"]),
        AssetKey(["staging", "indices"]),
    ],
    group="marts",
    description="Per news event: abnormal-return model (mean-adjusted or market model on the benchmark), "
    "estimation-window fit, insufficient_history flag.",
    params=NewsmarketSettings.event_window_params,
    extra_metadata=_events_by_model,
)

marts_event_windows = sql_table_asset(
    "marts.event_windows",
    deps=[EVENT_ESTIMATES, INDEX_RETURNS, AssetKey(["staging", "exchange_sessions"])],
    group="marts",
    description="Per news event and session -k..+k: return, abnormal return, cumulative abnormal return.",
    params=NewsmarketSettings.event_window_params,
    extra_metadata=lambda conn, settings: {"window_days": settings.event_window_days},
)


def event_study_inputs(conn: duckdb_lib.DuckDBPyConnection) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(windows, groups) of the events in the warehouse: see transforms.event_groups."""
    windows = query_sql_file(conn, "queries/event_study_windows.sql")
    groups = event_groups(query_sql_file(conn, "queries/event_study_events.sql"))
    return windows, groups


def event_study_chart(windows: pd.DataFrame, groups: pd.DataFrame) -> bytes:
    """The CAR-by-day chart of positive- vs negative-tone events (neutral too when present)."""
    curves = car_curves(windows, groups, group_kind="tone")
    n_total = groups[["article_id", "index_id"]].drop_duplicates().shape[0]  # one per story and index
    return car_chart_png(
        curves,
        title="News events: cumulative abnormal return by article tone",
        subtitle=f"All indices pooled; events with a complete window (of {n_total} news events). "
        "Tone: Loughran-McDonald net tone, negative < -0.1 < neutral < 0.1 < positive.",
    )


@asset(
    key=["marts", "event_study"],
    deps=[EVENT_WINDOWS, EVENT_ESTIMATES, NEWS_EVENTS],
    group_name="marts",
    pool="duckdb",
    kinds={"duckdb", "python"},
    owners=OWNERS,
    description="CAR test statistics (cross-sectional t, Patell Z, BMP t, sign test) by theme, index, tone "
    "and overall, for the windows [0,0], [-1,+1], [0,+1], [0,+k] and [-k,+k] "
    "(k = NEWSMARKET_EVENT_WINDOW_DAYS); the metadata carries the CAR chart.",
)
def marts_event_study(duckdb: DuckDBResource, settings: NewsmarketSettings) -> MaterializeResult:
    with duckdb.get_connection() as conn:
        windows, groups = event_study_inputs(conn)
        stats = study_by_group(windows, groups, standard_windows(settings.event_window_days))
        run_sql_file(conn, "marts/event_study.sql", frames={"incoming_event_study": stats})
        png = event_study_chart(windows, groups)
        chart = f"![CAR by tone](data:image/png;base64,{base64.b64encode(png).decode('ascii')})"
        return MaterializeResult(
            metadata=table_metadata(conn, "marts.event_study", car_chart=MetadataValue.md(chart))
        )


marts_daily_news_market = sql_table_asset(
    "marts.daily_news_market",
    deps=[NEWS_EVENTS, INDEX_RETURNS],
    group="marts",
    description="Per index and session: article count, mean net tone, return, return z-score.",
)
