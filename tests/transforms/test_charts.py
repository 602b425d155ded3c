"""The CAR chart is a real PNG of the expected size, for data and for no data."""

from __future__ import annotations

import io

import pandas as pd
from matplotlib import image

from transforms.charts import car_chart_png


def curves(groups: dict[str, list[float]], n: dict[str, int]) -> pd.DataFrame:
    return pd.DataFrame(
        [
            {"group_value": g, "day_offset": d - 2, "n_events": n[g], "mean_car_pct": v, "ci95_pct": 0.4}
            for g, values in groups.items()
            for d, v in enumerate(values)
        ]
    )


def decode(png: bytes):
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    return image.imread(io.BytesIO(png), format="png")


def test_chart_of_two_tone_groups_is_an_880_by_528_png():
    data = curves(
        {"positive": [0, 0.2, 0.9, 1.1, 1.0], "negative": [0, -0.1, -0.8, -1.2, -1.3]},
        {"positive": 12, "negative": 9},
    )
    pixels = decode(car_chart_png(data, title="CAR by tone"))
    assert pixels.shape[:2] == (528, 880)  # 8 x 4.8 inches at 110 dpi
    # Both line colours are drawn: the Okabe-Ito blue (0, 114, 178) and vermillion (213, 94, 0).
    rgb = (pixels[..., :3] * 255).round().astype(int).reshape(-1, 3)
    colours = {tuple(c) for c in rgb}
    assert (0, 114, 178) in colours and (213, 94, 0) in colours


def test_chart_without_rows_still_renders():
    empty = pd.DataFrame(columns=["group_value", "day_offset", "n_events", "mean_car_pct", "ci95_pct"])
    pixels = decode(car_chart_png(empty, title="CAR by tone"))
    assert pixels.shape[:2] == (528, 880)


def test_chart_is_deterministic():
    data = curves({"negative": [0, -0.1, -0.8, -1.2, -1.3]}, {"negative": 1})
    assert car_chart_png(data, title="t") == car_chart_png(data, title="t")
