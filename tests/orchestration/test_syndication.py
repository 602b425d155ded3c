"""A story carried by several outlets, end to end: the seed wrap as a text file, the same body again
from a feed (an exact copy: one article, two sources) and a syndicator's trimmed copy with its own
boilerplate (a near-copy: another article of the same story). The whole graph is materialised on them."""

from __future__ import annotations

import json
import shutil

import duckdb
import pytest

from tests.conftest import DATA, materialize_sample

SEED = "000_f196a04fcb3c95be.txt"


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory):
    root = tmp_path_factory.mktemp("syndication")
    articles = root / "articles"
    articles.mkdir()
    shutil.copy(DATA / "articles" / SEED, articles / SEED)
    body = (DATA / "articles" / SEED).read_text(encoding="utf-8").split("2025-10-27", 1)[1].strip()
    paragraphs = [p for p in body.splitlines() if p.strip()]
    trimmed = "\n\n".join(paragraphs[:10]) + "\n\nThis story was originally published by a wire service."
    rows = [
        {
            "published_at": "2025-10-27T09:00:00+00:00",
            "source": "Feed One",
            "title": "Asian shares rally",
            "body": body,
        },
        {
            "published_at": "2025-10-27T11:30:00+00:00",
            "source": "Syndicator",
            "title": "Stocks up",
            "body": trimmed,
        },
    ]
    (articles / "feed.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    path = root / "warehouse.duckdb"
    materialize_sample(path, articles=str(articles))
    conn = duckdb.connect(str(path), read_only=True)
    yield conn
    conn.close()


def test_the_copies_are_one_story_with_three_sources(warehouse):
    assert warehouse.execute("select count(*) from staging.article_sources").fetchall() == [(3,)]
    # the feed's copy carries the exact instant, so the story's row is the feed's (README: Identity)
    first, copy = warehouse.execute(
        "select article_id, story_id, is_near_duplicate, max_similarity, most_similar_id "
        "from staging.article_novelty join staging.articles using (article_id) order by published_at"
    ).fetchall()
    assert (first[1], first[2], first[4]) == (first[0], False, None)
    assert (copy[1], copy[2], copy[4]) == (first[0], True, first[0])
    assert copy[3] >= 0.9  # the trimmed copy is all in the original
    sources = warehouse.execute("select distinct story_n_sources from marts.news_events").fetchall()
    assert sources == [(3,)]


def test_the_event_study_counts_the_story_once_per_index(warehouse):
    per_article = warehouse.execute(
        "select count(distinct index_id) from marts.news_events group by article_id order by 1"
    ).fetchall()
    assert per_article == [(6,), (6,)]  # the trimmed copy still names all six indices
    n_events = warehouse.execute(
        "select max(n_events) from marts.event_study where group_kind = 'all'"
    ).fetchall()
    # six events of the story (not twelve), less CSI 300's, which has no closes in the sample
    assert n_events == [(5,)]
    # the daily mart counts both articles, but one story, on each index's session
    counts = warehouse.execute(
        "select distinct n_articles, n_stories from marts.daily_news_market where n_articles > 0"
    ).fetchall()
    assert counts == [(2, 1)]
    # the copy repeats the story's claims, under the one story_id
    stories = warehouse.execute(
        "select count(distinct article_id), count(distinct story_id) from marts.claim_checks"
    ).fetchall()
    assert stories == [(2, 1)]


def test_the_syndicated_stories_example(warehouse):
    from orchestration.sql import SQL_DIR

    rows = warehouse.execute((SQL_DIR / "examples" / "syndicated_stories.sql").read_text()).fetchall()
    assert len(rows) == 1
    _, title, n_articles, n_sources, first, last, returns = rows[0]
    assert (title, n_articles, n_sources, first.isoformat(), last.isoformat()) == (
        "Asian shares rally",
        2,
        3,
        "2025-10-27",
        "2025-10-27",
    )
    # dated by the feed's 09:00 UTC copy: after Hong Kong's and Seoul's close, so their next sessions
    assert returns == "CSI300 ?%, HSI -0.33%, IXIC 1.86%, KS11 -0.8%, N225 -0.58%, SPX 1.23%"
