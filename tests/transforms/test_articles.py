from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

from tests.conftest import DATA
from transforms.articles import parse_jsonl_articles, parse_text_article, parse_timestamp

SEED = DATA / "articles" / "000_f196a04fcb3c95be.txt"


def test_seed_text_article_parses_with_date_on_the_first_line():
    result = parse_text_article(SEED.read_bytes(), "data/articles/000_f196a04fcb3c95be.txt")
    assert result.rejections == []
    (article,) = result.records
    assert article.published_date == date(2025, 10, 27)
    assert article.published_at is None and article.published_time_known is False
    assert article.body.startswith("Asian shares rallied and safe-haven assets weakened")
    assert article.body.endswith("turn into durable conviction,” Chanana said.")
    assert article.source_kind == "text"


def test_text_article_without_date_line_is_rejected_with_reason():
    result = parse_text_article(b"Stocks rose on Monday.\n", "in/bad.txt")
    assert result.records == []
    (rej,) = result.rejections
    assert (rej.input_kind, rej.source, rej.locator) == ("article", "in/bad.txt", "line 1")
    assert rej.reason == "first line must be 'date YYYY-MM-DD' followed by the body"
    assert rej.raw_excerpt == "Stocks rose on Monday.\n"


def test_text_article_with_impossible_date_or_empty_body_or_bad_bytes_is_rejected():
    assert (
        "not a valid YYYY-MM-DD date"
        in parse_text_article(b"date 2025-02-30\nBody", "a").rejections[0].reason
    )
    empty = parse_text_article(b"date 2025-02-03\n  \n", "b").rejections[0]
    assert empty.reason == "empty body after the date line" and empty.partition_date == date(2025, 2, 3)
    assert (
        "not UTF-8 text (byte 16"
        in parse_text_article(b"date 2025-02-03\n\xff\xfe", "c").rejections[0].reason
    )


def test_bundled_fomc_releases_parse_with_their_instants():
    result = parse_jsonl_articles((DATA / "articles" / "us_gov_releases.jsonl").read_bytes(), "x.jsonl")
    assert result.rejections == []
    assert [a.published_date for a in result.records] == [
        date(2025, 6, 18),
        date(2025, 7, 30),
        date(2025, 9, 17),
        date(2025, 10, 29),
        date(2025, 12, 10),
    ]
    first = result.records[0]
    assert first.published_at == datetime(2025, 6, 18, 14, 0, tzinfo=timezone(timedelta(hours=-4)))
    assert first.publisher == "Federal Reserve Board"
    assert first.title == "Federal Reserve issues FOMC statement"
    assert result.records[-1].published_at.utcoffset() == timedelta(hours=-5)


def test_jsonl_bad_lines_are_rejected_and_good_lines_load():
    raw = (
        b'{"published_at": "2025-03-04T09:00:00+09:00", "title": "ok", "body": "Nikkei rose 1%."}\n'
        b"not json\n"
        b'{"published_at": "2025-03-04", "title": "no body"}\n'
        b"\n"
        b'{"published_at": "yesterday", "body": "x"}\n'
        b'{"published_at": "2025-03-05T10:00:00", "body": "naive"}\n'
    )
    result = parse_jsonl_articles(raw, "feed.jsonl")
    assert [a.title for a in result.records] == ["ok"]
    assert [(r.locator, r.reason) for r in result.rejections] == [
        ("line 2", "not valid JSON: Expecting value at column 1"),
        ("line 3", "missing or empty 'body'"),
        ("line 5", "published_at 'yesterday' is not an ISO 8601 date or instant"),
        ("line 6", "published_at '2025-03-05T10:00:00' has a time but no UTC offset"),
    ]
    assert result.rejections[1].partition_date == date(2025, 3, 4)


def test_timestamp_date_is_the_publishers_local_date():
    stamp, day = parse_timestamp("2025-10-27T23:30:00-04:00")
    assert day == date(2025, 10, 27)
    assert stamp.astimezone(UTC).date() == date(2025, 10, 28)
    assert parse_timestamp("2025-10-27") == (None, date(2025, 10, 27))


def test_long_runs_of_white_space_are_cut_and_short_ones_kept():
    from transforms.articles import tidy_body

    aligned = "Nikkei 225    48,277.74    +1.3%"
    assert tidy_body(f"  {aligned}\n") == aligned
    assert tidy_body("The Nikkei" + " " * 40_000 + "rose 1%.") == "The Nikkei" + " " * 32 + "rose 1%."
    assert tidy_body("First paragraph." + " \n\t" * 20 + "Second.") == "First paragraph.\n\nSecond."
    # every parser applies it: a 40,000-space run once made claim extraction take a minute
    raw = ("date 2025-10-27\nThe Nikkei" + "\t " * 20_000 + "rose 1%.").encode()
    (article,) = parse_text_article(raw, "in/padded.txt").records
    assert article.body == "The Nikkei" + "\t " * 16 + "rose 1%."
    (from_jsonl,) = parse_jsonl_articles(
        b'{"published_at": "2025-10-27", "body": "A' + b" " * 100 + b'B"}\n', "in/a.jsonl"
    ).records
    assert from_jsonl.body == "A" + " " * 32 + "B"
