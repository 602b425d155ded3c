"""Find mentions of known countries, central banks, people and organisations in an article.

The gazetteer is reference data (``data/reference/entities.csv``: ``entity_kind, entity_id, name,
aliases, role, country, ticker``; aliases ``|``-separated); the caller reads it and passes the rows.
Every name and alias is compiled into one regex (a character trie, so the engine never tries
hundreds of alternatives in turn) and matched case-sensitively on whole words: the longest alias wins
("Bank of Japan" is the central bank, not Japan), a straight apostrophe in an alias also matches a
curly one, a hyphen the Unicode hyphens, a space any run of whitespace. Possessives match through
the base name ("Japan's" is a mention of Japan with surface "Japan").

People and firms the gazetteer does not list are still found where wire copy quotes them with a role:
"said Kyle Rodda, senior financial market analyst at Capital.com", "Shoki Omori, chief desk strategist
at Mizuho Securities, said", "Nomura's chief economist Naka Matsuzawa", "Pepperstone strategist Chris
Weston", "Finance Minister Jens Stoltenberg", "Tamas Varga of oil broker PVM said". Their ids are slugs
of the name as written ("kyle_rodda"), with no row in the gazetteer; a later mention by surname alone
("Rodda said") is a mention too. So are organisations named by the form of their name, capitalised
words that end in a word such as Group, Corp, Securities, Institute, Ministry or Party ("Korea Customs
Service", "Ministry of Economy and Finance"), under the slug of the name without its legal form.

Ids: ISO 3166 alpha-2 for countries (regions: EU, EZ for the euro zone, EUROPE, ASIA, ASEAN, ...),
the usual acronym for central banks (FED, BOJ, ECB), snake_case slugs for people and organisations.
"""

from __future__ import annotations

import bisect
import heapq
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache

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
_BYLINE_END = re.compile(r"(?:\s+[A-Z]\w+){0,2}\)\s*[-\u2013\u2014]")  # "(Reuters Breakingviews) -"
_NEWS_ROLES = frozenset({"news agency", "news organisation"})
_BYLINE_DASH = re.compile(r"\s+[-\u2013\u2014]")
# A line that credits a report to news organisations, not one that speaks of them
_CREDIT_LINE = re.compile(
    # a byline with a desk: "By Kirtika Suneja, ET Bureau" (a name of two words or more, then a comma)
    r"^By\s+[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){1,3}(?:\s+(?:and|&)\s+[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){1,3})?,\s"
    # "MarketScreener with AFP and Reuters"
    r"|^(?:[\w.&'-]+\s+){1,3}with\s+(?:[\w.&'-]+(?:,\s+|\s+and\s+)?){1,4}\.?$"
    # "Copyright 2025 Thomson Reuters.", "(Reporting by ...; Editing by ...)"
    r"|^\W*(?:copyright\b|\u00a9|(?:additional\s+)?reporting\s+by\b)"
    r"|\b(?:contributed\s+to\s+this\s+(?:article|report|story)|print\s+edition|originally\s+(?:published|appeared)|"
    r"all\s+rights\s+reserved|"
    # "(Catch all the Business News ... and Latest News Updates on The Economic Times.)"
    r"latest\s+news\s+updates\s+on)\b"
    # "This story first appeared on CNBC.com."; not "Waller, who appeared on CNBC on Monday, said"
    r"|^\W*(?:a\s+version\s+of\s+)?this\s+(?:story|article|report)\s+(?:first\s+|originally\s+)?appeared\s+on\b"
    # "With reports from The Canadian Press", "With files from Reuters"
    r"|^\W*with\s+(?:files|reports)\s+from\b"
    # "This report by The Canadian Press was first published May 15, 2025."
    r"|^\W*this\s+(?:story|article|report)\s+by\s+.{2,60}\s+was\s+first\s+published\b",
    re.I | re.M,
)
# an outlet's disclaimer or app promotion, a paragraph of its own however long: "Disclaimer: ... These do not
# represent the views of The Economic Times.", "Download The Economic Times News App ..."
_BOILERPLATE = re.compile(r"^\W*(?:disclaimer\b|download\s+the\s+[\w\s]{2,40}?\s+app\b)", re.I | re.M)
_CREDIT_LINE_MAX = 120  # characters: a credit is a short line of its own, never a paragraph of copy
_DATELINE_BEFORE = re.compile(r"(?:^|\n)[A-Z][A-Z .'-]+,\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+$")


_NAME_SUFFIX = re.compile(r",?\s+(Jr|Sr)\.?$")
_LEGAL_FORM = re.compile(r"^PT\s+|\s+\(Persero\)|,?\s+Tbk\.?$")


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


class WordTerms:
    """A set of terms found as whole words: ``spans`` yields where each match starts a word and ends one,
    left to right, not overlapping, the longest term first at each start."""

    def __init__(self, terms: Iterable[str]) -> None:
        terms = [t for t in terms if t]
        body = trie_regex(terms)
        # The start is not anchored, so the engine keeps its fast scan for the terms' first characters;
        # ``spans`` checks the character before each match.
        self._term = re.compile(f"(?:{body})(?![{WORD_CHARS}])")
        # Terms that mostly start in lower case would have the engine try at most letters of the text:
        # for them the pattern starts at the character before the term, one of the fewer that end a word.
        self._after_gap = (
            re.compile(f"[^{WORD_CHARS}]({body})(?![{WORD_CHARS}])")
            if 2 * sum(t[0].islower() for t in terms) > len(terms)
            else None
        )

    def spans(self, text: str) -> Iterator[tuple[int, int]]:
        """(start, end) of each match in ``text``."""
        if self._after_gap is None:
            yield from self._spans_by_term(text)
            return
        is_word_char = _WORD_CHAR.match
        pos = 0
        if (m := self._term.match(text)) is not None:
            yield m.span()
            pos = m.end()
        while True:
            if pos and not is_word_char(text, pos - 1):
                pos -= 1  # a term that ends in "." leaves that character to be the next one's gap
            m = self._after_gap.search(text, pos)
            if m is None:
                return
            yield m.span(1)
            pos = m.end()

    def _spans_by_term(self, text: str) -> Iterator[tuple[int, int]]:
        is_word_char = _WORD_CHAR.match
        pos = 0
        while True:
            for m in self._term.finditer(text, pos):
                start = m.start()
                if start == 0 or not is_word_char(text, start - 1):
                    yield m.span()
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
        # Names that start in lower case ("euro zone", "de Guindos", "easyJet") scan apart: in one set
        # with the capitalised ones they would slow the scan for all of them.
        self._terms = (
            WordTerms(key for key in self._by_surface if not key[0].islower()),
            WordTerms(key for key in self._by_surface if key[0].islower()),
        )
        self._short_for: dict[tuple[frozenset[str], str, frozenset[str]], list[Entity]] = {}

    def spans(self, text: str) -> Iterator[tuple[int, int]]:
        """(start, end) of each surface form in ``text`` that starts a word and ends one, left to right,
        not overlapping (of two that overlap, the one that starts first)."""
        end = 0
        for span in heapq.merge(*(terms.spans(text) for terms in self._terms)):
            if span[0] >= end:
                end = span[1]
                yield span

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
        """The entity a surface form names, or None; a name's suffix ("Eli M. Remolona, Jr.") may be written
        with a comma or without its period, and an Indonesian firm's legal form ("PT Mandiri Sekuritas", "PT
        Trimegah Bangun Persada Tbk") may be left out of the gazetteer's name."""
        key = normalise_surface(surface)
        found = self._by_surface.get(key)
        if found is None and (suffix := _NAME_SUFFIX.search(key)):
            found = self._by_surface.get(key[: suffix.start()] + " " + suffix.group(1) + ".")
        if found is None and (bare := _LEGAL_FORM.sub("", key)) != key:
            found = self._by_surface.get(bare)
        return found

    def central_bank_of(self, country: str) -> Entity | None:
        """The central bank of ``country``, or None."""
        if not hasattr(self, "_central_banks"):
            self._central_banks = {
                e.country: e for e in self.entities if e.kind == "central_bank" and e.country
            }
        return self._central_banks.get(country)

    def of_country(self, surface: str, country: str) -> Entity | None:
        """The one organisation of ``country`` whose name holds ``surface`` as words ("Democratic Party" in a
        Korean story: the Democratic Party of Korea; "National Assembly" in a French one), or None."""
        found = {
            e.entity_id: e
            for e in self._organisations_of(country)
            if any(self.names_the_body(n, surface) for n in (e.name, *e.aliases))
        }
        return next(iter(found.values())) if len(found) == 1 else None

    def bodies_short_for(self, words: frozenset[str], country: str, roles: frozenset[str]) -> list[Entity]:
        """The organisations of ``country`` in one of ``roles`` that one of ``words`` is short for: a name
        that is the word with at most its country before it and "Party" or "of ..." after it ("Labour" of
        "UK Labour Party", "Congress" of "Congress of Mexico"), not one that says more ("Liberal" of
        "Liberal Democratic Party", "Congress" of "National People's Congress"). Kept once found: every
        text asks the same few questions."""
        key = (words, country, roles)
        if (known := self._short_for.get(key)) is None:
            known = self._short_for[key] = [
                e
                for e in self._organisations_of(country)
                if e.role in roles
                and any(self._is_short_for(n, w) for n in (e.name, *e.aliases) for w in words)
            ]
        return known

    def _is_short_for(self, name: str, word: str) -> bool:
        if (m := _as_words(word).search(name)) is None:
            return False
        before, after = name[: m.start()].split(), name[m.end() :].split()
        if before[-2:] == ["House", "of"]:
            before = before[:-2]  # "Commons" of "House of Commons"
        if after[:1] in (["Party"], ["party"]):
            after = after[1:]
        country_first = all(w == "The" or self._is_country(_POSSESSIVE.sub("", w)) for w in before) or (
            self._is_country(_POSSESSIVE.sub("", " ".join(before)))  # "South Africa's Treasury"
        )
        return country_first and (not after or after[0] == "of")

    def _organisations_of(self, country: str) -> list[Entity]:
        if not hasattr(self, "_organisations_by_country"):
            by_country: dict[str, list[Entity]] = {}
            for entity in self.entities:
                if entity.kind == "organisation" and entity.country:
                    by_country.setdefault(entity.country, []).append(entity)
            self._organisations_by_country = by_country
        return self._organisations_by_country.get(country, [])

    def names_the_body(self, name: str, surface: str) -> bool:
        """Whether ``name`` holds ``surface`` as words and names the body it names: fuller ("Federal Ministry
        of Finance", "Ministry of Trade and Industry" for "Ministry of Finance", "Ministry of Trade"), not its
        owner ("Political Bureau of the CPC Central Committee" is not the Central Committee); a party's name
        adds only where it is ("U.S. Democratic Party", "Democratic Party of Korea"), not which one ("New
        Democratic Party", "Democratic Party for the People")."""
        if (m := _as_words(surface).search(name)) is None:
            return False
        before, after = name[: m.start()].split(), name[m.end() :].split()
        if "of" in before:
            return False
        if "Party" not in surface:
            return True
        return all(
            "." in w or w.endswith(("'s", "’s")) or w.isupper() or self._is_country(w) for w in before
        ) and (not after or after[0] == "of" or (len(after) == 1 and self._is_country(after[0])))

    def _is_country(self, word: str) -> bool:
        entity = self.lookup(word)
        return entity is not None and entity.kind == "country"


@lru_cache(maxsize=512)
def _as_words(surface: str) -> re.Pattern[str]:
    """``surface`` as whole words of a name."""
    return re.compile(rf"(?<![\w']){re.escape(surface)}(?![\w'])")


# "Choi Yoon-beom": a syllable of a hyphenated given name, not "Trump-backed" or "Powell-era"
_INSIDE_A_NAME = re.compile(r"-([a-z]{2,5}|[a-z]{1,2}eong)\b(?!-)")  # "-beom", "-kyeong"
# where given names are hyphenated: Korea above all, and Chinese names in Taiwan and Hong Kong
_HYPHENATED_GIVEN_NAMES = frozenset({"KR", "KP", "TW", "HK", "CN", "MO"})
_NAME_WORD_BEFORE = re.compile(r"\b([A-Z][a-z]+) $")
_NAME_WORD_AFTER = re.compile(r" [A-Z][a-z]+\b(?!-)")
_COMPOUND_TAILS = frozenset(
    "led era ally run type like esque ish made won named style based owned fed hit".split()
)
_TITLES_BEFORE_A_NAME = frozenset(
    "President Minister Governor Chair Chairman Chairwoman Secretary Premier Chancellor Senator Leader "
    "Speaker Democrat Republican Commissioner Director Treasurer Mayor King Queen Prince Judge Justice "
    "Ambassador Envoy Representative Rep Sen Gov".split()
)


def _is_credit(text: str, start: int) -> bool:
    """Whether the line around ``start`` credits the report ("MarketScreener with Reuters") or is an outlet's
    boilerplate ("These do not represent the views of The Economic Times.")."""
    first = text.rfind("\n", 0, start) + 1
    last = text.find("\n", start)
    last = len(text) if last < 0 else last
    return (last - first <= _CREDIT_LINE_MAX and bool(_CREDIT_LINE.search(text, first, last))) or bool(
        _BOILERPLATE.search(text, first, last)
    )


