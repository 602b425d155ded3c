"""Event-study fits and statistics: statsmodels cross-checks and hand-computed cases."""

from __future__ import annotations

import math
import warnings
from collections.abc import Sequence

import numpy as np
import pandas as pd
import pytest

from transforms.event_study import (
    STANDARD_WINDOWS,
    STATISTIC_COLUMNS,
    MarketModelFit,
    Window,
    event_statistics,
    fit_market_model,
    fit_mean_adjusted,
    normal_two_sided_p,
    standard_windows,
    t_two_sided_p,
    window_label,
)


def _t3_two_sided_p(t: float) -> float:
    """Two-sided p of Student t with 3 dof, closed form: 1 - (2/pi) (x / (1 + x^2) + atan x), x = t/sqrt 3."""
    x = abs(t) / math.sqrt(3.0)
    return 1.0 - (2.0 / math.pi) * (x / (1.0 + x * x) + math.atan(x))


def _frame(events: dict[str, dict[str, object]], **extra: object) -> pd.DataFrame:
    """One row per (event, day): ``events[id] = {"ars": {offset: ar}, "sigma": s, "m": M, ...group cols}``."""
    rows = []
    for event_id, spec in events.items():
        groups = {k: v for k, v in spec.items() if k not in ("ars", "sigma", "m")}
        for offset, ar in spec["ars"].items():
            rows.append(
                {
                    "event_id": event_id,
                    **groups,
                    **extra,
                    "day_offset": offset,
                    "abnormal_return_pct": ar,
                    "est_sigma_pct": spec["sigma"],
                    "est_n_obs": spec["m"],
                }
            )
    return pd.DataFrame(rows)


# Four events, days 0..3, so that
#   [0,0]  CARs  1, 2, 3, -1      and   [0,+3] CARs  2, 4, 6, -2   (exactly double).
# sigma = 1, 2, 1, 1 makes the standardized CARs equal in both windows:
#   [0,0]  SCAR = CAR / (sigma * sqrt 1) = 1/1, 2/2, 3/1, -1/1 = 1, 1, 3, -1
#   [0,+3] SCAR = CAR / (sigma * sqrt 4) = 2/2, 4/4, 6/2, -2/2 = 1, 1, 3, -1
# M = 6, 6, 12, 12 gives Patell variances (M-2)/(M-4) = 4/2, 4/2, 10/8, 10/8 = 2, 2, 1.25, 1.25.
HAND_EVENTS: dict[str, dict[str, object]] = {
    "A": {"ars": {0: 1.0, 1: 0.5, 2: -0.5, 3: 1.0}, "sigma": 1.0, "m": 6},
    "B": {"ars": {0: 2.0, 1: 1.0, 2: 1.0, 3: 0.0}, "sigma": 2.0, "m": 6},
    "C": {"ars": {0: 3.0, 1: 3.0, 2: -1.0, 3: 1.0}, "sigma": 1.0, "m": 12},
    "D": {"ars": {0: -1.0, 1: -2.0, 2: 0.5, 3: 0.5}, "sigma": 1.0, "m": 12},
}
HAND_WINDOWS: tuple[Window, ...] = ((0, 0), (0, 3))

