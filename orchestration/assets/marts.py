"""Market and mart assets: SQL files over the staging tables, full refresh on every run."""

from dagster import AssetKey, MaterializeResult, asset
from dagster_duckdb import DuckDBResource

from orchestration.metadata import table_metadata
from orchestration.resources import NewsmarketSettings
from orchestration.sql import run_sql_file


@asset(
    key=["marts", "index_returns"],
    deps=[
        AssetKey(["staging", "index_closes"]),
        AssetKey(["staging", "exchange_sessions"]),
        AssetKey(["staging", "indices"]),
    ],
    group_name="market",
    pool="duckdb",
    kinds={"duckdb", "sql"},
    owners=["team:newsmarket"],
    description="Close-to-previous-session returns per index, volatility, z-score, abnormal return, records.",
)
def marts_index_returns(duckdb: DuckDBResource) -> MaterializeResult:
    with duckdb.get_connection() as conn:
        run_sql_file(conn, "marts/index_returns.sql")
        return MaterializeResult(metadata=table_metadata(conn, "marts.index_returns"))


@asset(
    key=["marts", "news_events"],
    deps=[
        AssetKey(["staging", "articles"]),
        AssetKey(["staging", "article_mentions"]),
        AssetKey(["staging", "article_tone"]),
        AssetKey(["staging", "article_themes"]),
        AssetKey(["staging", "article_novelty"]),
        AssetKey(["staging", "exchange_sessions"]),
        AssetKey(["staging", "index_closes"]),  # market-wide articles link to every index with closes
    ],
    group_name="marts",
    pool="duckdb",
    kinds={"duckdb", "sql"},
    owners=["team:newsmarket"],
    description="Each article x each index it mentions, mapped to that exchange's session.",
)
def marts_news_events(duckdb: DuckDBResource, settings: NewsmarketSettings) -> MaterializeResult:
    with duckdb.get_connection() as conn:
        run_sql_file(conn, "marts/news_events.sql", {"date_only_rule": settings.date_only_rule})
        return MaterializeResult(metadata=table_metadata(conn, "marts.news_events"))


@asset(
    key=["marts", "claim_checks"],
    deps=[AssetKey(["staging", "market_claims"]), AssetKey(["marts", "index_returns"])],
    group_name="marts",
    pool="duckdb",
    kinds={"duckdb", "sql"},
    owners=["team:newsmarket"],
    description="Each stated move or level against the real close: confirmed / approximate / contradicted / "
    "not_comparable / no_data, with the reason.",
)
def marts_claim_checks(duckdb: DuckDBResource) -> MaterializeResult:
    with duckdb.get_connection() as conn:
        run_sql_file(conn, "marts/claim_checks.sql")
        verdicts = conn.table("marts.claim_checks").aggregate("verdict, count(*) as n").fetchall()
        return MaterializeResult(
            metadata=table_metadata(conn, "marts.claim_checks", verdicts={v: n for v, n in verdicts})
        )
