"""Source specs, the HTTP fetcher and the parse-and-validate path on the fixture files of every layout."""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.fetch import CacheEntry, FetchError, HttpFetcher
from orchestration.ingestion import article_batch, price_batch, sniff_article_format
from orchestration.sources import (
    ARTICLE_SUFFIXES,
    PRICE_SUFFIXES,
    IndexSymbols,
    InputFile,
    SourceEntry,
    SourceSpecError,
    fill_template,
    parse_spec,
    read_inputs,
    read_price_inputs,
)
from tests.conftest import FIXTURES
from tests.orchestration.localhttp import LocalHTTP, Reply
from transforms.prices import PriceContext

START = date(2025, 1, 1)
CONTEXT = PriceContext(
    symbols={
        "N225": "N225",
        "^N225": "N225",
        "^NKX": "N225",
        "SPX": "SPX",
        "^GSPC": "SPX",
        "^SPX": "SPX",
        "KS11": "KS11",
        "HSI": "HSI",
    },
    calendars={"N225": "XTKS", "SPX": "XNYS", "KS11": "XKRX", "HSI": "XHKG"},
)


def _fast(**kw) -> HttpFetcher:
    return HttpFetcher(timeout_s=kw.pop("timeout_s", 2.0), backoff_s=0.01, **kw)


def test_spec_mixes_folders_files_globs_and_urls(tmp_path):
    spec = f"{FIXTURES / 'articles'}, {FIXTURES / 'broken_articles' / '*.txt'}, https://x.test/feed"
    entries = parse_spec(spec)
    assert [e.is_url for e in entries] == [False, False, True]
    files = read_inputs(",".join(e.location for e in entries[:2]), ARTICLE_SUFFIXES)
    assert [(f.stem, f.fmt) for f in files] == [
        ("boj_hold", "text"),
        ("central_banks", "feed"),
        ("markets", "feed"),
        ("wire", "jsonl"),
        ("empty_body", "text"),
        ("good", "text"),
        ("no_date", "text"),
        ("not_utf8", "text"),
    ]
    with pytest.raises(SourceSpecError, match="'/no/such/folder' does not exist"):
        read_inputs("/no/such/folder", ARTICLE_SUFFIXES)


def test_yaml_source_list_with_paths_urls_formats_and_indices(tmp_path):
    (tmp_path / "news").mkdir()
    listing = tmp_path / "sources.yaml"
    listing.write_text(
        "sources:\n"
        "  - news\n"
        "  - url: https://feeds.example.test/markets\n"
        "    format: feed\n"
        "  - url: https://prices.example.test/q/{stooq}.csv\n"
        "    indices: [n225, spx]\n"
    )
    assert parse_spec(str(listing)) == [
        SourceEntry(str(tmp_path / "news")),
        SourceEntry("https://feeds.example.test/markets", "feed"),
        SourceEntry("https://prices.example.test/q/{stooq}.csv", None, ("N225", "SPX")),
    ]
    listing.write_text("sources:\n  - {url: a, path: b}\n")
    with pytest.raises(SourceSpecError, match="entry 1 needs exactly one of 'path' or 'url'"):
        parse_spec(str(listing))


def test_url_templates_fill_symbols_quoted_and_skip_indices_without_one():
    n225 = IndexSymbols("N225", "^N225", {"stooq": "^NKX"})
    csi = IndexSymbols("CSI300", "000300.SS", {})
    assert fill_template("http://h/q/{symbol}.csv", n225) == "http://h/q/%5EN225.csv"
    assert fill_template("http://h/d/l/?s={stooq}&i=d", n225) == "http://h/d/l/?s=%5ENKX&i=d"
    assert fill_template("http://h/{index_id}", csi) == "http://h/CSI300"
    assert fill_template("http://h/d/l/?s={stooq}", csi) is None


def test_fetcher_retries_5xx_with_backoff_then_uses_conditional_get():
    with LocalHTTP() as http:
        http.routes["/feed"] = [
            Reply(503),
            Reply(502),
            Reply(200, b"<rss/>", {"Last-Modified": "Mon, 27 Oct"}, etag='"v1"'),
        ]
        waits: list[float] = []
        fetcher = HttpFetcher(timeout_s=2, retries=3, backoff_s=0.5, sleep=waits.append)
        got = fetcher.fetch(http.url("/feed"))
        assert (got.body, got.changed, waits) == (b"<rss/>", True, [0.5, 1.0])
        entry = fetcher.updates[http.url("/feed")]
        assert (entry.etag, entry.last_modified, entry.status) == ('"v1"', "Mon, 27 Oct", 200)

        again = HttpFetcher(cache=fetcher.updates, timeout_s=2)
        got = again.fetch(http.url("/feed"))
        assert (got.body, got.changed, again.unchanged) == (b"<rss/>", False, [http.url("/feed")])
        assert again.updates[http.url("/feed")].status == 304
        headers = http.requests[-1][1]
        assert (headers["If-None-Match"], headers["If-Modified-Since"]) == ('"v1"', "Mon, 27 Oct")
        assert http.paths() == ["/feed"] * 4


