"""The whole per-article extraction in one pass: mentions (indices and other entities), market
claims, Loughran-McDonald tone and themes, sharing one analysed text and one sentence split."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from transforms.claims import MarketClaim, extract_claims
from transforms.entities import EntityGazetteer, find_entities
from transforms.mentions import IndexLexicon, find_index_mentions
from transforms.text import Mention, article_text, split_sentences
from transforms.themes import ThemeScore, ThemeTaxonomy, score_themes
from transforms.tone import LMLexicon, ToneScore, score_tone


@dataclass(frozen=True, slots=True)
class Lexicons:
    """The reference data extraction needs, built once per run."""

    indices: IndexLexicon
    entities: EntityGazetteer
    themes: ThemeTaxonomy
    tone: LMLexicon


@dataclass(frozen=True, slots=True)
class ArticleAnalysis:
    """Everything extracted from one article."""

    mentions: list[Mention]
    claims: list[MarketClaim]
    tone: ToneScore
    themes: list[ThemeScore]


def analyse_article(
    title: str | None, body: str, published_date: date, lexicons: Lexicons
) -> ArticleAnalysis:
    """Extract mentions, claims, tone and themes of one article."""
    text, headline_end = article_text(title, body)
    sentences = split_sentences(text, headline_end)
    index_mentions = find_index_mentions(text, sentences, lexicons.indices)
    mentions = index_mentions + find_entities(text, sentences, lexicons.entities)
    claims = extract_claims(text, sentences, lexicons.indices, published_date, mentions=index_mentions)
    tone = score_tone(text, lexicons.tone)
    themes = score_themes(text, lexicons.themes, headline_end, n_words=tone.n_words)
    return ArticleAnalysis(mentions, claims, tone, themes)
