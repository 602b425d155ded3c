from __future__ import annotations

from datetime import date

import pytest

from tests.sql.conftest import market_with_spx_record_on_july_3


def test_returns_of_every_bundled_index_on_2025_10_27(market):
    rows = market.execute(
        "select index_id, prev_session_date, close, prev_close, round(return_pct, 4) "
        "from marts.index_returns where session_date = date '2025-10-27' order by index_id"
    ).fetchall()
    assert rows == [
        ("DJI", date(2025, 10, 24), 47544.59, 47207.12, 0.7149),
        ("HSI", date(2025, 10, 24), 26433.70, 26160.15, 1.0457),
        ("IXIC", date(2025, 10, 24), 23637.46, 23204.87, 1.8642),
        ("KS11", date(2025, 10, 24), 4042.83, 3941.59, 2.5685),
        ("N225", date(2025, 10, 24), 50512.32, 49299.65, 2.4598),
        ("SPX", date(2025, 10, 24), 6875.16, 6791.69, 1.229),
    ]


def test_previous_session_comes_from_the_exchange_calendar(market):
    # 2025-11-04 in Tokyo follows Culture Day (Monday 2025-11-03, a holiday): the previous session is 10-31.
    (row,) = market.execute(
        "select prev_session_date, round(return_pct, 4) from marts.index_returns "
        "where index_id = 'N225' and session_date = date '2025-11-04'"
    ).fetchall()
    assert row[0] == date(2025, 10, 31)
    assert row[1] == pytest.approx(100 * (51497.20 / 52411.34 - 1), abs=1e-4)  # -1.7442


def test_first_row_has_no_return_and_records_need_a_prior_record(market):
    first = market.execute(
        "select return_pct, is_record_close, prior_high_close from marts.index_returns "
        "where index_id = 'SPX' order by session_date limit 1"
    ).fetchall()
    # 2025-06-27 is the first S&P 500 row; it beat the prior record close 6,144.15 of 2025-02-19.
    assert first == [(None, True, 6144.15)]
    csi = market.execute("select count(*) from marts.index_returns where index_id = 'CSI300'").fetchall()
    assert csi == [(0,)]


def test_a_prior_record_counts_only_for_sessions_after_its_date():
    """With the S&P 500's record on file as its real close of 2025-07-03 (6,279.35), the sessions before
    that day cannot be judged by it: a close under an earlier one in the data is no record, a new high in
    the data is unknown, and the record's own session is one."""
    conn = market_with_spx_record_on_july_3()
    rows = conn.execute(
        "select session_date, prior_high_close, history_complete, is_record_close from marts.index_returns "
        "where index_id = 'SPX' and session_date between date '2025-06-30' and date '2025-07-07' "
        "order by session_date"
    ).fetchall()
    assert rows == [
        (date(2025, 6, 30), 6173.07, False, None),
        (date(2025, 7, 1), 6204.95, False, False),
        (date(2025, 7, 2), 6204.95, False, None),
        (date(2025, 7, 3), 6227.42, False, True),
        (date(2025, 7, 7), 6279.35, True, False),
    ]


def test_volatility_leaves_out_the_session_s_own_return(market):
    # return_z is the return's distance from the previous 60 returns' mean in their standard deviations,
    # so vol_60d_pct times return_z gives back the abnormal return only when both use the same 60 rows
    (row,) = market.execute(
        "select round(vol_60d_pct, 4), round(vol_60d_pct * return_z - abnormal_return_pct, 9) "
        "from marts.index_returns where index_id = 'HSI' and session_date = date '2025-10-28'"
    ).fetchall()
    assert row == (1.1471, 0)
