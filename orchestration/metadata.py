"""Materialization metadata shared by every asset: row count, column schema, a markdown preview."""

from __future__ import annotations

from datetime import date
from typing import Any

import duckdb
from dagster import MetadataValue, TableColumn, TableSchema

PREVIEW_ROWS = 5
PREVIEW_CELL_CHARS = 60


def table_metadata(
    conn: duckdb.DuckDBPyConnection, table: str, dates: tuple[date, date] | None = None, **extra: Any
) -> dict[str, Any]:
    """``dagster/row_count``, ``dagster/column_schema``, ``dagster/table_name`` and a preview of ``table``.

    For a partitioned table, ``dates`` is the run's window of publication dates: the row count and the
    preview are of the rows it holds (one day's for a daily run; a range run, such as the daily schedule's
    two days, reports its whole range on each of its partitions, with ``rows_by_publication_date`` beside
    it), and ``table_row_count`` is the whole table's.
    """
    whole = conn.table(table)
    rel = whole
    if dates is not None:
        between = duckdb.ColumnExpression("published_date").between(
            duckdb.ConstantExpression(dates[0]), duckdb.ConstantExpression(dates[1])
        )
        rel = whole.filter(between)
        by_date = rel.aggregate("published_date, count(*)", "published_date").fetchall()
        extra = {
            "table_row_count": int(whole.aggregate("count(*)").fetchall()[0][0]),
            # a range run records its metadata on every partition: each day's own count is here
            "rows_by_publication_date": MetadataValue.json(
                {d.isoformat(): int(n) for d, n in sorted(by_date)}
            ),
            **extra,
        }
    n_rows = rel.aggregate("count(*)").fetchall()[0][0]
    preview = rel.limit(PREVIEW_ROWS).df()
    for col in preview.columns:
        if preview[col].dtype == object:
            preview[col] = preview[col].map(_short)
    return {
        "dagster/row_count": int(n_rows),
        "dagster/table_name": table,
        "dagster/column_schema": TableSchema(
            columns=[
                TableColumn(name, str(dtype)) for name, dtype in zip(rel.columns, rel.types, strict=True)
            ]
        ),
        "preview": MetadataValue.md(preview.to_markdown(index=False) if len(preview) else "_(no rows)_"),
        **extra,
    }


def _short(value: object) -> object:
    if isinstance(value, str) and len(value) > PREVIEW_CELL_CHARS:
        return value[: PREVIEW_CELL_CHARS - 1] + "…"
    return value
