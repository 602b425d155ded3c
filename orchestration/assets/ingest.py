"""Ingest assets: reference data, daily closes, exchange sessions and articles into ``staging``."""


from dataclasses import asdict
from datetime import date, timedelta
from pathlib import Path

import pandas as pd
from dagster import AssetExecutionContext, AssetKey, MaterializeResult, asset
from dagster_duckdb import DuckDBResource

from orchestration.metadata import table_metadata
from orchestration.partitions import daily_partitions, partition_window, single_run
from orchestration.resources import NewsmarketSettings
from orchestration.sources import ARTICLE_SUFFIXES, PRICE_SUFFIXES, read_inputs
from orchestration.sql import query_sql_file, run_sql_file
from transforms.articles import parse_jsonl_articles, parse_text_article
from transforms.prices import PriceContext, check_sessions, parse_price_files
from transforms.records import Article, ParseResult, Rejection
from transforms.schemas import SCHEMAS, row_failures
from transforms.sessions import exchange_sessions, session_dates
from transforms.text import article_id

REJECTION_COLUMNS = ["input_kind", "source", "locator", "reason", "raw_excerpt", "partition_date"]
SESSION_MARGIN_DAYS = 45


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
    owners=["team:newsmarket"],
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
    key=["staging", "index_closes"],
    deps=[AssetKey(["staging", "indices"])],
    group_name="ingest",
    pool="duckdb",
    kinds={"duckdb", "csv"},
    owners=["team:newsmarket"],
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
        calendars = dict(zip(indices.index_id, indices.exchange_calendar, strict=True))
        files = [(f.raw, f.source, f.path.stem) for f in read_inputs(settings.prices, PRICE_SUFFIXES)]
        context.log.info(f"parsing {len(files)} price files from {settings.prices!r}")
        parsed = parse_price_files(files, PriceContext(symbols, calendars))
        parsed = check_sessions(parsed, calendars, _sessions_for(parsed, calendars))
        closes, rejected = _validated(
            pd.DataFrame([asdict(r) for r in parsed.records]), "staging.index_closes", parsed.rejections
        )
        run_sql_file(conn, "staging/index_closes.sql", frames={"incoming_index_closes": closes})
        _write_rejections(conn, "price", rejected, date.min, date.max)
        _log_rejections(context, rejected)
        return MaterializeResult(
            metadata=table_metadata(
                conn, "staging.index_closes", rejected_count=len(rejected), files_read=len(files)
            )
        )


def _sessions_for(parsed: ParseResult, calendars: dict[str, str]) -> dict[str, frozenset[date]]:
    """Session dates of each calendar the parsed bars need, over the span of their dates."""
    spans: dict[str, tuple[date, date]] = {}
    for rec in parsed.records:
        cal = calendars[rec.index_id]
        lo, hi = spans.get(cal, (rec.session_date, rec.session_date))
        spans[cal] = (min(lo, rec.session_date), max(hi, rec.session_date))
    return {cal: session_dates(cal, lo, hi) for cal, (lo, hi) in spans.items()}


@asset(
    key=["staging", "exchange_sessions"],
    deps=[AssetKey(["staging", "indices"]), AssetKey(["staging", "index_closes"])],
    group_name="ingest",
    pool="duckdb",
    kinds={"duckdb"},
    owners=["team:newsmarket"],
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


ARTICLE_PARSERS = {"text": parse_text_article, "jsonl": parse_jsonl_articles}


@asset(
    key=["staging", "articles"],
    deps=[AssetKey(["staging", "indices"])],
    partitions_def=daily_partitions,
    backfill_policy=single_run,
    group_name="ingest",
    pool="duckdb",
    kinds={"duckdb"},
    owners=["team:newsmarket"],
    description=(
        "Articles of the configured inputs (NEWSMARKET_ARTICLES), one row per story, partitioned by "
        "publication date; also writes staging.article_sources and the article rejections."
    ),
)
def staging_articles(
    context: AssetExecutionContext, duckdb: DuckDBResource, settings: NewsmarketSettings
) -> MaterializeResult:
    start, end = partition_window(context)
    parsed: ParseResult[Article] = ParseResult()
    n_files = 0
    for f in read_inputs(settings.articles, ARTICLE_SUFFIXES):
        n_files += 1
        parsed.extend(ARTICLE_PARSERS[ARTICLE_SUFFIXES[f.path.suffix.lower()]](f.raw, f.source))
    frame = pd.DataFrame([asdict(a) for a in parsed.records], columns=list(Article.__dataclass_fields__))
    frame.insert(0, "article_id", frame["body"].map(article_id))
    frame["n_chars"] = frame["body"].str.len().astype("int64")
    frame, rejected = _validated(frame, "staging.articles", parsed.rejections, unique=False)
    in_window = frame[(frame["published_date"] >= start) & (frame["published_date"] <= end)]
    context.log.info(
        f"{len(frame)} articles in {n_files} files, {len(in_window)} dated {start}..{end}; "
        f"{len(rejected)} rejected"
    )
    with duckdb.get_connection() as conn:
        params = {"start_date": start, "end_date": end}
        run_sql_file(conn, "staging/articles.sql", params, {"incoming_articles": in_window})
        run_sql_file(conn, "staging/article_sources.sql", params, {"incoming_articles": in_window})
        in_scope = _write_rejections(conn, "article", rejected, start, end)
        _log_rejections(context, in_scope)
        return MaterializeResult(
            metadata=table_metadata(
                conn,
                "staging.articles",
                rejected_count=len(in_scope),
                files_read=n_files,
                window=f"{start}..{end}",
            )
        )


def _validated(
    frame: pd.DataFrame, table: str, rejections: list[Rejection], unique: bool = True
) -> tuple[pd.DataFrame, list[Rejection]]:
    """Rows that pass the table's pandera schema, and the rejections plus those that do not."""
    frame = frame.reset_index(drop=True)
    reasons = row_failures(SCHEMAS[table], frame, check_unique=unique)
    if not reasons:
        return frame, rejections
    bad = frame.loc[sorted(reasons)]
    extra = [
        Rejection(
            _input_kind(table),
            row.source,
            row.locator,
            f"schema {table}: {reasons[pos]}",
            "",
            _row_date(row),
        )
        for pos, row in zip(bad.index, bad.itertuples(), strict=True)
    ]
    return frame.drop(index=list(reasons)), rejections + extra


def _input_kind(table: str) -> str:
    return "price" if table == "staging.index_closes" else "article"


def _row_date(row: object) -> date | None:
    value = getattr(row, "published_date", None) or getattr(row, "session_date", None)
    return value if isinstance(value, date) else None


def _write_rejections(conn, input_kind: str, rejected: list[Rejection], start: date, end: date) -> list[Rejection]:
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
