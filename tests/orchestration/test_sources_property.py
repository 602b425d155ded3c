"""Property: whatever bytes arrive as an article file, a JSON line or a CSV row, the parse-and-validate
path of the ingest assets loads them or quarantines them with a reason; it never raises, and the good
rows beside them still load."""

from __future__ import annotations

import csv
import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from orchestration.ingestion import article_batch, price_batch
from orchestration.sources import InputFile
from tests.conftest import FIXTURES
from transforms.articles import decode_lines
from transforms.prices import PriceContext
from transforms.text import article_id

START = __import__("datetime").date(2025, 1, 1)
GOOD_ARTICLES = [
    InputFile("good/boj_hold.txt", (FIXTURES / "articles" / "boj_hold.txt").read_bytes(), "text", "boj_hold"),
    InputFile(
        "good/central_banks.atom", (FIXTURES / "articles" / "central_banks.atom").read_bytes(), "feed", "cb"
    ),
]
GOOD_IDS = {"d6fedd5793a58e19", "0f8c27b54e1e7a32", "b790879ffad992ab"}
GOOD_LINE = json.dumps({"published_at": "2025-10-28T09:00:00+09:00", "body": "Tokyo stocks opened higher."})
GOOD_CSV = (FIXTURES / "prices" / "^N225.csv").read_bytes().rstrip(b"\n").split(b"\n")
N225 = PriceContext(symbols={"N225": "N225", "^N225": "N225"}, calendars={"N225": "XTKS"})
GOOD_CLOSES = {50512.32, 50219.18, 51307.65, 51325.61, 52411.34}
PROFILE = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])

json_like = st.fixed_dictionaries(
    {},
    optional={
        "published_at": st.one_of(
            st.text(max_size=30),
            st.dates().map(str),
            st.datetimes(timezones=st.timezones()).map(lambda d: d.isoformat()),
            st.integers(),
            st.none(),
        ),
        "body": st.one_of(st.text(max_size=80), st.integers(), st.none(), st.lists(st.text(max_size=5))),
        "title": st.one_of(st.text(max_size=20), st.integers(), st.none()),
        "url": st.one_of(st.text(max_size=20), st.none()),
        "source": st.one_of(st.text(max_size=20), st.none()),
    },
).map(lambda d: json.dumps(d).encode())
any_bytes = st.one_of(
    st.binary(max_size=300),
    st.text(max_size=300).map(str.encode),
    json_like,
    st.builds(lambda b: b"date 2025-10-2" + b, st.binary(max_size=60)),
    st.builds(lambda b: b"<rss version='2.0'><channel><item>" + b, st.binary(max_size=120)),
)
fmt = st.sampled_from(["text", "jsonl", "feed", None])


@PROFILE
@given(raw=any_bytes, kind=fmt)
def test_an_arbitrary_article_file_is_loaded_or_quarantined_and_the_good_files_still_load(raw, kind):
    batch = article_batch([*GOOD_ARTICLES, InputFile("fuzz/input", raw, kind, "input")], START)
    assert GOOD_IDS <= set(batch.stories.article_id)
    assert all(r.reason.strip() and r.locator.strip() for r in batch.rejections)
    loaded = (batch.copies.source == "fuzz/input").sum()
    rejected = sum(r.source == "fuzz/input" for r in batch.rejections)
    if kind == "jsonl":
        # every line that is not blank is a row or a rejection of its own
        assert loaded + rejected == sum(1 for line in decode_lines(raw) if line is None or line.strip())
    else:
        assert loaded + rejected >= 1


@PROFILE
@given(line=st.one_of(any_bytes.map(lambda b: b.replace(b"\n", b" ").replace(b"\r", b" ")), json_like))
def test_an_arbitrary_json_line_between_good_lines_is_a_row_or_a_rejection(line):
    raw = b"\n".join([GOOD_LINE.encode(), line, GOOD_LINE.replace("opened", "closed").encode()])
    batch = article_batch([InputFile("fuzz/wire.jsonl", raw, "jsonl", "wire")], START)
    ids = set(batch.copies.article_id)
    assert {article_id("Tokyo stocks opened higher."), article_id("Tokyo stocks closed higher.")} <= ids
    assert all(r.reason.strip() for r in batch.rejections)
    middle = (batch.copies.locator == "line 2").sum() + sum(r.locator == "line 2" for r in batch.rejections)
    blank = line.strip() == b"" or not line.decode("utf-8", "replace").strip()
    assert middle == (0 if blank else 1)


@PROFILE
@given(row=st.one_of(st.binary(max_size=120), st.text(max_size=120).map(str.encode)), at=st.integers(1, 6))
def test_an_arbitrary_csv_row_is_loaded_or_quarantined_and_the_good_rows_still_load(row, at):
    row = row.replace(b"\n", b" ").replace(b"\r", b" ")
    lines = [*GOOD_CSV[:at], row, *GOOD_CSV[at:]]
    closes, rejected = price_batch([InputFile("fuzz/^N225.csv", b"\n".join(lines), "csv", "^N225")], N225)
    assert all(r.reason.strip() and r.locator.startswith("line ") for r in rejected)
    duplicated = {r.partition_date for r in rejected if "appears more than once" in r.reason}
    kept = set(closes.close)
    for close in GOOD_CLOSES:
        # a good row is only dropped when the fuzzed row gives its date a different close (both rejected)
        assert close in kept or duplicated
    locator = f"line {at + 1}"
    outcome = (closes.locator == locator).sum() + sum(r.locator == locator for r in rejected)
    # a blank row (only commas and spaces) is skipped; anything else is a row or a rejection
    text = row.decode("utf-8", "replace")
    blank = not any(field.strip() for field in next(csv.reader([text]), []))
    assert outcome == (0 if blank else 1)