# Short names that are often something else, with the test that says so at a mention
_INDEX_OF_AN_EXCHANGE = re.compile(
    r"[\s-]+(?:Sensex|Nifty|mid-?cap|small-?cap|SME|Bankex|Realty|FMCG|Metal|Auto|Power|Oil|Energy|PSU|Teck|"
    r"Capital\s+Goods|Consumer|Healthcare|Infra|benchmark|gauge|barometer|ind(?:ex|ices)|\d|IT\b)",
    re.I,
)
# what makes "BSE" or "NSE" India's: the Indian market named in the text (not Nairobi's NSE, Budapest's BSE or
# the cattle disease)
_INDIAN_MARKET = re.compile(
    r"\b(?:Sensex|Nifty\w*|India|Indian|Mumbai|Sebi|crore|lakh|Dalal)\b|Rs\.?\s?\d|₹", re.I
)
# another country's NSE or BSE, or the cattle disease
_ANOTHER_NSE_OR_BSE = re.compile(
    r"Nairobi|Kenya|Nigeria|Budapest|Hungar|Botswana|Bulgaria|Belgrade|Serbia|Nagoya|"
    r"mad cow|bovine|cattle|beef|farm|herd|livestock",
    re.I,
)
_ISSUE_TRANCHE = re.compile(
    r"\)?\s*(?:portion|category|quota|book|segment|investors|bids?|allotment|demand|subscription)\b|s\b"
)
# India's term (the Gulf's are "qualified institutional investors")
_QIB_BUYERS = re.compile(r"ualified\s+institutional\s+buyers?\b", re.I)
_QIB_SPELT_OUT = re.compile(r"ualified\s+institutional\s+(?:buyers?|bidders?|investors?)\s*\(\s*$", re.I)


def _names_an_index(text: str, start: int, end: int) -> bool:
    """ "the BSE Sensex", "S&P BSE 500", "NSE Nifty", "the BSE midcap gauge": the index, not the exchange; and
    an "NSE" or "BSE" of a text that names nothing of India's market is another's."""
    return (
        bool(_INDEX_OF_AN_EXCHANGE.match(text, end))
        or text.endswith("S&P ", 0, start)
        or bool(_ANOTHER_NSE_OR_BSE.search(text) and not _INDIAN_MARKET.search(text))
    )


def _names_the_asx_index(text: str, start: int, end: int) -> bool:
    """ "ASX" is the exchange operator ASX Ltd only where copy speaks of the firm or its market place ("shares
    rose 2.4 per cent on the ASX", "the ASX said", "ASX chief executive"); else the index, the market or a
    listing's code ("the S&P/ASX 200", "ASX edges higher", "ASX SPI 200 futures", "(ASX: JHX)")."""
    if _INDEX_OF_AN_EXCHANGE.match(text, end):
        return True
    return not (
        _ASX_THE_FIRM_BEFORE.search(text, max(0, start - 30), start) or _ASX_THE_FIRM_AFTER.match(text, end)
    )


_ASX_THE_FIRM_BEFORE = re.compile(r"\b(?:on|onto|from|off|against|by)\s+the\s+\Z", re.I)
_ASX_THE_FIRM_AFTER = re.compile(
    r"(?:-listed|\s+(?:said|says|told|announced|chief|boss|chair|chairman|board|operator|"
    r"outage|CEO|executive|Ltd|Limited|Group|rules|listing\s+rules|market\s+operator)\b)"
)


def _names_a_tranche(text: str, start: int, end: int) -> bool:
    """ "qualified institutional buyer (QIB) portion": an Indian issue's tranche, not Qatar Islamic Bank."""
    spelt_out = _QIB_SPELT_OUT.search(text, max(0, start - 60), start)
    indian_buyers = _QIB_BUYERS.search(text) and _INDIAN_MARKET.search(text)
    return bool(_ISSUE_TRANCHE.match(text, end) or spelt_out or indian_buyers)


def _names_an_indian_party(text: str, start: int, end: int) -> bool:
    """ "BSP" in Indian copy is the Bahujan Samaj Party, not the Philippine central bank."""
    return bool(_INDIAN_MARKET.search(text) or _INDIAN_POLITICS.search(text))


_INDIAN_POLITICS = re.compile(r"Mayawati|Bahujan|Lok\s+Sabha|Uttar\s+Pradesh|Samajwadi|Lucknow|\bBJP\b")


def _names_the_jakarta_index(text: str, start: int, end: int) -> bool:
    """ "IDX Composite": the Jakarta index, not the exchange."""
    return bool(_IDX_INDEX.match(text, end))


_IDX_INDEX = re.compile(r"\s+(?:Composite|LQ45|30|80)\b")


def _names_a_person(text: str, start: int, end: int) -> bool:
    """ "Helmut Kohl's legacy", "Joann Barrett of Kohl's": a given name before it, or a surname after it,
    makes the word part of a person's name, not the retailer's."""
    if text[start:end].endswith(("'s", "’s")):
        before = _NAME_WORD_BEFORE.search(text, max(0, start - 30), start)
        return bool(before and before.group(1) in _KOHLS_GIVEN_NAMES)
    after = _NAME_WORD_AFTER.match(text, end)
    word = after.group(0).strip() if after else ""
    return (
        bool(word)
        and word not in _NOT_A_NAME
        and word not in _JOANNS_OWN_WORDS
        and not _in_title_case(text, end)
    )


# the given names of the Kohls in the news; the words of the retailer Joann's own names and headlines
_KOHLS_GIVEN_NAMES = frozenset(
    {"Helmut", "Hannelore", "Herb", "Herbert", "Walter", "Peter", "Michael", "Chancellor", "Senator", "Sen"}
)
_JOANNS_OWN_WORDS = frozenset(
    "Stores Store Fabric Fabrics Craft Crafts Chapter Inc Corp Co Holdings Stock Files Closes Cuts".split()
)


def _in_title_case(text: str, at: int) -> bool:
    """Whether the line around ``at`` is written in title case, as headlines are."""
    line_end = text.find("\n", at)
    words = [
        w
        for w in text[text.rfind("\n", 0, at) + 1 : line_end if line_end >= 0 else None].split()
        if w[:1].isalpha()
    ]
    return len(words) >= 4 and sum(w[0].isupper() for w in words) > 0.8 * len(words)


# "the Irish Congress of Trade Unions", "the Congress of South African Trade Unions": a body of its own name
_OF_A_NAME = re.compile(r"\s+of\s+[A-Z]")
# "British Columbia", "the British Virgin Islands": places of their own
_BRITISH_PLACE = re.compile(r"\s+(?:Columbia|Virgin\s+Islands)\b")
_NOT_ALWAYS_THE_ENTITY: dict[str, Callable[[str, int, int], bool]] = {
    "Kohl's": _names_a_person,
    "Kohl’s": _names_a_person,
    "Joann": _names_a_person,
    "Chad": _names_a_person,  # "Chad Smith, an analyst", not the country
    "BSE": _names_an_index,
    "NSE": _names_an_index,
    "NZX": _names_an_index,  # "the S&P/NZX 50 index"
    "ASX": _names_the_asx_index,
    "QIB": _names_a_tranche,
    "BSP": _names_an_indian_party,
    "IDX": _names_the_jakarta_index,
    "Congress": lambda text, start, end: _OF_A_NAME.match(text, end) is not None,
    "British": lambda text, start, end: _BRITISH_PLACE.match(text, end) is not None,
    # "raised it to BBB- in September", "a BBB rating": a credit grade, not the Dutch party
    "BBB": lambda text, start, end: (
        text.startswith(("-", "+"), end) or "rat" in text[max(0, start - 40) : end + 10]
    ),
}


def find_entities(text: str, sentences: list[Sentence], gazetteer: EntityGazetteer) -> list[Mention]:
    """Every gazetteer mention in ``text``, and every quoted source, in order, with its sentence
    (``split_sentences`` of ``text``).

    A mention outside every sentence (only possible with sentences of another text) gets
    ``sentence_no`` -1 and ``in_headline`` False.
    """
    found: list[tuple[int, int, str, str, str]] = []  # (start, end, kind, id, surface)
    append = found.append
    by_surface = gazetteer._by_surface
    for start, end in gazetteer.spans(text):
        surface = text[start:end]
        entity = by_surface.get(surface) or by_surface[normalise_surface(surface)]
        if (start and text[start - 1] == "(" and _BYLINE_END.match(text, end)) or (
            (entity.role in _NEWS_ROLES or surface.isupper())  # "SYDNEY, Aug 12 AAP - ": an agency's initials
            and _BYLINE_DASH.match(text, end)
            and _DATELINE_BEFORE.search(text, max(0, start - 40), start)
        ):
            continue  # "TOKYO, Jan 24 (Reuters) - ...", "TOKYO, Oct. 27 Kyodo - ...": the agency's byline
        if entity.role in _NEWS_ROLES and _is_credit(text, start):
            continue  # "MarketScreener with AFP and Reuters", "Yonhap contributed to this article."
        if (
            entity.kind == "person"
            and entity.country in _HYPHENATED_GIVEN_NAMES
            and " " not in surface
            and (tail := _INSIDE_A_NAME.match(text, end))
            and tail.group(1) not in _COMPOUND_TAILS
            and (
                (
                    (before := _NAME_WORD_BEFORE.search(text, max(0, start - 30), start))
                    and before.group(1) not in _NOT_A_NAME
                    and before.group(1) not in _TITLES_BEFORE_A_NAME
                )
                or _NAME_WORD_AFTER.match(text, tail.end())
            )
        ):
            continue  # "Choi Yoon-beom", "Yoon-ho Park" are not Yoon Suk Yeol: the name goes on
        if entity.kind == "country" and text.startswith("$", end):
            continue  # "US$65", "NZ$1.2 billion": a currency, not the country
        if surface in _NOT_ALWAYS_THE_ENTITY and _NOT_ALWAYS_THE_ENTITY[surface](text, start, end):
            continue
        append((start, end, entity.kind, entity.entity_id, surface))
    # names by their form first: "Huatai Securities Co. Ltd." whole, not the quote's "Huatai Securities Co"
    quoted = _named_organisations(text, sentences, gazetteer)
    quoted += _quoted_sources([start for start, _ in _ROLE_CUE.spans(text)], sentences, gazetteer)
    quoted += _persons_of_firms(text, sentences, gazetteer)
    quoted += _persons_by_their_acts(text, gazetteer)
    # "By Kirtika Suneja, ET Bureau": the desk a byline credits is no mention
    # ... nor is the reporter it names ("By Mark Kleinman, City editor")
    quoted = [q for q in quoted if not (q[2] in ("organisation", "person") and _is_credit(text, q[0]))]
    if quoted:
        found = _with_quoted_sources(text, found, quoted, gazetteer)
        found = _national_bodies(found, gazetteer, text)
        # a "Reserve Bank" no country's central bank was found for is no mention
        found = [f for f in found if f[3] != _GENERIC_CENTRAL_BANK]
    if _SHORT_FORM.search(text):
        found = _short_forms_of_bodies(text, {s.start for s in sentences}, found, gazetteer)
    # also for people the gazetteer names in full: "Alberto Nagel ... Nagel" is not the Bundesbank's Nagel
    found = _surnames_of_the_named(text, found, gazetteer)
    mentions: list[Mention] = []
    n_sentences = len(sentences)
    i = 0  # sentence cursor: mentions come in order, so the sentence index only moves forward
    for start, end, kind, entity_id, surface in found:
        while i < n_sentences and sentences[i].end <= start:
            i += 1
        if i < n_sentences and sentences[i].start <= start:
            sentence_no, in_headline = sentences[i].no, sentences[i].in_headline
        else:
            sentence_no, in_headline = -1, False
        mentions.append(Mention(kind, entity_id, surface, start, end, sentence_no, in_headline))
    return mentions


# Words of a country's public bodies and parties, which every country has one of
_BODY_WORDS = frozenset(
    "Party Assembly Court Ministry Commission Bureau Authority Council Parliament Congress Senate "
    "Democratic Liberal Communist Conservative Labour Labor Socialist Social Green Greens National "
    "Supreme Constitutional Federal Finance Commerce Trade Fair Statistics Statistical Securities State "
    "Central Economy Industry Justice Foreign Affairs Interior Defence Defense Energy Agency Regulatory "
    "Financial Supervisory Monetary Policy Committee Audit Competition Workers' Republican Progressive "
    "Reform Democrats Republicans of the and for".split()
)


def _countries_named(found: list[tuple[int, int, str, str, str]], gazetteer: EntityGazetteer) -> Counter[str]:
    """The countries of everything the text names: "South Korea", and the Bank of Korea, Lee Jae-myung."""
    return Counter(
        entity_id if kind == "country" else known.country
        for _, _, kind, entity_id, surface in found
        if kind == "country" or ((known := gazetteer.lookup(surface)) is not None and known.country)
    )