def test_fetcher_errors_name_the_url_after_retries_or_at_once_for_4xx():
    with LocalHTTP() as http:
        http.routes["/down"] = [Reply(500)]
        http.routes["/slow"] = [Reply(200, b"late", delay_s=1.0)]
        with pytest.raises(
            FetchError, match=r"/down: HTTP 500 Internal Server Error \(gave up after 3 attempts\)"
        ):
            _fast(retries=2).fetch(http.url("/down"))
        with pytest.raises(FetchError, match=r"/slow: timed out after 0.2 s \(gave up after 2 attempts\)"):
            _fast(retries=1, timeout_s=0.2).fetch(http.url("/slow"))
        with pytest.raises(FetchError, match=r"/missing: HTTP 404 Not Found$") as err:
            _fast(retries=3).fetch(http.url("/missing"))
        assert err.value.status == 404
        assert http.paths().count("/down") == 3 and http.paths().count("/missing") == 1
    with pytest.raises(FetchError, match=r"cannot connect"):
        _fast(retries=0).fetch(http.url("/gone"))


def test_price_template_404_is_a_rejection_for_that_index_and_500_then_success_loads():
    indices = [IndexSymbols("N225", "^N225", {}), IndexSymbols("KS11", "^KS11", {})]
    with LocalHTTP() as http:
        http.routes["/q/%5EN225.csv"] = [
            Reply(500),
            Reply(200, (FIXTURES / "prices" / "^N225.csv").read_bytes()),
        ]
        inputs, rejections = read_price_inputs(http.url("/q/{symbol}.csv"), indices, _fast())
        closes, rejected = price_batch(inputs, CONTEXT, rejections)
    assert [(i.source, i.stem) for i in inputs] == [(http.url("/q/%5EN225.csv"), "N225")]
    assert [(r.source, r.locator, r.reason) for r in rejected] == [
        (http.url("/q/%5EKS11.csv"), "file", "HTTP 404 Not Found: no prices for KS11 at this URL")
    ]
    assert list(closes["close"]) == [50512.32, 50219.18, 51307.65, 51325.61, 52411.34]


def test_every_price_layout_from_fixture_files():
    closes, rejected = price_batch(read_inputs(str(FIXTURES / "prices"), PRICE_SUFFIXES), CONTEXT)
    assert rejected == []
    by_index = closes.groupby("index_id")["close"].apply(list).to_dict()
    assert by_index == {
        "HSI": [26433.70, 26346.14, 26282.69, 25906.65],  # 10-29 was a Hong Kong holiday
        "KS11": [4042.83, 4010.41, 4081.15, 4086.89, 4107.50],
        "N225": [50512.32, 50219.18, 51307.65, 51325.61, 52411.34],  # Yahoo, unsorted, "50,512.32"
        "SPX": [6875.16, 6890.89, 6890.59, 6822.34, 6840.20],  # Stooq ^spx_d.csv, CRLF
    }
    spx = closes[closes.index_id == "SPX"].iloc[0]
    assert (spx.source, spx.locator, spx.volume) == (
        "tests/fixtures/prices/^spx_d.csv",
        "line 2",
        5290650000.0,
    )


def test_broken_price_files_quarantine_each_problem_and_keep_the_good_rows():
    closes, rejected = price_batch(read_inputs(str(FIXTURES / "broken_prices"), PRICE_SUFFIXES), CONTEXT)
    assert [
        (str(d.date()), c)
        for d, c in zip(closes.session_date.astype("datetime64[ns]"), closes.close, strict=True)
    ] == [
        ("2025-10-27", 50512.32),  # twice with the same close: kept once
        ("2025-10-30", 51325.61),
        ("2025-10-31", 52411.34),
    ]
    reasons = {(r.source.rsplit("/", 1)[1], r.locator): r.reason for r in rejected}
    dup = "N225 2025-10-28 appears more than once with different closes: 50219.18 (line 4) and 50291.18 (line 5)"
    assert reasons == {
        ("N225.csv", "line 2"): "not UTF-8 text (byte 13: b'\\xe9')",
        ("N225_wrong_header.csv", "file"): (
            "unknown CSV layout (header 'when,value'); expected Date,Open,High,Low,Close[,Adj Close],Volume "
            "or index_id,date,close"
        ),
        ("UNKNOWN.csv", "file"): (
            "cannot tell which index the file holds: 'UNKNOWN' is not an index id or symbol in "
            "data/reference/indices.csv"
        ),
        ("^N225.csv", "line 4"): dup,
        ("^N225.csv", "line 5"): dup,
        ("^N225.csv", "line 6"): "close '-51307.65' is not positive",
        ("^N225.csv", "line 10"): "2025-11-03 is not a session of XTKS",
        ("^N225.csv", "line 11"): "close is missing",
        ("^N225.csv", "line 12"): "close '52411.34x' is not a number",
        ("^N225.csv", "line 13"): "row has 8 fields, the header has 7 (an unquoted thousands separator?)",
        ("^N225.csv", "line 14"): "close '0' is not positive",
    }


