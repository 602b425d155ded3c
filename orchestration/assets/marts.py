"""Market and mart assets: SQL files over the staging tables, full refresh on every run."""

import duckdb as duckdb_lib
from dagster import AssetKey

from orchestration.assets.sql_table import sql_table_asset
from orchestration.resources import NewsmarketSettings

marts_index_returns = sql_table_asset(
    "marts.index_returns",
    deps=[
        AssetKey(["staging", "index_closes"]),
        AssetKey(["staging", "exchange_sessions"]),
        AssetKey(["staging", "indices"]),
    ],
    group="market",
    description="Close-to-previous-session returns per index, volatility, z-score, abnormal return, records.",
)

marts_news_events = sql_table_asset(
    "marts.news_events",
    deps=[
        AssetKey(["staging", "articles"]),
        AssetKey(["staging", "article_mentions"]),
        AssetKey(["staging", "article_tone"]),
        AssetKey(["staging", "article_themes"]),
        AssetKey(["staging", "article_novelty"]),
        AssetKey(["staging", "exchange_sessions"]),
        AssetKey(["staging", "index_closes"]),  # market-wide articles link to every index with closes
    ],
    group="marts",
    description="Each article x each index it mentions, mapped to that exchange's session.",
    params=lambda settings: {"date_only_rule": settings.date_only_rule},
)


def _verdict_counts(conn: duckdb_lib.DuckDBPyConnection, _: NewsmarketSettings) -> dict:
    verdicts = conn.table("marts.claim_checks").aggregate("verdict, count(*) as n").fetchall()
    return {"verdicts": {v: n for v, n in verdicts}}


marts_claim_checks = sql_table_asset(
    "marts.claim_checks",
    deps=[
        AssetKey(["staging", "market_claims"]),
        AssetKey(["marts", "index_returns"]),
        AssetKey(["staging", "article_novelty"]),  # story_id
    ],
    group="marts",
    description="Each stated move or level against the real close: confirmed / approximate / contradicted / "
    "not_comparable / no_data, with the reason.",
    extra_metadata=_verdict_counts,
)
