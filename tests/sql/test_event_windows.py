"""marts.event_estimates and marts.event_windows on the bundled real closes.

Expected figures were computed independently of the SQL: closes from data/prices/*.csv reindexed on
the exchange_calendars sessions with pandas, the mean-adjusted fit with numpy, the market model with
statsmodels OLS (the last test recomputes it here).
"""

from __future__ import annotations

from datetime import date

import duckdb
import exchange_calendars as xcals
import numpy as np
import pandas as pd
import pytest
import statsmodels.api as sm

from orchestration.resources import NewsmarketSettings
from orchestration.sql import run_sql_file
from tests.conftest import DATA

EVENTS = [
    ("5cda62ede67b54e3", "N225", date(2025, 10, 27)),  # the seed article, date-only
    ("5cda62ede67b54e3", "CSI300", date(2025, 10, 27)),  # no CSI 300 closes bundled
    ("d3fb6a38797c3adc", "IXIC", date(2025, 12, 10)),  # FOMC statement
    ("67c754530cdb575e", "SPX", date(2025, 6, 18)),  # FOMC statement before the first S&P close
]


def build(conn: duckdb.DuckDBPyConnection, **settings) -> NewsmarketSettings:
    conf = NewsmarketSettings(**settings)
    events = pd.DataFrame(EVENTS, columns=["article_id", "index_id", "event_session_date"])
    conn.register("incoming_events", events)
    conn.execute("create or replace table marts.news_events as select * from incoming_events")
    conn.unregister("incoming_events")
    run_sql_file(conn, "marts/event_estimates.sql", conf.event_window_params())
    run_sql_file(conn, "marts/event_windows.sql", conf.event_window_params())
    return conf


def window(conn, index_id: str) -> list[tuple]:
    return conn.execute(
        "select day_offset, session_date, round(return_pct, 4), round(abnormal_return_pct, 4), round(car_pct, 4) "
        "from marts.event_windows where index_id = ? order by day_offset",
        [index_id],
    ).fetchall()


def test_mean_adjusted_window_of_the_seed_event_on_the_nikkei(market):
    build(market)
    est = market.execute(
        "select ar_model, est_start_date, est_end_date, est_n_obs, round(alpha_pct, 6), round(est_sigma_pct, 6), "
        "insufficient_history from marts.event_estimates where index_id = 'N225'"
    ).fetchall()
    # 120 XTKS sessions ending 10 sessions before day -5 (2025-10-20); closes start 2025-06-26: 66 returns.
    assert est == [("mean_adjusted", date(2025, 4, 9), date(2025, 10, 2), 66, 0.197008, 0.977398, False)]
    assert window(market, "N225") == [
        (-5, date(2025, 10, 20), 3.3696, 3.1726, 3.1726),
        (-4, date(2025, 10, 21), 0.2654, 0.0684, 3.2411),
        (-3, date(2025, 10, 22), -0.0168, -0.2138, 3.0273),
        (-2, date(2025, 10, 23), -1.3511, -1.5481, 1.4792),
        (-1, date(2025, 10, 24), 1.3528, 1.1558, 2.6351),
        (0, date(2025, 10, 27), 2.4598, 2.2628, 4.8978),
        (1, date(2025, 10, 28), -0.5803, -0.7773, 4.1205),
        (2, date(2025, 10, 29), 2.1674, 1.9704, 6.0909),
        (3, date(2025, 10, 30), 0.035, -0.162, 5.9289),
        (4, date(2025, 10, 31), 2.1154, 1.9184, 7.8473),
        # Monday 2025-11-03 (Culture Day) is a Tokyo holiday: day +5 is Tuesday 2025-11-04.
        (5, date(2025, 11, 4), -1.7442, -1.9412, 5.9061),
    ]


def test_market_model_window_of_an_fomc_event_on_the_nasdaq(market):
    build(market, ar_model="market")
    est = market.execute(
        "select ar_model, benchmark_index_id, est_n_obs, round(alpha_pct, 6), round(beta, 6), "
        "round(est_sigma_pct, 6), insufficient_history from marts.event_estimates where index_id = 'IXIC'"
    ).fetchall()
    assert est == [("market", "SPX", 99, 0.010198, 1.347128, 0.286467, False)]
    rows = window(market, "IXIC")
    assert [(r[0], r[1], r[3], r[4]) for r in rows] == [
        (-5, date(2025, 12, 3), -0.239, -0.239),
        (-4, date(2025, 12, 4), 0.0619, -0.1771),
        (-3, date(2025, 12, 5), 0.0394, -0.1376),
        (-2, date(2025, 12, 8), 0.3215, 0.1839),
        (-1, date(2025, 12, 9), 0.2378, 0.4217),
        (0, date(2025, 12, 10), -0.59, -0.1684),
        (1, date(2025, 12, 11), -0.5452, -0.7136),
        (2, date(2025, 12, 12), -0.2635, -0.977),
        (3, date(2025, 12, 15), -0.389, -1.3661),
        (4, date(2025, 12, 16), 0.5454, -0.8207),
        (5, date(2025, 12, 17), -0.2578, -1.0785),
    ]
    # Indices without a benchmark stay mean-adjusted under the market setting.
    models = market.execute(
        "select index_id, ar_model from marts.event_estimates order by index_id"
    ).fetchall()
    assert models == [
        ("CSI300", "mean_adjusted"),
        ("IXIC", "market"),
        ("N225", "mean_adjusted"),
        ("SPX", "mean_adjusted"),
    ]


