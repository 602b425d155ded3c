"""Find mentions of known countries, central banks, people and organisations in an article.

The gazetteer is reference data (``data/reference/entities.csv``: ``entity_kind, entity_id, name,
aliases, role, country, ticker``; aliases ``|``-separated); the caller reads it and passes the rows.
Every name and alias is compiled into one regex (a character trie, so the engine never tries
hundreds of alternatives in turn) and matched case-sensitively on whole words: the longest alias wins
("Bank of Japan" is the central bank, not Japan), a straight apostrophe in an alias also matches a
curly one, a hyphen the Unicode hyphens, a space any run of whitespace. Possessives match through
the base name ("Japan's" is a mention of Japan with surface "Japan").

Ids: ISO 3166 alpha-2 for countries (regions: EU, EZ for the euro zone, EUROPE, ASIA, ASEAN, ...),
the usual acronym for central banks (FED, BOJ, ECB), snake_case slugs for people and organisations.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass

from transforms.text import Mention, Sentence

ENTITY_KINDS = frozenset({"country", "central_bank", "person", "organisation"})

# Word characters for whole-word matching: ASCII letters and digits, underscore, Latin-1 and Latin
# Extended-A/B letters; a class rather than \w because the engine tests a class much faster.
WORD_CHARS = "0-9A-Za-z_\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f"
_WORD_CHAR = re.compile(f"[{WORD_CHARS}]")
# How a term character is written in the compiled pattern: a space matches any whitespace run (names
# broken across lines), an apostrophe also matches the curly one ("People’s Bank of China"), a hyphen
# also the Unicode hyphens (the Fed writes "mortgage‑backed" with U+2011).
_CHAR_PATTERN = {" ": r"\s+", "'": "['\u2019]", "-": "[-\u2010\u2011]"}
_SURFACE_NORMALISE = str.maketrans({"\u2019": "'", "\u2010": "-", "\u2011": "-"})
_WHITESPACE = re.compile(r"\s+")
_END = ""  # trie key marking the end of a term
_BYLINE_END = re.compile(r"\)\s*[-\u2013\u2014]")


def normalise_surface(surface: str) -> str:
    """The key a term or matched surface is looked up by: straight apostrophes and hyphens, single spaces."""
    return _WHITESPACE.sub(" ", surface.translate(_SURFACE_NORMALISE)).strip()


def trie_regex(terms: Iterable[str]) -> str:
    """Regex source matching any of ``terms``, longest first, as nested groups of a character trie.

    Each position then costs one walk down the trie instead of a try of every alternative.
    """
    trie: dict = {}
    for term in terms:
        if not term:
            continue
        node = trie
        for ch in term:
            node = node.setdefault(ch, {})
        node[_END] = {}
    return _trie_pattern(trie) if trie else "(?!x)x"  # the empty set matches nothing


def _trie_pattern(node: dict) -> str:
    branches = [
        _CHAR_PATTERN.get(ch, re.escape(ch)) + _trie_pattern(child)
        for ch, child in sorted(node.items())
        if ch != _END
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if _END in node:
        # Greedy optional: the longer term is tried first, the shorter one on backtracking.
        return "(?:" + body + ")?"
    return body


def compile_terms(terms: Iterable[str]) -> re.Pattern[str]:
    """One regex matching any of ``terms`` (longest first) not followed by a word character.

    The start is not anchored, so the engine keeps its fast scan for the terms' first characters;
    ``iter_whole_word`` checks the character before each match.
    """
    return re.compile(f"(?:{trie_regex(terms)})(?![{WORD_CHARS}])")


def iter_whole_word(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """Matches of a ``compile_terms`` pattern that start a word, left to right, not overlapping."""
    is_word_char = _WORD_CHAR.match
    pos = 0
    while True:
        for m in pattern.finditer(text, pos):
            start = m.start()
            if start == 0 or not is_word_char(text, start - 1):
                yield m
            else:
                # A match inside a word ("Fed" in "UnFed"): a real term may start within it, so scan
                # again from the next character (rare, so the common path stays one finditer).
                pos = start + 1
                break
        else:
            return


@dataclass(frozen=True, slots=True)
class Entity:
    """One gazetteer entry."""

    kind: str
    entity_id: str
    name: str
    aliases: tuple[str, ...]
    role: str
    country: str
    ticker: str


class EntityGazetteer:
    """Known entities and the compiled pattern that finds them; build with ``from_records``."""

    def __init__(self, entities: Iterable[Entity]) -> None:
        self.entities: tuple[Entity, ...] = tuple(entities)
        self._by_surface: dict[str, Entity] = {}
        for entity in self.entities:
            for alias in (entity.name, *entity.aliases):
                key = normalise_surface(alias)
                other = self._by_surface.get(key)
                if other is not None and other is not entity:
                    raise ValueError(
                        f"entities: alias {alias!r} names both {other.kind}/{other.entity_id} "
                        f"and {entity.kind}/{entity.entity_id}"
                    )
                self._by_surface[key] = entity
        self.pattern = compile_terms(self._by_surface)

    @classmethod
    def from_records(cls, rows: Iterable[Mapping[str, str | None]]) -> EntityGazetteer:
        """Build from ``csv.DictReader`` rows of ``entities.csv``; a bad row raises ValueError naming it."""
        entities = []
        for line, row in enumerate(rows, start=2):  # line 1 is the header

            def field(name: str, row: Mapping[str, str | None] = row) -> str:
                return (row.get(name) or "").strip()

            kind, entity_id, name = field("entity_kind"), field("entity_id"), field("name")
            if kind not in ENTITY_KINDS:
                raise ValueError(
                    f"entities line {line}: entity_kind {kind!r} is not one of {sorted(ENTITY_KINDS)}"
                )
            if not entity_id or not name:
                raise ValueError(f"entities line {line}: entity_id and name are required")
            aliases = tuple(a.strip() for a in field("aliases").split("|") if a.strip())
            entities.append(
                Entity(kind, entity_id, name, aliases, field("role"), field("country"), field("ticker"))
            )
        return cls(entities)

    def lookup(self, surface: str) -> Entity | None:
        """The entity a surface form names, or None."""
        return self._by_surface.get(normalise_surface(surface))


def find_entities(text: str, sentences: list[Sentence], gazetteer: EntityGazetteer) -> list[Mention]:
    """Every gazetteer mention in ``text``, in order, with its sentence (``split_sentences`` of ``text``).

    A mention outside every sentence (only possible with sentences of another text) gets
    ``sentence_no`` -1 and ``in_headline`` False.
    """
    mentions: list[Mention] = []
    append = mentions.append
    by_surface = gazetteer._by_surface
    n_sentences = len(sentences)
    i = 0  # sentence cursor: mentions come in order, so the sentence index only moves forward
    for m in iter_whole_word(gazetteer.pattern, text):
        start = m.start()
        if start and text[start - 1] == "(" and _BYLINE_END.match(text, m.end()):
            continue  # "TOKYO, Jan 24 (Reuters) - ...": the agency's byline, not news about it
        surface = m.group()
        entity = by_surface.get(surface) or by_surface[normalise_surface(surface)]
        while i < n_sentences and sentences[i].end <= start:
            i += 1
        if i < n_sentences and sentences[i].start <= start:
            sentence_no, in_headline = sentences[i].no, sentences[i].in_headline
        else:
            sentence_no, in_headline = -1, False
        append(Mention(entity.kind, entity.entity_id, surface, start, m.end(), sentence_no, in_headline))
    return mentions
