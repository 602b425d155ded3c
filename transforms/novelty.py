"""Novelty of an article against earlier ones: MinHash over word shingles.

Exact copies of a story already share one ``article_id`` (a hash of the normalised body). This finds
near-duplicates: the same wire story lightly edited by each outlet that syndicates it. Each article
gets the estimated Jaccard similarity of its 5-word shingles to the most similar article published
before it within ``lookback_days``; ``novelty = 1 - that similarity``; articles at or above
``NEAR_DUPLICATE_SIMILARITY`` join that article's story (``story_id``), so a story syndicated by five
outlets is one story with five articles.

Each article is compared only with the articles of its own look-back window, whatever else is in
the list, so scoring a month at once gives what scoring each day gives, provided the days before
the first one scored come with the stories already stored for them (``known_stories``).
"""

from __future__ import annotations

import re
import zlib
from bisect import bisect_left
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

import numpy as np

SHINGLE_WORDS = 5
N_PERMUTATIONS = 128
NEAR_DUPLICATE_SIMILARITY = 0.8
LOOKBACK_DAYS = 7
_MERSENNE = (1 << 31) - 1  # a prime: (a * x + b) mod p stays inside uint64
_WORD = re.compile(r"[a-z0-9]+")

_rng = np.random.default_rng(20251027)  # fixed seed: signatures are stable across runs and machines
_A = _rng.integers(1, _MERSENNE, size=N_PERMUTATIONS, dtype=np.uint64)
_B = _rng.integers(0, _MERSENNE, size=N_PERMUTATIONS, dtype=np.uint64)


@dataclass(frozen=True, slots=True)
class Novelty:
    """Novelty of one article: its story, the most similar earlier article and the similarity."""

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
    hashes = np.fromiter(shingles(text), dtype=np.uint64)
    if hashes.size == 0:
        return np.full(N_PERMUTATIONS, _MERSENNE, dtype=np.uint32)
    x = (hashes % np.uint64(_MERSENNE))[:, None]
    return ((_A * x + _B) % np.uint64(_MERSENNE)).min(axis=0).astype(np.uint32)


def score_novelty(
    articles: Sequence[tuple[str, date, str]],
    lookback_days: int = LOOKBACK_DAYS,
    known_stories: Mapping[str, str] | None = None,
    threshold: float = NEAR_DUPLICATE_SIMILARITY,
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
    stories: list[str] = []
    results: list[Novelty] = []
    for i, (article_id, _, body) in enumerate(articles):
        sigs[i] = signature(body)
        first = bisect_left(days, days[i] - lookback_days, 0, i)
        best, best_sim = -1, 0.0
        if first < i:
            matches = np.count_nonzero(sigs[first:i] == sigs[i], axis=1)
            best = first + int(matches.argmax())
            best_sim = float(matches[best - first]) / N_PERMUTATIONS
        if best_sim == 0.0:  # nothing in common with any earlier article: no most similar one
            best = -1
        duplicate = best_sim >= threshold
        stories.append(known.get(article_id) or (stories[best] if duplicate else article_id))
        if article_id in known:
            continue
        results.append(
            Novelty(
                article_id=article_id,
                story_id=stories[i],
                most_similar_id=articles[best][0] if best >= 0 else None,
                max_similarity=round(best_sim, 4),
                novelty=round(1.0 - best_sim, 4),
                is_near_duplicate=duplicate,
            )
        )
    return results
