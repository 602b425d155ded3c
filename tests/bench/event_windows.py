"""Benchmark of ``sql/marts/event_windows.sql``: SYNTHETIC data, 1,000,000 news events over 30 years of
25 indices (the reference indices on their real exchange calendars, random-walk closes), 11-day windows
(the default k = 5) with the market model where a benchmark is set: marts.event_estimates then
marts.event_windows, written to a DuckDB file. Target: at most 10 s for the two.

Nothing here is real market data: closes are a seeded random walk, events are uniform random sessions.
"""

from __future__ import annotations

import os
import resource
import tempfile
import time
from datetime import date
from pathlib import Path

import duckdb
import numpy as np
import pandas as pd

from orchestration.resources import NewsmarketSettings
from orchestration.sql import run_sql_file
from transforms.sessions import exchange_sessions

REFERENCE = Path(__file__).resolve().parents[2] / "data" / "reference"
START, END = date(1996, 1, 1), date(2025, 12, 31)
N_EVENTS = 1_000_000
TARGET_SECONDS = 10.0
SEED = 20250618
N_INDICES = 25
RUNS = 3  # best of: the machine is shared, so one slow run says little


def build_inputs(
    conn: duckdb.DuckDBPyConnection, n_events: int = N_EVENTS, seed: int = SEED
) -> dict[str, int]:
    """Load the synthetic warehouse inputs of event_windows.sql into ``conn``; returns their sizes."""
    rng = np.random.default_rng(seed)
    # The scale: 25 indices (the first 25 rows of the reference table).
    indices = pd.read_csv(REFERENCE / "indices.csv", dtype=str, keep_default_na=False).head(N_INDICES)
    aliases = pd.DataFrame({"index_id": pd.Series(dtype=str), "alias": pd.Series(dtype=str)})
    run_sql_file(
        conn, "staging/indices.sql", frames={"incoming_indices": indices, "incoming_index_aliases": aliases}
    )
    calendars = sorted(set(indices["exchange_calendar"]))
    sessions = pd.concat([exchange_sessions(c, START, END) for c in calendars], ignore_index=True)
    run_sql_file(conn, "staging/exchange_sessions.sql", frames={"incoming_exchange_sessions": sessions})

    # Random-walk closes on every session of each index's calendar (synthetic).
    frames = []
    for index_id, calendar in zip(indices["index_id"], indices["exchange_calendar"], strict=True):
        days = sessions.loc[sessions["exchange_calendar"] == calendar, "session_date"].to_numpy()
        log_returns = rng.normal(0.0003, 0.012, size=len(days))
        close = 1000.0 * np.exp(np.cumsum(log_returns))
        frames.append(pd.DataFrame({"index_id": index_id, "session_date": days, "close": close}))
    closes = pd.concat(frames, ignore_index=True)
    closes = closes.assign(
        open=None, high=None, low=None, volume=None, source="synthetic", locator="synthetic"
    )
    run_sql_file(conn, "staging/index_closes.sql", frames={"incoming_index_closes": closes})
    run_sql_file(conn, "marts/index_returns.sql")

    # Events: uniform random (index, session) pairs, each its own article.
    pick = rng.integers(0, len(closes), size=n_events)
    events = pd.DataFrame(
        {
            "article_id": [f"{i:016x}" for i in range(n_events)],
            "index_id": closes["index_id"].to_numpy()[pick],
            "event_session_date": closes["session_date"].to_numpy()[pick],
        }
    )
    conn.register("incoming_events", events)
    conn.execute("create or replace table marts.news_events as select * from incoming_events")
    conn.unregister("incoming_events")
    return {"indices": len(indices), "sessions": len(sessions), "closes": len(closes), "events": n_events}


def _cpu_seconds() -> float:
    """User + system CPU time of this process, DuckDB's threads included."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def main() -> bool:
    settings = NewsmarketSettings(ar_model="market")
    with tempfile.TemporaryDirectory() as tmp:
        conn = duckdb.connect(str(Path(tmp) / "bench.duckdb"))
        t0 = time.perf_counter()
        sizes = build_inputs(conn)
        print(f"synthetic inputs built in {time.perf_counter() - t0:.1f} s: {sizes}")
        conn.execute("set enable_progress_bar = false")
        runs = []
        for _ in range(RUNS):
            cpu0, t0 = _cpu_seconds(), time.perf_counter()
            run_sql_file(conn, "marts/event_estimates.sql", settings.event_window_params())
            t1 = time.perf_counter()
            run_sql_file(conn, "marts/event_windows.sql", settings.event_window_params())
            runs.append((time.perf_counter() - t0, t1 - t0, _cpu_seconds() - cpu0))
        seconds, estimates_seconds, cpu_seconds = min(runs)
        n_rows, n_car = conn.execute("select count(*), count(car_pct) from marts.event_windows").fetchall()[0]
        conn.close()
    print(
        f"event_windows: {sizes['events']:,} events x {2 * settings.event_window_days + 1} days = {n_rows:,} rows "
        f"({n_car:,} with a CAR) in {seconds:.2f} s (best of {RUNS}: {', '.join(f'{r[0]:.2f}' for r in runs)}), "
        f"of which marts.event_estimates {estimates_seconds:.2f} s; CPU {cpu_seconds:.1f} s over "
        f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} "
        f"(target <= {TARGET_SECONDS:.0f} s)"
    )
    return seconds <= TARGET_SECONDS


if __name__ == "__main__":
    raise SystemExit(0 if main() else 1)
