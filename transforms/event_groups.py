"""Groups of news events for ``marts.event_study`` and the CAR curves of its chart.

An event is one article and one index. Groups: ``all`` (every event), ``index`` (its index_id),
``tone`` (the article's net tone: ``negative`` below -0.1, ``positive`` above 0.1, ``neutral`` between,
both ends included; events without a tone are in no tone group) and ``theme`` (one group per theme of
the article, so an event can be in several theme groups or none).
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
import pandas as pd

from transforms.event_study import STANDARD_WINDOWS, STATISTIC_COLUMNS, Window, event_statistics

TONE_NEGATIVE_BELOW = -0.1
TONE_POSITIVE_ABOVE = 0.1
GROUP_KINDS = ("all", "index", "tone", "theme")
EVENT_KEY = ["article_id", "index_id"]
CURVE_COLUMNS = ["group_value", "day_offset", "n_events", "mean_car_pct", "ci95_pct"]


def tone_bucket(net_tone: float | None) -> str | None:
    """``negative`` (< -0.1), ``positive`` (> 0.1), ``neutral`` otherwise; None for a missing tone."""
    if net_tone is None or (isinstance(net_tone, float) and math.isnan(net_tone)):
        return None
    if net_tone < TONE_NEGATIVE_BELOW:
        return "negative"
    if net_tone > TONE_POSITIVE_ABOVE:
        return "positive"
    return "neutral"


def event_groups(events: pd.DataFrame) -> pd.DataFrame:
    """One row per event and group it belongs to: ``article_id, index_id, group_kind, group_value``.

    ``events`` has one row per event with ``article_id, index_id, net_tone`` (NaN/None when unknown) and
    ``themes`` (a list of theme ids, possibly empty or None).
    """
    key = events[EVENT_KEY].reset_index(drop=True)
    parts = [
        key.assign(group_kind="all", group_value="all"),
        key.assign(group_kind="index", group_value=key["index_id"]),
    ]
    tones = events["net_tone"].map(tone_bucket).reset_index(drop=True)
    parts.append(key[tones.notna()].assign(group_kind="tone", group_value=tones[tones.notna()]))
    themes = (
        events["themes"].map(lambda t: list(t) if t is not None and len(t) else []).reset_index(drop=True)
    )
    exploded = key.assign(group_value=themes).explode("group_value").dropna(subset=["group_value"])
    parts.append(exploded.assign(group_kind="theme")[[*EVENT_KEY, "group_kind", "group_value"]])
    out = pd.concat(parts, ignore_index=True)
    return out[[*EVENT_KEY, "group_kind", "group_value"]].astype({"group_value": str})


def study_by_group(
    windows: pd.DataFrame, groups: pd.DataFrame, windows_spec: Sequence[Window] = STANDARD_WINDOWS
) -> pd.DataFrame:
    """``event_statistics`` per (group_kind, group_value) and window.

    ``windows``: one row per event and day offset with ``article_id, index_id, day_offset,
    abnormal_return_pct, est_sigma_pct, est_n_obs``; ``groups`` as from ``event_groups``. An event in
    several groups counts once in each. Columns: ``group_kind, group_value`` + STATISTIC_COLUMNS.
    """
    columns = ["group_kind", "group_value", *STATISTIC_COLUMNS]
    frame = groups.merge(windows, on=EVENT_KEY, how="inner")
    if frame.empty:
        return pd.DataFrame(columns=columns)
    frame["event_id"] = frame.groupby(["group_kind", "group_value", *EVENT_KEY], sort=False).ngroup()
    frame = frame.sort_values(["event_id", "day_offset"], kind="stable")
    stats = event_statistics(frame, ["group_kind", "group_value"], windows_spec)
    return stats[columns]


def car_curves(windows: pd.DataFrame, groups: pd.DataFrame, group_kind: str = "tone") -> pd.DataFrame:
    """Mean CAR by day offset for each group of ``group_kind``, over the events whose CAR is present on
    every day (so each line follows the same events), with a 95% interval half-width
    (1.96 * sd / sqrt(n); NaN below 2 events). ``windows`` has ``article_id, index_id, day_offset,
    car_pct``. Columns: CURVE_COLUMNS.
    """
    complete = windows.groupby(EVENT_KEY)["car_pct"].transform(lambda s: s.notna().all())
    kept = windows[complete.astype(bool)]
    members = groups.loc[groups["group_kind"] == group_kind, [*EVENT_KEY, "group_value"]]
    frame = members.merge(kept, on=EVENT_KEY, how="inner")
    if frame.empty:
        return pd.DataFrame(columns=CURVE_COLUMNS)
    out = (
        frame.groupby(["group_value", "day_offset"], sort=True)["car_pct"]
        .agg(n_events="count", mean_car_pct="mean", sd="std")
        .reset_index()
    )
    out["ci95_pct"] = np.where(out["n_events"] >= 2, 1.96 * out["sd"] / np.sqrt(out["n_events"]), np.nan)
    return out[CURVE_COLUMNS]
