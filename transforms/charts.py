"""Charts as PNG bytes: data in, picture out, no files and no global matplotlib state (the Agg canvas
is attached to its own Figure, so ``pyplot`` and its backend switch are never touched)."""

from __future__ import annotations

import io
import textwrap

import pandas as pd
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

# Colour-blind-safe pairs (Okabe-Ito): positive blue, negative vermillion, neutral grey.
GROUP_STYLES = {
    "positive": {"color": "#0072B2", "marker": "o"},
    "negative": {"color": "#D55E00", "marker": "s"},
    "neutral": {"color": "#7F7F7F", "marker": "^"},
}
DEFAULT_STYLE = {"color": "#009E73", "marker": "D"}
LINE_ORDER = ["positive", "neutral", "negative"]


def car_chart_png(
    curves: pd.DataFrame,
    title: str,
    subtitle: str = "",
    label: str = "{group} tone",
    expected_groups: tuple[str, ...] = ("positive", "negative"),
    dpi: int = 110,
) -> bytes:
    """Mean cumulative abnormal return by day offset, one line per group with its 95% band.

    ``curves`` has ``group_value, day_offset, n_events, mean_car_pct, ci95_pct`` (as from
    ``transforms.event_groups.car_curves``). The legend gives each line's number of events. With no rows
    the chart says so instead of drawing lines. ``label`` names a line (``{group}`` is its group_value); an
    expected group without rows is named in a note, so a missing line is not mistaken for a flat one.
    """
    fig = Figure(figsize=(8, 4.8), dpi=dpi, layout="constrained")
    FigureCanvasAgg(fig)
    ax = fig.add_subplot()
    groups = sorted(
        curves["group_value"].unique(), key=lambda g: (LINE_ORDER.index(g) if g in LINE_ORDER else 99, g)
    )
    for group in groups:
        line = curves[curves["group_value"] == group].sort_values("day_offset")
        style = GROUP_STYLES.get(group, DEFAULT_STYLE)
        n = int(line["n_events"].max())
        ax.plot(
            line["day_offset"],
            line["mean_car_pct"],
            label=f"{label.format(group=group)} (n = {n} event{'s' if n != 1 else ''})",
            linewidth=2,
            markersize=5,
            **style,
        )
        band = line.dropna(subset=["ci95_pct"])
        if len(band):
            ax.fill_between(
                band["day_offset"],
                band["mean_car_pct"] - band["ci95_pct"],
                band["mean_car_pct"] + band["ci95_pct"],
                color=style["color"],
                alpha=0.15,
                linewidth=0,
            )
    ax.axhline(0, color="black", linewidth=0.8)
    ax.axvline(0, color="black", linewidth=0.8, linestyle=":")
    ax.set_xlabel("Trading sessions relative to the event session (day 0)")
    ax.set_ylabel("Mean cumulative abnormal return (%)")
    fig.suptitle(title, fontsize=12, fontweight="bold", x=0.01, ha="left")
    if subtitle:
        ax.set_title(textwrap.fill(subtitle, 110), fontsize=8.5, loc="left", color="#444444")
    missing = [g for g in expected_groups if g not in set(groups)]
    if missing and groups:
        note = "No " + " or ".join(label.format(group=g) for g in missing) + " events with a complete window"
        ax.text(
            0.99, 0.02, note, ha="right", va="bottom", fontsize=8.5, color="#444444", transform=ax.transAxes
        )
    ax.grid(True, color="#DDDDDD", linewidth=0.6)
    ax.set_axisbelow(True)
    if groups:
        offsets = sorted(curves["day_offset"].unique())
        ax.set_xticks(offsets)
        ax.set_xticklabels([f"{d:+d}" if d else "0" for d in offsets])
        ax.legend(
            loc="best", frameon=False, fontsize=9, title="shaded: 95% interval of the mean", title_fontsize=8
        )
    else:
        ax.text(
            0.5, 0.5, "No events with a complete window yet", ha="center", va="center", transform=ax.transAxes
        )
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png")
    return buffer.getvalue()
