"""Index mentions: aliases, longest match, exclusions and offsets."""

from __future__ import annotations

import csv
from datetime import date
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
        # "-share" and "-stock" describe the index; "the Footsie", "the Dax"
        (
            "The FTSE 100-share index fell, as did the S&P 500-stock index.",
            [("FTSE", "FTSE 100"), ("SPX", "S&P 500")],
        ),
        ("The Footsie and the Dax fell.", [("FTSE", "Footsie"), ("GDAXI", "Dax")]),
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
        "The views expressed do not necessarily reflect those of Nasdaq, Inc.",
        "the start-up board, which follows the Nasdaq-style model",
        "S&P Global Ratings downgraded the utility.",
        "S&P downgraded France.",
        "The Nikkei Asia report said so.",
        "Hang Seng Bank shares fell.",
        "The FTSE 250 midcap index rose.",
        "FTSE 250-listed Hays fell.",
        "KOSPI 200 futures fell.",
        "nifty gains in windows",
        "The JPX-Nikkei Index 400 climbed 1.1 percent.",
        "The Nikkei Stock Index 500 rose 0.71 pct.",
        "The FTSE ST Real Estate Investment Trusts index slipped 0.2 per cent.",
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


INDICES = Path(__file__).resolve().parents[2] / "data" / "reference" / "indices.csv"


def test_regular_sessions_in_gmt_follow_daylight_saving() -> None:
    with INDICES.open(encoding="utf-8") as f:
        lex = IndexLexicon.from_records([]).with_markets(csv.DictReader(f))
    winter, summer = date(2025, 1, 15), date(2025, 7, 15)
    assert lex.session_gmt("N225", winter) == lex.session_gmt("N225", summer) == (0, 390)  # 09:00-15:30 JST
    assert lex.session_gmt("FTSE", winter) == (480, 990) and lex.session_gmt("FTSE", summer) == (420, 930)
    assert lex.session_gmt("SPX", winter) == (870, 1260) and lex.session_gmt("SPX", summer) == (810, 1200)
    assert lex.session_gmt("AXJO", winter) == (-60, 300)  # Sydney opens at 23:00 GMT the day before
    assert lex.session_gmt("NOPE", winter) is None
    assert lex.market("GDAXI") == "XETR"


def test_a_malformed_session_time_names_its_line() -> None:
    rows = [{"index_id": "N225", "exchange_calendar": "XTKS", "timezone": "Asia/Tokyo",
             "session_open": "9am", "session_close": "15:30"}]  # fmt: skip
    with pytest.raises(ValueError, match=r"indices line 2 \(N225\): clock time '9am' is not HH:MM"):
        IndexLexicon.from_records([]).with_markets(rows)
    rows[0].update(session_open="09:00", timezone="Asia/Tokio")
    with pytest.raises(ValueError, match=r"indices line 2 \(N225\): .*Asia/Tokio"):
        IndexLexicon.from_records([]).with_markets(rows)


def test_session_hours_match_exchange_calendars() -> None:
    """The hours in indices.csv are each exchange's regular session as exchange_calendars has it."""
    import exchange_calendars as xcals

    with INDICES.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    for calendar in sorted({r["exchange_calendar"] for r in rows}):
        cal = xcals.get_calendar(calendar, start="2025-06-02", end="2025-06-30")
        hours = {(r["session_open"], r["session_close"]) for r in rows if r["exchange_calendar"] == calendar}
        expected = (cal.open_times[-1][1].strftime("%H:%M"), cal.close_times[-1][1].strftime("%H:%M"))
        assert hours == {expected}, calendar
