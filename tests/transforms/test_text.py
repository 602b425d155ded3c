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


def test_portuguese_and_spanish_copy_is_not_english() -> None:
    portuguese = (
        "Em Nova York, as bolsas tiveram um dia de correção. O Dow Jones recuou 0,53%, aos 47.085,24 pontos; o "
        "S&P 500 caiu 1,17%, aos 6.771,55 pontos, na maior queda diária do índice desde 10 de outubro. Na Ásia, "
        "o movimento já havia aparecido mais cedo: o Nikkei caiu 1,74%, na volta de um feriado. Segundo dados da "
        "B3, o saldo de capital externo está positivo. No câmbio, o dólar encerrou em alta, à espera da decisão "
        "do Copom, que também pesa sobre os juros após a reunião."
    )
    spanish = (
        "El Dow Jones retrocedió 1.18 por ciento para cerrar en 46 mil 590.24 unidades, según datos del mercado, "
        "pero el Nasdaq fue el más castigado por sus pérdidas en las empresas de tecnología de los Estados "
        "Unidos y las dudas sobre la Reserva Federal, con una caída para la semana."
    )
    assert not is_english(portuguese)
    assert not is_english(spanish)
    assert is_english("Brazil's Bovespa rose 1.7% as Vale gained. The real firmed to 5.38 per dollar.")


def test_a_short_french_text_without_english_words_is_not_english() -> None:
    """Le Figaro's brief: two French function words and none of English's are enough in a short text (its
    "1,78 %" would read as 1.78 and "7 937,63" as two numbers); a short English text quoting French is English."""
    french = (
        "La Bourse de Paris chute\n\nLe CAC 40 reculait de 1,78 % à 7 937,63 points vers 10 h 30 lundi, après avoir "
        "perdu jusqu'à 2,04 % en début de séance, au lendemain de la nomination du gouvernement."
    )
    assert not is_english(french)
    assert is_english("The CAC 40 fell 1.8% after Le Monde reported des tensions.")
