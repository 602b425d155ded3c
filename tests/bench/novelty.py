"""Story detection at the scale of a busy feed, on a SYNTHETIC corpus.

Articles are the extraction benchmark's recombined real sentences (``tests/bench/extraction.py``),
``PER_DAY`` a day for ``lookback + 1`` days; a share ``COPY_SHARE`` of them are copies of an article
of the day or the day before: trimmed to their first 40-80% of sentences, with a syndicator's line
appended. The timed run is what the daily schedule does: score one day against the 7 days before it,
whose stories are already stored. It also reports how many of the planted copies joined their story
and how many other articles were joined to a story: the recombined sentences recur across synthetic
articles, so a short copy can lie mostly inside an unrelated long article that shares its sentences.
"""

from __future__ import annotations

import random
import time
from datetime import date, timedelta

from tests.bench.extraction import build_corpus, load_tools
from transforms.novelty import LOOKBACK_DAYS, score_novelty

PER_DAY = 1000
COPY_SHARE = 0.1
SEED = 2025
TARGET_SECONDS = 30.0  # one day's partition of PER_DAY articles, against the 7 days before it
FIRST_DAY = date(2025, 3, 3)


def build_days() -> tuple[list[tuple[str, date, str]], dict[str, str]]:
    """(article_id, published_date, body) in publication order, and each planted copy's original."""
    days = LOOKBACK_DAYS + 1
    pool = [a.body for a in build_corpus(load_tools(), target_mb=days * PER_DAY * 2.9e-3)]
    rng = random.Random(SEED)
    articles: list[tuple[str, date, str]] = []
    copies: dict[str, str] = {}
    for day in range(days):
        published = FIRST_DAY + timedelta(days=day)
        for n in range(PER_DAY):
            article_id = f"{day:02d}-{n:04d}"
            recent = [a for a in articles[-2 * PER_DAY :] if a[1] >= published - timedelta(days=1)]
            if recent and rng.random() < COPY_SHARE:
                original = rng.choice(recent)
                sentences = original[2].split(". ")
                keep = max(1, int(len(sentences) * rng.uniform(0.4, 0.8)))
                body = ". ".join(sentences[:keep]) + ". This story was distributed by a news syndicator."
                copies[article_id] = original[0]
            else:
                body = pool[(day * PER_DAY + n) % len(pool)]
            articles.append((article_id, published, body))
    return articles, copies


def main() -> bool:
    t0 = time.perf_counter()
    articles, copies = build_days()
    print(
        f"corpus: SYNTHETIC, {len(articles):,} articles over {LOOKBACK_DAYS + 1} days, built in {time.perf_counter() - t0:.1f} s"
    )
    t0 = time.perf_counter()
    history = score_novelty(articles[:-PER_DAY])
    backfill = time.perf_counter() - t0
    known = {n.article_id: n.story_id for n in history}
    t0 = time.perf_counter()
    last_day = score_novelty(articles, known_stories=known)
    seconds = time.perf_counter() - t0
    story = known | {n.article_id: n.story_id for n in last_day}
    found = sum(story[c] == story[o] for c, o in copies.items())
    others = sum(1 for a, s in story.items() if a not in copies and s != a)
    print(
        f"novelty: {LOOKBACK_DAYS} days of {len(articles) - PER_DAY:,} articles in one run {backfill:.1f} s "
        f"({(len(articles) - PER_DAY) / backfill:,.0f} articles/s); one day of {PER_DAY:,} against the "
        f"{LOOKBACK_DAYS} days before it {seconds:.1f} s (target <= {TARGET_SECONDS:.0f} s)"
    )
    print(
        f"planted copies joined to their story: {found:,} of {len(copies):,}; other articles joined to one: {others}"
    )
    return seconds <= TARGET_SECONDS
