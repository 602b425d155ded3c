"""Theme tags: the taxonomy in data/reference/themes.csv against the seed, FOMC statements and small cases."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from transforms.text import article_text
from transforms.themes import ScoringParams, ThemeScore, ThemeTaxonomy, score_themes

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "data" / "articles" / "000_f196a04fcb3c95be.txt"
FOMC = ROOT / "data" / "articles" / "us_gov_releases.jsonl"


def _rows() -> list[dict[str, str]]:
    with open(ROOT / "data" / "reference" / "themes.csv", encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


@pytest.fixture(scope="module")
def taxonomy() -> ThemeTaxonomy:
    return ThemeTaxonomy.from_records(_rows())


def _seed() -> tuple[str, int]:
    body = re.sub(r"^\s*date \d{4}-\d{2}-\d{2}\s+", "", SEED.read_text(encoding="utf-8"))
    return article_text(None, body)


def _fomc() -> dict[str, tuple[str, int]]:
    releases = [json.loads(line) for line in FOMC.read_text(encoding="utf-8").splitlines() if line.strip()]
    return {r["id"]: article_text(r["title"], r["body"]) for r in releases if r["id"].startswith("fomc")}


def _by_theme(scores: list[ThemeScore]) -> dict[str, ThemeScore]:
    return {s.theme: s for s in scores}


def test_taxonomy_is_documented_and_lower_case() -> None:
    rows = _rows()
    assert 20 <= len(rows) <= 25
    for r in rows:
        assert re.fullmatch(r"[a-z_]+", r["theme"]), r["theme"]
        assert r["label"] and len(r["description"]) > 20
        terms = r["evidence_terms"].split("|")
        assert all(t == t.strip().lower() and t for t in terms), r["theme"]
        assert len(terms) == len(set(terms)), r["theme"]
    themes = {r["theme"] for r in rows}
    assert {"trade_policy", "monetary_policy", "inflation", "labor_market", "earnings", "ai_tech"} <= themes


def test_bad_taxonomy_rows_are_named() -> None:
    with pytest.raises(ValueError, match="themes line 2: evidence terms must be lower-case: \\['Tariffs'\\]"):
        ThemeTaxonomy.from_records([{"theme": "trade_policy", "evidence_terms": "Tariffs|levy"}])
    with pytest.raises(ValueError, match="themes line 3: theme 'x' is empty or repeated"):
        ThemeTaxonomy.from_records(
            [{"theme": "x", "evidence_terms": "a"}, {"theme": "x", "evidence_terms": "b"}]
        )
    with pytest.raises(ValueError, match="themes line 2: theme 'x' has no evidence_terms"):
        ThemeTaxonomy.from_records([{"theme": "x", "evidence_terms": ""}])


def test_seed_themes(taxonomy: ThemeTaxonomy) -> None:
    text, headline_end = _seed()
    scores = score_themes(text, taxonomy, headline_end)
    assert len(text.split()) == 569
    # length sqrt(569 / 100) = 2.385; 9 hits / (2 * 2.385) = 1.887, capped at 1; 4 / 4.771 = 0.8384.
    # At the cap, the weighted hits rank the themes (9, 9, 7, 6), then the theme's name.
    assert scores[:6] == [
        ThemeScore("monetary_policy", 1.0, 9, "central bank, the fed, rate cuts, federal reserve, cut rates"),
        ThemeScore(
            "trade_policy", 1.0, 9, "trade talks, trade deal, trade policy, trade barriers, trade tensions"
        ),
        ThemeScore(
            "market_records_sentiment",
            1.0,
            7,
            "optimism, rallied, safe-haven, for the first time, record high",
        ),
        ThemeScore("ai_tech", 1.0, 6, "tech, technology, technology firms, ai"),
        ThemeScore("earnings", 0.8384, 4, "earnings, profits, corporate profits"),
        ThemeScore("china_economy", 0.4192, 2, "csi300, hang seng"),
    ]
    by_theme = _by_theme(scores)
    assert by_theme["rare_earths_supply_chain"].evidence == "minerals, rare earth"
    assert by_theme["labor_market"] == ThemeScore("labor_market", 0.2096, 1, "labour market")
    assert "crypto" not in by_theme and "m_and_a" not in by_theme
    # "trade tensions", not "tensions"; "trade deal" does not count as geopolitics' anything
    assert by_theme["geopolitics"].evidence == "defense, summit"


def test_fomc_statements(taxonomy: ThemeTaxonomy) -> None:
    statements = _fomc()
    assert len(statements) == 5
    for text, headline_end in statements.values():
        themes = [s.theme for s in score_themes(text, taxonomy, headline_end)]
        assert themes[0] == "monetary_policy"
        assert {"monetary_policy", "inflation", "labor_market"} <= set(themes)
    text, headline_end = statements["fomc-statement-2025-06-18"]
    assert score_themes(text, taxonomy, headline_end) == [
        ThemeScore(
            "monetary_policy",
            1.0,
            12,
            "monetary policy, target range, federal funds rate, federal reserve, fomc",
        ),
        # 300 words: length sqrt(3) = 1.732, so 4 hits / 3.464 already saturate
        ThemeScore("inflation", 1.0, 5, "inflation, inflation expectations"),
        ThemeScore("labor_market", 1.0, 5, "labor market, maximum employment, unemployment rate"),
        ThemeScore("growth_economy", 1.0, 4, "economic outlook, exports, economic activity"),
    ]


def test_score_formula_and_headline_weight(taxonomy: ThemeTaxonomy) -> None:
    # 152 words; 2 body hits of "tariffs" + 1 headline hit counted twice = 4 weighted hits
    # -> length sqrt(1.52) = 1.233 -> 4 / (2 * 1.233) = 1.622, capped at 1.0
    body = "New tariffs and more tariffs. " + "word " * 145
    text, headline_end = article_text("Tariff fears", body)
    assert len(text.split()) == 152
    (score,) = score_themes(text, taxonomy, headline_end)
    assert score == ThemeScore("trade_policy", 1.0, 3, "tariffs, tariff")
    # The same hits all in the body: 3 / 2.466 = 1.217, capped
    (score,) = score_themes(text, taxonomy)
    assert score.score == 1.0
    # ... and in a 402-word text: 3 / (2 * sqrt(4.02)) = 0.7481
    text, _ = article_text("Tariff fears", "New tariffs and more tariffs. " + "word " * 395)
    (score,) = score_themes(text, taxonomy)
    assert (len(text.split()), score.score) == (402, 0.7481)
    # Short texts are scored against min_words = 100: one hit -> 1 / (2 * 1) = 0.5
    assert score_themes("Tariffs.", taxonomy) == [ThemeScore("trade_policy", 0.5, 1, "tariffs")]
    # A caller-supplied word count replaces the whitespace count.
    assert score_themes("Tariffs.", taxonomy, n_words=400)[0].score == 0.25  # 1 / (2 * sqrt(4))


def test_min_hits_and_evidence_cap(taxonomy: ThemeTaxonomy) -> None:
    text = "Inflation, inflation, CPI, deflation, stagflation, PPI and a rate cut."
    params = ScoringParams(min_hits=2, max_evidence=2)
    assert score_themes(text, taxonomy, params=params) == [
        ThemeScore("inflation", 1.0, 6, "inflation, cpi"),
    ]


def test_longest_term_whole_words_and_apostrophes(taxonomy: ThemeTaxonomy) -> None:
    text = (
        "A trade war, Fed\u2019s rate-cut path, fintech and retail: agency mortgage\u2011backed securities."
    )
    by_theme = _by_theme(score_themes(text, taxonomy))
    assert "geopolitics" not in by_theme  # "war" only inside "trade war"
    assert by_theme["trade_policy"].evidence == "trade war"
    assert by_theme["monetary_policy"].evidence == "fed's, rate-cut, mortgage-backed securities"
    assert "ai_tech" not in by_theme  # "tech" inside "fintech"
    assert "property_real_estate" not in by_theme  # "mortgage" only inside the longer term
    assert taxonomy.themes_of("Yuan") == ("currencies", "china_economy")


def test_no_hits() -> None:
    taxonomy = ThemeTaxonomy.from_records([{"theme": "crypto", "evidence_terms": "bitcoin"}])
    assert score_themes("", taxonomy) == []
    assert score_themes("Nothing to see.", taxonomy, headline_end=7) == []


@settings(max_examples=300, deadline=None)
@given(
    st.one_of(
        st.text(),
        st.lists(st.sampled_from(["Tariffs", " rate cut", "the Fed\u2019s", "\n", "İ", "ß", "-", " "])).map(
            "".join
        ),
    ),
    st.integers(min_value=0, max_value=50),
)
def test_score_themes_never_raises(taxonomy: ThemeTaxonomy, text: str, headline_end: int) -> None:
    for s in score_themes(text, taxonomy, min(headline_end, len(text))):
        assert 0.0 < s.score <= 1.0 and s.n_hits >= 1 and s.evidence


def test_exclusion_terms_are_evidence_of_nothing() -> None:
    taxonomy = ThemeTaxonomy.from_records(
        [{"theme": "semiconductors", "evidence_terms": "chip|chips", "exclusion_terms": "blue-chip"}]
    )
    assert score_themes("The blue-chip index fell.", taxonomy) == []
    (hit,) = score_themes("Blue-chip stocks fell as chip stocks and chips slid.", taxonomy)
    assert (hit.theme, hit.n_hits, hit.evidence) == ("semiconductors", 2, "chip, chips")
    assert taxonomy.themes_of("blue-chip") == ()


BLINDSET = Path(__file__).resolve().parent / "themes_blindset.jsonl"


def test_blind_set_of_labelled_topics(taxonomy: ThemeTaxonomy) -> None:
    """240 texts written and labelled with their topics (main or with a sentence of their own) by six
    labellers who never saw the evidence terms. Round 1 (40 short texts), scored before any change:
    any hit found every labelled topic, a score above 0.5 marked a topic with precision 0.763 and
    recall 0.906, and 42 of the 47 main topics ranked in an article's top two. Round 2 (40 reports of
    3-10 paragraphs), scored before any change: precision 0.935, recall 0.584, 39 of 42 main topics in
    the top two; the score per 100 words missed the secondary topics of long reports, so it became the
    weighted hits over the square root of the length (round 1 unchanged, round 2 0.877 / 0.812), and
    the terms for strikes, listings, realty and subsidies that six of its topics lacked were added.
    Round 3 (40 texts: briefs, medium and long reports, every theme a main topic), written after those
    changes: precision 0.799, recall 0.892, 37 of 41 main topics in the top two (the score per 100
    words would have given 0.870 / 0.725 and 36); "fiscal year" and "price war" became exclusion terms
    (0.811 / 0.892). Round 4 (40 texts of a market-news warehouse's daily diet): 0.809 / 0.815, 35 of
    41 main topics in the top two (the score per 100 words: 0.853 / 0.600, 34); liquidity operations,
    reserve requirements and "the Reserve Bank" became monetary terms and "defence stocks" an exclusion
    (0.822 / 0.822). Round 5 (40 texts of the daily diet, passing mentions deliberately left
    unlabelled): 0.700 / 0.938, 42 of 48 main topics in the top two; most false topics rest on one or
    two hits in a short text, and neither a higher saturation, a cap on single hits nor dropping the
    likeliest terms ("imports", "milestone", "surged") moved F1 on all 200 texts by more than 0.001, so
    nothing changed. Round 6 (40 texts of the daily diet, short, medium and long, every theme labelled at least
    twice, passing mentions left unlabelled), scored as written with no change: 0.852 / 0.874, 49 of 54 main topics
    in the top two; its false topics are mostly records in one asset (bitcoin, gold) that its labeller kept out of
    market sentiment, and imports and exports read as growth. Sixteen labelled topics have no evidence term in their
    text."""
    tp = fp = fn = main_in_top_two = n_main = no_hit = 0
    for line in BLINDSET.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        title, sep, body = row["text"].partition("\n\n")
        text, headline_end = article_text(title, body) if sep else article_text(None, row["text"])
        scores = {s.theme: s.score for s in score_themes(text, taxonomy, headline_end)}
        labelled = set(row["themes"])
        no_hit += len(labelled - scores.keys())
        strong = {theme for theme, score in scores.items() if score > 0.5}
        tp, fp, fn = tp + len(labelled & strong), fp + len(strong - labelled), fn + len(labelled - strong)
        top_two = list(scores)[:2]  # best first
        main_in_top_two += sum(theme in top_two for theme in row["main"])
        n_main += len(row["main"])
    precision, recall = tp / (tp + fp), tp / (tp + fn)
    print(f"themes blind set: score > 0.5 precision {precision:.3f} recall {recall:.3f}; "
          f"main topic in top two {main_in_top_two}/{n_main}; labelled topics without a hit {no_hit}")  # fmt: skip
    assert n_main == 273 and main_in_top_two >= 247 and no_hit <= 16
    assert precision >= 0.80 and recall >= 0.86
