from __future__ import annotations

from tests.conftest import DATA
from transforms.novelty import score_novelty, shingles, signature

SEED_BODY = (
    (DATA / "articles" / "000_f196a04fcb3c95be.txt").read_text(encoding="utf-8").split("2025-10-27", 1)[1]
)


def test_shingles_are_word_five_grams():
    assert len(shingles("one two three four five six")) == 2
    assert len(shingles("too short")) == 1
    assert shingles("") == set()


def test_syndicated_copy_joins_the_earlier_story_and_a_new_story_does_not():
    edited = SEED_BODY.replace("Asian shares rallied", "Asian stocks rallied").replace(
        "Rodda said.", "said Rodda."
    )
    fomc = (DATA / "articles" / "us_gov_releases.jsonl").read_text(encoding="utf-8")[:3000]
    results = score_novelty([("a" * 16, SEED_BODY), ("b" * 16, edited), ("c" * 16, fomc)])
    first, copy, other = results
    assert (first.story_id, first.novelty) == ("a" * 16, 1.0)
    assert (copy.story_id, copy.most_similar_id, copy.is_near_duplicate) == ("a" * 16, "a" * 16, True)
    assert copy.max_similarity >= 0.9 and copy.novelty == round(1 - copy.max_similarity, 4)
    assert (other.story_id, other.is_near_duplicate) == ("c" * 16, False)
    assert other.max_similarity < 0.1


def test_first_article_is_fully_novel_and_signatures_are_stable():
    (only,) = score_novelty([("a" * 16, SEED_BODY)])
    assert (only.novelty, only.story_id, only.most_similar_id) == (1.0, "a" * 16, None)
    assert (signature(SEED_BODY) == signature(SEED_BODY)).all()
    assert int(signature("the same words in the same order")[0]) == int(
        signature("The same words, in the same order!")[0]
    )
