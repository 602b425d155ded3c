"""Ingest assets: reference data, daily closes, exchange sessions and articles into ``staging``."""

from dataclasses import asdict
from datetime import date, timedelta
from pathlib import Path

import pandas as pd
from dagster import AssetExecutionContext, AssetKey, MaterializeResult, asset
from dagster_duckdb import DuckDBResource

from orchestration.assets import OWNERS
from orchestration.fetch import HttpFetcher, load_http_cache, save_http_cache
from orchestration.ingestion import article_batch, in_window, price_batch
from orchestration.metadata import table_metadata
from orchestration.partitions import daily_partitions, partition_window, single_run
from orchestration.resources import NewsmarketSettings
from orchestration.sources import ARTICLE_SUFFIXES, IndexSymbols, read_inputs, read_price_inputs
from orchestration.sql import query_sql_file, run_sql_file
from transforms.prices import PriceContext
from transforms.records import Rejection
from transforms.sessions import exchange_sessions

REJECTION_COLUMNS = ["input_kind", "source", "locator", "reason", "raw_excerpt", "partition_date"]
SESSION_MARGIN_DAYS = 45
ENTITY_COLUMNS = ["entity_kind", "entity_id", "name", "aliases", "role", "country", "ticker"]


def rejections_frame(rejections: list[Rejection]) -> pd.DataFrame:
    return pd.DataFrame([asdict(r) for r in rejections], columns=REJECTION_COLUMNS)


def read_reference_csv(reference_dir: str, name: str, columns: list[str]) -> pd.DataFrame:
    """A reference CSV as text columns (empty strings for blanks); empty with ``columns`` if absent."""
    path = Path(reference_dir) / name
    if not path.exists():
        return pd.DataFrame(columns=columns)
    return pd.read_csv(path, dtype=str, keep_default_na=False)


@asset(
    key=["staging", "indices"],
    group_name="ingest",
    pool="duckdb",
    kinds={"duckdb", "csv"},
    owners=OWNERS,
    description="One row per index: name, aliases, exchange calendar, time zone, benchmark, prior record.",
)
def staging_indices(duckdb: DuckDBResource, settings: NewsmarketSettings) -> MaterializeResult:
    indices = read_reference_csv(settings.reference_dir, "indices.csv", [])
    aliases = read_reference_csv(settings.reference_dir, "index_aliases.csv", ["index_id", "alias"])
    with duckdb.get_connection() as conn:
        run_sql_file(
            conn,
            "staging/indices.sql",
            frames={"incoming_indices": indices, "incoming_index_aliases": aliases[["index_id", "alias"]]},
        )
        return MaterializeResult(metadata=table_metadata(conn, "staging.indices"))


@asset(
    key=["staging", "entities"],
    group_name="ingest",
    pool="duckdb",
    kinds={"duckdb", "csv"},
    owners=OWNERS,
    description=(
        "One row per known country, central bank, person or organisation (data/reference/entities.csv): "
        "name, aliases, role, country, ticker."
    ),
)
def staging_entities(duckdb: DuckDBResource, settings: NewsmarketSettings) -> MaterializeResult:
    entities = read_reference_csv(settings.reference_dir, "entities.csv", ENTITY_COLUMNS)
    with duckdb.get_connection() as conn:
        run_sql_file(conn, "staging/entities.sql", frames={"incoming_entities": entities[ENTITY_COLUMNS]})
        return MaterializeResult(metadata=table_metadata(conn, "staging.entities"))


@asset(
    key=["staging", "index_closes"],
    deps=[AssetKey(["staging", "indices"])],
    group_name="ingest",
    pool="duckdb",
    kinds={"duckdb", "csv"},
    owners=OWNERS,
    description=(
        "Daily bars of every configured price file (NEWSMARKET_PRICES), one row per index and session; "
        "bad rows and files go to staging.rejected_inputs."
    ),
)
def staging_index_closes(
    context: AssetExecutionContext, duckdb: DuckDBResource, settings: NewsmarketSettings
) -> MaterializeResult:
    with duckdb.get_connection() as conn:
        indices = conn.table("staging.indices").df()
        symbols = {row.index_id.upper(): row.index_id for row in indices.itertuples()}
        symbols |= {
            str(row.yahoo_symbol).upper(): row.index_id for row in indices.itertuples() if row.yahoo_symbol
        }
        vendor = _vendor_symbols(settings.reference_dir, set(indices.index_id))
        symbols |= {s.upper(): index_id for index_id, by_vendor in vendor.items() for s in by_vendor.values()}
        calendars = dict(zip(indices.index_id, indices.exchange_calendar, strict=True))
        templates = [
            IndexSymbols(row.index_id, row.yahoo_symbol or None, vendor.get(row.index_id, {}))
            for row in indices.itertuples()
        ]
        fetcher = _fetcher(conn, settings)
    # Fetch everything before writing anything (and without holding the warehouse): a failed URL
    # fails the run with the tables intact.
    files, fetch_rejections = read_price_inputs(settings.prices, templates, fetcher)
    context.log.info(f"parsing {len(files)} price inputs from {settings.prices!r}")
    closes, rejected = price_batch(files, PriceContext(symbols, calendars), fetch_rejections)
    with duckdb.get_connection() as conn:
        run_sql_file(conn, "staging/index_closes.sql", frames={"incoming_index_closes": closes})
        _write_rejections(conn, "price", rejected, date.min, date.max)
        save_http_cache(conn, fetcher.updates)
        _log_rejections(context, rejected)
        return MaterializeResult(
            metadata=table_metadata(
                conn,
                "staging.index_closes",
                rejected_count=len(rejected),
                files_read=len(files),
                urls_unchanged=len(fetcher.unchanged),
            )
        )


