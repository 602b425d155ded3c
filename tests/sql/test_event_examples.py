"""The event-study example queries of sql/examples/ run on the sample warehouse and return what the
README promises."""

from __future__ import annotations

from datetime import date

from tests.sql.test_examples import run_example


def test_biggest_abnormal_moves_with_news(sample_warehouse):
    df = run_example(sample_warehouse, "biggest_abnormal_moves_with_news.sql")
    assert len(df) == 10
    assert df.abnormal_return_pct.abs().is_monotonic_decreasing
    first = df.iloc[0]
    # 2025-04-07, the tariff sell-off: the Hang Seng fell 13.22%, 13.48 points below its prior mean.
    assert (first.index_id, first.session_date.date(), first.return_pct, first.abnormal_return_pct) == (
        "HSI",
        date(2025, 4, 7),
        -13.22,
        -13.48,
    )
    # The KOSPI's -3.88% of 2025-08-01 follows the 2025-07-30 FOMC statement (its Seoul session is 07-31).
    kospi = df[(df.index_id == "KS11") & (df.session_date == "2025-08-01")].iloc[0]
    assert (kospi.n_articles, list(kospi.headlines)) == (1, ["Federal Reserve issues FOMC statement"])


def test_contradicted_claims(sample_warehouse):
    df = run_example(sample_warehouse, "contradicted_claims.sql")
    assert list(zip(df.index_id, df.claimed_move_pct, df.actual_move_pct.round(2), strict=True)) == [
        ("KS11", 2.9, 2.57)
    ]


def test_tone_vs_next_session_return(sample_warehouse):
    df = run_example(sample_warehouse, "tone_vs_next_session_return.sql").set_index("index_id")
    assert dict(df.n_events) == {"DJI": 4, "HSI": 6, "IXIC": 5, "KS11": 6, "N225": 5, "SPX": 5}
    assert df.loc["SPX", "mean_net_tone"] == -0.204
    assert df.loc["SPX", "tone_event_return_corr"] == -0.903
    # ... over SPX's 5 events, each with a return that session and the next
    assert (df.loc["SPX", "n_event_returns"], df.loc["SPX", "n_next_returns"]) == (5, 5)