# Cross-sectional t, [0,0]: mean = (1 + 2 + 3 - 1) / 4 = 1.25; deviations -0.25, 0.75, 1.75, -2.25;
#   squares 0.0625 + 0.5625 + 3.0625 + 5.0625 = 8.75; sd = sqrt(8.75 / 3) = sqrt(35/12) = 1.7078251;
#   t = 1.25 / (sd / sqrt 4) = 2.5 / sqrt(35/12) = 1.4638501 (same in [0,+3]: every CAR doubles).
HAND_T = 1.4638501094227998
HAND_T_P = 0.23944259863600303  # _t3_two_sided_p(HAND_T)
# BMP: SCAR mean = (1 + 1 + 3 - 1) / 4 = 1; squares of deviations 0 + 0 + 4 + 4 = 8; sd = sqrt(8/3);
#   t = 1 / (sqrt(8/3) / 2) = sqrt(4 * 3 / 8) = sqrt(1.5) = 1.2247449.
HAND_BMP = math.sqrt(1.5)
HAND_BMP_P = 0.3080680092503574  # _t3_two_sided_p(sqrt 1.5)
# Patell: sum SCAR = 4; sum of variances = 2 + 2 + 1.25 + 1.25 = 6.5; Z = 4 / sqrt(6.5) = 1.5689291.
HAND_PATELL = 4.0 / math.sqrt(6.5)
HAND_PATELL_P = 0.11666446478102338  # erfc(Z / sqrt 2)
# Sign: 3 of 4 CARs positive; z = (3 - 4 * 0.5) / sqrt(4 * 0.25) = 1; p = erfc(1 / sqrt 2) = 0.3173105.
HAND_SIGN_P = 0.31731050786291415


# --------------------------------------------------------------------------------------------------
# (a) fits
# --------------------------------------------------------------------------------------------------


def _synthetic_series() -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(20240601)
    market = rng.normal(0.03, 1.1, 250)
    asset = 0.02 + 1.3 * market + rng.normal(0.0, 0.7, 250)
    return asset, market


def test_fit_market_model_matches_statsmodels_ols() -> None:
    import statsmodels.api as sm

    asset, market = _synthetic_series()
    result = sm.OLS(asset, sm.add_constant(market)).fit()

    fit = fit_market_model(asset, market)

    assert fit.n_obs == 250
    assert fit.alpha == pytest.approx(result.params[0], abs=1e-10)
    assert fit.beta == pytest.approx(result.params[1], abs=1e-10)
    assert fit.sigma == pytest.approx(math.sqrt(result.scale), abs=1e-10)  # scale = SSR / (n - 2)
    assert fit.market_mean == pytest.approx(market.mean(), abs=1e-12)
    assert fit.market_ss == pytest.approx(((market - market.mean()) ** 2).sum(), abs=1e-9)
    np.testing.assert_allclose(fit.abnormal_returns(asset, market), result.resid, rtol=0, atol=1e-10)


def test_prediction_sigma_matches_statsmodels_observation_se() -> None:
    import statsmodels.api as sm

    asset, market = _synthetic_series()
    result = sm.OLS(asset, sm.add_constant(market)).fit()
    event_market = np.array([-3.0, 0.0, 0.5, 4.0])

    expected = result.get_prediction(sm.add_constant(event_market)).se_obs

    np.testing.assert_allclose(
        fit_market_model(asset, market).prediction_sigma(event_market), expected, rtol=0, atol=1e-10
    )


def test_fit_market_model_drops_unpaired_sessions() -> None:
    asset, market = _synthetic_series()
    asset_gappy, market_gappy = asset.copy(), market.copy()
    asset_gappy[[3, 50]] = np.nan
    market_gappy[100] = np.nan
    keep = np.ones(250, dtype=bool)
    keep[[3, 50, 100]] = False

    gappy, clean = fit_market_model(asset_gappy, market_gappy), fit_market_model(asset[keep], market[keep])

    assert gappy.n_obs == 247
    assert (gappy.alpha, gappy.beta, gappy.sigma) == pytest.approx((clean.alpha, clean.beta, clean.sigma))


