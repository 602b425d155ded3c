"""Index mentions in article text: one compiled alternation over every alias of
``data/reference/index_aliases.csv``, longest alias first.

Exclusion rows of that file ("Dow Chemical", "Nasdaq-listed", "S&P Global Ratings") are matched like
aliases so that they swallow the shorter alias inside them, and are then dropped.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from transforms.text import Mention, Sentence, sentence_at

_CLOCK = re.compile(r"([01]\d|2[0-3]):([0-5]\d)")


def _minutes(clock: str) -> int:
    """Minutes after midnight of an ``HH:MM`` clock time; ValueError names a malformed one."""
    m = _CLOCK.fullmatch(clock)
    if not m:
        raise ValueError(f"clock time {clock!r} is not HH:MM")
    return int(m.group(1)) * 60 + int(m.group(2))


@lru_cache(maxsize=4096)
def utc_offset_minutes(tz: str, day: date) -> int:
    """The offset of a time zone from GMT at noon on ``day``, in minutes (Tokyo: 540)."""
    offset = datetime.combine(day, time(12), ZoneInfo(tz)).utcoffset()
    return int(offset.total_seconds() // 60) if offset is not None else 0


_TRUE = frozenset({"true", "1", "yes", "y", "t"})
_APOSTROPHE = re.compile(r"['’]")
_SPACE = re.compile(r"\s+")
_POSSESSIVE = re.compile(r"['’]s\s+")


@dataclass(frozen=True, slots=True)
class Alias:
    """One row of the alias table."""

    index_id: str
    alias: str
    is_futures: bool
    case_sensitive: bool
    is_exclusion: bool
    region: str


@dataclass(frozen=True, slots=True)
class IndexLexicon:
    """Aliases of the known indices, compiled into one regex."""

    pattern: re.Pattern[str]
    exact: dict[str, Alias]
    folded: dict[str, Alias]
    prefixed: tuple[tuple[str, str, Alias], ...] = ()
    regions: dict[str, str] = field(default_factory=dict)
    markets: dict[str, str] = field(default_factory=dict)  # index_id -> exchange calendar ("XTKS")
    # index_id -> (time zone, regular open, regular close), minutes after local midnight
    hours: dict[str, tuple[str, int, int]] = field(default_factory=dict)
    # index_id -> the lower-case words of its aliases ("tech-heavy", "benchmark", "average"), which tell
    # "the tech-heavy index" after a sentence naming the Dow and the Nasdaq which one it is
    words: dict[str, frozenset[str]] = field(default_factory=dict)
    # index_id -> the main index of its market ("TOPIX" -> "N225"), from indices.csv's benchmark_index_id
    benchmarks: dict[str, str] = field(default_factory=dict)

    @classmethod
    def from_records(cls, rows: Iterable[Mapping[str, str]]) -> IndexLexicon:
        """Build from rows as ``csv.DictReader`` reads ``index_aliases.csv`` (the caller reads the file)."""
        aliases = [_alias(row) for row in rows if (row.get("alias") or "").strip()]
        exact = {_key(a.alias): a for a in aliases if a.case_sensitive}
        folded = {_key(a.alias).lower(): a for a in aliases if not a.case_sensitive}
        regions = {a.index_id: a.region for a in aliases if a.index_id and a.region}
        # Aliases that open with lower-case words ("blue-chip CSI300", "listed on Nasdaq") are matched
        # through their capitalised core and extended backwards: the scan then only starts at capitals
        # and dots, which keeps it fast.
        cores: set[str] = set()
        prefixed: dict[str, list[tuple[str, Alias]]] = {}
        for a in aliases:
            split = _core_start(a.alias)
            if split:
                core = _key(a.alias[split:]).lower()
                prefixed.setdefault(core, []).append((_key(a.alias[:split]).lower(), a))
                cores.add(a.alias[split:])
            else:
                cores.add(a.alias)
        by_head: dict[str, set[str]] = {}
        for core in cores:
            by_head.setdefault(core[0], set()).add(_key(core[1:]).lower())
        branches = [
            re.escape(head) + "(?i:" + _trie(sorted(rest)) + ")" for head, rest in sorted(by_head.items())
        ]
        # The trailing guard keeps "Nasdaq-style" or "Dow-component" from being read as the index (but not
        # "the FTSE 100-share index"), nor "FTSE" from "FTSE 250-listed Hays" once "FTSE 250" has failed it.
        pattern = re.compile(
            "(?:" + "|".join(branches) + r")"
            r"(?![\w&]|-(?!(?:share|stock|issue|member)\b)[A-Za-z]|\s+\d+-(?:listed|quoted|traded)\b)"
        )
        longest_first = tuple(
            sorted(
                ((core, p, a) for core, v in prefixed.items() for p, a in v),
                key=lambda t: (-len(t[0]), -len(t[1])),
            )
        )
        words: dict[str, set[str]] = {}
        for a in aliases:
            if not a.is_exclusion:
                words.setdefault(a.index_id, set()).update(_POSSESSIVE.sub(" ", a.alias).lower().split())
        frozen = {k: frozenset(v) for k, v in words.items()}
        return cls(pattern, exact, folded, longest_first, regions, words=frozen)

    def lookup(self, surface: str) -> Alias | None:
        """The alias row a matched surface came from."""
        key = _key(surface)
        alias = self.exact.get(key) or self.folded.get(key.lower())
        if alias is not None and alias.case_sensitive and _key(alias.alias) != key:
            return None
        return alias

    def region(self, index_id: str) -> str:
        """Region of an index (asia / americas / europe), '' when unknown."""
        return self.regions.get(index_id, "")

    def described_by(self, index_id: str, words: frozenset[str]) -> bool:
        """Whether any of ``words`` (lower case) is a word of one of the index's aliases."""
        return not words.isdisjoint(self.words.get(index_id, ()))

    def market(self, index_id: str) -> str:
        """The exchange an index trades on (its calendar, "XTKS"), else its region."""
        return self.markets.get(index_id) or self.region(index_id)

    def clock(self, index_id: str) -> str:
        """What an index trades by: its time zone and regular hours ("America/New_York 570-960", the same for
        the NYSE and Nasdaq), else its exchange or region."""
        known = self.hours.get(index_id)
        return f"{known[0]} {known[1]}-{known[2]}" if known else self.market(index_id)

    def with_markets(self, rows: Iterable[Mapping[str, str]]) -> IndexLexicon:
        """This lexicon with each index's exchange, regular trading hours and benchmark, from rows as
        ``csv.DictReader`` reads ``indices.csv`` (``session_open``/``session_close`` local ``HH:MM``)."""
        markets: dict[str, str] = {}
        hours: dict[str, tuple[str, int, int]] = {}
        benchmarks: dict[str, str] = {}
        for line, r in enumerate(rows, start=2):  # line 1 is the header
            index_id = (r.get("index_id") or "").strip()
            if not index_id:
                continue
            if calendar := (r.get("exchange_calendar") or "").strip():
                markets[index_id] = calendar
            if benchmark := (r.get("benchmark_index_id") or "").strip():
                benchmarks[index_id] = benchmark
            tz, opens, closes = (
                (r.get(k) or "").strip() for k in ("timezone", "session_open", "session_close")
            )
            if tz and opens and closes:
                try:
                    ZoneInfo(tz)  # an unknown zone fails here, naming its line, not at the first claim
                    hours[index_id] = (tz, _minutes(opens), _minutes(closes))
                except (ValueError, ZoneInfoNotFoundError) as exc:
                    raise ValueError(f"indices line {line} ({index_id}): {exc}") from None
        return replace(self, markets=markets, hours=hours, benchmarks=benchmarks)

    def session_gmt(self, index_id: str, day: date) -> tuple[int, int] | None:
        """The regular session of an index's exchange on ``day`` as (open, close) in minutes after
        midnight GMT, or None when its hours are unknown."""
        known = self.hours.get(index_id)
        if known is None:
            return None
        tz, opens, closes = known
        offset = utc_offset_minutes(tz, day)
        return opens - offset, closes - offset


