"""The README's example queries run on the sample warehouse and return what they promise."""

from __future__ import annotations

import duckdb

from orchestration.sql import SQL_DIR


def run_example(warehouse, name: str):
    conn = duckdb.connect(str(warehouse), read_only=True)
    try:
        return conn.execute((SQL_DIR / "examples" / name).read_text()).df()
    finally:
        conn.close()


def test_claims_vs_real_closes(sample_warehouse):
    df = run_example(sample_warehouse, "claims_vs_real_closes.sql")
    assert list(zip(df.index_id, df.verdict, strict=True)) == [
        ("KS11", "contradicted"),
        ("HSI", "approximate"),
        ("N225", "confirmed"),
    ]


def test_index_moves_on_news_sessions(sample_warehouse):
    df = run_example(sample_warehouse, "index_moves_on_news_sessions.sql")
    n225 = df[(df.index_id == "N225") & (df.event_session_date == "2025-10-27")].iloc[0]
    assert (str(n225.event_session_date.date()), n225.return_pct, n225.next_return_pct) == (
        "2025-10-27",
        2.46,
        -0.58,
    )
    # The seed's 6 mentioned indices plus the 5 FOMC statements linked market-wide to the 6 indices with closes.
    assert len(df) == 6 + 5 * 6


def test_biggest_moves_with_news(sample_warehouse):
    df = run_example(sample_warehouse, "biggest_moves_with_news.sql")
    assert len(df) == 10
    assert df.return_pct.abs().is_monotonic_decreasing


def test_people_in_the_news(sample_warehouse):
    df = run_example(sample_warehouse, "people_in_the_news.sql")
    # 9 Fed officials of the FOMC statements (Jeffrey R. Schmid found by "Jeffrey R. Schmid, who preferred"),
    # the three leaders of the seed wrap
    assert len(df) == 12
    assert "Jeffrey Schmid" in set(df.name)
    assert "John Williams" in set(df.name)  # "John C. Williams, Vice Chair" in the voting line
    powell = df[df.name == "Jerome Powell"].iloc[0]
    assert (powell.role, powell.n_articles, powell.n_index_sessions) == (
        "Chair of the Federal Reserve",
        5,
        26,
    )
    takaichi = df[df.name == "Sanae Takaichi"].iloc[0]
    # the seed wrap of 2025-10-27, linked to the five indices it names that have closes
    assert (takaichi.n_articles, takaichi.n_index_sessions, takaichi.mean_return_pct) == (1, 5, 1.83)
