"""Record types that parsers return: what loaded, and what was rejected with its reason."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Generic, TypeVar

T = TypeVar("T")

EXCERPT_CHARS = 200


@dataclass(frozen=True, slots=True)
class Rejection:
    """One quarantined input (a row of staging.rejected_inputs).

    ``locator`` says where in the source: ``line 3``, ``row 214``, ``item 7`` or ``file``.
    ``partition_date`` is the date the input belongs to when it is known (so that re-running that
    day's partition replaces its rejections too), else None.
    """

    input_kind: str
    source: str
    locator: str
    reason: str
    raw_excerpt: str = ""
    partition_date: date | None = None


@dataclass(slots=True)
class ParseResult(Generic[T]):
    """Parsed records and rejections of one input; both can be non-empty."""

    records: list[T] = field(default_factory=list)
    rejections: list[Rejection] = field(default_factory=list)

    def extend(self, other: ParseResult[T]) -> None:
        self.records.extend(other.records)
        self.rejections.extend(other.rejections)


def excerpt(raw: str | bytes) -> str:
    """The first characters of a raw input, safe to store whatever its encoding."""
    if isinstance(raw, bytes):
        raw = raw[: EXCERPT_CHARS * 4].decode("utf-8", errors="replace")
    return raw[:EXCERPT_CHARS]


@dataclass(frozen=True, slots=True)
class Article:
    """One parsed article before identity and dedupe (a candidate row of staging.articles)."""

    source: str
    source_kind: str
    locator: str
    url: str | None
    title: str | None
    publisher: str | None
    published_at: datetime | None
    published_date: date
    published_time_known: bool
    body: str
