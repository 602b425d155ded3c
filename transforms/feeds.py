"""Parse RSS 2.0 / RSS 1.0 and Atom feeds (raw bytes, via ``feedparser``) into ``Article`` records.

Each entry becomes one article: its date with the publisher's own offset (``pubDate``, ``published``,
``updated`` or ``dc:date``), title, link, and body from the full content when the entry has it, else
the summary; HTML is reduced to plain text (block elements become paragraph breaks) so the same story
from a feed and from a file gets the same ``article_id``. An entry without a readable date, or with no
text, is rejected as ``item N`` (1-based, in feed order); a file that is not a feed is rejected whole.

No network here: ``feedparser.parse`` is only ever given bytes.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from html import unescape
from html.parser import HTMLParser
from xml.sax import SAXException

import feedparser

from transforms.articles import parse_timestamp, tidy_body
from transforms.records import Article, ParseResult, Rejection, excerpt

HTML_TYPES = {"text/html", "application/xhtml+xml", "html", "xhtml"}
_BLOCK_TAGS = frozenset(
    "p div br li ul ol h1 h2 h3 h4 h5 h6 blockquote pre table tr section article header footer hr".split()
)
_SKIP_TAGS = frozenset({"script", "style", "head", "title"})
_BLANK_RUNS = re.compile(r"[ \t\r\f\v]*\n[ \t\r\n\f\v]*\n[ \t\r\n\f\v]*")
_INLINE_SPACE = re.compile(r"[ \t\r\f\v]+")
_LOOKS_LIKE_FEED = re.compile(rb"\A(?:\xef\xbb\xbf)?\s*<", re.DOTALL)


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP_TAGS:
            self.skipping += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n" if tag == "br" else "\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS:
            self.skipping = max(0, self.skipping - 1)
        elif tag in _BLOCK_TAGS and tag != "br":
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data)


def html_to_text(html: str) -> str:
    """Plain text of an HTML fragment: tags dropped, entities decoded, paragraphs kept as blank lines."""
    extractor = _TextExtractor()
    try:
        extractor.feed(html)
        extractor.close()
        text = "".join(extractor.parts)
    except Exception:  # html.parser is lenient, but never let markup take a feed down
        text = unescape(re.sub(r"<[^>]*>", " ", html))
    lines = [_INLINE_SPACE.sub(" ", line).strip() for line in text.split("\n")]
    return _BLANK_RUNS.sub("\n\n", "\n".join(lines)).strip()


def looks_like_feed(raw: bytes) -> bool:
    """Whether raw bytes start like XML (the sniffing used for URLs without a telling suffix)."""
    return bool(_LOOKS_LIKE_FEED.match(raw[:512]))


def parse_feed(raw: bytes, source: str) -> ParseResult[Article]:
    """Parse one RSS or Atom document; never raises on bad input, every problem is a Rejection."""
    result: ParseResult[Article] = ParseResult()
    try:
        parsed = feedparser.parse(raw)
    except Exception as exc:  # feedparser is defensive, but a parser bug must not fail the batch
        result.rejections.append(
            Rejection("article", source, "file", f"feed cannot be parsed ({exc})", excerpt(raw))
        )
        return result
    version = parsed.get("version") or ""
    entries = parsed.get("entries") or []
    if not entries and (parsed.get("bozo") or not version):
        problem = parsed.get("bozo_exception")
        reason = "not an RSS or Atom feed" + (f" ({problem})" if problem else "")
        result.rejections.append(Rejection("article", source, "file", reason, excerpt(raw)))
        return result
    problem = parsed.get("bozo_exception")
    if parsed.get("bozo") and isinstance(problem, SAXException):
        # feedparser falls back to a lenient parser: the items before the damage still load.
        result.rejections.append(
            Rejection(
                "article",
                source,
                "file",
                f"feed is not well-formed XML ({problem}); {len(entries)} items read before the damage",
                excerpt(raw),
            )
        )
    kind = "atom" if version.startswith("atom") else "rss"
    publisher = _clean(parsed.get("feed", {}).get("title"))
    for n, entry in enumerate(entries, start=1):
        item = _article(entry, source, kind, f"item {n}", publisher)
        if isinstance(item, Rejection):
            result.rejections.append(item)
        else:
            result.records.append(item)
    return result


def _article(entry: dict, source: str, kind: str, locator: str, publisher: str | None) -> Article | Rejection:
    title = _clean(entry.get("title"), (entry.get("title_detail") or {}).get("type"))
    raw_excerpt = excerpt(title or entry.get("link") or entry.get("id") or "")
    stamp = _entry_stamp(entry)
    if stamp is None:
        return Rejection("article", source, locator, "feed item has no publication date", raw_excerpt)
    try:
        published_at, published_date = _parse_entry_date(stamp)
    except ValueError as exc:
        return Rejection("article", source, locator, str(exc), raw_excerpt)
    body = tidy_body(_entry_body(entry))
    if not body:
        return Rejection(
            "article", source, locator, "feed item has no summary or content", raw_excerpt, published_date
        )
    return Article(
        source=source,
        source_kind=kind,
        locator=locator,
        url=_clean(entry.get("link")),
        title=title,
        publisher=_clean((entry.get("source") or {}).get("title")) or publisher,
        published_at=published_at,
        published_date=published_date,
        published_time_known=published_at is not None,
        body=body,
    )


def _entry_stamp(entry: dict) -> str | None:
    for key in ("published", "updated", "created", "dc_date"):
        value = entry.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None


def _parse_entry_date(value: str) -> tuple[datetime | None, object]:
    """``(published_at, published_date)`` from an RFC 822 (RSS) or ISO 8601 (Atom) date, offset kept."""
    try:
        return parse_timestamp(value)
    except ValueError:
        pass
    try:
        stamp = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        stamp = None
    if stamp is None:
        raise ValueError(f"feed item date {value!r} is not an RFC 822 or ISO 8601 date")
    if stamp.tzinfo is None:
        # RFC 5322 reads "-0000" as UTC with the local offset unknown; any other zone-less time is ambiguous.
        if not value.rstrip().endswith("-0000"):
            raise ValueError(f"feed item date {value!r} has a time but no UTC offset")
        stamp = stamp.replace(tzinfo=UTC)
    return stamp, stamp.date()


def _entry_body(entry: dict) -> str:
    candidates = [c for c in entry.get("content") or [] if isinstance(c, dict)]
    detail = entry.get("summary_detail") or {}
    if entry.get("summary"):
        candidates.append({"value": entry.get("summary"), "type": detail.get("type", "text/html")})
    for candidate in candidates:
        value = candidate.get("value")
        if not isinstance(value, str):
            continue
        text = html_to_text(value) if candidate.get("type", "text/html") in HTML_TYPES else value.strip()
        if text:
            return text
    return ""


def _clean(value: object, content_type: str | None = None) -> str | None:
    """Text of a title-like field; HTML only when the feed says so (feedparser decoded entities)."""
    if not isinstance(value, str):
        return None
    text = html_to_text(value) if content_type in HTML_TYPES else value
    return _INLINE_SPACE.sub(" ", text.replace("\n", " ")).strip() or None
