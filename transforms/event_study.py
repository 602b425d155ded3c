"""Event-study statistics: estimation-window fits and cross-sectional tests of cumulative abnormal returns.

Follows MacKinlay (1997). For event ``i`` and window ``[a, b]`` of ``L = b - a + 1`` sessions:

- ``CAR_i = sum(AR_i,t for t in a..b)``, only for events whose AR is present on every session of the window;
- ``SCAR_i = CAR_i / (sigma_i * sqrt(L))``, with ``sigma_i`` the std dev of the event's abnormal returns in
  its estimation window (``M_i`` observations). This is the simple form: it ignores the estimation error
  of the expected return (per session ``1/M_i + (Rm_t - mean Rm)^2 / SS_m`` on top of 1 for the market
  model, and its covariance across the window's sessions), which inflates the CAR variance by roughly
  ``L / M_i``: under 5% for an 11-session window and ``M_i`` >= 250. ``MarketModelFit`` keeps
  ``market_mean`` and ``market_ss`` so a caller can apply the per-session correction.

Tests per (group, window), over the ``N`` events with a complete CAR:

- cross-sectional t: ``t = mean(CAR) / (sd(CAR) / sqrt(N))`` (sd with ``N-1`` dof), two-sided p from
  Student t with ``N-1`` dof;
- Patell (1976): ``Z = sum(SCAR_i) / sqrt(sum((M_i - 2) / (M_i - 4)))``, two-sided normal p;
- Boehmer, Musumeci & Poulsen (1991): ``t = mean(SCAR) / (sd(SCAR) / sqrt(N'))``, two-sided p from Student t
  with ``N'-1`` dof;
- simple sign test (p = 0.5 under the null, *not* Cowan's generalized sign test):
  ``z = (N+ - N/2) / sqrt(N/4)`` with ``N+`` the number of CARs strictly above 0 (a CAR of exactly 0
  counts as not positive), two-sided normal p.

Patell and BMP use only the ``N'`` events with usable estimation statistics (``est_sigma_pct`` finite
and > 0, ``est_n_obs`` > 4 so that ``(M-2)/(M-4)`` is defined and positive); ``n_std_events`` reports
``N'``. Every statistic is NaN when its sample has fewer than 2 events, and t / BMP are NaN when the
sample sd is 0 (the ratio is undefined). Nothing raises for thin data.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
import pandas as pd
from scipy import special

Window = tuple[int, int]


def standard_windows(k: int) -> tuple[Window, ...]:
    """The windows tested for events with sessions -k..+k around them: [0,0], [-1,+1], [0,+1], [0,+k] and
    [-k,+k], each once."""
    if k < 1:
        raise ValueError(f"event windows need k >= 1, got {k}")
    return tuple(dict.fromkeys(((0, 0), (-1, 1), (0, 1), (0, k), (-k, k))))


STANDARD_WINDOWS: tuple[Window, ...] = standard_windows(5)

WINDOW_INPUT_COLUMNS = ["event_id", "day_offset", "abnormal_return_pct", "est_sigma_pct", "est_n_obs"]
STATISTIC_COLUMNS = [
    "window",
    "window_start",
    "window_end",
    "n_events",
    "n_std_events",
    "n_positive",
    "mean_car_pct",
    "car_sd_pct",
    "t_stat",
    "p_value",
    "patell_z",
    "patell_p",
    "bmp_t",
    "bmp_p",
    "sign_z",
    "sign_p",
]

ArrayLike = Sequence[float] | npt.NDArray[np.floating] | pd.Series
FloatArray = npt.NDArray[np.float64]


# --------------------------------------------------------------------------------------------------
# Estimation-window fits
# --------------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class MarketModelFit:
    """OLS fit of ``R_asset = alpha + beta * R_market + e`` over an estimation window.

    ``sigma`` is the residual std dev with ``n_obs - 2`` dof; ``market_mean`` and ``market_ss``
    (``sum((Rm - mean Rm)^2)``) are kept for the prediction-error correction. Units follow the inputs.
    """

    alpha: float
    beta: float
    sigma: float
    n_obs: int
    market_mean: float
    market_ss: float

    def abnormal_returns(self, asset_returns: ArrayLike, market_returns: ArrayLike) -> FloatArray:
        """``AR_t = R_asset,t - (alpha + beta * R_market,t)``."""
        asset, market = _as_float(asset_returns), _as_float(market_returns)
        return asset - (self.alpha + self.beta * market)

    def prediction_sigma(self, market_returns: ArrayLike) -> FloatArray:
        """Out-of-sample AR std dev: ``sigma * sqrt(1 + 1/n + (Rm - market_mean)^2 / market_ss)``."""
        market = _as_float(market_returns)
        return self.sigma * np.sqrt(
            1.0 + 1.0 / self.n_obs + (market - self.market_mean) ** 2 / self.market_ss
        )


@dataclass(frozen=True, slots=True)
class MeanAdjustedFit:
    """Constant-mean model: ``AR_t = R_t - mean``; ``sigma`` is the sample std dev (``n_obs - 1`` dof)."""

    mean: float
    sigma: float
    n_obs: int

    def abnormal_returns(self, asset_returns: ArrayLike) -> FloatArray:
        """``AR_t = R_t - mean``."""
        return _as_float(asset_returns) - self.mean


def fit_market_model(asset_returns: ArrayLike, market_returns: ArrayLike) -> MarketModelFit:
    """Fit the market model by OLS on the sessions where both returns are present.

    ``beta = Sxy / Sxx``, ``alpha = mean(Ra) - beta * mean(Rm)``, ``sigma = sqrt(SSR / (n - 2))``.
    Returns NaN alpha/beta/sigma (with the real ``n_obs``) when fewer than 3 paired observations remain
    or the market return does not vary; raises ValueError when the inputs differ in length.
    """
    asset, market = _as_float(asset_returns), _as_float(market_returns)
    if asset.shape != market.shape:
        raise ValueError(
            f"fit_market_model: asset_returns has {asset.size} values but market_returns has {market.size}"
        )
    keep = np.isfinite(asset) & np.isfinite(market)
    asset, market = asset[keep], market[keep]
    n = int(asset.size)
    market_mean = float(market.mean()) if n else math.nan
    market_ss = float(((market - market_mean) ** 2).sum()) if n else math.nan
    if n < 3 or not market_ss > 0.0:
        return MarketModelFit(math.nan, math.nan, math.nan, n, market_mean, market_ss)
    asset_mean = float(asset.mean())
    # Centred sums rather than the normal equations: no cancellation when returns have a large mean.
    beta = float(((market - market_mean) * (asset - asset_mean)).sum()) / market_ss
    alpha = asset_mean - beta * market_mean
    residuals = asset - (alpha + beta * market)
    sigma = math.sqrt(float((residuals**2).sum()) / (n - 2))
    return MarketModelFit(alpha, beta, sigma, n, market_mean, market_ss)


def fit_mean_adjusted(asset_returns: ArrayLike) -> MeanAdjustedFit:
    """Mean and sample std dev (``n - 1`` dof) of the finite returns; sigma is NaN below 2 observations."""
    asset = _as_float(asset_returns)
    asset = asset[np.isfinite(asset)]
    n = int(asset.size)
    mean = float(asset.mean()) if n else math.nan
    sigma = float(asset.std(ddof=1)) if n >= 2 else math.nan
    return MeanAdjustedFit(mean, sigma, n)


# --------------------------------------------------------------------------------------------------
# p-values
# --------------------------------------------------------------------------------------------------


def normal_two_sided_p(z: npt.ArrayLike) -> FloatArray:
    """``P(|Z| >= |z|)`` for standard normal Z: ``erfc(|z| / sqrt(2))``; NaN stays NaN."""
    return special.erfc(np.abs(np.asarray(z, dtype=np.float64)) / math.sqrt(2.0))


def t_two_sided_p(t: npt.ArrayLike, dof: npt.ArrayLike) -> FloatArray:
    """``P(|T| >= |t|)`` for Student T with ``dof`` degrees of freedom; NaN where dof < 1 or t is NaN."""
    t_arr = np.asarray(t, dtype=np.float64)
    dof_arr = np.asarray(dof, dtype=np.float64)
    with np.errstate(invalid="ignore"):
        p = 2.0 * special.stdtr(dof_arr, -np.abs(t_arr))
    return np.where(dof_arr >= 1, p, np.nan)


def window_label(window: Window) -> str:
    """``(-1, 1)`` -> ``"[-1,+1]"``, ``(0, 5)`` -> ``"[0,+5]"``."""
    return "[" + ",".join(f"{d:+d}" if d else "0" for d in window) + "]"


# --------------------------------------------------------------------------------------------------
# Cross-sectional statistics
# --------------------------------------------------------------------------------------------------


def event_statistics(
    windows: pd.DataFrame,
    group_cols: list[str],
    windows_spec: Sequence[Window] = STANDARD_WINDOWS,
) -> pd.DataFrame:
    """CAR tests per group and event window (formulas in the module docstring).

    ``windows`` has one row per (event_id, day_offset) with ``abnormal_return_pct`` (NaN when the session
    has no close); ``est_sigma_pct``, ``est_n_obs`` and the group columns are event-level and are read
    from each event's first row. A missing row counts like a NaN AR: the event drops out of every window
    that covers that day. Returns one row per (group values, window) for every group present in the
    input, in group order then ``windows_spec`` order, with columns ``group_cols + STATISTIC_COLUMNS``.
    ``group_cols=[]`` pools all events. Raises ValueError on missing columns, a bad window, or a repeated
    (event_id, day_offset).
    """
    spec = [(int(a), int(b)) for a, b in windows_spec]
    for a, b in spec:
        if a > b:
            raise ValueError(f"event_statistics: window {window_label((a, b))} starts after it ends")
    missing = [c for c in WINDOW_INPUT_COLUMNS + list(group_cols) if c not in windows.columns]
    if missing:
        raise ValueError(f"event_statistics: input lacks columns {missing}")

    event_codes, _ = pd.factorize(windows["event_id"], use_na_sentinel=False)
    offsets = _integer_offsets(windows["day_offset"])
    # factorize numbers events in order of first appearance, so a row is its event's first exactly when its
    # code exceeds every earlier code; these rows are events 0..n-1 in order.
    first_rows = event_codes > np.maximum.accumulate(np.concatenate(([-1], event_codes[:-1])))
    events = windows.loc[first_rows, list(group_cols) + ["est_sigma_pct", "est_n_obs"]]
    n_events_total = len(events)

    lo = min((a for a, _ in spec), default=0)
    hi = max((b for _, b in spec), default=0)
    span = hi - lo + 1
    in_span = (offsets >= lo) & (offsets <= hi)
    codes_in, cols_in = event_codes[in_span], offsets[in_span] - lo
    flat = codes_in.astype(np.int64) * span + cols_in
    repeated = np.flatnonzero(np.bincount(flat, minlength=n_events_total * span) > 1)
    if repeated.size:
        event_id = windows["event_id"].iloc[int(np.flatnonzero(first_rows)[repeated[0] // span])]
        raise ValueError(
            f"event_statistics: event_id {event_id!r} has day_offset {int(repeated[0] % span + lo)} "
            "more than once"
        )
    # Dense event x day matrix of ARs (NaN where absent); small because only window days are kept.
    ar = np.full((n_events_total, span), np.nan)
    ar[codes_in, cols_in] = windows["abnormal_return_pct"].to_numpy(dtype=np.float64, na_value=np.nan)[
        in_span
    ]

    group_codes, group_keys = _group_events(events, list(group_cols))
    n_groups = len(group_keys)

    sigma = events["est_sigma_pct"].to_numpy(dtype=np.float64, na_value=np.nan)
    m_obs = pd.to_numeric(events["est_n_obs"], errors="coerce").to_numpy(dtype=np.float64, na_value=np.nan)
    has_est = np.isfinite(sigma) & (sigma > 0) & np.isfinite(m_obs) & (m_obs > 4)
    with np.errstate(invalid="ignore", divide="ignore"):
        patell_var = np.where(has_est, (m_obs - 2.0) / (m_obs - 4.0), np.nan)

    per_window = [
        _window_statistics(ar[:, a - lo : b - lo + 1], sigma, has_est, patell_var, group_codes, n_groups)
        for a, b in spec
    ]
    # Interleave to group-major order: row g * W + w is group g, window w.
    n_windows = len(spec)
    if group_cols:
        frame = group_keys.repeat(n_windows).to_frame(index=False)
    else:
        frame = pd.DataFrame(index=pd.RangeIndex(n_groups * n_windows))
    frame["window"] = [window_label(w) for w in spec] * n_groups
    frame["window_start"] = np.tile(np.array([a for a, _ in spec], dtype=np.int64), n_groups)
    frame["window_end"] = np.tile(np.array([b for _, b in spec], dtype=np.int64), n_groups)
    for name in STATISTIC_COLUMNS[3:]:
        if per_window:
            frame[name] = np.stack([stats[name] for stats in per_window], axis=1).reshape(-1)
        else:
            frame[name] = np.array([], dtype=np.float64)
    return frame.reset_index(drop=True)


def _window_statistics(
    ar: FloatArray,
    sigma: FloatArray,
    has_est: npt.NDArray[np.bool_],
    patell_var: FloatArray,
    group_codes: npt.NDArray[np.int64],
    n_groups: int,
) -> dict[str, npt.NDArray[np.generic]]:
    """All statistics of one window for every group, from the event x day AR block of that window."""
    length = ar.shape[1]
    complete = ~np.isnan(ar).any(axis=1)
    car = ar[complete].sum(axis=1)
    g = group_codes[complete]
    n, mean_car, car_sd = _group_mean_sd(car, g, n_groups)
    n_positive = np.bincount(g, weights=(car > 0), minlength=n_groups).astype(np.int64)

    std_ok = has_est[complete]
    scar = car[std_ok] / (sigma[complete][std_ok] * math.sqrt(length))
    g_std = g[std_ok]
    n_std, mean_scar, scar_sd = _group_mean_sd(scar, g_std, n_groups)
    sum_scar = np.bincount(g_std, weights=scar, minlength=n_groups)
    sum_var = np.bincount(g_std, weights=patell_var[complete][std_ok], minlength=n_groups)

    enough, enough_std = n >= 2, n_std >= 2
    with np.errstate(invalid="ignore", divide="ignore"):
        t_stat = np.where(enough & (car_sd > 0), mean_car / (car_sd / np.sqrt(n)), np.nan)
        bmp_t = np.where(enough_std & (scar_sd > 0), mean_scar / (scar_sd / np.sqrt(n_std)), np.nan)
        patell_z = np.where(enough_std, sum_scar / np.sqrt(sum_var), np.nan)
        sign_z = np.where(enough, (n_positive - 0.5 * n) / np.sqrt(0.25 * n), np.nan)
    return {
        "n_events": n,
        "n_std_events": n_std,
        "n_positive": n_positive,
        "mean_car_pct": mean_car,
        "car_sd_pct": car_sd,
        "t_stat": t_stat,
        "p_value": t_two_sided_p(t_stat, n - 1),
        "patell_z": patell_z,
        "patell_p": normal_two_sided_p(patell_z),
        "bmp_t": bmp_t,
        "bmp_p": t_two_sided_p(bmp_t, n_std - 1),
        "sign_z": sign_z,
        "sign_p": normal_two_sided_p(sign_z),
    }


def _group_mean_sd(
    values: FloatArray, groups: npt.NDArray[np.int64], n_groups: int
) -> tuple[npt.NDArray[np.int64], FloatArray, FloatArray]:
    """Per-group count, mean (NaN if empty) and sample sd (NaN below 2), two-pass for accuracy."""
    n = np.bincount(groups, minlength=n_groups).astype(np.int64)
    with np.errstate(invalid="ignore", divide="ignore"):
        mean = np.bincount(groups, weights=values, minlength=n_groups) / n
        ss = np.bincount(groups, weights=(values - mean[groups]) ** 2, minlength=n_groups)
        sd = np.where(n >= 2, np.sqrt(ss / (n - 1)), np.nan)
    return n, np.where(n >= 1, mean, np.nan), sd


def _group_events(events: pd.DataFrame, group_cols: list[str]) -> tuple[npt.NDArray[np.int64], pd.Index]:
    """Group number of each event (sorted group order, NaN keys kept) and the group keys in that order."""
    if not group_cols:
        return np.zeros(len(events), dtype=np.int64), pd.RangeIndex(1 if len(events) else 0)
    grouped = events.groupby(group_cols, dropna=False, sort=True, observed=True)
    return grouped.ngroup().to_numpy(dtype=np.int64), grouped.size().index


def _integer_offsets(day_offset: pd.Series) -> npt.NDArray[np.int64]:
    """``day_offset`` as int64; raises ValueError when a value is missing or not a whole number."""
    if pd.api.types.is_integer_dtype(day_offset.dtype) and not day_offset.hasnans:
        return day_offset.to_numpy(dtype=np.int64)
    values = pd.to_numeric(day_offset, errors="coerce").to_numpy(dtype=np.float64, na_value=np.nan)
    bad = ~np.isfinite(values) | (values != np.round(values))
    if bad.any():
        raise ValueError(
            f"event_statistics: day_offset {day_offset.iloc[int(np.flatnonzero(bad)[0])]!r} is not an integer"
        )
    return values.astype(np.int64)


def _as_float(values: ArrayLike) -> FloatArray:
    """A 1-D float64 copy-free view where possible."""
    return np.asarray(values, dtype=np.float64).reshape(-1)
