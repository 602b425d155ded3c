"""Novelty of an article against earlier ones, and the stories that syndicated copies share.

Exact copies of a story already share one ``article_id`` (a hash of the normalised body). This finds
near-duplicates: the same piece of journalism as other outlets carry it, re-headlined, trimmed, with
their boilerplate, copy-edited, or updated later the same day. Texts are compared by their 5-word
shingles:

- **overlap** of two articles: the share of the shorter one's shingles found in the longer one, so a
  copy cut to its first three paragraphs overlaps its original fully; text that the pair also shares
  with a third story among the article's most alike earlier ones (a syndicator's disclaimer, a stock
  background paragraph) is boilerplate and left out of both, unless that story is another day's
  version of the other one in the same words (an update, a daily notice);
- ``max_similarity``: the highest overlap with an article published at most ``lookback_days`` before
  it (``novelty = 1 - max_similarity``), found among the most alike by MinHash and then counted
  exactly;
- a **near-duplicate** overlaps an earlier article by at least ``NEAR_DUPLICATE_OVERLAP`` and, when the
  two were published on different days, repeats its figures (``SAME_FIGURES_ACROSS_DAYS`` of the
  numbers of the one with fewer; dates, years and times do not count): a daily notice or wrap in the
  same words with another day's figures is a new story. It joins that article's ``story_id``, so a
  story carried by five outlets is one story with five articles.

Each article is compared only with the articles of its own look-back window, whatever else is in
the list, so scoring a month at once gives what scoring each day gives, provided the days before
the first one scored come with the stories already stored for them (``known_stories``).
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

import numpy as np

SHINGLE_WORDS = 5
N_PERMUTATIONS = 128
NEAR_DUPLICATE_OVERLAP = 0.5
SAME_FIGURES_ACROSS_DAYS = 0.9
MIN_FIGURES = 3  # fewer numbers than this in either article: the figures do not decide
LOOKBACK_DAYS = 7
BOILERPLATE_STORIES = 1  # shared with an article of this many other stories, a shingle is boilerplate
CANDIDATES = 8  # the earlier articles most alike by MinHash whose overlap is counted exactly
_MERSENNE = (1 << 31) - 1  # a prime: (a * x + b) mod p stays inside uint64
_WORD = re.compile(r"[a-z0-9]+")
_FIGURE = re.compile(r"\d+(?:[.,]\d+)*")
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
# Dates, years and times, which a copy's own dateline or stamp may change: not figures of the story
_DATE_OR_TIME = re.compile(
    rf"\b{_MONTH}\s+\d{{1,2}}\b|\b\d{{1,2}}\s+{_MONTH}|\b(?:19|20)\d{{2}}\b|"
    r"\b\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\b|GMT|ET|BST|JST|HKT)|\b\d{1,2}:\d{2}\b|\b\d{4}\s+GMT\b"
)

_rng = np.random.default_rng(20251027)  # fixed seed: signatures are stable across runs and machines
_A = _rng.integers(1, _MERSENNE, size=N_PERMUTATIONS, dtype=np.uint64)
_B = _rng.integers(0, _MERSENNE, size=N_PERMUTATIONS, dtype=np.uint64)


@dataclass(frozen=True, slots=True)
class Novelty:
    """Novelty of one article: its story, the most similar earlier article and their overlap."""

    article_id: str
    story_id: str
    most_similar_id: str | None
    max_similarity: float
    novelty: float
    is_near_duplicate: bool


def shingles(text: str, size: int = SHINGLE_WORDS) -> set[int]:
    """CRC32 hashes of the lower-cased word ``size``-grams of ``text`` (the whole text if shorter)."""
    words = _WORD.findall(text.lower())
    if len(words) <= size:
        return {zlib.crc32(" ".join(words).encode())} if words else set()
    return {zlib.crc32(" ".join(words[i : i + size]).encode()) for i in range(len(words) - size + 1)}


def signature(text: str) -> np.ndarray:
    """MinHash signature (``N_PERMUTATIONS`` values below 2**31, as uint32) of a text's shingles."""
    return _signature(np.fromiter(shingles(text), dtype=np.uint64))


def _signature(hashes: np.ndarray) -> np.ndarray:
    if hashes.size == 0:
        return np.full(N_PERMUTATIONS, _MERSENNE, dtype=np.uint32)
    x = (hashes % np.uint64(_MERSENNE))[:, None]
    return ((_A * x + _B) % np.uint64(_MERSENNE)).min(axis=0).astype(np.uint32)


def overlaps(article: np.ndarray, earlier: Sequence[np.ndarray], stories: Sequence[str]) -> list[float]:
    """Overlap of an article's sorted, unique shingles with each of ``earlier``: the share of the smaller
    one's shingles found in the other, boilerplate left out of both.

    ``stories`` labels each of ``earlier`` with its story (or family of stories, ``_families``).
    Boilerplate is what the article shares with one of ``earlier`` of another label than the one
    compared (a syndicator's disclaimer, a stock paragraph, a quote both carry), so it cannot make one
    story of two.
    """
    if not earlier:
        return []
    shared = [np.intersect1d(article, other, assume_unique=True) for other in earlier]
    codes = {story: code for code, story in enumerate(dict.fromkeys(stories))}
    # distinct stories among the earlier articles that share each shingle with the article
    keys = np.unique(
        np.concatenate(
            [common.astype(np.int64) << 8 | codes[s] for common, s in zip(shared, stories, strict=True)]
        )
    )
    shingle, n_stories = np.unique(keys >> 8, return_counts=True)
    result = []
    for j, common in enumerate(shared):
        others = n_stories[np.searchsorted(shingle, common.astype(np.int64))] - 1  # less the one compared
        boilerplate = int(np.count_nonzero(others >= BOILERPLATE_STORIES))
        rest = min(article.size, earlier[j].size) - boilerplate
        result.append((common.size - boilerplate) / rest if rest > 0 else 0.0)
    return result


