"""Parse article inputs into ``Article`` records and ``Rejection`` rows.

Formats:
- ``text``: a first line ``date YYYY-MM-DD`` (leading spaces allowed; the body may start on the same
  line after the date, as in the seed), then the body. Date only, so ``published_at`` is null.
- ``jsonl``: one JSON object per line with ``published_at`` (ISO 8601 with offset, or a bare date),
  ``body`` (required), and optional ``title``, ``url``, ``source`` (the publisher).

Parsers take the raw bytes and the name of where they came from; they never raise on bad input:
everything they cannot load becomes a ``Rejection`` naming the line and the reason.
"""

from __future__ import annotations

import json
import re
from datetime import date, datetime

from transforms.records import Article, ParseResult, Rejection, excerpt

# A run of white space this long carries no meaning, and the extractors' clause patterns slow down on it
# (a 40,000-space run took a minute); a table aligned with spaces needs far less
_LONG_SPACE = re.compile(r"\s{33,}")


def tidy_body(text: str) -> str:
    """``text`` stripped, each run of more than 32 white-space characters cut to a paragraph break when it
    holds a line break, else to its first 32 characters."""
    text = text.strip()
    if len(text) < 33 or not _LONG_SPACE.search(text):
        return text
    return _LONG_SPACE.sub(lambda m: "\n\n" if "\n" in m.group() else m.group()[:32], text)


_TEXT_HEADER = re.compile(r"\A\s*date[ \t]+(\S+)[ \t]*(?:\r?\n)?", re.IGNORECASE)
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}\Z")


class ArticleFormatError(ValueError):
    """An article input that cannot be read at all (wrong encoding, unknown format)."""


def decode_text(raw: bytes, source: str) -> str:
    """UTF-8 text of an input (a BOM is dropped); raises ArticleFormatError naming the byte offset."""
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ArticleFormatError(
            f"{source}: not UTF-8 text (byte {exc.start}: {raw[exc.start : exc.start + 1]!r})"
        ) from exc


_LINE_BREAK = re.compile(rb"\r\n|\r|\n")


def decode_lines(raw: bytes) -> list[str | None]:
    """The lines of a line-based input (JSON Lines, CSV), split at ``\n``, ``\r\n`` or ``\r``; a
    line that is not UTF-8 is None, so one bad line is quarantined on its own and the rest still load."""
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    lines: list[str | None] = []
    for chunk in _LINE_BREAK.split(raw):
        try:
            lines.append(chunk.decode("utf-8"))
        except UnicodeDecodeError:
            lines.append(None)
    return lines


def not_utf8_reason(line: bytes) -> str:
    """Why a line could not be decoded, naming the byte offset within it."""
    try:
        line.decode("utf-8")
    except UnicodeDecodeError as exc:
        return f"not UTF-8 text (byte {exc.start}: {line[exc.start : exc.start + 1]!r})"
    return "not UTF-8 text"


def raw_lines(raw: bytes) -> list[bytes]:
    """The raw bytes of each line, as ``decode_lines`` splits them."""
    return _LINE_BREAK.split(raw[3:] if raw.startswith(b"\xef\xbb\xbf") else raw)


def parse_text_article(raw: bytes, source: str) -> ParseResult[Article]:
    """Parse one seed-format text file (``date YYYY-MM-DD`` then the body)."""
    result: ParseResult[Article] = ParseResult()

    def reject(reason: str, when: date | None = None) -> ParseResult[Article]:
        result.rejections.append(Rejection("article", source, "line 1", reason, excerpt(raw), when))
        return result

    try:
        text = decode_text(raw, source)
    except ArticleFormatError as exc:
        return reject(str(exc).removeprefix(f"{source}: "))
    header = _TEXT_HEADER.match(text)
    if not header:
        return reject("first line must be 'date YYYY-MM-DD' followed by the body")
    try:
        published = parse_date(header.group(1))
    except ValueError as exc:
        return reject(f"date {header.group(1)!r} is not a valid YYYY-MM-DD date ({exc})")
    body = tidy_body(text[header.end() :])
    if not body:
        return reject("empty body after the date line", published)
    result.records.append(
        Article(
            source=source,
            source_kind="text",
            locator="file",
            url=None,
            title=None,
            publisher=None,
            published_at=None,
            published_date=published,
            published_time_known=False,
            body=body,
        )
    )
    return result


