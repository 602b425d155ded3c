"""Read every table of a warehouse into sorted rows, to compare two warehouses row for row."""

from __future__ import annotations

from pathlib import Path

import duckdb

from orchestration.sql import query_sql_file

# Set to now() by the SQL that writes them: the time of the run, not data.
RUN_TIMESTAMP_COLUMNS = {"ingested_at", "rejected_at"}


def snapshot(warehouse: Path) -> dict[str, list[tuple]]:
    """table -> its rows (without run timestamps), sorted, for every staging and marts table."""
    conn = duckdb.connect(str(warehouse), read_only=True)
    try:
        tables = query_sql_file(conn, "queries/warehouse_tables.sql")
        out = {}
        for schema, name in zip(tables["schema_name"], tables["table_name"], strict=True):
            rel = conn.table(f"{schema}.{name}")
            columns = [c for c in rel.columns if c not in RUN_TIMESTAMP_COLUMNS]
            rows = rel.select(*[duckdb.ColumnExpression(c) for c in columns]).fetchall()
            out[f"{schema}.{name}"] = sorted(rows, key=repr)
        return out
    finally:
        conn.close()