def _alias(row: Mapping[str, str]) -> Alias:
    index_id = (row.get("index_id") or "").strip()
    return Alias(
        index_id=index_id,
        alias=_key(row["alias"].strip()),
        is_futures=(row.get("is_futures_alias") or "").strip().lower() in _TRUE,
        case_sensitive=(row.get("case_sensitive") or "").strip().lower() in _TRUE,
        is_exclusion=(row.get("is_exclusion") or "").strip().lower() in _TRUE or not index_id,
        region=(row.get("region") or "").strip(),
    )


def _key(surface: str) -> str:
    return _SPACE.sub(" ", _APOSTROPHE.sub("'", surface))


def _core_start(alias: str) -> int:
    """Where the capitalised core of an alias starts (0 when it starts with one)."""
    if not alias[0].islower():
        return 0
    m = re.search(r"(?<=\s)[^a-z\s]", alias)
    return m.start() if m else 0


def _char(ch: str) -> str:
    if ch == "'":
        return "['’]"
    return r"\s+" if ch == " " else re.escape(ch)


def _trie(words: list[str]) -> str:
    """A regex for ``words`` factored as a trie, greedy so the longest alias wins."""
    root: dict[str, dict] = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _emit(root)


def _emit(node: dict[str, dict]) -> str:
    alts = [_char(ch) + _emit(child) for ch, child in sorted(node.items()) if ch]
    if not alts:
        return ""
    body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    return f"(?:{body})?" if "" in node else body


