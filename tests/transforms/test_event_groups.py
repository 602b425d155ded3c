"""Event groups (overall, index, tone bucket, theme) and the CAR curves of the chart."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from transforms.event_groups import car_curves, event_groups, study_by_group, tone_bucket


def test_tone_buckets_and_their_boundaries():
    assert [tone_bucket(x) for x in [-0.5, -0.1, 0.0, 0.1, 0.11, None, math.nan]] == [
        "negative",
        "neutral",
        "neutral",
        "neutral",
        "positive",
        None,
        None,
    ]


EVENTS = pd.DataFrame(
    {
        "article_id": ["a", "a", "b", "c"],
        "index_id": ["N225", "SPX", "N225", "SPX"],
        "net_tone": [0.5, 0.5, -0.3, None],
        "themes": [["trade_policy", "ai_tech"], ["trade_policy", "ai_tech"], [], None],
    }
)


def test_event_groups():
    groups = event_groups(EVENTS)
    got = sorted(map(tuple, groups.to_numpy().tolist()))
    assert got == sorted(
        [
            ("a", "N225", "all", "all"),
            ("a", "SPX", "all", "all"),
            ("b", "N225", "all", "all"),
            ("c", "SPX", "all", "all"),
            ("a", "N225", "index", "N225"),
            ("a", "SPX", "index", "SPX"),
            ("b", "N225", "index", "N225"),
            ("c", "SPX", "index", "SPX"),
            ("a", "N225", "tone", "positive"),
            ("a", "SPX", "tone", "positive"),
            ("b", "N225", "tone", "negative"),
            ("a", "N225", "theme", "trade_policy"),
            ("a", "N225", "theme", "ai_tech"),
            ("a", "SPX", "theme", "trade_policy"),
            ("a", "SPX", "theme", "ai_tech"),
        ]
    )


def windows() -> pd.DataFrame:
    # Day 0 and +1 abnormal returns per event; sigma 1, 100 estimation returns.
    ar = {
        ("a", "N225"): [1.0, 2.0],
        ("a", "SPX"): [3.0, 1.0],
        ("b", "N225"): [-2.0, 0.0],
        ("c", "SPX"): [0.5, np.nan],
    }
    rows = []
    for (article, index), values in ar.items():
        car = np.cumsum(values)
        for d, (v, c) in enumerate(zip(values, car, strict=True)):
            rows.append((article, index, d, v, c, 1.0, 100))
    return pd.DataFrame(
        rows,
        columns=[
            "article_id",
            "index_id",
            "day_offset",
            "abnormal_return_pct",
            "car_pct",
            "est_sigma_pct",
            "est_n_obs",
        ],
    )


def test_study_by_group_counts_an_event_in_each_of_its_groups():
    stats = study_by_group(windows(), event_groups(EVENTS), [(0, 0), (0, 1)]).set_index(
        ["group_kind", "group_value", "window"]
    )
    assert stats.loc[("all", "all", "[0,0]"), "n_events"] == 4
    assert stats.loc[("all", "all", "[0,+1]"), "n_events"] == 3  # c has no day +1
    # Theme ai_tech: events (a, N225) and (a, SPX): CARs over [0,+1] 3 and 4, sd sqrt(0.5); t = 3.5 / 0.5 = 7.
    row = stats.loc[("theme", "ai_tech", "[0,+1]")]
    assert (row.n_events, row.mean_car_pct) == (2, 3.5)
    assert row.t_stat == pytest.approx(7.0)
    assert stats.loc[("tone", "negative", "[0,0]"), "mean_car_pct"] == -2.0


def test_car_curves_keep_events_with_a_complete_window():
    curves = car_curves(windows(), event_groups(EVENTS), group_kind="tone")
    assert curves.to_dict("list") == {
        "group_value": ["negative", "negative", "positive", "positive"],
        "day_offset": [0, 1, 0, 1],
        "n_events": [1, 1, 2, 2],
        "mean_car_pct": [-2.0, -2.0, 2.0, 3.5],
        "ci95_pct": pytest.approx(
            [np.nan, np.nan, 1.96 * math.sqrt(2) / math.sqrt(2), 1.96 * math.sqrt(0.5) / math.sqrt(2)],
            nan_ok=True,
        ),
    }
