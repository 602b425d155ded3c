"""Parse daily index-close CSV files in the common vendor layouts into ``IndexClose`` records.

Layouts (detected from the header, case-insensitive):
- ``wide``: ``Date,Open,High,Low,Close[,Adj Close],Volume`` (Yahoo, Stooq, and the bundled
  reference files); the index comes from the file name (``N225.csv``, ``^N225.csv``, ``KS11.csv``,
  Stooq's ``^nkx_d.csv``) or, for a URL template, from the index it was filled for.
- ``long``: ``index_id,date,close`` (optionally open/high/low/volume): many indices in one file.

Thousands separators, blank lines and unsorted rows are fine. A row is rejected with its reason when
its date or close cannot be read, the close is not positive, the date is not a session of the index's
exchange, or the same date appears again with a different close (both values are named).
"""

from __future__ import annotations

import csv
import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date

from transforms.articles import decode_lines, not_utf8_reason, parse_date, raw_lines
from transforms.records import ParseResult, Rejection, excerpt


@dataclass(frozen=True, slots=True)
class IndexClose:
    """One daily bar of an index (a row of staging.index_closes)."""

    index_id: str
    session_date: date
    open: float | None
    high: float | None
    low: float | None
    close: float
    volume: float | None
    source: str
    locator: str
    raw_line: str = field(default="", compare=False, repr=False)  # for a later rejection's excerpt


@dataclass(frozen=True, slots=True)
class PriceContext:
    """What the parser needs to know about indices.

    ``symbols`` maps an upper-case file stem or symbol (``N225``, ``^N225``) to an index id;
    ``calendars`` maps an index id to its exchange calendar code.
    """

    symbols: Mapping[str, str]
    calendars: Mapping[str, str]


_NUMBER_JUNK = re.compile(r"[,\s_]")
_MISSING = {"", "null", "nan", "na", "n/a", "-"}


def detect_layout(header: list[str]) -> str | None:
    """``wide``, ``long`` or None for a header row."""
    cols = {normalise_column(c) for c in header}
    if {"index_id", "date", "close"} <= cols:
        return "long"
    if {"date", "close"} <= cols:
        return "wide"
    return None