def test_events_without_history_are_kept_and_flagged(market):
    build(market)
    flags = market.execute(
        "select index_id, est_n_obs, insufficient_history from marts.event_estimates order by index_id"
    ).fetchall()
    assert flags == [("CSI300", 0, True), ("IXIC", 99, False), ("N225", 66, False), ("SPX", 0, True)]
    counts = market.execute(
        "select index_id, count(*), count(session_date), count(return_pct), count(abnormal_return_pct), count(car_pct) "
        "from marts.event_windows group by index_id order by index_id"
    ).fetchall()
    assert counts == [
        ("CSI300", 11, 11, 0, 0, 0),
        ("IXIC", 11, 11, 11, 11, 11),
        ("N225", 11, 11, 11, 11, 11),
        # S&P 500 closes start 2025-06-27: sessions -5..+5 around 06-18 have no return, so no AR either.
        ("SPX", 11, 11, 0, 0, 0),
    ]


def test_min_obs_and_window_length_settings(market):
    build(market, event_window_days=2, min_estimation_obs=70)
    assert market.execute("select min(day_offset), max(day_offset) from marts.event_windows").fetchall() == [
        (-2, 2)
    ]
    # With k = 2 the N225 estimation window ends 3 sessions later: 69 < 70 returns, flagged, returns kept, no AR.
    row = market.execute(
        "select e.insufficient_history, count(w.return_pct), count(w.abnormal_return_pct) "
        "from marts.event_estimates e join marts.event_windows w using (article_id, index_id) "
        "where index_id = 'N225' group by all"
    ).fetchall()
    assert row == [(True, 5, 0)]


def _calendar_returns(index_id: str, calendar: str) -> pd.Series:
    closes = pd.read_csv(DATA / "prices" / f"{index_id}.csv", parse_dates=["date"]).set_index("date")["close"]
    sessions = xcals.get_calendar(calendar, start="2024-12-01", end="2026-01-31").sessions
    close = closes.sort_index().reindex(sessions)
    return 100 * (close / close.shift(1) - 1)


def test_market_model_fit_matches_statsmodels_ols(market):
    build(market, ar_model="market", estimation_sessions=80, estimation_gap=3)
    nasdaq = _calendar_returns("IXIC", "XNAS")
    frame = pd.DataFrame({"y": nasdaq, "x": _calendar_returns("SPX", "XNYS").reindex(nasdaq.index)})
    event = list(frame.index).index(pd.Timestamp("2025-12-10"))
    sample = frame.iloc[event - 5 - 3 - 80 : event - 5 - 3].dropna()
    ols = sm.OLS(sample["y"], sm.add_constant(sample["x"])).fit()
    ((n, alpha, beta, sigma),) = market.execute(
        "select est_n_obs, alpha_pct, beta, est_sigma_pct from marts.event_estimates where index_id = 'IXIC'"
    ).fetchall()
    assert n == len(sample) == 80
    assert alpha == pytest.approx(ols.params["const"], abs=1e-10)
    assert beta == pytest.approx(ols.params["x"], abs=1e-10)
    assert sigma == pytest.approx(np.sqrt(ols.scale), abs=1e-10)
    ars = market.execute(
        "select abnormal_return_pct from marts.event_windows where index_id = 'IXIC' order by day_offset"
    ).fetchall()
    expected = (frame["y"] - ols.predict(sm.add_constant(frame["x"]))).iloc[event - 5 : event + 6]
    assert [a for (a,) in ars] == pytest.approx(list(expected), abs=1e-10)


def test_index_returns_market_model_ar_matches_statsmodels(market):
    run_sql_file(market, "marts/index_returns.sql")
    nasdaq = _calendar_returns("IXIC", "XNAS").dropna()
    frame = pd.DataFrame({"y": nasdaq, "x": _calendar_returns("SPX", "XNYS").reindex(nasdaq.index)})
    day = list(frame.index).index(pd.Timestamp("2025-10-27"))
    prior = frame.iloc[day - 60 : day].dropna()  # the 60 earlier rows of marts.index_returns
    ols = sm.OLS(prior["y"], sm.add_constant(prior["x"])).fit()
    expected = frame["y"].iloc[day] - (ols.params["const"] + ols.params["x"] * frame["x"].iloc[day])
    ((benchmark, ar),) = market.execute(
        "select benchmark_return_pct, market_model_ar_pct from marts.index_returns "
        "where index_id = 'IXIC' and session_date = date '2025-10-27'"
    ).fetchall()
    assert round(benchmark, 4) == 1.229  # the S&P 500 that day
    assert ar == pytest.approx(expected, abs=1e-10)
    no_benchmark = market.execute(
        "select count(market_model_ar_pct) from marts.index_returns where index_id in ('N225', 'SPX')"
    ).fetchall()
    assert no_benchmark == [(0,)]
