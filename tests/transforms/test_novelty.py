from __future__ import annotations

from datetime import date, timedelta

import pytest

from tests.conftest import DATA
from transforms.novelty import score_novelty, shingles, signature

SEED_BODY = (
    (DATA / "articles" / "000_f196a04fcb3c95be.txt").read_text(encoding="utf-8").split("2025-10-27", 1)[1]
)
FOMC = (DATA / "articles" / "us_gov_releases.jsonl").read_text(encoding="utf-8")[:3000]
DAY = date(2025, 10, 27)


def test_shingles_are_word_five_grams():
    assert len(shingles("one two three four five six")) == 2
    assert len(shingles("too short")) == 1
    assert shingles("") == set()


def test_syndicated_copy_joins_the_earlier_story_and_a_new_story_does_not():
    edited = SEED_BODY.replace("Asian shares rallied", "Asian stocks rallied").replace(
        "Rodda said.", "said Rodda."
    )
    results = score_novelty([("a" * 16, DAY, SEED_BODY), ("b" * 16, DAY, edited), ("c" * 16, DAY, FOMC)])
    first, copy, other = results
    assert (first.story_id, first.novelty, first.most_similar_id) == ("a" * 16, 1.0, None)
    assert (copy.story_id, copy.most_similar_id, copy.is_near_duplicate) == ("a" * 16, "a" * 16, True)
    assert copy.max_similarity >= 0.9 and copy.novelty == round(1 - copy.max_similarity, 4)
    assert (other.story_id, other.is_near_duplicate) == ("c" * 16, False)
    assert other.max_similarity < 0.1


def test_only_the_lookback_days_count():
    copy = SEED_BODY.replace("Asian shares rallied", "Asian stocks rallied")
    week, later = score_novelty(
        [("a", DAY, SEED_BODY), ("b", DAY + timedelta(days=7), copy), ("c", DAY + timedelta(days=8), copy)],
        lookback_days=7,
    )[1:]
    assert (week.story_id, week.most_similar_id, week.is_near_duplicate) == ("a", "a", True)
    # eight days on, the original is out of reach; the copy of day 7 is not
    assert (later.story_id, later.most_similar_id, later.max_similarity) == ("a", "b", 1.0)
    alone = score_novelty([("a", DAY, SEED_BODY), ("c", DAY + timedelta(days=8), copy)], lookback_days=7)[1]
    assert (alone.story_id, alone.most_similar_id, alone.max_similarity, alone.novelty) == (
        "c",
        None,
        0.0,
        1.0,
    )


def test_scoring_day_by_day_with_known_stories_gives_what_one_run_gives():
    copy = SEED_BODY.replace("Asian shares rallied", "Asian stocks rallied")
    articles = [
        ("a", DAY, SEED_BODY),
        ("f", DAY + timedelta(days=2), FOMC),
        ("b", DAY + timedelta(days=6), copy),
        ("c", DAY + timedelta(days=12), copy + " Reporting by a syndicator."),
    ]
    at_once = score_novelty(articles)
    stored: dict[str, str] = {}
    by_day = []
    for i, (_, day, _) in enumerate(articles):
        window = [a for a in articles[: i + 1] if a[1] >= day - timedelta(days=7)]
        scored = score_novelty(window, known_stories={k: v for k, v in stored.items() if k != articles[i][0]})
        by_day += scored
        stored.update({n.article_id: n.story_id for n in scored})
    assert by_day == at_once
    # "c" only sees "b" (12 days after "a"), yet joins the story "b" joined
    assert [(n.article_id, n.story_id) for n in at_once] == [("a", "a"), ("f", "f"), ("b", "a"), ("c", "a")]


def test_articles_out_of_order_are_refused():
    with pytest.raises(ValueError, match="publication order"):
        score_novelty([("a", DAY, SEED_BODY), ("b", DAY - timedelta(days=1), FOMC)])


def test_first_article_is_fully_novel_and_signatures_are_stable():
    (only,) = score_novelty([("a" * 16, DAY, SEED_BODY)])
    assert (only.novelty, only.story_id, only.most_similar_id) == (1.0, "a" * 16, None)
    assert (signature(SEED_BODY) == signature(SEED_BODY)).all()
    assert int(signature("the same words in the same order")[0]) == int(
        signature("The same words, in the same order!")[0]
    )