def normalise_column(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", name.strip().lower()).strip("_")


_VENDOR_SUFFIX = re.compile(r"_D\Z")  # Stooq names daily downloads "^nkx_d.csv"


def index_for_file(stem: str, symbols: Mapping[str, str]) -> str | None:
    """The index a wide-layout file belongs to, from its file stem (an index id, Yahoo symbol or a
    vendor symbol of price_symbols.csv, with or without ``^``, and Stooq's ``_d`` suffix)."""
    for key in dict.fromkeys([stem.strip().upper(), _VENDOR_SUFFIX.sub("", stem.strip().upper())]):
        found = symbols.get(key) or symbols.get(key.lstrip("^")) or symbols.get("^" + key)
        if found:
            return found
    return None


def parse_number(value: str | None) -> float | None:
    """A float from vendor text (``50,512.32``, ``" 1 234.5 "``); None for missing markers."""
    if value is None or value.strip().lower() in _MISSING:
        return None
    number = float(_NUMBER_JUNK.sub("", value))
    if not math.isfinite(number):
        raise ValueError(f"{value!r} is not a finite number")
    return number


def parse_price_csv(raw: bytes, source: str, stem: str, context: PriceContext) -> ParseResult[IndexClose]:
    """Parse one price file; never raises on bad input, every problem is a Rejection."""
    result: ParseResult[IndexClose] = ParseResult()

    def reject_file(reason: str) -> ParseResult[IndexClose]:
        result.rejections.append(Rejection("price", source, "file", reason, excerpt(raw)))
        return result

    lines = decode_lines(raw)
    rows = _csv_lines(lines)
    header_at = next((i for i, r in enumerate(rows) if r and any(c.strip() for c in r)), None)
    if header_at is None:
        return reject_file("not UTF-8 text" if None in lines else "empty file")
    header = [normalise_column(c) for c in rows[header_at]]
    layout = detect_layout(header)
    if layout is None:
        return reject_file(
            f"unknown CSV layout (header {','.join(rows[header_at])!r}); expected "
            "Date,Open,High,Low,Close[,Adj Close],Volume or index_id,date,close"
        )
    file_index = None
    if layout == "wide":
        file_index = index_for_file(stem, context.symbols)
        if file_index is None:
            return reject_file(
                f"cannot tell which index the file holds: {stem!r} is not an index id or symbol "
                "in data/reference/indices.csv"
            )
    for line_no, row in enumerate(rows[header_at + 1 :], start=header_at + 2):
        if row is None:
            line = lines[line_no - 1]
            if line is None:
                chunk = raw_lines(raw)[line_no - 1]
                reason, line = not_utf8_reason(chunk), excerpt(chunk)
            else:
                reason = "malformed CSV row"
            result.rejections.append(Rejection("price", source, f"line {line_no}", reason, excerpt(line)))
            continue
        if not any(c.strip() for c in row):
            continue
        while len(row) > len(header) and not row[-1].strip():
            row = row[:-1]
        if len(row) != len(header):
            result.rejections.append(
                Rejection(
                    "price",
                    source,
                    f"line {line_no}",
                    f"row has {len(row)} fields, the header has {len(header)}"
                    + (" (an unquoted thousands separator?)" if len(row) > len(header) else ""),
                    excerpt(",".join(row)),
                )
            )
            continue
        parsed = _parse_row(dict(zip(header, row, strict=False)), row, line_no, source, file_index, context)
        if isinstance(parsed, Rejection):
            result.rejections.append(parsed)
        else:
            result.records.append(parsed)
    return result


def _csv_lines(lines: list[str | None]) -> list[list[str] | None]:
    """The fields of each physical line (None where the line is not UTF-8 or not valid CSV): price files
    have no multi-line fields, and reading line by line keeps one bad line from taking the rows after it."""
    rows: list[list[str] | None] = []
    for line in lines:
        if line is None:
            rows.append(None)
            continue
        try:
            rows.append(next(csv.reader([line]), []))
        except csv.Error:
            rows.append(None)
    return rows


def parse_price_files(
    files: Iterable[tuple[bytes, str, str]], context: PriceContext
) -> ParseResult[IndexClose]:
    """Parse ``(raw, source, stem)`` price files and resolve repeated dates across all of them."""
    combined: ParseResult[IndexClose] = ParseResult()
    for raw, source, stem in files:
        combined.extend(parse_price_csv(raw, source, stem, context))
    return dedupe_closes(combined)


def _parse_row(
    fields: dict[str, str],
    row: list[str],
    line_no: int,
    source: str,
    file_index: str | None,
    context: PriceContext,
) -> IndexClose | Rejection:
    locator = f"line {line_no}"
    raw_line = ",".join(row)

    def reject(reason: str, when: date | None = None) -> Rejection:
        return Rejection("price", source, locator, reason, excerpt(raw_line), when)

    index_id = file_index or fields.get("index_id", "").strip().upper()
    if index_id not in context.calendars:
        return reject(f"unknown index_id {fields.get('index_id', '')!r}")
    try:
        session = parse_date(fields.get("date", "").strip())
    except ValueError:
        return reject(f"date {fields.get('date', '')!r} is not YYYY-MM-DD")
    values: dict[str, float | None] = {}
    for name in ("close", "open", "high", "low", "volume"):
        try:
            values[name] = parse_number(fields.get(name))
        except ValueError:
            return reject(f"{name} {fields.get(name, '').strip()!r} is not a number", session)
    close = values.pop("close")
    if close is None:
        return reject("close is missing", session)
    if not close > 0:
        return reject(f"close {fields.get('close', '').strip()!r} is not positive", session)
    return IndexClose(
        index_id, session, close=close, source=source, locator=locator, raw_line=raw_line, **values
    )


def check_sessions(
    result: ParseResult[IndexClose], calendars: Mapping[str, str], sessions: Mapping[str, frozenset[date]]
) -> ParseResult[IndexClose]:
    """Reject bars dated on a day the index's exchange does not trade (a holiday or a weekend)."""
    checked: ParseResult[IndexClose] = ParseResult(rejections=list(result.rejections))
    for rec in result.records:
        calendar = calendars[rec.index_id]
        if rec.session_date in sessions[calendar]:
            checked.records.append(rec)
        else:
            checked.rejections.append(
                Rejection(
                    "price",
                    rec.source,
                    rec.locator,
                    f"{rec.session_date.isoformat()} is not a session of {calendar}",
                    excerpt(rec.raw_line),
                    rec.session_date,
                )
            )
    return checked


def dedupe_closes(result: ParseResult[IndexClose]) -> ParseResult[IndexClose]:
    """Keep a repeated date once when its close agrees; reject every copy when the closes differ."""
    by_key: dict[tuple[str, date], list[IndexClose]] = {}
    for rec in result.records:
        by_key.setdefault((rec.index_id, rec.session_date), []).append(rec)
    kept: list[IndexClose] = []
    for (index_id, session), recs in sorted(by_key.items()):
        closes = sorted({r.close for r in recs})
        if len(closes) == 1:
            kept.append(recs[0])
            continue
        listed = " and ".join(f"{c:.12g} ({r.locator})" for c in closes for r in recs if r.close == c)
        for r in recs:
            result.rejections.append(
                Rejection(
                    "price",
                    r.source,
                    r.locator,
                    f"{index_id} {session.isoformat()} appears more than once with different closes: "
                    + listed,
                    excerpt(r.raw_line),
                    session,
                )
            )
    return ParseResult(kept, result.rejections)