def parse_jsonl_articles(raw: bytes, source: str) -> ParseResult[Article]:
    """Parse a JSON Lines file of articles; each bad line is rejected on its own."""
    result: ParseResult[Article] = ParseResult()
    lines = decode_lines(raw)
    for line_no, line in enumerate(lines, start=1):
        locator = f"line {line_no}"
        if line is None:
            chunk = raw_lines(raw)[line_no - 1]
            result.rejections.append(
                Rejection("article", source, locator, not_utf8_reason(chunk), excerpt(chunk))
            )
            continue
        if not line.strip():
            continue
        try:
            result.records.append(article_from_mapping(json.loads(line), source, "jsonl", locator))
            continue
        except json.JSONDecodeError as exc:
            # json's own words count the lines of the one line it read: give the column only
            reason = f"not valid JSON: {exc.msg} at column {exc.colno}"
        except (ValueError, TypeError) as exc:
            reason = str(exc)
        result.rejections.append(
            Rejection("article", source, locator, reason, excerpt(line), _date_hint(line))
        )
    return result


def article_from_mapping(obj: object, source: str, source_kind: str, locator: str) -> Article:
    """Build an Article from a JSON-like mapping; raises ValueError with the reason when it can't."""
    if not isinstance(obj, dict):
        raise ValueError(f"expected a JSON object, got {type(obj).__name__}")
    body = obj.get("body")
    if not isinstance(body, str) or not body.strip():
        raise ValueError("missing or empty 'body'")
    stamp = obj.get("published_at")
    if not isinstance(stamp, str) or not stamp.strip():
        raise ValueError("missing 'published_at'")
    published_at, published_date = parse_timestamp(stamp)
    return Article(
        source=source,
        source_kind=source_kind,
        locator=locator,
        url=_text_or_none(obj.get("url")),
        title=_text_or_none(obj.get("title")),
        publisher=_text_or_none(obj.get("source")),
        published_at=published_at,
        published_date=published_date,
        published_time_known=published_at is not None,
        body=tidy_body(body),
    )


def parse_date(value: str) -> date:
    """A strict ``YYYY-MM-DD`` date."""
    if not _ISO_DATE.match(value):
        raise ValueError("expected YYYY-MM-DD")
    return date.fromisoformat(value)


def parse_timestamp(value: str) -> tuple[datetime | None, date]:
    """``(published_at, published_date)`` from an ISO 8601 instant with offset, or a bare date.

    The date is the one stated at the publisher's own offset. A time without an offset is rejected:
    the instant it names is ambiguous, and sessions are mapped by instant.
    """
    value = value.strip()
    if _ISO_DATE.match(value):
        return None, date.fromisoformat(value)
    try:
        stamp = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError as exc:
        raise ValueError(f"published_at {value!r} is not an ISO 8601 date or instant") from exc
    if stamp.tzinfo is None:
        raise ValueError(f"published_at {value!r} has a time but no UTC offset")
    return stamp, stamp.date()


def _text_or_none(value: object) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


_DATE_IN_LINE = re.compile(r'"published_at"\s*:\s*"(\d{4}-\d{2}-\d{2})')


def _date_hint(line: str) -> date | None:
    """The publication date of a rejected line when it can still be read, for partitioning."""
    m = _DATE_IN_LINE.search(line)
    if not m:
        return None
    try:
        return date.fromisoformat(m.group(1))
    except ValueError:
        return None
