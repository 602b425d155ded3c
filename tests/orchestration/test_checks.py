"""The table checks' evaluation: the rows in scope, only the columns checked, the failing cases named."""

from __future__ import annotations

from datetime import date

import duckdb

from orchestration.checks import _duplicate_keys, _pandera_failures, read_scope
from transforms.schemas import SCHEMAS


def _tone_table() -> duckdb.DuckDBPyConnection:
    conn = duckdb.connect(":memory:")
    conn.execute("create schema staging")
    conn.execute(
        """
        create table staging.article_tone as select * from (values
            ('a000000000000001', date '2025-10-27', 120, 3, 1, 0.5, 'long text nobody checks'),
            ('a000000000000002', date '2025-10-27', 80, -2, 1, 3.0, 'long text nobody checks'),
            ('a000000000000002', date '2025-10-28', 50, 1, 1, 0.0, 'long text nobody checks')
        ) as t(article_id, published_date, n_words, lm_positive, lm_negative, net_tone, body)
        """
    )
    return conn


def test_a_partition_window_reads_its_rows_and_only_the_checked_columns():
    conn = _tone_table()
    columns = list(SCHEMAS["staging.article_tone"].columns)
    frame, scope = read_scope(conn, "staging.article_tone", (date(2025, 10, 27), date(2025, 10, 27)), columns)
    assert scope == "published_date 2025-10-27..2025-10-27"
    assert len(frame) == 2
    assert "body" not in frame.columns and "published_date" not in frame.columns
    whole, scope = read_scope(conn, "staging.article_tone", None, ["article_id"])
    assert (scope, list(whole.columns), len(whole)) == ("whole table", ["article_id"], 3)


def test_pandera_and_key_failures_name_the_bad_values():
    conn = _tone_table()
    frame, _ = read_scope(conn, "staging.article_tone", None, list(SCHEMAS["staging.article_tone"].columns))
    failures = _pandera_failures("staging.article_tone")(frame)
    bad = {(row.column, str(row.failure_case)) for row in failures.itertuples()}
    assert bad == {("lm_positive", "-2.0"), ("net_tone", "3.0")}
    keys, _ = read_scope(conn, "staging.article_tone", None, ["article_id"])
    dupes = _duplicate_keys(["article_id"])(keys)
    assert dupes.to_dict("records") == [{"article_id": "a000000000000002", "n_rows": 2}]
