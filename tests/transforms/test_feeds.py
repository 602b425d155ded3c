from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

from tests.conftest import FIXTURES
from transforms.articles import parse_jsonl_articles, parse_text_article
from transforms.feeds import html_to_text, looks_like_feed, parse_feed
from transforms.text import article_id

ARTICLES = FIXTURES / "articles"
BROKEN = FIXTURES / "broken_articles"


def _parse(path):
    return parse_feed(path.read_bytes(), f"fx/{path.name}")


def test_rss_items_keep_their_offsets_and_bad_items_are_rejected_by_item_number():
    result = _parse(ARTICLES / "markets.xml")
    rows = [
        (a.locator, a.source_kind, a.published_at, a.published_date, a.title, a.url) for a in result.records
    ]
    assert rows == [
        (
            "item 1",
            "rss",
            datetime(2025, 10, 30, 12, 40, tzinfo=timezone(timedelta(hours=9))),
            date(2025, 10, 30),
            "BOJ holds rates steady",
            "https://news.example.test/boj-holds",
        ),
        (
            "item 2",
            "rss",
            datetime(2025, 10, 29, 14, 5, tzinfo=timezone(timedelta(hours=-4))),
            date(2025, 10, 29),
            "Fed cuts rates by a quarter point",
            "https://news.example.test/fed-cut",
        ),
        # 23:30 in New York is already 10-31 in UTC: the date is the publisher's.
        (
            "item 6",
            "rss",
            datetime(2025, 10, 30, 23, 30, tzinfo=timezone(timedelta(hours=-4))),
            date(2025, 10, 30),
            "Late-evening wrap in New York",
            "https://news.example.test/late-wrap",
        ),
    ]
    assert {a.publisher for a in result.records} == {"Fixture Markets Wire"}
    assert all(a.published_time_known for a in result.records)
    assert [(r.locator, r.reason, r.raw_excerpt, r.partition_date) for r in result.rejections] == [
        ("item 3", "feed item has no publication date", "Item without a date", None),
        (
            "item 4",
            "feed item date 'sometime last week' is not an RFC 822 or ISO 8601 date",
            "Item with a vague date",
            None,
        ),
        ("item 5", "feed item has no summary or content", "Item without text", date(2025, 10, 28)),
    ]


def test_rss_content_replaces_the_teaser_and_html_becomes_plain_text():
    fed = _parse(ARTICLES / "markets.xml").records[1]
    assert fed.body == (
        "The Federal Reserve lowered its benchmark rate by 25 basis points on Wednesday.\n\n"
        "Shares in the S&P 500 were little changed after the decision.\nTraders had priced in the move."
    )


def test_atom_entries_use_published_then_updated_and_html_titles_are_stripped():
    result = _parse(ARTICLES / "central_banks.atom")
    assert [
        (a.source_kind, a.locator, a.title, a.published_at.isoformat(), a.body) for a in result.records
    ] == [
        (
            "atom",
            "item 1",
            "ECB leaves rates unchanged",
            "2025-10-30T14:15:00+01:00",
            "The European Central Bank left its deposit rate at 2% on Thursday.\n\nThird hold in a row",
        ),
        (
            "atom",
            "item 2",
            "Bank of Canada cuts",
            "2025-10-29T09:45:00-04:00",
            "The Bank of Canada cut its policy rate to 2.25% on Wednesday.",
        ),
    ]
    assert [(r.locator, r.reason) for r in result.rejections] == [
        ("item 3", "feed item has no publication date")
    ]


def test_same_story_in_a_feed_and_in_files_has_one_identity():
    feed = {a.title: article_id(a.body) for a in _parse(ARTICLES / "markets.xml").records}
    (boj_file,) = parse_text_article((ARTICLES / "boj_hold.txt").read_bytes(), "boj_hold.txt").records
    fed_line = parse_jsonl_articles((ARTICLES / "wire.jsonl").read_bytes(), "wire.jsonl").records[0]
    # curly quotes and an em dash in the file, straight quotes and a hyphen in the feed's HTML
    assert article_id(boj_file.body) == feed["BOJ holds rates steady"] == "d6fedd5793a58e19"
    assert article_id(fed_line.body) == feed["Fed cuts rates by a quarter point"] == "f39f85eadcd56509"


def test_broken_feeds_are_rejected_whole_or_keep_the_items_before_the_damage():
    not_feed = _parse(BROKEN / "not_a_feed.xml")
    assert not_feed.records == []
    ((locator, reason),) = [(r.locator, r.reason) for r in not_feed.rejections]
    assert locator == "file" and reason.startswith("not an RSS or Atom feed (")

    truncated = _parse(BROKEN / "truncated.xml")
    assert [a.title for a in truncated.records] == ["BOJ holds rates steady"]
    assert [(r.locator, r.reason.split(" (")[0]) for r in truncated.rejections] == [
        ("file", "feed is not well-formed XML"),
        ("item 2", "feed item has no publication date"),
    ]
    assert truncated.rejections[0].reason.endswith("2 items read before the damage")


def test_garbage_and_empty_input_are_file_rejections():
    for raw in (b"", b"\x00\xff\xfe garbage", b"date 2025-10-27\nNot a feed"):
        result = parse_feed(raw, "x.xml")
        assert result.records == [] and [r.locator for r in result.rejections] == ["file"]


def test_rfc822_zones_minus_zero_is_utc_and_missing_zone_is_rejected():
    def rss(date_text: str) -> bytes:
        return (
            '<rss version="2.0"><channel><title>t</title><item><title>a</title>'
            f"<pubDate>{date_text}</pubDate><description>Body text.</description></item></channel></rss>"
        ).encode()

    (utc,) = parse_feed(rss("Mon, 27 Oct 2025 06:00:00 -0000"), "a").records
    assert utc.published_at == datetime(2025, 10, 27, 6, tzinfo=UTC)
    (gmt,) = parse_feed(rss("Mon, 27 Oct 2025 06:00:00 GMT"), "a").records
    assert gmt.published_at == datetime(2025, 10, 27, 6, tzinfo=UTC)
    (naive,) = parse_feed(rss("Mon, 27 Oct 2025 06:00:00"), "a").rejections
    assert naive.reason == "feed item date 'Mon, 27 Oct 2025 06:00:00' has a time but no UTC offset"
    (dated,) = parse_feed(rss("2025-10-27"), "a").records
    assert (dated.published_at, dated.published_date, dated.published_time_known) == (
        None,
        date(2025, 10, 27),
        False,
    )


def test_html_to_text_and_feed_sniffing():
    assert (
        html_to_text("<p>One &amp; two</p><p>Three<br>four</p><style>x{}</style>")
        == "One & two\n\nThree\nfour"
    )
    assert html_to_text("S&P 500 < 6,000") == "S&P 500 < 6,000"
    assert looks_like_feed(b"\xef\xbb\xbf  <?xml version='1.0'?><rss/>")
    assert not looks_like_feed(b'{"body": "x"}')
