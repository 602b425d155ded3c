"""Novelty of an article against earlier ones: MinHash over word shingles.

Exact copies of a story already share one ``article_id`` (a hash of the normalised body). This finds
near-duplicates: the same wire story lightly edited by each outlet that syndicates it. Each article
gets the estimated Jaccard similarity of its 5-word shingles to the most similar earlier article;
``novelty = 1 - that similarity``; articles at or above ``NEAR_DUPLICATE_SIMILARITY`` join the earlier
article's story (``story_id``), so a story syndicated by five outlets is one story with five articles.
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass

import numpy as np

SHINGLE_WORDS = 5
N_PERMUTATIONS = 128
NEAR_DUPLICATE_SIMILARITY = 0.8
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
    """MinHash signature (``N_PERMUTATIONS`` uint64 values) of a text's shingles."""
    hashes = np.fromiter(shingles(text), dtype=np.uint64)
    if hashes.size == 0:
        return np.full(N_PERMUTATIONS, _MERSENNE, dtype=np.uint64)
    x = (hashes % np.uint64(_MERSENNE))[:, None]
    return ((_A * x + _B) % np.uint64(_MERSENNE)).min(axis=0)


def score_novelty(
    articles: list[tuple[str, str]], threshold: float = NEAR_DUPLICATE_SIMILARITY
) -> list[Novelty]:
    """Novelty of each of ``articles`` (``(article_id, body)`` in publication order) against the
    ones before it in the list."""
    seen_ids: list[str] = []
    seen_stories: list[str] = []
    seen_sigs: list[np.ndarray] = []
    results: list[Novelty] = []
    for article_id, body in articles:
        sig = signature(body)
        if seen_sigs:
            similarity = (np.vstack(seen_sigs) == sig).mean(axis=1)
            best = int(similarity.argmax())
            best_sim = float(similarity[best])
        else:
            best, best_sim = -1, 0.0
        duplicate = best_sim >= threshold
        story = seen_stories[best] if duplicate else article_id
        results.append(
            Novelty(
                article_id=article_id,
                story_id=story,
                most_similar_id=seen_ids[best] if best >= 0 else None,
                max_similarity=round(best_sim, 4),
                novelty=round(1.0 - best_sim, 4),
                is_near_duplicate=duplicate,
            )
        )
        seen_ids.append(article_id)
        seen_stories.append(story)
        seen_sigs.append(sig)
    return results
