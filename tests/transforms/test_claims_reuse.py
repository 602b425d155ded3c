"""``extract_claims`` given the article's index mentions (as ``analyse_article`` passes them) finds
exactly the claims it finds when it looks the mentions up itself."""

from __future__ import annotations

from pathlib import Path

from orchestration.lexicons import load_lexicons
from tests.transforms.test_claims_dev import read_article
from transforms.claims import extract_claims
from transforms.mentions import find_index_mentions
from transforms.text import split_sentences

REPO = Path(__file__).resolve().parents[2]
CLAIMS_DEV = REPO.parent / "shared" / "claims_dev" / "articles"


def test_claims_with_given_mentions_are_the_same() -> None:
    lex = load_lexicons(str(REPO / "data" / "reference")).indices
    total = 0
    for path in sorted(CLAIMS_DEV.glob("*.txt")):
        published, body = read_article(path)
        sentences = split_sentences(body)
        mentions = find_index_mentions(body, sentences, lex)
        given = extract_claims(body, sentences, lex, published, mentions=mentions)
        assert given == extract_claims(body, sentences, lex, published), path.name
        total += len(given)
    assert total >= 90