def _overlap(a: np.ndarray, b: np.ndarray) -> float:
    """Share of the smaller of two sorted, unique shingle arrays found in the other (0 if one is empty)."""
    if not a.size or not b.size:
        return 0.0
    return np.intersect1d(a, b, assume_unique=True).size / min(a.size, b.size)


def same_figures(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two articles state the same figures: ``SAME_FIGURES_ACROSS_DAYS`` of the numbers of the one
    with fewer are in the other (always true when either states fewer than ``MIN_FIGURES``)."""
    if min(len(a), len(b)) < MIN_FIGURES:
        return True
    return len(a & b) / min(len(a), len(b)) >= SAME_FIGURES_ACROSS_DAYS


def _candidates(sigs: np.ndarray, sizes: np.ndarray, first: int, i: int) -> list[int]:
    """Up to ``CANDIDATES`` rows of ``first..i-1`` with the highest overlap with row ``i`` that MinHash
    estimates (|A & B| = J (|A| + |B|) / (1 + J)), most alike first, none estimated at zero."""
    jaccard = np.count_nonzero(sigs[first:i] == sigs[i], axis=1) / N_PERMUTATIONS
    smaller = np.maximum(1.0, np.minimum(sizes[first:i], sizes[i]))
    estimate = jaccard * (sizes[first:i] + sizes[i]) / ((1.0 + jaccard) * smaller)
    order = np.argsort(-estimate, kind="stable")[:CANDIDATES]
    return [first + int(k) for k in order if estimate[k] > 0]


def _families(
    candidates: list[int],
    sets: list[np.ndarray | None],
    stories: list[str],
    days: list[int],
    figures: list[frozenset[str]],
) -> list[str]:
    """The candidates' stories, with a story and another day's version of it in the same words but other
    figures (an update, a daily notice) as one family: text they share is theirs, not boilerplate."""
    family = {j: stories[j] for j in candidates}
    for a, j in enumerate(candidates):
        for k in candidates[a + 1 :]:
            if (
                family[j] != family[k]
                and days[j] != days[k]
                and not same_figures(figures[j], figures[k])
                and _overlap(sets[j], sets[k]) >= NEAR_DUPLICATE_OVERLAP
            ):
                old, new = family[k], family[j]
                family = {c: new if f == old else f for c, f in family.items()}
    return [family[j] for j in candidates]


def score_novelty(
    articles: Sequence[tuple[str, date, str]],
    lookback_days: int = LOOKBACK_DAYS,
    known_stories: Mapping[str, str] | None = None,
) -> list[Novelty]:
    """Novelty of each of ``articles`` (``(article_id, published_date, body)`` in publication order)
    against the articles before it in the list published at most ``lookback_days`` days earlier.

    ``known_stories`` maps the ids of articles already scored (the days before a partition) to their
    stored ``story_id``: they are compared with, take their known story, and are not returned.
    """
    known = known_stories or {}
    days = [published.toordinal() for _, published, _ in articles]
    if any(later < earlier for earlier, later in zip(days, days[1:], strict=False)):
        raise ValueError("score_novelty: articles must be in publication order (published_date ascending)")
    sigs = np.empty((len(articles), N_PERMUTATIONS), dtype=np.uint32)
    sets: list[np.ndarray | None] = []  # sorted shingles, dropped once out of every later window
    sizes = np.empty(len(articles), dtype=np.float64)
    figures: list[frozenset[str]] = []
    stories: list[str] = []
    results: list[Novelty] = []
    first = 0
    for i, (article_id, _, body) in enumerate(articles):
        hashes = np.unique(np.fromiter(shingles(body), dtype=np.uint32))
        sets.append(hashes)
        sizes[i] = hashes.size
        sigs[i] = _signature(hashes.astype(np.uint64))
        figures.append(frozenset(_FIGURE.findall(_DATE_OR_TIME.sub(" ", body))))
        while days[first] < days[i] - lookback_days:
            sets[first] = None
            first += 1
        best, best_overlap, joined, joined_overlap = -1, 0.0, -1, 0.0
        if first < i and hashes.size and article_id not in known:
            candidates = _candidates(sigs, sizes, first, i)
            families = _families(candidates, sets, stories, days, figures)
            shares = overlaps(hashes, [sets[j] for j in candidates], families)
            for j, shared in zip(candidates, shares, strict=True):
                if shared > best_overlap:
                    best, best_overlap = j, shared
                if (
                    shared >= NEAR_DUPLICATE_OVERLAP
                    and shared > joined_overlap
                    and (days[j] == days[i] or same_figures(figures[i], figures[j]))
                ):
                    joined, joined_overlap = j, shared
        stories.append(known.get(article_id) or (stories[joined] if joined >= 0 else article_id))
        if article_id in known:
            continue
        results.append(
            Novelty(
                article_id=article_id,
                story_id=stories[i],
                most_similar_id=articles[best][0] if best >= 0 else None,
                max_similarity=round(best_overlap, 4),
                novelty=round(1.0 - best_overlap, 4),
                is_near_duplicate=joined >= 0,
            )
        )
    return results
