"""Loughran-McDonald tone: hand-counted cases and agreement with a plain reference count."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from transforms.tone import CATEGORIES, LMLexicon, ToneScore, lm_csv_path, score_tone, tokenise

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "data" / "articles" / "000_f196a04fcb3c95be.txt"
FOMC = ROOT / "data" / "articles" / "us_gov_releases.jsonl"
CLAIMS_DEV = ROOT.parent / "shared" / "claims_dev" / "articles"


@pytest.fixture(scope="module")
def lm_text() -> str:
    return lm_csv_path().read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def lexicon(lm_text: str) -> LMLexicon:
    return LMLexicon.from_csv_text(lm_text)


@pytest.fixture(scope="module")
def reference_sets(lm_text: str) -> dict[str, set[str]]:
    """The categories read straight from LM.csv, independently of LMLexicon."""
    rows = list(csv.DictReader(io.StringIO(lm_text)))
    sets = {
        name: {r["Word"] for r in rows if r[column] != "0"}
        for name, column in [
            ("positive", "Positive"),
            ("negative", "Negative"),
            ("uncertainty", "Uncertainty"),
            ("litigious", "Litigious"),
            ("constraining", "Constraining"),
        ]
    }
    sets["strong_modal"] = {r["Word"] for r in rows if r["Modal"] == "1"}
    sets["weak_modal"] = {r["Word"] for r in rows if r["Modal"] == "3"}
    return sets


def reference_tone(text: str, sets: dict[str, set[str]]) -> ToneScore:
    """The plain loop score_tone's fast path must agree with."""
    tokens = tokenise(text)
    counts = {name: 0 for name in CATEGORIES}
    for token in tokens:
        for name in CATEGORIES:
            if token in sets[name]:
                counts[name] += 1
    pos, neg = counts["positive"], counts["negative"]
    net = (pos - neg) / (pos + neg) if pos + neg else 0.0
    return ToneScore(len(tokens), *(counts[name] for name in CATEGORIES), net_tone=net)


def _texts() -> list[str]:
    body = re.sub(r"^\s*date \d{4}-\d{2}-\d{2}\s+", "", SEED.read_text(encoding="utf-8"))
    texts = [body]
    for line in FOMC.read_text(encoding="utf-8").splitlines():
        if line.strip():
            release = json.loads(line)
            texts.append(release["title"] + "\n\n" + release["body"])
    return texts


def test_dictionary_file_and_codes(lm_text: str, lexicon: LMLexicon) -> None:
    assert lm_csv_path().name == "LM.csv"
    header = set(lm_text.splitlines()[0].split(","))
    assert {"Word", "Negative", "Positive", "Uncertainty", "Litigious", "Constraining", "Modal"} <= header
    # Category columns hold the year a word was added; Modal holds the strength 1/2/3.
    assert lexicon.categories("LOSS") == ("negative",)
    assert lexicon.categories("LITIGATION") == ("negative", "litigious")
    assert lexicon.categories("MAY") == ("uncertainty", "weak_modal")
    assert lexicon.categories("MUST") == ("strong_modal",)
    assert lexicon.categories("SHOULD") == ()  # moderate modal: no column
    assert lexicon.categories("RALLIED") == ()
    assert len(lexicon.words("negative")) == 2355
    assert len(lexicon.words("positive")) == 354
    assert len(lexicon.words("strong_modal")) == 19
    assert len(lexicon.words("weak_modal")) == 27


def test_from_rows_equals_from_csv_text(lm_text: str, lexicon: LMLexicon) -> None:
    rows = csv.DictReader(io.StringIO(lm_text))
    assert LMLexicon.from_rows(rows)._categories_of == lexicon._categories_of


def test_bad_dictionary_is_rejected() -> None:
    with pytest.raises(ValueError, match="no column\\(s\\) \\['Modal'\\]"):
        LMLexicon.from_csv_text(
            "Word,Negative,Positive,Uncertainty,Litigious,Constraining\nLOSS,2009,0,0,0,0\n"
        )
    with pytest.raises(ValueError, match="line 2: category value 'x' is not a number"):
        row = dict.fromkeys(["Positive", "Uncertainty", "Litigious", "Constraining", "Modal"], "0")
        LMLexicon.from_rows([{"Word": "LOSS", "Negative": "x", **row}])
    with pytest.raises(ValueError, match="line 2: a column is missing"):
        LMLexicon.from_rows([{"Word": "LOSS"}])


def test_tokeniser() -> None:
    assert tokenise("The Fed\u2019s safe-haven view doesn't hold; U.S. GDP rose 2.5%, 'quoted'.") == [
        "THE", "FED", "SAFE", "HAVEN", "VIEW", "DOESN'T", "HOLD", "U", "S", "GDP", "ROSE", "QUOTED",
    ]  # fmt: skip


def test_hand_counted(lexicon: LMLexicon) -> None:
    text = (
        "Strong gains may fade, but the company\u2019s losses could mount. The lawsuit will never settle; "
        "investors remain uncertain about litigation risks, and a safe-haven bid isn't required."
    )
    # 28 words. positive: strong, gains. negative: losses, litigation. uncertainty: may, could, uncertain,
    # risks. litigious: lawsuit, litigation. constraining: required. strong modal: will, never.
    # weak modal: may, could, uncertain. net = (2 - 2) / 4 = 0.
    assert score_tone(text, lexicon) == ToneScore(28, 2, 2, 4, 2, 1, 2, 3, 0.0)
    # positive: gains, gains; negative: loss -> (2 - 1) / 3
    assert score_tone("GAINS and more gains; one loss.", lexicon) == ToneScore(6, 2, 1, 0, 0, 0, 0, 0, 1 / 3)
    assert score_tone("", lexicon) == ToneScore(0, 0, 0, 0, 0, 0, 0, 0, 0.0)
    assert score_tone("Stocks rallied.", lexicon).net_tone == 0.0


def test_agrees_with_reference_on_samples(lexicon: LMLexicon, reference_sets: dict[str, set[str]]) -> None:
    texts = _texts()
    assert len(texts) == 6
    if CLAIMS_DEV.is_dir():
        texts += [p.read_text(encoding="utf-8") for p in sorted(CLAIMS_DEV.glob("*.txt"))]
    for text in texts:
        assert score_tone(text, lexicon) == reference_tone(text, reference_sets)
    seed = score_tone(texts[0], lexicon)
    assert seed == ToneScore(577, 5, 9, 4, 1, 3, 5, 2, -4 / 14)


@settings(max_examples=300, deadline=None)
@given(
    st.one_of(
        st.text(),
        st.lists(
            st.sampled_from(["Loss", " may", "’s", "'s", "'", "é", "-", " ", "\n", "isn't", "ß", "\ud800"])
        ).map("".join),
    )
)
def test_score_tone_never_raises_and_matches_reference(
    lexicon: LMLexicon, reference_sets: dict[str, set[str]], text: str
) -> None:
    assert score_tone(text, lexicon) == reference_tone(text, reference_sets)