def test_articles_of_every_layout_dedupe_by_story_and_quarantine_the_rest():
    batch = article_batch(read_inputs(str(FIXTURES / "articles"), ARTICLE_SUFFIXES), START)
    stories = batch.stories.set_index("article_id")
    # 1 text + 3 of 6 RSS items + 2 of 3 Atom entries + 2 of 7 JSONL lines = 8 copies of 6 stories
    assert (len(batch.copies), len(stories)) == (8, 6)
    boj = stories.loc["d6fedd5793a58e19"]
    # the feed's copy has the exact instant, so it is the story's row; the text file is its other source
    assert (boj.source_kind, boj.locator, boj.title) == ("rss", "item 1", "BOJ holds rates steady")
    assert sorted(batch.copies[batch.copies.article_id == "d6fedd5793a58e19"].source_kind) == ["rss", "text"]
    fed = stories.loc["f39f85eadcd56509"]  # both copies timed: the first source in sort order
    assert (fed.source_kind, fed.source) == ("rss", "tests/fixtures/articles/markets.xml")
    reasons = sorted(
        (r.source.rsplit("/", 1)[1], r.locator, r.reason, r.partition_date) for r in batch.rejections
    )
    assert reasons == [
        ("central_banks.atom", "item 3", "feed item has no publication date", None),
        ("markets.xml", "item 3", "feed item has no publication date", None),
        (
            "markets.xml",
            "item 4",
            "feed item date 'sometime last week' is not an RFC 822 or ISO 8601 date",
            None,
        ),
        ("markets.xml", "item 5", "feed item has no summary or content", date(2025, 10, 28)),
        ("wire.jsonl", "line 4", "missing or empty 'body'", date(2025, 10, 28)),
        ("wire.jsonl", "line 5", "published_at '28/10/2025' is not an ISO 8601 date or instant", None),
        ("wire.jsonl", "line 6", "not valid JSON: Expecting value at column 1", None),
        (
            "wire.jsonl",
            "line 7",
            "published 2024-12-30, before the first partition 2025-01-01 (NEWSMARKET_START_DATE)",
            None,
        ),
    ]


def test_broken_article_files_are_rejections_and_the_good_file_loads():
    batch = article_batch(read_inputs(str(FIXTURES / "broken_articles"), ARTICLE_SUFFIXES), START)
    # the truncated feed's first item (the BOJ story) still loads
    assert [b[:25] for b in batch.stories.body] == ["The Bank of Japan kept it", "Bonds rallied on Friday a"]
    assert sorted(
        (r.source.rsplit("/", 1)[1], r.locator, r.reason.split(" (")[0]) for r in batch.rejections
    ) == [
        ("empty_body.txt", "line 1", "empty body after the date line"),
        ("no_date.txt", "line 1", "first line must be 'date YYYY-MM-DD' followed by the body"),
        ("not_a_feed.xml", "file", "not an RSS or Atom feed"),
        ("not_utf8.txt", "line 1", "not UTF-8 text"),
        ("truncated.xml", "file", "feed is not well-formed XML"),
        ("truncated.xml", "item 2", "feed item has no publication date"),
    ]


def test_url_inputs_without_a_telling_suffix_are_sniffed():
    assert sniff_article_format(b"\xef\xbb\xbf<?xml version='1.0'?><feed/>") == "feed"
    assert sniff_article_format(b'\n{"body": "x"}\n') == "jsonl"
    assert sniff_article_format(b"date 2025-10-27\nBody") == "text"


def test_cache_entry_survives_a_round_trip_through_the_warehouse():
    import duckdb

    from orchestration.fetch import load_http_cache, save_http_cache

    conn = duckdb.connect()
    assert load_http_cache(conn) == {}
    stamp = __import__("datetime").datetime(2025, 10, 27, 1, 2, 3, tzinfo=__import__("datetime").UTC)
    entry = CacheEntry("http://h/feed", '"v1"', None, b"\x00\xffbody", 200, stamp)
    save_http_cache(conn, {entry.url: entry})
    save_http_cache(conn, {entry.url: entry})
    (loaded,) = load_http_cache(conn).values()
    assert (loaded.url, loaded.etag, loaded.last_modified, loaded.body, loaded.status) == (
        "http://h/feed",
        '"v1"',
        None,
        b"\x00\xffbody",
        200,
    )


def test_an_article_dated_after_the_last_partition_is_quarantined():
    future = InputFile("inbox/typo.txt", b"date 2052-10-27\nStocks rose on Monday.", "text", "typo")
    # a Tokyo morning article is a day ahead of UTC's today: it waits for its partition
    tokyo = InputFile(
        "inbox/tokyo.jsonl",
        b'{"published_at": "2025-12-11T08:30:00+09:00", "body": "Japan\'s Nikkei rose 0.5%."}\n',
        "jsonl",
        "tokyo",
    )
    batch = article_batch([future, tokyo], START, date(2025, 12, 10))
    assert [str(d) for d in batch.stories.published_date] == ["2025-12-11"]
    assert [(r.source, r.locator, r.reason) for r in batch.rejections] == [
        (
            "inbox/typo.txt",
            "file",
            "published 2052-10-27, more than a day after the last partition 2025-12-10 (today's, UTC): a future "
            "date",
        )
    ]
