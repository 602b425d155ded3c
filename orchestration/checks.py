"""Asset checks: every stored table against its pandera schema and its key, the row-level invariants
users rely on, and the freshness of the daily refresh.

- ``pandera_schema`` and ``unique_key`` for every table in ``transforms/schemas.py`` SCHEMAS, on the
  asset that writes it (tables written as a side output, like ``staging.rejected_inputs``, are checked
  on each asset that writes them, as ``<table>_pandera_schema``).
- ``close_positive`` and ``sessions_on_calendar`` on ``staging/index_closes``; ``claims_reference_articles``
  on ``staging/market_claims``.
- Freshness (``FRESHNESS_CHECKS``, evaluated by ``freshness_sensor``): the newest daily partition of
  ``staging/articles`` by the deadline, and a fresh materialisation of ``staging/index_closes``.

Every table check is blocking: a failure stops the assets downstream of the table in that run. On a
daily partitioned asset the checks are partitioned too and read only the rows of the partition (or of
the range, in a single-run backfill); Dagster 1.13 records the result per partition when the run is
one partition, and without a partition for a multi-partition single run.
"""

import copy
import time
import warnings
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date, timedelta

import duckdb as duckdb_lib
import pandas as pd
from dagster import (
    AssetCheckExecutionContext,
    AssetCheckResult,
    AssetChecksDefinition,
    AssetCheckSeverity,
    AssetKey,
    AssetsDefinition,
    MetadataValue,
    PartitionsDefinition,
    asset_check,
    build_last_update_freshness_checks,
    build_sensor_for_freshness_checks,
    build_time_partition_freshness_checks,
)
from dagster._utils.warnings import PreviewWarning, SupersessionWarning
from dagster_duckdb import DuckDBResource
from pandera.errors import SchemaErrors

from orchestration.sql import query_sql_file
from transforms.schemas import SCHEMAS
from transforms.sessions import session_dates

MAX_FAILURE_ROWS = 20
POOL = "duckdb"
LOCK_RETRY_DELAYS = (0.1, 0.2, 0.4, 0.8, 1.6, 3.2, 6.4, 12.8)

# Tables written as a side output of another asset: table -> the assets that write it.
SIDE_TABLES: dict[str, list[AssetKey]] = {
    "staging.rejected_inputs": [AssetKey(["staging", "index_closes"]), AssetKey(["staging", "articles"])],
    "staging.http_cache": [AssetKey(["staging", "index_closes"]), AssetKey(["staging", "articles"])],
}
# Column that holds a row's daily partition, in the order tried (first one the table has).
PARTITION_DATE_COLUMNS = ("published_date", "partition_date")

# Freshness: the daily refresh (orchestration/schedules.py) runs at 02:00 UTC; by 04:00 UTC
# yesterday's article partition and today's closes must be in.
FRESHNESS_DEADLINE_CRON = "0 4 * * *"
FRESHNESS_TIMEZONE = "UTC"
CLOSES_MAX_AGE = timedelta(hours=3)


@contextmanager
def read_only(resource: DuckDBResource) -> Iterator[duckdb_lib.DuckDBPyConnection]:
    """A short-lived read-only connection to the warehouse. Checks are in the ``duckdb`` pool, so no
    run of this instance writes meanwhile; the retries cover another process holding the file
    (DuckDB admits one writing process, or many read-only ones, never both)."""
    for delay in (*LOCK_RETRY_DELAYS, None):
        try:
            conn = duckdb_lib.connect(resource.database, read_only=True)
            break
        except duckdb_lib.IOException:
            if delay is None:
                raise
            time.sleep(delay)
    try:
        yield conn
    finally:
        conn.close()


def _failure(frame: pd.DataFrame, checked: int, **extra: object) -> AssetCheckResult:
    return AssetCheckResult(
        passed=False,
        severity=AssetCheckSeverity.ERROR,
        metadata={
            "rows_checked": checked,
            "failure_count": len(frame),
            "failure_cases": MetadataValue.md(
                frame.head(MAX_FAILURE_ROWS).astype(str).to_markdown(index=False)
            ),
            **extra,
        },
    )


def _window(context: AssetCheckExecutionContext) -> tuple[date, date] | None:
    """First and last date (inclusive) of the partition or range being checked; None if unpartitioned."""
    op_context = context.op_execution_context
    if not (op_context.has_partition_key or op_context.has_partition_key_range):
        return None
    window = op_context.partition_time_window
    return window.start.date(), window.end.date() - timedelta(days=1)