def iter_alias_matches(text: str, lexicon: IndexLexicon) -> Iterable[tuple[int, int, Alias]]:
    """Every alias match (exclusions included) as (start, end, alias), left to right."""
    covered = 0  # end of the last match taken: a match extended past finditer's own is not read twice
    for m in lexicon.pattern.finditer(text):
        start = m.start()
        if start < covered or (start and (text[start - 1].isalnum() or text[start - 1] in "&_")):
            continue
        surface = m.group(0)
        possessive = _POSSESSIVE.search(surface)
        if possessive:
            # "Hong Kong's Hang Seng" must not swallow the start of "Hang Seng Tech Index" (or of an
            # exclusion such as "KOSPI 200"): a longer alias from the core on wins.
            core = lexicon.pattern.match(text, start + possessive.end())
            if core and core.end() > m.end():
                m, start, surface = core, core.start(), core.group(0)
                covered = m.end()
        alias = lexicon.lookup(surface)
        key = _key(surface).lower()
        for core, prefix, longer in lexicon.prefixed:
            before = start - len(prefix)
            if key.startswith(core) and before >= 0 and _key(text[before:start]).lower() == prefix:
                if before == 0 or not text[before - 1].isalnum():
                    # "blue-chip" + "CSI300 index": the longer surface, the index of the matched core.
                    alias = longer if longer.is_exclusion or key == core or alias is None else alias
                    start = before
                    break
        if alias is not None:
            yield start, m.end(), alias


# "(NASDAQ: AVGO)", "(Nasdaq: GOOGL, GOOG)", "(Nasdaq: NICE, TASE: NICE)"; not "(Nasdaq: +0.8%)"
_TICKER_AFTER = re.compile(r"(?:GS|GM|CM)?:\s?[A-Z][A-Z.]{0,5}(?:\s*(?:[,;/]|and)\s*[^()%\d]{1,30})?\s*\)")


def find_index_mentions(text: str, sentences: list[Sentence], lexicon: IndexLexicon) -> list[Mention]:
    """Index mentions in ``text`` with offsets into it; exclusions ("Dow Chemical") produce none."""
    mentions: list[Mention] = []
    for start, end, alias in iter_alias_matches(text, lexicon):
        if alias.is_exclusion:
            continue
        if start and text[start - 1] == "(" and _TICKER_AFTER.match(text, end):
            continue  # "Broadcom (NASDAQ: AVGO)": the exchange a ticker trades on
        sentence = sentence_at(sentences, start)
        mentions.append(
            Mention(
                entity_kind="index",
                entity_id=alias.index_id,
                surface=text[start:end],
                char_start=start,
                char_end=end,
                sentence_no=sentence.no if sentence else -1,
                in_headline=sentence.in_headline if sentence else False,
            )
        )
    return mentions


def is_futures_surface(surface: str, lexicon: IndexLexicon) -> bool:
    """Whether a matched surface is a futures alias ("Nasdaq futures", "E-minis")."""
    alias = lexicon.lookup(surface)
    return bool(alias and alias.is_futures)