def test_fit_market_model_hand_case() -> None:
    # Rm = 0, 1, 2, 3; Ra = 1, 3, 4, 7. mean Rm = 1.5, mean Ra = 3.75, Sxx = 2.25 + 0.25 + 0.25 + 2.25 = 5;
    # Sxy = (-1.5)(-2.75) + (-0.5)(-0.75) + (0.5)(0.25) + (1.5)(3.25) = 4.125 + 0.375 + 0.125 + 4.875 = 9.5;
    # beta = 9.5 / 5 = 1.9; alpha = 3.75 - 1.9 * 1.5 = 0.9; fitted 0.9, 2.8, 4.7, 6.6;
    # residuals 0.1, 0.2, -0.7, 0.4; SSR = 0.01 + 0.04 + 0.49 + 0.16 = 0.7; sigma = sqrt(0.7 / 2).
    fit = fit_market_model([1.0, 3.0, 4.0, 7.0], [0.0, 1.0, 2.0, 3.0])
    assert (fit.alpha, fit.beta, fit.sigma) == pytest.approx((0.9, 1.9, math.sqrt(0.35)), abs=1e-12)
    assert (fit.n_obs, fit.market_mean, fit.market_ss) == (4, 1.5, 5.0)


def test_fit_market_model_without_enough_data_is_nan() -> None:
    too_short = fit_market_model([1.0, 2.0], [0.5, 0.7])
    flat_market = fit_market_model([1.0, 2.0, 3.0], [0.5, 0.5, 0.5])
    for fit in (too_short, flat_market):
        assert isinstance(fit, MarketModelFit)
        assert math.isnan(fit.alpha) and math.isnan(fit.beta) and math.isnan(fit.sigma)
    assert (too_short.n_obs, flat_market.n_obs) == (2, 3)
    with pytest.raises(ValueError, match="3 values but market_returns has 2"):
        fit_market_model([1.0, 2.0, 3.0], [1.0, 2.0])


def test_fit_mean_adjusted() -> None:
    # mean = (1 + 2 + 3 + 6) / 4 = 3; deviations -2, -1, 0, 3; SS = 14; sigma = sqrt(14 / 3).
    fit = fit_mean_adjusted([1.0, 2.0, np.nan, 3.0, 6.0])
    assert (fit.mean, fit.sigma, fit.n_obs) == pytest.approx((3.0, math.sqrt(14 / 3), 4))
    np.testing.assert_allclose(fit.abnormal_returns([3.5, 2.0]), [0.5, -1.0])
    single = fit_mean_adjusted([2.0])
    assert single.mean == 2.0 and math.isnan(single.sigma) and single.n_obs == 1


# --------------------------------------------------------------------------------------------------
# (b) hand-computed statistics
# --------------------------------------------------------------------------------------------------


def test_hand_case_every_statistic() -> None:
    out = event_statistics(_frame(HAND_EVENTS, index_id="KS11"), ["index_id"], HAND_WINDOWS)

    assert list(out.columns) == ["index_id", *STATISTIC_COLUMNS]
    assert out["window"].tolist() == ["[0,0]", "[0,+3]"]
    assert out["window_start"].tolist() == [0, 0] and out["window_end"].tolist() == [0, 3]
    for row, scale in zip(out.itertuples(), (1.0, 2.0), strict=True):
        assert (row.n_events, row.n_std_events, row.n_positive) == (4, 4, 3)
        assert row.mean_car_pct == pytest.approx(1.25 * scale, abs=1e-12)
        assert row.car_sd_pct == pytest.approx(math.sqrt(35 / 12) * scale, abs=1e-12)
        assert row.t_stat == pytest.approx(HAND_T, abs=1e-12)
        assert row.p_value == pytest.approx(HAND_T_P, abs=1e-12)
        assert row.patell_z == pytest.approx(HAND_PATELL, abs=1e-12)
        assert row.patell_p == pytest.approx(HAND_PATELL_P, abs=1e-12)
        assert row.bmp_t == pytest.approx(HAND_BMP, abs=1e-12)
        assert row.bmp_p == pytest.approx(HAND_BMP_P, abs=1e-12)
        assert row.sign_z == pytest.approx(1.0, abs=1e-12)
        assert row.sign_p == pytest.approx(HAND_SIGN_P, abs=1e-12)


def test_t3_closed_form_agrees_with_library_p_value() -> None:
    assert t_two_sided_p(HAND_T, 3) == pytest.approx(_t3_two_sided_p(HAND_T), abs=1e-14)
    assert normal_two_sided_p(1.0) == pytest.approx(HAND_SIGN_P, abs=1e-15)
    assert math.isnan(float(t_two_sided_p(2.0, 0)))


