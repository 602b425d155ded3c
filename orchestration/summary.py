"""Print what is in the warehouse: each table with its row count, rejections, and the claim checks."""

from __future__ import annotations

import duckdb

from orchestration.sql import query_sql_file


def print_summary(database: str) -> None:
    conn = duckdb.connect(database, read_only=True)
    try:
        tables = query_sql_file(conn, "queries/warehouse_tables.sql")
        tables["rows"] = [
            conn.table(f"{s}.{t}").aggregate("count(*)").fetchall()[0][0]
            for s, t in zip(tables["schema_name"], tables["table_name"], strict=True)
        ]
        print(f"\nWarehouse {database}\n")
        print(tables.to_markdown(index=False))
        rejected = query_sql_file(conn, "queries/rejections_summary.sql")
        print(f"\nRejected inputs: {len(rejected)}")
        if len(rejected):
            print(rejected.to_markdown(index=False))
        checks = query_sql_file(conn, "queries/claim_checks_summary.sql")
        print(f"\nClaim checks ({len(checks)})\n")
        print(checks.to_markdown(index=False, floatfmt="g"))
    finally:
        conn.close()
