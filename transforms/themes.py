"""Tag an article with market themes from a taxonomy of evidence terms (rows of staging.article_themes).

The taxonomy is reference data (``data/reference/themes.csv``: ``theme, label, description,
evidence_terms, exclusion_terms``; terms ``|``-separated, lower-case, inflected forms listed one by one).
Exclusion terms are phrases that hold an evidence term but are evidence of nothing ("blue-chip" holds
"chip"); they are matched like terms, so the longer phrase wins, and count for no theme. All terms of
all themes are compiled into one regex and matched on whole words of the lower-cased text, longest
term first, so "trade war" counts for trade_policy and not also as "war" for geopolitics. Word
characters are ``entities.WORD_CHARS`` (Latin letters, digits, underscore), as for entity mentions.
A term may belong to several themes ("yuan": currencies and china_economy).

Score of a theme, in [0, 1]::

    weighted_hits = body hits + headline_weight * headline hits      (headline_weight = 2)
    length        = sqrt(max(n_words, min_words) / 100)              (min_words = 100)
    score         = min(1, weighted_hits / (saturation * length))    (saturation = 2)

so a 100-word item needs 2 weighted hits for a score of 1 and a 400-word report 4: a theme's evidence
grows with the length of the text, but more slowly than the text, because a long report gives a
secondary topic a sentence or two, not a share of its words (on two blind sets of labelled texts,
short and long, dividing by the length itself lost the secondary topics of long reports). ``n_words``
counts whitespace-separated tokens (or is passed by the caller); the ``min_words`` floor keeps a
one-line item from scoring 1 on a single hit. ``n_hits`` is the unweighted number of hits.
``evidence`` lists the distinct matched terms, most frequent first (ties in order of first
appearance), at most ``max_evidence``, joined by ", ".
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from transforms.entities import WORD_CHARS, normalise_surface, trie_regex


@dataclass(frozen=True, slots=True)
class Theme:
    """One theme of the taxonomy."""

    theme: str
    label: str
    description: str
    evidence_terms: tuple[str, ...]
    exclusion_terms: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ThemeScore:
    """A theme found in an article (a row of staging.article_themes)."""

    theme: str
    score: float
    n_hits: int
    evidence: str


@dataclass(frozen=True, slots=True)
class ScoringParams:
    """Knobs of the theme score; the defaults are the documented formula."""

    headline_weight: float = 2.0
    min_words: int = 100
    saturation: float = 2.0
    min_hits: int = 1
    max_evidence: int = 5


class ThemeTaxonomy:
    """Themes and the compiled pattern of their evidence terms; build with ``from_records``."""

    def __init__(self, themes: Iterable[Theme]) -> None:
        self.themes: tuple[Theme, ...] = tuple(themes)
        self._themes_of: dict[str, tuple[str, ...]] = {}
        for theme in self.themes:
            for term in theme.evidence_terms:
                key = normalise_surface(term)
                self._themes_of[key] = (*self._themes_of.get(key, ()), theme.theme)
        for theme in self.themes:
            for term in theme.exclusion_terms:
                self._themes_of.setdefault(normalise_surface(term), ())
        # A term is matched with the non-word character before it (texts are searched with a space in
        # front), so the engine only tries the trie at word starts: three times faster than at every
        # letter of lower-case text.
        self.pattern = re.compile(f"[^{WORD_CHARS}]({trie_regex(self._themes_of)})(?![{WORD_CHARS}])")

    @classmethod
    def from_records(cls, rows: Iterable[Mapping[str, str | None]]) -> ThemeTaxonomy:
        """Build from ``csv.DictReader`` rows of ``themes.csv``; a bad row raises ValueError naming it."""
        themes: list[Theme] = []
        seen: set[str] = set()
        for line, row in enumerate(rows, start=2):  # line 1 is the header
            theme = (row.get("theme") or "").strip()
            terms = tuple(t.strip() for t in (row.get("evidence_terms") or "").split("|") if t.strip())
            exclusions = tuple(t.strip() for t in (row.get("exclusion_terms") or "").split("|") if t.strip())
            if not theme or theme in seen:
                raise ValueError(f"themes line {line}: theme {theme!r} is empty or repeated")
            if not terms:
                raise ValueError(f"themes line {line}: theme {theme!r} has no evidence_terms")
            upper = [t for t in terms + exclusions if t != t.lower()]
            if upper:
                raise ValueError(f"themes line {line}: evidence terms must be lower-case: {upper}")
            seen.add(theme)
            label = (row.get("label") or "").strip()
            description = (row.get("description") or "").strip()
            themes.append(Theme(theme, label, description, terms, exclusions))
        return cls(themes)

    def themes_of(self, term: str) -> tuple[str, ...]:
        """The themes an evidence term counts for (empty if it is not a term)."""
        return self._themes_of.get(normalise_surface(term.lower()), ())


def score_themes(
    text: str,
    taxonomy: ThemeTaxonomy,
    headline_end: int = 0,
    params: ScoringParams | None = None,
    n_words: int | None = None,
) -> list[ThemeScore]:
    """Themes with at least ``params.min_hits`` hits in ``text``, best score first (then by weighted
    hits, then by theme).

    ``headline_end`` is the offset where the headline ends (from ``article_text``); hits before it
    are weighted by ``params.headline_weight``. ``n_words`` defaults to the whitespace-separated
    tokens of ``text``; a caller that has a word count already (``ToneScore.n_words``) may pass it.
    """
    p = params or ScoringParams()
    themes_of = taxonomy._themes_of
    findall = taxonomy.pattern.findall
    # Hits counted per surface in C (Counter over findall), headline then body; the two parts are
    # lower-cased apart so a lower-casing that changes length (rare Unicode) cannot move the boundary.
    # Counter keeps first-seen order, which breaks evidence ties.
    head = Counter(findall(" " + text[:headline_end].lower())) if headline_end > 0 else Counter()
    body = Counter(findall(" " + text[headline_end:].lower()))
    if not head and not body:
        return []
    # term -> [headline hits, body hits]; "fed’s" and "mortgage‑backed" count under the listed term
    counts: dict[str, list[int]] = {}
    for part, hits in ((0, head), (1, body)):
        for surface, n in hits.items():
            term = surface if surface in themes_of else normalise_surface(surface)
            entry = counts.get(term)
            if entry is None:
                counts[term] = entry = [0, 0]
            entry[part] += n

    # theme -> [n_hits, weighted hits, [(-count, order of first appearance, term)]]
    per_theme: dict[str, list] = {}
    for order, (term, (n_head, n_body)) in enumerate(counts.items()):
        for theme in themes_of[term]:
            acc = per_theme.setdefault(theme, [0, 0.0, []])
            acc[0] += n_head + n_body
            acc[1] += n_body + p.headline_weight * n_head
            acc[2].append((-(n_head + n_body), order, term))

    words = max(len(text.split()) if n_words is None else n_words, p.min_words)
    length = math.sqrt(words / 100.0)
    ranked: list[tuple[float, str, ThemeScore]] = []
    for theme, (n_hits, weighted, terms) in per_theme.items():
        if n_hits < p.min_hits:
            continue
        score = min(1.0, weighted / (p.saturation * length))
        evidence = ", ".join(term for _, _, term in sorted(terms)[: p.max_evidence])
        ranked.append((-weighted, theme, ThemeScore(theme, round(score, 4), n_hits, evidence)))
    # best first: the score, which saturates, then the weighted hits, which do not
    ranked.sort(key=lambda r: (-r[2].score, r[0], r[1]))
    return [r[2] for r in ranked]