def test_cross_sectional_and_bmp_t_match_statsmodels_regression_on_a_constant() -> None:
    import statsmodels.api as sm

    rng = np.random.default_rng(7)
    n_events = 40
    ar = rng.normal(0.1, 1.0, (n_events, 3))
    sigma = rng.uniform(0.5, 2.0, n_events)
    frame = pd.DataFrame(
        {
            "event_id": np.repeat(np.arange(n_events), 3),
            "day_offset": np.tile([-1, 0, 1], n_events),
            "abnormal_return_pct": ar.reshape(-1),
            "est_sigma_pct": np.repeat(sigma, 3),
            "est_n_obs": 120,
        }
    )
    car = ar.sum(axis=1)
    scar = car / (sigma * math.sqrt(3))
    ones = np.ones(n_events)
    car_fit, scar_fit = sm.OLS(car, ones).fit(), sm.OLS(scar, ones).fit()

    row = event_statistics(frame, [], [(-1, 1)]).iloc[0]

    assert row["t_stat"] == pytest.approx(car_fit.tvalues[0], abs=1e-10)
    assert row["p_value"] == pytest.approx(car_fit.pvalues[0], abs=1e-10)
    assert row["bmp_t"] == pytest.approx(scar_fit.tvalues[0], abs=1e-10)
    assert row["bmp_p"] == pytest.approx(scar_fit.pvalues[0], abs=1e-10)
    assert row["patell_z"] == pytest.approx(scar.sum() / math.sqrt(n_events * 118 / 116), abs=1e-10)


def test_window_labels() -> None:
    assert [window_label(w) for w in STANDARD_WINDOWS] == ["[0,0]", "[-1,+1]", "[0,+1]", "[0,+5]", "[-5,+5]"]


# --------------------------------------------------------------------------------------------------
# (c) thin data: NaN, never an exception
# --------------------------------------------------------------------------------------------------


def _stats_without_warnings(
    frame: pd.DataFrame, group_cols: list[str], spec: Sequence[Window] = HAND_WINDOWS
) -> pd.DataFrame:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        return event_statistics(frame, group_cols, spec)


TESTS = ["t_stat", "p_value", "patell_z", "patell_p", "bmp_t", "bmp_p", "sign_z", "sign_p"]


def test_single_event_gives_nan_statistics() -> None:
    out = _stats_without_warnings(_frame({"A": HAND_EVENTS["A"]}), [])
    first = out.iloc[0]
    assert (first["n_events"], first["n_std_events"], first["mean_car_pct"]) == (1, 1, 1.0)
    assert first[["car_sd_pct", *TESTS]].isna().all()


def test_missing_estimation_statistics_drop_out_of_patell_and_bmp_only() -> None:
    events = {key: dict(spec) for key, spec in HAND_EVENTS.items()}
    events["B"]["sigma"] = np.nan  # no history
    events["C"]["m"] = 4  # (M-2)/(M-4) undefined

    out = _stats_without_warnings(_frame(events), [], [(0, 0)]).iloc[0]

    # t and sign are unchanged (all 4 CARs); Patell/BMP use A and D only: SCAR 1 and -1.
    assert (out["n_events"], out["n_std_events"]) == (4, 2)
    assert out["t_stat"] == pytest.approx(HAND_T, abs=1e-12)
    assert out["patell_z"] == pytest.approx(0.0, abs=1e-12)  # (1 - 1) / sqrt(2 + 1.25)
    assert out["bmp_t"] == pytest.approx(0.0, abs=1e-12)  # mean 0, sd sqrt(2)

    for key in events:
        events[key]["sigma"] = np.nan
    none = _stats_without_warnings(_frame(events), [], [(0, 0)]).iloc[0]
    assert none["n_std_events"] == 0 and none["t_stat"] == pytest.approx(HAND_T, abs=1e-12)
    assert none[["patell_z", "patell_p", "bmp_t", "bmp_p"]].isna().all()