def read_scope(
    conn: duckdb_lib.DuckDBPyConnection,
    table: str,
    window: tuple[date, date] | None,
    columns: Sequence[str] | None = None,
) -> tuple[pd.DataFrame, str]:
    """The rows of ``table`` a check covers: the partition's rows when ``window`` is set and the table
    has a partition date column, else the whole table; only ``columns`` (those of them the table has)
    when given, so a check never loads article bodies it does not look at. Returns the rows and a
    description of the scope."""
    rel = conn.table(table)
    column = next((c for c in PARTITION_DATE_COLUMNS if c in rel.columns), None)
    if window is not None and column is not None:
        start, end = window
        rel = rel.filter(
            duckdb_lib.ColumnExpression(column).between(
                duckdb_lib.ConstantExpression(start), duckdb_lib.ConstantExpression(end)
            )
        )
        scope = f"{column} {start}..{end}"
    else:
        scope = "whole table"
    if columns is not None:
        rel = rel.select(*[duckdb_lib.ColumnExpression(c) for c in columns if c in rel.columns])
    return rel.df(), scope


def _table_check(
    table: str,
    asset_key: AssetKey,
    name: str,
    description: str,
    partitions_def: PartitionsDefinition | None,
    evaluate: Callable[[pd.DataFrame], pd.DataFrame],
    columns: Sequence[str],
) -> AssetChecksDefinition:
    """A blocking check of ``table`` on ``asset_key``: ``evaluate`` returns the failing rows among the
    ``columns`` it reads."""

    # partitions_def on an asset check is a preview feature of Dagster 1.13 (verified: per-partition
    # results for one-partition runs; the range's rows, recorded without a partition, for a range run).
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", PreviewWarning)
        return _partitioned_check(table, asset_key, name, description, partitions_def, evaluate, columns)


def _partitioned_check(
    table: str,
    asset_key: AssetKey,
    name: str,
    description: str,
    partitions_def: PartitionsDefinition | None,
    evaluate: Callable[[pd.DataFrame], pd.DataFrame],
    columns: Sequence[str],
) -> AssetChecksDefinition:
    @asset_check(
        asset=asset_key,
        name=name,
        blocking=True,
        pool=POOL,
        description=description,
        partitions_def=partitions_def,
    )
    def _check(context: AssetCheckExecutionContext, duckdb: DuckDBResource) -> AssetCheckResult:
        with read_only(duckdb) as conn:
            frame, scope = read_scope(conn, table, _window(context), columns)
        failures = evaluate(frame)
        if len(failures):
            return _failure(failures, len(frame), scope=scope)
        return AssetCheckResult(passed=True, metadata={"rows_checked": len(frame), "scope": scope})

    return _check


def _pandera_failures(table: str) -> Callable[[pd.DataFrame], pd.DataFrame]:
    schema = copy.deepcopy(SCHEMAS[table])
    schema.unique = None  # the key is its own check (unique_key)

    def evaluate(frame: pd.DataFrame) -> pd.DataFrame:
        try:
            schema.validate(frame, lazy=True)
        except SchemaErrors as errors:
            return errors.failure_cases
        return frame.iloc[0:0]

    return evaluate


def _duplicate_keys(key: list[str]) -> Callable[[pd.DataFrame], pd.DataFrame]:
    def evaluate(frame: pd.DataFrame) -> pd.DataFrame:
        counts = frame.groupby(key, dropna=False).size().rename("n_rows").reset_index()
        return counts[counts["n_rows"] > 1]

    return evaluate


def table_checks(assets: Sequence[AssetsDefinition]) -> list[AssetChecksDefinition]:
    """The schema and key checks of every table in SCHEMAS, plus the invariants, for ``assets``."""
    by_key = {key: a for a in assets for key in a.keys}
    checks: list[AssetChecksDefinition] = []
    for table in SCHEMAS:
        own_key = AssetKey(table.split("."))
        targets = (
            [(own_key, "")]
            if own_key in by_key
            else [(k, f"{table.split('.')[1]}_") for k in SIDE_TABLES.get(table, []) if k in by_key]
        )
        for key, prefix in targets:
            pdef = by_key[key].partitions_def
            checks.append(
                _table_check(
                    table,
                    key,
                    f"{prefix}pandera_schema",
                    f"{table} matches its pandera schema (types, allowed values); per partition.",
                    pdef,
                    _pandera_failures(table),
                    list(SCHEMAS[table].columns),
                )
            )
            unique = SCHEMAS[table].unique
            if unique:
                checks.append(
                    _table_check(
                        table,
                        key,
                        f"{prefix}unique_key",
                        f"No two rows of {table} share the key ({', '.join(unique)}).",
                        pdef,
                        _duplicate_keys(list(unique)),
                        list(unique),
                    )
                )
    closes, claims = AssetKey(["staging", "index_closes"]), AssetKey(["staging", "market_claims"])
    if closes in by_key:
        checks += [close_positive, sessions_on_calendar]
    if claims in by_key:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", PreviewWarning)
            checks.append(claims_reference_articles_check(by_key[claims].partitions_def))
    return checks


