"""Claim extraction against the hand-labelled real reports in ``../shared/claims_dev``.

A claim matches a label on (file, index, kind, direction, pct, level, points); OTHER labels match the
index their ``index_name`` resolves to through the alias table. Precision and recall are printed.
"""

from __future__ import annotations

import csv
from collections import Counter
from collections.abc import Iterable
from datetime import date, timedelta
from pathlib import Path

from orchestration.lexicons import load_lexicons
from transforms.claims import MarketClaim, extract_claims
from transforms.mentions import IndexLexicon, find_index_mentions
from transforms.text import split_sentences

REPO = Path(__file__).resolve().parents[2]
CLAIMS_DEV = REPO.parent / "shared" / "claims_dev"
ALIASES = REPO / "data" / "reference" / "index_aliases.csv"


Key = tuple[str, str, str, str | None, float | None, float | None, float | None]


def lexicon() -> IndexLexicon:
    return load_lexicons(str(ALIASES.parent)).indices


def read_article(path: Path) -> tuple[date, str]:
    """The seed format: ' date YYYY-MM-DD ' then the body."""
    raw = path.read_text(encoding="utf-8").strip()
    _, day, body = raw.split(" ", 2)
    return date.fromisoformat(day), body


def _num(value: str) -> float | None:
    return float(value) if value.strip() else None


def _signed(value: float | None, direction: str | None) -> float | None:
    if value is None:
        return None
    return -abs(value) if direction == "down" else abs(value)


def label_keys(lex: IndexLexicon) -> Counter[Key]:
    with (CLAIMS_DEV / "labels.csv").open(newline="", encoding="utf-8") as fh:
        return label_keys_of(csv.DictReader(fh), lex)


def label_keys_of(rows: Iterable[dict[str, str]], lex: IndexLexicon) -> Counter[Key]:
    """Claim keys of labels.csv rows (NONE rows have none)."""
    keys: Counter[Key] = Counter()
    for row in rows:
        if row["index_id"] == "NONE":
            continue
        index_id = row["index_id"]
        if index_id == "OTHER":
            found = find_index_mentions(row["index_name"], [], lex)
            index_id = found[0].entity_id if found else "OTHER:" + row["index_name"]
        direction = row["direction"] or None
        keys[
            (
                row["file"],
                index_id,
                row["claim_kind"],
                direction,
                _signed(_num(row["pct"]), direction),
                _num(row["level"]),
                _signed(_num(row["points"]), direction),
            )
        ] += 1
    return keys


def claim_key(file: str, c: MarketClaim) -> Key:
    # claims_dev labels put a crossed threshold ("below 3,400") in the level column.
    level = c.level if c.level is not None else c.crosses_level
    return (file, c.index_id, c.claim_kind, c.direction, c.move_pct, level, c.points)


def extracted_keys(lex: IndexLexicon) -> Counter[Key]:
    keys: Counter[Key] = Counter()
    for path in sorted((CLAIMS_DEV / "articles").glob("*.txt")):
        published, body = read_article(path)
        for c in extract_claims(body, split_sentences(body), lex, published):
            keys[claim_key(path.name, c)] += 1
    return keys


def test_claims_dev_precision_recall() -> None:
    lex = lexicon()
    gold, got = label_keys(lex), extracted_keys(lex)
    hits = sum((gold & got).values())
    precision = hits / max(1, sum(got.values()))
    recall = hits / max(1, sum(gold.values()))
    print(f"\nclaims_dev: {sum(got.values())} extracted, {sum(gold.values())} labelled, {hits} matched")
    print(f"claims_dev precision {precision:.3f} recall {recall:.3f}")
    for key in sorted((got - gold).elements(), key=str):
        print("  extra  ", key)
    for key in sorted((gold - got).elements(), key=str):
        print("  missed ", key)
    assert precision >= 0.95
    assert recall >= 0.95


def _weekday_on_or_before(day: date) -> date:
    """The session a calendar date falls in, ignoring holidays: Saturday and Sunday roll back to Friday."""
    return day - timedelta(days=max(0, day.weekday() - 4))


def test_claims_dev_session_dates() -> None:
    """Each labelled session date matches the extracted claim's reference date (weekends roll back to
    Friday, as staging.market_claims maps a date to the session on or before it)."""
    lex = lexicon()
    gold: Counter[tuple[Key, str | None]] = Counter()
    with (CLAIMS_DEV / "labels.csv").open(newline="", encoding="utf-8") as fh:
        rows = [r for r in csv.DictReader(fh) if r["index_id"] != "NONE"]
    for row in rows:
        for key in label_keys_of([row], lex):
            gold[(key, row["session_date"] or None)] += 1
    got: Counter[tuple[Key, str | None]] = Counter()
    for path in sorted((CLAIMS_DEV / "articles").glob("*.txt")):
        published, body = read_article(path)
        for c in extract_claims(body, split_sentences(body), lex, published):
            day = c.reference_date if c.claim_kind != "period" else None
            got[(claim_key(path.name, c), _weekday_on_or_before(day).isoformat() if day else None)] += 1
    matched_values = {k for k, _ in gold} & {k for k, _ in got}
    gold_m = Counter({k: n for k, n in gold.items() if k[0] in matched_values})
    got_m = Counter({k: n for k, n in got.items() if k[0] in matched_values})
    hits = sum((gold_m & got_m).values())
    share = hits / max(1, sum(gold_m.values()))
    print(f"\nclaims_dev session dates: {hits} of {sum(gold_m.values())} value-matched claims ({share:.3f})")
    for key in sorted((gold_m - got_m).elements(), key=str):
        print("  expected", key)
    assert share >= 0.95