def test_missing_returns_drop_the_event_from_windows_that_cover_them() -> None:
    frame = _frame(HAND_EVENTS)
    frame.loc[(frame["event_id"] == "D") & (frame["day_offset"] == 2), "abnormal_return_pct"] = np.nan
    frame = frame[~((frame["event_id"] == "C") & (frame["day_offset"] == 3))]  # no row at all

    out = _stats_without_warnings(frame, [], HAND_WINDOWS).set_index("window")

    assert out.loc["[0,0]", "n_events"] == 4 and out.loc["[0,0]", "t_stat"] == pytest.approx(HAND_T)
    # [0,+3]: only A and B complete, CARs 2 and 4: mean 3, sd sqrt(2), t = 3 / (sqrt 2 / sqrt 2) = 3.
    assert out.loc["[0,+3]", "n_events"] == 2
    assert out.loc["[0,+3]", "t_stat"] == pytest.approx(3.0, abs=1e-12)


def test_windows_outside_the_data_and_degenerate_samples() -> None:
    out = _stats_without_warnings(_frame(HAND_EVENTS), [], STANDARD_WINDOWS).set_index("window")
    # Days -1 and -5 are absent, so every window reaching back has no complete event.
    for label in ["[-1,+1]", "[-5,+5]", "[0,+5]"]:
        assert out.loc[label, "n_events"] == 0
        assert out.loc[label, ["mean_car_pct", "car_sd_pct", *TESTS]].isna().all()
    assert out.loc["[0,+1]", "n_events"] == 4

    same = {k: {"ars": {0: 0.5}, "sigma": 1.0, "m": 50} for k in "XYZ"}
    flat = _stats_without_warnings(_frame(same), [], [(0, 0)]).iloc[0]
    assert flat["car_sd_pct"] == 0.0 and math.isnan(flat["t_stat"]) and math.isnan(flat["bmp_t"])
    assert flat["sign_z"] == pytest.approx(3**0.5, abs=1e-12)  # (3 - 1.5) / sqrt(0.75)


def test_empty_input_and_bad_input() -> None:
    empty = _frame(HAND_EVENTS, index_id="KS11").iloc[0:0]
    out = _stats_without_warnings(empty, ["index_id"], HAND_WINDOWS)
    assert out.empty and list(out.columns) == ["index_id", *STATISTIC_COLUMNS]

    doubled = pd.concat([_frame(HAND_EVENTS), _frame({"C": HAND_EVENTS["C"]})])
    with pytest.raises(ValueError, match="event_id 'C' has day_offset 0 more than once"):
        event_statistics(doubled, [], HAND_WINDOWS)
    with pytest.raises(ValueError, match=r"lacks columns \['theme'\]"):
        event_statistics(_frame(HAND_EVENTS), ["theme"], HAND_WINDOWS)
    with pytest.raises(ValueError, match=r"window \[\+2,\+1\] starts after it ends"):
        event_statistics(_frame(HAND_EVENTS), [], [(2, 1)])


# --------------------------------------------------------------------------------------------------
# (d) groups
# --------------------------------------------------------------------------------------------------