# A party or parliament by the short form copy uses: "Labour's tax rises", "the Greens", "Conservative leader
# Kemi Badenoch", "the top Democrat", "Republican Senator Lindsey Graham", "in Congress"
_SHORT_FORM = re.compile(
    r"(?<![\w.'’-])(?:Labour|Labor|Greens?|Conservatives?|(?:(?:Social|Liberal|Christian|Free|New)\s+)?Democrats?|"
    r"Liberals?|Nationals|Republicans?|"
    r"Socialists?|Congress|Left|Senate|House\s+of\s+Representatives|Parliament|Upper\s+House|"
    r"Lower\s+House|(?<=[Tt]he\s)Commons|"
    # "It now goes to the House", "the House GOP's six-month CR" (not "the House of Lords")
    r"(?<=[Tt]he\s)House(?!\s+of\b)|"
    # "the Treasury's priority", not "the 10-year Treasury", "Treasury yields" or "the Treasury market"
    r"(?<=[Tt]he\s)Treasury"
    r"(?!\s+(?:yields?|bonds?|notes?|bills?|debt|market|securities|prices|futures|auctions?|curve|rally)\b)|"
    # "A Treasury spokesperson said"
    r"(?<=[Aa]\s)Treasury(?=\s+(?:spokes(?:person|man|woman)|officials?|sources?)\b))"
    r"(?![\w-])"
)
# a finance ministry as "Congress" is a parliament: "the Treasury" in an Italian story is Italy's
_TREASURY_ROLES = frozenset({"government ministry", "finance ministry", "government agency"})
_OFFICE_OF_THE = re.compile(
    r"\b(?:secretary|minister|spokes(?:man|woman|person)|Secretary)\s+(?:to|for|of)\s+the\s+\Z"
)
# the chambers, parliaments as "Congress" is: "the Senate" in a Philippine story is the Philippines'
_CHAMBERS = frozenset(
    {
        "Congress",
        "Senate",
        "House of Representatives",
        "Parliament",
        "Upper House",
        "Lower House",
        "Commons",
        "House",
    }
)
# the short forms that may open a sentence as another word: "Labour costs", "Liberal Lee Jae-myung"
_AMBIGUOUS_AT_START = frozenset(
    {"Labour", "Labor", "Green", "Conservative", "Liberal", "Democrat", "Republican", "Socialist", "Left"}
)
# what may follow a short form in capitals: a title of the party's people, not "Labor Day", "Green Deal" or
# "Labour Minister Yolanda Diaz"
_PARTY_TITLES = frozenset(
    "Leader MP MPs Senator Senators Sen Rep Representative Representatives Congressman Congresswoman "
    "Governor Gov Mayor President Speaker Chairman Chair Whip Lawmakers "
    # a chamber's: "Senate Democrats", "House Republicans", "Senate Majority Leader John Thune"
    "Democrats Republicans Majority Minority GOP".split()
)
_NEXT_WORD = re.compile(r"(?:['’]s?)?\s+([A-Za-z]+)")
# what may follow a singular short form that opens a sentence: "Labour's", "Labour backbenchers", "Labor won",
# not "Labour costs" or "Labor tensions"
_PARTY_WORDS_AFTER = frozenset(
    "government leader leaders party MPs lawmakers senators members voters backbenchers candidates candidate "
    "won lost said says has have had is was will would wants took led leads holds accused called promised "
    "pledged campaigned".split()
)
_NEAR_A_COUNTRY = 80  # characters: how far back a country's name decides a short form's country
_PARTY = frozenset({"political party"})
_PARLIAMENT = frozenset({"parliament"})


def _short_forms_of_bodies(
    text: str,
    sentence_starts: set[int],
    found: list[tuple[int, int, str, str, str]],
    gazetteer: EntityGazetteer,
) -> list[tuple[int, int, str, str, str]]:
    """Parties and chambers named by a short form: each is the one party the word ("Labour", or "Green" for
    "Greens") is short for of the first country that has any, the country named just before the word first,
    then the others in the order of how often the text names them; none when that country has several.
    "Congress", "the Senate", "Parliament" and "the Upper House" are chambers the same way. A gazetteer's own
    short form ("Conservatives", "Congress") gives way to it: in a Canadian story they are Canada's."""
    countries = [country for country, _ in _countries_named(found, gazetteer).most_common()]
    # where each country is named, to put the one named right before a short form first ("Sanae Takaichi was
    # elected prime minister by Parliament" in a Singapore paper: Japan's)
    # (a country or a person, not a body many countries have: Canada's "House of Commons" is not Britain's)
    placed = [
        (s, entity_id if kind == "country" else known.country)
        for s, _, kind, entity_id, surface in found
        if kind == "country"
        or (kind == "person" and (known := gazetteer.lookup(surface)) is not None and known.country)
    ]
    at = {start: i for i, (start, *_) in enumerate(found)}
    added = []
    for m in _SHORT_FORM.finditer(text):
        start, end, word = m.start(), m.end(), m.group()
        if (other := _NOT_ALWAYS_THE_ENTITY.get(word)) is not None and other(text, start, end):
            continue  # "the Irish Congress of Trade Unions": a body of its own name
        k = bisect.bisect_left(placed, (start, ""))
        near = placed[k - 1][1] if k and start - placed[k - 1][0] < _NEAR_A_COUNTRY else None
        order = [near, *(c for c in countries if c != near)] if near else countries
        after = _NEXT_WORD.match(text, end)
        next_word = after.group(1) if after else ""
        possessive = text.startswith(("'", "’"), end)
        if next_word[:1].isupper() and not possessive and next_word not in _PARTY_TITLES:
            if word == "Treasury" or not any(f[0] == after.start(1) and f[2] == "person" for f in found):
                continue  # "Labor Day", "Green Deal", "Labour Minister Yolanda Diaz"
        if word == "Treasury" and _OFFICE_OF_THE.search(text, max(0, start - 30), start):
            continue  # "chief secretary to the Treasury": an office's title
        word = _WHITESPACE.sub(" ", word)
        if (
            word in _AMBIGUOUS_AT_START
            and start in sentence_starts
            and not possessive
            and next_word not in _PARTY_WORDS_AFTER
        ):
            continue  # "Labour costs rose", "Liberal Lee Jae-myung"
        body = None
        forms = (
            frozenset({word})
            if word in _CHAMBERS or word == "Treasury"
            else frozenset({word, word[:-1] if word.endswith("s") else word + "s"})
        )
        for country in order:
            holders = gazetteer.bodies_short_for(forms, country, _roles_short_for(word, country, text))
            # (a treasury is only the first country's: Kenya's is not Britain's)
            if holders or word == "Treasury":
                body = holders[0] if len(holders) == 1 else None
                break
        i = at.get(start)
        if i is not None and found[i][1] == end:
            if body is not None:
                found[i] = (start, end, body.kind, body.entity_id, text[start:end])
        elif body is not None and not any(s < end and start < e for s, e, *_ in found):
            added.append((start, end, body.kind, body.entity_id, text[start:end]))
    return sorted(found + added) if added else found


def _roles_short_for(word: str, country: str, text: str) -> frozenset[str]:
    """The roles of the bodies of ``country`` a short form may name: a finance ministry for "Treasury", a
    parliament for a chamber (but "Congress" in Indian political copy beside the BJP is the party), else a
    party."""
    if word == "Treasury":
        return _TREASURY_ROLES
    if word in _CHAMBERS and not (word == "Congress" and country == "IN" and _INDIAN_POLITICS.search(text)):
        return _PARLIAMENT
    return _PARTY


def _has_words(entity: Entity, surface: str) -> bool:
    """Whether one of ``entity``'s names holds ``surface`` as words ("Reserve Bank" in the RBI's)."""
    return any(_as_words(surface).search(n) for n in (entity.name, *entity.aliases))


def _national_bodies(
    found: list[tuple[int, int, str, str, str]], gazetteer: EntityGazetteer, text: str = ""
) -> list[tuple[int, int, str, str, str]]:
    """A body named by its form alone ("Democratic Party", "National Assembly") is the one of the country
    the text's entities belong to most, when the gazetteer lists one such body of that country."""
    if not any(
        (kind == "organisation" and all(w in _BODY_WORDS for w in surface.split()))
        or entity_id == _GENERIC_CENTRAL_BANK
        for _, _, kind, entity_id, surface in found
    ):
        return found
    countries = _countries_named(found, gazetteer)
    home = countries.most_common(1)[0][0] if countries else ""
    # the bodies the text names in full: "the State Securities Commission ... the Securities Commission"
    named = {
        (surface, known)
        for _, _, kind, entity_id, surface in found
        if kind == "organisation" and (known := gazetteer.lookup(surface)) is not None
    }

    def named_one(surface: str) -> Entity | None:
        holding = {
            e.entity_id: e for full, e in named if full != surface and gazetteer.names_the_body(full, surface)
        }
        return next(iter(holding.values())) if len(holding) == 1 else None

    out, unresolved = [], []
    for start, end, kind, entity_id, surface in found:
        if entity_id == _GENERIC_CENTRAL_BANK:
            # "Argentina's Central Bank": that country's; else the one bank the text names in full whose name
            # has the words ("the Reserve Bank of India ... the Reserve Bank"); no guess from its country
            # ... and "the Bank of Thailand's Monetary Policy Committee", or the one central bank the text
            # names ("Bank Negara Malaysia ... the Monetary Policy Committee"): that bank's
            setter = surface in _RATE_SETTERS
            bank = None
            if owner := _COUNTRY_POSSESSIVE.search(text, max(0, start - 40), start):
                place = gazetteer.lookup(owner.group(1)) or gazetteer.lookup(owner.group(1).split()[-1])
                bank = (
                    gazetteer.central_bank_of(place.entity_id)
                    if place and place.kind == "country"
                    else place
                    if setter and place and place.kind == "central_bank"
                    else None
                )
            if bank is None and not (owner and not setter):
                named_banks = {
                    known.entity_id: known
                    for _, _, k, _, full in found
                    if k == "central_bank"
                    and (known := gazetteer.lookup(full)) is not None
                    and known.kind == "central_bank"
                    and (setter or _has_words(known, surface))
                }
                bank = next(iter(named_banks.values())) if len(named_banks) == 1 else None
                if bank is None and not named_banks and home:
                    # "The Central Bank, which raised its benchmark Selic rate" in a Brazilian story: the home
                    # country's, when its name has the words
                    bank = gazetteer.central_bank_of(home)
            if bank is not None and (setter or _has_words(bank, surface)):
                kind, entity_id = bank.kind, bank.entity_id
        if (
            kind == "organisation"
            and entity_id == slug(_without_legal_form(surface))
            and all(w in _BODY_WORDS for w in surface.split())
        ):
            known = gazetteer.of_country(surface, home) or named_one(surface)
            if known is None:
                unresolved.append(len(out))
            else:
                kind, entity_id = known.kind, known.entity_id
                named.add((surface, known))
        out.append((start, end, kind, entity_id, surface))
    # a short form of a body resolved above
    for i in unresolved:
        start, end, kind, entity_id, surface = out[i]
        if (known := named_one(surface)) is not None:
            out[i] = (start, end, known.kind, known.entity_id, surface)
    return out


def _may_be(quoted: str, surname: str, known: Entity | None) -> bool:
    """Whether a quoted name around a gazetteer person's surname may be them: not when the name before the
    surname is another's ("Rania Haddad" is not Fernando Haddad); initials ("CS Venkatakrishnan",
    "Jerome H. Powell"), titles and honorifics ("Madam Lagarde"), family-name-first order ("Akazawa
    Ryosei") and short forms of their given name ("Andy Bailey") leave it theirs. A hyphenated given name
    after the family name is the person's own: "Yoon Ji-ho" is not Yoon Suk Yeol."""
    words = quoted.split()
    if known is None or known.kind != "person" or len(words) < 2:
        return True
    theirs = {w for n in (known.name, *known.aliases) for w in n.split()}
    if len(words) == 2 and words[0] == surname and "-" in words[1]:
        # ... but their name spelt another way is still theirs ("Rhee Chang-young" for Rhee Chang-yong)
        given = words[1].replace("-", "").lower()
        return any(SequenceMatcher(None, w.replace("-", "").lower(), given).ratio() >= 0.93 for w in theirs)
    if words[-1] != surname:
        return True
    given = words[-2].rstrip(".")
    return (
        len(given) <= 2
        or given.isupper()
        or given in _HONORIFICS
        or any(w.rstrip(".") in theirs for w in words[:-1])
        or any(len(w) >= 3 and w[:3] == given[:3] for w in theirs)
    )


_HONORIFICS = frozenset(
    "Mr Mrs Ms Miss Madam Madame Mme Monsieur Herr Frau Sir Dame Lord Lady Shri Smt Dr Prof Sheikh Signor "
    "Signora Senor Senora".split()
)


def _surnames_of_the_named(
    text: str, found: list[tuple[int, int, str, str, str]], gazetteer: EntityGazetteer
) -> list[tuple[int, int, str, str, str]]:
    """A bare surname after a person the text names in full with it is that person, not the gazetteer's
    namesake the text never names: "said Rania Haddad ... Haddad added" is not Brazil's Fernando Haddad;
    but "President Trump", or a head of state or government named by surname alone, stays them whoever else
    is named Trump."""
    named: dict[str, tuple[int, set[str]]] = {}  # surname -> (first full naming's start, ids named so)
    for start, _, kind, entity_id, surface in found:  # found is in order of start
        if kind == "person" and " " in surface:
            named.setdefault(surface.rsplit(" ", 1)[1], (start, set()))[1].add(entity_id)
            if (known := gazetteer.lookup(surface)) is not None and known.country in _GIVEN_NAME_FIRST:
                # Thai usage names a person by the given name: "Pichai Chunhavajira ... Pichai said"
                named.setdefault(surface.split(" ", 1)[0], (start, set()))[1].add(entity_id)
    if not named:
        return found
    out = []
    for start, end, kind, entity_id, surface in found:
        if (
            kind == "organisation"
            and surface in named
            and named[surface][0] < start
            and len(named[surface][1]) == 1
            and (_SPEECH_AFTER.match(text, end) or text.endswith(("said ", "says "), 0, start))
        ):
            # "Ontario Premier Doug Ford ... Ford said he won't hesitate": the person, not Ford Motor
            kind = "person"
        first, ids = named.get(surface, (start, set())) if kind == "person" else (start, set())
        if (
            len(ids) == 1
            and entity_id not in ids
            and first < start
            and not _TITLE_BEFORE.search(text, max(0, start - 30), start)
            and not ((known := gazetteer.lookup(surface)) is not None and _HEAD_OF_STATE.match(known.role))
        ):
            entity_id = next(iter(ids))
        out.append((start, end, kind, entity_id, surface))
    return out


