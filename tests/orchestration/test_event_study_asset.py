"""marts.event_study, marts.daily_news_market and the CAR chart on the bundled sample, with every test
statistic recomputed here independently (scipy's one-sample t test, the formulas by hand)."""

from __future__ import annotations

import base64
import math
import re
import shutil
from datetime import date

import duckdb
import numpy as np
import pytest
from dagster_duckdb import DuckDBResource
from scipy import stats

from orchestration.assets.analytics import marts_event_study
from orchestration.resources import NewsmarketSettings


@pytest.fixture(scope="module")
def study(sample_warehouse, tmp_path_factory):
    path = tmp_path_factory.mktemp("study") / "warehouse.duckdb"
    shutil.copy(sample_warehouse, path)
    result = marts_event_study(duckdb=DuckDBResource(database=str(path)), settings=NewsmarketSettings())
    conn = duckdb.connect(str(path), read_only=True)
    yield result, conn
    conn.close()


def test_the_windows_follow_the_event_window_setting(sample_warehouse, tmp_path):
    """With k = 3 the study tests [0,+3] and [-3,+3], the widest windows the event windows hold."""
    path = tmp_path / "warehouse.duckdb"
    shutil.copy(sample_warehouse, path)
    marts_event_study(
        duckdb=DuckDBResource(database=str(path)), settings=NewsmarketSettings(event_window_days=3)
    )
    conn = duckdb.connect(str(path), read_only=True)
    try:
        rows = conn.execute(
            "select \"window\", n_events from marts.event_study where group_kind = 'all' order by window_end - "
            "window_start, window_start desc"
        ).fetchall()
    finally:
        conn.close()
    assert [w for w, _ in rows] == ["[0,0]", "[0,+1]", "[-1,+1]", "[0,+3]", "[-3,+3]"]
    assert all(n > 0 for _, n in rows)


def independent(conn, lo: int, hi: int, where: str = "true") -> dict[str, float]:
    """CAR statistics over [lo, hi] computed from marts.event_windows directly."""
    rows = conn.execute(
        "select w.article_id, w.index_id, sum(w.abnormal_return_pct), count(w.abnormal_return_pct), "
        "any_value(e.est_sigma_pct), any_value(e.est_n_obs) "
        "from marts.event_windows w join marts.event_estimates e using (article_id, index_id) "
        f"join marts.news_events n using (article_id, index_id) where w.day_offset between ? and ? and {where} "
        "group by all",
        [lo, hi],
    ).fetchall()
    length = hi - lo + 1
    complete = [r for r in rows if r[3] == length]
    car = np.array([r[2] for r in complete])
    sigma = np.array([r[4] for r in complete])
    m = np.array([r[5] for r in complete], dtype=float)
    scar = car / (sigma * math.sqrt(length))
    t = stats.ttest_1samp(car, 0.0)
    bmp = stats.ttest_1samp(scar, 0.0)
    patell = scar.sum() / math.sqrt(((m - 2) / (m - 4)).sum())
    n_pos = int((car > 0).sum())
    sign = (n_pos - len(car) / 2) / math.sqrt(len(car) / 4)
    return {
        "n_events": len(car),
        "mean_car_pct": car.mean(),
        "t_stat": t.statistic,
        "p_value": t.pvalue,
        "patell_z": patell,
        "patell_p": 2 * stats.norm.sf(abs(patell)),
        "bmp_t": bmp.statistic,
        "bmp_p": bmp.pvalue,
        "sign_z": sign,
        "sign_p": 2 * stats.norm.sf(abs(sign)),
    }


def stored(conn, group_kind: str, group_value: str, window: str) -> dict[str, float]:
    cols = "n_events, mean_car_pct, t_stat, p_value, patell_z, patell_p, bmp_t, bmp_p, sign_z, sign_p"
    (row,) = conn.execute(
        f'select {cols} from marts.event_study where group_kind = ? and group_value = ? and "window" = ?',
        [group_kind, group_value, window],
    ).fetchall()
    return dict(zip(cols.split(", "), row, strict=True))


@pytest.mark.parametrize(
    ("group_kind", "group_value", "where"),
    [
        ("all", "all", "true"),
        ("index", "HSI", "w.index_id = 'HSI'"),
        ("tone", "negative", "n.net_tone < -0.1"),
    ],
)
@pytest.mark.parametrize(("window", "lo", "hi"), [("[0,0]", 0, 0), ("[-1,+1]", -1, 1), ("[0,+5]", 0, 5)])
def test_statistics_match_an_independent_computation(study, group_kind, group_value, where, window, lo, hi):
    _, conn = study
    got = stored(conn, group_kind, group_value, window)
    want = independent(conn, lo, hi, where)
    assert got["n_events"] == want["n_events"]
    for name, value in want.items():
        assert got[name] == pytest.approx(value, rel=1e-9, abs=1e-12), name


def test_sample_study_rows_and_figures(study):
    _, conn = study
    counts = conn.execute(
        "select group_kind, count(distinct group_value), count(*) from marts.event_study group by 1 order by 1"
    ).fetchall()
    kinds = {k: (g, n) for k, g, n in counts}
    # 36 events over 7 indices (CSI 300 has no closes), 5 windows each; every sample article has a
    # negative net tone, so the tone kind has one group.
    assert kinds["all"] == (1, 5)
    assert kinds["index"] == (7, 35)
    assert kinds["tone"] == (1, 5)
    overall = stored(conn, "all", "all", "[0,+5]")
    # 18 FOMC events with an estimation window of >= 60 returns plus the seed's 5 indices with closes.
    assert overall["n_events"] == 23
    assert round(overall["mean_car_pct"], 3) == -1.002
    assert stored(conn, "index", "CSI300", "[0,0]")["n_events"] == 0


def test_the_materialisation_carries_the_chart(study):
    result, _ = study
    text = result.metadata["car_chart"].value
    match = re.fullmatch(r"!\[CAR by tone\]\(data:image/png;base64,([A-Za-z0-9+/=]+)\)", text)
    assert match
    png = base64.b64decode(match.group(1))
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and len(png) > 20_000
    # 17 groups x 5 windows: all, 7 indices, 1 tone and the 8 themes some sample article scores above 0.5
    assert result.metadata["dagster/row_count"] == 85


def test_daily_news_market(sample_warehouse):
    conn = duckdb.connect(str(sample_warehouse), read_only=True)
    try:
        rows = conn.execute(
            "select index_id, session_date, n_articles, n_stories, n_mentioned, round(mean_net_tone, 4), "
            "round(return_pct, 4) "
            "from marts.daily_news_market where n_articles > 0 and index_id = 'N225' order by session_date"
        ).fetchall()
    finally:
        conn.close()
    assert rows == [
        ("N225", date(2025, 6, 19), 1, 1, 0, -0.2, None),  # before the first bundled Nikkei close (06-26)
        ("N225", date(2025, 7, 31), 1, 1, 0, -0.2, 1.0211),
        ("N225", date(2025, 9, 18), 1, 1, 0, -0.1429, 1.1454),
        ("N225", date(2025, 10, 27), 1, 1, 1, -0.2857, 2.4598),
        ("N225", date(2025, 10, 30), 1, 1, 0, -0.1429, 0.035),
        ("N225", date(2025, 12, 11), 1, 1, 0, -0.25, -0.8971),
    ]
