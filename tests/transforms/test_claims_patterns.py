"""The trie-factored patterns of ``transforms.claims`` match exactly what the plain alternations they
were written from match, on real wire sentences and on every alternative's own words."""

from __future__ import annotations

import json
import re
from pathlib import Path

from transforms import claims

HERE = Path(__file__).resolve().parent
CLAIMS_DEV = HERE.parents[2] / "shared" / "claims_dev" / "articles"


def _texts() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(CLAIMS_DEV.glob("*.txt"))]
    rows = (HERE / "claims_devset.jsonl").read_text(encoding="utf-8").splitlines()
    texts += [json.loads(line)["text"] for line in rows if line.strip()]
    # Every alternative written out (with \s+ as a space, other syntax as a sample), alone and in context.
    for source in claims._TRIE_SOURCES:
        for alt in claims._split_top(source):
            words = re.sub(r"\\s\+", " ", alt)
            words = re.sub(r"\\d\{3,4\}|\\d", "1030", words).replace(r"\w+", "Tuesday's")
            words = re.sub(r"[()?:|\\]", " ", words)
            texts.append(f"The Nikkei {words} 2.5% to 38,000, {words.upper()}s {words}ed the Topix {words} 3")
    return texts


def _plain(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """``pattern`` with every trie replaced by the alternation it was built from (None if it has none)."""
    source = pattern.pattern
    for alternatives in claims._TRIE_SOURCES:
        source = source.replace(claims._trie_source(alternatives), "(?:" + alternatives + ")")
    return re.compile(source, pattern.flags) if source != pattern.pattern else None


def _matches(pattern: re.Pattern[str], text: str) -> list[tuple]:
    return [(m.span(), m.groups()) for m in pattern.finditer(text)]


def test_trie_patterns_match_like_plain_alternations() -> None:
    patterns = {name: p for name, p in vars(claims).items() if isinstance(p, re.Pattern)}
    checked = 0
    texts = _texts()
    for name, pattern in patterns.items():
        plain = _plain(pattern)
        if plain is None:
            continue
        checked += 1
        for text in texts:
            # End-anchored patterns ($) read the text before a number: try them on each such prefix.
            ends = [m.start() for m in re.finditer(r"\d+", text)] if pattern.pattern.endswith("$") else []
            for end in [len(text), *ends]:
                assert _matches(pattern, text[:end]) == _matches(plain, text[:end]), (name, text[:end])
    assert checked >= 10


def test_trie_shares_prefixes() -> None:
    # branches keep the order their alternatives were written in, as the plain alternation tries them
    assert claims._trie_source(r"rose|rise|gave\s+up|up") == r"(?:r(?:ose|ise)|gave\s+up|up)"
    assert claims._trie_source(r"e-minis?|an\s+\w+") == r"(?:e\-mini(?:s?)|an\s+(?:\w+))"


def test_trie_writes_out_an_opening_group() -> None:
    # "(?:ends|ended)\s+week" joins the words of "end" instead of staying a leaf tried at every position
    assert claims._trie_source(r"(?:ends|ended)\s+week|end") == r"end(?:(?:s\s+week|ed\s+week))?"
    assert claims._distributed([r"(?:(?:a|b)c|d)e", r"(?:x|y)?z", r"first(?<!had\sfirst)"]) == [
        "ace",
        "bce",
        "de",
        r"(?:x|y)?z",
        r"first(?<!had\sfirst)",
    ]