_SPEECH_AFTER = re.compile(r"\s+(?:said|says|told|added|wrote|argued|warned)\b")
_GIVEN_NAME_FIRST = frozenset({"TH"})  # countries whose press names a person by the given name
# (not a central bank's or a commission's president: "President of the Deutsche Bundesbank")
_HEAD_OF_STATE = re.compile(
    r"(?:President|Prime\s+Minister|Chancellor|King|Emperor)\b(?!\s+of\s+the\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:Bank|Bundesbank|Reserve|Commission|Council|Court|Parliament|Assembly|Federation|Association|Board)\b)"
)
# a title that ties a bare surname to the office-holder: "President Trump", "Fed Chair Powell"
_TITLE_BEFORE = re.compile(
    r"\b(?:President|Chair|Chairman|Chairwoman|Governor|Minister|Secretary|Senator|Premier|Chancellor|"
    r"Speaker|King|Queen|Prince|Sheikh|Vice\s+President|Prime\s+Minister)\s+$"
)


# Quoted sources ---------------------------------------------------------------------------------

# Words that make a sentence worth reading for a quoted source ("said Kyle Rodda, senior analyst at ...")
_ROLE_CUE_WORDS = frozenset(
    w + plural
    for w in (
        "analyst strategist economist executive CEO CFO CIO COO CTO chair chairman chairwoman "
        "chairperson president founder co-founder partner head director manager trader adviser advisor "
        "officer researcher professor fellow statistician Statistician spokesperson spokesman spokeswoman "
        "dealer specialist SVP EVP "
        "VP Head Analyst Strategist Economist Executive Officer Chair Chairman Chairwoman Founder Director "
        "member leader co-leader secretary secretary-general minister senator governor commissioner "
        "boss chief ambassador treasurer Member Leader Secretary Minister Senator Governor President Premier "
        "Chancellor Commissioner Ambassador Treasurer judge Judge justice Justice Justices attorney Attorney "
        "undersecretary Undersecretary "
        "solicitor Solicitor representative Representative cofounder Gov lawmaker legislator campaigner "
        "Administrator negotiator official engineer scientist banker broker consultant lawyer reporter "
        "correspondent editor Taoiseach Tánaiste Tanaiste principal coach designer entrepreneur"
    ).split()  # capitalised as titles are: "Head of Research", "Chief Executive", "Chairman Helge Lund"
    for plural in ("", "s")
)
_ROLE_CUE = WordTerms(_ROLE_CUE_WORDS)
# A role that a quoted person holds (lower case as wire copy writes it, or an acronym)
_ROLE = (
    r"(?:co-)?(?:analyst|strategist|economist|executive|CEO|CFO|CIO|COO|CTO|chair(?:man|woman|person)?|president|"
    r"founder|partner|head|director|manager|trader|advis[eo]r|officer|researcher|professor|"
    r"fellow|statistician|spokes(?:person|man|woman)|dealer|specialist|SVP|EVP|VP|member|leader|"
    r"lawmaker|legislator|campaigner|negotiator|official|engineer|scientist|banker|broker|consultant|lawyer|"
    r"reporter|correspondent|editor|attorney|examiner|prosecutor|whip|"
    r"(?:director|secretary|attorney)[- ]general|(?:under-?)?secretary|minister|senator|governor|"
    r"commissioner|boss|chief|ambassador|treasurer|businessman|businesswoman|billionaire|tycoon|"
    r"principal|coach|designer|entrepreneur)s?"
)
_ROLE_WORD = re.compile(rf"\b{_ROLE}\b", re.I)  # "Chairman and CEO C.C. Wei": no firm before the name
# what follows a title, not a name: more titles ("Chairman, CEO and President") or the name ("V Anantha")
_TITLES_GO_ON = re.compile(rf"(?:,|\s+and)\s+(?:{_ROLE}\b|President\b)|\s+[A-Z]", re.I)


def _ends_in_a_title(text: str, end: int, name: str) -> bool:
    """Whether a quoted name ends in a role word that a title list or the person's name goes on from: a
    title read as a name ("Fifth Third Chairman", "Economic Adviser"), not "Mark Officer said"."""
    last = name.rsplit(None, 1)[-1]
    return bool(_ROLE_WORD.fullmatch(last)) and bool(_TITLES_GO_ON.match(text, end))


# "Kyle", "Sang-hyun", "O'Neill", "O'Brien", "McEwan", "MacDonald", "Álvarez"
# Latin-1 and Latin Extended-A/B letters too: "Abdulkadir Uraloğlu", "Łukasz", "Şimşek"
# ... and Vietnamese: "Đỗ Thanh Tùng", "Hồ Đức Phớc" (Latin Extended Additional)
_LOWER = r"a-z\u00df-\u00f6\u00f8-\u00ff\u0100-\u024f\u1e00-\u1eff"
_NAME_WORD = (
    rf"(?:O['\u2019](?=[A-Z]))?[A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u024f\u1e00-\u1eff][{_LOWER}]+(?:[A-Z][{_LOWER}]+)?"
    rf"(?:-[A-Z]?[{_LOWER}]+|['\u2019][A-Z][{_LOWER}]+)*"
)
# "Kyle Rodda", "V K Vijayakumar", "V.K. Vijayakumar", "Jerome H. Powell", "Ursula von der Leyen"
_NAME = (
    rf"(?:[A-Z]\.?\s?){{0,2}}{_NAME_WORD}"
    rf"(?:\s+(?:(?:van|von|der|den|de|da|di|du|le|la|bin|al|ter|ten)\s+)*(?:[A-Z]\.\s+)?{_NAME_WORD}){{0,3}}"
)
# Malaysian honorifics before a name: "Datuk Seri Anwar Ibrahim", "Tan Sri Zeti Akhtar Aziz"
_HONORIFIC = (
    r"(?:(?:Tan\s+Sri|Puan\s+Sri|Datuk\s+Seri|Datuk|Dato['\u2019]?(?:\s+Seri|\s+Sri)?|"
    r"Datin|Toh\s+Puan)\s+(?:Dr\.?\s+)?)?"
)
# A firm's word: capitalised, with inner dots ("Capital.com", "D.R") but no final one or apostrophe; also
# "iM Securities", "eToro", and a slash before a capital ("LH Meyer/Monetary Policy Analytics")
_ORG_WORD_TAIL = r"[\w&-]|\.(?=\w)|/(?=[A-Z])"
_ORG_WORD = rf"(?:[A-Z]|[a-z](?=[A-Z]))(?:{_ORG_WORD_TAIL})*"
# A firm's name: "Capital.com", "Bank of America", "BNK Investment & Securities", "Renta 4 Banco"
# ("Institute for Fiscal Studies": "for" joins a name only after such a head)
_FOR_HEADS = "Institute Institution Centre Center Council Foundation Office Agency Association Bureau".split()


def _org(word: str) -> str:
    """A firm's name of up to six words of the form ``word``; "B. Riley Wealth", "J. Safra Sarasin" too."""
    return (
        rf"(?:[A-Z]\.\s+)?{word}(?:(?:(?:{'|'.join(f'(?<={h})' for h in _FOR_HEADS)})\s+for\s+(?=[A-Z])|"
        rf"\s+(?:&\s+|(?:of(?:\s+the)?|de|du|der|del|della|des|do|da|di)\s+(?=[A-Z]))?)(?:{word}|\d+(?=\s+[A-Z]))){{0,5}}"
    )


