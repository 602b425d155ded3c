"""Property test: the whole per-article extraction never raises on arbitrary text, and every offset it
reports points into the analysed text. The strategy mixes free text with the tokens the extractors
react to (index names, figures, dates, record words, table cells, section heads), so the parsers'
corners get exercised. ``NEWSMARKET_PROPERTY_EXAMPLES`` sets the number of examples (300 by default)."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from orchestration.lexicons import load_lexicons
from transforms.pipeline import analyse_article
from transforms.text import article_text

REFERENCE = Path(__file__).resolve().parents[2] / "data" / "reference"

TOKENS = [
    "The",
    "Nikkei",
    "Japan's Nikkei",
    "KOSPI",
    "Hang Seng",
    "Hong Kong's Hang Seng",
    "S&P 500",
    "Nasdaq",
    "Dow",
    "the index",
    "It",
    "futures",
    "E-minis",
    "rose",
    "fell",
    "off",
    "jumped",
    "closed",
    "ended",
    "was up",
    "as much as",
    "to",
    "at",
    "above",
    "below",
    "a record",
    "record high",
    "highest since",
    "lowest in",
    "eight years",
    "this year",
    "since",
    "when",
    "the 31st",
    "Feb. 30",
    "Oct. 29",
    "on Monday",
    "Sunday's",
    "last week",
    "for the week",
    "2.5%",
    "(+1.2%)",
    "-0.4%",
    "1,286.72 points",
    "50,000",
    "4,042.83",
    "0.7 per cent",
    "pct",
    "yen",
    "2015",
    "August 2015",
    ",",
    ".",
    ";",
    "\n",
    "|",
    " | ",
    "Index | Close | November | YTD\n",
    "For the week:\n",
    "both indexes",
    "the benchmark",
    "Overnight,",
    "a drop of",
    "rise in",
    "3.45pm GMT:",
    "respectively",
    "and",
    "but",
    "while",
    "after data showed",
    "by 10:30 a.m.",
    "within 1% of",
    "Fed",
    "Bank of Japan",
    "tariffs",
    "uncertain",
    "'",
    "’s",
    "—",
]


LEXICONS = load_lexicons(str(REFERENCE))
words = st.lists(st.one_of(st.sampled_from(TOKENS), st.text(max_size=12)), max_size=60)


@settings(
    max_examples=int(os.environ.get("NEWSMARKET_PROPERTY_EXAMPLES", "300")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(
    title=st.one_of(st.none(), words.map(" ".join)),
    body=words.map(" ".join),
    published=st.dates(min_value=date(2000, 1, 1), max_value=date(2030, 12, 31)),
)
def test_extraction_never_raises_and_offsets_point_into_the_text(title, body, published) -> None:
    text, _ = article_text(title, body)
    result = analyse_article(title, body, published, LEXICONS)
    for m in result.mentions:
        assert 0 <= m.char_start < m.char_end <= len(text)
        assert text[m.char_start : m.char_end] == m.surface
    for c in result.claims:
        assert 0 <= c.char_start < c.char_end <= len(text)
        assert c.claim_kind in {"close", "intraday", "futures", "period", "unknown"}
        assert c.move_pct is None or (c.move_pct < 0) == (c.direction == "down")
        assert c.record_scope is None or c.is_record
    assert result.tone.n_words >= 0