@asset_check(
    asset=AssetKey(["staging", "index_closes"]),
    name="close_positive",
    blocking=True,
    pool=POOL,
    description="Every close (and open, high, low where given) in staging.index_closes is > 0.",
)
def close_positive(duckdb: DuckDBResource) -> AssetCheckResult:
    with read_only(duckdb) as conn:
        bad = query_sql_file(conn, "queries/check_index_closes_not_positive.sql")
        n = conn.table("staging.index_closes").aggregate("count(*)").fetchall()[0][0]
    return _failure(bad, n) if len(bad) else AssetCheckResult(passed=True, metadata={"rows_checked": n})


@asset_check(
    asset=AssetKey(["staging", "index_closes"]),
    name="sessions_on_calendar",
    blocking=True,
    pool=POOL,
    description=(
        "Every close of staging.index_closes is dated on a session of its index's exchange calendar "
        "(exchange_calendars), and every index has a calendar."
    ),
)
def sessions_on_calendar(duckdb: DuckDBResource) -> AssetCheckResult:
    with read_only(duckdb) as conn:
        bars = query_sql_file(conn, "queries/check_index_close_sessions.sql")
    bars["session_date"] = pd.to_datetime(bars["session_date"]).dt.date
    bad_parts = [bars[bars["exchange_calendar"].isna()].assign(reason="index has no exchange calendar")]
    for cal, group in bars.dropna(subset=["exchange_calendar"]).groupby("exchange_calendar"):
        sessions = session_dates(cal, group["session_date"].min(), group["session_date"].max())
        off = group[~group["session_date"].isin(sessions)]
        bad_parts.append(off.assign(reason=f"not a {cal} session"))
    bad = pd.concat(bad_parts, ignore_index=True)
    if len(bad):
        return _failure(bad, len(bars))
    return AssetCheckResult(passed=True, metadata={"rows_checked": len(bars)})


def claims_reference_articles_check(partitions_def: PartitionsDefinition | None) -> AssetChecksDefinition:
    @asset_check(
        asset=AssetKey(["staging", "market_claims"]),
        name="claims_reference_articles",
        blocking=True,
        pool=POOL,
        partitions_def=partitions_def,
        additional_deps=[AssetKey(["staging", "articles"])],
        description="Every claim of staging.market_claims points to an article in staging.articles.",
    )
    def claims_reference_articles(
        context: AssetCheckExecutionContext, duckdb: DuckDBResource
    ) -> AssetCheckResult:
        start, end = _window(context) or (date.min, date.max)
        with read_only(duckdb) as conn:
            orphans = query_sql_file(
                conn, "queries/check_market_claims_orphans.sql", {"start_date": start, "end_date": end}
            )
        if len(orphans):
            return _failure(orphans, len(orphans), scope=f"published_date {start}..{end}")
        return AssetCheckResult(passed=True, metadata={"scope": f"published_date {start}..{end}"})

    return claims_reference_articles


# Dagster 1.13 marks these builders superseded by FreshnessPolicy, which judges an asset by its last
# materialisation of any partition; the time-partition check asks for the newest partition itself.
with warnings.catch_warnings():
    warnings.simplefilter("ignore", SupersessionWarning)
    FRESHNESS_CHECKS: list[AssetChecksDefinition] = [
        *build_time_partition_freshness_checks(
            assets=[AssetKey(["staging", "articles"])],
            deadline_cron=FRESHNESS_DEADLINE_CRON,
            timezone=FRESHNESS_TIMEZONE,
            severity=AssetCheckSeverity.WARN,
        ),
        *build_last_update_freshness_checks(
            assets=[AssetKey(["staging", "index_closes"])],
            lower_bound_delta=CLOSES_MAX_AGE,
            deadline_cron=FRESHNESS_DEADLINE_CRON,
            timezone=FRESHNESS_TIMEZONE,
            severity=AssetCheckSeverity.WARN,
        ),
    ]

    freshness_sensor = build_sensor_for_freshness_checks(freshness_checks=FRESHNESS_CHECKS)