_ORG = _org(_ORG_WORD)
# The same, its words' tails possessive (``*+``): for a firm that only whitespace, "(" or an apostrophe can
# follow, none of them a tail's character, so no match is lost, and the engine gives up on a failed start
# without trying every shorter word (about 40% faster on the quoted-source patterns)
_ORG_FAST = _org(rf"(?:[A-Z]|[a-z](?=[A-Z]))(?:{_ORG_WORD_TAIL})*+")
_POSSESSIVE = re.compile(r"['’]s\b")
# a firm after its employee's role may have an apostrophe: "senior economist at Moody's Analytics"
_ORG_OF_ROLE = _org(rf"(?:[A-Z]|[a-z](?=[A-Z]))(?:{_ORG_WORD_TAIL}|['’]s(?=\s+[A-Z]))*")
# "senior financial market analyst", "Head of Research", "SVP - Research", "Senior VP (Research)"
# ... and two roles of one person: "managing director and head of macro strategy", "founder and director"
_ROLE_PHRASE = (
    rf"(?:[\w&/'\u2019.-]+\s+){{0,4}}?(?i:{_ROLE})(?:\s+and\s+(?:[\w-]+\s+){{0,2}}(?i:{_ROLE}))?"
    rf"(?:\s+[-\u2013(]?\s*[A-Z][\w&-]*\)?)?"
    rf"(?:\s+(?:of|for|in|to|on)\s+(?:[\w&/'\u2019-]+\s+){{0,5}}?[\w&/-]+){{0,2}}?"
)
_KIND_OF_FIRM = re.compile(
    r"\s+(?:thinktank|think[\s-]tank|consultancy|brokerage|research\s+(?:firm|house|group))"
)
_A_BEFORE = re.compile(r"\ban?\s+\Z")
# where a firm is, before its kind: "at Warsaw-based consultancy Vistula Analytics", "at Mexico City brokerage
# Valores del Bajío", "at the Dhaka-based think tank Bengal Policy Institute"
_PLACE_OF_FIRM = (
    r"(?:(?:[A-Z][\w.'\u2019]*\s+){0,2}[A-Z][\w.'\u2019]*-based\s+|(?:[A-Z][a-z]+\s+){1,2}"
    r"(?=(?:brokerage|consultancy|law\s+firm|think[\s-]?tank|investment\s+(?:bank|firm|house)|asset\s+manager|"
    r"research\s+(?:firm|house)|advisory\s+firm|hedge\s+fund)\s+[A-Z]))?"
)
_QUOTE_END = r"(?=\s*[,.;:)\u2014]|\s*$|\s+(?:said|says|told|wrote|noted|added|in|based|who|and|now)\b)"
# "Kyle Rodda, senior financial market analyst at Capital.com", "Mike Henry, chief executive of BHP",
# "Charlie Scharf, Wells Fargo's CEO", "Arisa Liu (劉佩真), a research fellow at"
_NAME_THEN_ROLE = re.compile(
    rf"(?<![\w.])(?P<name>{_NAME})(?:\s*\([^\x00-\x7f()]{{1,12}}\))?\s*,\s+(?:(?:a|an|the)\s+)?"
    rf"(?:(?P<org_first>{_ORG})(?:'s|\u2019s|'|\u2019)\s+(?P<role_after>{_ROLE_PHRASE})"
    # ("a former SEC enforcement attorney now at Halvorsen & Tate")
    rf"|(?P<role>{_ROLE_PHRASE})(?:\s+(?:now\s+)?(?:at|of|with|from)\s+(?:the\s+)?{_PLACE_OF_FIRM}"
    rf"(?:(?!(?:in|at|on|near|outside|of)\s)[a-z-]+\s+){{0,3}}?(?P<org>{_ORG_OF_ROLE})"
    rf"(?:\s+\([A-Z][\w&.-]{{1,10}}(?:\s[A-Z][\w&.-]{{1,10}})?\))?"
    # "at the Resolution Foundation thinktank"
    rf"(?:{_KIND_OF_FIRM.pattern})?"
    rf"|\s*,\s*(?P<org_comma>{_ORG})"
    rf"|\s+at\s+the\s+(?:[\w-]+\s+)?(?:firm|company|bank|group|lender|brokerage|institute|insurer|fund))?)"
    rf"{_QUOTE_END}"
)
# "Tamas Varga of oil broker PVM said": the firm and the verb after the name (found by _NAME_BEFORE)
_OF_FIRM_SAID = re.compile(
    rf" of\s+{_PLACE_OF_FIRM}(?:[a-z-]+\s+){{0,3}}?(?P<org>{_ORG_FAST}),?\s+"
    rf"(?:said|says|told|wrote|expects|expected|noted|added|warned|predicted|cautioned|argued|estimated|believes|thinks|sees|reckons|called|described|asked|"
    # "Carl Hutton of Melius Research pointed to", "Graham Marr of Edinburgh-based Moray Firth Investors still
    # sees"
    rf"pointed|points|still\s+sees|is\s+more|is\s+less|remains)\b"
)
# "said Stephen Innes of SPI Asset Management.": the verb, the name, then the firm that ends the clause (or
# that its place follows: "said Tan Boon Heng of Meridian Straits Capital in Singapore")
_SAID_NAME_OF_FIRM = re.compile(
    rf"\b(?:said|says|wrote|added|noted|warned|[Aa]ccording\s+to|told)\s+(?P<name>{_NAME})\s+of\s+"
    rf"(?:[a-z-]+\s+){{0,3}}?(?P<org>{_ORG})(?=\s*[,.;:\"\u201d)]|\s*$|\s+that\b|\s+in\s+[A-Z])"
)
# "Analysts led by Vivek Dhar at Commonwealth Bank of Australia", "Analysts at Jefferies led by Chloe Lemarie"
_LED_BY = re.compile(
    rf"\b(?:[Aa]nalysts|[Ss]trategists|[Ee]conomists)\s+"
    rf"(?:at\s+(?:(?P<org_first>{_ORG_FAST})|the\s+(?:bank|firm|brokerage|company|group))\s+)?(?:led\s+by|including)\s+"
    rf"(?P<name>{_NAME})(?:\s+at\s+(?P<org>{_ORG}))?"
)
# ... and the firm before them ("Morgan Stanley strategists led by"), looked for only behind a match: a
# firm optional before the words would have the engine try a firm's name at every character
# "Goldman Sachs Group Inc. strategists"; not the place that ends the sentence before ("in London.
# Strategists")
_FIRM_BEFORE_LED_BY = re.compile(rf"(?P<org>{_ORG})(?:(?<=Inc)\.|(?<=Corp)\.|(?<=Co)\.|(?<=Ltd)\.)?\s+\Z")
_NAME_BEFORE = re.compile(rf"(?<![\w.])(?P<name>{_NAME})\Z")
# "ING's Jonas Whitmore said", "Kiwoom Securities' Han Da-eun said": a firm's possessive before the name, then
# a verb of saying, read back from the verb
# words of a firm's unit or product, never of a person's name: "Meta's Reality Labs", "Apple's App Store"
_UNIT_WORDS = frozenset(
    "Labs Lab Foods Media Network Networks Store Stores Daily Intelligence News Studios Cloud Pay Bank "
    "Brands Wealth Direct Research Analytics List Ventures Pictures Games Entertainment Health Mobile Music "
    "Prime".split()
)
_SAYS = re.compile(
    r" (?:said|says|cautioned|noted|warned|added|wrote|argued|predicted|estimated|expects|believes)\b"
)
_FIRMS_NAME_BEFORE = re.compile(rf"(?<![\w.])(?P<org>{_ORG_FAST})(?:['’]s|(?<=s)['’])\s+(?P<name>{_NAME})\Z")
_COMMA_ORG = re.compile(rf"\s*,\s*(?P<org>{_ORG}){_QUOTE_END}")
# "Simon Trott as chief executive", "Brian Cornell will step down as CEO"
_AS_ROLE = rf"\bas\s+(?:(?:its|the|new|interim|acting|chief)\s+)*(?i:{_ROLE})\b"
_NAME_AS_ROLE = re.compile(
    rf"(?<![\w.])(?P<name>{_NAME})\s+(?:(?:will|to)\s+(?:step\s+down|stay\s+on|remain|serve)\s+)?{_AS_ROLE}"
)
_HAS_AS_ROLE = re.compile(_AS_ROLE)  # the role alone, which a sentence needs before a name is tried
# "Nomura's chief economist Naka Matsuzawa", "Pepperstone strategist Chris Weston", "JPMorgan CFO Jeremy
# Barnum", "CBA head of Australian economics Belinda Allen", "Judo Bank's chief economic adviser, Warren
# Hogan, said"
_ROLE_THEN_NAME = re.compile(
    rf"(?<![\w.])(?P<org>{_ORG_FAST})(?:\s*\([^\x00-\x7f()]{{1,12}}\))?(?:'s|\u2019s|'|\u2019)?\s+(?P<role>(?:(?!and\s)(?:[a-z-]+|U\.S\.|U\.K\.|(?<=[a-z]\s)[A-Z][a-z]+(?=\s+[a-z]))\s+){{0,3}}{_ROLE}"
    rf"(?:\s+of(?:\s+[A-Za-z&-]+){{1,3}}?(?=,?\s+{_NAME_WORD}\s+{_NAME_WORD}))?)"
    rf"(?:\s+{_HONORIFIC}(?P<name>{_NAME})|,\s+{_HONORIFIC}(?P<name_c>{_NAME}),)"
)
# Roles of an office, whose word before is part of the title ("Finance Minister Jens Stoltenberg")
_OFFICE = re.compile(
    r"(?i:member|leader|secretary|minister|senator|governor|commissioner|ambassador|treasurer)s?$"
)
# (not "Corporate Secretary for PT Sumber Alfaria Trijaya Tbk", a firm's officer)
_PORTFOLIO_BEFORE = re.compile(
    r"\b(?<!Corporate\s)(?<!Company\s)(?<!Board\s)(?:Secretary\s+for|Minister\s+(?:for|of))\s+(?:the\s+)?$"
)
_MINISTER = re.compile(r"(?i:minister|secretary)$")
# the words of a minister's portfolio: "Minister of Finance", "Secretary of State"
_PORTFOLIO_WORDS = frozenset(
    "Finance Industry Trade Commerce Economy Economic Affairs Foreign Interior Home Defence Defense Energy "
    "Health Education Labour Labor Justice State Treasury Agriculture Transport Environment Tourism Planning "
    "Communications Information Investment Technology Digital Development Culture Advanced and the".split()
)
# "Its chairman, Masakazu Tokura, said": the role of the body named before, then the name
_ITS_ROLE_NAME = re.compile(
    rf"(?<![\w.])(?:[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Tt]he\s+(?:firm|company|bank|group|fund|union|lender|insurer|"
    rf"carrier|airline|exchange|regulator|ministry|agency|party|bureau|board|commission|department|"
    rf"administration|court|committee|panel|office|council|authority)['\u2019]s)\s+(?:[a-z-]+\s+){{0,3}}"
    rf"(?:{_ROLE}|attorneys?),\s+(?P<name>{_NAME})(?<!\bGov)(?<!\bSen)(?<!\bRep)(?<!\bGen)(?=[,.;])"
)
# A title before the name: "Chief Financial Officer Jeremy Barnum said", "Chairman Helge Lund",
# "chief executive Mike Henry told", "CEO and MD Salil Parekh", "Acting President Lee Ju-ho", "metals
# trader Tai Wong"
_TITLE = (
    r"(?:(?:chief|senior|deputy|vice|executive|managing|group|co-|acting)\s*)*"
    r"(?:executive|financial\s+officer|operating\s+officer|investment\s+officer|executive\s+officer|"
    r"chairman|chairwoman|chairperson|chair|founder|director(?:[- ]general)?|economist|strategist|analyst|"
    r"trader|boss|chief|treasurer|ambassador|cofounder|president|minister|judge|justice|statistician|governor|"
    r"(?:attorney|solicitor)\s+general|(?:trade\s+)?representative|"
    r"head\s+of(?:\s+[a-z&-]+){1,3}?(?=\s+[A-Z]\S*\s+[A-Z]))"
)
_TITLE_THEN_NAME = re.compile(
    rf"(?<![\w.])(?:(?i:{_TITLE})|CEO|CFO|COO|CIO|MD|(?:Acting\s+)?President|Governor|Gov\.|Premier|Chancellor|"
    rf"Taoiseach|T[\u00e1a]naiste|"
    rf"Minister|Senator|(?:Under-?)?[Ss]ecretary|Commissioner|Administrator|(?:co-|floor\s+)?leader|member)"
    rf"(?:\s+and\s+(?:(?i:{_TITLE})|CEO|CFO|COO|CIO|MD))?\s+{_HONORIFIC}(?P<name>{_NAME})"
)
# Capitalised words that open a sentence or name a time, never a person's or firm's first word
_NOT_A_NAME = frozenset(
    "A An The But And Or So As At In On Of For By To From With After Before While When Where If It Its This "
    "Contact That These Those He She They We I Our His Her Their Analysts Analyst Investors Traders Shares "
    "Stocks Markets Market Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March "
    "April May June July August September October November December Wall Street Senior Chief Head Global "
    "Asia Europe Reuters Bloomberg Meanwhile However Still Also Separately Elsewhere Said Says Managing "
    "Deputy Vice General Mr Ms Mrs Dr Prof Sir Dame Prime Former Incoming Outgoing Interim Acting Affairs "
    "Proxy Allies Under".split()
)
# Last words of a name as well as a time or a firm's word: "Mark Wall", "Theresa May", "Sarah Court"
_SURNAMES_TOO = frozenset({"Wall", "May", "Court", "Banks"})


def _is_not_a_name_word(word: str) -> bool:
    """Whether a word opens a sentence or names a time; not a middle initial ("Paul A. Engelmayer")."""
    return word.rstrip(".") in _NOT_A_NAME and not (len(word) == 2 and word[1] == ".")


def _is_surname(words: list[str], i: int) -> bool:
    """Whether ``words[i]``, a time's or a firm's word, ends a name as its surname ("Mark Wall")."""
    return 0 < i == len(words) - 1 and words[i] in _SURNAMES_TOO


_CENTRAL_BANK_NAME = re.compile(r"\b(?:Federal Reserve Bank|Central Bank|Reserve Bank|National Bank)\b")
# Words of a firm's name, never of a person's ("Abu Dhabi Investment Authority, the fund manager")
_FIRM_WORDS = frozenset(
    "Authority Group Bank Banks Capital Securities Holdings Partners Management Investments Investment Fund "
    "Funds Asset Assets Corp Corporation Inc Ltd Co Company Motor Motors Electric Financial Markets Trust "
    "Research Advisors Advisers Associates Insurance Industries Technologies Energy Global International "
    "University Institute Exchange Ministry Office Council Commission Agency Board Unit Committee Service "
    "Court Party Department Bureau Association Federation Foundation Union Organisation Organization Forum "
    "Initiative Republic Kingdom Holding Index Chemie Werke AG GmbH".split()
)
# What a company's officer is in charge of, written before their title ("Finance chief", "Operations head")
_FUNCTIONS = frozenset(
    "Finance Financial Operations Operating Investment Investments Technology Marketing Risk Strategy "
    "Commercial Legal Compliance Digital Data Product Sales Research Economics Communications HR IT "
    "People FX".split()
) | frozenset(
    # a division named between a role and the firm: "Head of Research, Wealth Management, Motilal Oswal"
    {"Wealth Management", "Institutional Equities", "Retail Research", "Fixed Income", "Investment Banking"}
)
# a bare "Bank" or "Finance" before a role names no firm, nor "Opposition treasury spokesman Ted O'Brien"
# ... nor "Supervisory board chairman" or "Central bank president" (the body's kind at a sentence's start)
_NOT_A_FIRM = (
    _FIRM_WORDS
    | _FUNCTIONS
    | {"Opposition", "Government", "Shadow", "Supervisory", "Central", "Advisory"}
    # "Political analyst Sanjay Mehra", "Populist economist Franco Parisi": a kind of role
    | {"Political", "Populist", "Independent", "Veteran"}
)
_FIRST_WORD = re.compile(r"(\S+)\s+")
_LONGEST_SPAN = 200  # characters: no gazetteer name or quoted name is longer
_MIDDLE_INITIAL = re.compile(r"(?<=\w)\s+[A-Z]\.\s+(?=\w)")  # "John C. Williams" is "John Williams"
_SLUG_JUNK = re.compile(r"[^a-z0-9]+")


# Letters that NFKD does not take apart into an ASCII letter and a mark ("Häßler", "Yılmaz", "Łukasz")
_UNDECOMPOSED = str.maketrans(
    {
        "ß": "ss",
        "ı": "i",
        "ł": "l",
        "Ł": "L",
        "ø": "o",
        "Ø": "O",
        "æ": "ae",
        "Æ": "AE",
        "đ": "d",
        "Đ": "D",
        "œ": "oe",
        "Œ": "OE",
        "þ": "th",
        # a curly apostrophe as the straight one: one slug for "People’s Action Party" and "People's ..."
        "\u2019": "'",
        "\u2018": "'",
    }
)


def slug(name: str) -> str:
    """The id of an entity found outside the gazetteer: "Kyle Rodda" -> "kyle_rodda"."""
    spelled = name.translate(_UNDECOMPOSED)
    ascii_name = unicodedata.normalize("NFKD", spelled).encode("ascii", "ignore").decode().lower()
    return _SLUG_JUNK.sub("_", ascii_name).strip("_")


def _lookup(gazetteer: EntityGazetteer, surface: str) -> Entity | None:
    """The entity a quoted name names, also written with a middle initial ("John C. Williams"), or family
    name first as NHK writes Japanese names ("Hayashi Yoshimasa" is Yoshimasa Hayashi)."""
    found = gazetteer.lookup(surface) or gazetteer.lookup(_MIDDLE_INITIAL.sub(" ", surface))
    if found is None and len(words := surface.split()) == 2:
        turned = gazetteer.lookup(f"{words[1]} {words[0]}")
        found = turned if turned is not None and turned.kind == "person" and turned.country == "JP" else None
    return found


def _trim(surface: str, start: int, roles: bool = True) -> tuple[str, int]:
    """Drop words that open a sentence or name a day ("But Pepperstone" -> "Pepperstone"), and role words
    unless ``roles`` is False (a firm may be named by one: "Economist Intelligence Unit"); the new start."""
    while (m := _FIRST_WORD.match(surface)) and (
        m.group(1).rstrip(".,") in _NOT_A_NAME
        or m.group(1) == "THE"  # The Business Times's lead: "THE Monetary Authority of Singapore (MAS) left"
        or (roles and _ROLE_WORD.fullmatch(m.group(1)))
        or m.group(1).endswith("-based")  # "Lagos-based Afrinvest"
    ):
        surface, start = surface[m.end() :], start + m.end()
    # ... and a place alone ("at Paris-based broker Octave Finance": "Paris-based" before the role)
    return ("" if surface.rstrip(".,") in _NOT_A_NAME or surface.endswith("-based") else surface), start


def _quoted_sources(
    cues: list[int], sentences: list[Sentence], gazetteer: EntityGazetteer
) -> list[tuple[int, int, str, str, str]]:
    """The quoted sources of every sentence with a role word (at offsets ``cues``, in order) in it."""
    out: list[tuple[int, int, str, str, str]] = []
    i, n = 0, len(sentences)
    for cue in cues:
        while i < n and sentences[i].end <= cue:
            i += 1
        if i < n and sentences[i].start <= cue:
            out += _quoted(sentences[i], gazetteer)
            i += 1  # each sentence once
    return out


