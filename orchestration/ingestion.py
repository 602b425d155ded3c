"""The parse-and-validate path of the ingest assets, without Dagster or the warehouse, so tests can run
it on any bytes: inputs in, the rows to store and every rejection (with its reason) out.

Nothing here raises on bad input: a parser that fails unexpectedly on one input quarantines that
input instead, so the good inputs beside it still load.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import asdict, dataclass
from datetime import date, timedelta

import pandas as pd

from orchestration.sources import InputFile
from transforms.articles import parse_jsonl_articles, parse_text_article
from transforms.feeds import looks_like_feed, parse_feed
from transforms.prices import IndexClose, PriceContext, check_sessions, dedupe_closes, parse_price_csv
from transforms.records import Article, ParseResult, Rejection, excerpt
from transforms.schemas import SCHEMAS, row_failures
from transforms.sessions import session_dates
from transforms.text import article_id

ARTICLE_PARSERS: dict[str, Callable[[bytes, str], ParseResult[Article]]] = {
    "text": parse_text_article,
    "jsonl": parse_jsonl_articles,
    "feed": parse_feed,
}
ARTICLE_COLUMNS = ["article_id", *Article.__dataclass_fields__, "n_chars"]
# Which copy of a story is its staging.articles row: the earliest date, an exact instant over a bare
# date, then the first source and locator.
PRIMARY_ORDER = ["published_date", "time_unknown", "source", "locator"]


@dataclass(slots=True)
class ArticleBatch:
    """Parsed, identified and validated articles of every input.

    ``stories`` has one row per article_id (its primary copy), ``copies`` every valid parsed row (for
    staging.article_sources); both still span every date: the asset keeps its partition's window.
    """

    stories: pd.DataFrame
    copies: pd.DataFrame
    rejections: list[Rejection]


def sniff_article_format(raw: bytes) -> str:
    """``feed`` for XML, ``jsonl`` when the first character is ``{``, else ``text``."""
    if looks_like_feed(raw):
        return "feed"
    return "jsonl" if raw.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{") else "text"


def parse_article_inputs(inputs: Iterable[InputFile]) -> ParseResult[Article]:
    """Parse every article input with the parser of its format."""
    parsed: ParseResult[Article] = ParseResult()
    for f in inputs:
        fmt = f.fmt or sniff_article_format(f.raw)
        try:
            parsed.extend(ARTICLE_PARSERS[fmt](f.raw, f.source))
        except Exception as exc:  # a parser bug must cost one input, not the batch
            reason = f"{fmt} parser failed: {type(exc).__name__}: {exc}"
            parsed.rejections.append(Rejection("article", f.source, "file", reason, excerpt(f.raw)))
    return parsed


def article_batch(
    inputs: Iterable[InputFile], first_date: date, last_date: date | None = None
) -> ArticleBatch:
    """Articles of ``inputs`` with their ids, validated; those dated before ``first_date`` (the first
    partition) are rejected, since no partition holds them, and so are those dated more than a day after
    ``last_date`` (the last partition: today's, in UTC), a future date being most often a typo. A
    publisher ahead of UTC (Tokyo, Sydney) dates its morning's articles a day after UTC's: those wait for
    their partition."""
    parsed = parse_article_inputs(inputs)
    records: list[Article] = []
    rejections = list(parsed.rejections)
    for a in parsed.records:
        if a.published_date < first_date:
            reason = (
                f"published {a.published_date.isoformat()}, before the first partition "
                f"{first_date.isoformat()} (NEWSMARKET_START_DATE)"
            )
        elif last_date is not None and a.published_date > last_date + timedelta(days=1):
            reason = (
                f"published {a.published_date.isoformat()}, more than a day after the last partition "
                f"{last_date.isoformat()} (today's, UTC): a future date"
            )
        else:
            records.append(a)
            continue
        rejections.append(Rejection("article", a.source, a.locator, reason, excerpt(a.title or a.body)))
    frame = pd.DataFrame([asdict(a) for a in records], columns=list(Article.__dataclass_fields__))
    frame.insert(0, "article_id", frame["body"].map(article_id).astype(object))
    frame["n_chars"] = frame["body"].str.len().astype("int64")
    frame, rejections = validated(frame, "staging.articles", rejections, unique=False)
    ordered = frame.assign(time_unknown=~frame["published_time_known"].astype(bool)).sort_values(
        PRIMARY_ORDER, kind="stable"
    )
    stories = ordered.drop_duplicates("article_id").drop(columns="time_unknown").reset_index(drop=True)
    return ArticleBatch(stories, frame, rejections)


def in_window(frame: pd.DataFrame, start: date, end: date) -> pd.DataFrame:
    """Rows published in ``[start, end]``."""
    if frame.empty:
        return frame
    dates = pd.to_datetime(frame["published_date"]).dt.date
    return frame[(dates >= start) & (dates <= end)]


def price_batch(
    inputs: Iterable[InputFile], context: PriceContext, rejections: Iterable[Rejection] = ()
) -> tuple[pd.DataFrame, list[Rejection]]:
    """Daily bars of every price input, deduped, checked against each exchange's sessions, validated."""
    parsed: ParseResult[IndexClose] = ParseResult(rejections=list(rejections))
    for f in inputs:
        try:
            parsed.extend(parse_price_csv(f.raw, f.source, f.stem, context))
        except Exception as exc:  # a parser bug must cost one input, not the batch
            reason = f"price parser failed: {type(exc).__name__}: {exc}"
            parsed.rejections.append(Rejection("price", f.source, "file", reason, excerpt(f.raw)))
    parsed = dedupe_closes(parsed)
    parsed = check_sessions(parsed, context.calendars, sessions_for(parsed, context.calendars))
    columns = [name for name in IndexClose.__dataclass_fields__ if name != "raw_line"]
    frame = pd.DataFrame([asdict(r) for r in parsed.records], columns=columns)
    return validated(frame, "staging.index_closes", parsed.rejections)


def sessions_for(parsed: ParseResult[IndexClose], calendars: Mapping[str, str]) -> dict[str, frozenset[date]]:
    """Session dates of each calendar the parsed bars need, over the span of their dates."""
    spans: dict[str, tuple[date, date]] = {}
    for rec in parsed.records:
        cal = calendars[rec.index_id]
        lo, hi = spans.get(cal, (rec.session_date, rec.session_date))
        spans[cal] = (min(lo, rec.session_date), max(hi, rec.session_date))
    return {cal: session_dates(cal, lo, hi) for cal, (lo, hi) in spans.items()}


def validated(
    frame: pd.DataFrame, table: str, rejections: list[Rejection], unique: bool = True
) -> tuple[pd.DataFrame, list[Rejection]]:
    """Rows that pass the table's pandera schema, and the rejections plus those that do not."""
    frame = frame.reset_index(drop=True)
    if frame.empty:
        return frame, rejections
    reasons = row_failures(SCHEMAS[table], frame, check_unique=unique)
    if not reasons:
        return frame, rejections
    bad = frame.loc[sorted(reasons)]
    extra = [
        Rejection(
            "price" if table == "staging.index_closes" else "article",
            row.source,
            row.locator,
            f"schema {table}: {reasons[pos]}",
            "",
            _row_date(row),
        )
        for pos, row in zip(bad.index, bad.itertuples(), strict=True)
    ]
    return frame.drop(index=list(reasons)).reset_index(drop=True), rejections + extra


def _row_date(row: object) -> date | None:
    value = getattr(row, "published_date", None) or getattr(row, "session_date", None)
    return value if isinstance(value, date) else None
