from __future__ import annotations

from datetime import date

from tests.conftest import DATA
from transforms.prices import PriceContext, check_sessions, parse_price_files
from transforms.sessions import session_dates

CONTEXT = PriceContext(
    symbols={"N225": "N225", "^N225": "N225", "KS11": "KS11", "^KS11": "KS11"},
    calendars={"N225": "XTKS", "KS11": "XKRX"},
)


def test_bundled_reference_layout_loads_every_row():
    raw = (DATA / "prices" / "N225.csv").read_bytes()
    result = parse_price_files([(raw, "data/prices/N225.csv", "N225")], CONTEXT)
    assert result.rejections == []
    assert len(result.records) == 127
    oct27 = next(r for r in result.records if r.session_date == date(2025, 10, 27))
    assert (oct27.close, oct27.open, oct27.locator) == (50512.32, 49905.80, "line 84")


def test_yahoo_layout_with_separators_blank_lines_bad_rows_and_duplicates():
    raw = (
        b"Date,Open,High,Low,Close,Adj Close,Volume\n"
        b'2025-10-28,1,2,0.5,"50,219.18",50219.18,100\n'
        b"\n"
        b"2025-10-27,1,2,0.5,50512.32,50512.32,100\n"
        b"2025-10-27,1,2,0.5,50512.32,50512.32,100\n"
        b"2025-10-29,1,2,0.5,-3.2,1,1\n"
        b"2025-10-30,1,2,0.5,abc,1,1\n"
        b"2025-10-31,1,2,0.5,52411.34,1,1\n"
        b"2025-10-31,1,2,0.5,52000.00,1,1\n"
        b"31/10/2025,1,2,0.5,52000.00,1,1\n"
        b"2025-11-03,1,52000.00\n"
    )
    result = parse_price_files([(raw, "in/^N225.csv", "^N225")], CONTEXT)
    assert [(r.session_date, r.close) for r in result.records] == [
        (date(2025, 10, 27), 50512.32),
        (date(2025, 10, 28), 50219.18),
    ]
    reasons = {(r.locator, r.reason) for r in result.rejections}
    assert reasons == {
        ("line 6", "close '-3.2' is not positive"),
        ("line 7", "close 'abc' is not a number"),
        ("line 10", "date '31/10/2025' is not YYYY-MM-DD"),
        # a short row: no hint of an unquoted thousands separator, which can only add fields
        ("line 11", "row has 3 fields, the header has 7"),
        (
            "line 8",
            "N225 2025-10-31 appears more than once with different closes: 52000 (line 9) and 52411.34 (line 8)",
        ),
        (
            "line 9",
            "N225 2025-10-31 appears more than once with different closes: 52000 (line 9) and 52411.34 (line 8)",
        ),
    }
    # each copy of the repeated date is quoted as written
    assert sorted(r.raw_excerpt for r in result.rejections if "more than once" in r.reason) == [
        "2025-10-31,1,2,0.5,52000.00,1,1",
        "2025-10-31,1,2,0.5,52411.34,1,1",
    ]


def test_long_layout_and_unknown_files():
    long = b"index_id,date,close\nN225,2025-10-27,50512.32\nKS11,2025-10-27,4042.83\nXX,2025-10-27,1\n"
    result = parse_price_files(
        [
            (long, "long.csv", "long"),
            (b"Date,Close\n2025-01-02,1\n", "foo.csv", "foo"),
            (b"a,b\n1,2\n", "N225.csv", "N225"),
        ],
        CONTEXT,
    )
    assert sorted((r.index_id, r.close) for r in result.records) == [("KS11", 4042.83), ("N225", 50512.32)]
    assert [(r.source, r.locator, r.reason[:40]) for r in result.rejections] == [
        ("long.csv", "line 4", "unknown index_id 'XX'"),
        ("foo.csv", "file", "cannot tell which index the file holds: "),
        ("N225.csv", "file", "unknown CSV layout (header 'a,b'); expec"),
    ]


def test_dates_that_are_not_sessions_are_rejected_with_the_calendar():
    raw = b"Date,Close\n2025-10-27,50512.32\n2025-11-03,50000\n"  # 2025-11-03: Culture Day, Tokyo closed
    parsed = parse_price_files([(raw, "N225.csv", "N225")], CONTEXT)
    checked = check_sessions(
        parsed, CONTEXT.calendars, {"XTKS": session_dates("XTKS", date(2025, 10, 1), date(2025, 11, 30))}
    )
    assert [r.session_date for r in checked.records] == [date(2025, 10, 27)]
    assert [(r.reason, r.raw_excerpt) for r in checked.rejections] == [
        ("2025-11-03 is not a session of XTKS", "2025-11-03,50000")
    ]
