"""Run the SQL files under ``sql/``: one file per table, statements separated by ``;`` at line end,
parameters bound by name (``$start_date``), never formatted into the text."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd

SQL_DIR = Path(__file__).resolve().parents[1] / "sql"
_PARAM = re.compile(r"\$([a-z_][a-z0-9_]*)")
_STATEMENT_END = re.compile(r";[ \t]*$", re.MULTILINE)
_COMMENT = re.compile(r"--[^\n]*")  # our SQL files keep '--' out of string literals


@cache
def sql_statements(name: str) -> tuple[str, ...]:
    """The statements of ``sql/<name>`` in order."""
    text = (SQL_DIR / name).read_text(encoding="utf-8")
    code = _COMMENT.sub("", text)
    return tuple(p.strip() for p in _STATEMENT_END.split(code) if p.strip())


def run_sql_file(
    conn: duckdb.DuckDBPyConnection,
    name: str,
    params: dict[str, Any] | None = None,
    frames: dict[str, pd.DataFrame] | None = None,
) -> duckdb.DuckDBPyConnection:
    """Execute every statement of ``sql/<name>``; ``frames`` are registered as views first.

    Returns the connection after the last statement, so a query file's result can be fetched.
    """
    params = params or {}
    for view, frame in (frames or {}).items():
        conn.register(view, frame)
    try:
        for statement in sql_statements(name):
            used = {k: params[k] for k in dict.fromkeys(_PARAM.findall(statement))}
            conn.execute(statement, used or None)
    finally:
        for view in frames or {}:
            conn.unregister(view)
    return conn


def query_sql_file(
    conn: duckdb.DuckDBPyConnection, name: str, params: dict[str, Any] | None = None
) -> pd.DataFrame:
    """Run a query file (one statement) and return its result as a DataFrame."""
    (statement,) = sql_statements(name)
    used = {k: (params or {})[k] for k in dict.fromkeys(_PARAM.findall(statement))}
    return conn.execute(statement, used or None).df()