def _after_title(name: str, start: int) -> tuple[str, int]:
    """The name after a title that ran into it: "Agriculture Minister John Steenhuisen" -> "John
    Steenhuisen", "Labour MP Mike Amesbury" -> "Mike Amesbury" (not "Mark Officer", whose role word is his
    surname)."""
    words = name.split()
    last = max((i for i, w in enumerate(words[:-1]) if _ROLE_WORD.fullmatch(w) or w == "MP"), default=-1)
    if last < 0:
        return name, start
    cut = re.match(rf"(?:\S+\s+){{{last + 1}}}", name).end()
    return name[cut:], start + cut


def _quoted(sentence: Sentence, gazetteer: EntityGazetteer) -> list[tuple[int, int, str, str, str]]:
    """(start, end, kind, id, surface) of each person a sentence quotes with a role, and of their firm."""
    spans: list[tuple[int, int, str, str]] = []  # (start, end, kind, surface), offsets into the sentence
    text, base = sentence.text, sentence.start
    patterns = (_NAME_THEN_ROLE, _ROLE_THEN_NAME, _TITLE_THEN_NAME, _ITS_ROLE_NAME) + (
        (_NAME_AS_ROLE,) if " as " in text and _HAS_AS_ROLE.search(text) else ()
    )
    for pattern in patterns:
        for m in pattern.finditer(text):
            groups = m.groupdict()
            key = "name_c" if groups.get("name_c") else "name"  # "Judo Bank's chief adviser, Warren Hogan,"
            trimmed = _trim(m.group(key), m.start(key))
            if pattern is _TITLE_THEN_NAME and _is_not_a_name_word(m.group(key).split()[0]):
                continue  # "Chancellor After Stunning First-Round Defeat": a headline's words, not a name
            name, name_start = _after_title(*trimmed)
            words = name.split()
            if any(w in _FIRM_WORDS and not _is_surname(words, i) for i, w in enumerate(words)):
                continue
            # "strategist Chris Weston Tuesday": the name ends at a word that is never part of one
            cut = next(
                (i for i, w in enumerate(words) if _is_not_a_name_word(w) and not _is_surname(words, i)),
                len(words),
            )
            if cut < 2:
                continue
            name = re.match(rf"\S+(?:\s+\S+){{{cut - 1}}}", name).group(0)
            known = _lookup(gazetteer, name)
            if known is not None and known.kind != "person":
                continue
            spans.append((name_start, name_start + len(name), "person", name))
            group = next((g for g in ("org_first", "org", "org_comma") if groups.get(g)), "")
            if pattern is _ROLE_THEN_NAME and _OFFICE.search(m.group("role")):
                group = ""  # "Finance Minister", "Board member", "DP floor leader": a title, not a firm
            elif (
                group == "org"
                and _MINISTER.search(m.group("role"))
                and all(w in _PORTFOLIO_WORDS for w in m.group("org").split())
            ):
                group = ""  # "Minister of Industry and Advanced Technology": a portfolio, not a body
            if (
                group == "org"
                and _A_BEFORE.search(text, 0, m.start(group))
                and _KIND_OF_FIRM.match(text, m.end(group))
            ):
                group = (
                    ""  # "at a Mumbai brokerage", "at a Beijing-based think tank": where it is, not a name
                )
            if group:
                org, org_start = _trim(m.group(group).rstrip("."), m.start(group))
                if (poss := _POSSESSIVE.search(org)) and _lookup(gazetteer, org) is None:
                    # "the SEC's Division of Enforcement": the SEC, a body the gazetteer knows; "Mumbai's
                    # Kotak Institutional Equities": the firm after a place's possessive
                    if _lookup(gazetteer, org[: poss.start()]) is not None:
                        org = org[: poss.start()]
                    else:
                        org_start += poss.end() + 1
                        org = org[poss.end() + 1 :]
                if (
                    " of the " in org
                    and _lookup(gazetteer, org) is None
                    and _lookup(gazetteer, (firm := org.split(" of the ", 1))[0]) is not None
                    and (place := gazetteer.lookup(firm[1])) is not None
                    and place.kind == "country"
                ):
                    org = firm[0]  # "Rabobank of the Netherlands": the firm, then its country
                if org in _FIRM_WORDS and (comma := _COMMA_ORG.match(text, m.end())):
                    # "Head of Research, Geojit Financial Services": the role ran on, the firm follows
                    org, org_start = comma.group("org").rstrip("."), comma.start("org")
                # "Finance chief Colette Kress", "Chief HR officer": a function of the firm, not the firm
                if (
                    len(org) > 1
                    and not _ROLE_WORD.search(org)
                    and org not in _NOT_A_FIRM
                    and not org.endswith("-born")  # "Hong Kong-born designer Kasing Lung": a birthplace
                    # "a member of the MPC": a body every central bank or firm has, no name of one
                    and org not in _GENERIC_NAMES
                    and org not in _GENERIC_INITIALS
                ):
                    spans.append((org_start, org_start + len(org), "organisation", org))
    return _resolved(spans, base, gazetteer)


# What only a person does or is: "Frank Yeary, who acted as", "replacing Jakob Stausholm", "Pat McFadden
# becomes work and pensions secretary", "Ahmadu Musa Kida was named non-executive chairman"
# What a person does, looked for first; the name is then read back from where it ends (``_NAME_BEFORE``):
# a name-first pattern would have the engine try a name at every capital of every text
_WHO = re.compile(r",\s+who\s")
_AND_NAME_BEFORE = re.compile(rf"(?<![\w.])(?P<name>{_NAME})\s+and\s+\Z")
_APPOINTED_NAME_AS = re.compile(
    rf"\b(?:appoint(?:ed|ing|s)?|nam(?:ed|ing|es)|tapped|picked|chose|selected)\s+(?P<name>{_NAME})\s+as\b"
)
_SUCCESSION_NAME = re.compile(
    rf"\b(?:replacing|replaced\s+by|replaces|succeeding|succeeded\s+by|succeeds|(?:took|takes|taking)\s+over\s+from)"
    rf"\s+(?P<name>{_NAME})(?!['\u2019])"
)
_TAKES_OFFICE = re.compile(
    rf"\b(?:resigned|quit|replaces|was\s+(?:named|appointed|sacked|ousted|fired|elected|sworn\s+in)|"
    rf"(?:will\s+|would\s+)?steps?\s+down|stepped\s+down|takes\s+over|"
    # "Pat McFadden becomes work and pensions secretary"; not "Hang Seng became Asia's best-performing index"
    rf"(?:becomes|became)\s+(?:[\w'’-]+\s+){{0,4}}?{_ROLE}\b)"
)
# U.S. lawmakers: "Sen. Amy Klobuchar, D-Minn.", "Reps. Chip Roy, R-Texas, and Ralph Norman, R-S.C.", "Rep.
# Andy Harris of Maryland", "Atty. Gen. Rob Bonta"
_LAWMAKER = re.compile(
    rf"(?:\b(?:Sens?|Reps?|Del)\.\s+|\bAtty\.\s+Gen\.\s+)(?P<name>{_NAME})"
    # "Reps. Thomas Massie of Kentucky and Warren Davidson of Ohio"
    rf"(?:\s+of\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)?"
    rf"(?:,?\s+and\s+(?P<second>{_NAME}))?|"
    # the party and state after the name ("D-Minn.", "R-Texas,"); not a firm's name ("D-Wave Quantum")
    rf"(?<![\w.])(?P<tagged>{_NAME}),\s+[DRI]-[A-Z][A-Za-z.]{{1,12}}(?=[,;)]|\.(?:\s|$))"
)
# a U.S. state ("Washington" and "Georgia" name more than a state)
_US_STATES = (
    "Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Hawaii|Idaho|Illinois|"
    "Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|"
    "Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|"
    "North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|"
    "Texas|Utah|Vermont|Virginia|West Virginia|Wisconsin|Wyoming"
)
_STATE_AFTER_OF = re.compile(rf"(?:{_US_STATES})\b")
# a lawmaker named with the state they serve, as U.S. copy lists them: "Sens. Susan Collins of Maine, Lisa
# Murkowski of Alaska, Mitch McConnell of Kentucky and Rand Paul of Kentucky", "Andy Harris of Maryland,
# chairman of the House Freedom Caucus"
_OF_A_STATE = re.compile(
    rf"(?<![\w.])(?P<name>{_NAME})\s+of\s+(?:{_US_STATES})(?=\s*[,;.)\u2014]|\s+(?:and|voted|said|who)\b)"
)


def _lawmakers_of_states(text: str) -> list[re.Match[str]]:
    """``_OF_A_STATE``'s matches, looked for only around each " of " that a state's name follows."""
    found = []
    at = text.find(" of ")
    while at >= 0:
        if state := _STATE_AFTER_OF.match(text, at + 4):
            # the match that ends at this state ("Susan Collins of Maine, Lisa Murkowski of Alaska")
            found += [
                m
                for m in _OF_A_STATE.finditer(text, max(0, at - 80), state.end() + 12)
                if m.end() == state.end()
            ][:1]
        at = text.find(" of ", at + 4)
    return found


# a title of several people: "Judges Timothy M. Reif, Jane A. Restani and Gary S. Katzmann"
_TITLE_OF_MANY = re.compile(
    rf"\b(?:Judges|Justices)\s+(?P<names>{_NAME}(?:,\s+{_NAME}){{0,8}},?\s+and\s+{_NAME})"
)
# founders: "founded in 2021 by Torsten Reil, Gundbert Scherf and Niklas Köhler", "founded by billionaire Paul
# Singer"
_FOUNDED_BY = re.compile(
    rf"\bfounded\s+(?:in\s+\d{{4}}\s+)?by\s+(?:(?:[a-z]+|CEO)\s+)?"
    rf"(?P<names>{_NAME}(?:,\s+{_NAME}){{0,6}}(?:,?\s+and\s+{_NAME})?)"
)
_PERSON_ACT_CUES = (
    ", who ",
    "replac",
    "succeed",
    " becomes ",
    " became ",
    " resigned",
    " quit",
    " was ",
    " step",
    " takes over",
    " took over",
    " taking over",
    " as ",
)


def _persons_by_their_acts(text: str, gazetteer: EntityGazetteer) -> list[tuple[int, int, str, str, str]]:
    """(start, end, kind, id, surface) of each person the text names by what only a person does: a name
    before ", who", after "replacing", "succeeded by" or "founded by", or before "becomes", "was appointed",
    "resigned"; and each lawmaker named by party tag or state ("Sen. Amy Klobuchar, D-Minn.", "Lisa Murkowski
    of Alaska")."""
    spans: list[tuple[int, int, str, str]] = []
    if any(
        cue in text for cue in ("Sen.", "Sens.", "Rep.", "Reps.", "Del.", "Atty.", ", D-", ", R-", ", I-")
    ):
        for m in _LAWMAKER.finditer(text):
            plural = m.group("name") and text[m.start() : m.start() + 5] in ("Sens.", "Reps.")
            for key in ("name", "second") if plural else ("name",) if m.group("name") else ("tagged",):
                if not m.group(key):
                    continue
                # "Majority Whip Tom Emmer, R-Minn.": the name after its title
                name, start = _after_title(*_trim(m.group(key), m.start(key)))
                if _is_a_new_person(name, gazetteer):
                    spans.append((start, start + len(name), "person", name))
    for m in _lawmakers_of_states(text):
        name, start = _after_title(*_trim(m.group("name"), m.start("name")))
        while (
            len(words := name.split()) > 2
            and (party := gazetteer.lookup(words[0])) is not None
            and party.kind != "person"
        ):
            # "Republicans Thomas Massie of Kentucky": the name after its party
            cut = name.index(words[1])
            name, start = name[cut:], start + cut
        if _is_a_new_person(name, gazetteer):
            spans.append((start, start + len(name), "person", name))
    for cues, pattern in ((("Judges ", "Justices "), _TITLE_OF_MANY), (("founded ",), _FOUNDED_BY)):
        if not any(cue in text for cue in cues):
            continue
        for m in pattern.finditer(text):
            base = m.start("names")
            for part in re.finditer(_NAME, m.group("names")):
                name, start = _trim(part.group(0), base + part.start())
                if _is_a_new_person(name, gazetteer):
                    spans.append((start, start + len(name), "person", name))
    if not any(cue in text for cue in _PERSON_ACT_CUES):
        return _resolved(spans, 0, gazetteer)
    found: list[tuple[str, int]] = []  # (name, its start)
    for pattern in (_WHO, _TAKES_OFFICE):
        for m in pattern.finditer(text):
            end = m.start()
            while end and text[end - 1].isspace():
                end -= 1
            before = _NAME_BEFORE.search(text, max(0, end - _LONGEST_SPAN), end)
            if before is None:
                continue
            found.append((before.group("name"), before.start()))
            if pattern is _WHO and (
                pair := _AND_NAME_BEFORE.search(text, max(0, before.start() - 80), before.start())
            ):
                found.append((pair.group("name"), pair.start()))  # "A and B, who had served as co-CEOs"
    for pattern in (_SUCCESSION_NAME, _APPOINTED_NAME_AS):
        found += [(m.group("name"), m.start("name")) for m in pattern.finditer(text)]
    for raw, raw_start in found:
        # "Budget Undersecretary Rolando U. Toledo was named": the name after its title
        name, start = _after_title(*_trim(raw, raw_start))
        if "\n" in name:  # "Analyst Note\nKenji Sato, who": the name is on its own line
            cut = name.rindex("\n") + 1
            name, start = name[cut:], start + cut
        if _is_a_new_person(name, gazetteer):
            spans.append((start, start + len(name), "person", name))
    return _resolved(spans, 0, gazetteer)


