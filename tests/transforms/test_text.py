"""Sentence splitting of wire copy: abbreviations, quotes, headlines."""

from __future__ import annotations

import pytest

from transforms.text import article_text, is_english, split_sentences


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Investors watched inflation data in the U.S. The Nikkei rose 1%.",
            ["Investors watched inflation data in the U.S.", "The Nikkei rose 1%."],
        ),
        (
            "The U.S. Treasury said so. U.S. President Donald Trump spoke.",
            ["The U.S. Treasury said so.", "U.S. President Donald Trump spoke."],
        ),
        ("Stocks in the U.S. and Europe rose.", ["Stocks in the U.S. and Europe rose."]),
        (
            "Shares of Sony Corp. rose 2%. The Nikkei gained.",
            ["Shares of Sony Corp. rose 2%.", "The Nikkei gained."],
        ),
        (
            'He said: "The market is strong." The Nikkei rose.',
            ['He said: "The market is strong."', "The Nikkei rose."],
        ),
        (
            "Stocks fell on Oct. 27 in Tokyo.\nThe yen rose.",
            ["Stocks fell on Oct. 27 in Tokyo.", "The yen rose."],
        ),
        (  # a name's initials end no sentence; a firm's dotted legal form before an opener does
            "Vice Chairman C.C. Leung said so. Analyst V.K. Vijayakumar agreed.",
            ["Vice Chairman C.C. Leung said so.", "Analyst V.K. Vijayakumar agreed."],
        ),
        (
            "The deal closed with ING Groep N.V. The Nikkei rose 1%.",
            ["The deal closed with ING Groep N.V.", "The Nikkei rose 1%."],
        ),
    ],
)
def test_split_sentences(text: str, expected: list[str]) -> None:
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == expected
    assert all(text[s.start : s.end] == s.text for s in sentences)


def test_the_headline_is_sentence_zero() -> None:
    text, headline_end = article_text("Nikkei tops 50,000", "Japan's Nikkei jumped 2.5%. The yen fell.")
    sentences = split_sentences(text, headline_end)
    assert [(s.no, s.in_headline) for s in sentences] == [(0, True), (1, False), (2, False)]


def test_a_line_break_after_an_abbreviation_ends_the_sentence() -> None:
    text = "GIFT Nifty was 1.9% higher as of 7:45 a.m.\nOn Friday, the Nifty fell 1.1%."
    assert [x.text for x in split_sentences(text)] == [
        "GIFT Nifty was 1.9% higher as of 7:45 a.m.",
        "On Friday, the Nifty fell 1.1%.",
    ]


def test_a_legal_form_before_a_sentence_opener_ends_the_sentence() -> None:
    text = "Futures rose after results from Amazon.com Inc. On Thursday, the S&P 500 fell. Apple Inc. shares rose."
    assert [s.text for s in split_sentences(text)] == [
        "Futures rose after results from Amazon.com Inc.",
        "On Thursday, the S&P 500 fell.",
        "Apple Inc. shares rose.",
    ]


def test_is_english_tells_english_copy_from_german_and_french() -> None:
    assert is_english("The Nikkei rose 1.2% on Monday, and the Topix added 0.8% as exporters gained.")
    assert is_english("Le Pen said the Rassemblement National would vote against the government on Monday.")
    german = (
        "Der Dax hat am Donnerstag ein Rekordhoch erreicht und schloss mit einem Plus von 1,4 Prozent bei "
        "24.549,56 Punkten. Die Anleger setzten auf eine Einigung im Zollstreit mit den USA, und der Euro Stoxx "
        "50 stieg um 0,9 Prozent. Im Handelsverlauf war der Index bis auf 24.639 Punkte gestiegen, das ist der "
        "höchste Stand, den der Index je erreicht hat, sagte ein Händler von der Commerzbank in Frankfurt."
    )
    assert not is_english(german)
