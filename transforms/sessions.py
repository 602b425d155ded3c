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
    """Sessions of one exchange between ``start`` and ``end`` (inclusive), clipped to the calendar's bounds."""
    calendar = xcals.get_calendar(calendar_code, start=_clip_start(calendar_code, start), end=end)
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


def _clip_start(calendar_code: str, start: date) -> pd.Timestamp:
    """``start``, moved up to the first date the calendar can evaluate (XTKS starts in 1997)."""
    dispatcher = xcals.calendar_utils.global_calendar_dispatcher
    first = dispatcher._calendar_factories[dispatcher.resolve_alias(calendar_code)].bound_min()
    return pd.Timestamp(start) if first is None else max(pd.Timestamp(start), first)