# Words of an index's or an outlet's name, never of a person's ("Hang Seng", "Dow Jones", "Sky News")
_NOT_A_PERSON_WORDS = frozenset(
    "Dow Nasdaq Nikkei Hang Seng Kospi KOSPI Kosdaq KOSDAQ Topix TOPIX Taiex Sensex Nifty Stoxx STOXX FTSE "
    "DAX Composite Average Industrial Exchanges News Times Journal Post Herald Tribune Gazette".split()
)


def _is_a_new_person(name: str, gazetteer: EntityGazetteer) -> bool:
    """Whether a name of two words or more on one line may be a person's: no firm's, index's, outlet's, time's
    or role's word in it, and neither it nor any of its words an entity of another kind ("Bank of America",
    "American Chamber")."""
    words = name.split()
    if len(words) < 2 or "\n" in name:
        return False
    if any(w in _FIRM_WORDS or w in _NOT_A_PERSON_WORDS or _is_not_a_name_word(w) for w in words):
        return False
    known = _lookup(gazetteer, name)
    if _ROLE_WORD.search(name) or (known is not None and known.kind != "person"):
        return False
    return not any((k := gazetteer.lookup(w)) is not None and k.kind != "person" for w in words)


def _persons_of_firms(
    text: str, sentences: list[Sentence], gazetteer: EntityGazetteer
) -> list[tuple[int, int, str, str, str]]:
    """(start, end, kind, id, surface) of each person named with their firm and a verb of saying, and of
    the firm: "Tamas Varga of oil broker PVM said", "Kim Jin-wook of Citi expects", "said Stephen Innes of
    SPI Asset Management."; and of the analysts who lead a team: "Analysts led by Vivek Dhar at
    Commonwealth Bank of Australia", "Morgan Stanley strategists led by Laura Wang"."""
    spans: list[tuple[int, int, str, str]] = []
    starts = [s.start for s in sentences]
    found: list[tuple[str, int, str, int]] = []  # (name, its start, firm, its start)
    for m in _OF_FIRM_SAID.finditer(text):
        i = bisect.bisect_right(starts, m.start()) - 1
        lo = max(starts[i] if i >= 0 else 0, m.start() - 60)
        before = _NAME_BEFORE.search(text, lo, m.start())
        if before is not None:
            found.append((before.group(), before.start(), m.group("org"), m.start("org")))
    for m in _SAID_NAME_OF_FIRM.finditer(text):
        found.append((m.group("name"), m.start("name"), m.group("org"), m.start("org")))
    if "'" in text or "’" in text:
        for m in _SAYS.finditer(text):
            i = bisect.bisect_right(starts, m.start()) - 1
            lo = max(starts[i] if i >= 0 else 0, m.start() - 90)
            if (before := _FIRMS_NAME_BEFORE.search(text, lo, m.start())) is not None:
                firm = gazetteer.lookup(before.group("org"))
                if (firm is None or firm.kind == "organisation") and not any(
                    w in _FIRM_WORDS or w in _UNIT_WORDS for w in before.group("name").split()
                ):
                    # not "Japan's Kazuo Ueda said", "Meta's Reality Labs said", "Amazon's Whole Foods said"
                    found.append(
                        (before.group("name"), before.start("name"), before.group("org"), before.start())
                    )
    if "led by" in text or "including" in text:
        end = 0
        for m in _LED_BY.finditer(text):
            group = next((g for g in ("org", "org_first") if m.group(g)), None)
            if group is not None:
                found.append((m.group("name"), m.start("name"), m.group(group), m.start(group)))
            elif firm := _FIRM_BEFORE_LED_BY.search(text, max(end, m.start() - _LONGEST_SPAN), m.start()):
                found.append((m.group("name"), m.start("name"), firm.group("org"), firm.start()))
            elif " at the " in m.group(
                0
            ):  # "strategists at the bank led by David Kostin": the firm named before
                found.append((m.group("name"), m.start("name"), "", m.start()))
            end = m.end()
    for raw_name, raw_start, raw_org, raw_org_start in found:
        if (
            "\n\n"
            in text[
                min(raw_start, raw_org_start) : max(raw_start + len(raw_name), raw_org_start + len(raw_org))
            ]
        ):
            continue  # "... Months of Gains\n\nEmployers added": a headline's words and the body's, no name
        name, name_start = _trim(raw_name, raw_start)
        if not _is_a_new_person(name, gazetteer):
            continue  # "Bank of America said", "Prime Minister of Japan said", "American Chamber of Commerce"
        spans.append((name_start, name_start + len(name), "person", name))
        org, org_start = _trim(raw_org, raw_org_start)
        known = _lookup(gazetteer, org)
        if len(org) > 1 and not _ROLE_WORD.search(org) and (known is None or known.kind == "organisation"):
            spans.append((org_start, org_start + len(org), "organisation", org))
    return _resolved(spans, 0, gazetteer)


def _resolved(
    spans: list[tuple[int, int, str, str]], base: int, gazetteer: EntityGazetteer
) -> list[tuple[int, int, str, str, str]]:
    """(start, end, kind, id, surface) of quoted names (offsets from ``base``): the gazetteer's entity when
    it lists the name, else a slug id."""
    out = []
    for start, end, kind, surface in spans:
        start, end = start + base, end + base
        known = _lookup(gazetteer, surface)
        if known is None and kind == "organisation":  # "a market analyst at IG": the gazetteer's "IG Group"
            known = _lookup(gazetteer, surface + " Group")
        if known is not None:
            out.append((start, end, known.kind, known.entity_id, surface))
        elif kind == "organisation" and _is_central_bank_name(surface, gazetteer):
            out.append((start, end, "central_bank", slug(surface), surface))
        elif kind == "organisation" and any(
            (k := gazetteer.lookup(w)) is not None and k.kind == "central_bank" for w in surface.split()
        ):
            continue  # "Minneapolis Fed chief Neel Kashkari": the gazetteer's central bank stands
        elif kind == "organisation":
            out.append((start, end, kind, slug(_without_legal_form(surface)), surface))
        else:  # "Paul A. Engelmayer" is paul_engelmayer, as "Paul Engelmayer" is
            out.append((start, end, kind, slug(_MIDDLE_INITIAL.sub(" ", surface)), surface))
    return out


def _with_quoted_sources(
    text: str,
    found: list[tuple[int, int, str, str, str]],
    quoted: list[tuple[int, int, str, str, str]],
    gazetteer: EntityGazetteer,
) -> list[tuple[int, int, str, str, str]]:
    """``found`` (gazetteer mentions, in order) with the quoted sources added: a quoted firm covering a
    shorter gazetteer match ("Mizuho Securities" over "Mizuho") replaces it, a quoted name around a known
    person ("Jerome H. Powell") gives way to them; a quoted person's surname alone later in the text is a
    mention of them, and so is their name without its middle name."""
    # a title read as a name: "Fifth Third Chairman, CEO and President Tim Spence", "Economic Adviser V ..."
    quoted = [q for q in quoted if q[2] != "person" or not _ends_in_a_title(text, q[1], q[4])]
    starts = [f[0] for f in found]  # found is in order of start

    def near(lo: int, hi: int) -> range:  # indices of the found spans that may overlap [lo, hi)
        return range(bisect.bisect_left(starts, lo - _LONGEST_SPAN), bisect.bisect_left(starts, hi))

    # a person the gazetteer finds inside a quoted name ("Powell" in "Jerome H. Powell") is that person,
    # unless the quoted name's first name is not theirs ("Rania Haddad" is not Fernando Haddad)
    quoted = [
        q
        for q in quoted
        if q[2] != "person"
        or not any(
            found[i][2] == "person"
            and q[0] <= found[i][0]
            and found[i][1] <= q[1]
            and _may_be(q[4], found[i][4], gazetteer.lookup(found[i][4]))
            for i in near(*q[:2])
        )
    ]
    dropped = {
        i
        for q in quoted
        for i in near(*q[:2])
        if q[0] <= found[i][0] and found[i][1] <= q[1] and found[i][1] - found[i][0] < q[1] - q[0]
    }
    added: list[tuple[int, int, str, str, str]] = []

    def free(lo: int, hi: int) -> bool:  # no kept or added span overlaps [lo, hi)
        return not any(
            i not in dropped and found[i][0] < hi and lo < found[i][1] for i in near(lo, hi)
        ) and not any(a[0] < hi and lo < a[1] for a in added)

    for q in quoted:
        if free(q[0], q[1]):
            added.append(q)
    # the first mention of each quoted person the gazetteer does not know (its surnames are its business)
    unknown = {
        q[3]: (q[1], q[4]) for q in reversed(quoted) if q[2] == "person" and not gazetteer.lookup(q[4])
    }
    for entity_id, (end, name) in unknown.items():
        surname = name.split()[-1]
        if len(surname) < 4 or gazetteer.lookup(surname) is not None:
            continue
        for m in re.finditer(rf"(?<![\w.]){re.escape(surname)}(?![\w])", text[end:]):
            s0 = end + m.start()
            if free(s0, s0 + len(surname)):
                added.append((s0, s0 + len(surname), "person", entity_id, surname))
    merged = [f for i, f in enumerate(found) if i not in dropped] + added
    merged.sort()
    # "Anmol Singh Jaggi ... co-founded by Anmol Jaggi": a name without its middle name is the fuller one
    fuller = {
        (words[0], words[-1]): f[3] for f in merged if f[2] == "person" and len(words := f[4].split()) > 2
    }
    if fuller:
        for i, f in enumerate(merged):
            if (
                f[2] == "person"
                and len(words := f[4].split()) == 2
                and (key := (words[0], words[1])) in fuller
            ):
                merged[i] = f[:3] + (fuller[key], f[4])
    return merged


# Organisations named by their form ----------------------------------------------------------------

