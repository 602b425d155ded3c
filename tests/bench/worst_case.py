"""Worst-case extraction time on SYNTHETIC adversarial texts: one phrase repeated to fill an article.

Real feeds carry scraped tables, repeated boilerplate and pages that lost their full stops. Each text
here repeats a phrase that one extraction rule looks for (a live cue, a close verb, a quoted source's
clause, a body named by its form, a hyphenated name...) in one long sentence, the shape that turns a
rule that rescans its sentence into quadratic time. Every phrase comes from an outside review that
found such a rule.

Each text runs through the whole per-article pipeline (``transforms.pipeline.analyse_article``) at
20 KB and at 40 KB. Targets: at most ``TARGET_SECONDS`` for 40 KB, and at most ``TARGET_GROWTH`` times
the 20 KB time. Linear time doubles and quadratic time quadruples; 3.5 leaves room for the rules that
compare the claims of one sentence pairwise, which a sentence of a thousand claims makes visible. Each
figure is the best of 2 runs.
"""

from __future__ import annotations

from datetime import date

from tests.bench.extraction import best_of, load_tools
from transforms.pipeline import Lexicons, analyse_article

TARGET_SECONDS = 2.0
TARGET_GROWTH = 3.5
PUBLISHED = date(2025, 4, 10)

# (what the phrase provokes, the phrase); the text is the phrase repeated up to the size, after HEAD
HEAD = "The Nikkei rose 1%. "
PHRASES = [
    ("live cue after a level, no full stop", "The benchmark index was trading at 38,000 "),
    ("close verb without a result", "The Nikkei ends "),
    ("figures then a period after a comma", "The Kospi gained 54.2 points, or 2.02 percent, over the "),
    ("figures then a day after a comma", "The Dow plunged 2,231 points, or 5.5%, on April 4, "),
    ("table rows with a dated close column", "S&P 500 | 6,834.50 | +0.88% | Close Dec 19 |\n"),
    ("relative clauses with no name", ", who "),
    ("acts of a person with no name", "resigned "),
    ("names before relative clauses", "John Smith, who "),
    ("a title after 'became'", "became the new "),
    ("capitalised words, no sentence end", "Aaaa Bbbb Cccc Dddd "),
    ("bodies named by their form", "Democratic Party "),
    (
        "a body in full, then its short form",
        "The Ontario Securities Commission. The Securities Commission, said Jo Li, an analyst at RBC. ",
    ),
    ("hyphenated given names", "Choi Yoon-"),
    ("key-figure heads", "Key figures for 2025: "),
    ("possessive periods", "The Nikkei rose 1% this week's "),
    ("a noun 'forecast' before the figures", "after the forecast "),
    ("many indices' moves, no sentence end", "Nikkei Topix HSI rose 1% "),
    # a period named by an apposition after each figure, and "that day" in each clause
    ("appositions naming a period", "The Nikkei rose 1%, its third weekly gain, "),
    ("'that day' in every clause", "The Nikkei rose 1% that day and "),
    ("Indonesian firms' names run together", "PT Aaaa Bank "),
    ("a morning rally spent in every clause", "The Nikkei closed 1% higher after a morning rally faded, "),
    ("running totals over several sessions", "bringing its two-day loss to 3%, "),
]


def repeated(phrase: str, size: int) -> str:
    """``HEAD`` (an index and a move, so the claim rules run), then ``phrase`` repeated, ``size`` chars."""
    return (HEAD + phrase * (size // len(phrase) + 1))[:size]


def main() -> bool:
    """Time every phrase at both sizes, print the table; True when every phrase meets both targets."""
    tools = load_tools()
    lexicons = Lexicons(tools.lexicon, tools.gazetteer, tools.taxonomy, tools.tone)
    print("Worst-case extraction time, SYNTHETIC adversarial texts (a phrase repeated), best of 2 runs")
    row = "{:<42} {:>9} {:>9} {:>7}"
    print(row.format("phrase", "20 KB s", "40 KB s", "growth"))
    ok = True
    for what, phrase in PHRASES:
        times = []
        for size in (20_000, 40_000):
            text = repeated(phrase, size)
            times.append(best_of(lambda: analyse_article(None, text, PUBLISHED, lexicons), 2)[0])  # noqa: B023
        growth = times[1] / max(times[0], 1e-3)
        within = times[1] <= TARGET_SECONDS and (growth <= TARGET_GROWTH or times[1] < 0.05)
        ok = ok and within
        print(
            row.format(what, f"{times[0]:.3f}", f"{times[1]:.3f}", f"{growth:.1f}x"),
            "" if within else "MISSED",
        )
    print(f"targets: 40 KB in at most {TARGET_SECONDS:.0f} s, at most {TARGET_GROWTH:.1f}x the 20 KB time")
    return ok


if __name__ == "__main__":
    raise SystemExit(0 if main() else 1)
