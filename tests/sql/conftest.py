"""A small real warehouse for SQL tests: the bundled reference data and closes, loaded through the
same SQL files the assets run, in an in-memory DuckDB."""

from __future__ import annotations

from dataclasses import asdict
from datetime import date

import duckdb
import pandas as pd
import pytest

from orchestration.sql import run_sql_file
from tests.conftest import DATA
from transforms.prices import PriceContext, parse_price_files
from transforms.sessions import exchange_sessions

CLAIM_DEFAULTS = {
    "article_id": "0123456789abcdef",
    "published_date": date(2025, 10, 27),
    "sentence_no": 1,
    "sentence": "test sentence",
    "char_start": 0,
    "char_end": 5,
    "index_surface": "x",
    "claim_kind": "close",
    "direction": "up",
    "move_pct": None,
    "pct_decimals": None,
    "points": None,
    "points_decimals": None,
    "level": None,
    "level_decimals": None,
    "crosses_level": None,
    "is_record": False,
    "is_hedged": False,
    "hedge": None,
    "verb": "rose",
    "kind_evidence": None,
    "reference_date": date(2025, 10, 27),
    "date_evidence": None,
    "record_scope": None,
    "record_after": None,
}


def load_reference_and_closes(conn: duckdb.DuckDBPyConnection) -> None:
    indices = pd.read_csv(DATA / "reference" / "indices.csv", dtype=str, keep_default_na=False)
    aliases = pd.DataFrame({"index_id": pd.Series(dtype=str), "alias": pd.Series(dtype=str)})
    run_sql_file(
        conn, "staging/indices.sql", frames={"incoming_indices": indices, "incoming_index_aliases": aliases}
    )
    calendars = sorted(set(indices["exchange_calendar"]))
    sessions = pd.concat([exchange_sessions(c, date(2024, 12, 1), date(2026, 1, 31)) for c in calendars])
    run_sql_file(conn, "staging/exchange_sessions.sql", frames={"incoming_exchange_sessions": sessions})
    symbols = {i: i for i in indices["index_id"]}
    context = PriceContext(symbols, dict(zip(indices["index_id"], indices["exchange_calendar"], strict=True)))
    files = [(p.read_bytes(), str(p), p.stem) for p in sorted((DATA / "prices").glob("*.csv"))]
    closes = pd.DataFrame([asdict(r) for r in parse_price_files(files, context).records])
    run_sql_file(conn, "staging/index_closes.sql", frames={"incoming_index_closes": closes})
    run_sql_file(conn, "marts/index_returns.sql")


def market_with_spx_record_on_july_3() -> duckdb.DuckDBPyConnection:
    """The market, with the S&P 500's prior record on file as its real close of 2025-07-03 (6,279.35), a
    day inside the bundled closes (which start 2025-06-27)."""
    conn = duckdb.connect(":memory:")
    load_reference_and_closes(conn)
    conn.execute(
        "update staging.indices set prior_record_close = 6279.35, prior_record_date = date '2025-07-03' "
        "where index_id = 'SPX'"
    )
    run_sql_file(conn, "marts/index_returns.sql")
    return conn


@pytest.fixture(scope="module")
def market() -> duckdb.DuckDBPyConnection:
    conn = duckdb.connect(":memory:")
    load_reference_and_closes(conn)
    return conn


def check_claims(conn: duckdb.DuckDBPyConnection, claims: list[dict]) -> pd.DataFrame:
    """Load ``claims`` (overrides of CLAIM_DEFAULTS, each with a claim_id) and return marts.claim_checks."""
    frame = pd.DataFrame([{**CLAIM_DEFAULTS, **c} for c in claims])
    conn.execute("drop table if exists staging.market_claims")
    run_sql_file(
        conn,
        "staging/market_claims.sql",
        {"start_date": date(1900, 1, 1), "end_date": date(2100, 1, 1)},
        {"incoming_market_claims": frame},
    )
    # no article is scored for novelty here: each is its own story (a test may insert rows first)
    conn.execute("create table if not exists staging.article_novelty (article_id varchar, story_id varchar)")
    run_sql_file(conn, "marts/claim_checks.sql")
    return conn.table("marts.claim_checks").df().set_index("claim_id")