# The last word of a firm's or public body's name: "Motilal Oswal Financial Services", "Korea Customs
# Service", "Ifo Institute", "Japan Innovation Party", "Algoma Steel Corp.", "Senate Banking Committee"
_ORG_HEADS = WordTerms(
    (
        "Corp Corp. Corporation Inc Inc. Ltd Ltd. Limited plc PLC Plc AG NV Bhd Bhd. Co. Group Holdings "
        "Securities Investments Management Partners Advisors Advisers Associates Industries Technologies "
        "Institute Council Commission Committee Ministry Agency Authority Bureau Party Association Unit "
        "Federation Confederation Consortium University Service Services Bank Financial Department Chamber "
        "Exchange Tbk Tbk. Airlines Airways Court Assembly Board"
    ).split()
)
# The words that make a court or an assembly a public body
_COURT_HEADS = {
    "Court": frozenset(
        "Supreme Constitutional High District Federal Appeals Appeal Administrative Criminal International "
        "Arbitration Commercial Circuit People's Justice Trade Claims Bankruptcy Rehabilitation Family "
        "Municipal Enterprise Provincial Regional".split()
    ),
    "Assembly": frozenset("National General Legislative People's State Provincial Regional Federal".split()),
}
# what follows a mall's or a food court's name: "Central Court, a shopping mall", "National Food Court outlet"
_PLACE_OF_TRADE_AFTER = re.compile(
    r"(?:,\s+an?\s+)?\s*(?:[\w-]+\s+)?(?:shopping|mall|centre|center|outlet|outlets|restaurant|hotel|apartments?|"
    r"estate|tower|complex)\b",
    re.I,
)
# Heads that take their name after them: "Ministry of Commerce", "Institute of International Finance"
_OF_HEADS = frozenset(
    "Ministry Institute Council Commission Committee Bank Federation Confederation Association "
    "University Bureau Department Chamber Agency Authority Exchange Party Court Assembly".split()
)
# The name before the head, within its line: "Motilal Oswal Financial" before "Services", "People's
# Action" before "Party", "Thai Bankers'" before "Association"
_ORG_BEFORE = re.compile(
    rf"(?<![\w.'\u2019&-])(?:[A-Z]\.[ \t]*){{0,2}}"
    rf"(?:(?:People['\u2019]s|[A-Z][a-z]+s['\u2019]|{_ORG_WORD})[ \t]+(?:&[ \t]+)?){{1,5}}$"
)
# A title after the name is the next person's: "Bank of Korea Governor Rhee Chang-yong"
_NOT_OF_THE_NAME = (
    r"(?!(?:Gov|Governor|Chair(?:man|woman)?|President|Chief|CEO|CFO|Minister|Secretary|Director|Deputy|Vice|"
    r"Head|Spokes(?:man|woman|person)|Economist|Analyst|Managing|Index|Nifty)\b)"
)
_OF_WORD = rf"{_NOT_OF_THE_NAME}(?:St\.[ \t]+)?{_ORG_WORD}"  # also "Federal Reserve Bank of St. Louis"
_ORG_OF = re.compile(
    rf"[ \t]+(?:of|for(?![ \t]+(?:HK|Rs|US|NZ|RM|Rp|Rmb|RMB|S|A|C)\b))[ \t]+(?:the[ \t]+)?{_OF_WORD}"
    rf"(?:[ \t]+(?:&[ \t]+|of[ \t]+)?{_OF_WORD}){{0,3}}"
)  # also "Institute for Fiscal Studies", "Party for Freedom"; not "Yes Bank for Rs 1,000 crore"
# A public body's remit may list several things: "Ministry of Health, Labour and Welfare", "Ministry of
# Economy and Finance" (not a bank's: "Bank of America and Citigroup" are two)
_ORG_OF_LIST = re.compile(
    rf"[ \t]+of[ \t]+(?:the[ \t]+)?{_OF_WORD}(?:[ \t]+{_OF_WORD}){{0,2}}"
    rf"(?:,[ \t]+{_OF_WORD}(?:[ \t]+{_OF_WORD}){{0,2}})*"
    rf",?[ \t]+and[ \t]+{_OF_WORD}(?:[ \t]+{_OF_WORD}){{0,2}}"
)
_LIST_HEADS = frozenset("Ministry Department Commission Committee Council Institute Bureau Agency".split())
# Words that describe the firm named after them at a sentence's start: "Rival AIA Group rose 2%"
_DESCRIBING_WORDS = frozenset(
    f"{w}{plural}"
    for w in (
        "Rival Peer Shipbuilder Miner Lender Carmaker Automaker Chipmaker Insurer Retailer Brokerage "
        "Conglomerate Drugmaker Airline Exporter Developer Homebuilder Steelmaker Refiner Operator Parent "
        "Unit Subsidiary Giant Promoter Shareholder Investor Startup Buyer Suitor Acquirer Toymaker "
        "Heavyweight "
        "Housebuilder Bookmaker Brewer Grocer Supermarket Shipper Telco Utility Watchmaker Jeweller Jeweler "
        "Automaker Conglomerate Chipmaker Drugmaker Insurer"
    ).split()
    for plural in ("", "s")
)
# Legal forms and group words after a name the gazetteer knows without them: "Nvidia Corp", "DBS Group
# Holdings", "Samsung Electronics Co"
_LEGAL_ONLY = frozenset(
    "Co Co. Corp Corp. Corporation Inc Inc. Ltd Ltd. Limited plc PLC Plc AG SE SA NV N.V. Bhd Bhd. LLC LLP "
    "Tbk Tbk. "
    "KK K.K. A/S ASA Oyj S.p.A. SpA GmbH".split()
)
_LEGAL_FORMS = _LEGAL_ONLY | {"Holdings", "Holding", "Group", "Groep"}
_LEGAL_SPELLING = {"Plc": "plc", "PLC": "plc", "Corp.": "Corp", "Inc.": "Inc", "Co.": "Co", "Ltd.": "Ltd"}
_LAW_AFTER = re.compile(r"[ \t]+(?:Act|Bill|Law|Ordinance|Directive|Regulation)\b")
_LEGAL_IN_FULL = {"Corp": "Corporation", "Corp.": "Corporation", "Co": "Company", "Co.": "Company"}
_LISTED = re.compile(
    r"[\w.]+-(?:listed|based|owned|backed|headquartered|sector|run|controlled)"
)  # "Shanghai-listed Cambricon"
# Two words that name a body only by context: "the Reserve Bank" in Sydney is the RBA
_GENERIC_CENTRAL_BANK = "central bank of the text's country"
_COUNTRY_POSSESSIVE = re.compile(r"([A-Z][\w.]*(?:\s[A-Z][\w.]*)?)['’]s\s+\Z")
# a central bank's rate-setting body, named by its form alone: the text's central bank, as "FOMC" is the Fed
_RATE_SETTERS = frozenset(
    {
        "Monetary Policy Committee",
        "Monetary Policy Council",
        "Monetary Policy Board",
        "Monetary Board",
        "Governing Board",
    }
)
_GENERIC_NAMES = _RATE_SETTERS | frozenset(
    (
        "Reserve Bank|Central Bank|Central Reserve Bank|National Bank|Working Group|Nifty Bank|"
        "Governing Council|Policy Board|Executive Board|Supervisory Board|Management Board|Foreign Exchange|"
        "Stock Exchange"
    ).split("|")
)
_GENERIC_INITIALS = frozenset("".join(w[0] for w in name.split()) for name in _GENERIC_NAMES)
# the ones that are a central bank, which a country's possessive names ("Peru's Central Reserve Bank")
_GENERIC_BANKS = frozenset({"Reserve Bank", "Central Bank", "Central Reserve Bank"})
_COUNTRY_ABBREVIATIONS = frozenset({"US", "U.S.", "UK", "U.K.", "EU"})
_OWNER = re.compile(r"(.+?s)['\u2019]\s+")  # "United Arab Emirates' "
# "the Nifty Bank index", "the Shanghai Stock Exchange Composite (Index)": an index, not the body
_INDEX_AFTER = re.compile(
    r"[ \t]+(?:[A-Z][a-z]+[ \t]+){0,2}(?:index|Index|sub-index)\b|[ \t]+Compo(?:site|nent)\b"
)
_TITLE_CASE_SHARE = 0.6  # a headline with this share of capitalised words is in title case


_PT_NAME_WORD = re.compile(r"[ \t]+([A-Z][\w&-]*|\(Persero\))")


def _pt_name_end(text: str, end: int) -> int:
    """Where an Indonesian firm's name that goes on after its head word ends: "PT Bank Rakyat Indonesia
    (Persero) Tbk", up to five words, through "Tbk" (not "Tbk BBRI"), and before a title or a weekday
    ("PT Bank Central Asia Tbk President Director Jahja Setiaatmadja")."""
    if text.endswith("Tbk", 0, end):
        return end  # the head word is the legal form that ends the name
    for _ in range(5):
        m = _PT_NAME_WORD.match(text, end)
        if m is None:
            break
        word = m.group(1)
        if word in _NOT_A_NAME or _ROLE_WORD.fullmatch(word):
            break
        end = m.end()
        if word == "Tbk":
            break
    return end


def _named_organisations(
    text: str, sentences: list[Sentence], gazetteer: EntityGazetteer
) -> list[tuple[int, int, str, str, str]]:
    """(start, end, kind, id, surface) of each organisation named by its form: capitalised words ending
    in a word such as Group, Holdings, Corp, Securities, Institute, Ministry or Party, and a ``_OF_HEADS``
    word's "of ..." after it. Not in a headline written in title case, where every word is capitalised.
    The id of one the gazetteer does not list is the slug of its name without a legal form, so "Huatai
    Securities Co. Ltd." and a later "Huatai Securities" are one organisation."""
    title_end = next((s.end for s in reversed(sentences) if s.in_headline and _title_case(s.text)), 0)
    starts = [s.start for s in sentences]
    out: list[tuple[int, int, str, str, str]] = []
    for head_start, end in _ORG_HEADS.spans(text):
        head = text[head_start:end]
        if head_start < title_end:
            continue
        gap = text[out[-1][1] : head_start] if out else "."
        if not gap.strip() and "\n" not in gap and end - out[-1][0] <= _LONGEST_SPAN:
            # "Industrial & Commercial Bank of China Ltd.": the name goes on (no name is longer than
            # _LONGEST_SPAN: a run of heads with no end is no name)
            start = out.pop()[0]
        else:
            i = bisect.bisect_right(starts, head_start) - 1
            sentence_start = starts[i] if i >= 0 else 0
            before = _ORG_BEFORE.search(text, max(sentence_start, head_start - 120), head_start)
            start = before.start() if before else head_start
            while out and out[-1][0] >= start:
                out.pop()  # "National Securities Market Commission": a longer name around an earlier head
        after = (head in _LIST_HEADS and _ORG_OF_LIST.match(text, end)) or (
            _ORG_OF.match(text, end) if head in _OF_HEADS else None
        )
        if after:
            end = after.end()
        elif text.startswith("PT ", start):
            end = _pt_name_end(text, end)  # "PT Bank Mandiri": an Indonesian name goes on after its head word
        surface, start = _trim(text[start:end], start, roles=False)
        owner = _OWNER.match(surface)
        if owner and _lookup(gazetteer, owner.group(1)):
            # "United Arab Emirates' International Holding Co.": a known owner before the name
            surface, start = surface[owner.end() :], start + owner.end()
        # "Rival AIA Group", "Hong Kong-listed GCL Technology Holdings": words that describe the firm
        words = surface.split()
        cut = next((k + 1 for k, w in enumerate(words[:3]) if _LISTED.fullmatch(w)), 0)
        while cut < len(words) and words[cut] in _DESCRIBING_WORDS:
            cut += 1
        if cut:
            dropped = re.match(rf"(?:\S+\s+){{{cut}}}", surface)
            surface, start = (surface[dropped.end() :], start + dropped.end()) if dropped else ("", start)
        if start == head_start and head == "Exchange":
            continue  # "the Exchange for Nasdaq listings": an exchange needs its name before the word
        if _LAW_AFTER.match(text, end):
            continue  # "Japan's Payment Services Act": a law's name, not a body's
        if _PORTFOLIO_BEFORE.search(text, max(0, start - 20), start):
            continue  # "Secretary for Financial Services and the Treasury": an office's portfolio, not a body
        if head in _COURT_HEADS and (
            not any(w in _COURT_HEADS[head] for w in surface.split())
            or _PLACE_OF_TRADE_AFTER.match(text, end)
        ):
            continue  # "Supreme Court", "National Assembly"; not "Sarah Court", "Central Court, a mall"
        if (
            len(surface.split()) < 2
            or surface in _GENERIC_NAMES
            or surface in _FUNCTIONS
            or _INDEX_AFTER.match(text, end)
        ):
            if (surface in _GENERIC_BANKS or surface in _RATE_SETTERS) and not _INDEX_AFTER.match(text, end):
                # "The Reserve Bank held the cash rate": the central bank of the text's country, if it has one
                out.append((start, end, "central_bank", _GENERIC_CENTRAL_BANK, surface))
            # a bare head ("Group", "the Reserve Bank"), a division ("Wealth Management"), or an index ("the
            # Nifty Bank index")
            continue
        if surface[-1] == "." and _lookup(gazetteer, surface[:-1]) is not None:
            surface, end = surface[:-1], end - 1  # "Mitsubishi Corp." ending a sentence: the gazetteer's
        known = _known_organisation(gazetteer, surface)
        first, _, rest = surface.partition(" ")
        if (
            known is None
            and " " in rest
            and (first in _COUNTRY_ABBREVIATIONS or first.endswith(("an", "ese", "ish")))
            and (place := gazetteer.lookup(first)) is not None
            and place.kind == "country"
        ):
            # "US Defense Department", "Japanese Finance Ministry": a country's word before a body the
            # gazetteer knows (not "China Everbright Securities", whose name holds it)
            if (known := _known_organisation(gazetteer, rest)) is not None:
                surface, start = rest, start + len(first) + 1
        if known is None and start < head_start and _lookup(gazetteer, text[start:head_start].strip()):
            # "White House Council of Economic Advisers": two bodies the gazetteer knows, side by side
            known = _known_organisation(gazetteer, text[head_start:end])
            if known is not None:
                surface, start = text[head_start:end], head_start
        if known is not None:
            out.append((start, end, known.kind, known.entity_id, surface))
            continue
        bare = _without_legal_form(surface)
        if _lookup(gazetteer, bare):
            continue  # "Japan Inc.": a country or person with a legal form is a figure of speech
        kind = "central_bank" if _is_central_bank_name(surface, gazetteer) else "organisation"
        out.append((start, end, kind, slug(bare), surface))
    return out


# "Bank of Uganda": a country's bank by its name; the commercial "Bank of Ireland" or "Bank of China" is one
# the gazetteer lists
_BANK_OF_A_PLACE = re.compile(r"Bank\s+of\s+(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})")


def _is_central_bank_name(surface: str, gazetteer: EntityGazetteer) -> bool:
    """Whether an organisation the gazetteer does not know is a central bank by its name: "Reserve Bank of
    Malawi", "Bank of Zambia", "Bank of Central African States"."""
    if _CENTRAL_BANK_NAME.search(surface):
        return True
    bank = _BANK_OF_A_PLACE.fullmatch(surface)
    if bank is None:
        return False
    place = bank.group("place")
    if place.startswith("Central "):
        return True
    known = gazetteer.lookup(place)
    return known is not None and known.kind == "country"


def _without_legal_form(name: str) -> str:
    """A name without the legal forms at its end ("Huatai Securities Co. Ltd." -> "Huatai Securities"),
    keeping at least one word."""
    words = name.split()
    while len(words) > 1 and (words[-1] in _LEGAL_ONLY or words[-1] == "&"):
        words.pop()
    return " ".join(words)


def _known_organisation(gazetteer: EntityGazetteer, surface: str) -> Entity | None:
    """The gazetteer's entity for a name, also written with legal forms or group words it does not list
    ("Nvidia Corp", "ING Groep NV"); only an organisation's or central bank's name loses them ("China
    Ltd." is no mention of China)."""
    words = surface.split()
    known = _lookup(gazetteer, surface)
    # "Prudential Plc" is the gazetteer's "Prudential plc", "Federal Deposit Insurance Corp." its "Federal
    # Deposit Insurance Corporation"
    for spelling in (_LEGAL_SPELLING, _LEGAL_IN_FULL):
        if known is None and words[-1] in spelling:
            known = _lookup(gazetteer, " ".join([*words[:-1], spelling[words[-1]]]))
    while known is None and len(words) > 1 and words[-1] in _LEGAL_FORMS:
        words = words[:-1]
        if words[-1] == "&":  # "JPMorgan Chase & Co."
            words = words[:-1]
        known = _lookup(gazetteer, " ".join(words))
        if known is not None and known.kind not in ("organisation", "central_bank"):
            return None
    return known


def _title_case(line: str) -> bool:
    words = [w for w in line.split() if len(w) > 3]
    return bool(words) and sum(w[0].isupper() for w in words) >= _TITLE_CASE_SHARE * len(words)
