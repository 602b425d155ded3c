"""Exchange sessions from ``exchange_calendars``: the trading days and their open/close instants.

Sessions are tz-naive dates; open and close are UTC instants. Holidays and half days come from the
calendar, never from a weekday rule. ``start``/``end`` are always explicit, as the library requires
for reproducible bounds.
"""

from __future__ import annotations

from datetime import date

import exchange_calendars as xcals
import pandas as pd

SESSION_COLUMNS = ["exchange_calendar", "session_date", "open_utc", "close_utc"]


def exchange_sessions(calendar_code: str, start: date, end: date) -> pd.DataFrame:
    """Sessions of one exchange between ``start`` and ``end`` (inclusive), within the calendar's bounds."""
    lo, hi = _bounds(calendar_code, start, end)
    calendar = xcals.get_calendar(calendar_code, start=lo, end=hi)
    schedule = calendar.schedule.loc[:, ["open", "close"]]
    return pd.DataFrame(
        {
            "exchange_calendar": calendar_code,
            "session_date": schedule.index.date,
            "open_utc": schedule["open"].to_numpy(),
            "close_utc": schedule["close"].to_numpy(),
        }
    )


def session_dates(calendar_code: str, start: date, end: date) -> frozenset[date]:
    """The set of session dates of one exchange between ``start`` and ``end``."""
    return frozenset(exchange_sessions(calendar_code, start, end)["session_date"])


def _bounds(calendar_code: str, start: date, end: date) -> tuple[pd.Timestamp, pd.Timestamp]:
    """``start``/``end`` clipped to the dates the calendar can evaluate (XTKS starts in 1997; some
    calendars record holidays only a year or so ahead)."""
    dispatcher = xcals.calendar_utils.global_calendar_dispatcher
    factory = dispatcher._calendar_factories[dispatcher.resolve_alias(calendar_code)]
    lo, hi = pd.Timestamp(start), pd.Timestamp(end)
    first, last = factory.bound_min(), factory.bound_max()
    if first is not None:
        lo = max(lo, first)
    if last is not None:
        hi = min(hi, last)
    return lo, hi