def test_groups_are_separated() -> None:
    hand = {k: {**spec, "index_id": "KS11", "theme": "rates"} for k, spec in HAND_EVENTS.items()}
    # Group (N225, rates): CARs 5 and 7 in [0,0]: mean 6, sd sqrt 2, t = 6 / (sqrt 2 / sqrt 2) = 6,
    #   p (1 dof, Cauchy) = 1 - (2/pi) atan 6; sign z = (2 - 1) / sqrt(0.5) = sqrt 2, p = erfc(1).
    other = {
        "E": {
            "ars": {0: 5.0, 1: 0.0, 2: 0.0, 3: 0.0},
            "sigma": 1.0,
            "m": 6,
            "index_id": "N225",
            "theme": "rates",
        },
        "F": {
            "ars": {0: 7.0, 1: 0.0, 2: 0.0, 3: 0.0},
            "sigma": 1.0,
            "m": 6,
            "index_id": "N225",
            "theme": "rates",
        },
        # Same index as the hand events but another theme, and a missing theme: their own groups.
        "G": {
            "ars": {0: -9.0, 1: 0.0, 2: 0.0, 3: 0.0},
            "sigma": 1.0,
            "m": 6,
            "index_id": "KS11",
            "theme": "oil",
        },
        "H": {
            "ars": {0: 4.0, 1: 0.0, 2: 0.0, 3: 0.0},
            "sigma": 1.0,
            "m": 6,
            "index_id": "KS11",
            "theme": None,
        },
    }
    frame = _frame({**hand, **other}).sample(frac=1.0, random_state=3)  # events interleaved

    out = _stats_without_warnings(frame, ["index_id", "theme"], HAND_WINDOWS)
    keyed = out.set_index(["index_id", "theme", "window"])

    assert len(out) == 4 * 2  # 4 groups x 2 windows, NaN theme kept as a group
    ks11_rates = keyed.loc[("KS11", "rates", "[0,0]")]
    assert ks11_rates["n_events"] == 4 and ks11_rates["t_stat"] == pytest.approx(HAND_T, abs=1e-12)
    assert ks11_rates["patell_z"] == pytest.approx(HAND_PATELL, abs=1e-12)
    n225 = keyed.loc[("N225", "rates", "[0,0]")]
    assert (n225["n_events"], n225["mean_car_pct"], n225["t_stat"]) == pytest.approx((2, 6.0, 6.0), abs=1e-12)
    assert n225["p_value"] == pytest.approx(1 - (2 / math.pi) * math.atan(6.0), abs=1e-12)
    assert n225["sign_z"] == pytest.approx(math.sqrt(2.0), abs=1e-12)
    assert n225["sign_p"] == pytest.approx(math.erfc(1.0), abs=1e-12)
    singles = out[out["index_id"].eq("KS11") & ~out["theme"].eq("rates")]
    assert len(singles) == 4 and (singles["n_events"] == 1).all() and singles["t_stat"].isna().all()
    assert singles["theme"].isna().sum() == 2

    # Every group's row equals the statistics of its events run alone.
    for (index_id, theme), part in frame.groupby(["index_id", "theme"], dropna=False):
        alone = event_statistics(part, [], HAND_WINDOWS).drop(columns=["window_start", "window_end"])
        mask = out["index_id"].eq(index_id) & (
            out["theme"].eq(theme) | (out["theme"].isna() & pd.isna(theme))
        )
        together = out[mask].drop(columns=["index_id", "theme", "window_start", "window_end"])
        pd.testing.assert_frame_equal(together.reset_index(drop=True), alone)


def test_sign_test_counts_a_zero_car_as_not_positive() -> None:
    # CARs 0, 1, 2, -1: 2 of 4 strictly positive; z = (2 - 4 * 0.5) / sqrt(4 * 0.25) = 0, p = 1.
    events = {
        k: {"ars": {0: car}, "sigma": 1.0, "m": 50}
        for k, car in zip("WXYZ", [0.0, 1.0, 2.0, -1.0], strict=True)
    }
    out = _stats_without_warnings(_frame(events), [], [(0, 0)]).iloc[0]
    assert (out["n_positive"], out["sign_z"], out["sign_p"]) == (2, 0.0, 1.0)


def test_standard_windows_follow_k_and_are_each_tested_once():
    assert standard_windows(5) == STANDARD_WINDOWS
    assert standard_windows(10) == ((0, 0), (-1, 1), (0, 1), (0, 10), (-10, 10))
    assert standard_windows(1) == ((0, 0), (-1, 1), (0, 1))
    with pytest.raises(ValueError, match="k >= 1"):
        standard_windows(0)