def _vendor_symbols(reference_dir: str, known: set[str]) -> dict[str, dict[str, str]]:
    """index_id -> {vendor: symbol} from price_symbols.csv (file-name aliases and URL placeholders)."""
    frame = read_reference_csv(reference_dir, "price_symbols.csv", ["index_id", "vendor", "symbol"])
    out: dict[str, dict[str, str]] = {}
    for row in frame.itertuples():
        if row.index_id in known and row.symbol.strip():
            out.setdefault(row.index_id, {})[row.vendor.strip().lower()] = row.symbol.strip()
    return out


def _fetcher(conn, settings: NewsmarketSettings) -> HttpFetcher:
    return HttpFetcher(
        load_http_cache(conn),
        timeout_s=settings.http_timeout_s,
        retries=settings.http_retries,
        backoff_s=settings.http_backoff_s,
    )


@asset(
    key=["staging", "exchange_sessions"],
    deps=[AssetKey(["staging", "indices"]), AssetKey(["staging", "index_closes"])],
    group_name="ingest",
    pool="duckdb",
    kinds={"duckdb"},
    owners=OWNERS,
    description=(
        "Sessions of every exchange calendar in staging.indices (exchange_calendars), with UTC open and "
        "close, from before the first close to after today."
    ),
)
def staging_exchange_sessions(context: AssetExecutionContext, duckdb: DuckDBResource) -> MaterializeResult:
    with duckdb.get_connection() as conn:
        span = query_sql_file(conn, "queries/index_closes_span.sql").iloc[0]
        first = min(_as_date(span["first_date"]) or date.today(), _partition_start())
        last = max(_as_date(span["last_date"]) or date.today(), date.today())
        start, end = first - timedelta(days=SESSION_MARGIN_DAYS), last + timedelta(days=SESSION_MARGIN_DAYS)
        calendars = sorted(set(conn.table("staging.indices").df()["exchange_calendar"]))
        context.log.info(f"sessions of {len(calendars)} calendars from {start} to {end}")
        frame = pd.concat([exchange_sessions(cal, start, end) for cal in calendars], ignore_index=True)
        run_sql_file(conn, "staging/exchange_sessions.sql", frames={"incoming_exchange_sessions": frame})
        return MaterializeResult(
            metadata=table_metadata(
                conn, "staging.exchange_sessions", first_session=str(start), last_session=str(end)
            )
        )


def _as_date(value: object) -> date | None:
    return None if pd.isna(value) else pd.Timestamp(value).date()


def _partition_start() -> date:
    return daily_partitions.start.date()


@asset(
    key=["staging", "articles"],
    deps=[AssetKey(["staging", "indices"])],
    partitions_def=daily_partitions,
    backfill_policy=single_run,
    group_name="ingest",
    pool="duckdb",
    kinds={"duckdb"},
    owners=OWNERS,
    description=(
        "Articles of the configured inputs (NEWSMARKET_ARTICLES), one row per story, partitioned by "
        "publication date; also writes staging.article_sources and the article rejections."
    ),
)
def staging_articles(
    context: AssetExecutionContext, duckdb: DuckDBResource, settings: NewsmarketSettings
) -> MaterializeResult:
    start, end = partition_window(context)
    with duckdb.get_connection() as conn:
        fetcher = _fetcher(conn, settings)
    # Fetch everything before writing anything (and without holding the warehouse): a failed URL
    # fails the run with the tables intact.
    inputs = read_inputs(settings.articles, ARTICLE_SUFFIXES, fetcher)
    batch = article_batch(
        inputs, _partition_start(), date.fromisoformat(daily_partitions.get_last_partition_key())
    )
    in_run = in_window(batch.stories, start, end)
    context.log.info(
        f"{len(batch.stories)} stories in {len(inputs)} inputs, {len(in_run)} dated {start}..{end}; "
        f"{len(batch.rejections)} rejected; {len(fetcher.unchanged)} URLs unchanged"
    )
    with duckdb.get_connection() as conn:
        params = {"start_date": start, "end_date": end}
        # every story of the inputs, of any date: the SQL writes the window's, and a story a URL served
        # on another day, or edited, replaces its old row here (sql/staging/articles.sql)
        run_sql_file(conn, "staging/articles.sql", params, {"incoming_articles": batch.stories})
        run_sql_file(conn, "staging/article_sources.sql", params, {"incoming_articles": batch.copies})
        in_scope = _write_rejections(conn, "article", batch.rejections, start, end)
        save_http_cache(conn, fetcher.updates)
        _log_rejections(context, in_scope)
        return MaterializeResult(
            metadata=table_metadata(
                conn,
                "staging.articles",
                (start, end),
                rejected_count=len(in_scope),
                files_read=len(inputs),
                urls_unchanged=len(fetcher.unchanged),
                window=f"{start}..{end}",
            )
        )


def _write_rejections(
    conn, input_kind: str, rejected: list[Rejection], start: date, end: date
) -> list[Rejection]:
    """Replace this input kind's rejections in the window (and undated ones); returns those written."""
    in_scope = [r for r in rejected if r.partition_date is None or start <= r.partition_date <= end]
    run_sql_file(
        conn,
        "staging/rejected_inputs.sql",
        {"input_kind": input_kind, "start_date": start, "end_date": end},
        {"incoming_rejected_inputs": rejections_frame(in_scope)},
    )
    return in_scope


def _log_rejections(context: AssetExecutionContext, rejected: list[Rejection]) -> None:
    for r in rejected[:20]:
        context.log.warning(f"rejected {r.source} {r.locator}: {r.reason}")
    if len(rejected) > 20:
        context.log.warning(f"... and {len(rejected) - 20} more rejections (see staging.rejected_inputs)")
