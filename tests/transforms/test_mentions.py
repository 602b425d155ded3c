"""Index mentions: aliases, longest match, exclusions and offsets."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from transforms.mentions import IndexLexicon, find_index_mentions
from transforms.text import split_sentences

ALIASES = Path(__file__).resolve().parents[2] / "data" / "reference" / "index_aliases.csv"


@pytest.fixture(scope="module")
def lex() -> IndexLexicon:
    with ALIASES.open(newline="", encoding="utf-8") as fh:
        return IndexLexicon.from_records(csv.DictReader(fh))


def _found(text: str, lex: IndexLexicon) -> list[tuple[str, str]]:
    return [(m.entity_id, m.surface) for m in find_index_mentions(text, split_sentences(text), lex)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Japan’s Nikkei jumped.", [("N225", "Japan’s Nikkei")]),
        ("The Nikkei 225 Index slid.", [("N225", "Nikkei 225 Index")]),
        ("The Nikkei share average .N225 rose.", [("N225", "Nikkei share average"), ("N225", ".N225")]),
        ("The Hang Seng Tech Index fell.", [("HSTECH", "Hang Seng Tech Index")]),
        ("The Hang Seng China Enterprises Index fell.", [("HSCE", "Hang Seng China Enterprises Index")]),
        ("The blue-chip CSI300 index shed 0.5%.", [("CSI300", "blue-chip CSI300 index")]),
        ("Australia's S&P/ASX 200 rose.", [("AXJO", "S&P/ASX 200")]),
        (
            "with Nasdaq futures up 0.9% and S&P 500 futures 0.8% higher",
            [("IXIC", "Nasdaq futures"), ("SPX", "S&P 500 futures")],
        ),
        ("E-minis rose while Nasdaq 100 futures fell.", [("SPX", "E-minis"), ("NDX", "Nasdaq 100 futures")]),
        ("The Kosdaq and the KOSPI fell.", [("KQ11", "Kosdaq"), ("KS11", "KOSPI")]),
        ("The pan-European STOXX 600 rose.", [("STOXX600", "pan-European STOXX 600")]),
        (
            "The Dow Jones Industrial Average and the blue-chip Dow.",
            [("DJI", "Dow Jones Industrial Average"), ("DJI", "blue-chip Dow")],
        ),
    ],
)
def test_aliases(text: str, expected: list[tuple[str, str]], lex: IndexLexicon) -> None:
    assert _found(text, lex) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Dow Inc shares slumped 17%.",
        "Dow Chemical fell 3.1%.",
        "Nasdaq-listed shares of Pinduoduo jumped.",
        "The company is listed on Nasdaq.",
        "the start-up board, which follows the Nasdaq-style model",
        "S&P Global Ratings downgraded the utility.",
        "S&P downgraded France.",
        "The Nikkei Asia report said so.",
        "Hang Seng Bank shares fell.",
        "The FTSE 250 midcap index rose.",
        "KOSPI 200 futures fell.",
        "nifty gains in windows",
    ],
)
def test_exclusions(text: str, lex: IndexLexicon) -> None:
    assert _found(text, lex) == []


def test_offsets_and_sentences(lex: IndexLexicon) -> None:
    text = "Stocks rose. South Korea's KOSPI gained 1%."
    sentences = split_sentences(text)
    (m,) = find_index_mentions(text, sentences, lex)
    assert (m.entity_kind, m.entity_id, m.char_start, m.char_end, m.sentence_no) == (
        "index",
        "KS11",
        13,
        32,
        1,
    )
    assert text[m.char_start : m.char_end] == m.surface == "South Korea's KOSPI"
    assert not m.in_headline


def test_lexicon_from_plain_records() -> None:
    lex = IndexLexicon.from_records(
        [
            {"index_id": "DJI", "alias": "Dow", "is_futures_alias": "false", "case_sensitive": "true"},
            {"index_id": "", "alias": "Dow Chemical", "is_futures_alias": "false", "case_sensitive": "false"},
        ]
    )
    assert _found("The Dow rose; Dow Chemical fell; the window", lex) == [("DJI", "Dow")]
