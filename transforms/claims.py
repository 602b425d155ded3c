"""Market claims: stated moves and levels of stock indices in article text, after ``CLAIMS.md``.

A sentence is read subject by subject: each index mention (or "the index" / "the benchmark" / "it"
standing for the last one) owns the text up to the next subject or a clause break ("; ", ", while",
", with Toyota ..."). Its figures (percentages, points, levels) are grouped into claims: a figure joins
the current claim unless that slot is taken or a connective ("and", "but") starts a new time reference.
Kind, direction, date, hedge and record come from the words around each claim, then the sentence's
lead ("Last week, ...", "On Monday, ..."), then the article (a morning wrap is written intraday).
"""

from __future__ import annotations

import bisect
import calendar
import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import partial
from typing import NamedTuple

from transforms.mentions import IndexLexicon, find_index_mentions, is_futures_surface, utc_offset_minutes
from transforms.text import Mention, Sentence, is_english, sentence_at


@dataclass(frozen=True, slots=True)
class MarketClaim:
    """One stated move or level of one index for one time reference (a row of staging.market_claims)."""

    sentence_no: int
    sentence: str
    char_start: int
    char_end: int
    index_id: str
    index_surface: str
    claim_kind: str
    direction: str | None
    move_pct: float | None
    pct_decimals: int | None
    points: float | None
    points_decimals: int | None
    level: float | None
    level_decimals: int | None
    crosses_level: float | None
    is_record: bool
    is_hedged: bool
    hedge: str | None
    verb: str | None
    kind_evidence: str | None
    reference_date: date | None
    date_evidence: str | None
    # For is_record: all_time_high / all_time_low ("record high", "first time above", "record low"),
    # high_since / low_since ("highest since August 2015", "lowest in eight years", "best this year":
    # the close beats every close from record_after on), or qualified (a record of another kind,
    # "record year-end close", that a daily close cannot check).
    record_scope: str | None = None
    record_after: date | None = None


# ---------------------------------------------------------------------------------------------------
# Patterns (module level, compiled once)


_TRIE_SOURCES: list[str] = []  # every alternation _trie rewrote, for the equivalence test


def _trie(alternatives: str) -> str:
    r"""``a|b|c`` rewritten as a character trie, so the engine walks one branch instead of trying
    every alternative (eight times faster on the long word lists below).

    Letters and ``\s+`` are shared between alternatives (an alternative that opens with a group is written
    out first, one per branch of the group); from the first other regex syntax on, an alternative stays as
    written, in a leaf. Branches keep the order their alternatives were written in, and a word that ends
    where a longer one goes on tries the longer first; ``tests/transforms/test_claims_patterns.py`` checks
    that this never changes a match against the plain alternation.
    """
    _TRIE_SOURCES.append(alternatives)
    return _trie_source(alternatives)


def _trie_source(alternatives: str) -> str:
    """The trie of ``_trie`` (without recording it)."""
    root: dict = {}
    for alt in _distributed(_split_top(alternatives)):
        node = root
        for token in _tokens(alt):
            node = node.setdefault(token, {})
        node[""] = {}
    return _emit(root)


def _split_top(alternatives: str) -> list[str]:
    """Split on the ``|`` that are not inside a group or a class."""
    parts, depth, start, i = [], 0, 0, 0
    while i < len(alternatives):
        ch = alternatives[i]
        if ch == "\\":
            i += 2
            continue
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(alternatives[start:i])
            start = i + 1
        i += 1
    parts.append(alternatives[start:])
    return parts


def _distributed(alternatives: list[str]) -> list[str]:
    r"""Each alternative that opens with a group, ``(?:ends|ended)\s+week``, written out as
    ``ends\s+week|ended\s+week`` (the same matches, tried in the same order), so its words join the trie
    instead of being tried as a leaf at every position."""
    out: list[str] = []
    for alt in alternatives:
        end = _group_end(alt) if alt.startswith("(?:") else -1
        inner = alt[3:end]
        if end < 0 or alt[end + 1 : end + 2] in ("?", "*", "+", "{"):
            out.append(alt)
        else:
            out += _distributed([part + alt[end + 1 :] for part in _split_top(inner)])
    return out


def _group_end(alt: str) -> int:
    """Where the group that opens ``alt`` closes (-1 if it does not)."""
    depth, i = 0, 0
    while i < len(alt):
        ch = alt[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return i
        i += 1
    return -1


def _tokens(alt: str) -> list[str]:
    r"""Literal characters and ``\s+`` one by one, then the rest (from a quantified character or other
    regex syntax on) as one token."""
    out: list[str] = []
    i = 0
    while i < len(alt):
        if alt.startswith(r"\s+", i):
            out.append(r"\s+")
            i += 3
        elif (alt[i].isalnum() or alt[i] in "-' ") and alt[i + 1 : i + 2] not in ("?", "*", "+", "{"):
            out.append(re.escape(alt[i]))
            i += 1
        else:
            out.append("(?:" + alt[i:] + ")")
            break
    return out


def _emit(node: dict) -> str:
    alts = [token + _emit(child) for token, child in node.items() if token]
    if not alts:
        return ""
    body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    return f"(?:{body})?" if "" in node else body


_DIGIT = re.compile(r"\d")
_NUMBER = re.compile(
    r"(?<![\w.,$€£¥/])(?<![\w.,/&-]-)(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?!\d|,\d{3}|\.\d|(?!pct?\b|pts?\b)[A-Za-z])"
)  # "2.4pc" and "117.32pt" keep their unit
_PCT_UNIT = re.compile(r"\s?(?:%|percent\b|per\s?cent\b|pct\b|pc\b)(?!\s*(?:points?|stake))", re.I)
_PP_UNIT = re.compile(r"\s?(?:percentage|pct|%)[\s-]*points?\b", re.I)
_POINTS_UNIT = re.compile(
    r"\s?(?:-|\s)?(?:points?|pts?)\b(?!\s+(?:level|mark|threshold|barrier|line|plateau))|\s(?:yen)\b",
    re.I,
)
_POINT_LEVEL = re.compile(
    r"-?(?:points?|pts?)\s+(?:level|mark|threshold|barrier|line|plateau)\b"
    r"|\s+(?:level|mark|threshold|line|barrier|plateau)\b",
    re.I,
)
_IGNORE_AFTER = re.compile(
    r"\s?(?:-\s?(?:day|week|month|year|session|time|fold)\b|(?:bn|mln|million|billion|trillion|tln|tn|won|yuan|"
    r"dollars?|euros?|pounds?|rupees?|shares|stocks|issues|(?:major|selected|listed|leading)\s+issues|companies|firms|constituents|decliners|"
    r"advancers|"
    r"basis|bps?|days?|sessions?|weeks?|months?|years?|times|trading|p\.?m\.?|a\.?m\.?|GMT|ET|EST|BST|JST|HKT|"
    r"per\s+dollar|percentile|members|contracts|people|jobs|[xX]|"
    # an option's strike: "at the 48,000 strike", "the 6,500 put and the 6,800 call"
    r"(?:put|call)s?|strikes?|"
    r"biggest|largest)\b"  # "the 300 biggest companies": a count
    # "the 'KOSPI 5,000' pledge": a goal named by the level
    r"|['’\"”]\s+(?:pledge|goal|target|plan|programme|program|campaign|drive|vision|era|dream)s?\b)",
    re.I,
)
_CURRENCY_BEFORE = re.compile(r"(?:[$€£¥₩]|HK\$|US\$|A\$|S\$|NT\$|Rs\.?\s?|RMB\s?|JPY\s?|KRW\s?)$")
_LEVEL_CUE = re.compile(
    r"\b(?P<cue>"
    + _trie(
        r"at|to|of|around|near|above|below|under|over|past|passed|passing|top|tops|topped|topping|through|beyond|"
        r"crossed|crossing|cross|crosses|surpassed|surpassing|surpasses|breached|breaching|breaches|broke|breaking|"
        r"broken|breaks|hit|hits|hitting|reached|reaches|touch|touches|"
        r"reaching|touched|touching|record|about|nearly|roughly|some|almost|approximately|reclaim|reclaims|reclaimed|"
        r"reclaiming|regain|regained|regaining|retake|retook|retaking|recover|recovered|recovering|"
        r"as\s+far\s+as|as\s+high\s+as|as\s+low\s+as"
    )
    + r")\s+(?:(?:"
    + _trie(
        r"the|a|an|fresh|new|key|psychological|psychologically|important|all-time|record|intraday|closing|"
        r"high|peak|level|of|above|below|just|about|around|nearly|roughly|some|almost"
    )
    + r")\s+){0,3}$",
    re.I,
)
_CROSS_CUES = frozenset(
    "above below under past passed passing top tops topped topping through beyond crossed crossing cross "
    "crosses surpassed "
    "surpassing surpasses breached breaching breaches broke breaking broken breaks reclaim reclaims "
    "reclaimed reclaiming regain regained "
    "regaining retake retook retaking recover recovered recovering".split()
)
_DOWN_CROSS = frozenset({"below", "under"})
_CROSS_WORD = re.compile(
    r"\b(?:above|over|past|through|below|under)\b(?!.*\b(?:above|over|past|through|below|under)\b)", re.I
)
# An approximate figure ("more than 3%", "nearly 5%"), which a claim check judges by its word. Not "as much as
# 2.4%" (nor "as little as"): the exact extreme of a day's trade (its kind says intraday), as labels read it.
_HEDGE = re.compile(
    r"\b("
    + _trie(
        r"more\s+than|less\s+than|over|under|nearly|almost|about|around|roughly|some|approximately|close\s+to|"
        r"up\s+to|just\s+over|just\s+under|at\s+least|upwards\s+of|in\s+excess\s+of|"
        r"just\s+shy\s+of|an\s+estimated"
    )
    + r")\s+(?:by\s+)?$",
    re.I,
)
_HEDGED_LEVEL = re.compile(
    r"\b(?:trade|trades|trading|traded|hover\w*|stay\w*|held|hold\w*|remain\w*)\s+(above|below|over|under)\s+(?:the\s+)?$",
    re.I,
)
_NUMBER_TO = re.compile(r"\d\s+to\s+$")
_FIRST_TIME_AFTER = re.compile(r"\s+for\s+the\s+first\s+time\b", re.I)

_UP = (
    r"rose|rise|rises|rising|risen|jumped|jump|jumps|jumping|gained|gain|gains|gaining|added|adding|adds|"
    r"popped|pops|popping|"
    r"climbed|climb|climbs|climbing|advanced|advance|advances|advancing|rallied|rally|rallies|rallying|surged|"
    r"surge|surges|surging|soared|soar|soars|soaring|firmed|firmer|firming|up|higher|rebounded|rebound|"
    r"rebounding|recovered|recovering|recovers|improved|improves|improving|spiked|leapt|leaped|climbed|increase|increased|increases|"
    r"increasing|upbeat|"
    r"positive\s+territory|"
    r"put\s+on|puts\s+on|putting\s+on|piled\s+on|piles\s+on|piling\s+on|zoomed|zooms|zooming|skyrocketed|skyrocketing|skyrockets|rocketed|rockets|rocketing|spurted|"
    r"vaulted|vaults|vaulting|catapulted|shot\s+up|jumped|bounced|bounces|rebounds|roared|powered|charged|"
    r"lifted|lifts|clawed\s+back|claws\s+back|clawing\s+back|"
    # Antara's "the Nikkei index strengthened 1,088.47 points or 2.17 percent"
    r"strengthened|strengthens|strengthening"
)
_DOWN = (
    r"fell|fall|falls|falling|fallen|slid|slide|slides|sliding|tumbled|tumble|tumbles|tumbling|slipped|slip|"
    r"slips|slipping|shed|sheds|shedding|lost|lose|loses|losing|loss|losses|sank|sink|sinks|sinking|sunk|"
    r"dropped|drop|drops|dropping|declined|decline|declines|declining|slumped|slump|slumps|slumping|eased|"
    r"ease|eases|easing|dipped|dip|dips|dipping|weakened|weaken|weakens|weakening|weaker|retreated|retreat|"
    r"retreats|retreating|plunged|plunge|plunges|plunging|plummeted|plummeting|skidded|tanked|dived|dove|"
    r"diving|dives|gave\s+up|giving\s+up|gives\s+up|given\s+up|gave\s+back|giving\s+back|gives\s+back|given\s+back|down|lower|softer|softened|pulled\s+back|slipped|negative\s+territory|"
    r"crashed|crashes|crashing|crash|nosedived|nosedives|tanks|tank|tanking|collapsed|collapses|collapsing|"
    r"cratered|craters|cratering|sagged|sags|sagging|slipped|skidded|slumped|buckled|wilted|swooned|decreased|"
    r"decrease|decreases|decreasing"
)
# "Nasdaq 100 E-minis off 0.5%": "off" right before the figure is a fall (elsewhere it is too vague).
_OFF = re.compile(
    r"\b(off)\s+(?:(?:about|nearly|almost|around|roughly|some|more\s+than|over|just)\s+)?$", re.I
)
# "Dow futures were ahead by 950 points", "the CAC 40 ahead 1.4%": "ahead" right before the figure is a rise
_AHEAD = re.compile(
    r"\b(ahead)\s+(?:by\s+)?(?:(?:about|nearly|almost|around|roughly|some|more\s+than|over)\s+)?$", re.I
)
_FLAT = r"flat|unchanged|little\s+changed|flattish|steady|barely\s+changed"
_DIRECTION = re.compile(r"\b(?:" + _trie(f"{_UP}|{_DOWN}|{_FLAT}") + r")\b", re.I)
# The direction a word of _DIRECTION gives, keyed by the lower-cased word with single spaces.
_DIRECTION_OF = {
    word.replace(r"\s+", " "): kind
    for kind, words in (("flat", _FLAT), ("down", _DOWN), ("up", _UP))
    for word in words.split("|")
}
# The verb of a move as written, with the particle that completes it ("edged up", "was little changed",
# "finished flat"). A word of _NON_VERB alone is not a verb ("up 0.9%", "the close", "was at").
_PARTICLE = r"up|down|higher|lower|flat|unchanged|little\s+changed|barely\s+changed|steady|flattish"
_VERB = re.compile(
    r"\b(?:"
    + _trie(
        f"{_UP}|{_DOWN}|closed|closes|closing|close|ended|ending|ends|end|finished|finishing|finish|settled|"
        "settling|opened|was|were|is|are|stood|stands|traded|trading|hit|touched|topped|reached|broke|"
        "broken|touching|hitting|reaching|topping|edged|edging|edges|inched|inching|ticked|ticking|crept|nudged|drifted|hovered|hovering|"
        "swung|turned|surpassed|notched|posted|pared|paring|trimmed|extended|extending"
    )
    + r")(?:\s+(?:a\s+further\s+|slightly\s+)?(?:"
    + _PARTICLE
    + r"))?\b",
    re.I,
)
_TO_CLOSE = re.compile(r"\bto\s+close$", re.I)  # "to close" is the verb, "the close" the noun
_COPULA = re.compile(r"\b(?:was|were|is|are)\b", re.I)
_NON_VERB = frozenset(
    {"up", "higher", "down", "lower", "loss", "losses", "gain", "gains", "was", "were", "is", "are", "close"}
)

# "on track for its worst day": a move still under way
# "on track for a third day of gains" is written during the session; "on course for its best annual
# performance since 2017" is said after the close as well
_HEADED_FOR = (
    r"(?:on\s+track|on\s+course|headed|heading)\s+for"
    r"(?!\s+(?:(?:its|their|an?|the)\s+)?(?:[\w-]+\s+){0,4}?(?:annual|yearly|year|quarter|quarterly|month|monthly|half|"
    r"first-half|second-half)\b)"
)
# "about 11% below its record set in February": the move since the peak, a period claim
_FROM_PEAK_WORDS = (
    r"(?:below|under|above|off)\s+(?:(?:its|their|the|that)\s+(?:[\w.,-]+\s+){0,4}"
    r"(?:record|peak|all-time|high|highs|low|lows|trough))"
)
_FUTURES = re.compile(
    r"\b("
    + _trie(
        r"futures|e-minis?|called|fair\s+value|pointed\s+to\s+an?\s+\w+\s+open|set\s+to\s+open|"
        r"indicative\s+(?:prices?|levels?|quotes?)|"
        r"(?:expected|poised)\s+to\s+open|"
        r"(?:seen|indicated)\s+(?:up|down|higher|lower|flat|opening)|calling|calls|"
        # dpa-AFX's "the Dow Jones Industrial Average was indicated 0.2 percent higher"
        r"indicated\s+[\d.]+\s*(?:%|percent|per\s+cent|points?)\s+(?:higher|lower|up|down)|"
        # "IG had the blue-chip index seen 44 points higher at 8,762 in early spread-betting quotes"
        r"(?:seen|indicated)\s+[\d.,]+\s*(?:%|percent|per\s+cent|points?)\s+(?:higher|lower|up|down)|"
        r"spread[\s-]betting|spread[\s-]bet"
    )
    + r")\b",
    re.I,
)
_WEEKDAY_NAME = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_STOCKS_TO_WATCH = re.compile(
    r"\s*(?:Stocks|Shares)\s+(?:to\s+(?:watch|buy|sell)|in\s+(?:focus|news|the\s+news|spotlight)|ex-dividend|"
    r"on\s+radar)\b",
    re.I,
)
# a day that is no session's: a record's ("had been set on 15 May 2024"), a deadline's ("July 9 deadline")
# (the "on" may be the date's own: "was set on Tuesday" matches its day as "on Tuesday")
# "had been set on 15 May 2024", "set during trading on October 9", a record that "was set on Tuesday",
# "..., set on Friday" (the weekday's match holds its "on"); not "were hit on Monday by profit-taking"
_SET_ON_BEFORE = re.compile(
    r"\b(?:set|reached|hit|recorded|notched|marked)\s+(?:during\s+trading\s+)?(?:on|in)\s+$|"
    r"(?:,|\bwas|\bhad\s+been|\bit)\s+set\s+$",
    re.I,
)
_DEADLINE_AFTER = re.compile(r"\s+(?:deadline|cutoff|cut-off)\b", re.I)
# "Over Thursday and Friday, the S&P 500 fell 10.5 per cent"
_OVER_TWO_DAYS = r"over\s+(?:Mon|Tues|Wednes|Thurs|Fri)day\s+and\s+(?:Mon|Tues|Wednes|Thurs|Fri)day\b"
# a session or week cut short: "in a half-day session", "in a holiday-shortened week"
_SHORTENED = r"(?:holiday-shortened|shortened|truncated)"
_MONTH_NAMES = "January|February|March|April|May|June|July|August|September|October|November|December"
_PERIOD = re.compile(
    r"\b("
    + _trie(
        # not "ahead of this week's Federal Reserve meeting"
        # "this year's gain", "this week's 3% slide"; not "this week's policy meeting"
        r"this\s+(?:week|month|quarter|year)(?!['’]s\s+(?!(?:[\d.,]+\s?(?:%|per\s?cent|percent)\s+)?"
        r"(?:[a-z-]+\s+)?(?:gain|loss|losses|rally|rallies|rise|advance|decline|drop|fall|slide|slump|surge|"
        r"jump|climb|performance|run|rebound|retreat|sell-?off|tumble|plunge|increase)s?\b))|"
        r"last\s+week|last\s+month|the\s+week\s+before|"
        # a headline's "ChiNext soars 7.7% in week", "Kospi up 3% on week"
        r"(?:in|on|for|over)\s+(?:week|month|quarter|year)(?![\w'’-])|"
        # a headline's "TAIEX ... ends tariff-hit week down 8.31%", "Nikkei closes volatile month higher"
        # (not "closed for a week for the Chuseok holiday", "ahead of end of year")
        # ("rounding off a holiday-shortened week with a gain of 3.9%")
        r"(?:ends?|ended|closes?|closed|finish(?:es|ed)?|caps?|capped|round(?:s|ed|ing)\s+off)\s+"
        # ("the benchmark finished the holiday-shortened trading week 1.6 per cent higher")
        r"(?!(?:for|of|this|last|next|each|every|in|on|at)\s)(?:[\w-]+\s+){1,3}?"
        # (not "ended the third quarter on a firm footing today, with the Hang Seng Index rising 232 points":
        # the quarter's last session)
        r"(?:week|month|quarter|year)(?![\w'’-])(?!\s+(?:on\s+an?\s+[\w-]+\s+(?:note|footing)\s+)?today\b)|"
        # "Wall Street closes out a bumpy 2025 with a 16% gain" (not "slipped 0.87% ... to close out 2025")
        r"(?:ends?|ended|closes?|closed|caps?|capped)\s+(?:out\s+)?an?\s+(?:[\w-]+\s+){1,2}?20\d\d(?![\w'’-])|"
        r"an?\s+(?:banner|bumper|record|strong|stellar|stunning|tough|rough|difficult|dismal|volatile|turbulent|"
        r"spectacular|brutal|bruising|torrid|miserable|terrible|remarkable|blistering|weak|choppy|standout|solid)\s+"
        r"(?:week|month|quarter|year|20\d\d)(?![\w-])|"
        # "the Nikkei had a rougher week"; not "warned of a tougher quarter ahead"
        r"(?:had|has|have|having|enjoyed|endured|suffered|saw|was|were|is)\s+an?\s+"
        r"(?:rougher|tougher|better|worse|stronger|weaker|choppier|calmer|quieter)\s+(?:week|month|quarter|year)(?![\w-])|"
        # "carried the benchmark up 3.7% in a holiday-shortened week"
        # (not "rose 0.5% Friday for a holiday-shortened week": Friday's move)
        r"(?:in|over|(?<!day\s)for)\s+an?\s+(?:" + _SHORTENED + r"|(?:two|three|four)-day)\s+"
        r"(?:trading\s+)?week|"
        # "over the three sessions since", "over the five days": several sessions together
        r"(?:over|in|across)\s+the\s+(?:past\s+|last\s+|first\s+|prior\s+|previous\s+)?(?:two|three|four|five|six|seven|"
        r"eight|nine|ten|\d+)\s+"
        r"(?:trading\s+)?(?:sessions|days)|"
        # "has shed 10.5% in three sessions" (not "the Fed decision in two days")
        r"in\s+(?:just\s+|only\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|\d+|back-to-back)\s+"
        r"(?:straight\s+|consecutive\s+)?"
        r"(?:trading\s+(?:sessions|days)|sessions)|"
        # "In six days, the Sensex has tanked 2,199.77 points": days fronting their clause
        r"in\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:straight\s+|consecutive\s+)?"
        r"(?:trading\s+)?days(?=,)|"
        # (not "in the first half of trade": the session's)
        r"(?:on|for|over|in)\s+the\s+(?:[\w-]+\s+){0,2}?(?:week|month|quarter|year|whole\s+year|past\s+\w+\s+\w+|"
        r"half(?!\s+of\s+(?:the\s+)?(?:trade|trading|session|day)\b))"
        r"(?!['’]s\s+(?:\w+\s+){1,2}(?:day|session))|"
        # "extending its week-long rally to 6%"; not "ahead of the week-long Golden Week holiday"
        r"(?:the|its)\s+(?:week|month)-long\s+(?:rally|slide|decline|gains?|losses|advance|rebound|sell-?off|"
        r"(?:losing|winning)\s+streak)|"
        # (not "Third Rate Cut of the Year")
        r"(?<![Cc]ut\sof\s)(?:the|its)\s+(?:whole\s+|\w+-\w+\s+)?(?:week|month|quarter|year)(?![\w-])(?!['’]s\s+(?:\w+\s+){1,2}(?:day|session))|"
        r"(?:for|over)\s+an?\s+(?:\w+\s+)?(?:straight|consecutive|successive)\s+(?:week|month|quarter|year)|"
        # "over the same three months", "Over Thursday and Friday, the S&P 500 fell 10.5 per cent"
        r"over\s+the\s+same\s+(?:\w+\s+)?(?:period|span|stretch|weeks|months|quarters|years|week|month|quarter|year)\b|"
        + _OVER_TWO_DAYS
        + r"|"
        # "rose 11 percent in the July-September period", "added 3.4 percent from January through March",
        # "climbed 3.7% this holiday-shortened week"
        r"in\s+(?:the\s+)?(?:" + _MONTH_NAMES + r")-(?:" + _MONTH_NAMES + r")\b|"
        r"from\s+(?:" + _MONTH_NAMES + r")\s+(?:through|to|until)\s+(?:" + _MONTH_NAMES + r")\b|"
        r"this\s+\w+-\w+\s+(?:week|month)\b|"
        r"since\s+(?:[A-Z][\w.'’-]*\s+){1,4}(?:won|took|became|announced|unveiled|launched|began|started|said|"
        r"threatened|imposed|slapped)|"
        # "Over the 11-session rally, which began Sept. 2, the index has climbed 9.8 percent"
        # "During the 35-day shutdown that stretched from December 2018 into January 2019, the S&P 500 rose"
        r"(?:over|during|in|across)\s+the\s+(?:[\w-]+\s+)?\d+-(?:session|day|week)\s+(?:rally|run|slide|streak|advance|"
        r"decline|sell-?off|rout|winning\s+streak|losing\s+streak|shutdown|standoff|trade\s+war)|"
        # "a weekly loss of 2.7%", "its third monthly gain", "on a yearly basis"; not "its annual
        # parliamentary meeting"
        r"(?:weekly|monthly|quarterly|annual|yearly|full[- ]year)\s+(?:(?:and|or)\s+\w+\s+)?(?:[\w-]+\s+)?"
        r"(?:gains?|loss(?:es)?|"
        r"rises?|falls?|drops?|declines?|advances?|jumps?|surges?|slides?|rall(?:y|ies)|slumps?|increases?|"
        r"decreases?|performance|basis|high|low|record|rebound|retreat|winning|losing|streak|return|returns|"
        r"advance|increase|decline|run|showing|change|move|percentage|terms)|"
        # "taking its 2025 gain to 6.8 per cent"
        r"(?<![\d,.])20\d\d\s+(?:gains?|loss(?:es)?|rise|fall|drop|decline|advance|rally|slide|slump|increase|return)\b|"
        r"year-to-date|year\s+to\s+date|ytd|so\s+far|week(?=:)|month(?=:)|"
        # "Despite the late-week selling, August ended in the green: the S&P 500 rose 1.9%"
        r"(?<!\bas\s)(?<!\bAs\s)(?:" + _MONTH_NAMES + r")\s+(?:ended|finished|closed)\s+"
        r"(?:in\s+the\s+(?:green|red|black)|higher|lower|up|down)\b|"
        # "October marked the seventh consecutive positive month for the tech-heavy Nasdaq, which climbed
        # 4.7%", "October alone brought a 16.6% gain": the month as the subject
        r"(?:" + _MONTH_NAMES + r")\s+(?:alone\s+)?(?:marked|brought|saw|delivered)\b|"
        # "Over the mainland holiday, which ran from October 1 to 8, the Hang Seng Index lost 0.1 percent"
        r"[Oo]ver\s+the\s+(?:[\w-]+\s+){0,3}?(?:holiday|break)\b|"
        # "August was kinder: the Dow gained 3.2%"
        r"(?:" + _MONTH_NAMES + r")\s+was\s+(?:[\w-]+\s+){0,3}?[\w-]+(?=:)|"
        # "December to date it has lost 1.5%"
        r"(?:" + _MONTH_NAMES + r")[-\s]to[-\s]date|"
        r"(?:week|month|quarter|year)\s+in\s+(?:numbers|figures)|"  # "Week in numbers:"
        r"(?:past|last|previous)\s+(?:\w+\s+)?(?:days|sessions|weeks|months)|this\s+past\s+(?:week|month)|"
        # "capping a week in which Germany's benchmark lost 3.3 percent"
        r"an?\s+(?:week|month|quarter|year|(?:first|second)\s+half)\s+in\s+which|"
        # "snapping a two-day losing streak in which it had shed almost 1.5 percent"
        r"(?:streak|run|stretch|slide|selloff|sell-off|rally)\s+(?:in|during)\s+which|"
        # "jumped about 8 percent between Oct. 2 and Thursday"
        r"between\s+(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}|"
        r"(?:Mon|Tues|Wednes|Thurs|Fri)day)\b|over\s+(?:\w+\s+)?(?:sessions|days|weeks|months)|"
        r"since\s+(?:the\s+start|the\s+beginning|the\s+end\s+of|end-|January|February|March|April|May|June|July|August|September|"
        r"October|November|December|early|mid|late)|"
        r"since\s+(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?\s+\d{1,2}(?!\d|,?\s+when\b)|"
        # "left the index down 10.5% since Wednesday's close": the sessions since that day's
        # (not "tumbled 9.7% in its first trading since Wednesday": a day's move after a break)
        r"(?<!trading\s)(?<!session\s)(?<!day\s)since\s+(?:last\s+)?(?:Mon|Tues|Wednes|Thurs|Fri)day\b(?!,?\s+when\b)|"
        r"since\s+(?:its|their|the)\s+(?:[\w.,-]+\s+){0,3}(?:record|high|highs|low|lows|peak|close|trough)|"
        # "From its March 23, 2020, close of 2,237.40, the S&P 500 has gained 199%": the move since that close
        # (not "from the previous close of")
        r"from\s+(?:its|their|the)\s+(?!previous\b|prior\b|last\b)(?:[\w.,-]+\s+){0,4}?(?:close|low|trough)\s+of\s+(?=\d)|"
        r"since\s+(?:hitting|reaching|touching|setting|peaking|bottoming|topping)|"
        # "Since the Bundestag election on February 23, the DAX has gained more than 3 percent"
        # ... "since Trump's "Liberation Day" announcement on April 2"
        r"since\s+(?:(?:the|last\s+\w+['’]s|[A-Z][\w.-]*['’]s)\s+(?!open\b|opening\b)|"
        r"(?=[\w'’-]+\s+(?:election|vote|inauguration)\b)|"
        r"(?=election|inauguration))(?:[\w'’\"“”-]+\s+){0,3}?(?:election|vote|decision|"
        r"announcement|meeting|summit|deal|agreement|ceasefire|truce|selloff|sell-off|rout|crash|shock|"
        # ("since the Fed's first cut of the cycle on September 18 2024")
        r"inauguration|referendum|budget|results?|cut|hike)\b|"
        # "For the whole of August, the Shanghai Composite gained 7.97%"
        # "For the whole of last year, the TAIEX gained 28.47 percent"
        r"(?:in|for|over)\s+the\s+(?:whole|entire|full)\s+of\s+(?:last|this|the\s+past)\s+(?:year|month|quarter|week)|"
        r"(?:in|for|over)\s+(?:the\s+(?:whole|entire|full)\s+(?:month\s+)?of\s+)?(?:January|February|March|April|"
        r"May|June|July|August|"
        r"September|October|November|December)\b(?!\s+\d)|in\s+20\d\d|across\s+the\s+(?:whole\s+)?year|"
        r"for\s+20\d\d|in\s+the\s+(?:first|second|third|fourth)\s+(?:quarter|half(?!\s+of\s+(?:the\s+)?(?:trade|trading|"
        r"session|day)\b))|(?:same|that)\s+period|"
        # "surged 19.9 percent that month", "rising 23% over a year that ended ...", "it has since gained 29%"
        r"that\s+(?:month|week|quarter)\b|over\s+a\s+(?:year|month|week|quarter)\b|(?:has|have|had)\s+since\b|"
        r"(?:in|over|during)\s+(?:that|the\s+same)\s+(?:stretch|span|run)|"
        # "jumped 20% over the period", "climbed 7.9% in the six months"
        r"(?:in|over|during|for)\s+the\s+(?:whole\s+|entire\s+)?(?:period|(?:three|six|nine|twelve|12)\s+months)|"
        r"(?<!day\sof\s)(?<!session\sof\s)(?:the|its)\s+(?:first|second)\s+half"
        r"(?!\s+of\s+(?:trade|trading|the\s+(?:session|day|trading)))|(?:first|second)-half|half-year|"
        # "its third-quarter gain", "Third-quarter performance of major indexes:"; not "Sony's ... gains"
        r"(?:its|their|a|the|[\d.]+\s?(?:%|per\s?cent|percent))\s+(?:first|second|third|fourth)-quarter\s+"
        r"(?:gains?|loss(?:es)?|rise|fall|returns?|advance|decline|drop)|"
        r"(?:first|second|third|fourth)-quarter\s+performance|"
        r"(?:the|its)\s+(?:first|last|past)\s+(?:three|six|nine|\d{1,2})\s+months|"
        # "finished the three months marginally lower"
        r"(?:ended|ending|ends|finished|finishing|finishes|closed|closing|closes)\s+the\s+(?:three|six|nine|twelve)\s+months|over\s+the\s+(?:\w+\s+)?months|"
        r"(?:financial|fiscal)\s+year|(?:in|over|for|during)\s+fiscal\s+20\d\d\b|20\d\d-\d\d\b|lunar\s+year|lunar-year|year\s+of\s+the\s+\w+|"
        r"(?:Q[1-4]|H[12])\s+20\d\d\b|"  # "Q1 2025 performance"
        # the Hindu year from Diwali to Diwali: "In Samvat 2081, the Sensex gained 6.26%"; not "As Samvat 2082
        # Begins", "to usher in Samvat 2082"
        r"(?<!usher\s)(?<!ushered\s)(?<!ushering\s)(?:in|during|over|through|for)\s+samvat\s+20\d\d|"
        r"(?:week|month|quarter|year)\s+in\s+which|(?:month|week|quarter)(?:-to-|\s+to\s+)date|mtd|wtd|qtd|"
        # a broker's "fell 3.95% w/w", "up 2% m/m"
        r"[wmq]/[wmq](?![\w/])|"
        # "The selloff followed a strong July, in which the S&P 500 gained 2.2%"
        r"(?:" + _MONTH_NAMES + r"),?\s+in\s+which|"
        # (not "the three major indexes ended 2025 lower on Wednesday, with the S&P 500 falling 0.74%": the
        # year's last session)
        r"(?:ends|ended|finishes|finished|closes|closed)\s+(?:out\s+)?20\d\d\b"
        # ("SINGAPORE shares ended 2025 at a record high on Wednesday (Dec 31), with the STI rising 0.3%")
        r"(?!\s+(?:(?:higher|lower|mixed|up|down|flat|at\s+an?\s+(?:record|fresh|new)\s+(?:high|low|close)|"
        r"on\s+an?\s+[\w-]+\s+(?:note|footing))\s+)?(?:on\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri)day|"
        # ("Indian equity benchmarks ended 2025 on a strong note, with the Nifty50 rising 0.74 per cent")
        r"Dec(?:\.|ember)?\s+31|today)\b|\s+on\s+an?\s+[\w-]+\s+(?:note|footing),?\s+with\b)|"
        # "Sensex, Nifty end 2025 with gains of 9% and 10.5%"; not "slipped 0.87% to close out 2025"
        r"(?:end|ending|finish|finishing|close|closing)\s+(?:out\s+)?20\d\d\s+(?:with|up|down|higher|lower)\b|"
        # a headline without the article: "TAIEX ends week down 1.8%"
        r"(?:ends|ended|finishes|finished|closes|closed)\s+(?:week|month|quarter|year)\b|"
        # "DAX ends first half up 20%", "the CAC 40 ended the half up 3.9%"
        r"(?:ends|ended|finishes|finished|closes|closed|closing|ending|finishing)(?:\s+out)?\s+(?:the\s+)?"
        r"(?:first\s+|second\s+)?half(?![\w-])(?!\s+of\s+(?:trade|trading|the\s+(?:session|day|trading)))|"
        r"since\s+(?:her|his|their)\s+\w+|"
        r"(?:from|below|above|under|off)\s+its\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\s+"
        r"close|"
        # "has climbed 21.4 per cent from its close on April 7", right after the figure
        r"(?:(?<=%\s)|(?<=%\s\s)|(?<=cent\s)|(?<=cent\s\s))(?:from|below|above|under|off)\s+(?:its|the)\s+close\s+(?:on|of)\s+(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|"
        r"Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}|(?:Mon|Tues|Wednes|Thurs|Fri)day)\b|"
        # "rallying 18.8 per cent from that day's close", "9 per cent below where it stood on April 2"
        r"(?:from|since|below|above)\s+(?:that|the\s+previous)\s+day['’]s\s+close|"
        r"(?:below|above)\s+where\s+it\s+(?:stood|was|closed|ended|finished)|"
        r"\bQ[1-4]\b|\bH[12]\b|\bFY\s?(?:20)?\d\d\b|"  # "For FY25", "end FY2025"
        r"(?:its|their|the)\s+(?:January|February|March|April|May|June|July|August|September|October|November|"
        r"December)\s+(?:gain|loss|advance|decline|rise|fall|drop|rally|slide|performance)|"
        # "Nikkei Caps 16.6% October Surge": a month's move right after its figure
        r"(?:(?<=%\s)|(?<=%\s\s))(?:January|February|March|April|May|June|July|August|September|October|November|"
        r"December)\s+(?:gain|loss|advance|decline|rise|fall|drop|rally|slide|surge|jump|slump|rout|plunge)s?\b|"
        r"(?:ended|ends|ending|finished|finishes|finishing|closed(?:\s+out)?|closes|closing|wrapped\s+up|"
        r"rounding\s+off|capping\s+off)\s+(?:January|February|March|April|May|June|July|August|September|October|"
        r"November|December)\s+(?:with|up|down|higher|lower|[\d.]+\s?(?:%|percent|per\s?cent|pct)\s+(?:higher|lower|up|down))|"
        r"(?:over|during|through|for)\s+Samvat\s+\d{4}|Samvat\s+\d{4}\s+(?:ended|closed|finished)|"
        # ("had shed 25.5% from that peak", "Since that close, the benchmark has risen 62%", "Since then, it
        # has surged more than 60%", "By March 2009 it had lost 82% of its value")
        r"from\s+(?:its|their|an?|the|that|this)\s+(?:[\w.,-]+\s+){0,3}(?:low|lows|high|highs|peak|record|trough)|"
        # (opening its sentence: not "Stocks have been volatile since then, with the CSI 300 falling 1.2%")
        r"(?-i:Since)\s+(?:then|that\s+(?:close|low|high|peak|trough|bottom|day|point))\b|"
        r"by\s+(?:the\s+end\s+of\s+)?(?:" + _MONTH_NAMES + r")\s+(?:19|20)\d\d\b|"
        # "was up 28.0 percent from the end of last year"
        r"(?:from|since)\s+the\s+(?:end|start|beginning|close)\s+of\s+(?:last|the\s+previous|the)\s+(?:year|month|week)|"
        # "set an intraday record of 24,479.40 on June 5 and is now 2.3% below that level"
        r"[\d.]+\s?(?:%|per\s?cent|percent)\s+(?:below|under|above|off)\s+that\s+(?:level|mark)|"
        + _FROM_PEAK_WORDS
    )
    + r")\b",
    re.I,
)
_RECORD_QUALIFIER = re.compile(
    r"\bfirst\s+time\s+(?:since|in)\b[^,;]*|\bfirst\s+(?:close|finish)\s+(?:above|below|over|under)\b(?:[^,;]|,\d)*|\b(?:highest|lowest|best|worst|strongest|weakest|biggest|largest|sharpest|steepest|longest)\b"
    # to the clause's end, or to a clause with a figure of its own: "its lowest level in weeks and is down
    # 1.9% for December" keeps the December move's (not "its worst day in six months and its first weekly
    # loss")
    r"(?:(?!\s(?:and|but|while)\s[^,;]*\d)[^,;])*|"
    r"\b(?:record|all-time|all\s+time)\s+(?:closing\s+)?(?:high|low|close|finish)s?\s+since\b[^,;]*|"
    # "on hopes of a Federal Reserve rate cut this month": the time of news to come, not of the move
    r"\b(?:rate\s+cut|rate\s+hike|rate\s+increase|meeting|decision|election|vote|summit)s?\s+(?:later\s+)?"
    r"(?:this|next)\s+(?:week|month|quarter|year)\b|"
    # "to top its prior record set earlier this month": the day of the record, not of the move
    r"\b(?:record|high|peak)s?\s+(?:close\s+)?(?:it\s+)?(?:set|reached|hit|notched)\s+(?:earlier|late|early)\s+"
    r"(?:this|last)\s+(?:week|month|quarter|year)\b|"
    # "Its closing low for the year was 31,136.58 on April 7": the year's extreme, a session's close
    r"\b(?:closing|intraday)\s+(?:high|low|peak|trough)\s+(?:for|of)\s+the\s+(?:year|month|week)\b",
    re.I,
)
# Another market's close, the time of a live figure: "at the time of the European close", "at the close of
# trading in London" (lower case: _ARTICLE_INTRADAY_LOWER reads lower-cased text)
_AT_ANOTHER_CLOSE = (
    # (Sharecast's "at the time of London's close the Dow Jones Industrial Average was down 0.1%")
    r"at\s+the\s+time\s+of\s+(?:the\s+(?:european|london|asian|paris|frankfurt|milan|madrid|zurich)|"
    r"(?:london|europe|paris|frankfurt)['’]s)\s+close|"
    # "Shortly before the European close, the Nasdaq was up 0.9 percent"
    r"(?:shortly|just)\s+before\s+the\s+(?:european|london|paris|frankfurt|asian|tokyo)\s+close|"
    r"at\s+the\s+(?:close|end)\s+of\s+(?:trading|trade|play)\s+in\s+(?:europe|london)|"
    # "was up 0.3% by the London close", "by the time European markets closed": New York still trades
    r"(?:by|around|near|at)\s+(?:the\s+(?:european|london|paris|frankfurt|asian|tokyo)|"
    r"(?:london|europe|paris|frankfurt)['’]s)\s+close|"
    r"by\s+the\s+time\s+(?:european|london|asian)\s+(?:markets|stocks|shares|bourses|trading)\s+closed|"
    # "at the time European markets closed", "by the time London closed", "by the time trading ended in
    # Frankfurt"
    r"(?:by|at)\s+the\s+time\s+(?:(?:european|london|asian|uk)\s+(?:markets|stocks|shares|bourses)|london|europe|"
    r"frankfurt|paris)\s+(?:closed|ended|finished|shut)|"
    r"(?:by|at)\s+the\s+time\s+trading\s+(?:closed|ended|finished)\s+in\s+(?:europe|london|frankfurt|paris)|"
    r"when\s+trading\s+in\s+(?:europe|london|frankfurt|paris)\s+(?:closed|ended|finished)|"
    r"when\s+(?:european|london|uk|asian)\s+(?:markets|stocks|shares|bourses|trading)\s+(?:closed|ended|finished)|"
    # "the Dow was up 0.5% as European markets closed", "at the close of European trading", "was down 0.1
    # percent when trading ended in Frankfurt"
    r"as\s+(?:european|london|uk|asian)\s+(?:markets|stocks|shares|bourses|trading)\s+(?:closed|ended|finished)|"
    r"at\s+the\s+(?:close|end)\s+of\s+(?:european|london|uk|asian)\s+(?:trading|trade|markets)|"
    r"when\s+trading\s+(?:closed|ended|finished)\s+in\s+(?:europe|london|frankfurt|paris)|"
    # "was up 0.2% when Paris closed", "with the Dow Jones up 1.1% as trading ended in Paris"
    r"(?:when|as)\s+(?:europe|london|frankfurt|paris|milan|madrid)\s+(?:closed|ended|finished)|"
    r"as\s+trading\s+(?:closed|ended|finished)\s+in\s+(?:europe|london|frankfurt|paris|milan|madrid)"
)
# The session still under way: "at the time of writing", "about 10 minutes into the session", "within
# minutes of the open", "shortly after 9:20 a.m."
_STILL_TRADING = (
    r"at\s+the\s+time\s+of\s+writing|minutes\s+into\s+(?:the\s+)?(?:session|trading|trade|the\s+day)|"
    r"within\s+(?:\w+\s+){0,2}minutes\s+of|after\s+\d{1,2}[:.]\d{2}\s*(?:a\.m|am)"
)
# a session's two ends: "swung between a 4.7% loss and a 3.4% gain", "careening between"
# (or "swinging from a drop of roughly 1,700 points to a gain of nearly 900")
_SWING_VERB = r"(?:swung|swinging|swings|careened|careening)"
_SWING_BETWEEN = _SWING_VERB + r"\s+(?:between|from(?=\s+an?\s))"
_INTRADAY_STRONG = re.compile(
    r"\b("
    + _trie(
        # ("its widest intraday swing since April": the size of the day's range, no time of the figure)
        r"as\s+much\s+as|as\s+high\s+as|as\s+low\s+as|at\s+one\s+point|intraday(?!\s+swing)|intra-day|midday|"
        r"mid-day|morning(?!\s+(?:report|bid|brief|briefing|wrap|note|call|squawk)\b)|lunch|early\s+trade|by\s+noon|"
        # "was still 0.2 per cent higher at noon"; not a half-day's close, "when trading ended at noon"
        # (nor "to close at 20,225 at noon")
        r"(?<!ended\s)(?<!closed\s)(?<!closes\s)(?<!finished\s)(?<!shut\s)(?<!\d\s)(?<!\d\s\s)at\s+noon|"
        # "rose above 48,000 for the first time during the afternoon session"
        r"during\s+the\s+afternoon\s+session|"
        r"early\s+trading|early\s+deals|in\s+early(?!\s+(?:"
        + _MONTH_NAMES
        + r"|20\d\d)\b)|at\s+the\s+open|after\s+the\s+open|opening\s+bell|opened|opening|"
        r"started\s+the\s+day|began\s+the\s+day|started\s+the\s+session|began\s+the\s+session|"
        r"after\s+the\s+start\s+of\s+trading|"
        # "after setting a record high of 24,771.34 points in the early afternoon"
        r"in\s+the\s+early\s+afternoon|in\s+the\s+late\s+morning|" + _HEADED_FOR + "|"
        # "Nasdaq Erases 2.6% Gain", "gave up an early 1% rise": a gain the session took back
        r"(?:erases?|erased|erasing|wipes?\s+out|wiped\s+out|wiping\s+out|gives?\s+up|gave\s+up|giving\s+up)"
        # ("Dow erases 400-point rally to end slightly lower")
        r"(?=\s+(?:an?\s+|its\s+)?(?:early\s+|morning\s+|intraday\s+)?(?:[\d.]+\s*%|[\d,]+-point)\s+(?:gain|rise|rally|advance|jump|"
        r"loss|drop|fall|decline|slide)s?\b"
        # not "erasing a 2.1% gain from Wednesday", "its 1.4% gain from the previous session"
        r"(?!\s+(?:from|of)\s+(?:the\s+)?(?:previous|prior|day\s+before|yesterday|last|Mon|Tues|Wednes|Thurs|Fri)))|"
        # "swung from a 1.9% gain to a 1.6% loss": where it was before it turned
        # ("S&P 500 swings from 1.9% gain to 1.6% loss": a headline's, without the article)
        r"(?:swung|swinging|swings|flipped|flipping|reversed|reversing)\s+from(?=\s+(?:an?\s+)?(?:[\w-]+\s+)?[\d.]+\s*%)|"
        # "trimming an advance that had reached 1.2%": the session's extreme before the close
        r"(?:advance|gain|rally|rise|drop|decline|loss|slide)\s+that\s+had\s+(?:reached|hit|touched)(?=\s+[\d.]+\s*%)|"
        r"began\s+\w+\s+session|as\s+of\s+\d|earlier\s+in\s+the\s+(?:day|session)|early\s+in\s+the\s+(?:day|session)|"
        r"touched|touching|afternoon\s+trade|afternoon\s+trading|afternoon\s+deals|mid-?session|in\s+the\s+(?:first|opening)\s+(?:few\s+|\d+\s+)?minutes|first\s+hour\s+of\s+trad(?:e|ing)|late\s+trade|late\s+trading|"
        r"briefly|during\s+\w+['’]s\s+session|"
        + _AT_ANOTHER_CLOSE
        + "|"
        + _STILL_TRADING
        + "|"
        + _SWING_BETWEEN
        + r"|"
        # "the Nasdaq traded 2.6% higher at its peak"
        r"at\s+its\s+peak|at\s+their\s+peak|at\s+(?:its|their)\s+daily\s+(?:high|low)|"
        # "ended up 1.21 percent at 33,309.58, after moving between 32,987.40 and 33,412.05": the day's range
        r"(?:moved|moving|traded|trading|ranged|ranging|fluctuated|fluctuating)\s+between"
        r"(?=\s+\d[\d,]*(?:\.\d+)?(?!\d|\s*(?:%|per\s?cent|percent)))|"
        r"by\s+the\s+break|in\s+the\s+afternoon|by\s+\d{3,4}\s+GMT|during\s+the\s+(?:day|session)|"
        # "its all-time high of 24,771 points, set during trading on October 9"
        r"(?:(?<=set\s)|(?<=hit\s)|(?<=reached\s))during\s+trading|"
        r"by\s+(?:early\s+|late\s+|mid-?)?(?:morning|afternoon)|"
        r"(?:by|as\s+of)\s+\d{1,2}[:.]\d{2}\s*(?:a\.m|p\.m|am|pm)|at\s+\d{1,2}[:.]\d{2}\s*(?:a\.m|am)"
    )
    + r")\b",
    re.I,
)
_CLOSE = re.compile(
    r"\b("
    + _trie(
        r"closed|closes|close|closing|ended|ends|ending|end|finished|finishes|finishing|finish|settled|"
        r"settles|settle|settling|at\s+the\s+bell|session\s+ended"
    )
    + r")\b",
    re.I,
)
_INTRADAY_WEAK = re.compile(
    r"\b(?:was|were|is|are)\s+(?:\w+\s+|[\d.,]+\s?%\s+)?(?:up|down|off|higher|lower|trading|at|flat|weaker|stronger|firmer|softer)\b|"
    # "the Dax in Frankfurt was losing 0.63%": a move under way
    r"\b(?:was|were|is|are)\s+(?:losing|gaining|shedding|adding|giving\s+up)\b|"
    r"\b(?:trading|traded)\s+(?:up|down|higher|lower|at|around|near)\b",
    re.I,
)
# not the time of an event past: "The ISM services index, released at 10:00 ET", "Trading began at 09:30 ET",
# "with trading closing at 21:00 GMT" (but an event to come, "ahead of the Fed decision at 14:00 ET", is
# written before it, while markets trade; "announced its decision at 14:00 ET" is read in _live_regions)
_NOT_AN_EVENTS_TIME = "".join(
    rf"(?<!{word}\s)" for word in "released|began|opened|announced|published|closing|closes|spoke".split("|")
)
_ARTICLE_INTRADAY = re.compile(
    r"\b("
    + _trie(
        r"midday\s+break|at\s+midday|by\s+midday|midday\s+trade|midday\s+trading|morning\s+session|"
        r"morning\s+trade|morning\s+trading|after\s+the\s+start\s+of\s+trading|"
        r"early\s+trade|early\s+trading|first\s+\d+\s+minutes|"
        # "Hong Kong's Hang Seng index fell 0.9% in its first hour of trade"
        r"first\s+hour\s+of\s+(?:trading|trade)|"
        # Les Echos's "Around 12:30, the CAC 40 was down 0.81%": a clock of the report's own zone
        r"(?:around|towards|by)\s+\d{1,2}[:.]\d{2}(?=,)|"
        # Europa Press's "were also in positive territory at 12.00 hours"
        r"(?:at|by|around)\s+\d{1,2}[.:]\d{2}\s+hours|"
        + _NOT_AN_EVENTS_TIME
        + r"(?:as\s+of|by|around|at)\s+\d{3,4}\s+GMT|"
        # Investing.com's "At 03:10 ET (07:10 GMT), the DAX index traded 0.3% higher"
        # (zones in both cases: _ARTICLE_INTRADAY_LOWER reads lower-cased text)
        + _NOT_AN_EVENTS_TIME
        + r"(?:as\s+of|by|around|at)\s+\d{1,2}:\d{2}\s+"
        r"(?:[Ee][Tt]|[Gg][Mm][Tt]|[Bb][Ss][Tt]|[Cc][Ee][Ss]?[Tt])\b|"
        r"afternoon\s+trade|afternoon\s+trading|afternoon\s+deals|(?:by|at)\s+lunchtime|"
        # "off 1.4% by mid-morning in New York", "in mid-afternoon trading"
        r"(?:by|around)\s+mid-?(?:morning|afternoon|session)|"
        r"mid-?(?:morning|afternoon)\s+(?:trade|trading|deals)|by\s+early\s+afternoon|was\s+last|were\s+last|"
        r"this\s+afternoon|this\s+morning|(?:monday|tuesday|wednesday|thursday|friday)\s+morning|are\s+trading|\d{1,2}[.:]\d{2}\s*(?:am|pm|a\.m\.|p\.m\.)\s+(?:gmt|bst|et|est|edt|(?:ist|jst|hkt|sgt|kst|aedt|aest)(?=:))|"
        r"lunch\s+break|broke\s+for\s+lunch|at\s+the\s+open|were\s+trading|was\s+trading|"
        r"where\s+trading\s+(?:began|started|opened)|" + _HEADED_FOR + "|"
        r"opened\s+(?:higher|lower|up|down|flat|firmer|weaker|mixed)|"
        r"traded\s+(?:higher|lower)|(?:trade|trading)\s+mixed|began\s+\w+\s+session|in\s+early\s+deals|"
        + _AT_ANOTHER_CLOSE
        + r"|(?:by|as\s+of)\s+\d{1,2}[:.]\d{2}\s*(?:a\.m|p\.m|am|pm)|at\s+\d{1,2}[:.]\d{2}\s*(?:a\.m|am)|"
        r"(?:by|as\s+of)\s+\d{1,2}\s*(?:a\.m|am)"
    )
    # "U.S. stocks extended gains Wednesday afternoon" (not "minutes released Wednesday afternoon"); a weekday
    # first, so the lower-case pattern's lookahead still skips to a cue's first letter
    + r"|(?:"
    + "|".join(
        rf"(?<={word}\s{on})"
        for word in ("gains", "losses", "higher", "lower", "up", "down", "red", "green")
        for on in ("", r"on\s")
    )
    + ")"
    + r"(?:monday|tuesday|wednesday|thursday|friday)\s+afternoon"
    + r")\b",
    re.I,
)
_ABOUT = r"(?:(?:about|nearly|almost|roughly|more\s+than|over|just\s+over)\s+)?"
_SPAN_COUNT = (
    r"(?:a|an|\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|eighteen|twenty)"
)
# a span's count not right after "near" ("near 10-year high"), the check made after each word so that the
# words can share a trie
_NOT_NEAR_SPAN_COUNT = (
    "|".join(
        f"{w}(?<!near\\s{w})"
        for w in "a an one two three four five six seven eight nine ten eleven twelve fifteen eighteen "
        "twenty".split()
    )
    + r"|\d(?<!near\s\d)\d{0,2}"
)
# what makes a superlative a record: "since 2008", "ever", "in its history", "in about 10 years"
_RECORD_SINCE_TAIL = (
    r"(?:since|ever|on\s+record|in\s+(?:its|their)\s+(?:[\w-]+\s+)?history|in\s+"
    + _ABOUT
    + _SPAN_COUNT
    + r"\s+(?:years?|months?|weeks?|decades?)\b|this\s+year)"
)
_RECORD = re.compile(
    r"\b("
    + _trie(
        r"record|all-time|"
        # "after touching a lifetime high of 26,310.45"
        r"lifetime\s+(?:closing\s+|intraday\s+)?(?:highs?|peaks?|lows?)\b|"
        # "its previous closing peak of 8,851.67": the record a move topped
        r"(?:previous|prior)\s+(?:(?:all-time|closing|intraday)\s+)?(?:highs?|peaks?)\b|"
        # "for the first time", "for 1st time", "its first close above 47,000", "for the first time since
        # January" (a record since then, _record_scope), not "rose for the first time in five sessions"
        r"(?:first|1st)(?:-ever|\s+ever)?\s+(?:time\b(?!\s+in\s+[\w\s-]{1,20}?\b(?:sessions|days)\b)|"
        r"(?:close|finish)\s+(?:above|below|over|under)\b)|"
        # "The Nikkei first closed above 50,000 on Oct. 27", "The index first broke through 9,000" (not "...,
        # having first breached 9,000 intraday last Tuesday": an earlier day's)
        r"first(?<!having\sfirst)(?<!had\sfirst)\s+(?:closed|finished|ended|settled)\s+(?:above|below|over|under)\b|"
        r"first(?<!having\sfirst)(?<!had\sfirst)\s+(?:topped|crossed|broke\s+(?:through|above)|breached|surpassed)\b|"
        # "to close at 4,215.72, a new closing high", "jumped 1.5 per cent to a fresh high": a record unless
        # qualified ("a fresh high for the year", "new 52-week highs" do not match)
        r"(?:new|fresh)\s+(?:closing\s+|intraday\s+)?(?:highs?|peaks?)\b(?!\s+(?:since|this|(?:for|of)\s+(?:the\s+)?"
        r"(?:year|month|week|session|day|20\d\d)|in\s+(?:\d|a|an|one|two|three|four|five|six|seven|eight|nine|ten|"
        r"over|more|nearly|about|almost)\b))|"
        # "at 26,086, a four-year high", "plunges 7.8% to 18-month low", "hit decade high": a record of that
        # span (not "near 10-year high")
        r"(?:"
        + _NOT_NEAR_SPAN_COUNT
        + r")[- ](?:year|month|week)[- ](?:closing\s+|intraday\s+)?(?:high|low|peak)s?\b|"
        r"decade(?<!near\sdecade)[- ](?:closing\s+|intraday\s+)?(?:high|low|peak)s?\b|"
        # "jumped 12%, the most since 2001": the move's size
        r"the\s+most\s+since\b|most\s+since\b|"
        r"(?:highest|lowest|best|worst|strongest|weakest)\b[^,;]*?" + _RECORD_SINCE_TAIL + "|"
        # a move's superlative names the move: "biggest one-day drop since", not "largest stimulus since"
        r"(?:biggest|largest|sharpest|steepest)\s+(?:[\w-]+\s+){0,3}?(?:gains?|rises?|drops?|falls?|declines?|"
        r"loss(?:es)?|rall(?:y|ies)|advances?|jumps?|slides?|slumps?|plunges?|sell-?offs?|moves?|day|week|month|"
        r"quarter|year|session|percentage|point)\b[^,;]*?" + _RECORD_SINCE_TAIL
    )
    + ")",
    re.I,
)
_RECORD_SINCE = re.compile(
    r"\bsince\s+(?:(?P<year>(?:19|20)\d\d)\b|the\s+(?P<ord>\d{1,2})(?:st|nd|rd|th)\b|"
    r"(?P<month>[A-Za-z]{3,9})\.?(?:\s+(?P<day>\d{1,2})\b)?(?:,?\s+(?P<myear>(?:19|20)\d\d)\b)?)",
    re.I,
)
# "highest in eight years", "biggest drop in about 10 months", "worst day in a month"
_RECORD_SPAN = re.compile(
    r"\bin\s+" + _ABOUT + r"(?:(?P<n>\d{1,3})|(?P<word>[a-z]+))\s+(?P<unit>year|month|week|decade)s?\b", re.I
)
_NUMBER_WORDS = {
    "a": 1,
    "an": 1,
} | {
    w: i
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
        "sixteen seventeen eighteen nineteen twenty".split()
    )
}
_QUALIFIED_RECORD = re.compile(
    r"\b(?:new|fresh)\s+intraday\b|\b(?:highest|lowest)\s+(?:year-end|year\s+end|month-end|quarter-end)\b|"
    r"\brecord\s+(?:for\s+an?\s+)?(?:year-end|year\s+end|weekly|monthly|quarterly|annual|yearly|half-year|first-half|"
    r"opening|open|intraday|turnover|volume|inflows?|outflows?|daily|one-day|single-day|gains?|drops?|"
    r"falls?|rally|rallies|run|streak|number|\d+-(?:day|week|month|session))\b",
    re.I,
)
# "its best week since June", "worst day in five years": a record of the move, not of the level.
_PERFORMANCE_RECORD = re.compile(
    r"(?:best|worst|strongest|weakest|biggest|largest|sharpest|steepest|(?:the\s+)?most)\b"
    r"(?![^,;]*\b(?:close|closing|level|finish)\b)",
    re.I,
)
# "within 1% of its record close", "5% below its all-time high": the record is a reference point.
_RECORD_REFERENCE = re.compile(
    r"\b(?:of|from|below|above|off|than|since|near|under)\s+(?:its|their|the|a|an)\s+(?:[\w.-]+\s+){0,2}$|"
    # "up 573.98 points, or 1.34%, from Tuesday's record close"
    r"\b(?:from|below|above|off|than|since)\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day['’]s\s+$|"
    # a headline's "FTSE dips from record"
    r"\b(?:dips?|dipped|slips?|slipped|retreats?|retreated|falls?|fell|eases?|eased)\s+from\s+$",
    re.I,
)
# "after Nvidia's upbeat forecast", "the forecast": a noun, not a forecast of the index
_FORECAST_NOUN_BEFORE = re.compile(
    r"(?:\b(?:the|a|an|its|their|upbeat|strong|weak|rosy|bullish|bearish|gloomy|earnings|sales|revenue|profit|"
    r"guidance|outlook)|['’]s)\s+$",
    re.I,
)


def _is_modal(pre: str) -> bool:
    """Whether the words before a claim's figures make it a forecast ("could fall 5%"), not a noun
    "forecast" of other news ("after Nvidia's upbeat forecast before ending down 1.6%")."""
    return any(
        not (
            m.group(0).lower().startswith("forecast")
            and _FORECAST_NOUN_BEFORE.search(pre, max(0, m.start() - 30), m.start())
        )
        for m in _MODAL.finditer(pre)
    )


# a statistic of many past moves, not one move: "once every 18 months on average", "the average decline"
_ON_AVERAGE = re.compile(
    r"\b(?:on\s+average|once\s+every|has\s+averaged|(?:the|an)\s+average\s+(?:[\w-]+\s+)?"
    r"(?:decline|drop|fall|gain|return|loss|move|rise|rally|drawdown)s?)\b"
)
_LOW_RECORD = re.compile(
    r"\b(?:lowest|worst|weakest|record\s+lows?|all-time\s+lows?|lifetime\s+lows?|"
    r"(?:year|month|week|decade)[- ]lows?)\b",
    re.I,
)
# "its strongest year in more than a decade", "their best weekly performance since": a period's record
_PERIOD_PERFORMANCE = re.compile(
    r"(?:best|worst|strongest|weakest|biggest|largest)\s+(?:[\w-]+\s+)?"
    r"(?:weekly|monthly|quarterly|annual|yearly|week|month|quarter|year)\b",
    re.I,
)
# "a four-year high", "18-month low", "decade high": how long back the record reaches
_SPAN_HIGH = re.compile(
    r"(?:(?P<n>" + _SPAN_COUNT + r")[- ](?P<unit>year|month|week)|(?P<decade>decade))[- ]", re.I
)
# "halts for 15 minutes if the S&P 500 falls 7%": a condition, not a move (not "as if", "even if")
_IF_BEFORE = re.compile(r"(?<!\bas\s)(?<!\beven\s)\bif\s+(?:the\s+)?$", re.I)
_MODAL = re.compile(
    r"\b("
    + _trie(
        r"could|would|may|might|will|should|expects?|expected|forecasts?|targets?|predicts?|see|sees|likely"
    )
    + r")\b(?<!(?-i:May))",  # the month is no modal
    re.I,
)
_MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ]
    )
    for m in names
}
_MONTH_RE = r"(" + _MONTH_NAMES + r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)"
_WEEKDAYS = {
    d: i for i, d in enumerate(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])
}
_DATE = re.compile(
    # "since Aug. 1" is a period's start, unless a when-clause says what happened on that day
    # ("since Aug. 1, when the KOSPI fell 3%").
    # "ahead of Nvidia's results due Wednesday": a day to come
    r"(?:(?<!since )(?<!from )(?<!until )(?<!between )(?<!through )(?<!due )(?<!due on )|"
    r"(?<=since )(?=(?:[A-Za-z]{3,9}\.?\s+\d{1,2}(?:\s+last\s+year|,?\s+(?:19|20)\d\d)?|"
    r"(?:Mon|Tues|Wednes|Thurs|Fri)day),?\s+when\b))\b(?:"
    # "April 9", "April 9th" (The Economist's), "9 April", "9th April"
    rf"(?P<md>(?P<md_month>{_MONTH_RE})\.?\s+(?P<md_day>\d{{1,2}})(?:st|nd|rd|th)?\b"
    r"(?!,?\s*(?!(?:19|20)\d\d\b)\d{3}|\s*-)"
    r"(?:,?\s+(?P<md_year>(?:19|20)\d\d)|\s+(?P<md_last>last\s+year\b))?)|"
    rf"(?P<dm>(?P<dm_day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<dm_month>{_MONTH_RE})\b"
    r"(?:\s+(?P<dm_last>last\s+year\b)|,?\s+(?P<dm_year>(?:19|20)\d\d)\b)?)|"
    rf"(?P<my>{_MONTH_RE}\s+(?P<my_year>(?:19|20)\d\d))|"
    r"(?P<last>last\s+(?P<last_wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))|"
    # (not "the Good Friday holiday" nor "a day now known as Black Monday": a name, not the day of a session)
    # ... and "on Friday, April 4", "on Monday, August 24 2015": that date, whatever the weekday's distance
    r"(?P<wd>(?!(?<=Good\s)Friday\s+(?:holiday|break|weekend))(?!(?<=as\sBlack\s)Monday)(?:on\s+)?(?P<wd_name>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    rf"(?:['’]s|,\s+(?P<wd_month>{_MONTH_RE})\.?\s+(?P<wd_day>\d{{1,2}})(?:st|nd|rd|th)?\b"
    r"(?!,?\s*(?!(?:19|20)\d\d\b)\d{3}|\s*-)"
    r"(?:,?\s+(?P<wd_year>(?:19|20)\d\d)\b)?)?)\b|"
    # "set on Christmas Eve", "in a shortened New Year's Eve session": the year's last sessions, by name
    # (not "on Lunar New Year's Eve", a day of January or February)
    r"(?P<eve>(?:on\s+)?(?P<eve_name>Christmas\s+Eve|(?<!Lunar\s)(?<!Chinese\s)New\s+Year['’]s\s+Eve)(?:['’]s)?)\b|"
    # not "for the 12th consecutive session": a count
    r"(?P<ord>the\s+(?P<ord_day>\d{1,2})(?:st|nd|rd|th))\b(?!\s+(?:consecutive|straight|successive|session|"
    r"day|time|week|month|year|trading|largest|biggest|highest|lowest|best|worst)\b)|"
    r"(?P<dayback>the\s+(?:previous|prior)\s+(?:day|session|trading\s+day)(?!['’])|"
    # "surpassing the previous day's record close of 3,344.20" (the level after it only: not "ended at
    # 81,904.70, up 355.97 points over the previous day's close of 81,548.73")
    r"the\s+(?:previous|prior)\s+(?:day|session|trading\s+day)['’]s(?=\s+(?:record\s+|all-time\s+)?close\s+of\b)|"
    r"the\s+day\s+before(?!\s+(?:the|a|an|its|their|this|that)\b)|"
    r"a\s+day\s+earlier)|"
    # "tumbled 2.4%, a day after closing above 4,200": the figures after it are of the day before
    r"(?P<dayafter>(?:a|one|the)\s+(?:day|session|trading\s+day)\s+after)|"
    # "closed at a record 4,221.87 on Nov. 3, before hitting 4,226.75 the following day": the day after
    r"(?P<dayfwd>the\s+(?:following|next)\s+(?:day|session|trading\s+day)|a\s+day\s+later)|"
    r"(?P<today>today(?!['’]s))|"
    r"(?P<prev>overnight|yesterday|last\s+night|(?:previous|prior|last)\s+close(?![\w-]|\s+(?:of\s+(?:19|20)\d\d|before|in|on)\b)|previous\s+session['’]s(?:\s+close)?|"
    r"previous\s+trading\s+day|the\s+previous\s+session(?=\W+$))"
    r")",
    re.I,
)
# news that a release showed: "final data confirmed", "a report showed"
_DATA_SHOWED = r"(?:data|figures|reports?|survey|reading)\s+(?:showed|confirmed|indicated|revealed|suggested)"
_BREAK = re.compile(
    # (", with less exposure to tech, rose 289.33 points" is an aside: the same subject goes on)
    # (", while ending the year up 29.87 percent": the same subject's own participle goes on)
    r";|:\s|\s[-–—]\s|,\s*(?:while(?!\s+(?:ending|closing|finishing|posting|recording|capping|notching|marking|"
    r"bringing|taking|leaving)\b)|whereas|as|with(?!\s+futures)"
    r"(?![^,;.\d]{0,40},\s+(?:rose|fell|gained|lost|added|shed|climbed|dropped|declined|advanced|slipped|jumped|"
    r"closed|ended|finished)\b)|though|although)\b|"
    # AFP's "Frankfurt's DAX gained 0.4 percent, Paris slipped 0.1 percent": another market named by its city
    r",\s+(?=(?:Paris|London|Frankfurt|Milan|Madrid|Zurich|Amsterdam|Tokyo|Seoul|Sydney|Shanghai|Shenzhen|"
    r"Mumbai|Taipei|Singapore|Hong\s+Kong|Toronto|Sao\s+Paulo)\s+(?:[a-z]+ed|was|were|is|ended|rose|fell|lost|shed|"
    r"slid|sank|gained|added)\s+(?:[a-z]+\s+){0,2}[\d.]+\s?(?:%|percent|per\s?cent))|"
    # ", after Nvidia reported": another subject's clause; not ", after Friday's 4.26% slide"
    r",\s*after\s+(?=[A-Z])(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday)['’]s\b)|"
    # ", after the PCE price index for September ... came in at 2.8%": data's figures, not the index's
    r",\s*after\s+the\s+(?=[A-Z][\w&-]*\s+(?:[a-z-]+\s+){0,2}(?:index|data|report|figures?|reading|survey)\b)|"
    # "..., weighed by chipmakers" ends the clause; "..., weighed by chipmakers, and ended the week 1.7%
    # lower" goes on with the same subject
    r",\s*(?:dragged|led|weighed|pulled|helped|lifted|boosted|hit|hurt|driven|powered|propelled|buoyed)\s+"
    r"(?:\w+\s+)?by\b"
    # (nor "..., powered by TSMC, managed only about 25%", "..., powered by DeepSeek, but fell 4.3 percent")
    r"(?![^,;.\d]*,\s+(?:and\s+|but\s+)?(?:ended|closed|finished|settled|fell|rose|gained|lost|dropped|slipped|added|"
    r"climbed|declined|advanced|managed)\b)|\swhile\s(?!(?:ending|closing|finishing|posting|recording|capping|notching|marking|"
    r"bringing|taking|leaving)\b)|\swhereas\s|"
    # "The Nikkei's drop of 1.2% was led by SoftBank Group, which fell 5%": what drove the move comes after
    # (but "The S&P 500 was dragged down by Nvidia and closed 0.8% lower" goes on with the index, unless a
    # move noun is its subject: "The KOSPI's 2 percent gain was led by Samsung Electronics, closing 4.5
    # percent higher")
    r"\s(?:"
    + "|".join(
        f"(?<={noun}\\s)"
        for noun in "gain gains rise rally advance jump drop fall decline loss losses slide".split()
    )
    + r")(?:was|were)\s+(?:led|driven|dragged|powered|fuell?ed|pulled|pushed)\s+(?:\w+\s+)?by\b|"
    r"\s(?:was|were)\s+(?:led|driven|dragged|powered|fuell?ed|pulled|pushed)\s+(?:\w+\s+)?by\b"
    r"(?![^,;.\d]*(?:,\s*|\s+and\s+)(?:closed|closing|ended|ending|finished|finishing|settled|settling|fell|"
    r"rose|gained|lost|dropped|slipped|added|climbed|declined|advanced)\b)|"
    # not "between Oct. 2 and Thursday": a day after "and" goes on the clause
    r",?\s+(?:and|but)\s+(?=[A-Z])(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|"
    # a title-case headline's next verb: "Why the Nasdaq Reversed Course and Sank 2.2% Today"
    r"(?:Rose|Fell|Sank|Slid|Jumped|Climbed|Gained|Lost|Dropped|Tumbled|Plunged|Surged|Soared|Slumped|Declined|"
    r"Advanced(?!\s+[A-Z])|Ended|Closed|Finished|Rallied|Edged|Slipped|Dipped|Rebounded|Retreated)\b|"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d)|"
    r"\s(?:after|as|following|because|when)\s+(?=(?:data|figures|reports?|news|investors|traders|officials|"
    # "was flat after final data confirmed that Europe's largest economy contracted 0.2%"
    r"(?:[\w'’-]+\s+){1,3}" + _DATA_SHOWED + "|"
    r"the\s+\w+\s+(?:said|showed|reported|announced)|\w+\s+(?:said|showed|reported|announced)|"
    r"(?:[\w'’-]+\s+){0,3}(?:stocks|shares|names|makers|chipmakers|automakers|exporters|banks|lenders|maker|"
    r"chipmaker|automaker|carmaker|lender|giant|company|firm|insurer|retailer|miner|heavyweight))\b)|"
    r"\s(?:as|when)\s+(?=[A-Z])|"
    # "all closed at records on Thursday after Intel surged 22.8 per cent": a firm's move (an index named
    # there is the subject of its own clause)
    # ("after KOSPI 200 futures fell more than 5 percent": a contract the product does not track)
    r"\safter\s+(?=[A-Z][\w&.'’-]*(?:\s+(?:[A-Z][\w&.'’-]*|\d+)){0,2}\s+(?:shares\s+|futures\s+)?(?:surged|soared|jumped|rallied|"
    r"rose|climbed|gained|fell|dropped|slid|sank|slumped|tumbled|plunged|lost)\s+"
    r"(?:more\s+than\s+|about\s+|nearly\s+|almost\s+|over\s+)?[\d.]+)|"
    # "... on Thursday after the ECB cut its deposit rate by 25 basis points to 2.25%"
    r"\s(?:after|as|when)\s+(?=the\s+[A-Z][\w.&]*(?:\s+(?:of\s+)?[A-Z][\w.&]*){0,3}\s+(?:cut|cuts|raised|raises|held|"
    r"holds|kept|keeps|left|leaves|lowered|lowers|hiked|hikes|said|says|announced|reported|showed|decided|"
    r"signalled|signaled|unveiled)\b)|"
    # "..., lagging the MSCI Emerging Markets index's 27% rise": another benchmark's figure follows
    # (not "..., beating its previous record close of 42,224.02": its own old record)
    r",\s*(?:lagging|outpacing|trailing|beating(?!\s+(?:its|their)\s+(?:previous|prior|old|earlier|record|all-time)\b)|"
    r"underperforming|outperforming|versus|"
    # (not "..., compared with Thursday's close of 8,275.66" or "the index's Friday close of": its own close)
    rf"compared\s+with(?!\s+(?:(?:its|the|the\s+index['’]s)\s+)?(?:(?:previous|prior|last|{_WEEKDAY_NAME}(?:['’]s)?)\s+)?"
    r"close\s+of\b))\b|"
    # "..., and the Dow Jones Transportation Average climbed 1.9%", "and the broader All Ordinaries index
    # lost 1.9 percent": another index's clause
    r",?\s+(?:and|but|while)\s+the\s+(?:(?:broader|wider|smaller|narrower|tech-heavy|blue-chip)\s+)?"
    r"(?=(?:[A-Z][\w&.-]*\s+){1,4}(?:Average|Index|Composite|index|average)\b)"
    # (not "The FTSE 100 and the broader FTSE All-Share index both rose 0.5%": one move of the two)
    r"(?!(?:[A-Z][\w&.-]*\s+){1,4}(?:Average|Index|Composite|index|average)\s+(?:both|each|together)\b)|"
    # "..., who sees the Nifty at 27,500 by the end of 2026": a forecast
    r",?\s+(?:who|which|and)\s+(?:sees?|expects?|forecasts?|predicts?|targets?)\b|"
    # "..., a week after President Lee vowed to lift the index to 5,000": a pledge
    r"\s(?:vowed|vows|pledged|pledges|promised|promises|aims|aimed|wants|wanted)\s+to\b|"
    r",?\s+(?:and|but)\s+(?=(?:[\w'’-]+\s+){0,3}(?:stocks|shares|sector|sectors|names|makers|firms|companies|groups?|"
    r"gauge|gauges|yields?|bonds?|notes?|dollar|euro|yen|sterling|won|yuan|gold|oil|crude|bitcoin)\b)|"
    # "Germany's DAX lost 0.5%, and indexes fell 1.5% in Amsterdam": other markets' indexes (not the joint
    # subject of "Germany's DAX and bourses across Europe lost around 1.5%")
    r",\s+(?:and|but)\s+(?:indexes|indices|markets|bourses)\b",
)
_GROUP_BREAK = re.compile(
    r";|\b(?:and|but|yet|while|when|whereas|versus|compared|before)\b|"
    # "fell 1.5%, a sharp turnaround after it closed at a record 6,118.71 on Thursday": another day's close
    r"\bafter\s+(?:it|they)\s+(?:had\s+)?(?:closed|ended|finished|set|hit|reached)\b|"
    # "The Dow, which closed at a record 47,927.96 on Tuesday, was up 0.5%", "The DAX, which set a record
    # close of 24,549.56 on July 10, ended Monday up 1.2%": the clause's own predicate
    r",\s+(?:was|were|is|are|has|had)\s|"
    r",\s+(?:ended|closed|finished|settled|rose|fell|gained|lost|climbed|dropped|slipped|jumped|declined|"
    r"advanced|edged)\b|"
    # a headline's "STI briefly crosses 4,300 for the first time, closes 0.5% higher"
    r",\s+(?:ends|closes|finishes|settles)\b|"
    # "fell 1.2% on Tuesday after closing at a record 52,411.34 on Monday": another session
    r"\b(?:day|session)\s+after\b|\bafter\s+(?:closing|ending|finishing|settling)\b|"
    # "slipped 0.4% to 4,026.12 after topping 4,000 for the first time on Monday": another session's crossing
    # "... at the close, after briefly rising above the 26,000 level", "after sliding as much as 2.9%": the
    # session's earlier moment (not "closed at 3,953.76 after falling 1.81 percent", the day's move)
    r"\bafter\s+(?:(?:briefly|earlier|initially|first)\s+)?(?:topping|hitting|touching|crossing|breaching|"
    r"surpassing|reaching|setting)\b|"
    r"\bafter\s+(?:briefly|earlier|initially|first)\s+(?:rising|climbing|jumping|falling|dropping|sliding|sinking|"
    r"trading)\b|"
    r"\bafter\s+(?:rising|climbing|jumping|falling|dropping|sliding|sinking|surging|tumbling|plunging|gaining|"
    r"losing)\s+as\s+(?:much|high|low)\s+as\b|"
    # "dropped 2.5 percent to 50,212.27 after falling below 50,000 in the morning": the session's crossing
    r"\bafter\s+(?:rising|climbing|jumping|falling|dropping|sliding|sinking|slipping)\s+(?:below|above|under|past)\b|"
    # "slipped 0.4%, having set a record close of 6,144.15 on Wednesday": an earlier session
    r",\s+having\s+(?:closed|ended|finished|settled|set|hit|touched|reached)\b|"
    # "is called 95 points higher at 23,521 after Friday's 2.7% slump": that day's move
    r"\bafter\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|yesterday|last\s+week)['’]s\b|"
    # "closed at 9,931.38, down 8.66 points, giving it a gain of 21.5% for 2025": the sum it makes
    # (not "taking it to 7169.2": the level the move reached)
    r",\s+(?:giving|leaving|taking|bringing|putting|pushing|lifting|extending)\s+"
    r"(?:it|them|its|their|the|last\s+(?:year|month|week)['’]s)(?![\w'’])"
    r"(?!\s+(?:to|at)\b)",
    re.I,
)
_LEAD_PREP = re.compile(
    r"\b(?:in|among|on|of|across|within|into|for|from|by|than|versus|vs|like|over|dragged|pulled|weighed\s+on|"
    r"outperform\w*|underperform\w*|beat|track\w*|mirror\w*|tracks|followed|following|benchmarked\s+to|"
    r"pegged\s+to)\s+(?:the\s+)?"
    r"(?:[A-Z][\w.]*(?:\s[A-Z][\w.]*)?['’]s\s+)?(?:[a-z-]+\s+)?$"
)
_CAUSED_HEDGE = (
    r"(?:about\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+|as\s+much\s+as\s+|some\s+|roughly\s+)?"
)
_CAUSED_MOVE_AFTER = re.compile(
    rf"\s+(?:back\s+)?(?:(?:down|up|lower|higher)\s+(?:by\s+|to\s+)?{_CAUSED_HEDGE}\d|"
    rf"(?:by\s+)?{_CAUSED_HEDGE}[\d.,]+\s?(?:%|per\s?cent|percent|points?)\s+(?:lower|higher|down|up)\b|"
    r"(?:below|above|under|to)\s+[\d,.]+\d)|"
    # "pulled the Nasdaq off its highs to a 2.2% loss", "dragged the S&P 500 to its worst day in a month, a
    # fall of 1.56%"
    rf"[^.;]{{0,40}}?\bto\s+an?\s+{_CAUSED_HEDGE}[\d.,]+\s?(?:%|per\s?cent|percent|points?)\s+"
    r"(?:loss|gain|fall|drop|rise|decline)\b|"
    r"[^.;]{0,60}?,\s+an?\s+(?:fall|drop|loss|gain|rise|decline)\s+of\s+\d|"
    # "pulled the S&P 500 further from the record close of 6,118.71 it notched on Thursday"
    r"\s+(?:further|farther)\s+(?:away\s+)?(?:from|below)\s+(?:its|the)\s+(?:[\w-]+\s+){0,2}?(?:record|high|peak)\b",
    re.I,
)
# Nouns of a move, by direction ("a 1.2% weekly loss", "the 0.3% rise in the CSI 300")
_UP_NOUNS = frozenset("rise gain increase advance jump surge rally climb rebound bounce".split())
_DOWN_NOUNS = frozenset(
    "fall drop decline slide loss slump plunge retreat tumble dive sell-off selloff dip rout crash "
    "collapse".split()
)
_MOVE_NOUN = r"(?:" + "|".join(sorted(_UP_NOUNS | _DOWN_NOUNS, key=lambda w: (-len(w), w))) + r")(?:e?s)?"
_FOLLOWER = re.compile(
    r"(?:['’]s\b(?!\s+(?:\w+\s+){0,2}(?:index|benchmark|gauge|close|high|low|peak|level|record)\b|"
    # "It is the ASX 200's worst week since April, down 2.4 per cent": the index's own move follows
    r"\s+(?:best|worst|biggest|largest|steepest|sharpest|strongest|weakest)\s+(?:[\w-]+\s+)?"
    r"(?:day|week|month|quarter|year|session|run|streak|drop|fall|decline|gain|rise|loss|rally|slump)s?\b|"
    # "the S&P 500's nearly 10% gain" (not "the S&P 500's roughly 35% exposure to technology")
    r"\s+(?:(?:nearly|almost|about|around|roughly|some|over|more\s+than|less\s+than)\s+)?[\d.]+\s?"
    r"(?:%|(?:per\s?cent|percent|pct)\b)(?!\s+(?:[\w-]+\s+)?(?:exposure|weight|weighting|stake|share|dividend(?:-yield)?|"
    r"yield|allocation|earnings|profits?|margins?|valuation|premium|discount|concentration)(?![\w-]))|"
    # "The Dow's advance this year is a more modest 6.3%", "The Nikkei's gain of 21% this year": the
    # index's own move, told by a noun
    r"\s+(?:(?:year-to-date|weekly|monthly|quarterly|annual|yearly)\s+)?" + _MOVE_NOUN + r"\s+"
    r"(?:(?:this|last|for\s+the|so\s+far|in|since)\s+(?:[\w-]+\s+){0,3}?)?"
    r"(?:is|was|stands\s+at|stood\s+at|now\s+stands\s+at|comes\s+to|came\s+to|amounts\s+to|of)\s+"
    r"(?:(?:an?|just|only|about|nearly|almost|roughly|some|more\s+than|over)\s+)?(?:[\w-]+\s+){0,2}[\d.]+\s?"
    r"(?:%|(?:per\s?cent|percent|pct|points?)\b))|\s+(?:sectors?|companies|stocks|shares|constituents|components|"
    # "the best DAX stock of the year", "the top S&P 500 company"
    r"stock(?!\s+(?:market|exchange|index|indices|average)\b)|company|member|firm|"
    r"members|firms|heavyweights|market|listed|listing|volatility|earnings|rebalancing|inclusion|weighting|pack|"
    r"(?!stock\b)[a-z]+\s+(?:sub-?)?index|[a-z]+\s+(?:sectors?|sub-?sectors?|stocks|shares|names|companies)|"
    r"(?!stock\b|share\b|benchmark\b|composite\b|main\b)[a-z]+\s+[a-z]+\s+(?:sub-?)?index|"
    # "was the top STI gainer, up 3.5%": a stock of the index
    r"heavyweight|component|constituent|(?:top\s+|biggest\s+|best\s+|worst\s+)?(?:gainers?|losers?|decliners?|"
    r"advancers?|performers?)))\b"
)
# The main index of a country named with its possessive ("Germany's leading index")
_COUNTRY_INDEX_ID = {
    "Germany": "GDAXI", "France": "FCHI", "Britain": "FTSE", "Japan": "N225", "South Korea": "KS11",
    "Australia": "AXJO", "Taiwan": "TWII",
}  # fmt: skip
_CITIES = "London|Paris|Frankfurt|Tokyo|Seoul|Shanghai|Shenzhen|Mumbai|Sydney|Taipei|Singapore"
# RTT's lead "The South Korea stock market has finished higher in two straight sessions, collecting almost
# 25 points or 1 percent along the way": the move of the market's main index (named in the sentence after)
_STOCK_MARKET_LEAD = (
    r"\bThe\s+(?:Japan|South\s+Korea|Taiwan|China|Hong\s+Kong|Singapore|Australian)\s+stock\s+market"
    r"(?=\s+has\s+\w+\s+(?:higher|lower)\s+in\s+(?:back-to-back|\w+\s+(?:straight|consecutive))\s+sessions\b)"
)
_ANAPHOR = re.compile(
    # ("The capital's premier index closed up 0.23 per cent")
    r"\b(?:[Tt]he\s+(?:(?:benchmark|broader|broad|wider|main|key|market|headline|blue-chip|tech-heavy|leading|underlying|cash|top-flight|flagship|premier|capital['’]s|"
    r"small-cap|large-cap|pan-European|regional|Japanese|Korean|German|French|British|Chinese|Indian|Australian|Taiwanese|European|"
    r"\d+-(?:issue|share|stock|member)|"
    r"U\.S\.|US|Paris|Frankfurt|London|Tokyo|Seoul|Shanghai|Shenzhen|Mumbai|BSE|NSE|Sydney|Taipei|Singapore|Hong\s+Kong)\s+){0,2}"
    # Yonhap's "The main bourse gained 44.10 points", the Kospi
    r"(?:index|benchmark|gauge|barometer|(?<=blue-chip\s)average|(?<=-stock\s)average|(?<=-issue\s)average|"
    r"(?<=main\s)bourse)"
    # "The index of 40 leading German companies fell 0.5%"
    r"(?:\s+of\s+(?:the\s+)?\d+\s+(?:[\w-]+\s+){0,3}?(?:companies|stocks|shares|firms|blue[\s-]chips))?"
    # "Germany's leading index has gained more than 20%"
    # "London's blue-chip index lost 0.6%"
    r"|(?:" + "|".join(c.replace(" ", r"\s+") for c in _COUNTRY_INDEX_ID) + "|" + _CITIES + r")['’]s\s+"
    # ("London's top flight rose 63.52 points")
    r"(?:(?:leading|lead|main|benchmark|blue-chip|key|flagship|premier|stock)\s+){0,2}(?:index|benchmark|gauge|top\s+flight)"
    r"|[Ii]t)(?=,?\s+(?:which\s+|had\s+|has\s+|have\s+|was\s+|is\s+|also\s+|then\s+|later\s+|earlier\s+|still\s+|been\s+|now\s+|"
    r"initially\s+|briefly\s+|already\s+|just\s+|again\s+|only\s+|first\s+|finally\s+|eventually\s+|"
    r"on\s+(?:Mon|Tues|Wednes|Thurs|Fri)day\s+|"
    r"overnight\s+|yesterday\s+|(?:edged|inched|crept|ticked|drifted|nudged)\s+|"
    r"got\s+off\s+to\s+an?\s+[\w-]+\s+start,?\s+)*(?:"
    + _UP
    + "|"
    + _DOWN
    + r"|closed|closing|closes|ended|ending|ends|finished|finishing|finishes|settled|settling|settles|"
    # a spread-better's call: "IG had the blue-chip index seen 44 points higher"
    r"seen\s+[\d.,]+|indicated\s+[\d.,]+|"
    r"started|opened|opening|opens|"
    r"touched|touching|hit|hitting|reached|broke|broken|topped|stood|standing|traded|(?<=was\s)trading|"
    r"(?<=is\s)trading|trading(?=\s+[\d.,]+\s+(?:points?|pts|%|per\s?cent|percent)\b)|headed|heading|"
    r"on\s+track|on\s+course|"
    r"peaked|peaking|bottomed|bottoming|swung|swinging|oscillated|fluctuated|"
    r"crossed|crossing|breached|surpassed|pierced|cleared|passed|"
    r"posted|logged|notched|recorded|set|posting|logging|notching|recording|setting|eked|eking|"
    r"pared|paring|trimmed|trimming|erased|erasing|reversed|reversing|extended|extending|"
    # "the index was 0.2 per cent lower"; "the index is still 4.4 percent below its record", "puts the index
    # 49.6 percent above where it ended on June 2"
    # "It is still up 16.2% this year"
    r"(?:up|down|off)\s+(?:about\s+|nearly\s+|almost\s+|roughly\s+|some\s+|more\s+than\s+)?[\d.,]+\s?(?:%|per\s?cent|percent|pct)|"
    # an opening call: "IG calls London's blue-chip index 31 points higher at 9,728"
    r"[\d.,]+\s+points?\s+(?:higher|lower)\s+at\s+\d|"
    # an earlier record it stays short of: "It remains below the record close of 42,224.02 reached on July 11
    # last year", "though it remained short of its record close of 43,714.31 set on Aug. 18"
    r"(?:(?:sits|sat|stands|stood|remains|remained)\s+)?(?:well\s+|just\s+|comfortably\s+|far\s+)?"
    r"(?:below|short\s+of|shy\s+of|within\s+(?:reach|sight|striking\s+distance|touching\s+distance)\s+of)\s+"
    r"(?:its|the)\s+(?:[\w.,-]+\s+){0,3}?(?:record|all-time|peak)\b|"
    r"(?:(?:sits|sat|stands|stood|remains|remained)\s+)?(?:about\s+|nearly\s+|almost\s+|roughly\s+|some\s+)?"
    r"[\d.,]+\s?(?:%|per\s?cent|percent|pct)\s+(?:higher|lower|up|down|(?:below|above|off)(?=\s+(?:where\s+it|"
    r"(?:its|their|that|the)\s+(?!(?:[\w.,-]+\s+){0,2}?(?:day|day's|session|intraday)\b)(?:[\w.,-]+\s+){0,3}?"
    r"(?:record|peak|all-time|high|highs|close|low|lows)\b))))\b)|"
    # a possessive's record or close: "Its previous closing peak of 2,929.17 was set on July 11 last year",
    # "It was the 30-stock index's first finish above 47,000"
    # (opening its sentence, or after "It was": not an apposition's "..., the index's third record close")
    r"(?:^|(?<=\bIt\swas\s)|(?<=\bIt\sis\s))"
    r"(?:[Tt]he\s+(?:(?:benchmark|broader|main|key|blue-chip|tech-heavy|\d+-(?:issue|share|stock|member))\s+){0,2}"
    r"(?:index|benchmark|gauge)(?=['’])|It(?!['’]))(?=['’]?s\s+(?:[\w-]+\s+){0,2}?(?:record|peak|high|low|close|closing|finish)\b)|"
    + _STOCK_MARKET_LEAD
)
_MARKET_LEAD = re.compile(_STOCK_MARKET_LEAD)
# Words of an anaphor that name the main index of a market
_MAIN_WORDS = frozenset(
    {"key", "main", "leading", "headline", "benchmark", "top-flight", "flagship", "premier"}
)
# Words of an anaphor that describe no index in particular
_GENERIC_ANAPHOR_WORDS = frozenset(
    {"the", "index", "gauge", "main", "key", "market", "headline", "leading", "capital's", "capital’s"}
)
# "The Nikkei rose 0.7%, though it ended the week down 0.2%"
# ("..., while for the week it jumped 5.07%")
_IT_OPENS_CLAUSE = re.compile(
    r"[,;]\s+(?:though|although|but|and|while|yet|even\s+as|after)\s+(?:(?:for|over|in|on)\s+the\s+\w+\s+)?$|"
    r";\s+$"  # "The Sensex settled ... at 85,720.38; it had hit a record 86,055.86"
)
# "Nikkei futures", "S&P 500 index futures", "Nasdaq 100 contracts edged up 0.1%"
_FUTURES_AFTER = re.compile(r"\s+(?:index\s+)?(?:futures|contracts)\b", re.I)
_AND_THE_NEXT = re.compile(r"\s*,?\s+(?:and|or)\s+(?:the\s+)?|,\s+(?:the\s+)?")
_FUTURES_OF = re.compile(
    r"\b(?:futures?|e-minis?|(?:futures\s+)?contracts?|those|that)\s+(?:on|for|tied\s+to|linked\s+to|tracking)\s+"
    r"(?:the\s+)?$|"
    # "contracts for Australia's S&P/ASX 200"
    r"\b(?:futures?|e-minis?|contracts?)\s+(?:on|for)\s+(?-i:[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)['’]s\s+$",
    re.I,
)
_FORECAST_OF = re.compile(
    r"\b(?:sees?|saw|expects?|expected|expecting|forecasts?|forecasting|predicts?|predicted|projects|projected|"
    r"target\s+for|targets\s+for|"
    r"(?:pledge|pledges|pledged|vow|vowed|promise|promised|aim|aims|plan|plans)\s+(?:[\w'’-]+\s+){0,4}?to\s+"
    r"(?:(?!(?:helped|helps|help|helping|which|that|who)\b)[\w'’-]+\s+){0,5}?(?:lift|push|take|raise|drive|get)|"
    # a hypothetical: "A 20% drop from Friday's close would take the S&P 500 to about 5,037"
    r"(?:would|could)\s+(?:take|send|put|leave|bring|push|drag|pull|lift))"
    r"\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}$"
)


# "Both indexes gained about 1.6% for the week": the last two indices named
def _may_name_a_group(s: str) -> bool:  # a cheap test before _GROUP_ANAPHOR ("both", "the two")
    return "oth" in s or "two" in s


_GROUP_ANAPHOR = re.compile(
    r"\b(?:[Bb]oth|[Tt]he\s+two)\s+(?:[a-z-]+\s+)?(?:indexes|indices|benchmarks|gauges)\b"
    # "after both had been up more than 1 per cent"
    r"|\b[Bb]oth(?=\s+(?:had|have|were|are|closed|ended|finished|rose|fell|gained|lost)\b)"
)
_SIGNED_IN_GROUP = re.compile(
    r",\s+(up|down|higher|lower|off)\s+(?:(?:about|nearly|almost|around|roughly|some|more\s+than|over|just)\s+)?\d",
    re.I,
)
# "1.2% higher", "(+1.2%) up", "about 110 points below the previous close"
_ADVERB_AFTER = re.compile(
    r"\s*\)?\s*(?:(?P<up>higher|up|above)|(?P<down>lower|down|below|off(?=\s+(?:its|their|the)\s)))\b"
    # "trading 56 points, or 0.1 percent, lower": the adverb after the aside
    r"|,\s+(?:(?P<up_>higher)|(?P<down_>lower))(?=\s*(?:[,.;]|$|\s(?:on|at|in|as|after|from)\b))"
)
_CAUSATIVE = re.compile(
    r"\b(?:lifting|lifted|lifts|pushing|pushed|pushes|helping|helped|helps|boosting|boosted|dragging|dragged|"
    r"pulling|pulled|sending|sent|contributing|contributed)\s+(?:the\s+)?(?:[a-z-]+\s+)?$"
)
_ALONE = re.compile(r"\balone\b", re.I)  # "SoftBank alone pushed the Nikkei up by 0.8%": a contribution
_PARTICLE_BEFORE = re.compile(r"\b(?:down|up|lower|higher)\s+$")
_BY_AMOUNT = re.compile(
    r"\bby\s+(?:about\s+|around\s+|some\s+|nearly\s+|roughly\s+|more\s+than\s+|over\s+|almost\s+)?$"
)
_WHICH_CLAUSE = re.compile(r",\s+which\b[^,]*,")
# the nouns whose "which" clause tells the day of what the sentence is about
_EVENT_NOUN_END = re.compile(
    r"\b(?:session|day|trading|week|selloff|sell-off|rout|rally|slide|decision|meeting|announcement|data|report|"
    r"holiday)$",
    re.I,
)


def _without_asides(lead: str) -> str:
    """A lead without the ", which ...," asides of another subject ("Apple, which fell 3% on Thursday, helped
    lift"), keeping those of a session or an event, which tell its day."""
    return _WHICH_CLAUSE.sub(
        lambda m: m.group(0) if _EVENT_NOUN_END.search(lead, 0, m.start()) else ",", lead
    )


# "Hang Seng index .HSI", "Taiwan's benchmark index, the Taiex,": one subject named twice
# "Hang Seng index .HSI", "the Dow Jones Industrial Average (DJIA)": one subject
_ADJACENT_SAME = re.compile(r"^\s*(?:index|Index|average|share\s+average|gauge)?\s*\(?$|^,\s+the\s+$")
# "after the open(ing bell)" tells when, not what happened next
_POST_END = re.compile(
    # not "the day before": a day, not a clause
    r"[,;(]|\b(?:but|yet|and|while|against|compared|versus|after(?!\s+the\s+open)|(?<!the\sday\s)before|"
    r"despite)\b|"
    # "erased a 1.2% gain to close down 0.3%": the next figure's own close
    r"\bto\s+(?:close|end|finish|settle)\s+(?:up|down|higher|lower)\b"
)
_CLAUSE_WORD = re.compile(r"\b(?:after(?!\s+the\s+open)|before|but|and|while|when|as|having|following)\b")
_FRONTED = re.compile(
    r"(?:(?:Up|Down|Higher|Lower|A|An)\s+)?(?:(?:about|nearly|almost|more\s+than|over|around|roughly)\s+)?"
    r"\d[\d.,]*\s?(?:%|per\s?cent|percent|pct)",
    re.I,
)
# "outpacing the 0.3 per cent rise in the CSI 300 Index": a move stated as a noun before its index
_NOUN_FIGURE = (
    r"(?P<fig>(?:(?:about|nearly|almost|more\s+than|over|around|roughly)\s+)?"
    r"\d[\d.,]*(?:\s?(?:%|per\s?cent|percent|pct)|(?:-|\s)points?))"
)
_NOUN_TAIL = (
    r"\s+(?:in|for|of|by|on)\s+(?:the\s+)?(?:(?:benchmark|broader|wider|blue-chip|tech-heavy|main)\s+)?$"
)
# "outpacing the 0.3 per cent rise in the CSI 300 Index", "a drop of 2.4% in Japan's Nikkei 225": a
# move stated as a noun before its index
_FRONTED_NOUNS = (
    re.compile(r"\b(?:a|an|the|its|their)\s+" + _NOUN_FIGURE + r"\s+" + _MOVE_NOUN + _NOUN_TAIL, re.I),
    re.compile(r"\b(?:a|an|the|its|their)\s+" + _MOVE_NOUN + r"\s+of\s+" + _NOUN_FIGURE + _NOUN_TAIL, re.I),
    # "versus a 3.4 percent gain in the Nasdaq Composite and 4 percent in the S&P 500": the noun understood
    re.compile(r"\band\s+" + _NOUN_FIGURE + r"\s+in\s+(?:the\s+)?$", re.I),
)


# a level that opens its line, then the index whose close it is: "6,664.36: The S&P 500's close on Friday"
_LEVEL_FIRST = re.compile(r"(?P<fig>\d{1,3}(?:,\d{3})+(?:\.\d+)?):\s+(?:The|the)\s+$")
_ITS_CLOSE_AFTER = re.compile(r"['’]s\s+(?:record\s+|closing\s+)?(?:close|finish|closing\s+level)\b")


def _fronted_noun(s: str, lo: int, hi: int) -> re.Match[str] | None:
    """A move stated as a noun that ends right at ``hi`` (where an index is named), or None."""
    return next((m for p in _FRONTED_NOUNS if (m := p.search(s, lo, hi))), None)


_DATELINE_REGION = {
    **dict.fromkeys(
        (
            "TOKYO",
            "SEOUL",
            "HONG KONG",
            "SHANGHAI",
            "BEIJING",
            "SHENZHEN",
            "SYDNEY",
            "SINGAPORE",
            "MUMBAI",
            "BENGALURU",
            "NEW DELHI",
            "TAIPEI",
            "WELLINGTON",
            "JAKARTA",
            "BANGKOK",
            "MANILA",
            "KUALA LUMPUR",
            "PETALING JAYA",
            "HANOI",
            "HO CHI MINH CITY",
            "MELBOURNE",
            "OSAKA",
            "KARACHI",
            "COLOMBO",
            "DHAKA",
        ),
        "asia",
    ),
    **dict.fromkeys(("NEW YORK", "WASHINGTON", "CHICAGO", "TORONTO", "SAO PAULO"), "americas"),
    **dict.fromkeys(
        ("LONDON", "FRANKFURT", "PARIS", "MILAN", "MADRID", "ZURICH", "AMSTERDAM", "STOCKHOLM"), "europe"
    ),
}
# AFP's and AP's "Hong Kong (AFP) -": the city in title case before the agency
_AGENCY_DATELINE = re.compile(
    r"(?:^|\n)("
    + "|".join(sorted((c.title() for c in _DATELINE_REGION), key=len, reverse=True))
    + r")(?:,\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s+"
    r"\((?:AFP|AP|Reuters|Bloomberg|Kyodo|Yonhap|Xinhua|dpa|AAP|PTI)\)"
)
_ASIAN_ZONES = ("AEDT", "AEST", "JST", "HKT", "SGT", "KST", "IST")
_ASIAN_CLOCK = re.compile(
    r"\b\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)?\s*\(?(?:" + "|".join(_ASIAN_ZONES) + r")\b", re.I
)
_DATELINE = re.compile(r"\b(" + "|".join(sorted(_DATELINE_REGION, key=len, reverse=True)) + r")\b")
_DATA_CLAUSE = re.compile(
    r"\s*,?\s*(?:after|following|because|as)\s+(?:[\w'’-]+\s+){0,3}" + _DATA_SHOWED + r"\b", re.I
)
# (not the "and" of two names: "after Trump's threats against Brussels and Apple, with the S&P 500 down")
_LEAD_CLAUSE = re.compile(
    r";\s|,?\s+(?:but|and(?!\s+(?-i:[A-Z])[\w&'’-]*,)|while|whereas|although|though|yet)\s+", re.I
)
_WHEN = re.compile(r",\s+when\s+")  # found with rfind: a leading .* here would be quadratic
_ONE_DAY_WORDS = re.compile(r"\b(?:day|session|sessions|single|one-day|intraday)\b", re.I)
# the year a when-clause opens on: "the steepest rise since 1999, when"
_YEAR_BEFORE_WHEN = re.compile(r"\b(?:in|since|of)\s+(?:19|20)\d\d\Z")
# the day a when-clause opens on: "from its close on April 7, when"
_DAY_BEFORE_WHEN = re.compile(
    rf"\b(?:on\s+)?(?:{_MONTH_RE}\.?\s+\d{{1,2}}|(?:Mon|Tues|Wednes|Thurs|Fri)day)\Z"
)
_CLAUSE_END = re.compile(r",\s|;")


def _in_when_clause(text: str, end: int) -> re.Match[str] | None:
    """The last ", when" before ``end`` in ``text`` when ``end`` lies inside its clause ("losses Friday, when
    the Nasdaq"), else None ("For the week, when tariff worries dominated, the Nikkei")."""
    at = text.rfind(", when", 0, end)
    last = _WHEN.match(text, at, end) if at >= 0 else None
    return last if last is not None and not _CLAUSE_END.search(text, last.end(), end) else None


_AFTER_NAME = re.compile(r"\s+after\s+(?=[A-Z])")
_CHAIN = re.compile(
    # "the S&P 500 (SPX) and the Dow Jones Industrial Average (DJIA) were lower by 1.86% and 1.39%"
    r"^\s*(?:\([\^$.]?[A-Z][A-Z0-9.:]{1,11}\)\s*)?(?:,|and|,\s*and)\s*(?:the\s+)?(?:(?:tech-heavy|broader|wider|blue-chip|small-cap|secondary|junior|"
    r"benchmark|main|[A-Z][\w.]*(?:['’]s)?)\s+){0,2}$"
)


# ---------------------------------------------------------------------------------------------------
# Figures and groups


@dataclass(slots=True)
class _Figure:
    kind: str  # pct / points / level / cross
    value: float
    decimals: int
    start: int  # offsets into the sentence
    end: int
    hedge: str | None


@dataclass(slots=True)
class _Group:
    figures: list[_Figure] = field(default_factory=list)

    def slot(self, kind: str) -> _Figure | None:
        return next((f for f in self.figures if f.kind == kind), None)

    @property
    def start(self) -> int:
        return self.figures[0].start

    @property
    def end(self) -> int:
        return self.figures[-1].end


@dataclass(slots=True)
class _Subject:
    index_id: str
    surface: str
    start: int  # offsets into the sentence
    end: int
    is_futures: bool
    is_object: bool = False
    also: tuple[str, ...] = ()  # the other indices of "both indexes", which share its claims


_SHARE_OF_A_MOVE = re.compile(
    r"\s?(?:%|per\s?cent|percent|pct|points?|pts?)?\s+of\s+(?:its|their|the|this|that)\s+(?:[\w,.-]+\s+){0,2}?"
    r"(?:gains?|rally|advance|rise|increase|loss(?:es)?|decline|fall|drop|slide|rebound)\b",
    re.I,
)


_OF_ITS_BEFORE = re.compile(r"\bof\s+(?:its|their)\s+$", re.I)
_POINT_MOVE_NOUN_AFTER = re.compile(
    r"-(?:point|percent|per-cent)\s+(?:gains?|rally|advance|rise|loss|decline|fall|drop)\b"
)


# the move's own figure after the level it ended at: ", a loss of 1.9%", ", or 6.3 per cent"
_MOVE_FIGURE_AFTER = re.compile(
    r",?\s+(?:a\s+(?:loss|gain|drop|fall|rise|decline|slide|jump|advance)\s+of|or|up|down)\s+(?:[a-z]+\s+){0,2}\d",
    re.I,
)
_MOVE_VERBS = _trie(f"{_UP}|{_DOWN}")  # a rise's or a fall's word, as one trie
# a signed figure in brackets: "S&P 500 (-0.10%)"
_BRACKET_OPEN_BEFORE = re.compile(r"\(\s*[+\-\u2212]?\s?$")
# ... after a name that is not the subject's: "the Magnificent 7 (-0.9%)", "AMD (+23.71%)"
_NAME_BEFORE_BRACKET = re.compile(r"(?:\b[A-Z][\w&.'’-]*|\b[A-Z][\w&.'’-]*\s+\d{1,3})\s*\($")
# "the 4.2 per cent it lost on Monday": a move told by the verb of a relative clause after its figure
_ITS_MOVE_AFTER = re.compile(
    r"\s+(?:that\s+|which\s+)?(?:it|they|the\s+(?:index|benchmark|gauge))\s+(?:had\s+|has\s+)?"
    r"(?P<verb>(?:" + _MOVE_VERBS + r"))\b",
    re.I,
)
# between the two ends of a swing told in points, the second without its unit
_ROUGHLY = r"(?:(?:about|nearly|almost|roughly|some|around|more\s+than|over)\s+)?"
_OTHER_END_BETWEEN = re.compile(
    r"\s+(?:to|and)\s+an?\s+(?:gain|loss|drop|rise|fall|decline|advance)\s+of\s+" + _ROUGHLY
)
_MOVED_FROM_TO = re.compile(r"\b(?:" + _MOVE_VERBS + r")\s+from\s+\d[\d,.]*\s+to\s+$", re.I)


def _figures(s: str, lo: int, hi: int) -> list[_Figure]:
    """Percentages, points and levels in ``s[lo:hi]``; years, money and counts are skipped."""
    out: list[_Figure] = []
    for m in _NUMBER.finditer(s, lo, hi):
        intpart, frac = m.group(1), m.group(2)
        value = float(intpart.replace(",", "") + ("." + frac if frac else ""))
        decimals = len(frac) if frac else 0
        before = s[max(0, m.start() - 60) : m.start()]
        after = s[m.end() : m.end() + 40]
        if (
            _CURRENCY_BEFORE.search(before)
            or _PP_UNIT.match(after)
            or _SHARE_OF_A_MOVE.match(after)
            or (_OF_ITS_BEFORE.search(before) and _POINT_MOVE_NOUN_AFTER.match(after))
        ):
            continue  # not "gave back 300 points of its 1,200-point rally": a share of another move
        if any(w in before for w in _CHART_WORDS) and _CHART_LEVEL_BEFORE.search(before):
            continue
        if (
            s.startswith("The last time")
            and _LAST_TIME_BEFORE.match(s, 0, m.start())
            and _WHEN_IT_CLOSED_AT.search(s, m.end())
        ):
            # "The last time the Kospi closed above 3,000 was on Dec. 28, 2021, when it finished at 3,020.24":
            # that close is the claim, the threshold only its measure
            continue
        hedge_m = _HEDGE.search(before)
        hedge = _SPACES.sub(" ", hedge_m.group(1)).lower() if hedge_m else None
        if _PCT_UNIT.match(after):
            end = m.end() + _PCT_UNIT.match(after).end()
            if _TICKER_SIGN_BEFORE.search(before) and _MOVE_VERB_AFTER.match(s, end):
                continue  # "S&P 500 futures ES00 +0.45% rose 28 points, or 0.45%": a ticker's quote
            if _WITHIN.search(before) or (_DISTANCE_AFTER.match(s, end) and not _FROM_PEAK.match(s, end)):
                continue  # "within 1% of its record", "5% short of 50,000": a distance, not a move
            if (_SWING_BEFORE.search(before) and not _SWUNG_WHERE.match(s, end)) or _SWING_AFTER.match(
                s, end
            ):
                continue  # "S&P 500 swings 3.4%", "a 3.4% intraday swing": a range; not "swung 2% higher"
            if _PCT_OF_A_THING.match(s, end) or _RATE_TO.search(before):
                continue  # "100% tariffs", "a 5% stake", "cut the cash rate by 0.25 points to 3.6 per cent"
            out.append(_Figure("pct", value, decimals, m.start(), end, hedge))
            continue
        if _IGNORE_AFTER.match(after):
            continue
        if (
            out
            and out[-1].kind == "pct"
            and _PAREN_AFTER_MOVE.fullmatch(s, out[-1].end, m.start())
            and (shut := _PAREN_SHUT.match(after))
            and value * 100 > _HIGHEST_LEVEL * max(out[-1].value, 0.01)
        ):
            # "fell 0.3% on the day (5,662.04 points)": as a move in points the index would stand near two
            # million, so the figure is its level
            out.append(_Figure("level", value, decimals, m.start(), m.end() + shut.end(), hedge))
            continue
        if "," not in intpart and not frac and 1900 <= value <= 2099:
            continue
        if (
            out
            and out[-1].kind == "points"
            and _OTHER_END_BETWEEN.fullmatch(s, out[-1].end, m.start())
            and not _POINTS_UNIT.match(after)
        ):
            # "from a drop of roughly 1,700 points to a gain of nearly 900": the other end, in the same unit
            out.append(_Figure("points", value, decimals, m.start(), m.end(), hedge))
            continue
        cue = _LEVEL_CUE.search(before) or _CLOSE_WAS.search(before)
        if cue and cue.group("cue").lower() == "to" and _NUMBER_TO.search(before):
            # "from 3,100 to 3,300" is a range, "climbed 493.15 to 46,245.41" a move to a level
            moved_to = out and out[-1].kind == "points" and s[out[-1].end : m.start()].strip() == "to"
            # "the S&P 500 slid from 6,734.11 to 6,602.99": the level the move ended at
            if not moved_to and not (_MOVED_FROM_TO.search(before) and _MOVE_FIGURE_AFTER.match(after)):
                cue = None
        points = _POINTS_UNIT.match(after)
        point_level = _POINT_LEVEL.match(after)
        if not points and not cue and _BARE_MOVE_BEFORE.search(before) and _TO_LEVEL_AFTER.match(after):
            # AP: "The Dow climbed 493.15 to 46,245.41": points without the word
            out.append(_Figure("points", value, decimals, m.start(), m.end(), hedge))
            continue
        if points and not point_level:
            if _SPREAD_OF.search(before):
                if _FROM_PREVIOUS_CLOSE.match(s, m.end() + points.end()):
                    # "a premium of nearly 60 points from the Nifty futures' previous close": their move
                    out.append(_Figure("points", value, decimals, m.start(), m.end() + points.end(), hedge))
                continue  # "a discount of nearly 40 points to the cash index": a spread
            if _SHORT_OF_AFTER.match(s, m.end() + points.end()):
                continue  # "finishing less than 4 points short of its record close": a distance
            is_move = _MOVE_OF.search(before) or _MOVE_AFTER_POINTS.match(s, m.end() + points.end())
            if (
                not is_move
                and _ROW_COLON_BEFORE.search(before)
                and _ROW_MOVE_AFTER.match(s, m.end() + points.end())
            ):
                # Xinhua's "Shanghai Composite Index: 3,857.93 points, up 7.97 percent", "Nikkei 225:
                # 50,581.94 points, +0.18%": a row's level, then its move (not "Dow Jones: 664.18 points, or
                # 1.43 percent, higher", a move)
                out.append(_Figure("level", value, decimals, m.start(), m.end() + points.end(), hedge))
                continue
            if cue and cue.group("cue").lower() not in _HEDGE_WORDS and not is_move:
                out.append(
                    _level_figure(cue.group("cue"), before, value, decimals, m, m.end() + points.end(), hedge)
                )
            else:
                out.append(_Figure("points", value, decimals, m.start(), m.end() + points.end(), hedge))
            continue
        if (
            out
            and out[-1].kind == "level"
            and _QUOTE_POINTS_BETWEEN.fullmatch(s, out[-1].end, m.start())
            and _PAREN_CHANGE_AFTER.match(s, out[-1].end)
        ):
            out.append(_Figure("points", value, decimals, m.start(), m.end(), hedge))  # the quote's change
            continue
        if (_SIGN_BEFORE.search(before) or _WORD_SIGN_BEFORE.search(before)) and _PAREN_PCT_AFTER.match(
            after
        ):
            # "$SPX -182.60 (-2.71%)", "KOSDAQ 914.55 (+14.13, +1.57%)": a signed number before its
            # percentage is the change in points
            out.append(_Figure("points", value, decimals, m.start(), m.end(), hedge))
            continue
        if value < 100:
            continue
        if not cue and not point_level and _RANGE_BEFORE.search(before):
            # "to finish at 4,112.86 after trading between 4,090.12 and 4,118.40": the day's low and high
            out.append(_Figure("level", value, decimals, m.start(), m.end(), hedge))
            continue
        if not (cue or point_level or _BARE_MOVE_BEFORE.search(before)) and (
            _PAREN_CHANGE_AFTER.match(after)
            or (_COLON_END.search(before) and _WORDED_CHANGE_AFTER.match(after))
        ):
            # a quote: "DAX: 24,217.37 (-0.3%)", "BSE Sensex: 84,929.36, up 447.55 points"; not "The Dow rose
            # 150 (+0.4%)"
            out.append(_Figure("level", value, decimals, m.start(), m.end(), hedge))
            continue
        if not cue and not point_level and _DAYS_CLOSE_BEFORE.search(before):
            out.append(
                _Figure("level", value, decimals, m.start(), m.end(), hedge)
            )  # "from Friday's 49,299.65"
            continue
        if (
            point_level
            and point_level.group(0).lower().endswith("plateau")
            and (sits := _SITS_NEAR.search(before))
        ):
            # "sits just above the 4,040-point plateau": near that level, a hedged figure
            near = f"{sits.group('near')} {sits.group('side')}".lower() if sits.group("near") else None
            out.append(_Figure("level", value, decimals, m.start(), m.end() + point_level.end(), near))
            continue
        if (cue or point_level) and not _SHORT_OF.search(before):
            end = m.end() + (point_level.end() if point_level else 0)
            out.append(_level_figure(cue.group("cue") if cue else "", before, value, decimals, m, end, hedge))
    if "cent" in s or "CENT" in s:
        out = _worded_percentages(s, lo, hi, out)
    return out


# "shed nearly eight percent" (AFP spells out numbers under ten)
_WORDED_PCT_VALUES = {w: _NUMBER_WORDS[w] for w in "one two three four five six seven eight nine ten".split()}
_WORDED_PCT = re.compile(
    rf"(?<![\w-])({'|'.join(_WORDED_PCT_VALUES)})(\s+and\s+a\s+half)?\s+(?:percent|per\s?cent)\b"
    r"(?!\s*(?:points?|stake))",
    re.I,
)
# what a worded percentage is not a move of its own after: "nine-tenths of one percent", "0.96%, or nearly
# one percent" (the figure before, rounded)
_CENT = re.compile("cent", re.I)  # the gate before _WORDED_PCT: "percent", "per cent", "PERCENT"
_FRACTION_OF = re.compile(r"(?:tenths?|half|quarters?|thirds?|fifths?|hundredths?)\s+of\s+$", re.I)
_ROUNDED_AGAIN = re.compile(r"\s*,?\s*or\s+(?:\w+\s+){0,2}$", re.I)


# a fraction of one percent: RTT's "dipped 2.60 points or less than a tenth of a percent", "nine-tenths of one
# percent", "half a percent", "a quarter of a percentage point" is not one (a rate's)
_FRACTION_PCT = re.compile(
    r"(?<![\w-])(?:(?P<tenths>a|one|two|three|four|five|six|seven|eight|nine)[\s-]tenths?|"
    r"(?P<quarter>a|one|three)[\s-]quarters?|(?P<third>a|one|two)[\s-]thirds?|"
    r"(?P<half>a\s+half|one\s+half|half))\s+(?:of\s+)?(?:a|one)\s+(?:percent|per\s?cent)\b(?!\s*(?:points?|stake))|"
    # spoken: "a percent and a quarter", "one percent and a half"
    r"(?<![\w-])(?:a|one)\s+(?:percent|per\s?cent)\s+and\s+an?\s+(?P<and>half|quarter|third)\b",
    re.I,
)
_AND_A_FRACTION = {"half": 0.5, "quarter": 0.25, "third": 0.33}


def _fraction_percentages(s: str, lo: int, hi: int) -> list[tuple[re.Match[str], float, int]]:
    """(match, value, decimals) of each fraction of one percent written in words in ``s[lo:hi]``."""
    out = []
    for m in _FRACTION_PCT.finditer(s, lo, hi):
        if m.group("tenths"):
            out.append((m, _NUMBER_WORDS[m.group("tenths").lower()] / 10, 1))
        elif m.group("quarter"):
            out.append((m, _NUMBER_WORDS[m.group("quarter").lower()] / 4, 2))
        elif m.group("third"):  # "two-thirds of a percent" is 0.67
            out.append((m, round(_NUMBER_WORDS[m.group("third").lower()] / 3, 2), 2))
        elif m.group("and"):
            out.append((m, 1 + _AND_A_FRACTION[m.group("and").lower()], 2))
        else:
            out.append((m, 0.5, 1))
    return out


def _worded_percentages(s: str, lo: int, hi: int, out: list[_Figure]) -> list[_Figure]:
    """``out`` with the percentages written in words in ``s[lo:hi]``, in order."""
    worded = []
    for m, value, decimals in _fraction_percentages(s, lo, hi):
        before = s[max(0, m.start() - 60) : m.start()]
        if _RATE_TO.search(before) or _PCT_OF_A_THING.match(s, m.end()):
            continue
        if _WITHIN.search(before) or (_DISTANCE_AFTER.match(s, m.end()) and not _FROM_PEAK.match(s, m.end())):
            continue  # "within half a percent of its record", "half a percent away from": a distance
        hedge_m = _HEDGE.search(before)
        hedge = _SPACES.sub(" ", hedge_m.group(1)).lower() if hedge_m else None
        worded.append(_Figure("pct", value, decimals, m.start(), m.end(), hedge))
    for m in _WORDED_PCT.finditer(s, lo, hi):
        before = s[max(0, m.start() - 60) : m.start()]
        if _WITHIN.search(before) or _RATE_TO.search(before) or _PCT_OF_A_THING.match(s, m.end()):
            continue
        if _FRACTION_OF.search(before) or any(
            f.kind == "pct" and _ROUNDED_AGAIN.fullmatch(s, f.end, m.start()) for f in out
        ):
            continue
        hedge_m = _HEDGE.search(before)
        hedge = _SPACES.sub(" ", hedge_m.group(1)).lower() if hedge_m else None
        worded.append(
            # "two and a half per cent" is 2.5
            _Figure(
                "pct",
                _WORDED_PCT_VALUES[m.group(1).lower()] + (0.5 if m.group(2) else 0.0),
                1 if m.group(2) else 0,
                m.start(),
                m.end(),
                hedge,
            )
        )
    return sorted(out + worded, key=lambda f: f.start) if worded else out


_SPACES = re.compile(r"\s+")
# "The S&P 500's previous record close was 6,144.15": a close named, then its level
_CLOSE_WAS = re.compile(
    r"\b(?:close|closing\s+(?:level|high|low|record))\s+(?P<cue>was|is|stood\s+at|stands\s+at)\s+$", re.I
)
# The day's range: "after trading between 4,090.12 and 4,118.40"
_RANGE_BEFORE = re.compile(
    r"\b(?P<words>(?:trading|traded|trades|moved|moving|ranged|ranging|swung|swinging|fluctuated|fluctuating)"
    # "after trading in a narrow range between 40,556.61 and 40,744.53"
    r"(?:\s+in\s+an?\s+(?:[\w-]+\s+){0,2}?range)?\s+between)\s+(?:[\d,.]+\s+and\s+)?$"
)
# A chartist's level, not one the index reached: "has immediate support at 22,750", "resistance near 23,000",
# "a break below that level could drag it towards 22,500"
_CHART_LEVEL_BEFORE = re.compile(
    # ("support sits at 8,950 and then 8,880", "support zone lies at 6,480-6,500, followed by 6,360", "the
    # 100-day moving average around 6,540", "its 50-day simple moving average, currently at 6,580")
    r"(?:\b(?:support|resistance|target|stop-loss)(?:\s+(?:level|zone|area))?\s+"
    r"(?:(?:sits|lies|is\s+seen|is|comes\s+in|remains)\s+)?(?:at|of|near|around)\s+(?:the\s+)?|"
    r"\bmoving\s+average,?\s+(?:currently\s+)?(?:at|of|near|around)\s+)"
    r"(?:[\d,.]+(?:-[\d,.]+)?,?\s+(?:and\s+then|then|followed\s+by|and)\s+)?$|"
    r"\b(?:towards|toward)\s+$|\bbreak\s+(?:below|above)\s+$",
    re.I,
)
# Its words without their first letter, so that either case matches: a cheap test before the pattern
_CHART_WORDS = ("upport", "esistance", "arget", "top-loss", "oward", "reak ", "oving average")
_BARE_MOVE_BEFORE = re.compile(
    r"\b(?:rose|fell|climbed|gained|added|lost|shed|dropped|slid|jumped|advanced|declined|sank|tumbled|surged|"
    r"rallied|plunged|slumped|eased|dipped|edged\s+(?:up|down))\s+$",
    re.I,
)
_TARIFF = r"\b(?:tariffs?|duty|duties|levies|levy)\b"
# "cut the cash rate by 0.25 percentage points to 3.6 per cent", "leave rates at 4%", "inflation running
# above 3%": the rate's level, in the same clause
_RATE_TO = re.compile(
    r"\b(?:rates?|yields?|inflation|unemployment|jobless\s+rate)\b[^.;%,]{0,40}"
    r"\b(?:to|at|above|below|under|over|near|around|of)\s+(?:between\s+)?$|"
    # "after the US-Japan deal cut tariffs on Japanese cars to 15%" (not "since the tariff announcement on
    # April 2 and is only around 2 percent below its record")
    + _TARIFF
    + r"(?:(?!\b(?:and|is|was|has)\b)[^.;%,]){0,40}\b(?:to|of|at)\s+"
    r"(?:between\s+)?$|"
    # "set new tariff rates of between 10% and 41%": the range's top
    r"(?:\brates?\b|"
    + _TARIFF
    + r")[^.;%,]{0,40}\bbetween\s+[\d.]+\s?%\s+and\s+$|"
    # "an additional 25 per cent tariff on Indian goods, taking the total to 50 per cent"
    + _TARIFF
    + r"[^.;]{0,60}\b(?:taking|bringing|raising|lifting)\s+the\s+total\s+"
    r"(?:\w+\s+)?to\s+$",
    re.I,
)
# a quote's level after its index and a colon: "BSE Sensex: 84,929.36, up 447.55 points"
_COLON_END = re.compile(r":\s*$")
_WORD_SIGN_BEFORE = re.compile(r"[,:]\s*(?:up|down)\s+$", re.I)  # "S&P 500: 5062.25, down 11.83 (0.23%)"
# the percentage after a signed change: "-182.60 (-2.71%)", "(+1,286.24, +2.65%)"
_PAREN_PCT_AFTER = re.compile(
    r"\s*\(\s*[+\-\u2212]?\s?\d+(?:\.\d+)?\s?%\s*\)|\s*,\s*[+\-\u2212]?\s?\d+(?:\.\d+)?\s?%\s*\)"
)
# "BSE Sensex: 84,929.36, up 447.55 points", IG's "FTSE 100: 8,739, -35 points"
_WORDED_CHANGE_AFTER = re.compile(
    r",?\s+(?:up|down|higher|lower)\s+\d|,\s*[+\-\u2212]\s?\d[\d,.]*\s+(?:points?|pts?)\b", re.I
)
# a quote's change after its level: "(-0.3%)", "(+1,286.24, +2.65%)", "▼ 0.89%", "-769.83 (-1.79%)"
# a figure in brackets after a percentage: "fell 0.3% on the day (5,662.04 points)"
_PAREN_AFTER_MOVE = re.compile(r"[^\d()%.;]{0,24}\(\s*")
_PAREN_SHUT = re.compile(r"(?:\s?(?:points?|pts?)\b)?\s*\)", re.I)
_HIGHEST_LEVEL = 150_000  # above any index's level (the Sensex stands near 85,000)
_PAREN_CHANGE_AFTER = re.compile(
    r"\s*(?:\(\s*[+\-\u2212]\s?(?:\d{1,3}(?:,\d{3})*(?:\.\d+)?(?:\s*(?:points?|pts?))?\s*[,/]\s*[+\-\u2212]?\s?)?"
    # (the Telegraph's "Dax: 24,199.50 (+1pc)", Gulf News's "S&P 500: 6,901.00 (+0.21%, record close)")
    r"\d+(?:\.\d+)?\s?(?:%|pc\b|pct\b|per\s?cent\b)\s*(?:,\s*(?:a\s+)?(?:record|all-time)[^()]{0,30})?\)"
    # IG's "FTSE 100: 8,274 (+24)": the change in points
    r"|\(\s*[+\-\u2212]\s?\d{1,3}(?:,\d{3})*(?:\.\d+)?(?:\s+(?:points?|pts?))?\s*\)"
    # The Times's market data row "FTSE 100 9,068.58 -64.23": a signed change in points ending the row
    r"|[ \t]+[+\-\u2212]\d{1,3}(?:,\d{3})*\.\d{1,2}(?=[ \t]*(?:\n|$))"
    # ("DAX — 23,728.40 — +0.09%": a dash between the cells)
    r"|(?:,|\s[\u2013\u2014])?\s*[+\-\u2212▲▼↑↓]\s?\d{1,3}(?:,\d{3})*(?:\.\d+)?(?:\s?%|\s+\(\s*[+\-\u2212]?\d+(?:\.\d+)?\s?%\s*\)))"
)
# between a quote's level and its change in points: "42,197.79 ▼ 769.83 (1.79%)"
_QUOTE_POINTS_BETWEEN = re.compile(r"\s*\(?\s*[+\-\u2212▲▼↑↓]\s?")
# AP: "The Dow climbed 493.15 to 46,245.41", "dropped 878.82, or 1.9%, to 45,479.60": points without the word
_TO_LEVEL_AFTER = re.compile(
    r"\s+to\s+\d{1,3}(?:,\d{3})+(?:\.\d+)?\b|,\s+or\s+\d+(?:\.\d+)?\s?(?:%|percent|per\s?cent|pct)"
)
_LAST_TIME_BEFORE = re.compile(r"\W*the\s+last\s+time\s[^,;.]*$", re.I)
_WHEN_IT_CLOSED_AT = re.compile(r"\bwhen\s+it\s+(?:closed|finished|ended|settled)\s+at\s+\d")
_PCT_OF_A_THING = re.compile(
    r"\s+(?:(?!(?:on|as|after|amid|despite|in|to|at|over|from|for)\b)[\"“”'‘’\w-]+\s+){0,2}"
    r"(?:tariffs?|duties|duty|levy|levies|stake|stakes|tax|taxes|owned|ownership|holding|interest\s+in)\b|"
    r"\s+of\s+the\s+time\b|"  # "has risen ... about 79% of the time since 1950": a frequency
    # "just shy of the 20% threshold that defines a bear market", "the 10% drop that would mark a correction"
    r"(?:(?<=the\s\d%)|(?<=the\s\d\d%))\s+(?:[\w-]+\s+)?(?:threshold|mark|level|line|drop|decline|fall)\s+"
    r"(?:that|which)\s+(?:would|defines?|marks?|signals?|confirms?)\b",
    re.I,
)
# "a gain of 326 points" is a move; "a discount of 40 points" a spread between two prices
_OF_HEDGE = r"of\s+(?:(?:about|nearly|almost|around|roughly|some|over|more\s+than|just\s+over)\s+)?$"
# "outperforming the CSI300 index's 13.2% gain": the index's own move, whatever governs it
_POSSESSIVE_MOVE = re.compile(
    r"(?:\s+index)?['’]s\s+(?:[a-z-]+\s+)?[\d.,]+\s?(?:%|per\s?cent\b|percent\b|pct\b|points?\b)[\s-]+"
    r"(?:[a-z-]+\s+)?" + _MOVE_NOUN + r"\b"
)
# ("GIFT Nifty had indicated a gap-up start of about 100 points": the size of the open's move)
_MOVE_OF = re.compile(
    r"\b(?:" + _MOVE_NOUN + r"|gap-(?:up|down)\s+(?:start|open|opening))\s+" + _OF_HEDGE, re.I
)
_SPREAD_OF = re.compile(r"\b(?:discount|premium|spread)\s+" + _OF_HEDGE, re.I)
_PREMIUM_OF = re.compile(r"\b(?P<word>discount|premium)\s+" + _OF_HEDGE, re.I)
_FROM_PREVIOUS_CLOSE = re.compile(
    r"\s+(?:from|to|over|against|versus|vs\.?)\s+(?:[\w'’.-]+\s+){0,5}?(?:previous|prior|last)\s+"
    r"(?:session['’]s\s+)?(?:close|closing|settlement)\b",
    re.I,
)
# "a 150-point higher open", "a 300-point drop": points that measure a move, whatever the cue before
_ROW_COLON_BEFORE = re.compile(r"\w:\s*$")
_ROW_MOVE_AFTER = re.compile(
    r",\s*(?:(?:up|down)\s+|[+\-\u2212]|an?\s+(?:gain|loss|rise|fall|drop|decline)\s+of\s+)[\d.,]*\d\s*"
    r"(?:%|percent|per\s?cent|points?\b)",
    re.I,
)
# (past the percentage that restates it: "a 45-point, or 0.5%, gain")
_MOVE_AFTER_POINTS = re.compile(
    r"(?:,\s+or\s+[\d.]+\s?(?:%|per\s?cent|percent),)?\s+(?:higher|lower|" + _MOVE_NOUN + r")\b", re.I
)
_SIGN_BEFORE = re.compile(r"(?:^|[\s(])([+\-\u2212▲▼↑↓])\s?$")


def _sign_before(s: str, end: int) -> re.Match[str] | None:
    """The sign right before ``end`` ("FTSE 100 +1.4%"); looks at the last few characters only, so a
    long sentence of many figures stays linear."""
    return _SIGN_BEFORE.search(s, max(0, end - 5), end)


_UP_SIGNS = "+▲↑"
_SWING_BEFORE = re.compile(
    r"\b(?:swings?|swung|swinging)\s+(?:(?:about|around|nearly|almost|more\s+than|over)\s+)?$", re.I
)
_SWUNG_WHERE = re.compile(r"\s+(?:higher|lower|up|down|into\s+(?:positive|negative)\s+territory)\b", re.I)
# (and an options market's implied move: "pricing a move of roughly 2.1% in either direction")
_SWING_AFTER = re.compile(
    r"[\s-]+(?:intra-?day\s+|daily\s+)?swings?\b|\s+in\s+either\s+direction\b|\s+either\s+way\b", re.I
)
_WITHIN = re.compile(r"\bwithin\s+(?:about\s+|roughly\s+|around\s+)?$", re.I)
# a ticker and the sign of its quote, inline before the sentence's own verb: "futures ES00 +0.45% rose"
_TICKER_SIGN_BEFORE = re.compile(r"(?<![\w$])[A-Z]{2,6}\d{0,2}\s+[+\-\u2212]$")
_MOVE_VERB_AFTER = re.compile(
    r"\s+(?:rose|fell|gained|lost|climbed|dropped|declined|advanced|added|slipped|slid|jumped|sank|edged|"
    r"rallied|tumbled|surged|was|were|is|are)\b"
)
_DISTANCE_AFTER = re.compile(
    r"\s+(?:(?:below|above|short\s+of|shy\s+of|away\s+from)\s+(?:its|their|the|a)\b|(?:short|shy)\s+of\s+\d)",
    re.I,
)
_SHORT_OF_AFTER = re.compile(r"\s+(?:short|shy)\s+of\b", re.I)
# a level not reached: "just shy of the 10,000 mark", "1% short of 50,000"
_SHORT_OF = re.compile(r"\b(?:short|shy)\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$", re.I)
# RTT's "The KOSPI now sits just above the 4,040-point plateau": where the index stands, a level and no
# crossing (the words before a figure followed by "plateau"; not "support sits at the 25,800 level")
_SITS_NEAR_PLATEAU = re.compile(r"[\d,.]+[\s-]+(?:points?[\s-]+)?plateau\b", re.I)
_SITS_NEAR = re.compile(
    r"\b(?:sits|sat|rests|rested)\s+(?:(?P<near>just|slightly)\s+|comfortably\s+|right\s+)?"
    r"(?P<side>above|beneath|below|under|at)\s+the\s+$",
    re.I,
)
# ... and "nearly 20 per cent below its March 19 close": the move since that day
# "its March 19 close", "its close on April 2"
_DATED_CLOSE = (
    rf"(?:its|their|the)\s+(?:{_MONTH_RE}\.?\s+\d{{1,2}}\s+close|"
    rf"close\s+(?:on|of)\s+{_MONTH_RE}\.?\s+\d{{1,2}}\b)"
)
_FROM_PEAK = re.compile(
    r"\s+(?:" + _FROM_PEAK_WORDS + rf"|(?:below|under|above|off)\s+{_DATED_CLOSE}|"
    # futures "at 40,105, about 1.7% below the index's Friday close": the move from that close
    r"(?:below|above)\s+the\s+(?:index['’]s\s+)?(?:(?:\w+day(?:['’]s)?|previous|prior|last|latest|Osaka|cash)\s+)?"
    r"close)\b",
    re.I,
)
_HEDGE_WORDS = frozenset("over under about nearly roughly some almost approximately around".split())


def _level_figure(
    cue: str, before: str, value: float, decimals: int, m: re.Match[str], end: int, hedge: str | None
) -> _Figure:
    cue = cue.lower()
    held = _HEDGED_LEVEL.search(before)
    if held and not _FIRST_TIME_AFTER.match(m.string, end):
        # (but "trading above 4,300 points for the first time" crossed it)
        return _Figure("level", value, decimals, m.start(), end, held.group(1).lower())
    if hedge and hedge.startswith("just "):
        return _Figure("level", value, decimals, m.start(), end, hedge)  # "rose 1% to just under 26,450"
    # "at record high above 50,000": the word next to the figure says it is a threshold crossed
    nearest = before.rstrip().rsplit(None, 1)[-1].lower() if before.strip() else ""
    if cue in _CROSS_CUES or nearest in ("above", "below"):
        return _Figure("cross", value, decimals, m.start(), end, None)
    # "to nearly 26,450", "at around 50,900": the hedge right before the figure
    return _Figure("level", value, decimals, m.start(), end, hedge)


# "down 1.5 percent, closing at 23,530 on Friday" (not "12.7% in the three months to close the quarter at")
# (and "posting its first record close since November 2021 at 2,467.70")
_CLOSING_AT = re.compile(
    r"\b(?:closing|ending|finishing|settling)(?=\s+(?:the\s+\w+\s+)?at\b)|\brecord\s+close\b(?=[^,;]{0,30}\sat\s+$)"
)
_TO_END = re.compile(r"\b(?:to|at)\s+$")


_HAVING_MOVED = re.compile(r",\s+having\s+[a-z]+\s+$", re.I)
_ITS_OWN_DAY = re.compile(
    r"\s*(?:points?\s+|pts\s+)?(?:on|last)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week)\b",
    re.I,
)


def _groups(s: str, figures: list[_Figure]) -> list[_Group]:
    """Figures joined into claims: a new claim when a slot repeats or a connective intervenes."""
    groups: list[_Group] = []
    for fig in figures:
        cur = groups[-1] if groups else None
        slot = "level" if fig.kind in ("level", "cross") else fig.kind
        taken = cur is not None and (
            cur.slot(fig.kind) is not None or (slot == "level" and cur.slot("level") and fig.kind == "level")
        )
        between = s[cur.end : fig.start] if cur else ""
        if (
            cur is None
            or taken
            or _GROUP_BREAK.search(between)
            or (fig.kind == "level" and _OLD_RECORD_BETWEEN.search(between))
            # "was up 2.1 per cent by the time London closed, having plunged 971.82 points on Monday": the
            # figure of a day of its own
            or (_HAVING_MOVED.search(between) and _ITS_OWN_DAY.match(s, fig.end))
            or (
                _PERIOD.search(_RECORD_QUALIFIER.sub(" ", between))
                # "rose 3.4% for the week to 42,654.74": the level the move ended at
                and not (fig.kind == "level" and _TO_END.search(between))
            )
        ):
            groups.append(_Group([fig]))
        else:
            cur.figures.append(fig)
    return groups


# ---------------------------------------------------------------------------------------------------
# Context readers


def _direction(pre: str, inner: str, post: str) -> tuple[str | None, str | None]:
    """(direction, word): the nearest direction word before the figures, else inside or after them."""
    off = _OFF.search(pre)
    if off:
        return "down", off.group(1)
    ahead = _AHEAD.search(pre)
    if ahead:
        return "up", ahead.group(1)
    last = None
    for m in _DIRECTION.finditer(pre):
        last = m
    if last is None:
        last = _DIRECTION.search(inner) or _DIRECTION.search(post)
    if last is None:
        return None, None
    word = last.group(0)
    return _DIRECTION_OF[_SPACES.sub(" ", word.lower())], word


def _verb(pre: str, post: str) -> str | None:
    """The verb of the move as written, with its particle ("edged up", "was little changed"): nearest
    before the figures, else the first after, else a bare "was" / "were" before them ("was 1.4% lower")."""
    found = [
        m.group(0)
        for m in _VERB.finditer(pre)
        if m.group(0).lower() not in _NON_VERB or _TO_CLOSE.search(pre, 0, m.end())
    ]
    if not found:
        found = [m.group(0) for m in _VERB.finditer(post) if m.group(0).lower() not in _NON_VERB][:1]
    if not found:
        found = _COPULA.findall(pre)
    return _SPACES.sub(" ", found[-1]) if found else None


_EXTREME_BEFORE = re.compile(
    r"\b(?:(?:a|an|its|the|their)\s+)?(?:(?:record|all-time|intraday|session|day's|fresh|new)\s+)*(high|low)\s+of\s+$"
    r"|\bas\s+(high|low)\s+as\s+$",
    re.I,
)
# Reaching the day's extreme, not a record: "after hitting a low of 42,555.11"
_HIT_EXTREME = re.compile(
    r"\b(?:hit|hitting|touched|touching|reached|reaching|struck|striking|marked|marking)\s+(?:a|an|its|the)\s+"
    # ("after hitting an early high of 27,697.06")
    r"(?:(?:session|intraday|day's|day\u2019s|fresh|new|early|late)\s+)*(?:high|low)\s+of\s+$",
    re.I,
)
# ... or a record reached on the report's own day: "after hitting an all-time high of 3,136.47"
_HIT_RECORD = re.compile(
    r"\b(?:hit|hitting|touched|touching|reached|reaching|struck|striking|marked|marking)\s+(?:a|an|its|the)\s+"
    r"(?:(?:fresh|new|record|all-time|lifetime)\s+)+(?:high|record|peak)\s+of\s+$",
    re.I,
)
# a record high named before its level, its day after it: "its previous peak of 26,277.35 hit on Sept. 27"
_RECORD_PEAK_OF = re.compile(
    r"\b(?:record|all-time|previous|prior|lifetime)\s+(?:(?:record|all-time|intraday)\s+)?(?:high|peak)\s+of\s+$",
    re.I,
)
# "..., set on September 26, 2024, when it closed at a record", "..., at the close"
_CLOSED_WHEN = re.compile(
    r"[^;]*?(?:\bwhen\s+it\s+(?:closed|ended|finished|settled)\b|,?\s+at\s+the\s+close\b|\bon\s+a\s+closing\s+basis\b)"
)
_CLOSING_BASIS = re.compile(r"\bon\s+a\s+closing\s+basis\b", re.I)
# "The Dow closed at a record 48,704.01 on Thursday, eclipsing its previous high of ": the record close before
_TOPPED_BY_A_CLOSE = re.compile(
    r"\b(?:closed|ended|finished|settled)\s+at\s+(?:a\s+)?(?:fresh\s+|new\s+)?record\b[^;]*?,\s+"
    r"(?:eclipsing|topping|surpassing|beating|breaking|exceeding|passing)\s+(?:its|the)\s+[\w\s-]*$",
    re.I,
)
_SET_ON_AFTER = re.compile(r",?\s+(?:hit|set|reached|touched|marked|struck)\s+on\s+")
# The index an anaphor's place word names ("the Shanghai index" is the Shanghai Composite)
_FIGURES_FOR = re.compile(
    r"\b(?:estimates?|forecasts?|targets?|earnings|revenues?|profits?|outlook|guidance)\s+for\s+$", re.I
)
_PLACE_INDEX_ID = {
    "paris": "FCHI", "french": "FCHI", "frankfurt": "GDAXI", "german": "GDAXI", "london": "FTSE",
    "british": "FTSE", "tokyo": "N225", "japanese": "N225", "seoul": "KS11", "korean": "KS11",
    "shanghai": "SSEC", "shenzhen": "SZSC", "mumbai": "BSESN", "bse": "BSESN", "nse": "NSEI",
    "sydney": "AXJO", "australian": "AXJO",
    "taipei": "TWII", "taiwanese": "TWII", "singapore": "STI", "pan-european": "STOXX600", "hong kong": "HSI",
    "european": "STOXX600", "china": "SSEC",
    **{country.lower().split()[-1]: index_id for country, index_id in _COUNTRY_INDEX_ID.items()},
}  # fmt: skip
_PLACE_INDEX = re.compile(r"\b(?:" + "|".join(_PLACE_INDEX_ID) + r")\b")
# a clause set in a market whose indices the lexicon does not track: "In Saudi Arabia, the benchmark index",
# "On the Dubai Financial Market, the main index", "while in Abu Dhabi, the index"
_UNTRACKED_PLACE_BEFORE = re.compile(
    r"\b(?:[Ii]n|[Oo]n)\s+(?:the\s+)?(?:Dubai|Abu\s+Dhabi|Saudi(?:\s+Arabia)?|Riyadh|Qatar|Doha|Kuwait|Bahrain|"
    r"Oman|Muscat|Egypt|Cairo|Israel|Tel\s+Aviv|Turkey|Istanbul|Brazil|S[aã]o\s+Paulo|Mexico|Canada|Toronto|"
    r"South\s+Africa|Johannesburg|Nigeria|Lagos|Kenya|Nairobi|Pakistan|Karachi|Russia|Moscow|Poland|Warsaw|"
    r"Spain|Madrid|Italy|Milan|Switzerland|Zurich|the\s+Netherlands|Amsterdam|Thailand|Bangkok|Malaysia|"
    r"Kuala\s+Lumpur|Indonesia|Jakarta|the\s+Philippines|Manila|Vietnam|New\s+Zealand|Wellington)\b"
    r"[^.;,]{0,30},\s+(?:while\s+)?$"
)
# "still short of the previous record close of 42,224.02": a record set before, not the level reached
_OLD_RECORD_BETWEEN = re.compile(
    r"\b(?:short\s+of|shy\s+of|below|above|under|off|from|near|nearing|topping|surpassing|eclipsing|beating|"
    r"exceeding)\s+"
    # ("from Friday's record close of", "just shy of its Dec. 4 record close of")
    rf"(?:its|the|their|last\s+(?:year|month|week)['’]s|{_WEEKDAY_NAME}['’]s)\s+(?:[\w.-]+\s+){{0,3}}?"
    r"(?:record|peak|high)(?:\s+(?:close|closing\s+high|closing\s+level))?\s+of\s+$|"
    # "at 25,880.60, a record close, off an intraday high of 25,887.69": the session's extreme
    r"\boff\s+an?\s+(?:intraday|session|early|earlier)\s+(?:high|low|peak)\s+of\s+$|"
    # "nearly 20 per cent below its March 19 close of 24,771.14": another day's close
    rf"\b(?:short\s+of|shy\s+of|below|above|under|off|from)\s+{_DATED_CLOSE}\s+of\s+$",
    re.I,
)
# "up from Friday's close of 49,299.65", "from Friday's 49,299.65": another day's close, the level moved from
_DAYS_CLOSE_BEFORE = re.compile(
    # "down from last Friday's close of 2,536.80" in a Friday report: a week before
    r"\b(?:from|against|versus|vs\.?|compared\s+with|above|below)\s+(?P<day>(?:last\s+)?(?:Mon|Tues|Wednes|Thurs|Fri)day|"
    r"yesterday)['’]s\s+"
    r"(?:(?:record\s+|all-time\s+high\s+)?(?:close|closing\s+level|closing\s+high|finish|final\s+reading)\s+(?:of|at)\s+)?$",
    re.I,
)
# "about 0.6% below its record close of 6,890.89": the level is that record's close
_RECORD_CLOSE_BEFORE = re.compile(
    r"\b(?:record|all-time|previous|prior)\s+(?:close|closing\s+(?:high|level|record))\s+of\s+$|"
    # "its Feb. 19 closing record of 6,144.15", "its April 8 close of 4,982.77": a dated close
    r"\b(?:its|their|the)\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\s+"
    r"(?:record\s+)?(?:close|closing\s+(?:high|level|record|low))\s+of\s+$",
    re.I,
)
_RECORD_CLOSE_WAS = re.compile(
    r"\b(?:record|all-time|previous|prior)\s+(?:close|closing\s+(?:high|level|record))\s+(?:was|is)\s+$", re.I
)
# "against the previous close of 25,540.78", "against the index's Thursday close of 22,849.81"
_PREV_CLOSE_BEFORE = re.compile(
    r"\b(?:previous|prior|last|(?:the\s+index|its)['’]?s?\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday)['’]?s?)"
    r"\s+(?:session['’]s\s+)?close\s+of\s+$",
    re.I,
)
# "the broader Topix", "the secondary KOSDAQ", alias or not
_BROADER_BEFORE = re.compile(r"\b(?:broader|wider|secondary)\s+$", re.I)
_BROADER = re.compile(r"(?:broader|wider)\s", re.I)
_AT_SESSION_EXTREME_AFTER = re.compile(
    r",?\s*at\s+(?:its|their|the)\s+(?:session|intraday|day['’]s)\s+(?:high|low|peak|trough)s?\b", re.I
)
# "up nearly 900 points at its high" (not "closed up 1.2% at its high", "at its high of the year", "at the
# low end of its range")
_AT_EXTREME_AFTER = re.compile(
    # ("after being up more than 700 points at its high of the day")
    r",?\s*at\s+(?:its|their|the)\s+(?:high|low|peak)s?\b"
    r"(?!\s+(?:(?:of|for)(?!\s+the\s+(?:day|session)\b)|since|in|on|end)\b)",
    re.I,
)
_SESSION_EXTREME = re.compile(
    r"\b(?:at|from)\s+(?:the|its|their)\s+(?:highs?|lows?)\s+(?:of|for)\s+the\s+(?:session|day)\b|"
    r"\b(?:at|from)\s+(?:(?:its|their|the)\s+)?(?:session|intraday)\s+(?:high|low|peak|trough)s?\b|"
    # "At its low, the Hang Seng was down 13.8 per cent", "at the lows", "At the day's low"; not "at its high
    # of the year"
    r"\bat\s+(?:its|their|the)\s+(?:high|low)s?\b(?!\s+(?:of|for|since|in|on)\b)|\bat\s+the\s+day['’]s\s+(?:high|low)\b",
    re.I,
)


def _kind(
    local: str, lead: str, rest: str, subject: _Subject, group: _Group, is_bare_level: bool
) -> tuple[str | None, str | None]:
    """(kind, evidence) from the claim's own words, then the sentence lead, then a strong intraday cue
    in the rest of its clause ("hovered near 6,800, down 0.1%, in afternoon trade"); None when none
    decides.

    A weak intraday cue of the claim's own ("is up 1.1%") yields to what the lead says ("For the
    week, the S&P 500 is up 1.1%" is a period move)."""
    if subject.is_futures:
        return "futures", subject.surface
    if ended := _THEN_CLOSED_AT_THE_FIGURE.search(local):
        # "hit a record intraday high before closing 0.6% lower": the close, whatever came before it
        return "close", ended.group(1)
    if (called := _CALLS_THE_INDEX.search(lead)) and not (
        (close := _CLOSE_VERB.search(local))
        and not close.group(0).lower().startswith("to ")
        and not _WHERE_IT_BEFORE.search(local, 0, close.start())
    ):
        # ("IG calls the FTSE 100 to end the week 25 points higher", "... at 9,560, up 30 points from where it
        # closed" are still the call; "..., after it closed up 0.8%" is the close its own verb tells)
        # "CMC Markets calls the FTSE up 18 points ... this morning": a call, whatever the time of day
        return "futures", called.group(0).strip()
    # a period needs a move or a crossing: a level "last week" is a level on one day of it
    moves = group.slot("pct") or group.slot("points") or group.slot("cross")
    if moves is group.slot("cross") and (verb := _CLOSE_VERB.search(local)):
        return "close", verb.group(0)  # "closed above 45,000 for the first time this month": a close
    if at_close := _AT_THE_CLOSE_AFTER.match(rest):
        # "climbed 1.75 per cent to 25,976.79 at the close, after briefly rising above 26,000": the close
        return "close", at_close.group(1)
    if moves is group.slot("cross") and (fade := _THEN_FADES.match(rest)):
        return "intraday", fade.group(1)  # "ASX 200 breaks 9000 for the first time, then fades"
    # "In August last year the Nikkei plunged 12.4 per cent in a single session": a day, whatever the lead
    on_the_day = _ON_THE_DAY.search(local) or _FROM_THE_DAY_BEFORE_AFTER.match(rest)
    weak = None
    for text in (local, lead):
        m = _FUTURES.search(text)
        if m and not (text is lead and _AFTER_CLAUSE_WORD.search(text, max(m.end(), len(text) - 25))):
            # (not "US stock futures were flat after the Nasdaq Composite fell 0.93% on Wednesday": the cash
            # index of the clause after the futures)
            return "futures", m.group(0)
        m = (
            _SESSION_EXTREME.search(text)
            if text is lead
            else _AT_SESSION_EXTREME_AFTER.match(rest)
            or (bare if (bare := _AT_EXTREME_AFTER.match(rest)) and not _CLOSE_VERB.search(local) else None)
        )
        if m:  # "At its session high, the Dow had been up more than 700 points"; "up 400 points at its high"
            return "intraday", m.group(0).strip(", ")
        m = _PAREN_CLOSE.match(rest) if text is local else None
        if m:  # AFP's "Nikkei 225: UP 1.3 percent at 48,277.74 (close)"
            return "close", "(close)"
        joined = text + rest[:40] if text is local else text
        m = _SUPERLATIVE_PERIOD.search(joined) if moves else None
        if (
            m
            and (
                # (after the move's own figure: "fell 1.6% to 6,238.01 and closed out its worst week", not the
                # week's own "... and closed out its worst week since May with a loss of 2.4%")
                (
                    (pred := _ANOTHER_PREDICATE.search(joined, 0, m.start()))
                    and _DIGIT.search(joined, 0, pred.start())
                )
                or _CAPS_BEFORE.search(joined, 0, m.start())
            )
            and not (_WITH_ITS_FIGURE.match(joined, m.end()) and not _DAY_RIGHT_AFTER.match(rest))
        ):
            # "when the Nikkei lost 2.75% and logged its worst week": the day's move, then the week;
            # "tumbled 6% to cap its worst week": the day's move that ends it (but "capping its worst week
            # since April with a 2.4% loss" is the week's)
            m = None
        if m:  # "The Dow shed 3.1%, its worst week since March 2023"
            return "period", m.group(0)
        # "finished the year at 4,214.17, down 0.4 percent on the day" is the session's move
        # "a bruising end to last week on Wall Street, where the Dow tumbled 5.5% ... on Friday": the move's
        # own weekday tells of a day, whatever the lead
        period_words = moves and not on_the_day and not (text is lead and _ON_THE_DAY.search(text))
        unqualified = _RECORD_QUALIFIER.sub(" ", text) if period_words else ""
        if unqualified and text is local and ", wh" in unqualified:
            # "The Nikkei, which had a strong 2024, rose 1.2%": the aside tells of the index, not the move
            unqualified = _RELATIVE_ASIDE.sub(" ", unqualified)
        elif unqualified and text is lead:
            # "After Toyota reported a 20% drop in profit for the three months to September, the Nikkei
            # rose": a clause of other news before the index
            unqualified = _OTHER_NEWS_CLAUSE.sub(" ", unqualified)
        m = _PERIOD.search(unqualified) if period_words else None
        if period_words and m is None and text is local:
            # "tumbled 10.5% over Thursday and Friday and is now down 17%": two days that run on past the
            # claim's own words (the next claim's begin at "and Friday")
            m = _OVER_TWO_DAYS_AFTER.match(rest, len(rest) - len(rest.lstrip()))
        while m and _EXTREME_SET_BEFORE.search(unqualified, max(0, m.start() - 25), m.start()):
            # "rose 0.7% to pull closer to its all-time high set last week": the record's week, not the move's
            m = _PERIOD.search(unqualified, m.end())
        day = _MONTH_DAY_END.search(unqualified, 0, m.start()) if m else None
        if day and not _FROM_SINCE_END.search(unqualified, 0, day.start()):
            # "On April 4 this year, ... the Dow lost 5.5%": a day of this year ("from Jan. 2 this year": not)
            m = None
        while m and _CLOSED_THE_LAST_SESSION.search(unqualified, 0, m.start()):
            # "The Paris Bourse closed the last session of the month in negative territory"; the next
            # period words may still tell ("went into the last session of the year with a gain of more
            # than 17% for 2025")
            m = _PERIOD.search(unqualified, m.end())
        if (
            m
            and text is lead
            and not _MEASURED_PERIOD.search(m.group(0))
            and (close := _CLOSE_VERB.search(text, m.end()))
            and _DAY_RIGHT_AFTER.match(text, close.end())
        ):
            # "Wall Street gave the week a firm finish: all three major U.S. indexes closed at records on
            # Friday, with the S&P 500 gaining 0.49%": the day's close that ends the week
            m = None
        if (
            m
            and text is lead
            and not _MEASURED_PERIOD.search(m.group(0))
            and (_ON_A_WEEKDAY.match(rest) or _OWN_WEEKDAY.search(local))
        ):
            # "a bruising end to last week on Wall Street, where the Dow tumbled 5.5% on Friday", "To cap a
            # turbulent week, the Dow fell 1.2% on Friday", "finished the week higher, with the S&P/ASX 200
            # rising 0.7 per cent on Friday to 8967.9": the move's own weekday tells of a day; not "On a
            # weekly basis, the Sensex gained 1.2% on Friday", a period measured
            m = None
        if m:
            return "period", m.group(0)
        # "The Dow, which had been modestly higher in the morning, ended nearly 900 points lower": the aside
        # tells of earlier in the day, not of the move
        plain = _FIGURELESS_ASIDE.sub(" ", text) if text is local and ", wh" in text else text
        if "orning" in plain and (_CLOSE_VERB.search(plain) or not _LATER_IN_THE_DAY.search(plain)):
            # (not "turned lower on Monday afternoon, erasing morning gains": a report of the afternoon)
            plain = _SPENT_MORNING_MOVE.sub(" ", plain)
        m = _INTRADAY_STRONG.search(plain)
        if (
            m
            and text is local
            and moves
            and _HEADING_FOR.fullmatch(m.group(0))
            and (period := _PERIOD.search(_RECORD_QUALIFIER.sub(" ", lead)))
        ):
            # "For November, however, it is still heading for a loss of around 0.8 percent": the period's
            return "period", period.group(0)
        if m:
            return "intraday", m.group(0)
        m = _CLOSE.search(text)
        if m and m.group(0).lower() == "end" and _OTHER_END.match(text, max(0, m.start() - 10)):
            m = _CLOSE.search(text, m.end())  # "At the other end of the table, India's Nifty 50 rose 10.5%"
        if m:
            return "close", m.group(0)
        weak = weak or _INTRADAY_WEAK.search(text)
    m = _PERIOD_AFTER.match(rest) if moves and not on_the_day else None
    if m:  # "rose 10,444.94 points, or 26.2 percent, from the end of last year"
        return "period", m.group(0).lstrip(", ")
    if weak and (not is_bare_level or "trad" in weak.group(0).lower()):  # "was trading around 6,595"
        return "intraday", weak.group(0)
    m = _INTRADAY_STRONG.search(_CLAUSE_WORD.split(rest, maxsplit=1)[0])
    if m:
        return "intraday", m.group(0)
    if moves is not None and group.slot("cross") is None and (named := _CLOSE_APPOSITION.match(rest)):
        # "slumping 2.9% to 37,155.50, its lowest close since September": the move's own close
        return "close", named.group(1)
    return None, None


_HEADING_FOR = re.compile(_HEADED_FOR, re.I)
_AFTER_CLAUSE_WORD = re.compile(r"\b(?:after|following|since)\b")
_EXTREME_SET_BEFORE = re.compile(
    r"\b(?:high|record|peak|low|close)s?\s+(?:(?:it|they)\s+)?(?:set|hit|reached|notched|touched)\s+$"
)
# "up 30 points from where it closed": the call's reference, not a close of its own
_WHERE_IT_BEFORE = re.compile(r"\bwhere\s+(?:it|the\s+index)\s+$", re.I)
# a spread-betting firm's call on the index named next: "CMC Markets calls the FTSE up 18 points"
_SPREAD_BETTERS = r"(?:IG|CMC(?:\s+Markets)?|City\s+Index|Spreadex)"
# "IG calls the FTSE 100", "Broker IG indicates the DAX 0.5 percent higher"
_CALLS_THE_INDEX = re.compile(
    # ("spread betters at IG calling the blue-chip index 6 points higher")
    r"\b(?:calls|called|calling|indicates|indicated)\s+(?:the\s+)?(?:(?:blue-chip|benchmark|main|leading)\s+)?$|"
    # "Spread betting quotes from IG have the index opening 95 points lower", "IG had the index seen"
    rf"\b(?:[Ss]pread[\s-]betting\s+quotes|{_SPREAD_BETTERS})\b[^.;]{{0,40}}?"
    r"\b(?:have|has|had|see|sees|saw|puts?)\s+(?:the\s+)?$|"
    # ... its call's verb read past: "with spread betters at IG calling the blue-chip index 6 points higher"
    rf"\b[Ss]pread[\s-]bett(?:ers?|ing)\s+(?:at\s+)?{_SPREAD_BETTERS}\s*$"
)
# the report's own time of day, in a lead: "U.S. stock futures were higher this morning"
_THIS_PART_OF_DAY = re.compile(r"\bthis\s+(?:morning|afternoon)\b", re.I)
# a report of the day's later hours: "turned lower on Monday afternoon, erasing morning gains"
_LATER_IN_THE_DAY = re.compile(r"\bafternoon|\blunch|\bmidday|\blate\s+trad", re.I)
# a morning's move the session took back, told without its figure: "closed lower after a morning rally ran
# out of steam, with the Shanghai Composite down 1.15 percent", "closed lower, erasing morning gains": what
# the move came after, not the time of its figure
_SPENT_MORNING_MOVE = re.compile(
    r"\b(?:(?:erasing|erased|erases|wiping\s+out|wiped\s+out|giving\s+up|gave\s+up|paring|pared|reversing|reversed)"
    r"\s+(?:its\s+|their\s+|the\s+|an?\s+)?(?:early\s+)?morning\s+(?:gains|losses|rally|advance|rebound)(?=\s*,)|"
    r"(?:an?|the|its|their)\s+morning\s+(?:rally|advance|rebound|bounce|surge|slide|sell-?off|dip|gains|losses)\s+"
    r"(?:ran\s+out\s+of\s+steam|faded|fizzled|evaporated|petered\s+out|unwound|reversed)\b)",
    re.I,
)
# a move's apposition that names the close it ended at
_CLOSE_APPOSITION = re.compile(
    r",\s+((?:its|their|a)\s+(?:(?:lowest|highest|weakest|strongest|record|fresh|new|all-time|best|worst)\s+){1,2}"
    r"close)\b",
    re.I,
)
_AT_THE_CLOSE_AFTER = re.compile(r"\s*,?\s*((?:at|by|into)\s+the\s+close)\b(?!\s+(?:of|in|on)\b)", re.I)
# what a crossing gave back later in the session: "breaks 9000 for the first time, then fades"
_THEN_FADES = re.compile(
    r"[^,;.]{0,40}?,?\s+((?:then|before|but|only\s+to)\s+(?:fades?|faded|fading|retreats?|retreated|retreating|"
    r"pares?|pared|paring|eases?|eased|easing|slips?\s+back|slipped\s+back|falls?\s+back|fell\s+back|"
    r"gives?\s+up|gave\s+up|giving\s+up|reverses?|reversed|reversing))\b",
    re.I,
)
_OVER_TWO_DAYS_AFTER = re.compile(_OVER_TWO_DAYS)
_ON_A_WEEKDAY = re.compile(rf"\s*,?\s+on\s+{_WEEKDAY_NAME}\b(?!\s+(?:and|or|through|to|alone)\b)")
# a weekday among the claim's own figures: "rising 0.7 per cent on Friday to 8967.9"
_OWN_WEEKDAY = re.compile(
    rf"\bon\s+{_WEEKDAY_NAME}\b(?!\s+(?:and|or|through|alone)\b|\s+to\s+{_WEEKDAY_NAME})"
)
# period words that measure the move: "For the week", "on a weekly basis", "over the five sessions"
_MEASURED_PERIOD = re.compile(
    r"\b(?:for|over|in)\s+the\s+(?:[\w-]+\s+)?(?:week|month|quarter|year|half|sessions|days)\b|weekly|monthly|"
    r"quarterly|annual|yearly|basis|year[\s-]to[\s-]date|ytd|so\s+far|since\b",
    re.I,
)
_OTHER_NEWS_CLAUSE = re.compile(
    r"\b(?:After|Following|Despite|As|While|When)\s+(?:[\w'’-]+\s+){0,3}?(?:reported|said|posted|announced|"
    r"released|showed|published|unveiled|forecast)\b[^,;]*,"
)
_RELATIVE_ASIDE = re.compile(r",\s+(?:which|who|whose)\b[^,;]*,")
_FIGURELESS_ASIDE = re.compile(r",\s+(?:which|who|whose)\b[^,;\d]*,")


def _in_relative_aside(sentence: str, words: str) -> bool:
    """Whether ``words`` stand in a ", which ...," aside of ``sentence``."""
    at = sentence.find(words)
    return at >= 0 and any(m.start() < at < m.end() for m in _RELATIVE_ASIDE.finditer(sentence))


# "closed the last session of the month", "fell 0.87 per cent in the final session of the year"
_CLOSED_THE_LAST_SESSION = re.compile(
    r"\b(?:last|final|first)\s+(?:trading\s+)?(?:session|day)\s+of\s+$", re.I
)


def _resolve_date(m: re.Match[str], published: date) -> date | None:
    """Calendar date of one date expression, relative to the publication date."""
    if m.group("today") or m.group("dayfwd"):
        return published
    if m.group("md"):
        month = _MONTHS[m.group("md_month").lower()]
        year = int(m.group("md_year")) if m.group("md_year") else published.year - bool(m.group("md_last"))
        try:
            d = date(year, month, int(m.group("md_day")))
        except ValueError:
            return None
        return d if m.group("md_year") or m.group("md_last") or d <= published else d.replace(year=year - 1)
    if m.group("dm"):
        month = _MONTHS[m.group("dm_month").lower()]
        year = int(m.group("dm_year")) if m.group("dm_year") else published.year - bool(m.group("dm_last"))
        try:
            d = date(year, month, int(m.group("dm_day")))
        except ValueError:
            return None
        return d if m.group("dm_year") or m.group("dm_last") or d <= published else d.replace(year=year - 1)
    if m.group("my"):
        return None
    if m.group("last"):
        delta = (published.weekday() - _WEEKDAYS[m.group("last_wd").lower()]) % 7 or 7
        return published - timedelta(days=delta)
    if m.group("wd") and m.group("wd_month"):
        year = int(m.group("wd_year")) if m.group("wd_year") else published.year
        try:
            d = date(year, _MONTHS[m.group("wd_month").lower()], int(m.group("wd_day")))
        except ValueError:
            return None
        if m.group("wd_year") or d <= published:
            return d
        if d.weekday() == _WEEKDAYS[m.group("wd_name").lower()]:
            return None  # "before the market opens on Monday, Dec. 22" in a report of Dec. 12: a day to come
        return d.replace(year=year - 1)
    if m.group("wd"):
        delta = (published.weekday() - _WEEKDAYS[m.group("wd_name").lower()]) % 7
        return published - timedelta(days=delta)
    if m.group("eve"):
        eve = date(published.year, 12, 24 if m.group("eve_name").lower().startswith("christmas") else 31)
        return eve if eve <= published else eve.replace(year=published.year - 1)
    if m.group("ord"):
        day = int(m.group("ord_day"))
        if day <= published.day:
            return published.replace(day=day)
        prev = published.replace(day=1) - timedelta(days=1)
        return prev.replace(day=min(day, prev.day)) if day <= 31 else None
    return _previous_weekday(published)


def _previous_weekday(d: date) -> date:
    """The weekday before ``d``: "overnight" in a Monday report is Friday's New York session."""
    return d - timedelta(days={0: 3, 6: 2}.get(d.weekday(), 1))


def _last_day_of(ended: re.Match, published: date) -> date | None:
    """The last day of the period an "ended ... at" names ("ended 2024 at", "closed October at", "ended the
    quarter at"): the latest such period that is over by ``published`` or ends within a week of it (a
    year-end review on Dec. 30), and never after ``published``. The warehouse takes the last session on or
    before that day (a holiday moves it back); None for a year not over by then."""

    def last_day(year: int, month: int) -> date:
        return date(year, month, calendar.monthrange(year, month)[1])

    def ended_by(end: date) -> bool:
        return end - published <= timedelta(days=7)

    if year := ended.group("year"):
        end = last_day(int(year), 12)
        return min(end, published) if ended_by(end) else None
    if month := ended.group("month"):
        number = _MONTH_NAMES.split("|").index(month.capitalize()) + 1
        end = last_day(published.year, number)
        return min(end, published) if ended_by(end) else last_day(published.year - 1, number)
    span = ended.group("span").lower()
    if span == "week":  # a Friday, or the Thursday before a holiday
        return (
            published
            if published.weekday() == 3
            else published - timedelta(days=(published.weekday() - 4) % 7)
        )
    months = {"month": 1, "quarter": 3, "year": 12}[span]
    end_month = published.month + (-published.month) % months  # the period's last month
    end = last_day(published.year, end_month)
    if ended_by(end):
        return min(end, published)
    end_month -= months  # not over yet: the period before
    return last_day(published.year - (end_month < 1), (end_month - 1) % 12 + 1)


def _next_weekday(d: date) -> date:
    """The weekday after ``d``: Friday evening's futures trade for Monday."""
    return d + timedelta(days={4: 3, 5: 2}.get(d.weekday(), 1))


def _record_scope(m: re.Match[str], ref: date | None) -> tuple[str, date | None]:
    """(record_scope, record_after) of a record phrase, ``ref`` being the claim's reference date."""
    if m.group(0).lower().startswith(("first", "1st")):  # "for the first time ...", "its first close below"
        return _first_time_scope(m, ref)
    if _QUALIFIED_RECORD.search(m.string, m.start(), m.end() + 20) or _PERFORMANCE_RECORD.match(m.group(0)):
        return "qualified", None
    low = m.group(0).lower()
    side = "low" if _LOW_RECORD.search(m.string, m.start(), m.end() + 12) else "high"
    if span := _SPAN_HIGH.match(m.group(0)):
        # "a four-year high" is a record of the last four years: "in four years"
        back = "a decade" if span.group("decade") else f"{span.group('n')} {span.group('unit')}s"
        return f"{side}_since", _record_after(f"in {back}", ref)
    if low.endswith("since"):
        return f"{side}_since", _record_after(m.string[m.start() : m.end() + 40], ref)
    if low.endswith(("year", "years", "month", "months", "week", "weeks", "decade", "decades")):
        return f"{side}_since", _record_after(m.group(0), ref)
    return f"all_time_{side}", None


# the rest of a "first time" phrase: "since January", "in about 18 months", "in a decade" make it a record
# since then
_FIRST_SINCE = re.compile(
    r"(?:[^,;.]|[,.]\d){0,40}?\b(?:since\b|in\s+(?:about\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+)?"
    r"[\w\u00bd/ -]{1,20}?\s+(?:years?|yrs|months?|weeks?|decades?)\b)",
    re.I,
)
_BELOW = re.compile(r"\b(?:below|under|beneath)\b", re.I)


def _first_time_scope(m: re.Match[str], ref: date | None) -> tuple[str, date | None]:
    """(record_scope, record_after) of a first crossing: "topped 50,000 for the first time" is an all-time
    high, "its first close below 5,000 since April 2024" a low since then, "for the first time in a decade" a
    high of ten years (below: a low)."""
    text = m.string
    since = _FIRST_SINCE.match(text, m.end())
    side = (
        "low"
        if _BELOW.search(text, max(0, m.start() - 60), since.end() if since else m.end() + 25)
        else "high"
    )
    if not since:
        return f"all_time_{side}", None
    return f"{side}_since", _record_after(text[m.start() : since.end() + 40], ref)


# the last figure before a first crossing, and whether it is a percentage
_FIGURES_BEFORE = re.compile(r"\d[\d,.]*(\s?(?:%|per\s?cent\b|percent\b|pct\b))?")
# "It was the first time in about a year that the Nikkei average finished above 41,000"
_LEVEL_AFTER_FIRST = re.compile(r"[^,;.]{0,60}?\b(?:above|below|over|under|past)\s+(?:the\s+)?\d", re.I)


def _crosses_a_level(m: re.Match[str]) -> bool:
    """Whether a "first time" record tells of a level crossed: "tops 4,000 for 1st time", not "sending the
    two-year JGB yield above 1% for the first time since 2008" or "as foreign investors turned net buyers for
    the first time in three months"."""
    phrase = m.group(0).lower()
    if not phrase.startswith(("first", "1st")) or not phrase.endswith("time"):
        return True
    text = m.string
    figures = list(_FIGURES_BEFORE.finditer(text, max(0, m.start() - 60), m.start()))
    if figures:
        return not figures[-1].group(1)
    return _LEVEL_AFTER_FIRST.match(text, m.end()) is not None


def _record_after(phrase: str, ref: date | None) -> date | None:
    """First day a "highest since ..." record is measured from: the day after the stated period."""
    if ref is None:
        return None
    since = _RECORD_SINCE.search(phrase)
    if since:
        if since.group("year"):
            return date(int(since.group("year")) + 1, 1, 1)
        if since.group("ord"):
            day = int(since.group("ord"))
            start = (
                ref.replace(day=1)
                if day < ref.day
                else (ref.replace(day=1) - timedelta(days=1)).replace(day=1)
            )
            try:
                return start.replace(day=day) + timedelta(days=1)
            except ValueError:
                return None
        month = _MONTHS.get(since.group("month").lower().rstrip("."))
        if month is None:
            return None  # "since the 2008 crisis": not a date we can measure from
        year = int(since.group("myear")) if since.group("myear") else ref.year
        if since.group("day"):
            try:
                d = date(year, month, int(since.group("day")))
            except ValueError:
                return None
            if not since.group("myear") and d >= ref:
                d = d.replace(year=year - 1)
            return d + timedelta(days=1)
        if not since.group("myear") and date(year, month, 1) >= ref.replace(day=1):
            year -= 1
        return date(year + (month == 12), month % 12 + 1, 1)
    years = _RECORD_SPAN.search(phrase)
    if years:
        n = int(years.group("n")) if years.group("n") else _NUMBER_WORDS.get(years.group("word").lower())
        if n is None:
            return None
        unit = years.group("unit").lower()
        if unit == "week":
            return ref - timedelta(weeks=n)
        months = ref.year * 12 + ref.month - 1 - n * {"month": 1, "year": 12, "decade": 120}[unit]
        first = date(months // 12, months % 12 + 1, 1)
        return first.replace(day=min(ref.day, calendar.monthrange(first.year, first.month)[1]))
    if "this year" in phrase.lower():
        return date(ref.year, 1, 1)
    return None


def _may_have_date(text: str) -> bool:
    """Cheap test that ``text`` can hold a _DATE match: each of its forms has a digit, a weekday
    (all end in "day"), "overnight", "last night", "previous", "prior", "last close" or an "Eve"."""
    low = text.lower()
    return (
        "day" in low
        or "night" in low
        or "previous" in low
        or "prior" in low
        or "last close" in low
        or " eve" in low
        or _DIGIT.search(text) is not None
    )


def _date(
    pre: str, post: str, lead: str, published: date, between: str = ""
) -> tuple[date | None, str | None, bool]:
    """(reference date, evidence, explicit?) from the claim's words (after, between and before its
    figures), then the lead; default published.

    "previous close of X" dates the figure right after it, so it counts only before the figures.
    """
    for text in (post, between, pre, lead):
        if not _may_have_date(text):
            continue
        # in the lead, the date nearest the index ("Friday's declines came after a session Thursday, when
        # the S&P 500 lost 4.84%")
        for m in reversed(list(_DATE.finditer(text))) if text is lead else _DATE.finditer(text):
            if (
                (
                    text is not pre
                    and text is not lead
                    and m.group("prev")
                    and not m.group(0).lower().startswith(("overnight", "last night"))
                    # "South Korea's Kospi lost 1.7 per cent yesterday" (not "from yesterday's close", "than
                    # yesterday")
                    and not (
                        m.group(0).lower() == "yesterday"
                        and text[m.end() : m.end() + 1] not in ("'", "’")
                        and not _FROM_BEFORE.search(text, max(0, m.start() - 12), m.start())
                    )
                )
                or (text is not pre and m.group("dayafter"))
                or (text is post and m.group("dayback") and m.group(0).endswith(("'s", "’s")))
            ):
                continue
            if _FOR_A_HOLIDAY.match(text, m.end()) or _AFTER_A_HOLIDAY_BEFORE.search(
                text, max(0, m.start() - 50), m.start()
            ):
                # "before the market closed Monday for a substitute holiday", "After the May Day holiday on
                # Thursday": no session (but "With Wall Street closed for the Independence Day holiday on
                # Friday, the STOXX 600 fell" is Europe's Friday)
                continue
            if (
                (text is pre or text is lead)
                and m.group(0).endswith(("'s", "’s"))
                and (
                    # "took profits after Monday's record-breaking rally, and the Kospi lost 0.8%" (not "after
                    # Friday's 2.7% slump", the figure's own day, nor "after Friday's sell-off, when the Dow
                    # shed", nor "after Friday's session, in which the Nikkei slid")
                    (
                        text[m.end() :].strip()
                        and (
                            _LOOK_BACK_BEFORE.search(text, max(0, m.start() - 12), m.start())
                            # "The Nikkei gave back Thursday's gains, falling 1.1%"
                            or _UNDOING_BEFORE.search(text, max(0, m.start() - 20), m.start())
                        )
                        and not _WHEN.search(text, m.end())
                        and not _TELLS_OF_THE_FIGURE.match(text, m.end())
                    )
                    # "closed 1.8% lower as Tokyo caught up with Friday's global sell-off, while the Kospi
                    # closed 0.3% higher": the day of an earlier clause's news (not a frame of the sentence:
                    # "In Tuesday's session the S&P 500 ended little changed, while")
                    or (
                        _OTHER_CLAUSE_AFTER.match(text, m.end())
                        and not _FRAME_BEFORE.search(text, max(0, m.start() - 8), m.start())
                    )
                )
            ):
                continue
            if m.group("wd") and _AHEAD_OF_BEFORE.search(text, max(0, m.start() - 12), m.start()):
                continue  # "ahead of Tuesday's session", "ahead of Friday's jobs report": a day to come
            if _WHERE_SHUT_BEFORE.search(text, max(0, m.start() - 50), m.start()):
                continue  # "In mainland China, where markets were also shut on Friday, the Shanghai ... fell"
            if m.group("wd") and _WILL_IN_CLAUSE_BEFORE.search(text, max(0, m.start() - 40), m.start()):
                continue  # "where markets will trade as usual on Friday, the Shanghai ...": a day to come
            if (
                text is post
                and m.group(0).endswith(("'s", "’s"))
                and _RECOVERING_BEFORE.search(text, max(0, m.start() - 40), m.start())
            ):
                continue  # "is down 2.6% as it catches up with Friday's sell-off": a look back
            if text is not pre and _FROM_WHERE_IT_CLOSED_BEFORE.search(
                text, max(0, m.start() - 40), m.start()
            ):
                continue  # "up 30 points from where it closed on Friday": the day of the reference close
            if listed := _DAY_LIST_AFTER.match(text, m.end()):
                # "lost 1,000 points on Thursday and Friday last week": two sessions, no one of them
                return None, text[m.start() : listed.end()].strip(), True
            return _resolve_date(m, published), m.group(0).strip(), True
    if (past := _SET_LAST_YEAR.match(post)) is not None:
        # "its previous record close of 42,224.02 set in July last year": a session no date names
        return None, past.group(0).strip(), True
    for text in (post, pre, lead):
        # "In August last year the Nikkei plunged 12.4%", "It first hit 6,000 in November last year": a
        # session of another year, which no date names (after the figures only "in ... last year", "in 2024")
        past = (_IN_ANOTHER_YEAR if text is post else _ANOTHER_YEAR).search(text)
        if past and (not past.group("year") or int(past.group("year")) < published.year):
            return None, past.group(0).strip(), True
    return published, None, False


# "end" of a ranking, not of a session: "At the other end of the table", "the bottom end of the list"
_OTHER_END = re.compile(
    r".{0,10}?\b(?:other|bottom|top|far|opposite)\s+end\b|.{0,10}?\bend\s+of\s+the\s+(?:table|list|ranking|spectrum|scale|league)\b",
    re.I,
)
_TELLS_OF_THE_FIGURE = re.compile(
    r"[\w\s-]{0,30}?(?:,\s+(?:in\s+which|which\s+saw|during\s+which)|\s+(?:that\s+)?(?:knocked|sent|dragged|pushed|"
    r"pulled|wiped|took|left|saw|drove|lifted)\b)"
)
_AHEAD_OF_BEFORE = re.compile(r"\bahead\s+of\s+$", re.I)
# the index's own market shut that day, told in a clause of its place (not "While London was shut on Monday,
# the STOXX 600 slipped 0.2%": the others' session)
_WHERE_SHUT_BEFORE = re.compile(
    r"\bwhere\s+(?:the\s+)?(?:markets?|stocks|trading|exchanges?|bourses?)\s+(?:were|was|had\s+been)\s+"
    r"(?:also\s+)?(?:closed|shut)\s+(?:on\s+)?$",
    re.I,
)
_WILL_IN_CLAUSE_BEFORE = re.compile(
    # "when trading resumes on Tuesday": a day to come too
    r"\b(?:will|shall)\s[^,;.]*$|\bwhen\s+(?:trading|markets?|it|they|stocks)\s+(?:resumes?|reopens?)\s+(?:on\s+)?$",
    re.I,
)
_FROM_WHERE_IT_CLOSED_BEFORE = re.compile(
    r"\bfrom\s+where\s+(?:it|the\s+index)\s+(?:closed|ended|finished|settled)\s+(?:on\s+)?$|"
    # futures "about 1.7% below the index's Friday close"
    r"\b(?:below|above)\s+the\s+index['’]s\s+$",
    re.I,
)
# the possessive's noun ends its clause: "Friday's global sell-off, while the Kospi ..." (not "During
# Tuesday's regular session, the S&P 500 slipped 0.1%, while ...", a frame of the whole sentence)
_OTHER_CLAUSE_AFTER = re.compile(r"(?:\s+[A-Za-z-]+){1,5}(?:,\s+(?:while|whereas|but)\b|;)")
_FRAME_BEFORE = re.compile(r"\b(?:in|on|during|at)\s+$", re.I)
_LOOK_BACK_BEFORE = re.compile(r"\b(?:after|following|since|despite)\s+$", re.I)
_UNDOING_BEFORE = re.compile(
    r"\b(?:gave\s+back|giv(?:ing|es)\s+back|eras(?:ed|ing|es)|revers(?:ed|ing|es)|wip(?:ed|ing|es)\s+out|"
    r"extend(?:ed|ing|s)|add(?:ed|ing|s)\s+to|recoup(?:ed|ing|s)|pare(?:d|s)|paring)\s+(?:all\s+|most\s+|some\s+|"
    r"part\s+)?(?:of\s+)?$",
    re.I,
)
_FROM_BEFORE = re.compile(r"\b(?:from|than|since|versus|vs\.?|against|with)\s+$", re.I)
_FOR_A_HOLIDAY = re.compile(
    # (not "UK markets were closed on Monday for the August bank holiday, when the S&P 500 lost 0.43%": the
    # day of the when-clause's session)
    r"\s+for\s+(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){0,4}?(?:holiday|festival)s?(?![\w-])(?!,\s+when\b)",
    re.I,
)
_ENDED_A_PERIOD_AT = re.compile(
    r"\b(?:ended|finished|closed|ending|finishing|closing)\s+(?:out\s+)?"
    # "ended 2024 at", "closed October at", "ended the quarter at"
    rf"(?:(?P<year>(?:19|20)\d\d)|(?P<month>{_MONTH_NAMES})|the\s+(?:(?:first|second|third|fourth)\s+)?(?P<span>week|month|quarter|year))\s+at\s+"
    # "ended 2024 at a record 23,035.10", "at an all-time closing high of", "at a two-month low of"
    r"(?:an?\s+(?:[\w-]+\s+){0,3}?(?:record|high|low|close|level|peak)(?:\s+of)?\s+)?$",
    re.I,
)
_FROM_BEFORE_A_DAY = re.compile(
    # not a possessive, which names another close: "a record close of 48,704.01 from Wednesday's 48,057.75"
    r"^\s+from\s+(?=(?:Christmas|New\s+Year|[A-Z][a-z]+day\b|[A-Z][a-z]{2,8}\.?\s+\d)(?!(?:\s+Eve)?['\u2019]s\b))"
)
_AFTER_A_HOLIDAY_BEFORE = re.compile(
    # "After the May Day holiday on Thursday", "following Thanksgiving on Thursday" (not "Returning from the
    # Chuseok holiday on Friday, the KOSPI jumped", the day trade resumed, nor "after Christmas on Friday")
    # ... and "the first session since the Ching Ming Festival holiday on Friday"
    r"\b(?:after|following|since)\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,4}?(?:holidays?|Thanksgiving)\s+"
    r"(?:on\s+)?$|"
    # the market's own break, set off in commas: "Japanese markets, closed for a holiday on Monday, reopened",
    # "U.S. stocks, closed for Thanksgiving on Thursday, ended"
    r",\s+(?:which\s+(?:was|were)\s+)?(?:closed|shut)\s+for\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,4}?"
    r"(?:holidays?|Thanksgiving|Christmas)\s+(?:on\s+)?$",
    re.I,
)
_YEAR_AFTER = re.compile(r",\s*(?:19|20)\d\d\b")
_FROM_SINCE_END = re.compile(r"\b(?:from|since)\s+$", re.I)
# a month and day ending the words before ("was on Dec. 28", "On April 4 this year")
_MONTH_DAY_END = re.compile(rf"\b{_MONTH_RE}\.?\s+\d{{1,2}}\s*$")
_SET_LAST_YEAR = re.compile(
    r"\W*(?:set|reached|hit|recorded|notched|marked)\s+(?:(?:on|in)\s+(?:[\w.]+\s+){0,3}?last\s+year\b|"
    # "its previous record close of 45,014.04 set in December": a session of that month, which no day names
    r"in\s+(?:early\s+|late\s+|mid-?)?(?:" + _MONTH_NAMES + r")\b(?![\s.]*\d))",
    re.I,
)
_IN_ANOTHER_YEAR = re.compile(
    r"\bin\s+(?:(?:" + _MONTH_NAMES + r")\s+)?"
    r"(?:last\s+year\b|(?P<year>(?:19|20)\d\d)\b(?!\s*[-\u2013]\s*\d))"
)
_ANOTHER_YEAR = re.compile(
    r"\blast\s+year\b|\ba\s+year\s+(?:ago|earlier)\b|\b(?:in|close\s+of)\s+(?:(?:January|February|March|April|May|June|July|"
    r"August|September|October|November|December)\s+)?(?P<year>(?:19|20)\d\d)\b(?!\s*[-\u2013]\s*\d)"
)


# ---------------------------------------------------------------------------------------------------
# Subjects


def _subjects(
    s: str,
    base: int,
    mentions: list[Mention],
    previous: list[Mention],
    lexicon: IndexLexicon,
    secondary: frozenset[int] = frozenset(),
    it_index: str | None = None,
    not_antecedents: frozenset[int] = frozenset(),
) -> list[_Subject]:
    """Mentions that can carry a move (not "in the Nikkei", not "S&P 500 companies"), plus anaphors;
    ``secondary`` holds the offsets of indices named as the broader one, which "the index" skips;
    ``it_index`` is the index an "it" opening the sentence refers to when the sentence before named none
    and spoke of one by an anaphor ("For the week, the benchmark gained 3.8%. It has climbed 31.5%")."""
    subjects: list[_Subject] = []
    futures_of_last = False  # whether the subject before was futures by the words before it
    for m in mentions:
        start, end = m.char_start - base, m.char_end - base
        if (
            subjects
            and subjects[-1].index_id == m.entity_id
            and _ADJACENT_SAME.match(s[subjects[-1].end : start])
        ):
            subjects[-1].end = end  # "Hang Seng index .HSI": one subject
            continue
        futures_of = _FUTURES_OF.search(s, max(0, start - 30), start) or (
            # "futures for the S&P 500 and the Dow Jones Industrial Average": both indices' futures
            futures_of_last and _AND_THE_NEXT.fullmatch(s, subjects[-1].end, start)
        )
        futures_of_last = bool(futures_of)
        if (
            _LEAD_PREP.search(s, max(0, start - 60), start)
            and not _POSSESSIVE_MOVE.match(s, end)
            # "a rout dragged the S&P 500 down 1.16%": the move the index was dragged to is its own
            and not (_CAUSED_MOVE_AFTER.match(s, end) and _CAUSATIVE.search(s, max(0, start - 40), start))
            and not futures_of
            and not re.match(r",\s+which\b", s[end:])
            and not _fronted_noun(s, max(0, start - 80), start)
        ):
            continue
        if _FOLLOWER.match(s, end):
            continue
        if _FORECAST_OF.search(s, max(0, start - 90), start):
            continue  # "sees the Stoxx 600 ending 2026 at 600", "a pledge to lift the Kospi to 5,000"
        alias = lexicon.lookup(m.surface)
        is_futures = (
            bool(alias and alias.is_futures) or bool(futures_of) or bool(_FUTURES_AFTER.match(s, end))
        )
        is_object = bool(_CAUSATIVE.search(s, max(0, start - 40), start))
        subjects.append(_Subject(m.entity_id, m.surface, start, end, is_futures, is_object))
    antecedents = previous + mentions
    for a in _GROUP_ANAPHOR.finditer(s) if _may_name_a_group(s) else ():
        # a bare "both" ("after both had been up") only for two indices of its own sentence: "Italy's
        # FTSE MIB and Spain's IBEX both fell" speaks of indices the lexicon does not know
        named = mentions if a.group(0).lower() == "both" else antecedents
        ids = list(dict.fromkeys(m.entity_id for m in reversed(named) if m.char_start - base < a.start()))
        if len(ids) >= 2 and not any(sub.start <= a.start() < sub.end for sub in subjects):
            first, second = ids[1], ids[0]
            # "S&P 500 futures and Nasdaq 100 futures both lost 0.3%": both are futures
            named_here = [sub.is_futures for sub in subjects if sub.index_id in (first, second)]
            futures = bool(named_here) and all(named_here)
            subjects.append(_Subject(first, a.group(0), a.start(), a.end(), futures, also=(second,)))
    for a in _ANAPHOR.finditer(s):
        if any(sub.start <= a.start() < sub.end + 2 for sub in subjects):
            continue
        if _IN_THE_INDEX.search(s, max(0, a.start() - 12), a.start()) and _APPOSITIVE_END.match(s, a.end()):
            continue  # "SoftBank Group, a heavyweight in the index, tumbled 10.5%": the index is no subject
        if (
            s.endswith(" of ", 0, a.start())
            or _FIGURES_FOR.search(s, max(0, a.start() - 30), a.start())
            or (a.group(0).endswith("bourse") and s.endswith((" on ", " in "), 0, a.start()))
        ):
            # "The market capitalization of the main bourse rose 77.1 percent", "Trading volume on the main
            # bourse rose 18 percent", "earnings estimates for the index have increased by 1.2%": another
            # subject
            continue
        if a.group(0).lower() == "it" and subjects and not _IT_OPENS_CLAUSE.search(s, 0, a.start()):
            continue  # "it" in a sentence that names an index is that index only where a clause opens
        if (
            a.group(0).lower() == "it"
            and not subjects
            and _OTHER_SUBJECT.match(s)
            and _MOVED_BEFORE.search(s, 0, a.start())
        ):
            continue  # "The dollar index fell 0.1% to 96.77, leaving it down 10.8%": what moved before it
        if a.group(0).lower() == "it" and not subjects and _OF_ANOTHER_ASSET.match(s):
            continue  # "The won closed at 1,477.5 per dollar ..., when it ended at 1,484.1": the won
        prior = [m for m in antecedents if m.char_start - base < a.start()]
        surface = a.group(0).lower()
        place = _PLACE_INDEX.search(surface)
        own = (
            _PLACE_INDEX_ID[place.group(0)]
            if place and lexicon.region(_PLACE_INDEX_ID[place.group(0)])
            else ""
        )
        if not own and "regional" in surface.split():
            # "the regional benchmark" after Europe's indices is the pan-European STOXX 600; after Asia's, an
            # index the lexicon does not track (MSCI's Asia-Pacific)
            if not prior or lexicon.region(prior[-1].entity_id) != "europe":
                continue
            own = _PLACE_INDEX_ID["pan-european"]
        if (
            own
            and surface.endswith("stock market")
            and any(lexicon.region(sub.index_id) == lexicon.region(own) for sub in subjects)
        ):
            # "The Taiwan stock market has moved higher ..., with the TAIEX collecting ...": the named index's
            continue
        if own:
            # "the Shanghai index", "Germany's leading index": that market's index, whatever was named last
            subjects.append(_Subject(own, a.group(0), a.start(), a.end(), False))
            continue
        if surface != "it" and _UNTRACKED_PLACE_BEFORE.search(s, max(0, a.start() - 60), a.start()):
            continue  # "In Saudi Arabia, the benchmark index declined 0.9 per cent": an untracked market
        if _US_WORD.search(surface):
            # "Overnight, the US benchmark fell 1.6%" after the Sensex: an index of New York's, or none
            prior = [m for m in prior if lexicon.market(m.entity_id) == "XNYS"]
        if not prior or " of " in surface:
            continue  # "The index of 200 large-cap stocks" names no market: not the index named before
        ante = prior[-1]
        words = frozenset(surface.split()) - _GENERIC_ANAPHOR_WORDS
        if (
            surface != "it"
            and ante.char_start >= base
            and _CONSEQUENCE_BEFORE.search(s, max(0, a.start() - 12), a.start())
            and any(
                sub.index_id == ante.entity_id and sub.start == ante.char_start - base for sub in subjects
            )
            and _DIGIT.search(s, ante.char_end - base, a.start())  # its own move, told after it
            and (not words or lexicon.described_by(ante.entity_id, words))
        ):
            # "..., while South Korea's Kospi rose 0.5%, leaving the benchmark up 19.9% in October": the
            # index of the clause the consequence follows
            pass
        elif surface != "it" and "underlying" not in surface:
            # "the benchmark", "the index" is the main index of the latest sentence naming one, not the
            # last named ("The KOSPI and the KOSDAQ jumped ..., with the benchmark closing at 2,764.09";
            # "The Nikkei fell 0.21%, while the broader Topix ended higher. The index had risen ..."); "it"
            # is the last named
            if ante.char_start < base and ante.char_start in not_antecedents:
                # "The index had been up 0.8 per cent before S&P 500 futures turned lower. The benchmark index
                # is up 5.3 per cent this year": futures in another subject's clause are not "the benchmark";
                # nor is an index named to compare ("the benchmark is up 36%, almost triple the S&P 500's 14%
                # gain. ... the index closed at 14,961.18")
                prior = [m for m in prior if m.char_start not in not_antecedents] or prior
                ante = prior[-1]
            latest = [m for m in prior if m.sentence_no == ante.sentence_no]
            ante = latest[0]
            # ... unless its words describe another index of that sentence: "The Dow rose 0.5%, the S&P
            # 500 0.3% and the Nasdaq 0.2%. The benchmark index has gained 12% this year, the tech-heavy
            # index 15%" (the words of each index's aliases: "benchmark S&P 500", "tech-heavy Nasdaq")
            described = [m for m in latest if lexicon.described_by(m.entity_id, words)] if words else []
            if words and not described:
                # "The Hang Seng Tech Index added 8.4%. The benchmark has gained 20.8%", "The FTSE 100 ...
                # the S&P 500 ... The blue-chip index has opened 0.2% lower": the index its words describe
                # named before, when the latest sentence names none
                described = [m for m in reversed(prior) if lexicon.described_by(m.entity_id, words)][:1]
            main = lexicon.benchmarks.get(ante.entity_id)
            if described:
                ante = described[0]
            elif main and not _MAIN_WORDS.isdisjoint(surface.split()):
                # "The TOPIX was up 12.87 points. The key index rose as much as 380 points": the market's
                # main index, when the report has named it
                ante = next((m for m in reversed(prior) if m.entity_id == main), ante)
            elif (
                main
                and main != ante.entity_id
                and len({m.entity_id for m in latest}) > 1
                and any(m.entity_id == main for m in prior if m.sentence_no < ante.sentence_no)
            ):
                # "The Hang Seng Index closed 2.4% higher. The Hang Seng Tech Index advanced 3 per cent, while
                # ... the Shanghai Composite Index added 0.6 per cent. The index lost nearly 4 per cent last
                # week": after a round of other indices, the market's main index named before
                ante = next(m for m in reversed(prior) if m.entity_id == main)
            elif ante.char_start in secondary:
                # "The Nikkei rose 2.46% ... The broader Topix gained 1.2%. On Friday, the index had
                # climbed 1.35%": the index of the report, not the broader one named beside it
                main = [
                    m
                    for m in prior
                    if m.char_start < ante.char_start
                    and m.char_start not in secondary
                    and lexicon.market(m.entity_id) == lexicon.market(ante.entity_id)
                ]
                ante = main[-1] if main else ante
        alias = lexicon.lookup(ante.surface)
        is_futures = bool(alias and alias.is_futures)
        earlier = [sub for sub in subjects if sub.start < a.start()] if surface == "it" else []
        if earlier:  # "the benchmark index gained 5.5%, and it has rallied 24%": the clause's subject
            last = max(earlier, key=lambda sub: sub.start)
            index_id, is_futures = last.index_id, last.is_futures
        elif surface == "it" and it_index and not mentions:
            index_id, is_futures = it_index, False
        else:
            index_id = ante.entity_id
        subjects.append(
            _Subject(
                index_id,
                a.group(0),
                a.start(),
                a.end(),
                # "the underlying gauge" of futures, and "the index" after them ("S&P 500 futures were
                # flat after the index slipped 0.4%"), is the index itself; but a contract named like an
                # index, GIFT Nifty ("Trends on GIFT Nifty indicated ..., with the index trading 58 points
                # lower"), stays one
                is_futures
                and (
                    surface == "it"
                    or (
                        "nifty" in ante.surface.lower()
                        and ante.char_start >= base
                        and not _CASH_BEFORE.search(s, max(0, a.start() - 14), a.start())
                        and not _CASH_AFTER.match(s, a.end())
                    )
                ),
            )
        )
    subjects.sort(key=lambda x: x.start)
    return subjects


_US_WORD = re.compile(r"\bu\.s\.|\bus\b")
# an index named to compare: "almost triple the S&P 500's 14% gain", "compared with the Nikkei's"
_COMPARED_BEFORE = re.compile(
    r"\b(?:than|compared\s+(?:with|to)|versus|vs\.?|(?:double|triple|twice|thrice|half)|outpacing|outperforming|"
    r"beating|lagging|trailing)\s+(?:that\s+of\s+)?(?:the\s+)?$"
)
# the cash index after its contract: "GIFT Nifty was down 0.2% at 26,050, after the index closed 0.47% lower"
_CASH_BEFORE = re.compile(r"\b(?:after|before|following|since|when|though)\s+$", re.I)
_CASH_AFTER = re.compile(r"\s+(?:had\s+)?(?:ended|closed|finished|settled)\b", re.I)
# a sentence that opens on a subject of its own ("The dollar index", "A gauge of"), not on a clause
_OTHER_SUBJECT = re.compile(r"(?:The|A|An)\s")
_MOVED_BEFORE = re.compile(
    r"\b(?:fell|rose|slipped|gained|lost|dropped|climbed|declined|added|jumped|slid|eased|weakened|strengthened|"
    r"firmed|advanced|retreated|tumbled|surged|plunged|edged\s+(?:up|down|higher|lower))\s+(?:by\s+)?"
    r"(?:(?:about|nearly|almost|some)\s+)?[\d.]+\s?(?:%|per\s?cent|percent|pct\b)"
)
# a clause of its own ("after the index gained 1.1% on Thursday"); a when-clause tells of the same index
_NEW_CLAUSE = re.compile(r"\b(?:after(?!\s+the\s+open)|before|but|and|while|as|having|following)\b")
_CONSEQUENCE_BEFORE = re.compile(r",\s+(?:leaving|taking|putting|bringing|pushing|lifting|sending)\s+$")
_IN_THE_INDEX = re.compile(r"\b(?:in|on|of|to|within|among|across)\s+$", re.I)
_APPOSITIVE_END = re.compile(r",(?!\s+which\b)")
_SUBJECT_ASIDE = re.compile(
    r"\s*\([^()]{1,20}\):\s|,\s+(?:tracking|which|comprising|made\s+up\s+of|home\s+to)\b[^,;:()\d]{1,80},\s|"
    # "the CSI 300 in Shanghai and Shenzhen fell", "the CSI 300 Index of Shanghai and Shenzhen stocks lost",
    # "the CSI 300 Index of the biggest Shanghai- and Shenzhen-listed companies lost"
    r"(?:\s+index)?\s+(?:in|of)\s+(?:the\s+)?(?:(?:\d+\s+)?(?:biggest|largest|top|leading|major)\s+)?"
    r"[A-Z][\w-]*\s+and\s+[A-Z][\w-]+(?:\s+(?:stocks|shares|companies|firms|markets))?(?=\s)"
)


# ", before giving back 8.02%": a participle with no subject of its own goes back to the index
_BACK_TO_THE_INDEX = re.compile(
    r",\s+before\s+(?!(?:announcing|saying|reporting|posting|warning|unveiling|releasing|publishing|signing|"
    r"agreeing|launching|issuing|completing|confirming|denying|telling|cutting|raising|lowering|hiking|"
    r"holding|keeping|leaving)\b)(?=[a-z]+ing\b)"
)
# a move with its figure in another subject's clause: "Xiaomi, which jumped as much as 7%", "Zip surging 20%"
_ANOTHER_MOVE = re.compile(
    r"\b(?:" + _MOVE_VERBS + r")\s+(?:[a-z]+\s+){0,3}?[\d.,]+\s?(?:%|per\s?cent|percent|points?)",
    re.I,
)


# a row's dash between the index and its figures: "S&P 500 – 6,467 (+0.32%)", "Nikkei — up 0.5%"
_DASH_ROW = re.compile(r" [\u2013\u2014] (?=[+\-\u2212]?\d|\((?:[+\-\u2212]\s?)?\d|(?:up|down)\s+\d)", re.I)


def _scope_end(s: str, subject: _Subject, next_start: int) -> int:
    """Where a subject's clause ends: the next subject, or the first clause break after its first figure."""
    # "Nikkei 225: UP 1.3 percent at 48,277.74 (close)": a colon right after the index opens its figures
    # ("S&P 500 – 6,467 (+0.32%)": a dash the same way)
    start = subject.end + 1 if s.startswith(": ", subject.end) else subject.end
    if (dash := _DASH_ROW.match(s, subject.end)) and dash.end() < next_start:
        start = dash.end()
    # "S&P 500 (overnight): -1.6%"; "The CSI 300, tracking the largest companies listed in Shanghai and
    # Shenzhen, rose 0.92%": an aside after the index is no clause break
    aside = _SUBJECT_ASIDE.match(s, subject.end)
    start = aside.end() if aside and aside.end() < next_start else start
    brk = _BREAK.search(s, start, next_start)
    while brk and dash and _DASH_ROW.match(s, brk.start()):
        brk = _BREAK.search(s, brk.end(), next_start)  # "DAX — 23,728.40 — +0.09%": the row's next cell
    return brk.start() if brk else next_start


# ---------------------------------------------------------------------------------------------------
# Public entry point


@dataclass(frozen=True, slots=True)
class _Article:
    published: date
    live_regions: frozenset[str]  # markets the report is written during the session of
    home_region: str
    closed_markets: frozenset[str] = frozenset()  # exchanges whose close of the day the report states
    clock: int | None = None  # minutes after midnight GMT the report is written at, when it says
    entry_clocks: dict[int, int] = field(default_factory=dict)  # sentence no -> its live-blog entry's clock
    # offsets of indices named as the broader one ("the broader Topix")
    secondary: frozenset[int] = frozenset()
    # what each live cue is about: the exchange of the index nearest it, else its region
    cue_markets: frozenset[str] = frozenset()
    # offsets of indices "the index" in a later sentence does not go back to: futures named in a clause of
    # another subject ("... before S&P 500 futures turned lower"), an index named to compare ("almost triple
    # the S&P 500's 14% gain")
    not_antecedents: frozenset[int] = frozenset()
    story_index: str = ""  # the first index the body names
    clock_is_stamp: bool = False  # the clock is the time a line at the top stamps the report with


# a lead about a whole region's markets: "Asian markets traded mixed on Tuesday"
_REGIONAL_LEAD = re.compile(r"\b(?:Asia|Asian|Asia-Pacific|regional|region's|global|world)\b", re.I)


def _story_index(mentions: list[Mention], sentences: list[Sentence]) -> str:
    """The index a report is about: the first its body names, unless its lead tells of a whole region."""
    first = next((m for m in mentions if not m.in_headline), None)
    if first is None:
        return ""
    lead = next((x.text for x in sentences if not x.in_headline and not _is_stamp_line(x.text)), "")
    return "" if _REGIONAL_LEAD.search(lead) else first.entity_id


def _entry_clocks(
    sentences: list[Sentence], published: date, local_tz: str = "", stamped: int | None = None
) -> dict[int, int]:
    """For a live blog, each sentence's entry time in minutes after midnight GMT: a line stamped with a
    zoned time ("11.40am GMT: ...", "4:01 PM ET — Stocks close", "15:40 IST | Market Close", "5:25 p.m.
    Tokyo — ...", a head ending "(2110 GMT)", a line that is only a time, "9.08pm BST" or "Thu, Nov 20 2025
    4:02 PM EST") and the lines after it, up to the next stamp; so too the lines under a head that gives the
    time ("Market snapshot at 7:30am AEST:"). A stamp without a zone ("4:25pm — ASX closes lower") is in the
    zone of the blog's first zoned stamp, else of a zoned time in its first lines, else ``local_tz`` (the zone
    of the story's exchange: a New York station's "10:06 a.m. -- Stocks opened"). In a blog of several
    entries, each with lines of its own (not a calendar of events), the headline and the lines before the
    first stamp tell of the newest entry: the first, unless the stamps run oldest first; or of the time
    the blog's top line stamps it with (``stamped``: "Last Updated: Aug. 12, 2025 at 4:21 p.m. ET"), when
    later."""
    # the stamps first, then the blog's zone from them, then each stamp's time
    found: list[tuple[int, str]] = []  # (sentence no, stamp's time) of each stamp line
    for sentence in sentences:
        t = sentence.text
        stamp = _STAMP_LINE.match(t) or (
            _CLOCK_HEAD.fullmatch(t) if t.endswith(":") or _SNAPSHOT.match(t) else None
        )
        # a stamp opens its line with the time, ends a head in brackets, or is a short line of its own
        entry = None
        if not stamp and (t[:1].isdigit() or t.endswith(")") or len(t) < 48):
            entry = (
                _BLOG_STAMP.match(t)
                or (_HEAD_STAMP.search(t) if t.endswith(")") and not _BULLET.match(t) else None)
                or (_TIME_LINE.fullmatch(t) if len(t) < 48 else None)
            )
        if stamp or entry:
            found.append((sentence.no, (stamp.group(1) or stamp.group(2)) if stamp else entry.group("time")))
    if not found:
        return {}
    blog_zone = _blog_zone(sentences, [when for _, when in found])
    # a stamp without any zone is in ``local_tz`` only in a text that opens as a blog, not in a timeline
    # under a story ("- 9:02 am: JAPAN'S NIKKEI UP 1.5 PERCENT")
    body_start = next((s.no for s in sentences if not s.in_headline), 0)
    local_tz = local_tz if found[0][0] <= body_start + 2 else ""
    minutes = {no: _stamp_minutes(when, blog_zone, published, local_tz) for no, when in found}
    stamps = [(no, *m) for no, m in minutes.items() if m is not None]  # (sentence no, local, GMT minutes)
    out: dict[int, int] = {}
    minute = None
    for sentence in sentences:
        if sentence.no in minutes:
            known = minutes[sentence.no]
            minute = known[1] if known else None
        if minute is not None:
            out[sentence.no] = minute
    numbers = [no for no, _, _ in stamps]
    calendar = (
        any(_CALENDAR_HEAD.search(s.text) for s in sentences[: numbers[0]] if len(s.text) < 48)
        if stamps
        else False
    )
    if (
        len(stamps) >= 2
        and not calendar
        and all(b - a >= 2 for a, b in zip(numbers, numbers[1:], strict=False))
    ):
        times = [local for _, local, _ in stamps]
        # oldest first: times that only grow, unless two entries end in the evening (a newest-first blog that
        # began with futures the evening before)
        oldest_first = all(a < b for a, b in zip(times, times[1:], strict=False)) and (
            len(stamps) >= 3 or times[-1] < 17 * 60
        )
        newest = stamps[-1][2] if oldest_first else stamps[0][2]
        newest = stamped if stamped is not None and stamped > newest else newest
        for sentence in sentences:
            if sentence.no in out:
                break
            out[sentence.no] = newest
    return out


# a head over a list of the day's events, whose times are not the report's ("What's ahead today", "Key data
# due later")
_CALENDAR_HEAD = re.compile(r"\b(?:ahead|coming\s+up|calendar|schedule|to\s+watch|due|diary|events)\b", re.I)
# a line near a blog's top that gives its time: "Updated Thu, Nov 20 2025 4:12 PM EST", "Market snapshot at
# 5:45pm AEDT", "November 27, 2025 / 15:48 IST"
_ZONE_LINE = re.compile(
    r"(?:updated|last\s+updated|published|market\s+snapshot|snapshot|as\s+of)\b|[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}",
    re.I,
)
# "- Germany Ifo business climate (0900 GMT)": a calendar line, no blog's head
_BULLET = re.compile(r"[-\u2022*\u25aa\u25b6]")


def _stamped_clock(sentences: list[Sentence], published: date, local_zone: str = "") -> int | None:
    """Minutes after midnight GMT of the latest time the short lines at the top stamp the report with
    ("Published Wed, Dec 10 2025 9:31 AM EST | Updated Wed, Dec 10 2025 4:20 PM EST", "Published 5:45pm
    AEDT"), when it falls on the publication day, in its own zone or in GMT ("Updated Mon, Oct 27 2025 8:45
    PM EDT" over a story dated the 28th); else None. A stamp without a zone ("Updated: 5:02pm, 21 Feb,
    2025" over a Hong Kong story) is in ``local_zone``, the zone of the story's exchange, when given."""
    clock = None
    for i, sentence in enumerate(sentences[:16]):
        line = sentence.text
        # a snapshot's note of its prices' time may come under its lines
        if not _is_stamp_line(line) or (i >= 4 and not _PRICES_STAMP.match(line)):
            continue
        for stamp in _STAMP_TIME_IN.finditer(line):
            parts = _zoned_clock(stamp.group(0))
            if parts is None and local_zone and _STAMPED.match(stamp.group(0)):
                # the latest: "Published Tue, Aug 12, 2025 · 12:48 PM  Updated Tue, Aug 12, 2025 · 05:41 PM",
                # "Updated Sep 2, 2025 – 4.42pm, first published at 10.26am"
                times = [t for m in _BARE_TIME.finditer(stamp.group(0)) if (t := _bare_clock(m, local_zone))]
                parts = max(times) if times else None
            if parts is None:
                continue
            day = _DATE.search(line, 0, stamp.end())
            stamped_day = (
                _resolve_date(day, published)
                if day is not None and (day.group("md") or day.group("dm") or day.group("eve"))
                else published
            )
            if stamped_day is None:
                continue
            hour, minute, tz = parts
            minutes = hour * 60 + minute - utc_offset_minutes(tz, stamped_day)
            gmt_day = stamped_day + timedelta(days=minutes // (24 * 60))
            if published in (stamped_day, gmt_day):
                clock = minutes % (24 * 60)
    return clock


_STAMP_LINE_MAX = 80
# a time without a zone: "5:02pm", "18:20" (not a date's "2025-04-07")
_BARE_TIME = re.compile(r"(?<![\d:.-])(\d{1,2})[:.](\d{2})(?![\d:.-])\s*([AaPp]\.?[Mm]\b\.?)?")


def _bare_clock(m: re.Match[str], zone: str) -> tuple[int, int, str] | None:
    """(hour, minute, zone) of a time without a zone of its own."""
    hour, minute = _hour_of_day(int(m.group(1)), m.group(3) or ""), int(m.group(2))
    return (hour, minute, zone) if hour is not None and minute < 60 else None


def _hour_of_day(hour: int, ampm: str) -> int | None:
    """The 24-hour clock's hour of a time: "4" with "pm" is 16, "12" with "a.m." 0, "18" with nothing 18; None
    when it is no hour ("13 pm", "25")."""
    if ampm:
        return hour % 12 + (12 if ampm[0] in "pP" else 0) if 1 <= hour <= 12 else None
    return hour if hour <= 23 else None


# each time of a stamp line, with what comes before it back to the previous "|"
_STAMP_TIME_IN = re.compile(r"[^|]+")


# (ABC's "Prices current at 4:45pm AEST" under its market snapshot)
_PRICES_AS_AT = r"prices\s+(?:are\s+)?(?:current|correct)\s+(?:as\s+)?(?:at|of)"
_STAMPED = re.compile(r"\s*(?:updated|last\s+updated|published|posted|" + _PRICES_AS_AT + r")\b", re.I)
_PRICES_STAMP = re.compile(r"\s*" + _PRICES_AS_AT + r"\b", re.I)


def _is_stamp_line(line: str) -> bool:
    """Whether a line is only a stamp of when the report was written ("Updated Dec 11 2025 10:12 AM EST",
    "Saxo Bank | 28 October 2025, 07:30 CET")."""
    return len(line) <= _STAMP_LINE_MAX and (
        _STAMPED.match(line) is not None or _DATE_AND_TIME_LINE.fullmatch(line.strip()) is not None
    )


# a line of a date with its year and a zoned time, after an outlet's name ("Saxo Bank | 28 October 2025, 07:30
# CET")
_DATE_AND_TIME_LINE = re.compile(
    rf"(?:[\w&.' -]{{1,30}}\|\s*)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
    rf"(?:\d{{1,2}}\s+{_MONTH_RE}|{_MONTH_RE}\.?\s+\d{{1,2}},?)\s+20\d\d,?\s+"
    r"\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\.?\s*)?[A-Z]{2,5}"
)


def _blog_zone(sentences: list[Sentence], stamps: list[str]) -> str:
    """The zone of a blog's first stamp (``stamps``: their times) that has one, else of a short line near its
    top that gives the time ("Market snapshot at 5:45pm AEDT", "November 27, 2025 / 15:48 IST"); not a time
    a sentence tells of ("Wall Street closed lower after Nvidia reported at 4:20pm ET")."""
    for when in stamps:
        if zone := _ZONE_OF_TIME.search(when):
            return zone.group(0)
    for sentence in sentences[:8]:
        line = sentence.text
        zoned = _CLOCK_ZONE.search(line) if len(line) < 60 and _ZONE_LINE.match(line) else None
        if zoned:
            return zoned.group("zone") or zoned.group("city") or zoned.group("city_time")
    for sentence in sentences[:8]:
        # a note on the times ("Times are Hong Kong.", "All times GMT."), else the dateline's city ("TOKYO,
        # Oct. 6 (Kyodo) -- The following is ...") or a head's zone ("AFP flashes (GMT):")
        if said := _TIMES_ARE.search(sentence.text):
            return (
                _SPACES.sub(" ", said.group("city")).title()
                if said.group("city")
                else _ZONE_WORD[said.group("zone").lower()]
            )
        if city := _DATELINE_CITY.match(sentence.text):
            return _SPACES.sub(" ", city.group("city")).title()
        if zone := _ZONE_HEAD.search(sentence.text):
            return zone.group(1).upper()
    return ""


# Copy translated from German or French writes numbers the continental way: "47.544,59 points", "0,71 percent"
_CONTINENTAL_NUMBER = re.compile(
    r"\b\d{1,3}(?:\.\d{3})+,\d+\b|\b\d+,\d{1,2}\s?(?:%|percent\b|per\s?cent\b|pct\b)"
)
_ENGLISH_NUMBER = re.compile(
    r"\b\d{1,3}(?:,\d{3})+(?![\d,])(?!\.\d{3})|"  # "24,300 points": English thousands
    r"\b\d{1,3}(?:,\d{3})+\.\d+\b|\b\d+\.\d{1,2}\s?(?:%|percent\b|per\s?cent\b|pct\b)"
)
_NUMBER_TOKEN = re.compile(r"\d[\d.,]*\d")
_DECIMAL_COMMA = re.compile(r"\d,\d{1,2}(?!\d)")  # the cheap test first: every continental number has one
_SWAP_SEPARATORS = str.maketrans(".,", ",.")


_INDEX_TICKER = re.compile(r"\s?\([A-Z]{2,12}:\s?\^[A-Z0-9.]{1,10}\)")


def _without_index_tickers(text: str) -> str | None:
    """``text`` with index tickers in brackets blanked ("The S&P 500 (SNPINDEX: ^GSPC) fell 0.37%", as The
    Motley Fool writes), offsets unchanged; None when it has none."""
    if ": ^" not in text:
        return None
    out = _INDEX_TICKER.sub(lambda m: " " * len(m.group(0)), text)
    return None if out == text else out


# digits grouped in threes by a space, a no-break or thin space or an apostrophe: "108 745", "46'018"
_GROUPED_NUMBER = re.compile(
    r"(?<![\d.,])\d{1,3}(?:[ \u00a0\u2009\u202f'’]\d{3})+(?P<decimals>[.,]\d+)?(?![\d'’])"
)
_GROUP_SEPARATOR = re.compile(r"[ \u00a0\u2009\u202f'’]")
_GROUP_HINT = re.compile(r"\d[ \u00a0\u2009\u202f'’]\d\d\d(?![\d'’])")
_INDEX_NUMBER_BEFORE = re.compile(r"[A-Z][\w&.-]*\s$")
_INDEX_NUMBERS = frozenset({"30", "40", "50", "100", "200", "225", "300", "500", "600"})


def _plain_groups(text: str) -> str | None:
    """``text`` with the group separators of such numbers written as the number's own decimal separator
    calls for ("7 734,84" -> "7.734,84", "25 889.48" -> "25,889.48", "46'018" -> "46,018"; without decimals,
    a dot in a text of decimal commas), offsets unchanged; None when it has none."""
    if not _GROUP_HINT.search(text):  # the cheap test first
        return None
    continental = _DECIMAL_COMMA.search(text) is not None and _ENGLISH_NUMBER.search(text) is None

    def plain(m: re.Match[str]) -> str:
        first = _GROUP_SEPARATOR.split(m.group(0), maxsplit=1)[0]
        if first in _INDEX_NUMBERS and _INDEX_NUMBER_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            return m.group(0)  # "the FTSE 100 300 points higher": an index's name, then its figure
        decimals = m.group("decimals")
        mark = "." if (decimals and decimals[0] == ",") or (not decimals and continental) else ","
        return _GROUP_SEPARATOR.sub(mark, m.group(0))

    out = _GROUPED_NUMBER.sub(plain, text)
    return None if out == text else out


# a small count of points written as a word after a move's word: "ASX futures were down four points", "added
# nine points" (one to twenty)
_COUNT_WORDS = "|".join(w for w, n in _NUMBER_WORDS.items() if n and len(w) > 2)
_DIGIT_WORDS = "zero|one|two|three|four|five|six|seven|eight|nine"
_POINTS_IN_WORDS = re.compile(
    r"\b(?:up|down|higher|lower|off|by|"
    + _MOVE_VERBS
    + r")\s+(?:(?:about|nearly|almost|just|some|roughly)\s+)?"
    r"(?:(?P<count>" + _COUNT_WORDS + r")(?=\s+points?\b(?!\s+(?:" + _DIGIT_WORDS + r")\b))|"
    # speech's decimals: "down one point eight per cent"
    r"(?P<int>zero|" + _COUNT_WORDS + r")\s+point\s+(?P<frac>(?:(?:" + _DIGIT_WORDS + r")\s+){1,2}?)"
    r"(?=(?:per\s?cent|percent)\b))",
    re.I,
)


def _may_have_points_in_words(text: str) -> bool:
    """A cheap test before ``_POINTS_IN_WORDS``: whether a number word stands before "point" ("four points",
    "one point eight")."""
    if " point" not in text:
        return False
    lower = text.lower()
    at = lower.find("point")
    while at > 0:
        before = lower[max(0, at - 40) : at]
        words = before.split()
        if before[-1:].isspace() and words and words[-1] in _NUMBER_WORDS:
            return True
        at = lower.find("point", at + 5)
    return False


def _points_in_digits(text: str) -> str | None:
    """``text`` with a count of points written as a word put in digits ("down four points" -> "down    4
    points"), and speech's decimals too ("down one point eight per cent" -> "down             1.8 per
    cent"), offsets unchanged; None when it has none."""
    if not _may_have_points_in_words(text):
        return None

    def number(word: str) -> str:
        return str(_NUMBER_WORDS[word.lower()])

    def digits(m: re.Match[str]) -> str:
        key = "count" if m.group("count") else "int"
        head = m.group(0)[: m.start(key) - m.start()]
        if key == "count":
            return head + number(m.group("count")).rjust(len(m.group("count")))
        spoken = m.group(0)[len(head) :]
        value = number(m.group("int")) + "." + "".join(number(w) for w in m.group("frac").split())
        return head + (value + " ").rjust(len(spoken))

    out = _POINTS_IN_WORDS.sub(digits, text)
    return None if out == text else out


# Dow Jones's "Data Talk": "The Nikkei Stock Average is up 2175.26 points or 4.75% today to 47944.76", then
# bullets of the same index without a subject ("-- Closes at a record high", "-- Up 20.18% year-to-date")
_DATA_TALK_LEAD = re.compile(r"\b(?:is|are)\s+(?:up|down)\s+[\d.,]+\s+points?\s+or\s+[\d.]+%\s+today\b")
_DATA_TALK_BULLET = re.compile(r"^--[ \t](Up|Down|Closes|Closed|Ends|Ended)\b", re.M)


def _data_talk_bullets(text: str) -> str | None:
    """``text`` with the subject of each Data Talk bullet written as "It" ("-- Up 7.62% over the last three
    trading days" -> "It up 7.62% ..."), offsets unchanged; None when the text is no Data Talk item."""
    if "\n-- " not in text or not _DATA_TALK_LEAD.search(text):
        return None
    out = _DATA_TALK_BULLET.sub(lambda m: "It " + m.group(1).lower(), text)
    return None if out == text else out


def _row_level_units(text: str) -> str | None:
    """``text`` with the unit after a row's level blanked ("DAX: 23,081.03 points (+3.38%)" -> "DAX: 23,081.03
    (+3.38%)"), so the level is not read as a change in points; offsets unchanged; None when there is none."""
    if " points (" not in text:
        return None
    out = _ROW_LEVEL_POINTS.sub(lambda m: m.group(1) + " " * len(m.group(2)), text)
    return None if out == text else out


_ROW_LEVEL_POINTS = re.compile(
    r"(^[^\S\n]*[^:\n]{2,40}?:[^\S\n]*\d{1,3}(?:,\d{3})*(?:\.\d+)?)([^\S\n]+points)(?=[^\S\n]+\([+\-\u2212])",
    re.M,
)


# a close told right after a live figure of the day: "The Dow Jones Industrial Average is up 646.26 points or
# 1.34% today to 48704.01" over "-- Closes at a record high" (as _data_talk_bullets gives it)
_IT_CLOSES = re.compile(r"It\s+(?:closes|closed|ends|ended)\s+(?:at\s+)?(?:an?\s+)?(?P<what>[^.\d]*)$")


def _closes_told_after(claims: list[MarketClaim], sentences: list[Sentence]) -> list[MarketClaim]:
    """The live figure of today a figureless "It closes at a record high" follows is the day's close, and a
    record when it says so."""
    out = list(claims)
    for sentence, live_today in _figureless_after(claims, sentences, _is_live_today):
        if not (closes := _IT_CLOSES.match(sentence.text.strip())):
            continue
        record = _RECORD.search(closes.group("what"))
        for i in live_today:
            c = out[i]
            scope, after = (
                _record_scope(record, c.reference_date) if record else (c.record_scope, c.record_after)
            )
            out[i] = replace(
                c,
                claim_kind="close",
                kind_evidence=sentence.text.strip()[:40],
                is_record=c.is_record or record is not None,
                record_scope=scope,
                record_after=after,
            )
    return out


# an index's "'s" that is "is" in speech: "The Dow's off about 450 points right now", "the Nasdaq's down 2%"
_SPOKEN_IS = re.compile(
    r"['’]s(?=\s+(?:(?:about|nearly|almost|roughly|now|still|just)\s+)?(?:down|up|off|higher|lower|ahead)\s+"
    r"(?:(?:about|nearly|almost|roughly|more\s+than)\s+)?(?:[\d.]|(?:a|one|two|three|four|five|half)\b)|\s+flat\b)"
)


def _spoken_is(text: str, mentions: list[Mention]) -> str | None:
    """``text`` with the "'s" after each index that speech puts for "is" blanked ("The Dow's down 560 points"
    read as "The Dow   down 560 points"), or None when there is none."""
    spans = [m.char_end for m in mentions if _SPOKEN_IS.match(text, m.char_end)]
    if not spans:
        return None
    chars = list(text)
    for end in spans:
        chars[end] = chars[end + 1] = " "
    return "".join(chars)


def _english_numbers(text: str) -> str | None:
    """``text`` with the decimal and thousands separators of every number swapped ("47.544,59" ->
    "47,544.59", "0,71" -> "0.71"), when it writes numbers only the continental way; else None."""
    if (
        not _DECIMAL_COMMA.search(text)
        or not _CONTINENTAL_NUMBER.search(text)
        or _ENGLISH_NUMBER.search(text)
    ):
        return None

    def swapped(m: re.Match[str]) -> str:
        # a clock time keeps its dot: "by 11.30 GMT"
        return m.group(0) if _TIME_AFTER.match(text, m.end()) else m.group(0).translate(_SWAP_SEPARATORS)

    return _NUMBER_TOKEN.sub(swapped, text)


# a head that dates the lines under it: "Tokyo review (17 December)", "US markets (Nov. 20)"
_DATED_HEAD = re.compile(r"[A-Z][\w&'’ .-]{1,40}?\s*\((?P<day>[^()\d]{0,12}\d[^()]{0,20})\)")


_POINTING_TO_A_START = re.compile(
    r"\bpointing\s+to\s+an?\s+(?:(?:slightly|much|sharply|modestly)\s+)?"
    r"(?:(?P<down>soft|softer|weak|weaker|lower|negative)|(?P<up>firm|firmer|higher|strong|stronger|positive))\s+"
    r"(?:start|open|opening)\b",
    re.I,
)


def _futures_level_pointing(c: MarketClaim) -> MarketClaim:
    """A futures level told with no move takes the direction of the start it points to: "Nikkei futures were
    quoted at 39,750, pointing to a soft start"."""
    if c.claim_kind != "futures" or c.direction is not None or c.move_pct is not None or c.points is not None:
        return c
    m = _POINTING_TO_A_START.search(c.sentence)
    return c if m is None else replace(c, direction="down" if m.group("down") else "up")


def extract_claims(
    text: str,
    sentences: list[Sentence],
    lexicon: IndexLexicon,
    published_date: date,
    mentions: list[Mention] | None = None,
) -> list[MarketClaim]:
    """Every stated index move or level in ``text``, one claim per index and time reference.

    ``mentions`` are ``find_index_mentions(text, sentences, lexicon)`` when the caller has them already.
    """
    if mentions is None:
        mentions = find_index_mentions(text, sentences, lexicon)
    if not mentions or not is_english(text):
        return []  # an article in German or French: its verbs and units are not read, so no guessed claims
    # numbers and tickers read in a plainer form, offsets unchanged; each claim keeps its sentence as written
    for rewrite in (
        _without_index_tickers,
        _plain_groups,
        _english_numbers,
        _points_in_digits,
        _data_talk_bullets,
        _row_level_units,
        partial(_spoken_is, mentions=mentions),
    ):
        if (variant := rewrite(text)) is not None:
            as_written = {s.no: s.text for s in sentences}
            sentences = [replace(s, text=variant[s.start : s.end]) for s in sentences]
            claims = extract_claims(variant, sentences, lexicon, published_date, mentions)
            return [replace(c, sentence=as_written.get(c.sentence_no, c.sentence)) for c in claims]
    starts = [m.char_start for m in mentions]
    # The market the report is written from: its dateline ("SYDNEY, Nov 13 (Reuters)"), else the
    # region of the first index its body names, else its headline ("European Stocks Climb to Record; Nikkei
    # Tops 50,000" is a European report).
    dateline = _DATELINE.search(text, 0, 400) or _AGENCY_DATELINE.search(text, 0, 400)
    home = _DATELINE_REGION[dateline.group(1).upper()] if dateline else ""
    # "At 8am (AEDT), ASX 200 futures were up": a clock of an Asian zone tells where it is written
    home = home or ("asia" if any(z in text for z in _ASIAN_ZONES) and _ASIAN_CLOCK.search(text) else "")
    home = home or next(
        (lexicon.region(m.entity_id) for m in mentions if not m.in_headline and lexicon.region(m.entity_id)),
        next((lexicon.region(m.entity_id) for m in mentions if lexicon.region(m.entity_id)), ""),
    )
    by_sentence = _mentions_by_sentence(mentions, lexicon)
    live, clock, cue_markets = _live_regions(text, sentences, by_sentence, lexicon, home, published_date)
    story_index = _story_index(mentions, sentences)
    # the zone of the home region's index the report names most (the first of the most named), for times
    # that give none
    named = Counter(m.entity_id for m in mentions if lexicon.region(m.entity_id) == home) or Counter(
        m.entity_id for m in mentions
    )
    local = lexicon.hours.get(max(named, key=named.__getitem__))
    local_tz = local[0] if local else ""
    # the time a line at the top stamps the report with, when no cue gives a clock or the stamp is later: a
    # blog's "Last Updated: Aug. 12, 2025 at 4:21 p.m. ET" over the day's close, above entries of the morning
    stamped = _stamped_clock(sentences, published_date, local_tz)
    clock_is_stamp = stamped is not None and (clock is None or stamped > clock)
    clock = stamped if clock_is_stamp else clock
    closed = _closed_markets(sentences, by_sentence, lexicon, published_date, home)
    secondary = frozenset(
        m.char_start
        for m in mentions
        if _BROADER.match(m.surface) or _BROADER_BEFORE.search(text, max(0, m.char_start - 12), m.char_start)
    )
    article = _Article(
        published_date,
        live,
        home,
        closed,
        clock,
        _entry_clocks(sentences, published_date, local_tz, stamped),
        secondary,
        cue_markets,
        frozenset(
            m.char_start
            for m in mentions
            if (
                is_futures_surface(m.surface, lexicon)
                and _ASIDE_BEFORE.search(text, max(0, m.char_start - 40), m.char_start)
            )
            or _COMPARED_BEFORE.search(text, max(0, m.char_start - 30), m.char_start)
        ),
        story_index,
        clock_is_stamp,
    )
    claims: list[MarketClaim] = []
    section = ""  # "For the week:" heads the lines after it
    section_end: int | None = None  # where a head opening a sentence stops heading: the end of its line
    section_bullets: bool | None = None  # whether the lines under a head line are bullets
    header: list[tuple[str, str]] | None = None  # a table's column heads ("Index | Close | November")
    # the day a line over a table names ("Closing levels on Dec 11:"), and whether a row took it
    table_day: tuple[date, str] | None = None
    table_day_used = False
    it_index: str | None = None
    # the earlier day a head on a line of its own gives the prose under it ("Tokyo review (17 December)",
    # "Korea (Nov. 20)" in a morning note), up to the next such head
    head_day: tuple[date, str] | None = None
    for sentence in sentences:
        t = sentence.text
        if t.endswith(":") and _SECTION.fullmatch(t):
            section, section_end, section_bullets = t, None, None
            if _CALLS_HEAD.match(t) and (rows_end := _rows_end(text, sentence.end + 1)) > sentence.end + 1:
                section_end = rows_end - 1  # "IG calls:" heads the rows of its calls, and no more
            continue
        if (
            "\n" not in t
            and (sentence.start == 0 or text[sentence.start - 1] == "\n")
            and text.startswith("\n", sentence.end)
            # "Weekly performance (close on 19 December, change on week)", "Last week in brief"
            and (
                (t.endswith(")") and _SECTION.fullmatch(t + ":"))
                or (
                    len(t) <= 50
                    and t[-1:] not in ".!?:"
                    and "|" not in t
                    and "  " not in t
                    and not _DIGIT.search(t)
                    and _PERIOD.search(t)
                )
            )
            and (rows_end := _rows_end(text, sentence.end + 1)) > sentence.end + 1
        ):
            # "Weekly performance (close on 19 December, change on week)" on a line of its own heads the rows
            # right under it ("Nikkei 225: 49,507.21 (-2.61%)"), and no more
            section, section_end, section_bullets = t, rows_end - 1, None
            continue
        if (
            # "Closing levels on Dec 11:", or "MARKET SNAPSHOT (close, 11 Sep)" over a pipe table
            (
                t.endswith(":")
                or (t.endswith(")") and "|" in text[sentence.end : text.find("\n", sentence.end + 1)])
            )
            and len(t) < 80
            and _CLOSING_WORD.search(t)
            and not _PERIOD.search(t)
            # not "Asian markets at midday, after Wall Street closed higher on Thursday:", nor an index's own
            # move ("The Dow closed up 400 points on Thursday:")
            and not _LIVE_WORDS.search(t)
            and not _AFTER_WORD.search(t)
            and bisect.bisect_left(starts, sentence.start) == bisect.bisect_left(starts, sentence.end)
        ):
            day, day_evidence, dated = _date("", "", t, article.published)
            if dated and day is not None:
                table_day, table_day_used, section = (day, day_evidence), False, ""
                continue
        if (
            len(t) <= 60
            and "\n" not in t
            and t[-1:] not in ".!?:"
            and (sentence.start == 0 or text[sentence.start - 1] == "\n")
            and text.startswith("\n", sentence.end)
            and not sentence.in_headline
        ):
            head = _DATED_HEAD.fullmatch(t)
            day, day_evidence, dated = (
                _date("", "", head.group("day"), published_date) if head else (None, None, False)
            )
            head_day = (day, day_evidence) if dated and day is not None and day < published_date else None
            if head_day is not None:
                continue
        if section and section_end is None and (sentence.start == 0 or text[sentence.start - 1] == "\n"):
            # a head's lines are all alike: a plain line after its bullets is prose again
            bullet = bool(_BULLET.match(t))
            if section_bullets is None:
                section_bullets = bullet
            elif bullet != section_bullets:  # a change of style starts another block
                section = ""
        calls_over_rows = False
        if section_end is None and text.startswith("\n", sentence.end) and _CALLS_LEAD.search(t):
            # "..., with IG's indicative prices pointing to gains." over "FTSE 100: 8,274 (+24)": its calls
            first_row = sentence.end + (2 if text.startswith("\n\n", sentence.end) else 1)
            if (rows_end := _rows_end(text, first_row, _CALL_ROW)) > first_row:
                section, section_end, section_bullets = t, rows_end - 1, None
                calls_over_rows = True
        if ":" in t[:48] and (head := _SECTION_LEAD.match(t)):
            # AP's "For the week: The S&P 500 is up 0.5%. The Dow is up 0.2%.": the rest of its line
            line_end = text.find("\n", sentence.start)
            section, section_end = head.group(0), len(text) if line_end < 0 else line_end
        elif section_end is not None and sentence.start > section_end:
            section, section_end = "", None
        # Cheapest test first: a claim needs an index (its own mention, or an anaphor after one) and a digit.
        lo = bisect.bisect_left(starts, sentence.start)
        hi = bisect.bisect_left(starts, sentence.end)
        own = mentions[lo:hi]
        pipes = t.count("|")
        if (
            pipes >= 2
            # a two-column table: "Futures | Change (+/-)" then "Dow Jones | 0.08%"
            or (
                pipes == 1
                and "\n" not in t
                and (
                    (not _DIGIT.search(t) and all(len(cell.strip()) <= 30 for cell in t.split("|")))
                    or (header is not None and _cell_figure(t.split("|", 1)[1].strip()) is not None)
                )
            )
            # (MarketWatch's "Key asset performance\tLast\t5d\t1m\tYTD\t1y": tabs between the cells)
            or (("  " in t or "\t" in t) and _is_aligned_row(t))
        ):
            if strip := _ticker_strip(sentence, own):
                # "2:41 PM ET | DOW ▲ 171.34 (+0.37%) 46,416.75 | S&P 500 ▲ 93.76 (+1.42%) 6,696.75"
                claims.extend(_strip_claims(t, strip, lexicon, article, section))
                continue
            cells = _cells(t)
            labelled = _labelled_cells(cells) if own and header is None and _DIGIT.search(t) else None
            # a head row has no figure: "Index | Close | % Chg", "Index | March 13 close | March 21 close"
            if labelled is None and (
                not _DIGIT.search(t)
                or not any(
                    _cell_figure(cell)
                    for cell in cells
                    # (a year, alone or with its unit: "2025", "2025 %")
                    if not _DATE_HEAD.search(cell)
                    and not _YEAR_HEAD.fullmatch(_HEAD_UNIT.sub("", cell.strip()))
                )
            ):
                header = [_column_kind(cell) for cell in cells]
                weekdays = [i for i, cell in enumerate(cells) if _WEEKDAY_HEAD.fullmatch(cell.strip())]
                if len(weekdays) == 1 and not any(kind == "day" for kind, _ in header):
                    # "Index | Fri close | Fri | Week | YTD": one column headed by a weekday holds that
                    # session's move (not "Mon | Tue | ... | Fri", a move of each day)
                    header[weekdays[0]] = ("day", cells[weekdays[0]].strip())
                if sentence.no and _PCT_CAPTION.search(sentences[sentence.no - 1].text):
                    # "Equity index returns in October (local currency, price return, %)": a caption gives
                    # the unit of the period columns, whose cells go without it ("S&P 500 | 2.3 | 16.3")
                    header = [(kind, f"{head} %" if kind == "period" else head) for kind, head in header]
                if sentence.no and _FUTURES_TITLE.fullmatch(title := sentences[sentence.no - 1].text.strip()):
                    # "Futures Today" over "Index | Performance (+/-)": rows of index futures
                    header[0] = (header[0][0], title)
                if sentence.no and _PERIOD_TITLE.fullmatch(sentences[sentence.no - 1].text.strip()):
                    # "2025 in review" or "Year-to-date" over "Index | Close | Performance": the moves are the
                    # period's
                    header = [
                        ("period", head) if kind == "day" and not _NAMES_A_DAY.search(head) else (kind, head)
                        for kind, head in header
                    ]
                if table_day_used:
                    table_day = None  # a second table's head: the day line was the first table's
                if pipes == 1 and all(kind == "skip" for kind, _ in header[1:]):
                    header = None  # "Asian markets | Live": a title, not a table's head
            elif labelled is not None:
                # "• S&P 500: 6,552.51 | Fri −2.71% | Week −2.43%": each cell says what it holds
                cells, row_header, day = labelled
                found = _table_row_claims(sentence, own[0], cells, row_header, lexicon, article)
                if day is not None:
                    ref, evidence, _ = _date("", "", day, article.published)
                    found = [
                        replace(c, reference_date=ref, date_evidence=evidence)
                        if c.claim_kind != "period"
                        else c
                        for c in found
                    ]
                claims.extend(found)
            elif own:
                below = sentences[sentence.no + 1].text if sentence.no + 1 < len(sentences) else ""
                # "  (chg)    +114.37     -100.13": the changes of the dated closes above
                changes = _cells(below) if _CHANGE_ROW.match(below) else None
                found = _table_row_claims(sentence, own[0], cells, header, lexicon, article, changes)
                if table_day is not None:
                    table_day_used = True
                    # "Closing levels on Dec 11:" over the table: its rows' day
                    found = [
                        replace(c, reference_date=table_day[0], date_evidence=f"{table_day[1]} {_TABLE_HEAD}")
                        if c.claim_kind not in ("period", "futures")
                        and c.date_evidence is None
                        # not New York's row in "ASIA CLOSE (4 Dec)" written that Asian evening
                        and not (
                            table_day[0] == article.published
                            and lexicon.region(c.index_id) == "americas"
                            and article.home_region != "americas"
                        )
                        else c
                        for c in found
                    ]
                claims.extend(found)
            continue
        if own and t[-1:] == "%" and (row := _TICKER_ROW.fullmatch(t)):
            cells = [row.group(1), row.group(2), row.group(3), row.group(4)]
            claims.extend(_table_row_claims(sentence, own[0], cells, _TICKER_HEADS, lexicon, article))
            continue
        if (
            own
            and t[-1:] == "%"
            and "\n" not in t
            and (row := _LEVEL_PCT_ROW.fullmatch(t))
            and not is_futures_surface(own[0].surface, lexicon)
            and not _FUTURES_WORD.search(row.group(1))
        ):
            cells = [row.group(1), row.group(2), row.group(3)]
            claims.extend(_table_row_claims(sentence, own[0], cells, _LEVEL_PCT_HEADS, lexicon, article))
            continue
        header = table_day = None
        if not own and not calls_over_rows:
            section = ""
        if lo == hi and lo == 0 and not _MARKET_LEAD.search(t):
            continue
        if not _DIGIT.search(t) and not (
            _CENT.search(t) and (_WORDED_PCT.search(t) or _FRACTION_PCT.search(t))
        ):
            continue
        if not own and not _ANAPHOR.search(t) and not (_may_name_a_group(t) and _GROUP_ANAPHOR.search(t)):
            continue
        # the mentions an anaphor may go back to: far enough to reach the market's main index named a
        # few indices back ("The S&P 500 rose 2.1%, the Nasdaq 100 ..., the Dow ... The Russell 2000
        # ... The benchmark is up 6.3% so far in May")
        previous = mentions[max(0, lo - 8) : lo]
        found = _sentence_claims(sentence, own, previous, lexicon, article, section, it_index)
        found = _final_date_for_all(found, sentence.start, published_date)
        if head_day is not None:
            found = [
                replace(c, reference_date=head_day[0], date_evidence=f"{head_day[1]} {_TABLE_HEAD}")
                if c.claim_kind in ("close", "intraday") and c.date_evidence is None
                else c
                for c in found
            ]
        found = _futures_against_a_close(found, t, lexicon)
        # the index a sentence that names none spoke of, for an "it" in the next
        it_index = found[-1].index_id if found and not own else None
        claims.extend(found)
    claims = _periods_too_big_for_a_day(claims, sentences, lexicon, text, published_date)
    claims = _periods_by_apposition(claims, sentences)
    claims = _calls_in_a_list(claims, lexicon)
    claims = _carry_dates(claims, text, sentences, mentions, lexicon, article)
    claims = [_close_of_an_earlier_day(c, published_date) for c in claims]
    claims = _rows_of_a_close_head(claims, sentences, lexicon)
    claims = [_too_big_for_a_day(c) for c in claims]
    claims = _moves_of_a_review(claims, sentences)
    claims = _that_day(claims, sentences, published_date)
    claims = _after_stated_closes(claims, lexicon, article)
    claims = _levels_beyond_the_close(_levels_of_something_else(claims, text, sentences))
    claims = _anaphors_by_their_levels(claims, lexicon, published_date)
    named = _indices_named(mentions)
    claims = _records_told_before(_group_records(claims, sentences, named), sentences, named, lexicon)
    claims = _closes_told_after(_records_told_after(claims, sentences, mentions), sentences)
    claims = _moves_before_the_close(claims, sentences_apart=1)
    evening = _is_evening_futures_report(
        text, article.published, article.home_region, home_closed="europe" in article.closed_markets
    )
    claims = [_futures_session(c, published_date, evening) for c in claims]
    claims = [_futures_level_pointing(c) for c in claims]
    claims = _headline_dates(_shift_foreign_sessions(claims, lexicon, article, text), sentences)
    claims = _live_abroad_on_the_gmt_day(claims, lexicon, article, text)
    claims = _day_before_the_stated_day(claims)
    claims = _day_after_the_stated_day(claims, published_date)
    claims = _asia_on_the_next_day(claims, lexicon, sentences, article)
    claims = _asia_before_india_opens(claims, lexicon, sentences, article)
    claims = _asia_before_sydney_opens(claims, lexicon, text, article)
    claims = _wall_street_shut_today(claims, lexicon, text, article)
    if published_date.weekday() >= 5 and not _WEEKEND_SESSION.search(text):
        claims = [_weekend_close(c, lexicon) for c in claims]
    if published_date.weekday() == 6 and not _WEEK_IN_REVIEW.search(text):
        # a lead that looks back on last week ("Markets had a turbulent last week.") tells of its Monday;
        # futures on a Sunday trade for the coming one
        looks_back = bool(_LAST_WEEK.search(_lead_text(sentences)))
        claims = [
            _asia_on_monday(c, lexicon, published_date) if c.claim_kind == "futures" or not looks_back else c
            for c in claims
        ]
    return claims


# an Indian report written before its market opens: "Indian equity benchmarks are expected to open on a muted
# note", "GIFT Nifty futures were ..., suggesting a flat-to-positive start for the Nifty 50"
_INDIA_TO_OPEN = re.compile(
    r"\b(?:expected|likely|set|poised|tipped|seen)\s+to\s+open\b|"
    r"\b(?:hints?|signals?|points?|indicates?|suggests?|suggesting|indicating|signalling|signaling|pointing)"
    r"\s+(?:at\s+|to\s+|towards\s+)?(?:an?\s+)?(?:[\w-]+\s+){0,3}?(?:start|opening)\b"
)
_MUMBAI = "XBOM"  # the exchange calendar of the Nifty 50 and the Sensex


def _asia_before_india_opens(
    claims: list[MarketClaim], lexicon: IndexLexicon, sentences: list[Sentence], article: _Article
) -> list[MarketClaim]:
    """An Indian report written before Mumbai opens ("Indian equity benchmarks are expected to open on a muted
    note on Friday") tells the plain moves of the Asian markets that open hours earlier ("Japan's Nikkei rose
    0.3 per cent") as trade under way on its own day, not as closes of the Indian session an earlier sentence
    dated ("On Thursday, the BSE Sensex rose 226.85 points")."""
    if lexicon.market(article.story_index) != _MUMBAI or article.published.weekday() >= 5:
        return claims
    lead = " ".join(x.text for x in sentences[:4])
    if not _INDIA_TO_OPEN.search(lead):
        return claims
    india = lexicon.session_gmt(article.story_index, article.published)
    if india is None:
        return claims
    out = []
    for c in claims:
        hours = lexicon.session_gmt(c.index_id, article.published)
        if (
            hours is not None
            and hours[0] < india[0]
            and lexicon.region(c.index_id) == "asia"
            and c.claim_kind == "close"
            and c.kind_evidence == _AFTER_THE_SESSION
            and c.reference_date is not None
            and 0 < (article.published - c.reference_date).days <= 4
            and (c.date_evidence or "").endswith("(earlier sentence)")
        ):
            c = replace(
                c,
                claim_kind="intraday",
                kind_evidence="report written before India's open",
                reference_date=article.published,
                date_evidence=None,
            )
        out.append(c)
    return out


# an Australian report written before Sydney opens: "ASX 200 futures were up by 12 points (+0.1%) near 7am
# AEST, pointing to a positive start to trade", "SPI 200 futures pointed to a flat start for Australian
# shares"
_SYDNEY_TO_OPEN = re.compile(
    r"\b(?:ASX(?:\s+200)?|SPI(?:\s+200)?)\s+futures\b(?:[^.]|\.\d){0,100}?"
    r"\b(?:pointing|points?|pointed|suggest\w*|indicat\w*)"
    r"\s+to\s+an?\s+[\w-]+\s+(?:start|open)\b(?P<rest>[^.]{0,40})"
)


def _asia_before_sydney_opens(
    claims: list[MarketClaim], lexicon: IndexLexicon, text: str, article: _Article
) -> list[MarketClaim]:
    """An Australian or New Zealand morning report, written before Sydney opens ("ASX 200 futures were up
    by 12 points near 7am AEST, pointing to a positive start to trade"), tells Asia's moves of the session
    before: "Japan's Nikkei closed at a record high" in Thursday's CommSec report is Wednesday's close (not in
    an evening report whose futures point to the next day's open, "... to a flat open on Friday")."""
    cue = _SYDNEY_TO_OPEN.search(text)
    if cue is None or article.entry_clocks:
        return claims  # (a live blog's early entry is no time of the whole report)
    sydney = lexicon.hours.get("AXJO")
    if article.clock is not None and sydney:
        # the report's clock in Sydney: "Thu 11 Sep 25, 5:52pm (AEST)" stamps an evening wrap, whose futures
        # point to the next day
        tz, opens, _ = sydney
        if (article.clock + utc_offset_minutes(tz, article.published)) % 1440 >= opens:
            return claims
    if (day := _WEEKDAY.search(cue.group("rest"))) and day.group(1) != article.published.strftime("%A"):
        return claims
    before = _previous_weekday(article.published)
    return [
        replace(
            c,
            claim_kind="close",
            kind_evidence=c.kind_evidence if c.claim_kind == "close" else _AFTER_THE_SESSION,
            reference_date=before,
            date_evidence="the Asian session before Sydney's open",
        )
        if lexicon.region(c.index_id) == "asia"
        and c.claim_kind in ("close", "intraday")
        and (c.claim_kind == "close" or c.kind_evidence == _LIVE_REPORT)
        and c.date_evidence is None
        and c.reference_date == article.published
        else c
        for c in claims
    ]


# "Stocks in Asia opened lower", "Asian shares fell in early trade" (not "Japan's market opens Tuesday",
# "Tokyo's parliament began debate")
_ASIA_OPENED = (
    # (not a clause of what is to come: "are set to fall at the start of trading on Monday")
    r"\b(?:Asia|Asian|Tokyo|Japan(?:ese)?|Seoul|Sydney|Hong\s+Kong)\b"
    r"[^.]*?\b(?:opened|"
    r"(?:began|started)(?:\s+(?:the\s+)?(?:day|session|trading|trade))?\s+(?:sharply\s+|slightly\s+|"
    r"modestly\s+|broadly\s+)?(?:lower|higher|mixed|flat|down|up|weaker|stronger|in\s+the\s+(?:red|green))|"
    r"in\s+early\s+trad(?:e|ing)|at\s+the\s+open|"
    r"(?:(?<=ed\s)|(?<=rose\s)|(?<=fell\s)|(?<=sank\s)|(?<=higher\s)|(?<=lower\s))"
    r"at\s+the\s+start\s+of\s+trad(?:e|ing)|"
    # RTT's "Asian stock markets are mostly higher on Tuesday" in Monday's New York evening
    r"(?:are|is)\s+(?:mostly\s+|broadly\s+|modestly\s+|sharply\s+|slightly\s+)?(?:higher|lower|mixed|trading)|"
    # AP's "Asian stocks were mostly higher early Tuesday"
    r"(?:were|was)\s+(?:mostly\s+|broadly\s+|modestly\s+|sharply\s+|slightly\s+)?(?:higher|lower|mixed|up|down)"
    r"(?:\s+early|(?=\s+on\s+\w+day\s+morning))|"
    # "Asia-Pacific markets fell sharply on Wednesday" in Tuesday's New York evening: the weekday after the
    # report's (which the caller requires) tells it
    r"(?:fell|rose|climbed|dropped|slid|tumbled|gained|slumped|jumped|rallied|advanced|declined|sank)"
    r"(?=\s+(?:sharply\s+|slightly\s+|modestly\s+)?on\s+\w+day\b))\b"
)


def _asia_on_the_next_day(
    claims: list[MarketClaim], lexicon: IndexLexicon, sentences: list[Sentence], article: _Article
) -> list[MarketClaim]:
    """A report whose first lines say Asia's markets opened on the weekday after its publication date
    ("Stocks in Asia opened lower Tuesday" in Monday's New York evening report, dated by New York's clock):
    an Asian move under way that no words date is of that day; so is one under way "on Wednesday" in a
    Tuesday report (not six days before), or "on Monday" in a Sunday one."""
    if article.published.weekday() == 5:
        return claims
    nxt = _next_weekday(article.published)
    lead = " ".join(x.text for x in sentences[:5] if not x.in_headline)
    if article.published.weekday() == 6 and (
        # ("Markets had a turbulent last week.", not "extended last week's historic selloff")
        any(
            _LAST_WEEK_TOLD.search(x.text) and not _OPENED_WORDS.search(x.text)
            for x in sentences[:5]
            if not x.in_headline
        )
        or any(_WEEK_IN_REVIEW.search(x.text) for x in sentences)
    ):
        return claims  # a Sunday review of last week's Monday, not a report of the coming one
    opened = re.search(_ASIA_OPENED + rf"[^.]*?\b{nxt:%A}\b", lead)
    if nxt == article.published + timedelta(days=1):
        named = re.compile(rf"(?:on\s+)?{nxt:%A}(?: \(earlier sentence\))?")
        # futures "pointed to a slightly lower open on Thursday" in a Wednesday Tokyo report
        open_on = re.compile(rf"\b(?:open|opening|opens|reopens)\s+on\s+{nxt:%A}\b")
        out = []
        live_on_the_day: set[int] = set()  # sentences with an Asian move under way on that day
        for c in claims:
            if (
                lexicon.region(c.index_id) == "asia"
                and c.reference_date == nxt - timedelta(days=7)
                and named.fullmatch(c.date_evidence or "")
                # (not "Last week, the index had surged 3.1% on Wednesday" in an Asian report of Tuesday)
                and (
                    opened
                    or article.home_region != "asia"
                    or (c.claim_kind == "futures" and open_on.search(c.sentence))
                )
            ):
                if (
                    (opened or c.sentence_no in live_on_the_day)
                    and c.claim_kind == "close"
                    and c.kind_evidence == _AFTER_THE_SESSION
                ):
                    # "Asian equities slumped at the open on Wednesday ... South Korea's Kospi slid 2.8%";
                    # "Japan's Nikkei 225 tumbled 6.5% shortly after the open, while Australia's S&P/ASX 200
                    # slid 5.5%": the live cue tells of the whole sentence
                    c = replace(c, claim_kind="intraday", kind_evidence=_LIVE_REPORT)
                if c.claim_kind in ("intraday", "futures"):
                    c = _replace_date(c, nxt, f"{c.date_evidence}: Asia's day after the report's")
                    live_on_the_day.add(c.sentence_no)
            out.append(c)
        claims = out
    if not opened:
        return claims
    # and Wall Street's session "on Monday" in that Monday evening's report is the report's own day, not the
    # one before it that a report written while Asia trades would mean
    claims = [
        _replace_date(c, article.published, f"{_PREVIOUS_ABROAD}, Asia trading the day after the report's")
        if article.published.weekday() < 5
        and c.date_evidence == _PREVIOUS_ABROAD
        and c.claim_kind == "close"
        and lexicon.region(c.index_id) == "americas"
        and c.reference_date == _previous_weekday(article.published)
        else c
        for c in claims
    ]
    return [
        _replace_date(c, nxt, f"{nxt:%A} in Asia, under way as the report is written")
        if c.claim_kind == "intraday"
        and c.date_evidence is None
        and c.reference_date == article.published
        and lexicon.region(c.index_id) == "asia"
        else c
        for c in claims
    ]


# "Wall Street was closed for the Independence Day holiday", AFP's "New York - Dow: Closed for a holiday"
_WALL_STREET_SHUT = re.compile(
    r"\b(?:Wall\s+Street|U\.?S\.?\s+(?:stock\s+|equity\s+|financial\s+)?(?:markets?|exchanges)|"
    r"New\s+York(?:\s+Stock\s+Exchange)?)"
    # "with US exchanges closed for the Labor Day holiday"
    r"(?:\s+(?:was|were|is|are|remained|remain|stayed)\s+|\s+-\s+Dow:\s+|\s+)(?:closed|shut)\b"
    r"(?:\s+on\s+(?P<day>(?:Mon|Tues|Wednes|Thurs|Fri)day))?\s+for\s+(?:an?\s+|the\s+)?(?:[\w'’.-]+\s+){0,4}?"
    r"(?:holiday|Thanksgiving|Christmas|Juneteenth|Independence\s+Day|Good\s+Friday)\b"
    r"(?:\s+on\s+(?P<day2>(?:Mon|Tues|Wednes|Thurs|Fri)day))?",
    re.I,
)


_HOLIDAY_WORDS = ("holiday", "thanksgiving", "christmas", "juneteenth", "independence", "friday")


def _wall_street_shut_today(
    claims: list[MarketClaim], lexicon: IndexLexicon, text: str, article: _Article
) -> list[MarketClaim]:
    """A report that says Wall Street is shut for a holiday on its day ("Wall Street was closed for the
    Independence Day holiday ... The S&P 500 gained 0.8 percent to 6,279.35"): the U.S. moves it gives without
    a day are of the last session, not under way, and U.S. futures trade for the next one."""
    low = text.lower()
    # (the holiday's word first: the pattern itself tries every word boundary of the text)
    shut = _WALL_STREET_SHUT.search(text) if any(word in low for word in _HOLIDAY_WORDS) else None
    if (
        not shut
        # an Asian report's "Wall Street was closed for the Memorial Day holiday" is of New York's day before
        or article.home_region == "asia"
        or (day := shut.group("day") or shut.group("day2"))
        and day != f"{article.published:%A}"
    ):
        return claims
    out = []
    for c in claims:
        if (
            c.date_evidence is None
            and c.reference_date == article.published
            and lexicon.region(c.index_id) == "americas"
        ):
            if c.claim_kind == "intraday" and c.kind_evidence == _LIVE_REPORT:
                c = replace(
                    _replace_date(
                        c, _previous_weekday(article.published), "the session before Wall Street's holiday"
                    ),
                    claim_kind="close",
                    kind_evidence=_AFTER_THE_SESSION,
                )
            elif c.claim_kind == "futures":
                c = _replace_date(
                    c, _next_weekday(article.published), "the session after Wall Street's holiday"
                )
        out.append(c)
    return out


_MONDAY = re.compile(r"(?:on\s+)?Monday", re.I)
_LAST_WEEK = re.compile(r"\b(?:last|past)\s+week\b", re.I)
_OPENED_WORDS = re.compile(r"\bopened\b|\bat\s+the\s+start\b", re.I)
_LAST_WEEK_TOLD = re.compile(r"\b(?:last|past)\s+week\b(?!['’]s)", re.I)


def _lead_text(sentences: list[Sentence]) -> str:
    """The first sentence after the headline."""
    return next((x.text for x in sentences if not x.in_headline), "")


# a week's review telling of last Monday's swings, not a report written as Asia's Monday opens
_WEEK_IN_REVIEW = re.compile(
    r"\bweek\s+in\s+review\b|\bweekly\s+review\b|\bIt\s+was\s+an?\s+(?:[\w-]+\s+){0,2}week\b|\bBy\s+Friday\b|"
    # "Asian markets had a rough start last week" (not "after the index fell 3% last week")
    r"\bstart\s+(?:to\s+)?last\s+week\b",
    re.I,
)


def _asia_on_monday(c: MarketClaim, lexicon: IndexLexicon, published: date) -> MarketClaim:
    """In a Sunday evening report, an Asian market under way "Monday" trades tomorrow, not six days ago:
    "Asian markets opened sharply lower Monday. Japan's Nikkei 225 tumbled 6.5% shortly after the open"."""
    if (
        c.claim_kind in ("intraday", "futures")
        and lexicon.region(c.index_id) == "asia"
        and c.reference_date == published - timedelta(days=6)
        and _MONDAY.fullmatch((c.date_evidence or "").removesuffix(" (earlier sentence)"))
    ):
        return _replace_date(
            c, published + timedelta(days=1), f"{c.date_evidence} (the day after a Sunday report)"
        )
    return c


# "futures were at 25,980, compared with the index's last close of 26,085.08", "higher than the HSI's last
# close of 23,549.46", "below Monday's cash close", "compared with the Osaka close of 40,420"
_AGAINST_A_CLOSE = re.compile(
    r"\b(?P<cmp>compared\s+(?:with|to)|against|versus|vs\.?|(?:higher|lower)\s+than|above|below)\s+"
    r"(?:the\s+)?(?:(?P<owner>[\w&.-]+(?:\s+[\w&.-]+)?)['’]s?\s+)?"
    r"(?:(?P<which>last|previous|prior|Osaka|cash|record|Monday|Tuesday|Wednesday|Thursday|Friday)(?:['’]s)?\s+)?"
    r"(?:session['’]s\s+)?(?:cash\s+)?close(?:\s+of\s+(?P<close>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?))?",
    re.I,
)
_ON_A_WEEKDAY_AFTER = re.compile(r"\s+(?:set\s+|hit\s+)?on\s+(?:Mon|Tues|Wednes|Thurs|Fri)day\b")
_NUMBER_TEXT = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")
_START_WORD = re.compile(
    r"\b(?:point(?:s|ed|ing)?|signall?(?:s|ed|ing)?|indicat(?:es|ed|ing))\s+to\s+an?\s+"
    r"(?:(?P<up>firm|firmer|higher|stronger|positive|strong)|weak|weaker|lower|softer|negative|heavy)\b",
    re.I,
)


def _futures_against_a_close(
    found: list[MarketClaim], sentence: str, lexicon: IndexLexicon
) -> list[MarketClaim]:
    """A futures level set against the cash index's close: the futures point up or down by the two levels
    (or by the comparison's words when the close has no figure), and the close stated is the index's own,
    a close claim ("compared with the Osaka close of 40,420" is the futures' own close in Osaka)."""
    if not found or "close" not in sentence or not (m := _AGAINST_A_CLOSE.search(sentence)):
        return found
    close = float(m.group("close").replace(",", "")) if m.group("close") else None
    before = {float(n.group(0).replace(",", "")) for n in _NUMBER_TEXT.finditer(sentence, 0, m.start())}
    word = m.group("cmp").lower()
    if close is None and word in ("above", "higher than", "below", "lower than"):
        pointing = "up" if word in ("above", "higher than") else "down"
    elif close is None and (start := _START_WORD.search(sentence, m.end())):
        pointing = "up" if start.group("up") else "down"
    else:
        pointing = None
    which = (m.group("which") or "").lower()  # "last", "previous", "Osaka", "Friday"
    owner = ((m.group("owner") or "").split() or [""])[-1].lower()  # "the index's", "Friday's"
    # the index whose close it is: "the Hang Seng's last close", else the one index of the futures before it
    named = lexicon.lookup(m.group("owner") or "")
    owners = (
        {named.index_id}
        if named is not None and not named.is_exclusion
        else {c.index_id for c in found if c.claim_kind == "futures" and c.level in before}
    )
    stated = close is None or any(c.level == close for c in found)
    out = []
    for c in found:
        bare = c.move_pct is None and c.points is None and c.level is not None
        own = (
            c.claim_kind == "futures"
            and bare
            and c.direction is None
            and c.level in before
            # words alone ("both above Friday's cash close") point every futures level before them
            and (owners == {c.index_id} or (close is None and named is None))
            # "below the record close of 6,890.89 the index hit on Oct. 28": no move of the day, unless the
            # record is the last session's ("above the Nikkei's record close of 42,718.17 on Tuesday")
            and (which != "record" or _ON_A_WEEKDAY_AFTER.match(sentence, m.end()))
        )
        if own and c.level != close:
            if close is not None:
                pointing = "up" if c.level > close else "down" if c.level < close else "flat"
            if pointing is not None:
                c = replace(c, direction=pointing)
            out.append(c)
            if (
                not stated
                and which in ("", "last", "previous", "prior", "cash")
                and owner not in _WEEKDAYS
                and c.reference_date
            ):
                # the close the scope of the futures' clause left out: the index's last session
                stated = True
                decimals = m.group("close").partition(".")[2]
                c = replace(
                    c,
                    claim_kind="close",
                    direction=None,
                    level=close,
                    level_decimals=len(decimals),
                    crosses_level=None,
                    is_record=False,
                    record_scope=None,
                    record_after=None,
                    hedge=None,
                    is_hedged=False,
                    verb=None,
                    kind_evidence=m.group(0),
                    reference_date=_previous_weekday(c.reference_date),
                    date_evidence=f"{which or 'the'} close",
                )
            else:
                continue
        elif (
            bare
            and c.level == close
            and c.claim_kind == "futures"
            and c.level not in before
            and which != "osaka"
        ):
            c = replace(c, claim_kind="close", direction=None, kind_evidence=m.group(0))
        out.append(c)
    return out


# a look-back between two claims: "The Nikkei closed 0.8% higher, after the S&P 500 climbed 1.1% on Monday"
_LOOK_BACK_WORD = re.compile(r"\b(?:after|following)\b", re.I)
# what may follow a sentence's closing date: "... on Monday.", "... on Monday, data showed."
_SENTENCE_END = re.compile(r"[\s.;:)\"'’”]*$")
# the date ends the figures' clause, a reason or a circumstance after it: "... on Monday, as investors looked
# ahead to a heavy week of corporate earnings"
_REASON_AFTER = re.compile(r",\s+(?:as|amid|after|on\s+hopes|on\s+fears|with)\s+(?![^,;]*\d)")


# a row under a head: "Nikkei 225: 49,507.21 (-2.61%)", "- KOSPI | +75.6%"
_ROW_LINE = re.compile(
    r"[ \t]*(?:[-•*][ \t]*)?[^\n:|]{1,60}?(?::|[ \t]*\||[ \t]+(?=[-+\u2212]\d))[ \t]*[-+\u2212]?\d[^\n]*"
)


def _rows_end(text: str, start: int, row: re.Pattern[str] = _ROW_LINE) -> int:
    """Where the row lines starting at ``start`` end (``start`` when none does, or when a row names its own
    day: "• Russell 2000: Fri −3.0%" under "THE WEEK IN NUMBERS"); ``row`` is what a row line looks like."""
    end = start
    while m := row.match(text, end):
        if m.end() < len(text) and text[m.end()] != "\n":
            break
        if _DAY_ABBREVIATION.search(m.group(0)):
            return start
        end = m.end() + 1
    return min(end, len(text))


_DAY_ABBREVIATION = re.compile(
    r"\b(?:Mon|Tue|Tues|Wed|Thu|Thurs|Fri|Monday|Tuesday|Wednesday|Thursday|Friday)\b"
)


def _final_date_for_all(claims: list[MarketClaim], sentence_start: int, published: date) -> list[MarketClaim]:
    """A date that ends a sentence dates the other indices' undated moves of the same kind before it:
    "The Nikkei rose 1% and the Topix gained 0.5% on Monday", "the 2,507.45-point jump in the Sensex and
    the 733.20-point rise in the Nifty on June 3, 2024". Not the same index's earlier move ("rose 1%,
    extending its 0.5% gain on Monday" looks back), nor after a look back ("wiping out its 2.65 per cent
    gain from Thursday")."""
    if len(claims) < 2:
        return claims
    last = claims[-1]
    ev = last.date_evidence
    if not ev or not _sets_context(last, sentence_start, published):
        return _date_before_a_while(claims, sentence_start, published)
    at = last.sentence.rfind(ev)
    if at < 0:
        return _date_before_a_while(claims, sentence_start, published)
    if _SENTENCE_END.fullmatch(last.sentence, at + len(ev)):
        shared = f"{ev} (end of the sentence)"
    elif _REASON_AFTER.match(last.sentence, at + len(ev)):
        shared = f"{ev} (end of the clause)"
    else:
        return _date_before_a_while(claims, sentence_start, published)
    return (
        [
            replace(c, reference_date=last.reference_date, date_evidence=shared)
            if c.date_evidence is None
            and c.claim_kind == last.claim_kind
            and c.index_id != last.index_id
            # not across a look-back: "The Nikkei closed 0.8% higher, after the S&P 500 climbed 1.1% on
            # Monday" (but a reason of the earlier clause is no look-back: "the DAX gained 0.4% following
            # upbeat business surveys, and France's CAC 40 added 0.6% on Friday")
            and not _looks_back_to(
                last.sentence[c.char_end - sentence_start : last.char_start - sentence_start]
            )
            else c
            for c in claims[:-1]
        ]
        + [last]
    )


def _looks_back_to(words: str) -> bool:
    """Whether the words between two claims make the second a look back: "after" or "following" in the
    clause right before it ("..., after the S&P 500 climbed"), or before a clause that only places it ("...,
    following a strong lead from Wall Street, where the S&P 500 gained"); not a reason of the first claim
    ("the DAX gained 0.4% following upbeat business surveys, and France's CAC 40 added")."""
    cut = max(words.rfind(","), words.rfind(";"))
    last = words[cut + 1 :]
    return bool(
        _LOOK_BACK_WORD.search(last)
        or (
            (
                _PLACING_CLAUSE.match(last)
                # "closed up 0.3% after Wall Street's rebound, as the S&P 500 rose 1.2% on Friday" (not "rose
                # 0.2% after upbeat retail data, as Germany's DAX slipped 0.6% on Friday")
                or (_AS_CLAUSE.match(last) and _place_region(words[: max(cut, 0)]) is not None)
            )
            and _LOOK_BACK_WORD.search(words)
        )
    )


_PLACING_CLAUSE = re.compile(r"\s*(?:where|in\s+which|when)\b", re.I)
_AS_CLAUSE = re.compile(r"\s*as\b", re.I)


def _date_before_a_while(
    claims: list[MarketClaim], sentence_start: int, published: date
) -> list[MarketClaim]:
    """A date that ends the clause before ", while" dates the sentence's other undated moves of a day:
    "Japan's Nikkei 225 fell 3.9 per cent and South Korea's Kospi lost 1.7 per cent yesterday, while Hong
    Kong's Hang Seng added 0.7 per cent"."""
    dated = next(
        (
            c
            for c in claims
            if c.date_evidence
            and (at := c.sentence.find(c.date_evidence, c.char_end - sentence_start)) >= 0
            and _WHILE_AFTER.match(c.sentence, at + len(c.date_evidence))
            and _sets_context(c, sentence_start, published)
        ),
        None,
    )
    if dated is None:
        return claims
    shared = f"{dated.date_evidence} (end of the clause)"
    return [
        replace(c, reference_date=dated.reference_date, date_evidence=shared)
        if c.date_evidence is None
        and c.index_id != dated.index_id
        and (c.claim_kind == dated.claim_kind or c.kind_evidence == _LIVE_REPORT)
        else c
        for c in claims
    ]


_WHILE_AFTER = re.compile(r",\s+(?:while|whereas)\s")


# a period's result told without a figure: "all three major averages finished the week lower", "Stocks
# posted a losing week"
_PERIOD_RESULT = re.compile(
    r"\b(?:finished|ended|closed|wrapped\s+up|closed\s+out)\s+(?:the\s+)?(?:week|month|quarter|year|half)\s+"
    r"(?:lower|higher|down|up|in\s+the\s+(?:red|green)|with\s+(?:gains|losses))\b|"
    r"\b(?:posted|logged|notched|booked|suffered|recorded)\s+(?:a\s+|their\s+|its\s+)?(?:[\w-]+\s+)?"
    r"(?:losing|winning)\s+(?:week|month|quarter|year)s?\b|"
    # "The major averages staged a sharp rebound over the holiday week, however." (not "Stocks fell on Friday,
    # capping a loss for the week": a day's, then the week's)
    r"\A\W*(?:The\s+)?(?:(?:three\s+)?(?:major|main|big|key)\s+)?(?:averages|indexes|indices|stocks|shares|equities)\s+"
    r"(?![^.]*\b(?:day|session|today|yesterday|Monday|Tuesday|Wednesday|Thursday|Friday)\b)[^.\d]*?\b(?:over|for)\s+"
    r"the\s+(?:holiday(?:-shortened)?\s+)?(?:week|month|quarter)\b(?!['’]s|\s+ahead\b(?!\s+of))|"
    # "The losses capped a losing week for the major averages." (not "Stocks fell on Friday, capping a losing
    # week": the day's moves follow)
    r"\A(?![^.]*\b(?:day|session|today|yesterday|Monday|Tuesday|Wednesday|Thursday|Friday)\b)[^.\d]*?\b"
    r"(?:capped|capping|sealed|rounded\s+off)\s+(?:a|an|their|its)\s+(?:[\w-]+\s+)?(?:losing|winning)\s+"
    r"(?:week|month|quarter|year)\b|"
    # "All three major averages posted losses for the week.", "... posted gains last week."
    r"\b(?:posted|logged|notched|booked|suffered|recorded)\s+(?:losses|gains|declines|advances)\s+(?:(?:for|on|over)\s+"
    r"the\s+(?:week|month|quarter|year)|last\s+(?:week|month))\b|"
    # "Stocks rebounded last week, recovering the losses that followed the July jobs report.", "Stocks rose
    # modestly last week."
    # ... "Regional markets also retreated last week as worries ... resurfaced."
    r"\A\W*(?:U\.?S\.?\s+|US\s+|Regional\s+|Asian\s+|European\s+|Global\s+)?(?:stocks|shares|equities|markets)\s+"
    r"(?:also\s+|broadly\s+|mostly\s+)?(?:rebounded|rallied|rose|fell|slid|slumped|"
    r"climbed|gained|declined|retreated|advanced)\s+(?:[a-z]+ly\s+)?(?:last|this\s+past)\s+week\b|"
    # "Outside the US, Asian markets had a standout quarter."
    r"\b(?:markets?|stocks|shares|equities|indexes|indices|bourses?|benchmarks?|Street)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:had|enjoyed|endured)\s+an?\s+(?:[\w-]+\s+){1,2}?(?:week|month|quarter|year)\b(?![^.]*\b(?:but|yet)\b)|"
    # "For the week, the picture was mixed."; not "For the week, investors will watch Nvidia's earnings."
    # "October was a month of sharp divergence within Asia."
    r"\A\s*(?:(?:" + _MONTH_NAMES + r")|"
    r"(?:The|This|Last)\s+(?:week|month|quarter))\s+was\s+an?\s+(?:[\w-]+\s+){0,3}?(?:week|month|quarter)\s+"
    r"(?:of|for|in)\b"
    # ... that goes on to no other time: "..., but November has started differently", "resumed on Monday"
    r"(?![^.]*\b(?:but|yet|today|yesterday|day|session|Monday|Tuesday|Wednesday|Thursday|Friday|started|"
    r"began|resumed)\b)|"
    r"\A\s*(?:For|Over|Across)\s+the\s+(?:holiday-shortened\s+)?(?:week|month|quarter|year)\b,"
    r"(?![^.]*\b(?:will|would|could|may|might|expect|expected|watch|look|awaits?|ahead)\b)"
    r"(?=[^.]*\b(?:mixed|lower|higher|gains?|loss|losses|up|down|red|green|fell|rose|declined|advanced|gained|lost|"
    r"slipped|climbed)\b)",
    re.I,
)
# a piece's own name, in title case, with the month or quarter it reviews: not "Bundesbank Monthly Report"
# nor "MSCI Quarterly Review", which tell of another body's report
_REVIEW_TITLE = re.compile(
    rf"\b(?P<month>{_MONTH_NAMES})\s+20\d\d\s+(?:[Mm]arket\s+)?(?:[Rr]ecap|[Rr]eview|[Ww]rap|[Cc]ommentary|[Ll]etter)\b|"
    r"^Q[1-4]\s+20\d\d\s+in\s+Review\b|"
    # "Markets in Q3 2025: equities climb", "Quarterly market review: Q1 2025"
    r"^Markets\s+in\s+Q[1-4]\s+20\d\d\b|^Quarterly\s+(?:market\s+)?review\W{1,4}Q[1-4]\s+20\d\d\b|"
    # "Monthly Letter – October 2025", "Monthly markets review – October 2025"
    rf"\b(?:Monthly|Quarterly)\s+(?:[Mm]arkets?\s+)?(?:[Ll]etter|[Cc]ommentary|[Uu]pdate|[Rr]ecap|[Rr]eview)\W{{1,4}}"
    rf"(?:(?P<month2>{_MONTH_NAMES})|Q[1-4])\s+20\d\d\b|"
    # a year's: "Asian stocks' 2025 report card", "The Dow's wild 2025, by the numbers", "2025 in review"
    r"\b20\d\d\s+(?:[Rr]eport\s+[Cc]ard|[Ss]corecard|[Ii]n\s+[Rr]eview)\b|\b20\d\d,?\s+by\s+the\s+numbers\b"
)
# words of a time after the month reviewed: "Stocks started December lower", "As we write this letter"
_AFTER_THE_REVIEW = re.compile(
    r"\b(?:start(?:ed|ing)?|since\s+the\s+start|so\s+far\s+this|this\s+month|today|as\s+we\s+write|now)\b",
    re.I,
)


_STATE_VERB = re.compile(r"(?:was|were)\b", re.I)  # "was nearly flat, slipping 0.2%"


def _moves_of_a_review(claims: list[MarketClaim], sentences: list[Sentence]) -> list[MarketClaim]:
    """ "November 2025 Market Recap", "Q3 2025 in Review", "Monthly Letter – October 2025": the moves of a
    review of a period told without a day, nor a day carried from the sentence before, nor a time after the
    period, are that period's."""
    title = next((m for s in sentences if s.in_headline and (m := _REVIEW_TITLE.search(s.text))), None)
    if title is None:
        return claims
    reviewed = (title.group("month") or title.group("month2") or "").lower()
    out = []
    for c in claims:
        if (
            c.claim_kind in ("close", "intraday")
            and (c.kind_evidence in _DEFAULT_EVIDENCE or _STATE_VERB.match(c.kind_evidence or ""))
            and c.date_evidence is None
            and c.move_pct is not None
            and not _in_headline(c, sentences)
            and _of_the_reviewed_period(_own_clause(c, sentences), reviewed)
        ):
            c = replace(c, claim_kind="period", kind_evidence=title.group(0), reference_date=None)
        out.append(c)
    return out


_MONTH_NAME = re.compile(rf"\b(?:{_MONTH_NAMES})\b")
_OWN_CLAUSE_CHARS = 60  # how far after an index's name its own clause is read for a review's day words


def _own_clause(c: MarketClaim, sentences: list[Sentence]) -> str:
    """The claim's sentence up to its own clause: "The S&P 500 rose 1.9%, with the Dow finishing at a record
    on 28 August" leaves out the day of the Dow's clause after it."""
    start = sentences[c.sentence_no].start if 0 <= c.sentence_no < len(sentences) else c.char_start
    return c.sentence[: max(0, c.char_start - start) + _OWN_CLAUSE_CHARS]


def _of_the_reviewed_period(words: str, reviewed: str) -> bool:
    """Whether words tell of no day, no time after the review, and no month other than the one reviewed
    ("Markets started December lower")."""
    return (
        not _DAY_WORDS.search(words)
        and not _AFTER_THE_REVIEW.search(words)
        and not any(m.lower() != reviewed for m in _MONTH_NAME.findall(words))
    )


def _in_headline(c: MarketClaim, sentences: list[Sentence]) -> bool:
    return 0 <= c.sentence_no < len(sentences) and sentences[c.sentence_no].in_headline


# "Outside the US, Asian markets had a standout quarter": the place left out is not the result's
_OUTSIDE = re.compile(r"\b(?:outside|excluding|beyond)\s+(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?", re.I)
_WEEK_IN_THE_RED = re.compile(r"\b(?:in|into)\s+the\s+(?:red|green)\s+for\s+the\s+week\b")
_DAY_MOVE_LIMIT_PCT = 10.0  # a default-kind move this big after a sentence of period moves is one too
_MADE_PERIODS = ("period of the move before it", "period of the sentence before")
# a subordinate clause's opening before futures: "... at lunchtime before S&P 500 futures turned lower"
_ASIDE_BEFORE = re.compile(r"[a-z,]\s+(?:before|after|as|while|when|until|since)\s+(?:[\w'’.&-]+\s+){0,2}$")
_CLOCK_OPENS = re.compile(r"\s*\d{1,2}[:.]\d{2}")
_IS_UP = re.compile(r"(?:is|are)\s+(?:now\s+)?(?:up|down|off|higher|lower)", re.I)
_NO_DAY_MOVE_PCT = 20.0  # a default-kind move this big is a period's wherever it stands
# ... unless its sentence speaks of a day: "On a brutal day, the KOSPI plunged 12%"
_DAY_WORDS = re.compile(
    r"\b(?:day|session|today|yesterday|overnight|Monday|Tuesday|Wednesday|Thursday|Friday)\b", re.I
)


def _agrees(result: str, directions: list[str | None]) -> bool:
    """Whether the moves' directions agree with a period's result told in words ("finished the week lower":
    all down; "the picture was mixed": any)."""
    words = result.lower()
    if any(w in words for w in ("lower", "down", "red", "losses", "losing")):
        return all(d == "down" for d in directions)
    if any(w in words for w in ("higher", " up", "green", "gains", "winning")):
        return all(d == "up" for d in directions)
    return True


def _last_before(claims: list[MarketClaim], starts: list[int] | None, char_start: int) -> MarketClaim | None:
    """The last of ``claims`` that starts before ``char_start``; ``starts`` are their ``char_start``s when
    those are in order (then found by bisection), else None."""
    if starts is not None:
        at = bisect.bisect_left(starts, char_start)
        return claims[at - 1] if at else None
    return next((p for p in reversed(claims) if p.char_start < char_start), None)


def _periods_too_big_for_a_day(
    claims: list[MarketClaim],
    sentences: list[Sentence],
    lexicon: IndexLexicon,
    text: str = "",
    published: date | None = None,
) -> list[MarketClaim]:
    """ "For 2025, the S&P 500 gained 16.4% ... The Russell 2000 gained about 11%, while the PHLX
    Semiconductor Index soared more than 40%": moves of 10% or more whose words set no kind nor date,
    right after a sentence whose claims are all period moves, are of that period too. (Smaller moves in
    such a sentence are mostly the day's: "For the week, X rose 1.7%. The Dow climbed 0.3%.") Moves of
    any size whose words set no kind nor date are a period's when the sentence before announces that
    period's result without a figure ("... all three major averages finished the week lower. The S&P 500
    lost 1.95%, the Nasdaq slid 2.74% ..."), and so are those of the sentences after them in the same
    paragraph ("October was a month of sharp divergence within Asia. South Korea's KOSPI rose 19.9% ...
    Hong Kong went the other way: the Hang Seng Index fell 3.5%")."""
    by_sentence: dict[int, list[MarketClaim]] = {}
    for c in claims:
        by_sentence.setdefault(c.sentence_no, []).append(c)
    text_of = {s.no: s.text for s in sentences}
    starts_of: dict[int, list[int] | None] = {}
    for no, cs in by_sentence.items():
        starts = [c.char_start for c in cs]
        starts_of[no] = starts if starts == sorted(starts) else None
    bounds = {s.no: (s.start, s.end) for s in sentences}
    framed: dict[
        int, tuple[str, str | None]
    ] = {}  # sentence -> the period result its moves are of, its place
    told_before: dict[int, list[MarketClaim]] = {}  # sentence -> its claims as this pass leaves them
    # once per sentence, not per claim: a long sentence may hold hundreds of claims
    # every move of the sentence is bare: not "climbed 0.53%, to settle at 85,267.66, while the Nifty advanced
    # 0.57%" after "rose on Friday ... but still ended the week in the red"
    # (a dated level beside them is another day's: "... and now sits just shy of its Oct. 28 record close of
    # 6,890.89")
    all_bare = {
        no: all(
            p.kind_evidence in _DEFAULT_EVIDENCE and p.date_evidence is None
            for p in cs
            if not (p.move_pct is None and p.points is None and p.date_evidence)
        )
        for no, cs in by_sentence.items()
    }
    day_worded = {no: bool(_DAY_WORDS.search(cs[0].sentence)) for no, cs in by_sentence.items()}
    day_moves: dict[str, list[MarketClaim]] = {}  # index -> its close moves told so far
    with_period: set[str] = set()  # indices with a period move told so far
    out = []
    with_period_before: set[str] = set()  # ... before the claim's sentence
    for c in claims:
        if c.sentence_no not in told_before:
            with_period_before = set(with_period)
        before = by_sentence.get(c.sentence_no - 1)
        bare = (
            c.claim_kind in ("close", "intraday")
            and c.kind_evidence in _DEFAULT_EVIDENCE
            and c.date_evidence is None
            and c.move_pct is not None
            and all_bare[c.sentence_no]
            and not day_worded[c.sentence_no]
        )
        if (
            bare
            and (frame := framed.get(c.sentence_no - 1))
            and c.sentence_no - 1 in bounds
            and c.sentence_no in bounds
            and "\n" not in text[bounds[c.sentence_no - 1][1] : bounds[c.sentence_no][0]]
            # the moves agree with the result, of its market, as right after it
            and _agrees(frame[0], [p.direction for p in by_sentence[c.sentence_no]])
            and (
                frame[1] is None
                or all(lexicon.region(p.index_id) in (frame[1], None) for p in by_sentence[c.sentence_no])
            )
        ):
            framed[c.sentence_no] = frame
            out.append(replace(c, claim_kind="period", kind_evidence=frame[0], reference_date=None))
            told_before.setdefault(c.sentence_no, []).append(out[-1])
            continue
        if (
            bare
            and before is None
            and (
                announced := _PERIOD_RESULT.search(text_of.get(c.sentence_no - 1, ""))
                # in a weekend's recap, "left the averages in the red for the week" tells the week's result
                or (
                    published is not None
                    and published.weekday() >= 5
                    and _WEEK_IN_THE_RED.search(text_of.get(c.sentence_no - 1, ""))
                )
            )
            and not _DIGIT.search(text_of.get(c.sentence_no - 1, ""))
            # the moves go without the levels of a day's close, unless that day's moves were told before:
            # "Stocks edged higher on Friday and posted gains for the week. The S&P 500 rose 0.2% to 6,870.40"
            # (a weekend's recap gives the week's moves with Friday's closing levels)
            and (
                # (a level of another day told beside them is no close of this one: "now sits just shy of its
                # Oct. 28 record close of 6,890.89")
                all(
                    p.level is None or (p.date_evidence and p.reference_date != c.reference_date)
                    for p in by_sentence[c.sentence_no]
                )
                or all(p.index_id in day_moves for p in by_sentence[c.sentence_no])
                or (
                    published is not None
                    and published.weekday() >= 5
                    and not _DAY_WORDS.search(text_of.get(c.sentence_no - 1, ""))
                    and not _TOLD_OF_FRIDAY.search(text, 0, bounds[c.sentence_no - 1][1])
                )
            )
            # the moves agree with the result ("finished the week lower" then falls), of its market
            and _agrees(announced.group(0), [out_c.direction for out_c in by_sentence[c.sentence_no]])
            and (
                (place := _place_region(_OUTSIDE.sub("", text_of.get(c.sentence_no - 1, "")))) is None
                or all(lexicon.region(p.index_id) in (place, None) for p in by_sentence[c.sentence_no])
            )
        ):
            framed[c.sentence_no] = (announced.group(0), place)
            out.append(replace(c, claim_kind="period", kind_evidence=announced.group(0), reference_date=None))
            told_before.setdefault(c.sentence_no, []).append(out[-1])
            continue
        earlier = _last_before(by_sentence[c.sentence_no], starts_of[c.sentence_no], c.char_start)
        if (
            earlier
            and (earlier.claim_kind == "period" or _is_too_big_for_a_day(earlier))
            and c.claim_kind in ("close", "intraday")
            and c.kind_evidence in _DEFAULT_EVIDENCE
            and c.move_pct is not None
            and abs(c.move_pct) >= _DAY_MOVE_LIMIT_PCT
            and (c.date_evidence is None or _in_relative_aside(c.sentence, c.date_evidence))
        ):
            # "The Stoxx 600 gained 16.7% in 2025, while Germany's DAX, whose final session of the year was
            # on Tuesday, rose 23%": the period of the move before it
            c = replace(
                c,
                claim_kind="period",
                kind_evidence="period of the move before it",
                reference_date=None,
                date_evidence=None,
            )
        elif (
            (told := told_before.get(c.sentence_no - 1))
            and all(p.claim_kind == "period" or _is_too_big_for_a_day(p) for p in told)
            and c.claim_kind in ("close", "intraday")
            # "... rallied 34%, the KOSPI 43%. Even the S&P 500 is up 13%": a present "is up" too
            # (not in a live blog's timed entry: "11:15 HKT: The Hang Seng Tech index is down 13.5%")
            and (
                c.kind_evidence in _DEFAULT_EVIDENCE
                or (_IS_UP.fullmatch(c.kind_evidence or "") and not _CLOCK_OPENS.match(c.sentence))
            )
            and c.date_evidence is None
            and c.move_pct is not None
            and abs(c.move_pct) >= _DAY_MOVE_LIMIT_PCT
            and not day_worded[c.sentence_no]
        ):
            c = replace(
                c, claim_kind="period", kind_evidence="period of the sentence before", reference_date=None
            )
        elif (
            (made := told_before.get(c.sentence_no))
            and made[-1].kind_evidence in _MADE_PERIODS
            and c.claim_kind in ("close", "intraday")
            and c.kind_evidence in _DEFAULT_EVIDENCE
            and c.date_evidence is None
            and c.move_pct is not None
            and _shares_the_verb(c, bounds)
        ):
            # "the Nifty 50 rose about 10% and the BSE Sensex about 9%": once the move before it in the
            # sentence is a period's, a move whose words set no kind nor date and that has no verb of its
            # own shares it, whatever its size (not "Hang Seng plunged 13.2%, Taiwan's Taiex sank 9.7%")
            c = replace(
                c, claim_kind="period", kind_evidence="same period as the previous claim", reference_date=None
            )
        elif (
            bare
            and published is not None
            and published.weekday() >= 5
            and c.claim_kind == "close"
            and c.kind_evidence != _LIVE_REPORT
            and (told := told_before.get(c.sentence_no - 1))
            and all(p.claim_kind == "period" for p in told)
            and any(_WEEK.search(p.kind_evidence or "") for p in told)
            and all(
                p.level is None and p.index_id not in with_period_before for p in by_sentence[c.sentence_no]
            )
            and c.sentence_no - 1 in bounds
            and "\n" not in text[bounds[c.sentence_no - 1][1] : bounds[c.sentence_no][0]]
            and not _TOLD_OF_FRIDAY.search(text, 0, bounds[c.sentence_no - 1][1])
            and not _WEEKEND_SESSION.search(text, 0, bounds[c.sentence_no - 1][0])
        ):
            # a weekend's recap that has not yet told of Friday: "The S&P 500 lost 3.1% last week, ... The Dow
            # fell 2.4%." is the week's (or month's) too, when the indices moved have no such move yet and no
            # level (not "The S&P 500 ended with a loss of 2% for the week. The index climbed 1%"), and no
            # weekend session was told before
            c = replace(
                c,
                claim_kind="period",
                kind_evidence=_WEEKEND_RECAP,
                reference_date=None,
            )
        elif (
            (told := told_before.get(c.sentence_no - 1))
            and all(p.claim_kind == "period" for p in told)
            and bare
            and (c.level is None or any(p.level == c.level for p in day_moves.get(c.index_id, ())))
            and c.sentence_no - 1 in bounds
            and "\n" not in text[bounds[c.sentence_no - 1][1] : bounds[c.sentence_no][0]]
            and any(
                _session_of(p.reference_date) == _session_of(c.reference_date) and not _same_figure(p, c)
                for p in day_moves.get(c.index_id, ())
            )
        ):
            # "The S&P 500 index climbed 1.5% to 6,466.91. ... For the week, the Dow gained 1.5%. The S&P 500
            # edged up 0.3%": the index's move that day was told before, so this one is the week's (not the
            # exact figure of a rounded one, "Sensex falls 0.5%" then "fell ... 0.47 per cent, to 85,231.92")
            c = replace(
                c,
                claim_kind="period",
                kind_evidence="period of the sentence before (the day's move told earlier)",
                reference_date=None,
            )
        elif (
            bare
            and c.claim_kind == "close"
            and c.kind_evidence != _LIVE_REPORT
            and (told := told_before.get(c.sentence_no - 1))
            and all(p.claim_kind == "period" for p in told)
            # a sentence listing several indices' moves of a week or month: not "The S&P 500 fell 2.4% for the
            # week. Chipmakers bore the brunt, with the Philadelphia semiconductor index tumbling 6.3%." nor
            # "For the week, the Hang Seng slipped about 1%. The Hang Seng Tech index lost 2.2%", the day's
            and len({p.index_id for p in told}) > 1
            and any(_WEEK.search(p.kind_evidence or "") for p in told)
            # of a market on the same clock as that list (not Japan's Nikkei after Wall Street's week)
            and lexicon.clock(c.index_id) in {lexicon.clock(p.index_id) for p in told}
            # that tells of no day ("The S&P 500 fell 2% this week and the Nasdaq lost 2.7%, despite Friday's
            # rebound. The Dow rose 1.1%.": Friday's)
            and not day_worded[c.sentence_no - 1]
            # in the past tense, as the move is ("For the month, the S&P 500 is up 1.1% and the Nasdaq up
            # 0.8%. The Dow added 0.2%.": the day's)
            and not any(_PRESENT_VERB.match(p.verb or "") for p in told)
            and all(
                p.level is None and p.index_id not in with_period_before and p.index_id not in day_moves
                for p in by_sentence[c.sentence_no]
            )
            and c.sentence_no - 1 in bounds
            and "\n" not in text[bounds[c.sentence_no - 1][1] : bounds[c.sentence_no][0]]
        ):
            # "For the week, the S&P 500 climbed 4.6% ... The small-cap Russell 2000 gained 4.1%.": the list
            # of the week's moves goes on, for an index whose day's move was not told
            c = replace(
                c,
                claim_kind="period",
                kind_evidence="period of the sentence before (no day's move told)",
                reference_date=None,
            )
        out.append(c)
        told_before.setdefault(c.sentence_no, []).append(c)
        if c.claim_kind == "close" and c.move_pct is not None:
            day_moves.setdefault(c.index_id, []).append(c)
        elif c.claim_kind == "period":
            with_period.add(c.index_id)
    return out


_WEEKEND_RECAP = "period of the sentence before (a weekend recap)"
_WEEK = re.compile(r"\bweek|\bfive\s+(?:sessions|days)\b|\bmonth|\bin\s+(?:" + _MONTH_NAMES + r")\b", re.I)
# the day a weekend's recap reports, told before its week: "rallied yesterday", "Markets wrap (Fri, Nov 21)"
# (not a news day's possessive, "Yesterday's jobs data"; but "despite Friday's rebound" tells of the session)
_TOLD_OF_FRIDAY = re.compile(
    r"\b(?:Fri(?:day)?|yesterday)\b(?:(?!['’])|(?=['’]s\s+(?:rebound|rally|gains?|drop|fall|slide|sell-?off|losses|"
    r"loss|rise|advance|decline|session|close|trading|surge|slump|bounce|moves?)\b))",
    re.I,
)


def _shares_the_verb(c: MarketClaim, bounds: dict[int, tuple[int, int]]) -> bool:
    """ "the Nifty 50 rose about 10% and the BSE Sensex about 9%": the move's verb stands before its index."""
    if c.verb is None or c.sentence_no not in bounds:
        return True
    after = c.sentence[c.char_end - bounds[c.sentence_no][0] :]
    figure = _DIGIT.search(after)
    return c.verb not in after[: figure.start() if figure else len(after)]


_PRESENT_VERB = re.compile(r"(?:is|are|has|have)\b", re.I)


def _session_of(day: date | None) -> date | None:
    """The weekday session an undated move of a weekend report is of: Friday's."""
    return day - timedelta(days=day.weekday() - 4) if day is not None and day.weekday() >= 5 else day


def _same_figure(told: MarketClaim, c: MarketClaim) -> bool:
    """The same move told twice, first rounded in the headline or hedged: "Sensex falls 0.5%" and "fell ...
    0.47 per cent", "gained about 1% on Friday" and "rose 0.98%" (not "rose 1%" then the week's "gained
    1.4%")."""
    if told.move_pct is None or c.move_pct is None or told.direction != c.direction:
        return False
    if told.sentence_no != 0 and not told.is_hedged:
        return told.move_pct == c.move_pct
    slack = 0.5 * 10.0 ** -(told.pct_decimals or 0)
    return abs(abs(told.move_pct) - abs(c.move_pct)) <= slack + 1e-9


_THAT_DAY = re.compile(r"\bthat\s+(?:day|afternoon|morning|evening|session)\b", re.I)


def _that_day(claims: list[MarketClaim], sentences: list[Sentence], published: date) -> list[MarketClaim]:
    """ "On April 9th Donald Trump paused most of the new levies. The S&P 500 surged by 9.5% that afternoon":
    "that day" is the last day the sentence before names, whatever it tells of."""
    thats: dict[int, re.Match[str] | None] = {}  # once per sentence
    out = []
    for c in claims:
        if c.sentence_no not in thats:
            thats[c.sentence_no] = _THAT_DAY.search(c.sentence) if "that " in c.sentence else None
        if (
            c.claim_kind in ("close", "intraday")
            and (c.date_evidence is None or c.date_evidence.endswith("(earlier sentence)"))
            and 0 < c.sentence_no < len(sentences)
            and (that := thats[c.sentence_no])
        ):
            before = sentences[c.sentence_no - 1].text
            days = [
                (m, d)
                for m in _DATE.finditer(before)
                if (m.group("md") or m.group("dm") or m.group("wd") or m.group("ord") or m.group("eve"))
                and (d := _resolve_date(m, published)) is not None
                and d <= published
                and d.weekday() < 5
                # not another year's day ("on Oct. 19, 1987"), nor a deadline ("an Aug. 1 deadline")
                and not (m.group("md_year") or m.group("dm_year"))
                and not _DEADLINE_AFTER.match(before, m.end())
            ]
            if days:
                m, d = days[-1]
                c = _replace_date(c, d, f"{m.group(0).strip()} ({that.group(0)})")
        out.append(c)
    return out


_PCT_UNIT_WORD = re.compile(r"%|\bper\s?cent\b|\bpercent\b", re.I)
# "The S&P 500 still ended down 2%, its second weekly loss in three"
_PERIOD_APPOSITION = re.compile(
    r"(?:%|\bper\s?cent|\bpercent|\bpoints?)\s*,\s+(?:its|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:weekly|monthly|quarterly|annual|yearly)\s+(?:loss|losses|gain|gains|decline|drop|rise|advance|fall|"
    r"increase|slide|retreat|rally)\b",
    re.I,
)


def _periods_by_apposition(claims: list[MarketClaim], sentences: list[Sentence]) -> list[MarketClaim]:
    """The move that an apposition after its index's first figure names a period's ("ended down 2%, its second
    weekly loss in three") is that period's, unless the sentence dates it; not a move of another index named
    before the apposition."""
    by_sentence: dict[int, list[MarketClaim]] = {}
    for c in claims:
        by_sentence.setdefault(c.sentence_no, []).append(c)
    # once per sentence: where its appositions and its percentages are, and where each index is named
    appositions: dict[int, list[re.Match[str]]] = {}
    apposition_starts: dict[int, list[int]] = {}
    units: dict[int, list[int]] = {}
    named: dict[int, list[tuple[int, str]]] = {}
    for no, cs in by_sentence.items():
        text = cs[0].sentence
        appositions[no] = list(_PERIOD_APPOSITION.finditer(text)) if "ly " in text else []
        if appositions[no]:
            apposition_starts[no] = [m.start() for m in appositions[no]]
            units[no] = [m.start() for m in _PCT_UNIT_WORD.finditer(text)]
            named[no] = sorted((c.char_start, c.index_id) for c in cs)
    out = []
    for c in claims:
        found = appositions.get(c.sentence_no)
        if (
            found
            and 0 <= c.sentence_no < len(sentences)
            and c.claim_kind in ("close", "intraday")
            and c.move_pct is not None
            and c.date_evidence is None
        ):
            base = sentences[c.sentence_no].start
            at = c.char_start - base
            k = bisect.bisect_right(apposition_starts[c.sentence_no], at)
            m = found[k] if k < len(found) else None
            cut = units[c.sentence_no]
            starts = named[c.sentence_no]
            if (
                m is not None
                # the apposition follows this index's first figure (whose unit opens the apposition) ...
                and bisect.bisect_left(cut, at) == bisect.bisect_left(cut, m.start())
                # ... before another index is named
                and all(
                    index_id == c.index_id
                    for _, index_id in starts[
                        bisect.bisect_right(starts, (c.char_start, "\uffff")) : bisect.bisect_left(
                            starts, (base + m.start(), "")
                        )
                    ]
                )
            ):
                words = m.group(0).split(",", 1)[1].strip()
                c = replace(c, claim_kind="period", kind_evidence=words, reference_date=None)
        out.append(c)
    return out


def _too_big_for_a_day(c: MarketClaim) -> MarketClaim:
    """ "South Korea's KOSPI soared 76%, Hong Kong's Hang Seng gained 28%" in a review of the year: no session
    moves an index this far, so a move this big whose words set no kind nor date is a period's."""
    if _is_too_big_for_a_day(c):
        return replace(c, claim_kind="period", kind_evidence="too big for a day", reference_date=None)
    return c


def _is_too_big_for_a_day(c: MarketClaim) -> bool:
    return (
        c.claim_kind in ("close", "intraday")
        and c.kind_evidence in _DEFAULT_EVIDENCE
        and c.date_evidence is None
        and c.move_pct is not None
        and abs(c.move_pct) >= _NO_DAY_MOVE_PCT
    )


# Tables and section heads

# A head whose lines share its words, on a line of its own: "For the week:", "On Friday:", "So far this
# year:", "Weekly performance (as at Friday's close):" ("Week:", "YTD:" alone, as recaps head their lines)
_TABLE_HEAD = "(line over the table)"
_AFTER_WORD = re.compile(r"\bafter\b")
_CLOSING_WORD = re.compile(r"\b(?:clos(?:e|es|ed|ing)|end(?:ed)?|finish(?:ed)?|settle(?:d|ment)?)\b", re.I)
# "IG calls:", "Opening calls:": a head over a list of calls on the open
_CALLS = r"(?:[\w&.]+\s+){0,3}(?:calls|expected\s+opens?|indicated\s+opens?)\s*:"
_SECTION = re.compile(
    r"(?:On|For|In|Over|So\s+far|Year\s+to\s+date|Since)\b[^.!?|]{0,40}:|(?:Week|Month|YTD):|"
    # "Here's how the major averages fared for the month:"
    r"(?:Here['’]s\s+)?[Hh]ow\s+[^.!?|:]{0,50}?\b(?:fared|performed|did|finished|ended|closed)\s+"
    # ("How major Asian indices have performed in 2025 (YTD, in local currency terms):", "... in Samvat 2081")
    r"(?:for|in|over|this|last)\s+(?:the\s+)?(?:week|month|quarter|year|half|20\d\d|Samvat\s+20\d\d)\b"
    r"[^.!?|]{0,50}:|"
    # "Key figures for 2025:"
    r"(?:Key\s+(?:figures|numbers|data|moves)|Scorecard|Performance)\b[^.!?|]{0,40}:|" + _CALLS + r"|"
    # "Index performance, Q1 2025 (price return, local currency)"
    r"(?:Index|Market|Equity|Stock)\s+(?:performance|returns)\b[^.!?|]{0,60}:|"
    # "Week in numbers (local currency, price return):"
    r"(?:(?:The|This)\s+)?(?:[Ww]eek|[Mm]onth|[Qq]uarter|[Yy]ear)\s+in\s+(?:numbers|review|markets|figures)\b[^.!?|]{0,50}:|"
    r"(?:Weekly|Monthly|Quarterly|Yearly|Annual|Full-year|Year-to-date|(?:First|Second|Third|Fourth)-(?:quarter|half)|"
    r"20\d\d)\s+(?:performance|moves|changes|returns|gains|losses)\b[^.!?|]{0,40}:"
)
_CALLS_HEAD = re.compile(_CALLS, re.I)
# a sentence of calls on the open right over their rows, "FTSE 100: 8,274 (+24)"
_CALL_ROW = re.compile(
    r"[ \t]*[A-Z][\w&. ]{1,30}:[ \t]*\d{1,3}(?:,\d{3})*(?:\.\d+)?[ \t]*\([ \t]*[+\-\u2212][^\n]*(?=\n|$)"
)
_CALLS_LEAD = re.compile(
    r"\b(?:indicative\s+(?:prices?|levels?|quotes?)|calls|called|(?:expected|set)\s+to\s+open)\b"
)
_SECTION_LEAD = re.compile(
    r"(?:On|For|In|Over|So\s+far|Year\s+to\s+date|Since)\b[^.!?|:]{0,40}:\s|(?:Week|Month|YTD):\s|"
    # Seeking Alpha's "Futures at 6:20, Dow -0.4%. S&P -0.5%. Nasdaq -0.6%."
    r"Futures\s+at\s+\d{1,2}:\d{2}(?:\s*(?:a\.m\.|am|ET))?,\s"
)
# a head over lines of closing levels and period moves: "Weekly performance (as at Friday's close):"
_HEAD_OF_CLOSES = re.compile(
    r"\bclos(?:e|ing)\b(?:\W{0,3}:|,\s+(?:change|move)s?\s+(?:on|over|for)\s+(?:the\s+)?(?:week|month|quarter|year)\b)",
    re.I,
)  # ... and "Weekly performance (Friday close, change on week):"
_CELL = re.compile(r"\s*\|\s*")
# Columns aligned with spaces ("DAX              24,162.65   +120.33    +0.50"): cells apart by 2+ spaces
# or a tab, at least three cells on the line
_ALIGNED_GAP = re.compile(r" {2,}|\t+")
_ALIGNED_ROW = re.compile(r"^\S.*?(?: {2,}|\t)\S.*?(?: {2,}|\t)\S")
_CELL_NUMBER = re.compile(
    # (in brackets too: "KOSPI  4,221.87  ▲114.37  (+2.78%)")
    r"^\(?(?P<sign>[+\-\u2212▲▼↑↓])?\s?(?P<int>\d{1,3}(?:,\d{3})+|\d+)(?:\.(?P<frac>\d+))?\s?(?P<pct>%)?\)?$"
)
# A quote line of a ticker box ("SP500 S&P 500 6901.00 +14.32 +0.21%"): name, last, change, change %
_TICKER_ROW = re.compile(
    r"(.{2,60}?)\s+(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s+([+\-\u2212]\s?[\d,]+(?:\.\d+)?)"
    r"\s+([+\-\u2212]\s?\d+(?:\.\d+)?%)"
)
_TICKER_HEADS = [("skip", ""), ("level", "last"), ("day", "change"), ("day", "change %")]
# Sharecast's "Market Movers": "FTSE 100 (UKX) 9,691.58 0.85%", the level and the day's move
_LEVEL_PCT_ROW = re.compile(
    r"([^\d\n]{2,30}?(?:\s\d{2,3})?(?:\s\([A-Z]{2,6}\))?)\s+(\d{1,3}(?:,\d{3})*\.\d+)\s+([+\-\u2212]?\d+\.\d+%)"
)
_LEVEL_PCT_HEADS = [("skip", ""), ("level", "last"), ("day", "change %")]
_SIGNED_CELL = re.compile(r"\(?[+\-\u2212▲▼↑↓]")
_VALUE_HEADS = frozenset({"value", "index value", "last value"})
# ("  change   --   +134.15   -111.89": a dash where the market was shut)
_CHANGE_ROW = re.compile(
    r"\(?(?:chg|change|net\s+chg|pts|points)\)?(?: {2,}|\t)(?:(?:--?|n/?a)(?: {2,}|\t))*[+\-\u2212]?\d", re.I
)
_LEVEL_HEAD = re.compile(r"\b(?:close|closing|last|level|price|points)\b", re.I)
_PERIOD_HEAD = re.compile(
    r"ytd|wtd|mtd|qtd|week|month|quarter|year|\d+w|\d+m|\d+y|(?:[2-9]|\d\d)d|q[1-4]|h[12]", re.I
)
_DAY_HEAD = re.compile(
    r"^(?:%|chg|change|%\s*chg|%\s*change|(?:chg|change)\s*%|day|daily|1d|move|net\s+(?:change|chg)|pct(?:\s+change)?|"
    r"(?:daily|day['’]s|day|1-day|one-day)\s+(?:change|chg|move|%\s*chg|%\s*change)|"
    r"(?:change|chg)\s*\((?:%|pts?|points|\+/-|\+/\u2212)\)|"
    # Benzinga's "Futures | Performance (+/-)"
    r"performance(?:\s*\((?:%|\+/-|\+/\u2212)\))?)$",
    re.I,
)


def _is_aligned_row(line: str) -> bool:
    """A line of three or more short cells aligned with spaces, not prose with stray double spaces."""
    if not _ALIGNED_ROW.search(line):
        return False
    cells = _ALIGNED_GAP.split(line.strip())
    return len(cells[0]) <= 40 and all(len(cell) <= 24 for cell in cells[1:])


# a cell that names what it holds: "Fri −2.71%", "Week −2.43%", "Fri −878.82 pts (−1.90%)", "YTD +14.1%"
_LABELLED_CELL = re.compile(
    r"(?P<label>[A-Za-z][A-Za-z.-]{1,11}):?\s+(?P<fig>[+\-\u2212]?\s?[\d,]+(?:\.\d+)?%?)(?:\s*(?:pts?|points)\b)?"
    r"(?:\s*\((?P<pct>[+\-\u2212]?\s?[\d,]+(?:\.\d+)?%)\))?"
)
_DAY_LABELS = {
    "mon": "Monday", "tue": "Tuesday", "tues": "Tuesday", "wed": "Wednesday", "thu": "Thursday",
    "thur": "Thursday", "thurs": "Thursday", "fri": "Friday", "monday": "Monday", "tuesday": "Tuesday",
    "wednesday": "Wednesday", "thursday": "Thursday", "friday": "Friday",
}  # fmt: skip
_TODAY_LABELS = frozenset({"day", "today", "daily", "1d", "chg", "change"})
# a column headed by a weekday, alone or with its unit: "Fri", "Friday %", "Thu chg"
_WEEKDAY_ABBREVIATION = "|".join(label for label in _DAY_LABELS if not label.endswith("day"))
_WEEKDAY_HEAD = re.compile(
    rf"(?:{_WEEKDAY_ABBREVIATION})(?:day|nesday|sday|rsday|urday)?\.?(?:\s*(?:%|chg|change|%\s*chg))?", re.I
)
# "• S&P 500: 6,552.51": the index, a colon, its level
_NAME_COLON_LEVEL = re.compile(r"(?P<name>[^:]{2,40}?):\s*(?P<level>\d{1,3}(?:,\d{3})*(?:\.\d+)?)")


def _labelled_cells(cells: list[str]) -> tuple[list[str], list[tuple[str, str]], str | None] | None:
    """A row whose cells name what they hold ("• S&P 500: 6,552.51 | Fri −2.71% | Week −2.43%") as plain
    cells, their heads, and the weekday its day's move is of (or None); None for any other row."""
    out: list[str] = []
    heads: list[tuple[str, str]] = []
    if first := _NAME_COLON_LEVEL.fullmatch(cells[0]):
        out += [first.group("name"), first.group("level")]
        heads += [("skip", ""), ("level", "level")]
    else:
        out.append(cells[0])
        heads.append(("skip", ""))
    day = None
    labelled = 0
    for cell in cells[1:]:
        m = _LABELLED_CELL.fullmatch(cell)
        if m is None:
            if _cell_figure(cell) is not None:
                return None  # an unlabelled number: a table with a head row elsewhere
            continue
        label = m.group("label").lower().rstrip(".")
        if label in _DAY_LABELS or label in _TODAY_LABELS:
            if any(k == "day" for k, _ in heads):
                return None  # "Thu +2.6% | Fri −2.4%": a move of each day, not one row's day
            kind = "day"
            day = _DAY_LABELS.get(label, day)
        elif _PERIOD_HEAD.fullmatch(label) or _PERIOD.search(label):
            kind = "period"
        else:
            return None
        labelled += 1
        figure = m.group("fig").replace(" ", "")
        if kind == "day" and not figure.endswith("%"):
            out.append(figure)
            heads.append(("day", "change (pts)"))
        else:
            out.append(figure)
            heads.append((kind, m.group("label") + (" %" if kind == "day" else "")))
        if m.group("pct"):
            out.append(m.group("pct").replace(" ", ""))
            heads.append((kind, m.group("label") + " %"))
    return (out, heads, day) if labelled else None


# a head's unit after it: "Day %", "2025 (%)"
_HEAD_UNIT = re.compile(r"\s*(?:%|\(%\))\s*$")
# "-22.68 (-0.63%)": a change and its percentage in one cell
_CHANGE_AND_PCT = re.compile(r"([+\-\u2212▲▼]?\s?[\d,]+(?:\.\d+)?)\s+(\([+\-\u2212]?\s?[\d,]+(?:\.\d+)?%\))")


def _cells(row: str) -> list[str]:
    """The cells of a pipe table row, or of a row whose columns are aligned with runs of spaces."""
    if "|" in row:
        return [cell.strip() for cell in _CELL.split(row.strip().strip("|").strip())]
    cells = _ALIGNED_GAP.split(row.strip())
    # "Kospi\t3,561.81\t-22.68 (-0.63%)": a change and its percentage in one cell are two
    out: list[str] = []
    for cell in cells:
        both = _CHANGE_AND_PCT.fullmatch(cell)
        out += both.groups() if both else (cell,)
    return out


def _column_kind(head: str) -> tuple[str, str]:
    """(what a table column holds, its head): level, day (the session's move), period or skip."""
    unit = _HEAD_UNIT.search(head)
    if unit and unit.start() and (kind := _column_kind(head[: unit.start()])[0]) in ("day", "period"):
        return kind, head  # "Day %", "Week %", "2025 %": the column's unit after its head
    if (
        _LEVEL_HEAD.search(head)
        or _DATE_HEAD.fullmatch(head.strip())  # "Dec 31, 2024": that day's close
        or head.strip().lower() in _VALUE_HEADS  # Benzinga's "Index | Performance (+/-) | Value"
        or _WEEKDAY_DATE_HEAD.fullmatch(head.strip())
    ):
        return "level", head
    if _DAY_HEAD.match(head):
        return "day", head
    if (
        _PERIOD.search(head)
        or _PERIOD_HEAD.fullmatch(head)
        or head.lower() in _MONTHS
        or _MONTH_CHANGE_HEAD.fullmatch(head)
        or _YEAR_HEAD.fullmatch(head.strip())
    ):
        return "period", head
    return "skip", head


_FUTURES_TITLE = re.compile(r"[^|\d.]{0,30}\bfutures\b[^|\d.]{0,20}", re.I)
_NAMES_A_DAY = re.compile(r"\b(?:day|daily|1d|session)\b|day['’]s", re.I)
# a table's title naming its period: "2025 in review", "Year-to-date", "Week in review:", "YTD performance"
_PERIOD_TITLE = re.compile(
    r"(?:(?:19|20)\d\d|(?:the\s+)?(?:week|month|quarter|year))\s+in\s+review\W*|"
    r"(?:year[- ]to[- ]date|ytd|weekly|monthly|quarterly|annual|full[- ]year)"
    r"(?:\s+(?:performance|returns?|moves?|change))?\W*",
    re.I,
)
# "October change", "2025 change", "YTD % chg"
_MONTH_CHANGE_HEAD = re.compile(
    rf"(?:{_MONTH_RE}\.?|20\d\d|ytd|year-to-date|weekly|monthly)\s+(?:change|chg|%\s*chg|%\s*change|gain|return|performance|move)",
    re.I,
)
# a caption that gives a table's unit: "(local currency, price return, %)", "(%)", "in %" (not a figure's
# aside in prose: "fell for a second week (down 1.95%)")
_PCT_CAPTION = re.compile(r"\([^()\d]*%\s*\)|\bin\s+%")
# a column headed by a year alone ("Index | Friday close | Week | 2025"): the move over that year
_YEAR_HEAD = re.compile(r"20\d\d")
_FLAT_CELLS = frozenset({"flat", "unch", "unch.", "unchanged"})


_BRACKETED = re.compile(r"\([^)]*\)")  # "Index (futures in brackets)": an aside, not the column's head


def _table_direction(move: tuple | None, points: tuple | None, flat: bool) -> str | None:
    """The direction of a row's change: its sign, an unsigned figure of a change column being a rise."""
    if move or points:
        return _sign_direction((move or points)[0])
    return "flat" if flat else None


def _cell_figure(cell: str) -> tuple[float, int, bool] | None:
    """(signed value, decimals, is a percentage) of a table cell that holds just a number."""
    m = _CELL_NUMBER.match(cell)
    if not m:
        return None
    frac = m.group("frac") or ""
    value = float(m.group("int").replace(",", "") + ("." + frac if frac else ""))
    return (
        (-value if m.group("sign") in ("-", "\u2212", "▼", "↓") else value),
        len(frac),
        bool(m.group("pct")),
    )


# a ticker's cell before a row's name: "I:DJI", "SP500", ".N225", "^GSPC"
_TICKER_CELL = re.compile(r"[A-Z0-9.:^$]{2,10}")


def _table_row_claims(
    sentence: Sentence,
    mention: Mention,
    cells: list[str],
    header: list[tuple[str, str]] | None,
    lexicon: IndexLexicon,
    article: _Article,
    changes: list[str] | None = None,
) -> list[MarketClaim]:
    """The claims of a table row whose first cell names an index ("Kospi | 3,926.59 | -4.4% | +63.6%"):
    the closing level and the day's move as one claim, each period column as another. Without a head
    row, a plain number is the level and the first percentage the day's move. ``changes`` are the cells of
    a row of changes under it ("  (chg)  +114.37  -100.13"), each the points of the dated close above it."""
    at = mention.char_start - sentence.start
    if at > len(cells[0]) + 1:
        second = sentence.text.find(cells[1]) if len(cells) > 2 else -1
        if not (_TICKER_CELL.fullmatch(cells[0]) and 0 <= second <= at < second + len(cells[1])):
            return []  # the index is not the row's subject
        # "I:DJI   DOW JONES AVERAGES   47716.42   +289.30   +0.61%": a ticker, then the name
        cells = cells[1:]
        header = header[1:] if header and len(header) == len(cells) + 1 else header
    if header and len(header) == len(cells) - 1 and header[0][0] != "skip":
        # "              Mon 11/24   Tue 11/25 ...   Week": a head row whose cell over the names is blank
        header = [("skip", ""), *header]
    heads = header if header and len(header) == len(cells) else None
    level = move = points = None
    level_head = ""
    periods: list[tuple[str, tuple[float, int, bool]]] = []
    # "March 13 close" columns, with the change under each
    dated_levels: list[tuple[date, str, tuple[float, int, bool], tuple[float, int, bool] | None]] = []
    flat = False
    for i, cell in enumerate(cells[1:], start=1):
        figure = _cell_figure(cell)
        if figure is None:
            # "S&P/ASX 200 | 8,343.70 | flat | +1.1%": the day's move as a word
            flat = flat or (cell.lower() in _FLAT_CELLS and (not heads or heads[i][0] == "day"))
            continue
        kind, head = heads[i] if heads else ("day" if figure[2] else "level", "")
        in_pct = figure[2] or "%" in head or "pct" in head.lower()  # "% Chg" cells may drop the sign
        if kind == "level" and not figure[2] and (day := _head_date(head, article.published)):
            change = _cell_figure(changes[i]) if changes and i < len(changes) else None
            dated_levels.append((day, head, figure, change))
        elif kind == "level" and not figure[2] and level is None:
            level, level_head = figure, head
        elif kind == "day" and in_pct and move is None:
            move = figure
        elif kind == "day" and not in_pct and head and points is None:  # "Change" in points
            points = figure
        elif not heads and level is not None and points is None and _SIGNED_CELL.match(cell):
            # "KOSPI  4,221.87  ▲114.37  (+2.78%)" under no head: a signed number after the level, its change
            points = figure
        elif kind == "period" and (figure[2] or head.endswith(" %")):
            periods.append((head, figure))
        elif (
            kind == "period"
            and (year := _YEAR_HEAD.fullmatch(head.strip()))
            and int(year.group(0)) < article.published.year
        ):
            # "Index | 2024 | 2025" over closing levels: a past year's column holds its last close
            dated_levels.append((_previous_weekday(date(int(year.group(0)) + 1, 1, 1)), head, figure, None))
    subject = _Subject(mention.entity_id, mention.surface, 0, 0, False)
    base = {
        "sentence_no": sentence.no,
        "sentence": sentence.text,
        "char_start": mention.char_start,
        "char_end": mention.char_end,
        "index_id": mention.entity_id,
        "index_surface": mention.surface,
        "crosses_level": None,
        "is_record": False,
        "is_hedged": False,
        "hedge": None,
        "verb": None,
        "date_evidence": None,
    }
    Figure = tuple[float, int, bool] | tuple[float, int] | None
    session, session_head = article.published, None
    if len(dated_levels) == 1 and level is None:
        # "Equities | Close Dec 19 | Day | Week": the level of that day, with the day's move
        session, level_head, level, _ = dated_levels.pop()
        session_head = level_head

    def row_claim(
        kind: str,
        direction: str | None,
        pct: Figure,
        pts: Figure,
        lvl: Figure,
        evidence: str,
        ref: date | None,
    ) -> MarketClaim:
        return MarketClaim(
            **base,
            claim_kind=kind,
            direction=direction,
            move_pct=pct[0] if pct else None,
            pct_decimals=pct[1] if pct else None,
            points=pts[0] if pts else None,
            points_decimals=pts[1] if pts else None,
            level=lvl[0] if lvl else None,
            level_decimals=lvl[1] if lvl else None,
            kind_evidence=evidence,
            reference_date=ref,
        )

    out: list[MarketClaim] = []
    direction = _table_direction(move, points, flat)
    if len(dated_levels) >= 2 and level is None and (move or points):
        # "Index | Dec 31, 2024 | Dec 31, 2025 | Change (pts) | Change (%)": the change between the dated
        # closes is a period move
        out.append(
            row_claim("period", direction, move, points, None, "table change between its dated closes", None)
        )
        move = points = None
    if level or move:
        kind, evidence = _default_kind(subject, move is None, False, article.published, lexicon, article)
        if kind == "unknown":  # a table's level is a closing level, unless the report is live
            kind, evidence = "close", f"table column {level_head}".strip()
        if heads and _FUTURES_WORD.search(_BRACKETED.sub("", heads[0][1])):
            # "Futures | Change (+/-)" heads rows of index futures, which trade for the report's day
            kind, evidence, session = "futures", f"table column {heads[0][1]}", article.published
        elif is_futures_surface(mention.surface, lexicon):
            # a row named "Dow futures" among the cash indices of a table
            kind, evidence, session = "futures", mention.surface, article.published
        claim = row_claim(kind, direction, move, points, level, evidence, session)
        out.append(replace(claim, date_evidence=session_head) if session_head else claim)
    for day, head, figure, change in dated_levels:
        # "Index | March 13 close | March 21 close | Weekly change": the close of each day
        direction = _sign_direction(change[0]) if change else None
        claim = row_claim("close", direction, None, change, figure, f"table column {head}", day)
        out.append(replace(claim, date_evidence=head))
    for head, figure in periods:
        out.append(
            row_claim("period", _sign_direction(figure[0]), figure, None, None, f"table column {head}", None)
        )
    return out


_DATE_HEAD = re.compile(
    rf"{_MONTH_RE}\.?\s+\d{{1,2}}(?:,?\s+20\d\d)?|\d{{1,2}}\s+{_MONTH_RE}(?:\s+20\d\d)?", re.I
)
_HEAD_YEAR = re.compile(r"\b(20\d\d)\b")


_NUMERIC_DAY = re.compile(r"(?:\(|\b)(3[01]|[12]\d|0?[1-9])/(3[01]|[12]\d|0?[1-9])(?:\)|\b(?!/))")
# a column headed by a weekday and its date: "Mon 11/24", "Fri 11/28"
_WEEKDAY_DATE_HEAD = re.compile(rf"(?:{_WEEKDAY_ABBREVIATION})\.?\s+\d{{1,2}}/\d{{1,2}}", re.I)


def _a_weekday_before(published: date, month: int, day: int) -> bool:
    """Whether month and day name a weekday within the year up to ``published``."""
    for year in (published.year, published.year - 1):
        try:
            d = date(year, month, day)
        except ValueError:
            return False
        if d <= published:
            return d.weekday() < 5
    return False


def _head_date(head: str, published: date) -> date | None:
    """The day a column head names ("March 13 close", "Close 21 Mar", "Dec 31, 2024"), in the year it
    names, else the year up to ``published``."""
    m = _MONTH_DAY.search(head) if any(c.isdigit() for c in head) else None
    if m is not None:
        month, day = _MONTHS[(m.group(1) or m.group(4)).lower()], int(m.group(2) or m.group(3))
    elif m := _NUMERIC_DAY.search(head):
        # "Close (11/28)" as Asian and U.S. tables write month and day; "Close (05/11)" as British, Indian and
        # Hong Kong ones write day and month, when month and day name no weekday on or before publication
        month, day = int(m.group(1)), int(m.group(2))
        if not _a_weekday_before(published, month, day) and _a_weekday_before(published, day, month):
            month, day = day, month
    else:
        return None
    if year := _HEAD_YEAR.search(head, m.end()):
        try:
            return date(int(year.group(1)), month, day)
        except ValueError:
            return None
    try:
        found = date(published.year, month, day)
    except ValueError:
        return None
    if found <= published:
        return found
    try:
        return found.replace(year=found.year - 1)
    except ValueError:  # February 29 of a leap year, headed in the next year
        return None


def _sign_direction(value: float) -> str:
    return "up" if value > 0 else "down" if value < 0 else "flat"


def _after_stated_closes(
    claims: list[MarketClaim], lexicon: IndexLexicon, article: _Article
) -> list[MarketClaim]:
    """A report that states a market's close on its own day ("The leading German index closed 0.31 percent
    lower") is written after that close: the other moves of that day in markets that close with it are
    closes, not moves under way, unless a live-blog entry's time says otherwise, or a move of that group
    is said to be under way ("The Stoxx 600 was down 1.1% by midday ... London's FTSE 100, which closed at a
    record on Thursday")."""
    today = [c for c in claims if c.reference_date == article.published]
    closed = {
        _close_group(lexicon, c.index_id)
        for c in today
        if c.claim_kind == "close" and _CLOSE_VERB.fullmatch(c.kind_evidence or "")
    } - {
        _close_group(lexicon, c.index_id)
        for c in today
        if c.claim_kind == "intraday" and _LIVE_EVIDENCE.search(c.kind_evidence or "")
    }
    if not closed:
        return claims
    return [
        replace(c, claim_kind="close", kind_evidence=_AFTER_THE_SESSION)
        if c.kind_evidence == _LIVE_REPORT
        and c.reference_date == article.published
        and _close_group(lexicon, c.index_id) in closed
        and c.sentence_no not in article.entry_clocks
        else c
        for c in claims
    ]


_POSSESSIVE_AFTER = re.compile(r"['’]?s\s")


# a sentence that names something (a capital after its first word, a figure, a company's shares): "Index
# heavyweight Fast Retailing advanced 3%.", "The lender's shares rose." (not "Investors cheered the
# decision.")
_NAMES_SOMETHING = re.compile(r"(?<=\s)[A-Z][a-z]|\d|\b(?:[Ss]hares|[Ss]tock)\b")


def _levels_of_something_else(
    claims: list[MarketClaim], text: str, sentences: list[Sentence]
) -> list[MarketClaim]:
    """A level "Its" gives ("Its record close of 1,020.5 was set last week") is the index's only when it lies
    within 30% of a level the text states for the index, and when the sentence before told of the index (or
    the one before, with a sentence naming nothing between): not after "SoftBank Group shares jumped 8% to
    19,000 yen." nor in "..., lifted by HDFC Bank, which rose 1.5% to 1,010. Its record close of 1,020.5"."""
    possessive = [
        c
        for c in claims
        if (c.level is not None or c.crosses_level is not None)
        and (c.index_surface == "It" or c.index_surface.lower().startswith("the "))
        and _POSSESSIVE_AFTER.match(text, c.char_end)
    ]
    if not possessive:
        return claims
    levels: dict[str, list[float]] = {}
    possessive_ids = {id(c) for c in possessive}
    for c in claims:
        if id(c) not in possessive_ids and (lvl := c.level if c.level is not None else c.crosses_level):
            levels.setdefault(c.index_id, []).append(lvl)
    dropped: set[int] = set()
    for c in possessive:
        if c.index_surface != "It":
            continue  # "The index's October 2022 low of 3,577.03" names the index
        lvl = c.level if c.level is not None else c.crosses_level
        stated = levels.get(c.index_id, [])
        told = {p.sentence_no for p in claims if p.index_id == c.index_id and p is not c}
        if (stated and not any(0.7 <= lvl / x <= 1.3 for x in stated)) or not (
            c.sentence_no - 1 in told
            or (
                c.sentence_no - 2 in told
                and not any(p.sentence_no == c.sentence_no - 1 for p in claims)
                and not _NAMES_SOMETHING.search(
                    sentences[c.sentence_no - 1].text if c.sentence_no > 0 else ""
                )
            )
        ):
            dropped.add(id(c))
    return [c for c in claims if id(c) not in dropped] if dropped else claims


_YEAR_WORD = re.compile(r"\b((?:19|20)\d\d)\b")
_YEAR_END_FIGURE = re.compile(
    r"\b(?:ended|finished|closed|ending|finishing|closing)\s+(?:out\s+)?(?:19|20)\d\d\s+at\b"
)


def _anaphors_by_their_levels(
    claims: list[MarketClaim], lexicon: IndexLexicon, published: date
) -> list[MarketClaim]:
    """An anaphor whose level is more than twice or under half of every level the text states for its index
    by name, and within 30% of a level stated for exactly one other index of its exchange named, is that
    other index, with every figure it carries: "The Nikkei slipped 0.4% to 50,339.48. The Topix fell 0.3%
    to 3,408.97. The gauge first closed above 50,000 on Oct. 27" is the Nikkei. Not a level of an earlier
    year, which may lie far from today's ("The blue-chip average first closed above 5,000 in November
    1995")."""
    named: dict[str, list[float]] = {}
    for c in claims:
        level = c.level if c.level is not None else c.crosses_level
        if level and lexicon.lookup(c.index_surface) is not None:
            named.setdefault(c.index_id, []).append(level)
    subjects: dict[tuple[int, int], set[str]] = {}
    for c in claims:
        subjects.setdefault((c.sentence_no, c.char_start), set()).add(c.index_id)
    moved: dict[tuple[int, int], str] = {}
    for c in claims:
        key = (c.sentence_no, c.char_start)
        level = c.level if c.level is not None else c.crosses_level
        own = named.get(c.index_id)
        if (
            not level
            or not own
            or key in moved
            or len(subjects[key]) > 1  # "Both indexes ..., respectively": a subject of two
            or lexicon.lookup(c.index_surface) is not None
            or any(0.5 <= level / x <= 2 for x in own)
            or (c.reference_date is not None and c.reference_date.year < published.year)
            # (but not "having ended 2024 at 39,894.54", a figure of its own, dated apart)
            or any(int(y) < published.year for y in _YEAR_WORD.findall(_YEAR_END_FIGURE.sub("", c.sentence)))
        ):
            continue
        market = lexicon.market(c.index_id)
        near = [
            i
            for i, xs in named.items()
            if i != c.index_id and lexicon.market(i) == market and any(0.7 <= level / x <= 1.3 for x in xs)
        ]
        if len(near) == 1:
            moved[key] = near[0]
    if not moved:
        return claims
    return [replace(c, index_id=i) if (i := moved.get((c.sentence_no, c.char_start))) else c for c in claims]


# A record stated once for several indices: "..., both closing at record highs", "with all three closing at
# records" after their moves, or "All three major indexes closed at records: the S&P 500 rose ..."
# before them.
_GROUP_AFTER = re.compile(
    r"(?:,|\s[-\u2013\u2014]|\bwith)\s+(?:with\s+)?"
    r"(?P<n>both|all\s+three|all\s+four|the\s+two|the\s+three|each|all)\b",
    re.I,
)
_GROUP_BEFORE = re.compile(
    r"\b(?:(?P<n>both|all\s+three|all\s+four|(?:the\s+)?three)|"
    r"(?:index(?:es)?|indices|stocks|markets|benchmarks|gauges|averages|Wall\s+Street))\b"
    r"(?P<verb>[^.;:\d]{0,45}?)$",
    re.I,
)
_GROUP_COUNTS = {"both": 2, "two": 2, "three": 3, "four": 4}


def _group_count(m: re.Match[str]) -> int | None:
    """How many indices a group's count word ("both", "all three") speaks of; None for "each" or "all" (all
    told)."""
    return _GROUP_COUNTS.get(m.group("n").split()[-1].lower())


def _fits_the_record(scope: str, direction: str | None) -> bool:
    """No fall makes a record high, and no rise a record low."""
    return not (direction == "down" and "high" in scope or direction == "up" and "low" in scope)


# "with both indexes on course for record closes", "both near records": no record yet
_GROUP_SHORT_OF = re.compile(
    r"\b(?:on\s+(?:course|track|pace)|set\s+(?:to|for)|poised|head(?:ing|ed)|near|shy|below|within|away|off|"
    r"eyeing|closing\s+in\s+on|edg(?:es|ed|ing)\s+toward|toward|towards)\b",
    re.I,
)
# "with all three indices posting their best week since the US election": a record of the week, not the day
_SPAN_RECORD = re.compile(
    r"\b(?:weeks?|weekly|months?|monthly|quarters?|quarterly|years?|yearly|annual)\b", re.I
)
_GROUP_VERB = re.compile(
    r"\b(?:clos\w*|end\w*|finish\w*|set|sets|setting|hit|hits|notch\w*|scal\w*|post\w*|trad\w*|mark\w*|"
    r"rose|rising|advanced|gained|marking|also|their|at|to)\b",
    re.I,
)


def _indices_named(mentions: list[Mention]) -> dict[int, list[tuple[int, str]]]:
    """Sentence no -> (offset, index) of each index it names, in order."""
    named: dict[int, list[tuple[int, str]]] = {}
    for m in mentions:
        named.setdefault(m.sentence_no, []).append((m.char_start, m.entity_id))
    return named


def _group_records(
    claims: list[MarketClaim], sentences: list[Sentence], named_at: dict[int, list[tuple[int, str]]]
) -> list[MarketClaim]:
    """A record told of several indices at once is each one's: "The S&P 500 rose 0.14% to 6,305.60 and the
    Nasdaq Composite gained 0.38% to 20,974.18, both closing at record highs" (the last two moves before it),
    "Wall Street's main indexes ended at record highs on Friday, with the Dow ... gaining 0.37%" (every move
    after it, or as many as it counts), "the S&P 500 and the Nasdaq Composite closed at record highs ..., with
    the S&P 500 climbing 0.83%" (the moves after it of the indices named before it). A record high is never a
    fall's, nor a low a rise's."""
    starts = {s.no: s.start for s in sentences}
    by_sentence: dict[int, list[int]] = {}
    for i, c in enumerate(claims):
        by_sentence.setdefault(c.sentence_no, []).append(i)
    marked: dict[int, re.Match[str]] = {}  # claim -> the record phrase told of it
    for no, members in by_sentence.items():
        s = claims[members[0]].sentence
        base = starts.get(no)
        if base is None or not _RECORD.search(s):
            continue
        at = {i: claims[i].char_start - base for i in members}
        used: set[int] = set()  # records read as told after their moves
        for g in _GROUP_AFTER.finditer(s):
            rec = _RECORD.search(s, g.end(), g.end() + 50)
            if (
                not rec
                or any(g.end() <= at[i] < rec.start() for i in members)
                or _GROUP_SHORT_OF.search(s, g.end(), rec.start())
            ):
                continue
            before = [i for i in members if at[i] < g.start()]
            if not before:
                continue  # "On Wall Street, all three main indexes ended at records": no move before it
            used.add(rec.start())
            # "..., with each index setting a new closing high", "..., all closing at record highs": every
            # index told before it
            n = _group_count(g) or len({claims[i].index_id for i in before})
            seen: list[str] = []
            chosen = []
            for i in reversed(before):
                if claims[i].index_id not in seen:
                    seen.append(claims[i].index_id)
                if len(seen) > n:
                    break
                chosen.append(i)
            if len(seen) >= n:
                marked.update((i, rec) for i in chosen)
        for rec in _RECORD.finditer(s):
            # (the head in the record's own clause: "On Wall Street, all three main indexes ended at records")
            head = _GROUP_BEFORE.search(
                s, max(0, rec.start() - 80, s.rfind(",", 0, rec.start()) + 1), rec.start()
            )
            if (
                not head
                and rec.start() not in used
                and (verb := _RECORD_VERB_BEFORE.search(s, max(0, rec.start() - 60), rec.start()))
                and _CLOSING_VERB.match(verb.group("verb"))
                and not any(at[i] < rec.start() for i in members)
            ):
                # "the S&P 500 and the Nasdaq Composite closed at record highs ..., with the S&P 500 climbing
                # 0.83%": the indices named before the record, their moves after it
                named = {
                    index_id for offset, index_id in named_at.get(no, []) if offset - base < verb.start()
                }
                marked.update(
                    (i, rec)
                    for i in members
                    if claims[i].index_id in named and claims[i].claim_kind == "close" and i not in marked
                )
                continue
            if (
                rec.start() in used
                or not head
                or "," in head.group("verb")
                or not _GROUP_VERB.search(head.group("verb") or " at")
                or _GROUP_SHORT_OF.search(head.group("verb"))
                or any(head.start() <= at[i] < rec.start() for i in members)
            ):
                continue
            after = [i for i in members if at[i] >= rec.end()]
            if head.group("n"):
                ids = list(dict.fromkeys(claims[i].index_id for i in after))[: _group_count(head)]
                after = [i for i in after if claims[i].index_id in ids]
            marked.update((i, rec) for i in after if i not in marked)
    if not marked:
        return claims
    out = list(claims)
    for i, rec in marked.items():
        c = claims[i]
        if c.is_record:
            continue
        scope, after = _record_scope(rec, c.reference_date)
        if scope == "qualified" and (c.claim_kind == "period") != bool(_SPAN_RECORD.search(rec.group(0))):
            continue
        if _fits_the_record(scope, c.direction):
            out[i] = replace(c, is_record=True, record_scope=scope, record_after=after)
    return out


# "All three closed at records.", "Both ended at record highs.": of the moves told just before
_GROUP_LOOKS_BACK = re.compile(
    r"\s*(?P<n>all\s+three|all\s+four|both|the\s+two|the\s+three)\b"
    r"(?!\s+(?:U\.?S\.?|main|major|key|benchmark|(?-i:[A-Z])))",
    re.I,
)

# "Overnight, Wall Street's three major indices closed at record highs." before a sentence of their figures
_RECORD_VERB_BEFORE = re.compile(
    r"\b(?P<verb>clos\w*|end(?:ed|ing|s)?|finish\w*|settl\w*|rall(?:ied|ying)\s+to|surg\w*\s+to|climb\w*\s+to|"
    r"r(?:o|i)se\s+to|hit|hits|notch\w*|set|sets|scal\w*|drove\s+[^.;]{0,30}?to|sent\s+[^.;]{0,30}?to)\b"
    r"[^.;\d]{0,30}?$",
    re.I,
)
_CLOSING_VERB = re.compile(r"(?:clos|end|finish|settl)", re.I)
_CLOSE_AFTER_RECORD = re.compile(
    r"[\w\s-]{0,20}?\b(?:clos|finish)", re.I
)  # "record close", "all-time closing high"


def _records_told_before(
    claims: list[MarketClaim],
    sentences: list[Sentence],
    index_ids: dict[int, list[tuple[int, str]]],
    lexicon: IndexLexicon,
) -> list[MarketClaim]:
    """A sentence without figures that tells of a record close is the record of the next sentence's closes:
    "Overnight, Wall Street's three major indices closed at record highs. The S&P 500 rose 0.48% to
    6,631.96, ..." (of the indices it names, else as many as it counts, else all of the region it names),
    if those moves could make it (no fall to a record high); "All three closed at records." is of the moves
    told just before. So is a sentence whose figures are another index's ("The S&P 500 and Nasdaq closed at
    record highs on Wednesday, while the Dow jumped more than 500 points")."""
    by_sentence: dict[int, list[int]] = {}
    for i, c in enumerate(claims):
        by_sentence.setdefault(c.sentence_no, []).append(i)
    out = list(claims)
    for sentence in sentences:
        t = sentence.text
        own = {claims[i].index_id for i in by_sentence.get(sentence.no, [])}
        if own and not index_ids.get(sentence.no):
            continue
        back = _GROUP_LOOKS_BACK.match(t)
        told = sentence.no - 1 if back else sentence.no + 1
        if told not in by_sentence or not _RECORD.search(t):
            continue
        rec = next(
            (
                r
                for r in _RECORD.finditer(t)
                if (verb := _RECORD_VERB_BEFORE.search(t, max(0, r.start() - 60), r.start()))
                and not _GROUP_SHORT_OF.search(t, verb.start(), r.start())
                and not _RECORD_REFERENCE.search(t, 0, r.start())
                and not _is_modal(t[: verb.start()])
            ),
            None,
        )
        if rec is None:
            continue
        scope, _ = _record_scope(rec, None)
        if not scope.startswith("all_time"):
            continue  # "Both indexes finished at their lowest closing levels since the 11th": not a record
        if not _CLOSING_VERB.match(verb.group("verb")) and not _CLOSE_AFTER_RECORD.match(t, rec.end()):
            continue  # "scaled fresh all-time peaks in early trade ... to end marginally higher"
        members = by_sentence[told]
        # the indices named before the record ("Wall Street's three main indexes closed at record highs ...,
        # while the Russell 2000 index ... scaled its first all-time high" names none)
        named = [i for at, i in index_ids.get(sentence.no, []) if at < sentence.start + rec.start()]
        if own and (not named or own & set(named)):
            continue  # the sentence's own moves are those of its record
        if not named and any(
            not r.group(0).lower().startswith(("previous", "prior"))
            for r in _RECORD.finditer(claims[members[0]].sentence)
        ):
            # the sentence tells its own records (not only the old one a move beat); the indices named as
            # record closers are still those ("..., while the Russell 2000 jumped 2.5 per cent to its first
            # record close since November 2021")
            continue
        head = _GROUP_BEFORE.search(t, 0, rec.start())
        if named:
            members = [i for i in members if claims[i].index_id in named]
        elif counted := back or (head if head and head.group("n") else None):
            n = _group_count(counted)
            # "... with all three major indexes closing at records. The Dow Jones Industrial Average rose
            # 1.4%. The S&P 500 gained 0.9%, and the Nasdaq Composite added 0.7%": as many as it counts
            nxt = told + 1
            while not back and n and len({claims[i].index_id for i in members}) < n and nxt in by_sentence:
                members = members + by_sentence[nxt]
                nxt += 1
            ids = list(dict.fromkeys(claims[i].index_id for i in members))
            ids = ids[-n:] if back else ids[:n]
            members = [i for i in members if claims[i].index_id in ids]
        elif not head or head.group(0).lower().startswith("index "):
            continue  # "London's blue-chip index closed at a record high": one index, not named
        regions = {region for region, words in _PLACES if words.search(t)}
        for i in members:
            c = claims[i]
            if c.is_record or c.claim_kind != "close":
                continue
            if not named and regions and lexicon.region(c.index_id) not in regions:
                continue
            if not _fits_the_record(scope, c.direction):
                continue
            scope_c, after = _record_scope(rec, c.reference_date)
            out[i] = replace(c, is_record=True, record_scope=scope_c, record_after=after)
    return out


# "It was the index's fourth record close in six sessions.", "That was the S&P 500's worst day since May 21."
# (the index named by the mention inside the match)
_IT_WAS_THE_INDEXS = re.compile(
    r"(?:It|That|This)\s+(?:was|marked)\s+(?:its|the\s+(?:index|benchmark|gauge)['’]s|"
    r"the\s+(?P<name>[A-Z][\w&.-]*(?:\s+[\w&.-]+){0,2}?)['’]s)\s"
)


def _figureless_after(
    claims: list[MarketClaim], sentences: list[Sentence], chosen: Callable[[MarketClaim], bool]
) -> Iterator[tuple[Sentence, list[int]]]:
    """Each sentence without claims right after a sentence with claims that ``chosen`` picks, with the indices
    of those claims: where a figureless sentence may tell more of them ("It was the index's lowest finish
    since Oct. 21.", "-- Closes at a record high")."""
    picked: dict[int, list[int]] = {}  # sentence no -> the indices of its chosen claims
    for i, c in enumerate(claims):
        if chosen(c):
            picked.setdefault(c.sentence_no, []).append(i)
    if not picked:
        return
    told = {c.sentence_no for c in claims}
    for sentence in sentences:
        if sentence.no not in told and sentence.no - 1 in picked:
            yield sentence, picked[sentence.no - 1]


def _is_close_with_a_move(c: MarketClaim) -> bool:
    return c.claim_kind == "close" and (c.move_pct is not None or c.points is not None)


def _is_live_today(c: MarketClaim) -> bool:
    return c.claim_kind == "intraday" and c.date_evidence == "today"


def _records_told_after(
    claims: list[MarketClaim], sentences: list[Sentence], mentions: list[Mention]
) -> list[MarketClaim]:
    """A sentence without figures that says the close just told was a record is that close's: "The KOSPI
    closed at 3,853.26, down 3.79 percent. It was the index's lowest finish since Oct. 21." (the last close of
    the sentence before, or of the index it names), if the move could make it."""
    out = list(claims)
    for sentence, candidates in _figureless_after(claims, sentences, _is_close_with_a_move):
        t = sentence.text
        if not (head := _IT_WAS_THE_INDEXS.match(t)) or not (rec := _RECORD.search(t, head.end())):
            continue
        if head.group("name") is not None:
            # "It was the S&P 500's worst day since May 21." after the Dow's, the S&P 500's and the Nasdaq's
            named = next(
                (
                    m.entity_id
                    for m in mentions
                    if sentence.start <= m.char_start < sentence.start + head.end()
                ),
                None,
            )
            candidates = [i for i in candidates if claims[i].index_id == named]
        else:
            # the last close told, one at a level first
            candidates = [i for i in candidates if claims[i].level is not None] or candidates
        if not candidates:
            continue
        c = claims[i := candidates[-1]]
        scope, after = _record_scope(rec, c.reference_date)
        if not c.is_record and _fits_the_record(scope, c.direction):
            out[i] = replace(c, is_record=True, record_scope=scope, record_after=after)
    return out


def _levels_beyond_the_close(claims: list[MarketClaim]) -> list[MarketClaim]:
    """ "the Nifty 50 climbed to a lifetime peak of 26,310.45 ... the Nifty 50 ended 10.25 points higher at
    26,215.55": a level reached beyond the close the text states for that index and day, told without a
    word of its own for the time, was reached during the session."""
    closes: dict[tuple[str, date], list[float]] = {}
    for c in claims:
        if c.claim_kind == "close" and c.level is not None and _CLOSE_VERB.fullmatch(c.kind_evidence or ""):
            closes.setdefault((c.index_id, c.reference_date), []).append(c.level)
    if not closes:
        return claims
    out = []
    for c in claims:
        stated = closes.get((c.index_id, c.reference_date)) if c.reference_date else None
        if (
            stated
            and len(set(stated)) == 1
            and c.claim_kind == "close"
            and c.kind_evidence in _DEFAULT_EVIDENCE
            and c.level is not None
            and c.move_pct is None
            and c.points is None
            and (
                (c.direction == "up" and c.level > stated[0])
                or (c.direction == "down" and c.level < stated[0])
            )
        ):
            c = replace(c, claim_kind="intraday", kind_evidence="beyond the close stated")
        out.append(c)
    return out


# A report of futures trading after the cash close: "Stock futures climbed Wednesday evening", "Nasdaq 100
# futures rose 1.6 percent in after-hours trading"; the words between are not a company's shares ("futures
# rose as Oracle shares surged in after-hours trading")
_EVENING_FUTURES = re.compile(
    # a figure's decimal point is no sentence end: "futures climbed 1.1% in after-hours trading"
    # ("U.S. stock futures edged lower Wednesday night" on a Wednesday)
    r"\bfutures\b(?:(?!\bshares\b|\bstocks?\b)(?:[^.!?\n]|(?<=\d)\.(?=\d))){0,80}?\b(?:evening|after-hours|after\s+hours|"
    r"extended\s+trading|night\s+session|(?:Mon|Tues|Wednes|Thurs|Fri|Sun)day\s+night)\b"
    # not news out after hours: "Nasdaq futures climbed 1.2% after Nvidia's after-hours results"
    r"(?!\s+(?:results|earnings|reports?|updates?|guidance|forecasts?|numbers|figures|statements?)\b)|"
    # not another clause's "Nvidia shares rose 5% in after-hours trading, and Nasdaq 100 futures climbed"
    r"\b(?:evening|after-hours|night\s+session)\b(?:(?!,\s*(?:and|while|but)\b)(?:[^.!?\n]|(?<=\d)\.(?=\d))){0,40}?"
    r"\bfutures\b",
    re.I,
)
# a report written in the morning or before the open, whatever the night session did
_MORNING_WORDS = re.compile(r"\bmorning\b|\bpre-?market\b|\bopen\b", re.I)


_US_HOURS = re.compile(r"after-hours|after\s+hours|extended\s+trading", re.I)


def _is_evening_futures_report(text: str, published: date, home: str = "", home_closed: bool = False) -> bool:
    """Whether the report quotes futures on the evening of its own day ("Stock futures climbed Wednesday
    evening" on a Wednesday; not "rebounded on Sunday evening" in Monday's report, nor "Nikkei futures in
    the night session pointed to a higher open"). ``home_closed``: the report tells of its European home's
    close that day."""
    low = text.lower()
    if "futures" not in low or not any(w in low for w in ("evening", "after", "night", "extended")):
        return False  # the cheap test first: every match holds "futures" and one of these words
    weekday = published.strftime("%A")
    found = False
    for m in _EVENING_FUTURES.finditer(text):
        if any(d != weekday for d in _WEEKDAY.findall(text, max(0, m.start() - 20), m.end())):
            # "rose Sunday evening" in Monday's report: the evening before, whatever else it says
            return False
        if (home == "asia" or (home == "europe" and not home_closed)) and _US_HOURS.search(m.group(0)):
            # "Nasdaq futures jumped 1.5% in after-hours trade" in a Sydney morning report, "S&P 500 futures
            # fell 0.5%, as a 7% after-hours slide in Amazon shares" in a London one before Europe's close:
            # New York's evening before, which Asia's and Europe's working day follows (a London report of
            # Europe's close may tell of New York's after-hours that evening)
            continue
        line_start = max(text.rfind(".", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
        line_end = min(x for x in (text.find(".", m.end()), text.find("\n", m.end()), len(text)) if x >= 0)
        if not _MORNING_WORDS.search(text, line_start, line_end):
            found = True
    return found


def _futures_session(c: MarketClaim, published: date, evening: bool) -> MarketClaim:
    """The session index futures trade for: the one "ahead of" a named day, else the next one in an evening
    report, the report's own for "overnight", Monday's for Sunday's."""
    if evening:
        ahead = _futures_ahead_of_a_session(c, published)
        return ahead if ahead is not c else _evening_futures(c, published)
    return _sunday_futures(_overnight_futures(_futures_ahead_of_a_session(c, published), published))


def _evening_futures(c: MarketClaim, published: date) -> MarketClaim:
    """Index futures quoted on the evening of the report's day trade for the next session."""
    if c.claim_kind == "futures" and c.reference_date == published:
        return _replace_date(
            c,
            _next_weekday(published),
            f"{c.date_evidence or 'published'}: evening futures trade for the next session",
        )
    return _sunday_futures(c)


# A session held on a weekend: India's Budget-day Saturday, Diwali's Muhurat trading
_WEEKEND_SESSION = re.compile(
    r"special\s+(?:trading\s+)?session|Muhurat|Budget[\s-]+day|Union\s+Budget|"
    r"(?:Saturday|Sunday)['’]?s?\s+(?:trading\s+)?session",
    re.I,
)


def _weekend_close(c: MarketClaim, lexicon: IndexLexicon) -> MarketClaim:
    """A close no words date, in a report published on a weekend, is the Friday's ("Markets in Asia had
    closed before the post. South Korea's Kospi jumped 1.7%" in Saturday's paper); so is an intraday move
    in Saturday's ("ASX 200 breaks 9000 for the first time, then fades"). An Asian market under way in a
    Sunday report trades on Monday morning there ("Australia's S&P/ASX 200 rose 0.6% in early trading")."""
    d = c.reference_date
    if c.date_evidence is not None or d is None or d.weekday() < 5:
        return c
    if c.claim_kind == "close" or (c.claim_kind == "intraday" and d.weekday() == 5):
        return _replace_date(c, _previous_weekday(d), "the Friday before a weekend report")
    if c.claim_kind == "intraday" and lexicon.region(c.index_id) == "asia":
        return _replace_date(c, _next_weekday(d), "Monday in Asia, under way as a Sunday report is written")
    return c


def _headline_dates(claims: list[MarketClaim], sentences: list[Sentence]) -> list[MarketClaim]:
    """A headline's figure that no words date is of the session the body states it for ("TAIEX sinks
    1.3%" over "Taiwanese shares fell sharply yesterday ... closed down 367.46 points, or 1.30 percent", or
    rounded, "1.49 percent"), when the body gives that figure one session only."""
    headline = [
        i for i, c in enumerate(claims) if c.date_evidence is None and sentences[c.sentence_no].in_headline
    ]
    if not headline:
        return claims
    body: dict[tuple[str, str, str, float], list[MarketClaim]] = {}
    for c in claims:
        if not sentences[c.sentence_no].in_headline:
            for key in _figure_keys(c):
                body.setdefault(key, []).append(c)
    out = list(claims)
    for i in headline:
        c = claims[i]
        # a headline read as live only for want of a clock tells the close the body gives its figure ("Hang
        # Seng plunges 13pc" over "plunged 3,021 points, or 13.22 percent, to close at 19,828" yesterday)
        kinds = (c.claim_kind, "close") if c.kind_evidence == _LIVE_REPORT else (c.claim_kind,)
        same = [
            b
            for kind in kinds
            for key in _figure_keys(replace(c, claim_kind=kind))
            for b in body.get(key, ())
        ]
        if not same:
            # rounded: "TAIEX falls 1.5%" over "fell 304.33 points, or 1.49 percent", when every other session
            # the body tells of that index has a percentage that does not round to it, or is a level or a move
            # the other way (not "Sensex tumbles 1%" over a day told in points only and "had fallen 0.9 per
            # cent on Thursday")
            told = [
                b
                for b in claims
                if b.index_id == c.index_id
                and b.claim_kind in kinds
                and not sentences[b.sentence_no].in_headline
            ]
            rounded = [b for b in told if _same_figure(c, b)]
            days = {b.reference_date for b in rounded}
            if len(days) == 1 and not any(
                b.move_pct is None and b.points is not None and b.direction == c.direction
                for b in told
                if b.reference_date not in days
            ):
                same = rounded
        days = {b.reference_date for b in same}
        if len(days) == 1 and (day := days.pop()) != c.reference_date:
            evidence = next((b.date_evidence for b in same if b.date_evidence), None)
            out[i] = _replace_date(c, day, f"{evidence or 'published'} (the body's figure)")
            if c.claim_kind != same[0].claim_kind:
                out[i] = replace(out[i], claim_kind=same[0].claim_kind, kind_evidence="the body's figure")
    return out


def _figure_keys(c: MarketClaim) -> list[tuple[str, str, str, float]]:
    """(index, kind, figure name, value) of each figure a claim states."""
    figures = (("pct", c.move_pct), ("points", c.points), ("level", c.level))
    return [(c.index_id, c.claim_kind, name, value) for name, value in figures if value is not None]


_AHEAD_OF_A_SESSION = re.compile(
    # "ahead of Friday's holiday-shortened trading"
    r"\bahead\s+of\s+(?P<day>Monday|Tuesday|Wednesday|Thursday|Friday)['’]s\s+(?:[\w-]+\s+)?"
    r"(?:session|open|opening|trading)\b|"
    # "pointing to a higher open when Tokyo reopens on Tuesday"
    r"\b(?:opens|reopens|resumes\s+trading)\s+on\s+(?P<day2>Monday|Tuesday|Wednesday|Thursday|Friday)\b",
    re.I,
)


def _futures_ahead_of_a_session(c: MarketClaim, published: date) -> MarketClaim:
    """Undated index futures "ahead of Tuesday's session" trade for that coming session: S&P 500 futures on
    Martin Luther King Day, "trading lower ahead of Tuesday's session"."""
    if (
        c.claim_kind != "futures"
        or c.date_evidence is not None
        or not (m := _AHEAD_OF_A_SESSION.search(c.sentence))
    ):
        return c
    day = m.group("day") or m.group("day2")
    ahead = (_WEEKDAYS[day.lower()] - published.weekday()) % 7  # 0: that session is today's
    return _replace_date(c, published + timedelta(days=ahead), m.group(0))


_NAMED_NIGHT = re.compile(
    r"\bovernight\s+(?:on\s+)?(?P<day>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b|"
    r"\b(?P<day2>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\s+night\b(?!['’]s)",
    re.I,
)


def _overnight_futures(c: MarketClaim, published: date) -> MarketClaim:
    """Index futures quoted "overnight" in a weekday's report trade for that day's session: "Chicago-traded
    Nikkei futures settled at 54,505 overnight, up 295 points from the Osaka close" in Thursday's Tokyo
    morning report. A night the text names, Sunday to Thursday, trades for the next day's session; a
    Friday or Saturday night is left as read."""
    named = _NAMED_NIGHT.search(c.sentence) if c.claim_kind == "futures" else None
    if (
        c.claim_kind == "futures"
        and published.weekday() < 5
        and c.reference_date is not None
        and c.reference_date < published
        and (c.date_evidence or "").lower().startswith(("overnight", "last night"))
        # not a night the text names: "S&P 500 futures jumped 2% overnight Tuesday" in Thursday's recap
        and not named
    ):
        return _replace_date(c, published, f"{c.date_evidence}: futures trade for the report's session")
    day = named and (named.group("day") or named.group("day2"))
    evidence = (c.date_evidence or "").lower().removeprefix("on ")
    if (
        day
        and (night := _WEEKDAYS[day.lower()]) not in (4, 5)
        # the night dates the figure, not another day it has ("rose 0.6% on Friday morning, ... a sell-off
        # that followed Wednesday night's Nvidia results")
        and (not evidence or evidence.startswith(("overnight", "last night", day.lower())))
    ):
        # "Dow futures rose 0.2% overnight Sunday" on a Monday; "overnight Tuesday" in Thursday's recap is
        # Wednesday's; "U.S. stock futures slipped Tuesday night" in Wednesday's Tokyo report, Wednesday's
        back = (published.weekday() - night) % 7
        session = published - timedelta(days=back - 1)
        return _replace_date(c, session, f"{named.group(0)}: futures trade for the next session")
    if (
        c.claim_kind == "futures"
        and c.reference_date is not None
        and c.reference_date < published
        and (ahead := _POINTS_TO_THE_OPEN.search(c.sentence))
    ):
        # "The Nikkei futures contract settled at 48,120 in Chicago on Friday ..., pointing to a firmer start"
        # in Monday's report: the session it points to, the report's (the next weekday's in a weekend paper)
        session = published + timedelta(days={5: 2, 6: 1}.get(published.weekday(), 0))
        return _replace_date(c, session, f"{ahead.group(0)}: futures point to the next session")
    return c


# futures read as a call of the coming open: "pointing to a firmer start", "signaling a steep decline when the
# Tokyo market reopens"
_POINTING = r"(?:point(?:s|ing|ed)?|indicat(?:e|es|ing|ed)|signal(?:s|ling|ing|led|ed)?)"
_POINTS_TO_THE_OPEN = re.compile(
    rf"\b(?:{_POINTING}|suggest(?:s|ing|ed)?)\s+"
    r"(?:to\s+)?(?:an?\s+)?(?:[\w-]+\s+){0,3}?(?:start|open|opening|(?:when|as)\s+(?:the\s+)?[\w\s]{0,30}?reopens)\b",
    re.I,
)


def _sunday_futures(c: MarketClaim) -> MarketClaim:
    """Index futures that trade on Sunday evening trade for Monday's session."""
    if c.claim_kind == "futures" and c.reference_date and c.reference_date.weekday() == 6:
        evidence = f"{c.date_evidence or 'published'}: Sunday evening futures trade for Monday's session"
        return _replace_date(c, c.reference_date + timedelta(days=1), evidence)
    return c


# Characters that re.IGNORECASE matches to an ASCII letter while str.lower() leaves them apart.
_CASE_FOLD_EXTRAS = re.compile("[\u017f\u0131\u0130\u212a\u212b]")
# A close stated as a verb ("before ending 0.05% higher"), not the noun ("its highest close").
_CLOSE_VERB = re.compile(
    # not a market "closed for a holiday"
    r"\b(?:closed(?!\s+(?:for|until|through|over)\b)|closing(?!\s+(?:record|high|low|level|basis|price))|"
    r"ended|ending|finished|finishing|settled|"
    # "Nikkei ends 2025 at", "Sensex ends over 0.5% higher"; not "as the truce ends, ...", "ends Friday"
    r"(?:ends|finishes)(?!\s*[,.;:!?)]|\s+(?:and|but|as|when|while|after|before|next|this|tomorrow|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b)|"
    r"settling|to\s+(?:close|end|finish|settle)|at\s+the\s+close|to\s+(?:a|another)\s+(?:fresh\s+|new\s+)?record\s+close|"
    # a headline's "Stocks Close Higher in Shortened Session"
    r"closes?\s+(?:(?:sharply|slightly|modestly|broadly)\s+)?(?:higher|lower|mixed|flat))\b|"
    r"\(close\)",
    re.I,
)
_CLOSING_VERBS = frozenset(
    {"closed", "closing", "ended", "ending", "finished", "finishing", "settled", "settling"}
)
_PAREN_CLOSE = re.compile(r"[^.;(]*\(close\)", re.I)
_CAPS_BEFORE = re.compile(
    r"\b(?:to\s+(?:cap|end|close\s+out|round\s+off)|capping|capped|ending|rounding\s+off)\s+(?:its|their|the|a)\s+$",
    re.I,
)
_WITH_ITS_FIGURE = re.compile(
    r"(?:\s+(?:since|in|of)\s+[\w.]+(?:\s+\d{4})?)?\s+with\s+(?:an?\s+)?(?:[\w-]+\s+)?\s*[\d.]+\s*(?:%|per)"
)
# (but "capped its worst week since April with a 3.6% plunge on Friday" is the day's move)
_DAY_RIGHT_AFTER = re.compile(r"[^,.;]{0,40}\bon\s+(?:Mon|Tues|Wednes|Thurs|Fri)day\b")
_SUPERLATIVE_PERIOD = re.compile(
    r"\b(?:best|worst|biggest|strongest|weakest|steepest|sharpest)\s+(?:weekly|monthly|quarterly|annual|yearly|"
    r"week|month|quarter|year)\b",
    re.I,
)
# A period stated right after the figures, past a comma
_PERIOD_AFTER = re.compile(
    r",?\s*(?:(?:from|since)\s+the\s+(?:end|start|beginning)\s+of\s+(?:last|the|this)\s+\w+|"
    r"(?:so\s+far\s+)?this\s+(?:year|month|week|quarter)|(?:for|over|in)\s+the\s+(?:week|month|quarter|year|half)|"
    r"last\s+(?:year|month|quarter)|"  # "The KOSPI fell 9.6 percent last year"
    r"year[- ]to[- ]date|"
    r"since(?=\s*$|\s*[,.;]|\s*\))|since\s+then)"  # "has recovered about 23% since, while ...", "since then"
    r"\b(?!['’]s)",  # not "in the year's first trading session", "this year's best day"
    re.I,
)
_ANOTHER_PREDICATE = re.compile(
    r"\band\s+(?:logged|posted|recorded|notched|marked|suffered|capped|closed\s+out|ended|finished|wrapped\s+up)\b"
)
_NOUN_AFTER_RESTATED = re.compile(r",\s+(" + _MOVE_NOUN + r")\b", re.I)
_MOVE_NOUN_AFTER = re.compile(
    r"\s+(?:(?:weekly|monthly|quarterly|annual|daily|one-day|intraday|"
    + _MONTH_NAMES
    + r")\s+)?("
    + _MOVE_NOUN
    + r")\b",
    re.I,
)
_FLAT_WORD = re.compile(r"\b(?:" + _FLAT + r")\b", re.I)
# "fell 0.7% on the final trading day of the year" is the session's move
# "closed the first half of the year at 3,071.70 on Monday, up 15.76 points, or 0.52 percent, from the
# previous trading day": a day's move, whatever period the sentence closes
_FROM_THE_DAY_BEFORE = (
    r"from\s+(?:the\s+previous\s+(?:trading\s+)?(?:day|session)|(?:a|the)\s+day\s+(?:earlier|before))\b"
)
_ON_THE_DAY = re.compile(
    r"\bon\s+the\s+day\b|\bon\s+the\s+(?:final|last|first)\s+trading\s+(?:day|session)\s+of\b|"
    # "has ended the first session of the 2025-26 financial year down 0.2 per cent"
    r"\b(?:ended|closed|finished|ending|closing|finishing|in)\s+the\s+(?:final|last|first|opening)\s+"
    r"(?:trading\s+)?session\s+of\b|"
    r"\bin\s+(?:a\s+single|one)\s+(?:session|day)\b|\b" + _FROM_THE_DAY_BEFORE,
    re.I,
)
# ... told after the claim's own words, past a comma
_FROM_THE_DAY_BEFORE_AFTER = re.compile(r",?\s*" + _FROM_THE_DAY_BEFORE, re.I)
_LOOKING_BACK = re.compile(
    # "having climbed ..." and "after climbing ..." only when their clause holds the cue: "rose 0.07% to
    # 48,659.52, after climbing more than 500 points shortly after the opening bell" looks back; "was up 4.6%
    # by the midday break, having climbed as much as 5.2% earlier" and "The Nikkei, after rising for three
    # days, was 1.1% lower in early trade" are live
    r"\b(?:briefly|(?P<before_cue>having\s+(?:risen|fallen|climbed|dropped|gained|lost|jumped|slid|been)|"
    r"after\s+(?:climbing|rising|jumping|gaining|surging|falling|dropping|sliding|losing|tumbling|sinking))|"
    r"had\s+(?:\w+ed|risen|fallen|lost|sunk|slid|shed|hit|touched|been)|"
    # "touched a record on Friday morning before reversing course"
    r"before\s+(?:reversing|paring|trimming|erasing|giving\s+up|turning|retreating|ending|closing|finishing)|"
    # "At its low in early trade the index was down 6.4 per cent": the session's extreme, told after it
    r"\b[Aa]t\s+(?:its|their|the)\s+(?:low|high|lows|highs|peak|trough)\s+in\b|"
    # "The Korea Exchange activated a sell-side sidecar on the main bourse in the morning": a halt, told after
    r"(?:activated|triggered)\s+(?:a|the)\s+(?:[\w-]+\s+){0,2}(?:sidecar|circuit\s+breaker)|"
    # "the index fell as much as 9.81 percent in the first hour of trade": the hour's extreme, told after it
    r"as\s+much\s+as\s+[\d.]+\s?(?:%|percent|per\s+cent)\s+in\s+the\s+first\s+hour)\b"
)
# ("\b" checked after the first letter, so that the engine can skip to an "o")
_OVERNIGHT = re.compile(r"[Oo](?<!\w[Oo])vernight\b")
_MARKET_WORDS = re.compile(
    r"\b(?:stocks?|shares|equities|markets?|index|indices|indexes|futures|Wall\s+Street)\b", re.I
)
# on lower-cased text; the lookahead lets the engine skip to the letters a cue starts with
_ARTICLE_INTRADAY_LOWER = re.compile(r"(?=[abefhilmotw\d])" + _ARTICLE_INTRADAY.pattern.replace("GMT", "gmt"))


_WILL_BEFORE = re.compile(r"\b(?:will|shall|is\s+due|are\s+due|scheduled)\b")


# an older version of the story kept under the newest: "Earlier update (9:40 ET):", "Previous update:"
_EARLIER_UPDATE = re.compile(r"\W*(?:earlier|previous|prior)\s+(?:update|version|entry|post)\b", re.I)


def _live_regions(
    text: str,
    sentences: list[Sentence],
    by_sentence: dict[int, list[Mention]],
    lexicon: IndexLexicon,
    home: str,
    published: date,
) -> tuple[frozenset[str], int | None, frozenset[str]]:
    """The markets a report is written during the session of: those of a cue of live trading ("in
    morning trade", "as of 0230 GMT") in a sentence that states no close ("hit a record in early trade
    before ending 0.05% higher" is a close report). A cue's market is that of the index named last before
    it in its sentence (else first after it), else of the sentence's first place word ("by early
    afternoon in New York"), else the report's home market. Also the report's clock: minutes after
    midnight GMT of the first such cue that states a zoned time ("as of 7:20 a.m. in New York"), or
    None. And what each cue is about: the exchange of the index nearest it, else its region."""
    if _CASE_FOLD_EXTRAS.search(text):
        cues = _ARTICLE_INTRADAY.finditer(text)
    else:  # three times faster on lower-cased text without re.I
        cues = _ARTICLE_INTRADAY_LOWER.finditer(text.lower())
    article_weekday = published.strftime("%A")
    weekday_prefix = article_weekday[:3].lower()
    live: set[str] = set()
    markets: set[str] = set()
    clock: int | None = None
    lead_text = _lead_text(sentences)
    # on a weekend of the report's own zone its region's markets are shut: "dropped as much as 4.11 percent
    # in the morning session" in Saturday's paper tells of Friday
    shut_home = published.weekday() >= 5
    per_sentence: dict[int, tuple[bool, list[re.Match[str]], bool, bool]] = {}
    places: dict[int, list[tuple[re.Match[str], str, re.Pattern[str]]]] = {}
    for cue in cues:
        sentence = sentence_at(sentences, cue.start())
        if not _weekday_morning_counts(cue.group(0), sentence, weekday_prefix):
            continue
        if (later := _ANOTHER_DAY_AFTER.match(text, cue.end())) and not later.group(0).lower().strip(
            " .,"
        ).removeprefix("on ").startswith(weekday_prefix):
            continue  # "will release the data by 8 a.m. on Thursday": another day's time
        if sentence is None:
            if not shut_home:
                live.add(home)
            continue
        if _is_stamp_line(sentence.text) or _EARLIER_UPDATE.match(sentence.text):
            # "Published Mon, Oct 13 2025 6:14 AM EDT": the time of writing, not of trading; "Earlier update
            # (9:40 ET): U.S. stocks opened higher": an older version's, kept below the newest
            continue
        at_a_clock = _AT_A_CLOCK.match(cue.group(0))
        if at_a_clock and _WILL_BEFORE.search(text, sentence.start, cue.start()):
            continue  # "traders will watch the flash inflation estimate ..., at 10:00 GMT": a time to come
        if (
            at_a_clock
            and (
                _PAST_EVENT_BEFORE.search(text, max(sentence.start, cue.start() - 50), cue.start())
                or (
                    (
                        _EVENT_BEFORE.search(text, max(sentence.start, cue.start() - 20), cue.start())
                        or _AWAITED_BEFORE.search(text, max(sentence.start, cue.start() - 60), cue.start())
                    )
                    and (
                        _states_a_close(sentence.text)
                        or _states_a_close(lead_text)
                        # "U.S. jobs data is due at 1330 GMT" in a Tokyo report: New York is shut at that time
                        or _shut_at(
                            text[cue.start() : cue.end() + 30],
                            text[max(sentence.start, text.rfind(",", 0, cue.start())) : cue.start()],
                            home,
                            lexicon,
                            published,
                        )
                    )
                )
            )
        ):
            # "The Fed announced its decision at 14:00 ET", "U.S. retail sales data, due at 13:30 BST, was
            # delayed": the time of news, not of writing (but "ahead of the Fed decision at 14:00 ET" is
            # written before it, unless the report tells of a close: "European shares closed higher on
            # Thursday ahead of Friday's euro zone inflation data, due at 10:00 GMT")
            continue
        if (seen := per_sentence.get(sentence.no)) is None:
            # once per sentence, not per cue: a long sentence may hold hundreds of cues
            seen = per_sentence[sentence.no] = (
                bool(
                    # (not in an aside: "Frankfurt's DAX, which closed August with a monthly loss of 0.7%,
                    # advanced 0.55%")
                    _states_close_today(_WHICH_CLAUSE.sub(",", sentence.text), article_weekday)
                    or _OPENS_WITH_ANOTHER_DAY.match(sentence.text)
                ),
                list(_LOOKING_BACK.finditer(sentence.text)),
                bool(_FUTURES_WORD.search(sentence.text)),
                bool(_OF_ANOTHER_ASSET.match(sentence.text) and not _STOCK_CONTEXT.search(sentence.text)),
            )
        closed_or_other_day, backs, tells_of_futures, of_another_asset = seen
        if closed_or_other_day or _looks_back(sentence.text, backs, cue.start() - sentence.start):
            # a close report, one looking back ("In the morning session, it briefly rose"), or one of
            # another day ("Overnight, US markets pared heavy early losses")
            continue
        own = by_sentence.get(sentence.no, [])
        cash = _cash_mentions(own, text, lexicon)
        if own and not cash:
            # a cue of futures alone tells no cash market's trading, but still the time of writing ("As of
            # 7:45 a.m. ET, Dow Jones Industrial Average futures were down 210 points")
            if clock is None:
                clock = _clock_gmt(text[cue.start() : cue.end() + 30], published)
            continue
        own = cash
        before = [m for m in own if m.char_start < cue.start()]
        nearest = before[-1] if before else own[0] if own else None
        if not before and own and _first_place_before(sentence, cue.start() - sentence.start, places):
            # "Asian markets traded higher, while ... the Dow Jones hitting a fresh record high": the place
            # before the cue trades, not the index named after it
            nearest = None
        if (
            before
            and (semicolon := text.rfind(";", nearest.char_end, cue.start())) >= 0
            and (after_semicolon := _place_region(text[semicolon + 1 : cue.start()]))
        ):
            # Saxo's "US stocks slipped on Monday ...; S&P 500 -0.8%, Nasdaq 100 -0.9%; Asia firmer this
            # morning": the place of the cue's own clause trades, not the index named before it
            live.add(after_semicolon)
            markets.add(after_semicolon)
            continue
        cue_clock = _clock_gmt(text[cue.start() : cue.end() + 30], published) if clock is None else None
        if (
            cue_clock is None
            and clock is None
            and nearest
            and (hours := lexicon.hours.get(nearest.entity_id))
        ):
            # "the Nifty 50 was up 0.41% as of 1:30 p.m. local time": the index's own zone
            cue_clock = _local_clock_gmt(text[cue.start() : cue.end() + 30], published, hours[0])
        if (
            nearest
            and cue_clock is not None
            and _is_open(lexicon, nearest.entity_id, published, cue_clock) is False
            and not _EVENT_TIME_BEFORE.search(text, max(0, cue.start() - 30), cue.start())
            and not _EXTENDED_HOURS.search(_CLAUSE_OF_ANOTHER.split(text[cue.end() : cue.end() + 150], 1)[0])
        ):
            pass  # "At 4:00 p.m. ET, the Dow fell 386.51 points": the close, not trading under way
        elif nearest and shut_home and lexicon.region(nearest.entity_id) == home:
            pass
        elif nearest:
            live.add(lexicon.region(nearest.entity_id))
            markets.add(lexicon.market(nearest.entity_id))
            if lexicon.region(nearest.entity_id) == "americas" and _MORNING.search(cue.group(0)):
                live.add("europe")  # New York's morning is Europe's afternoon: both are trading
        elif tells_of_futures:
            pass  # "U.S. stock futures fell Monday morning": futures trade, the cash market may not
        elif (
            cue_clock is None
            and not at_a_clock
            and not of_another_asset
            and (place := _first_place_before(sentence, cue.end() - sentence.start + 40, places))
            and not (shut_home and place == home)
        ):
            # a place before the cue or right after it ("by early afternoon in New York"), not one
            # later in the sentence ("... as Trump threatened a tariff on European wine"); with a clock
            # ("Asian stock markets at 0830 GMT") the clock says which of the place's exchanges trade, and
            # a currency's cue ("The Australian dollar was buying 65.58 US cents at 7.45am") tells of none
            live.add(place)
            markets.add(place)
        elif cue_clock is None and not of_another_asset and not shut_home:
            # with a clock ("Key figures around 1630 GMT") the clock says who trades; a currency's or a
            # bond's cue ("The euro was last quoted at 1.1625 US dollars") tells of no stock market
            live.add(home)
            markets.add(home)
        clock = clock if clock is not None else cue_clock
    # the New York session before the report's day: "overnight", or that weekday by name ("On Wednesday,
    # the S&P 500 rose 0.5%" in AP's Thursday morning report on Asia)
    ny_day = (published - timedelta(days=3 if published.weekday() == 0 else 1)).strftime("%A")
    if (
        home == "asia"
        and (_OVERNIGHT.search(text) or ny_day in text)
        and _is_morning_wrap(text, sentences, by_sentence, lexicon, article_weekday, ny_day)
    ):
        live.add("asia")
        markets.add("asia")
    return frozenset(live), clock, frozenset(markets)


# trading outside the session, whose clock is past the close: "At 4:30 p.m. ET, the Nasdaq 100 was up 0.4% in
# after-hours trading"
_MAIN_INDEX_OF = {"americas": "SPX", "europe": "STOXX600"}


def _shut_at(clock_text: str, clause: str, home: str, lexicon: IndexLexicon, published: date) -> bool:
    """Whether the market of the place the clock's clause names (else the report's home), in New York or
    Europe, is shut at the zoned clock of ``clock_text``."""
    at = _clock_gmt(clock_text, published)
    index_id = _MAIN_INDEX_OF.get(_place_region(clause) or home)
    return at is not None and index_id is not None and _is_open(lexicon, index_id, published, at) is False


def _states_a_close(sentence: str) -> bool:
    """ "European shares closed higher on Thursday ahead of Friday's data", "Wall Street closed higher on
    Wednesday": a close in the sentence's main clause (not "rose on Tuesday after the S&P 500 closed at a
    record on Monday", "after Wall Street ended higher overnight")."""
    verb = _CLOSE_VERB.search(sentence)
    return verb is not None and not _AFTER_WORD_BEFORE.search(sentence, 0, verb.start())


_AFTER_WORD_BEFORE = re.compile(r"\b(?:after|since|as|when|following)\b[^,;]*$", re.I)
_PAST_EVENT_BEFORE = re.compile(
    # ("The Korea Exchange activated a sell-side sidecar at 9:12 a.m.")
    r"\b(?:announced|released|published|unveiled|delivered|activated|triggered)\b[^.;]*$"
)
_EVENT_BEFORE = re.compile(
    r"\b(?:due|decision|scheduled|expected|meeting|speech|statement|speaks?|testif(?:y|ies))\s+$"
)
_AWAITED_BEFORE = re.compile(r"\b(?:ahead\s+of|before|awaiting|awaited|await)\b")
_AT_A_CLOCK = re.compile(r"(?:as\s+of|by|around|at)\s+\d", re.I)
_CLAUSE_OF_ANOTHER = re.compile(r"\.\s|;|,\s*(?:while|and|but|as)\b|\s(?:while|whereas)\s")
_EXTENDED_HOURS = re.compile(
    r"after-hours|after\s+hours|extended\s+trading|pre-?market|overnight\s+trading", re.I
)
# a time another event is set for, before it: "ahead of Nvidia's results due at 4:20 p.m. ET"
_EVENT_TIME_BEFORE = re.compile(
    r"\b(?:due|after|before|until|ahead|expected|scheduled|released|reported)\b[^.;]*$"
)


# the day a time of day belongs to, right after it: "by 8 a.m. on Thursday", "by mid-afternoon Wednesday"
_ANOTHER_DAY_AFTER = re.compile(
    r"\.?\s*(?:on\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|next\s+\w+|tomorrow)\b", re.I
)


# a sentence that opens with a currency, a bond or a commodity ("The rupee fell ... in early trade", "The euro
# was last quoted at ..."), unless it speaks of stocks too ("lifting exporters", "Sentiment remained upbeat")
_OF_ANOTHER_ASSET = re.compile(
    r"\s*(?:[A-Za-z][A-Za-z ]{0,30},\s*)?"  # "Meanwhile,", "On the currency front,"
    r"(?:the\s+)?(?:[\w.-]+\s+){0,2}?(?:rupee|euro|yen|won|yuan|dollar|pound|sterling|ringgit|baht|peso|rupiah|"
    r"franc|Treasur(?:y|ies)|yields?|bonds?|gilts?|bunds?|oil|crude|gold|Brent|bitcoin|currencies)\b"
    r"(?!\s+(?-i:[A-Z]))",  # not "Dollar Tree surged 9%"
    re.I,
)
_STOCK_CONTEXT = re.compile(
    # (not "in the bond market", "the currency markets", "On the foreign exchange market,")
    r"\b(?:stocks?|shares|equit(?:y|ies)|exporters|sentiment|"
    r"(?<!bond\s)(?<!currency\s)(?<!oil\s)(?<!exchange\s)(?<!debt\s)(?<!money\s)markets?|index|indices|"
    r"bourse|lift(?:ed|ing|s)|"
    r"boost(?:ed|ing|s))\b",
    re.I,
)


def _weekday_morning_counts(cue: str, sentence: Sentence | None, weekday_prefix: str) -> bool:
    """Whether a live cue counts, as far as a weekday's morning goes: "rallied Thursday morning" only in a
    Thursday report, and only when its sentence tells of a market ("Speaking on Monday morning, BOJ Governor
    Kazuo Ueda said" does not)."""
    low = cue.lower()
    if not low.endswith(" morning") or low.startswith("this"):  # not "by mid-morning"
        return True
    if not low.startswith(weekday_prefix):
        return False
    return sentence is None or bool(_MARKET_WORDS.search(sentence.text))


_CLAUSE_COMMA = re.compile(r",\s")  # not the comma of "52,636.87"


def _looks_back(sentence: str, backs: list[re.Match[str]], cue_offset: int) -> bool:
    """Whether a sentence tells of its session from later on ("it briefly rose", "before reversing
    course"), given its ``_LOOKING_BACK`` matches; "having climbed" and "after climbing" count only when the
    cue is in their clause; a look back after a semicolon past the cue is of its own clause ("At midday the
    DAX was 3.10% higher; at its high it had gained as much as 3.6%")."""
    return any(
        (
            not back.group("before_cue")
            and not (back.start() > cue_offset and ";" in sentence[cue_offset : back.start()])
        )
        or (back.start() < cue_offset and not _CLAUSE_COMMA.search(sentence, back.end(), cue_offset))
        for back in backs
    )


def _cash_mentions(own: list[Mention], text: str, lexicon: IndexLexicon) -> list[Mention]:
    """A sentence's index mentions that tell of a cash market's clock: not U.S. futures, which trade
    before New York opens ("This morning, S&P 500 futures are down 0.6%")."""
    return [
        m
        for m in own
        if lexicon.region(m.entity_id) != "americas"
        or not (is_futures_surface(m.surface, lexicon) or _FUTURES_AFTER.match(text, m.char_end))
    ]


# A clock time with its zone: "as of 0208 GMT", "by 7:20 a.m. in New York", "11.40am GMT:", "9:20 AM IST:".
_ZONE_TZ = {
    "gmt": "UTC", "utc": "UTC", "bst": "Europe/London", "london": "Europe/London",
    "et": "America/New_York", "est": "America/New_York", "edt": "America/New_York",
    "new york": "America/New_York", "cet": "Europe/Paris", "cest": "Europe/Paris",
    "paris": "Europe/Paris", "frankfurt": "Europe/Berlin", "jst": "Asia/Tokyo", "tokyo": "Asia/Tokyo",
    "hkt": "Asia/Hong_Kong", "hong kong": "Asia/Hong_Kong", "sgt": "Asia/Singapore",
    "singapore": "Asia/Singapore", "kst": "Asia/Seoul", "seoul": "Asia/Seoul", "ist": "Asia/Kolkata",
    "mumbai": "Asia/Kolkata", "aedt": "Australia/Sydney", "aest": "Australia/Sydney",
    "sydney": "Australia/Sydney", "shanghai": "Asia/Shanghai",
}  # fmt: skip
_ZONE_LETTERS = (
    r"GMT|UTC|BST|ET|EST|EDT|CET|CEST|JST|HKT|SGT|KST|IST|AEDT|AEST"  # the zones of _ZONE_TZ by letters
)
# a clock time after a number: "by 11.30 GMT", "um 11.30 Uhr"
_TIME_AFTER = re.compile(r"\s*(?:" + _ZONE_LETTERS + r"|Uhr|h\b|[ap]\.?m\.?)")
_CLOCK_CITIES = r"New\s+York|London|Paris|Frankfurt|Tokyo|Hong\s+Kong|Singapore|Seoul|Mumbai|Sydney|Shanghai"
# a blog's zone from its dateline or a note on its times: "TOKYO, Oct. 6 (Kyodo)", "Times are Hong Kong."
_TIMES_ARE = re.compile(
    rf"\b(?:all\s+)?times\s+(?:are\s+)?(?:in\s+)?(?:(?P<city>{_CLOCK_CITIES})|(?P<zone>GMT|UTC|Eastern|ET))\b",
    re.I,
)
_ZONE_WORD = {"gmt": "GMT", "utc": "UTC", "eastern": "ET", "et": "ET"}
_DATELINE_CITY = re.compile(rf"\s*(?P<city>{_CLOCK_CITIES}),", re.I)
_ZONE_HEAD = re.compile(r"\((GMT|UTC)\):?\s*$", re.I)
# "4 p.m. New York time" needs no minutes when it has its a.m./p.m.
_CLOCK_ZONE = re.compile(
    r"\b(?:(?P<h>\d{1,2})(?:[:.](?P<m>\d{2})\s*(?P<ampm>a\.m\.|p\.m\.|am|pm)?|\s*(?P<ampm_only>a\.m\.|p\.m\.|am|pm))"
    r"|(?P<hh>[01]\d|2[0-3])(?P<mm>[0-5]\d))"
    r"\s*(?:\(?(?P<zone>" + _ZONE_LETTERS + r")\b\)?|"
    r"(?:local\s+time\s+)?in\s+(?P<city>"
    + _CLOCK_CITIES
    + r")\b|(?P<city_time>"
    + _CLOCK_CITIES
    + r")\s+time\b)",
    re.I,
)


def _zoned_clock(text: str) -> tuple[int, int, str] | None:
    """(hour, minute, time zone) of the first zoned clock time in ``text``."""
    m = _CLOCK_ZONE.search(text)
    if m is None or (m.group("hh") and not m.group("zone")):
        return None
    if m.group("hh"):  # "0208 GMT"
        hour, minute = int(m.group("hh")), int(m.group("mm"))
    else:
        hour, minute = (
            _hour_of_day(int(m.group("h")), m.group("ampm") or m.group("ampm_only") or ""),
            int(m.group("m") or 0),
        )
        if hour is None:
            return None
    zone = _SPACES.sub(" ", (m.group("zone") or m.group("city") or m.group("city_time")).lower())
    return hour, minute, _ZONE_TZ[zone]


def _clock_gmt(text: str, published: date) -> int | None:
    """Minutes after midnight GMT of the first zoned clock time in ``text``, on the publication day."""
    clock = _zoned_clock(text)
    return None if clock is None else _gmt_minutes(*clock, published)


_PREVIOUS_SESSION = re.compile(r"the\s+(?:previous|prior)\s+(?:session|trading\s+day)", re.I)
_DAY_BACK = re.compile(
    r"the\s+(?:previous|prior)\s+(?:day|session|trading\s+day)|the\s+day\s+before|a\s+day\s+earlier|"
    # "shed 0.51% to 48,458.05 on Friday, a day after closing at a record 48,704.01": the record is Thursday's
    # (not "the day after, it rebounded": the day after a day the text told of)
    r"(?:a|one)\s+(?:day|session|trading\s+day)\s+after",
    re.I,
)


def _day_before_the_stated_day(claims: list[MarketClaim]) -> list[MarketClaim]:
    """ "The Nikkei dropped 1.7% on Tuesday ... after closing above 4,200 for the first time the day before":
    "the day before" is the session before the day the sentence (or the one before it) states, not the
    one before the report's day."""
    if not any(c.date_evidence and _DAY_BACK.fullmatch(c.date_evidence) for c in claims):
        return claims
    out: list[MarketClaim] = []
    for c in claims:
        if not (c.date_evidence and _DAY_BACK.fullmatch(c.date_evidence)):
            out.append(c)
            continue
        # the move before it in its sentence ("the Russell 2000 fell 0.5% after closing at an all-time high
        # a day earlier"), else a day the sentence before states
        stated = next(
            (
                p
                for p in reversed(out)
                if p.sentence_no == c.sentence_no and not _DAY_BACK.fullmatch(p.date_evidence or "")
            ),
            None,
        ) or next(
            (
                p
                for p in reversed(out)
                if p.sentence_no == c.sentence_no - 1
                and p.date_evidence
                and not _DAY_BACK.fullmatch(p.date_evidence)
                and "earlier sentence" not in p.date_evidence
            ),
            None,
        )
        if (
            stated is not None
            and stated.reference_date is not None
            # "closed up 0.2% on Thursday. Germany's DAX rallied 1.4% in the previous session" in Friday's
            # morning call: the session before the report's, which the sentence before already states (not
            # "rose 0.5% on Thursday, after falling 0.3% in the previous session")
            and not (
                _PREVIOUS_SESSION.match(c.date_evidence)
                and stated.sentence_no != c.sentence_no
                and c.reference_date is not None
                and stated.reference_date <= c.reference_date
            )
        ):
            c = replace(c, reference_date=_previous_weekday(stated.reference_date))
        out.append(c)
    return out


_DAY_FORWARD = re.compile(r"the\s+(?:following|next)\s+(?:day|session|trading\s+day)|a\s+day\s+later", re.I)


def _day_after_the_stated_day(claims: list[MarketClaim], published: date) -> list[MarketClaim]:
    """ "The index had closed at a record 4,221.87 on Nov. 3, before hitting an all-time intraday high of
    4,226.75 the following day": the session after the day the sentence (or one of the three before it)
    states for an earlier move, when that day is before the report's."""
    out: list[MarketClaim] = []
    for c in claims:
        if c.date_evidence and _DAY_FORWARD.fullmatch(c.date_evidence):
            stated = next(
                (
                    p
                    for p in reversed(out)
                    if c.sentence_no - 3 <= p.sentence_no <= c.sentence_no
                    and p.date_evidence
                    and not _DAY_FORWARD.fullmatch(p.date_evidence)
                    and p.reference_date is not None
                ),
                None,
            )
            if stated is not None and stated.reference_date < published:
                c = replace(c, reference_date=_next_weekday(stated.reference_date))
        out.append(c)
    return out


def _live_abroad_on_the_gmt_day(
    claims: list[MarketClaim], lexicon: IndexLexicon, article: _Article, text: str
) -> list[MarketClaim]:
    """A report written early in an Asian morning while New York still trades ("at 6.30am AEDT" is 7.30pm
    GMT the evening before): the moves under way in a western market are of its session on that GMT day."""
    clock = _zoned_clock(text) if article.clock is not None and article.home_region == "asia" else None
    if clock is None:
        return claims
    hour, minute, tz = clock
    if hour * 60 + minute - utc_offset_minutes(tz, article.published) >= 0:
        return claims
    day_before = article.published - timedelta(days=1)
    return [
        _replace_date(c, day_before, "the report's clock is the evening before in GMT")
        if c.claim_kind == "intraday"
        and c.kind_evidence == _LIVE_REPORT
        and c.date_evidence is None
        and c.reference_date == article.published
        and lexicon.region(c.index_id) in _WEST
        else c
        for c in claims
    ]


_STAMP_ZONES = _ZONE_LETTERS + "|" + _CLOCK_CITIES
# single optional spaces: no run of spaces may be tried in several ways
_AMPM = r"(?:am|pm|a\.m\.|p\.m\.)"
_STAMP_TIME = r"\d{1,2}[:.]\d{2}(?::\d{2})?(?: ?" + _AMPM + r")?(?: (?:" + _STAMP_ZONES + r"))?"
# a blog entry's stamp before a bar or a dash: "4:01 PM ET — ", "15:40 IST | ", "4:25pm — ", "5:25 p.m.
# Tokyo — "
# ... and a wire's flash list: "9:00 a.m. -- Nikkei opens up", "08:00 *NIKKEI 225 SINKS 7.1% AT OPEN"
# "09:00 (URGENT) KOSPI opens 1.48 pct higher", AFP's "- 0630: NIKKEI CLOSES UP 9.13 PERCENT"
# "0930 ET -- DJIA OPENS UP 36 PTS", "0000 - Japan's Nikkei opens down 1.15%"
_BLOG_STAMP = re.compile(
    r"(?:[-\u2022]\s)?(?P<time>" + _STAMP_TIME + r"|(?:[01]\d|2[0-3])[0-5]\d(?: (?:" + _ZONE_LETTERS + r"))?)"
    r"(?: ?(?:[|\u2014\u2013]|--)\s| -\s| \*(?=[A-Z])| \((?:URGENT|FLASH|LEAD)\)\s|:\s)",
    re.I,
)
_ZONE_OF_TIME = re.compile(r"(?:" + _STAMP_ZONES + r")$", re.I)
# a head that ends with its time: "EUROPE CLOSES HIGHER (1650 GMT)", Bloomberg's "Stocks Sink as Traders Rush
# to Price In Fed Cuts (4:05 p.m. New York)"
_HEAD_STAMP = re.compile(
    r"\((?P<time>(?:[01]\d|2[0-3])[0-5]\d\s+(?:GMT|UTC)|\d{1,2}[:.]\d{2} ?"
    + _AMPM
    + r" (?:"
    + _STAMP_ZONES
    + r"))\)\s*$"
)
# a line that is only a time with its a.m./p.m. or zone, and its day: "9.08pm BST", "Thu, Nov 20 2025 4:02
# PM EST", "Fri, October 10, 2025 at 2:31 PM EDT"; not a number in a table ("22.45")
_TIME_LINE = re.compile(
    r"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,? )?(?:[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4},?(?: at)? )?"
    r"(?P<time>\d{1,2}[:.]\d{2}(?::\d{2})?(?: ?"
    + _AMPM
    + r"(?: (?:"
    + _STAMP_ZONES
    + r"))?| (?:"
    + _STAMP_ZONES
    + r")))",
    re.I,
)
_SNAPSHOT = re.compile(r"(?:market\s+)?snapshot\b", re.I)  # "Market snapshot at 5:45pm AEDT"
_STAMP_PARTS = re.compile(r"(\d{1,2})[:.]?(\d{2})(?::\d{2})?\s*(am|pm|a\.m\.|p\.m\.)?", re.I)


def _stamp_minutes(when: str, blog_zone: str, published: date, local_tz: str = "") -> tuple[int, int] | None:
    """(local minutes, GMT minutes) of a blog entry's time, in its own zone, else the blog's, else
    ``local_tz``."""
    parts = _STAMP_PARTS.search(when)
    if parts is None:
        return None
    hour = _hour_of_day(int(parts.group(1)), parts.group(3) or "")
    if hour is None:
        return None
    local = hour * 60 + int(parts.group(2))
    own = _ZONE_OF_TIME.search(when)
    gmt = _clock_gmt(when + (" time" if own and not own.group(0).isupper() else ""), published)
    if gmt is None and blog_zone:
        # a zone's letters ("IST") or a city's name ("Tokyo", read as "Tokyo time")
        gmt = _clock_gmt(f"{parts.group(0)} {blog_zone}{'' if blog_zone.isupper() else ' time'}", published)
    if gmt is None and not blog_zone and not own and local_tz:
        gmt = _gmt_minutes(local // 60, local % 60, local_tz, published)
    return None if gmt is None else (local, gmt)


def _gmt_minutes(hour: int, minute: int, tz: str, day: date) -> int:
    """Minutes after midnight GMT of ``hour:minute`` in zone ``tz`` on ``day``."""
    return (hour * 60 + minute - utc_offset_minutes(tz, day)) % (24 * 60)


_LOCAL_CLOCK = re.compile(r"\b(\d{1,2})(?:[:.](\d{2}))?\s*([ap])\.?m\.?\s+local\s+time\b", re.I)


def _local_clock_gmt(text: str, published: date, tz: str) -> int | None:
    """Minutes after midnight GMT of the first "1:30 p.m. local time" in ``text``, in zone ``tz``."""
    m = _LOCAL_CLOCK.search(text)
    hour = _hour_of_day(int(m.group(1)), m.group(3)) if m else None
    return None if hour is None else _gmt_minutes(hour, int(m.group(2) or 0), tz, published)


def _is_open(lexicon: IndexLexicon, index_id: str, day: date, minute: int) -> bool | None:
    """Whether an index's exchange is in its regular session at ``minute`` GMT on ``day`` (None: hours
    unknown). A session that opens before midnight GMT (Sydney in summer) counts for the GMT day it
    ends in."""
    session = lexicon.session_gmt(index_id, day)
    if session is None:
        return None
    opens, closes = session
    return opens <= minute < closes or opens <= minute - 24 * 60 < closes


def _states_close_today(text: str, weekday: str) -> bool:
    """Whether a sentence states a close that is not of another day ("after both gauges closed at records
    on Monday" in a Tuesday report is not)."""
    return _tells_the_day(text) and not _speaks_of_another_day(text, weekday)


def _tells_the_day(text: str) -> bool:
    """Whether a sentence tells of a whole session: a close verb, a move "on the day", or one "in a half-day
    session" (a short session's whole)."""
    return bool(_CLOSE_VERB.search(text) or _ON_THE_DAY.search(text) or _SHORT_SESSION.search(text))


_SHORT_SESSION = re.compile(rf"\bin\s+a\s+(?:half-day|{_SHORTENED})\s+(?:trading\s+)?session\b")


def _speaks_of_another_day(text: str, weekday: str, published: date | None = None) -> bool:
    """Whether a sentence names a day other than the report's ("on Monday" in a Tuesday report, "On
    January 3" in a report of January 6)."""
    return (
        bool(_OTHER_DAY.search(text))
        or any(
            d.group(1) != weekday
            # (not "closed at 2,328.20, down 137.22 points from Friday": the close it is measured from)
            and not _FROM_LAST_BEFORE.search(text, max(0, d.start() - 12), d.start())
            for d in _WEEKDAY.finditer(text)
        )
        or (published is not None and _names_another_date(text, published))
    )


_MONTH_DAY = re.compile(rf"\b{_MONTH_RE}\.?\s+(\d{{1,2}})\b|\b(\d{{1,2}})\s+{_MONTH_RE}\b")


_ON_BEFORE = re.compile(r"(?:^|\b[Oo]n\s+(?:the\s+)?)$")


def _names_another_date(text: str, published: date) -> bool:
    """Whether a sentence tells of another calendar day than ``published`` ("On January 3, the Sensex
    closed", "January 3's fall"); not a date something is measured from ("since March 24, 2020") or due on."""
    if not any(c.isdigit() for c in text):
        return False
    for m in _MONTH_DAY.finditer(text):
        if not (
            _ON_BEFORE.search(text, max(0, m.start() - 8), m.start())
            or text.startswith(("'s", "’s"), m.end())
        ):
            continue
        month = _MONTHS.get((m.group(1) or m.group(4)).lower())
        day = int(m.group(2) or m.group(3))
        if month and 1 <= day <= 31 and (month, day) != (published.month, published.day):
            return True
    return False


_MOVE_TO_ITS_CLOSE = re.compile(
    r"(?:%|per\s?cent|percent|points?|pts),?\s+(?:to|at)\s+\d[\d,.]*\d(?:\s+on\s+[A-Z][a-z]+\.?(?:\s+\d{1,2})?)?,\s+"
    r"(?:its|their|a)\s+"
    r"(?:(?:lowest|highest|weakest|strongest|record|fresh|new|all-time|best|worst)\s+){1,2}close\b",
    re.I,
)


_OTHER_THING_BEFORE = re.compile(
    r"\b(?:shutdown|talks|meeting|strike|war|truce|standoff|crisis|blackout|lockdown)\s+$", re.I
)


def _closed_markets(
    sentences: list[Sentence],
    by_sentence: dict[int, list[Mention]],
    lexicon: IndexLexicon,
    published: date,
    home: str = "",
) -> frozenset[str]:
    """Exchanges whose close on the publication day the report states ("Japan's Nikkei ended slightly
    lower on Tuesday"): the exchange of the index nearest before each close verb (else first after it),
    in sentences that speak of no other day. A live cue elsewhere ("after rising as much as 1.1% in early
    trade") then does not make that exchange's moves intraday."""
    today = published.strftime("%A")
    closed: set[str] = set()
    for no, own in by_sentence.items():
        text = sentences[no].text
        verbs = [
            v
            for v in _CLOSE_VERB.finditer(text)
            if not _MORNING_AFTER.match(text, v.end())
            # not "as tech selloff resumes after shutdown ends": something else that ended
            and not _OTHER_THING_BEFORE.search(text, max(0, v.start() - 20), v.start())
        ]
        if verbs and (others := [m.span() for m in _ANOTHER_CLOSE_CUE.finditer(text)]):
            # "the Dow was up 0.5% as European markets closed": another market's close, the time of the move
            verbs = [v for v in verbs if not any(a <= v.start() < b for a, b in others)]
        if "close" in text:
            # "Japan's Nikkei fell 2.4% to 48,625.88, its lowest close since Oct. 20": the move's own close
            verbs += _MOVE_TO_ITS_CLOSE.finditer(text)
        if not verbs or _speaks_of_another_day(text, today, published):
            continue
        if (
            no
            and no - 1 not in by_sentence
            and not _WEEKDAY.search(text)
            and _speaks_of_another_day(sentences[no - 1].text, today, published)
        ):
            continue  # "Stocks rallied on Wednesday after the Fed cut. The Dow jumped 1.05% to close at ..."
        starts = [m.char_start - sentences[no].start for m in own]  # mentions come in order
        for verb in verbs:
            k = bisect.bisect_left(starts, verb.start())
            nearest = own[k - 1] if k else own[0]  # the nearest before the verb, else the first after it
            closed.add(_close_group(lexicon, nearest.entity_id))
    for sentence in sentences:
        # "The major averages finished the day firmly positive": New York's or Europe's close, named by
        # its place words, else the report's home; "The Paris Bourse ended sharply lower on Monday": Europe's
        text = sentence.text
        if sentence.no in by_sentence:
            continue
        verb = _CLOSE_VERB.search(text) if "the day" in text or "the session" in text else None
        whole_day = verb is not None and _WHOLE_DAY.match(text, verb.end()) is not None
        if (whole_day or _BOURSE_CLOSED.match(text)) and not _speaks_of_another_day(text, today):
            region = _place_region(text) or home
            if region in _WEST:
                closed.add(region)
    if home == "asia" and any(
        no not in by_sentence and _may_tell_a_close(s.text) and _US_MARKETS_CLOSED.search(s.text)
        for no, s in enumerate(sentences)
    ):
        # an Asian morning note "after all three major US indexes closed at record highs", though its clock
        # (6.50am AEDT) falls in New York's last hour
        closed.add("americas")
    # the region's other markets, not the report's own (an Indian report's Sensex still trades)
    own = lexicon.clock(by_sentence[min(by_sentence)][0].entity_id) if by_sentence else ""
    for no, x in enumerate(sentences):
        if no not in by_sentence and (told := _region_closed_today(x.text, published)):
            closed.update(
                _close_group(lexicon, i)
                for i in lexicon.hours
                if lexicon.region(i) == told[0] and lexicon.clock(i) != own
            )
    # a wire's note of its update: "(Updates with closing prices in Tokyo, Seoul and Hong Kong)", "(This
    # article has been updated with closing figures.)": the markets it names, else the home region's
    if note := next((m for x in sentences if (m := _CLOSING_UPDATE.search(x.text))), None):
        named = {m.entity_id for own in by_sentence.values() for m in own}
        cities = {
            i: lexicon.hours[i][0].rsplit("/", 1)[-1].replace("_", " ") for i in named if i in lexicon.hours
        }
        in_note = {i for i, city in cities.items() if city in note.group(0)}
        closed.update(
            _close_group(lexicon, i) for i in in_note or {i for i in named if lexicon.region(i) == home}
        )
    return frozenset(closed)


_CLOSING_UPDATE = re.compile(
    r"^\W*(?:this\s+(?:article|story|report)\s+(?:has\s+been|was)\s+updated|updates?|adds|recasts|refiles)\b"
    r"[^.\n]{0,40}?\b(?:clos(?:e|ing)|final)\b[^\n]{0,80}",
    re.I,
)


def _region_closed_today(text: str, published: date) -> tuple[str, str] | None:
    """(region, words) when a sentence tells that a region's markets closed on the report's day, its own
    clause speaking of no other day: "Asian markets closed higher, recovering part of Wednesday's
    sell-off."."""
    told = _REGION_MARKETS_CLOSED.search(text) if _may_tell_a_close(text) else None
    if told is None:
        return None
    clause = text[: text.find(",", told.end()) % (len(text) + 1)]
    if _speaks_of_another_day(clause, published.strftime("%A"), published):
        return None
    return ("asia" if told.group(1).startswith("Asia") else "europe"), told.group(0)


def _may_tell_a_close(text: str) -> bool:
    """A cheap test before ``_US_MARKETS_CLOSED`` and ``_REGION_MARKETS_CLOSED``: a close verb in the text."""
    return "closed" in text or "ended" in text or "finished" in text or "settled" in text


_REGION_MARKETS_CLOSED = re.compile(
    # "Germany's leading share index closed lower on Thursday": Europe's close too
    r"\b(Asian|Asia-Pacific|European|German|Germany['’]s|French|France['’]s|British|Britain['’]s|London['’]s)\s+"
    r"(?:(?:leading|main|benchmark|blue-chip)\s+)?(?:stock\s+|share\s+)?"
    r"(?:markets|stocks|shares|bourses|indices|indexes|index|equities)\s+"
    r"(?:closed|ended|finished|settled)\b(?!\s+(?:the\s+)?(?:morning|week|month|quarter|year|half)\b)"
)


# ("all three major US indexes closed", "Wall Street ended"; not "US markets will be closed", "American
# Express shares closed", "US Treasury yields finished", "The Wall Street Journal said negotiations ended")
_US_MARKETS_CLOSED = re.compile(
    r"\b(?:(?:(?:all\s+)?(?:three|the)\s+)?(?:(?:major|main|key)\s+)?(?:U\.?S\.?|American)\s+(?:stock\s+)?"
    r"(?:indexes|indices|stocks|shares|equities|benchmarks|averages|markets)|Wall\s+Street)\s+(?:closed|ended|finished)\b"
    r"(?!\s+(?:the\s+)?(?:morning|week|month|quarter|year|half)\b)"
)


_WHOLE_DAY = re.compile(r"\s+(?:the|its)\s+(?:day|session)\b")
# a European bourse named by its city, closed: "The Paris Bourse ended sharply lower on Monday"
_BOURSE_CLOSED = re.compile(
    r"(?:The\s+)?(?:Paris|Frankfurt|Milan|Madrid|Amsterdam|Zurich|London)\s+(?:[Bb]ourse|[Ss]tock\s+[Ee]xchange)\s+"
    r"(?:ended|closed|finished|settled)\b"
)


# not "early afternoon", nor "by mid-morning in New York", Europe's last hour, which its close reports tell of
_MORNING = re.compile(r"(?<!mid-)(?<!mid)morning|early\s+(?:trade|trading|deals)|at\s+the\s+open", re.I)
_FUTURES_WORD = re.compile(r"\bfutures\b", re.I)
_OPENS_WITH_ANOTHER_DAY = re.compile(r"\s*(?:Overnight|Yesterday|Last\s+night)\b")
# "closing the morning session up 84 points" is no close of the day; nor is "ended July with a gain"
_MORNING_AFTER = re.compile(
    r"\s+(?:the\s+)?(?:morning|midday|first\s+half|half-day|lunch|week|month|quarter|year|"
    r"January|February|March|April|May|June|July|August|September|October|November|December)\b",
    re.I,
)
_WEEKDAY = re.compile(rf"\b({_WEEKDAY_NAME})\b")
_OTHER_DAY = re.compile(
    r"\b(?:overnight|yesterday|previous|last\s+week|earlier\s+this\s+week|a\s+day\s+(?:after|earlier)|"
    r"the\s+day\s+before)\b",
    re.I,
)


def _mentions_by_sentence(mentions: list[Mention], lexicon: IndexLexicon) -> dict[int, list[Mention]]:
    """Index mentions with a known region, by sentence number."""
    out: dict[int, list[Mention]] = {}
    for m in mentions:
        if lexicon.region(m.entity_id):
            out.setdefault(m.sentence_no, []).append(m)
    return out


def _first_place_before(
    sentence: Sentence, end: int, places: dict[int, list[tuple[re.Match[str], str, re.Pattern[str]]]]
) -> str | None:
    """``_place_region(sentence.text[:end])``, from each region's first place word in the whole sentence,
    found once per sentence in ``places``: a long sentence may hold hundreds of live cues."""
    text = sentence.text
    if (firsts := places.get(sentence.no)) is None:
        firsts = places[sentence.no] = [
            (m, region, pattern) for region, pattern in _PLACES if (m := pattern.search(text))
        ]
    found = []
    for m, region, pattern in firsts:
        if m.end() <= end:
            found.append((m.start(), region))
        elif m.start() < end and (cut := pattern.search(text, 0, end)):
            found.append((cut.start(), region))
    return min(found)[1] if found else None


def _place_region(s: str, markets_first: bool = False, end: int | None = None) -> str | None:
    """The region of the first place word of ``s`` ("in New York": americas), or None; with
    ``markets_first``, a market's name or a place word before a market noun comes first ("U.S. trade threats
    weighed on Asian markets": asia); other place words count only before ``end``."""
    if markets_first:
        marketed = [
            (m.start(), region)
            for region, pattern in _PLACES
            for m in pattern.finditer(s)
            if m.group(0) == "Wall Street" or _MARKET_NOUN_AFTER.match(s, m.end())
        ]
        if marketed:
            return min(marketed)[1]
    found = [(m.start(), region) for region, pattern in _PLACES if (m := pattern.search(s, 0, end or len(s)))]
    return min(found)[1] if found else None


# "Asian markets", "Indonesia's main stock index"
_MARKET_NOUN_AFTER = re.compile(
    r"(?:['’]s(?:\s+(?:main|key|benchmark|leading|stock|share))*)?\s+"
    r"(?:stocks|shares|markets?|equities|indexes|indices|index|bourses?|benchmarks?)\b"
)


_DONE_VERBS = r"(?:lost|gained|fell|rose|dropped|climbed|shed|added|slid|declined|advanced|slumped|jumped)"
# "For the week, the Hang Seng lost 5.1 per cent", "lost 5.1% for the week", "taking its loss for the week
# to 2.9 per cent"; not "on course to shed 2% for the week", "trimming its loss for the week"
_WEEK_DONE = re.compile(
    rf"\b(?:for|over)\s+the\s+week,?\s+(?:[\w'’&/.-]+\s+){{0,5}}?{_DONE_VERBS}\b|"
    rf"(?<!to )\b{_DONE_VERBS}\s+(?:about\s+|nearly\s+|more\s+than\s+)?[\d.]+\s?"
    r"(?:%|per\s?cent|percent|pct)\s+(?:for|on|over)\s+the\s+week\b|"
    r"\btaking\s+(?:its|their)\s+(?:weekly\s+)?(?:loss|gain|decline|rise|drop|advance)\s+for\s+the\s+week\b",
    re.I,
)


_POSTED_A_MOVE = re.compile(
    r"\b(?:posted|logged|notched|suffered|recorded|booked)\s+(?:their|its)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:drop|decline|fall|loss|gain|rise|advance|rally|slump|sell-?off)\b",
    re.I,
)


_CAPITALS = re.compile(r"\b[A-Z]{4,}\b")


_FROM_THE_PREVIOUS_SESSION = re.compile(r",?\s+from\s+the\s+previous\s+(?:session|trading\s+day)(?=[.;]|$)")


def _is_morning_wrap(
    text: str,
    sentences: list[Sentence],
    by_sentence: dict[int, list[Mention]],
    lexicon: IndexLexicon,
    weekday: str,
    ny_day: str,
) -> bool:
    """An Asian report that tells of a U.S. index "overnight" (or on ``ny_day``, the New York session
    before the report's day) and states no close of the day in Asia
    ("Overnight, the S&P 500 jumped 1.4% ... Japan's Nikkei rose 0.8%") is written during the Asian
    session; "Bursa Malaysia closed higher on Wednesday" names no index but tells the report's time. Beside
    U.S. futures only a day's close tells of New York ("S&P 500 futures were up 0.3%, after the cash index
    jumped 0.98% on Friday"), not days together ("after the US benchmark lost 10.5% over Thursday and
    Friday" in a Monday close report)."""
    overnight = False
    # a move told "on Tuesday" in a Tuesday report is the day's, unless the report says a move is still on its
    # way ("was on course to shed 2% for the week"): looked up once, not per sentence
    on_today = re.compile(rf"\bon\s+{weekday}\b")
    figures_on_today = re.compile(rf"\d\s+on\s+{weekday}\b")
    still_under_way = _STILL_UNDER_WAY.search(text) is not None
    for sentence in sentences:
        own = by_sentence.get(sentence.no)
        words = sentence.text
        if not own:
            verb = _CLOSE_VERB.search(words)
            if verb is None:
                # "Japanese stocks posted their steepest drop in seven months": the day's result at home
                posted = _POSTED_A_MOVE.search(words)
                if (
                    posted
                    and _place_region(words[: posted.start()]) == "asia"
                    and not _OVERNIGHT.search(words)
                    and not _speaks_of_another_day(words, weekday)
                ):
                    return False
                if (
                    (day := on_today.search(words))
                    # (The Business Times's "SINGAPORE stocks suffered ... on Monday")
                    and _place_region(_CAPITALS.sub(lambda m: m.group(0).title(), words[: day.start()]))
                    == "asia"
                    and (moved := _DAYS_MOVE.search(words, 0, day.start()))
                    # one market's day ("Hong Kong stocks"), not the region's ("Asian shares rebounded"; but
                    # "suffered their steepest one-day fall since the global financial crisis")
                    and not _REGIONAL_LEAD.search(words, 0, moved.start())
                    and not _OVERNIGHT.search(words)
                    and not _PART_OF_DAY.search(words)  # "climbed to a record at lunchtime on Wednesday"
                    and not still_under_way
                ):
                    # "Hong Kong stocks suffered their worst day in 27 years on Monday": the day told
                    return False
                continue
            place = _place_region(words[: verb.start()])
            # "The Australian sharemarket closed higher on Wednesday as a rebound on Wall Street overnight
            # ...": the close at home, told before the other market's night
            late = _OVERNIGHT.search(words, verb.end()) if place == "asia" else None
            head = words[: late.start()] if late and not _OVERNIGHT.search(words, 0, verb.end()) else words
            if (
                # ("The benchmark index ended at 4,004.42, down 117.32 points, or 2.85 percent, from the
                # previous session.": today's close, measured from the session before)
                _states_close_today(_FROM_THE_PREVIOUS_SESSION.sub("", head), weekday)
                and not _OVERNIGHT.search(head)  # not "Stocks closed higher overnight"
                and place not in _WEST  # not "Wall Street closed higher"
            ):
                return False
            continue
        regions = {lexicon.region(m.entity_id) for m in own}
        if "asia" in regions and (
            _tells_the_day(words)
            # "rose 71.54 points, or 1.78 percent, to 4,100.05 on Dec. 5, its highest close since Nov. 13"
            or ("close" in words and _MOVE_TO_ITS_CLOSE.search(words))
            or (weekday == "Friday" and _WEEK_DONE.search(words))
            # "Japan's Nikkei share average tumbled on Tuesday as trading resumed": the day's move, told (not
            # "rose on Friday ... and was on course to shed 2% for the week", a move still under way)
            or (
                (
                    ((moved := _MOVED_ON_A_DAY.search(words)) and moved.group(0).endswith(weekday))
                    # "fell 52.9 points, or 0.63 per cent, to 8,356.0 on Tuesday"
                    or figures_on_today.search(words)
                )
                and not still_under_way
            )
        ):
            # a close, or a Friday's "For the week, the Hang Seng lost 5.1 per cent": the week is over
            return False
        if "americas" in regions and not overnight:
            cash = any(lexicon.region(m.entity_id) == "americas" for m in _cash_mentions(own, text, lexicon))
            overnight = bool(_OVERNIGHT.search(words)) or (
                ny_day in words
                if cash
                else re.search(rf"\bon\s+{ny_day}\b|\b{ny_day}['’]s", words) is not None
            )
    return overnight


_PART_OF_DAY = re.compile(
    r"\b(?:early|morning|midday|mid-day|afternoon|lunch\w*|noon|as\s+of|so\s+far)\b", re.I
)
_DAYS_MOVE = re.compile(rf"\b(?:{_MOVE_VERBS}|suffered|posted|logged|recorded)\b", re.I)
_STILL_UNDER_WAY = re.compile(r"\b(?:on\s+track|on\s+course|headed|heading)\s+(?:for|to)\b")
_FRAME_DAY = re.compile(
    rf"\b(?:{_WEEKDAY_NAME}|today|yesterday|overnight)\b|\bon\s+the\s+(?:day|final\s+day|session)\b", re.I
)
_PERIOD_FRAME = re.compile(
    r"\s*(?:For|Over|On|In|Across)\s+the\s+(?:whole\s+|entire\s+|full\s+|holiday-shortened\s+|past\s+)?"
    r"(?:week|month|quarter|year|half)\s*,"
)


def _sentence_claims(
    sentence: Sentence,
    mentions: list[Mention],
    previous: list[Mention],
    lexicon: IndexLexicon,
    article: _Article,
    section: str = "",
    it_index: str | None = None,
) -> list[MarketClaim]:
    s, base = sentence.text, sentence.start
    subjects = _subjects(
        s, base, mentions, previous, lexicon, article.secondary, it_index, article.not_antecedents
    )
    if not subjects:
        return []
    # The lead is the words before the first subject within its own clause: "Japan's economy shrank
    # 1.8% in the third quarter, but the Nikkei rose 0.3%" is not a period move of the Nikkei. A section
    # head ("For the week:") leads every line under it.
    # ("The stock, which has lost roughly half its value this year, was the biggest drag on the Dow": the
    # aside is the other subject's; but "In a holiday-shortened session, which ended at 1 p.m. ET on Friday,"
    # tells of the session itself)
    lead = section + " " + _without_asides(_LEAD_CLAUSE.split(s[: subjects[0].start])[-1])
    if (
        (frame := _PERIOD_FRAME.match(s))
        and frame.end() <= subjects[0].start
        and frame.group(0) not in lead
        and not _PERIOD.search(lead)
        # not "For the week, the S&P 500 rose 1.7%, and on Friday the Dow ..."
        and not _FRAME_DAY.search(s, frame.end())
    ):
        # "Over the week, the Ftse Mib gained 0.7%, while the Dax rose 0.8%": a frame that opens the sentence
        # leads every clause of it
        lead = frame.group(0) + " " + lead
    if (after := _AFTER_NAME.search(lead)) and _FUTURES.search(lead, 0, after.start()):
        # "Australian shares are set to open lower after Wall Street's Nasdaq slumped 2%": the futures
        # words are the shares', not the index's
        lead = lead[after.end() :]
    # "more than triple the 16 percent gain in the benchmark Shanghai Composite": a move stated as a
    # noun right before its index belongs to that index and ends the clause of the index before it
    fronted = [
        _fronted_noun(s, max(subjects[i - 1].end if i else 0, subject.start - 80), subject.start)
        for i, subject in enumerate(subjects)
    ]
    per_subject: list[tuple[_Subject, list[_Group], int]] = []
    for i, subject in enumerate(subjects):
        next_start = subjects[i + 1].start if i + 1 < len(subjects) else len(s)
        end = _scope_end(s, subject, next_start)
        if i + 1 < len(subjects) and fronted[i + 1]:
            end = min(end, fronted[i + 1].start())
        figures = _figures(s, subject.end, end)
        if (
            figures
            and end < next_start
            and (back := _BACK_TO_THE_INDEX.search(s, end, next_start))
            # not "led by Xiaomi, which jumped as much as 7%, before paring gains": the other clause's move
            and not _ANOTHER_MOVE.search(s, end, back.start())
        ):
            # "soared 18.73% on Wednesday after Trump announced the pause, before giving back 8.02% on
            # Thursday": the index's clause goes on after the other news
            brk = _BREAK.search(s, back.end(), next_start)
            more = _figures(s, back.start(), brk.start() if brk else next_start)
            if more:
                figures, end = figures + more, brk.start() if brk else next_start
        if i == 0 and _FRONTED.match(s, 0, subject.start):
            # "Up 2.5% on the day, the Nikkei closed at a record": the sentence opens with the move
            figures = [f for f in _figures(s, 0, subject.start) if f.kind == "pct"][:1] + figures
        elif (
            i == 0
            and (first := _LEVEL_FIRST.match(s, 0, subject.start))
            and _ITS_CLOSE_AFTER.match(s, subject.end)
        ):
            # Barron's "By the numbers": "6,664.36: The S&P 500's close on Friday, a record."
            value, decimals, _ = _cell_figure(first.group("fig"))
            figures = [
                _Figure("level", value, decimals, first.start("fig"), first.end("fig"), None),
                *figures,
            ]
        elif (noun := fronted[i]) and noun.start() >= (per_subject[-1][2] if per_subject else 0):
            moved = _figures(s, noun.start("fig"), noun.end("fig"))
            figures = [f for f in moved if f.kind in ("pct", "points")][:1] + figures
        per_subject.append((subject, _groups(s, figures), end))
    per_subject = _distribute_chains(s, per_subject)
    previous: list[MarketClaim] = []
    by_subject: list[tuple[int, list[MarketClaim]]] = []  # (clause end, claims); a chain shares its end
    prev_end = None
    futures_before = False  # whether an earlier subject is futures
    timed_ends: list[int] | None = None  # where each time-of-day cue of the sentence ends, found once
    elsewhere = ""  # the lead of a clause of another market ("..., on Wall Street, where the")
    for k, (subject, groups, end) in enumerate(per_subject):
        # A later index's own lead is the gap since the previous index's clause ("..., though both
        # posted losses for the week, with the S&P 500 down 1.8%"), after the sentence's lead; after a clause
        # of data, from the next clause on (not "after data showed the economy shrank in the third quarter,
        # while the")
        gap = "" if prev_end is None or prev_end >= subject.start else s[prev_end : subject.start]
        if _DATA_CLAUSE.match(gap):
            gap = _LEAD_CLAUSE.split(gap)[-1]
        # not the previous index's futures ("S&P 500 futures were flat after the underlying gauge fell")
        own_lead = lead + " " + _FUTURES.sub(" ", gap) if gap else lead
        if (
            k
            and not gap
            and (period := _PERIOD_IN_WHICH_BEFORE.search(s, max(0, subject.start - 40), subject.start))
        ):
            # "The Dow rose 1%, capping a quarter in which the S&P 500 gained 10.6%": the clause the earlier
            # index's words ran into is the later index's period
            own_lead = period.group(0)
        where = _WHERE_ELSEWHERE.search(s, max(0, subject.start - 80), subject.start)
        if where and (k or where.group("session")):  # (a first index's "where" keeps the lead's day)
            # "Earlier in the session, the Nikkei had risen as much as 1.6%, tracking overnight gains on Wall
            # Street, where the Nasdaq Composite rallied 1.38%": the other market's own time, not the lead's
            # (and that of the indices after it in the clause)
            elsewhere = s[max(s.rfind(",", 0, where.start()) + 1, where.start() - 40) : subject.start]
        if elsewhere:
            own_lead = elsewhere + " " + gap if gap and not where else elsewhere
        if not subject.is_futures and futures_before:
            # "S&P 500 futures rose after the benchmark index closed 10.1% below its record": the
            # futures words are the earlier subject's
            own_lead = _FUTURES.sub(" ", own_lead)
        # an index that ends its clause without figures of its own leaves the words after it to the next
        # ("Monday's session added 341.04 points to the Sensex, and on Tuesday the index jumped 1,131.31")
        ends_clause = s[subject.end : subject.end + 2].lstrip()[:1] in (",", ";")
        prev_end = subject.end if not groups and ends_clause else end
        if k + 1 < len(per_subject) and groups:
            after = per_subject[k + 1][0]
            words = _LEAD_CLAUSE.split(s[groups[-1].end : after.start])[-1]
            if (after.index_id, after.is_futures) == (subject.index_id, subject.is_futures) and not (
                _NEW_CLAUSE.search(words)
            ):
                # the same index again: the words after its figures lead it ("The Dax closed 0.8%
                # lower, capping a week in which Germany's benchmark lost 3.3 percent")
                prev_end = after.start - len(words)
        claims = _group_claims(sentence, subject, groups, end, own_lead, lexicon, article)
        if (
            previous
            and groups
            and (
                not _LETTER.search(s, subject.end, groups[0].start)
                or _ONLY_HEDGE.fullmatch(s, subject.end, groups[0].start)
                or (
                    _ONLY_BY.fullmatch(s, subject.end, groups[0].start)
                    and _LISTED_BEFORE.search(s, max(0, subject.start - 30), subject.start)
                )
            )
        ):
            # "the Nikkei gained 3.7% and the Topix 2.8%": the verb of the index before is understood
            # its own direction word, also in a move stated as a noun before it ("a 7.8 per cent decline in")
            lo, hi = min(subject.end, groups[0].start), min(len(s), max(subject.end, groups[-1].end) + 12)
            # ... or its own sign ("FTSE 100 +1.4%, DAX -0.3%")
            own = _DIRECTION.search(s, lo, hi) is not None or bool(_sign_before(s, groups[0].start))
            claims = [_understood_verb(c, previous[-1], own) for c in claims]
        if subject.also and len(claims) == 1 + len(subject.also) and _RESPECTIVELY.search(s, subject.end):
            # "Both indexes rose, adding 1.9% and 2.1% respectively": one figure each, in turn
            ids = (subject.index_id, *subject.also)
            claims = [replace(c, index_id=i) for c, i in zip(claims, ids, strict=True)]
        else:
            claims += [replace(c, index_id=other) for other in subject.also for c in claims]
        if previous and previous[-1].index_id != subject.index_id:
            # "the Dow was down 1.3% by lunchtime in New York, while the S&P 500 had dropped 1.5%"
            if timed_ends is None:
                timed_ends = [m.end() for m in _ARTICLE_INTRADAY.finditer(s)]
            timed = bool(timed_ends) and timed_ends[0] <= subject.start
            same_clock = _same_clock(lexicon, subject.index_id, previous[-1].index_id)
            claims = [_same_reference(c, previous, timed, same_clock) for c in claims]
        if by_subject and by_subject[-1][0] == end:
            _share_chain_reference([c for e, c in by_subject if e == end] + [claims])
        by_subject.append((end, claims))
        previous = claims or previous
        futures_before = futures_before or subject.is_futures
    out = _at_another_close([c for _, claims in by_subject for c in claims], lexicon)
    return _merge_crossings(_moves_before_the_close(_period_told_last(out)))


_CONTRAST = re.compile(r";|\b(?:while|whereas|but|although|though)\b")
# a clause of another market: "..., tracking overnight gains on Wall Street, where the"
_WHERE_ELSEWHERE = re.compile(
    r"\b(?:on|in)\s+(?:Wall\s+Street|New\s+York|Europe|London|Tokyo),?\s+where\s+(?:the\s+)?$|"
    # "stock futures were little changed early Tuesday after a Monday session in which the S&P 500 fell 0.35%"
    r"\b(?P<session>(?:a|the)\s+(?:[A-Z]\w+day\s+)?session\s+in\s+which\s+(?:the\s+)?)$"
)


def _period_told_last(claims: list[MarketClaim]) -> list[MarketClaim]:
    """A list of moves, one per index, whose period is told only after the last ("The S&P 500 gained 3.73%,
    the Dow rose 3.18% and the Nasdaq Composite jumped 4.91% for the week."): every move of the list is that
    period's, when none has words of its own for its time."""
    last = claims[-1] if len(claims) > 1 else None
    if (
        last is None
        or last.claim_kind != "period"
        or not last.kind_evidence
        or not last.sentence.rstrip(" .").endswith(last.kind_evidence)
        or len({c.index_id for c in claims}) != len(claims)
        or _CONTRAST.search(
            last.sentence
        )  # not "The CAC 40 edged up 0.2%, while ... climbed 4.3% over the quarter"
        or not all(
            c.claim_kind in ("close", "intraday")
            and c.kind_evidence in _DEFAULT_EVIDENCE
            and c.date_evidence is None
            and (c.move_pct is not None or c.points is not None)
            for c in claims[:-1]
        )
    ):
        return claims
    return [
        replace(c, claim_kind="period", kind_evidence="same period as the last claim", reference_date=None)
        for c in claims[:-1]
    ] + [last]


_ANOTHER_CLOSE_CUE = re.compile(_AT_ANOTHER_CLOSE, re.I)


def _cue_place(evidence: str | None) -> str | None:
    """The region whose close a cue of another market's close names ("when European markets closed")."""
    if not evidence or not _ANOTHER_CLOSE_CUE.fullmatch(evidence):
        return None
    low = evidence.lower()
    # Europe's exchanges close together; Asia's do not (Hong Kong still trades at the Tokyo close)
    return "europe" if any(w in low for w in ("europe", "london", "frankfurt", "paris", "uk ")) else None


_TIME_TOLD_LAST = re.compile(r"opening\s+bell|in\s+early\s+(?:trade|trading|deals)|at\s+midday", re.I)
# a part of the day told after a list: "the Nasdaq rose 1.5% and the S&P 500 gained 0.9% around midday"
_PART_OF_DAY_TOLD = re.compile(
    r"(?:by|around|at)\s+(?:late\s+|early\s+|mid-?)?(?:morning|afternoon|midday|lunchtime)|midday", re.I
)


def _close_gmt(lexicon: IndexLexicon, c: MarketClaim) -> int | None:
    """When the exchange of a claim's index closes on the claim's day, in minutes after midnight GMT."""
    hours = lexicon.session_gmt(c.index_id, c.reference_date) if c.reference_date else None
    return hours[1] if hours else None


_PERIOD_IN_WHICH_BEFORE = re.compile(
    r"\b(?:a|an|the)\s+(?:[\w-]+\s+)?(?:week|month|quarter|year|half)\s+in\s+which\s+(?:the\s+)?$"
)


def _at_another_close(claims: list[MarketClaim], lexicon: IndexLexicon) -> list[MarketClaim]:
    """A time stated once after several moves of one market ("the S&P 500 was down 1.3% and the Nasdaq fell
    0.8% at the time European markets closed") is the time of each: the moves before it of the same region
    whose kind no words of their own set are intraday at that time too."""
    last = next(
        (
            c
            for c in reversed(claims)
            if _ANOTHER_CLOSE_CUE.fullmatch(c.kind_evidence or "")
            or (c.claim_kind == "intraday" and _STATED_TIME.fullmatch(c.kind_evidence or ""))
            or (c.claim_kind == "intraday" and _TIME_TOLD_LAST.fullmatch(c.kind_evidence or ""))
            or (c.claim_kind == "intraday" and _PART_OF_DAY_TOLD.fullmatch(c.kind_evidence or ""))
        ),
        None,
    )
    if last is None:
        return claims
    region = lexicon.region(last.index_id)
    # a time of day after a list of one verb ("the Dow Jones rose 0.1% and the Nasdaq 0.2% after the opening
    # bell") is the time of the list's moves, of no move before it with a verb of its own
    shared_verb = last.verb if _TIME_TOLD_LAST.fullmatch(last.kind_evidence or "") else None
    # a part of the day is that of exchanges that close together ("Germany's DAX lost 0.9%, France's CAC 40
    # slipped 0.5% and Britain's FTSE 100 was down 0.3% in midday trading"): "South Korea's KOSPI rose 0.44%,
    # and Hong Kong's Hang Seng was up 1.4% by mid-afternoon" tells of Seoul's close
    part_of_day = _PART_OF_DAY_TOLD.fullmatch(last.kind_evidence or "") is not None
    close_at = _close_gmt(lexicon, last)
    return [
        replace(c, claim_kind="intraday", kind_evidence=last.kind_evidence)
        if c.char_start < last.char_start
        and (shared_verb is None or (c.verb == shared_verb and c.sentence_no == last.sentence_no))
        and (
            not part_of_day
            or (
                c.sentence_no == last.sentence_no
                and close_at is not None
                and _close_gmt(lexicon, c) == close_at
            )
        )
        and lexicon.region(c.index_id) == region
        and region != _cue_place(last.kind_evidence)
        and c.claim_kind in ("close", "intraday")
        and (c.kind_evidence in _DEFAULT_EVIDENCE or _INTRADAY_WEAK.fullmatch(c.kind_evidence or ""))
        and c.date_evidence is None
        else c
        for c in claims
    ]


def _share_chain_reference(chain: list[list[MarketClaim]]) -> None:
    """Indices whose figures are stated together ("have gained 17.5% and 15.2% this year, respectively",
    "fell 3% and 4% on Monday") share the period or day that follows the last figure: the earlier
    members' claims take it where no words of their own set it (in place)."""
    last = chain[-1]
    if not last:
        return
    period = all(c.claim_kind == "period" and c.kind_evidence not in _DEFAULT_EVIDENCE for c in last)
    day = last[0] if last[0].date_evidence and last[0].claim_kind != "period" else None
    for claims in chain[:-1]:
        for i, c in enumerate(claims):
            if c.date_evidence:
                continue
            if period and c.kind_evidence in _DEFAULT_EVIDENCE:
                claims[i] = replace(
                    c, claim_kind="period", kind_evidence=last[0].kind_evidence, reference_date=None
                )
            elif day and c.claim_kind != "period":
                claims[i] = replace(c, reference_date=day.reference_date, date_evidence=day.date_evidence)


def _merge_crossings(claims: list[MarketClaim]) -> list[MarketClaim]:
    """A crossing or a closing level stated on its own for the index and session of an earlier claim of
    the sentence is part of that claim (one index, one time reference, one claim): "soared 3% to close
    at 4,073.24 on Monday, recovering the 4,000 mark"; "The KOSPI and the KOSDAQ jumped 2.41% and 1.12%,
    respectively, with the benchmark closing at 2,764.09"."""
    out: list[MarketClaim] = []
    for c in claims:
        alone = c.move_pct is None and c.points is None
        crossing = alone and c.level is None and c.crosses_level is not None
        closing = (
            alone
            and c.crosses_level is None
            and c.level is not None
            and (c.kind_evidence or "").lower() in _CLOSING_VERBS
        )
        p_at = next((i for i in range(len(out) - 1, -1, -1) if out[i].index_id == c.index_id), None)
        p = out[p_at] if p_at is not None else None
        if (
            p is not None
            and (crossing or closing)
            and (p.crosses_level is None if crossing else p.level is None)
            and p.claim_kind == c.claim_kind
            and p.reference_date == c.reference_date
            # "opened 0.2 percent higher and briefly topped 3,745": two moments of the session
            and not (crossing and c.claim_kind == "intraday")
        ):
            record = p if p.is_record else c
            out[p_at] = replace(
                p,
                crosses_level=c.crosses_level if crossing else p.crosses_level,
                level=c.level if closing else p.level,
                level_decimals=c.level_decimals if closing else p.level_decimals,
                is_record=record.is_record,
                record_scope=record.record_scope,
                record_after=record.record_after,
            )
            continue
        out.append(c)
    return out


def _rounds_to(claim: MarketClaim, move_pct: float) -> bool:
    """Whether a claim's stated move is ``move_pct`` rounded, or hedged near it ("nearly 4%")."""
    if claim.move_pct is None:
        return False
    return claim.is_hedged or abs(claim.move_pct - move_pct) <= 0.5 * 10 ** -(claim.pct_decimals or 0) + 1e-9


def _moves_before_the_close(claims: list[MarketClaim], sentences_apart: int = 0) -> list[MarketClaim]:
    """ "The Kospi plunged 2.5% but recovered to close down 1.3%": when a sentence (or one up to
    ``sentences_apart`` after it: "The Sensex advanced 0.52% to a record 86,055.86. The Nifty ended ...,
    while the Sensex closed 0.13% up") states an index's closing move after another undated-kind move of the
    same day, the earlier one was intraday."""
    out = list(claims)
    # the stated closes, by index: (position, claim) of closes whose words set their kind
    closes: dict[str, list[tuple[int, MarketClaim]]] = {}
    for j, late in enumerate(claims):
        if late.claim_kind == "close" and late.kind_evidence not in _DEFAULT_EVIDENCE:
            closes.setdefault(late.index_id, []).append((j, late))
    for i, early in enumerate(out):
        later = closes.get(early.index_id, [])
        later = later[bisect.bisect_right(later, i, key=lambda jc: jc[0]) :]
        if (
            early.claim_kind in ("close", "unknown")
            and early.kind_evidence in _DEFAULT_EVIDENCE
            and early.move_pct is None
            and early.points is None
            and early.level is not None
            and early.is_record
            and early.record_after is None
            and early.date_evidence is None
            and any(
                late.sentence_no == early.sentence_no and late.level is not None and late.level != early.level
                for _, late in later
            )
        ):
            # "climbed to an all-time high of 86,055.86 before closing ... at 85,720.38", "scaled a record
            # 26,310.45 ... and finally settled ... at 26,215.55": the day's high, then its close
            out[i] = replace(
                early,
                claim_kind="intraday",
                kind_evidence="a different close is stated after it",
            )
            continue
        if (
            early.claim_kind != "close"
            or early.kind_evidence not in _DEFAULT_EVIDENCE
            or early.move_pct is None
        ):
            continue
        for _, late in later:
            if (
                late.sentence_no - early.sentence_no <= sentences_apart
                and late.move_pct is not None
                and late.move_pct != early.move_pct
                and late.reference_date == early.reference_date
                # a headline's "soars 9%" before "closed up 9.13%" is the same move rounded
                and (
                    late.sentence_no == early.sentence_no
                    or not (_rounds_to(early, late.move_pct) or _rounds_to(late, early.move_pct))
                )
            ):
                out[i] = replace(
                    early, claim_kind="intraday", kind_evidence="a different close is stated after it"
                )
                break
    return out


# kind_evidence of a claim whose own words set no kind: the rule that decided it.
_LIVE_REPORT = "report written during the session"
_AFTER_THE_SESSION = "plain move in a report written after the session"
_DEFAULT_EVIDENCE = (None, _LIVE_REPORT, _AFTER_THE_SESSION)


_LETTER = re.compile("[A-Za-z]")
# a live blog's time stamp opening the line ("9:20 AM IST:", "11.40am GMT:")
# A live-blog entry's time: "11.40am GMT: ...", "3.45pm: ...", "12.20 GMT: ...", Reuters' "1410 ET - ..."
_STAMP_LINE = re.compile(
    r"\s*(\d{1,2}[.:]\d{2}\s*(?:(?:am|pm|a\.m\.|p\.m\.)(?:\s+[A-Z]{2,4})?|(?:GMT|UTC|BST|CET|CEST|ET)\b))\s*:\s"
    r"|\s*((?:[01]\d|2[0-3])[0-5]\d\s+(?:GMT|UTC|ET|EST|EDT|BST|CET|CEST|JST|HKT|SGT|KST|IST|AEDT|AEST))\s+[-\u2013\u2014]\s",
    re.I,
)
# A line that heads what follows with its time: "Market snapshot at 7:30am AEST:"
_CLOCK_HEAD = re.compile(
    r"[^.!?:]{0,60}\b(?:at|as\s+of)\s+(\d{1,2}[.:]\d{2}\s*(?:am|pm|a\.m\.|p\.m\.)\s+[A-Z]{2,4})\s*:()", re.I
)
_PAST_WEAK = re.compile(r"(?:was|were)\s", re.I)
_RESPECTIVELY = re.compile(r",?\s*respectively\b,?")
# economic data with its own verb right before a figure, in a clause after the index's move
_DATA_SUBJECT_BEFORE = re.compile(
    r"\b(?:after|as|while|when|since|because|with)\s+(?:[\w.'’-]+\s+){0,4}?"
    r"(?:prices|inflation|GDP|sales|output|payrolls|exports|imports|profits?|earnings|revenues?|spending|production|"
    r"orders|wages|unemployment|growth)\s+(?:had\s+|have\s+|has\s+)?(?:rose|risen|climbed|jumped|fell|fallen|dropped|"
    r"slowed|grew|increased|decreased|declined|eased|accelerated|surged|slumped|edged\s+up|edged\s+down)\s+"
    r"(?:by\s+|to\s+|an?\s+annual\s+|about\s+|nearly\s+|almost\s+)?$"
)
_AGAINST_A_CURRENCY = re.compile(
    r"\s*(?:against|versus|vs\.?)\s+(?:the\s+)?(?:U\.S\.\s+|US\s+)?(?:dollar|greenback|yen|euro|sterling|yuan)\b",
    re.I,
)
_PERIOD_ASIDE = re.compile(r",\s*(?=(?:for|over|on)\s+the\s+(?:week|month|quarter|year)\b)")
# "its record of 6,890.89, set on Oct. 28": the day a level was set
_SET_ON_ASIDE = re.compile(
    rf",\s*(?=(?:set|reached|touched|notched|recorded|hit|marked)\s+(?:during\s+trading\s+)?on\s+(?:{_MONTH_RE}|(?:Mon|Tues|Wednes|Thurs|Fri)day)\b)"
)


# "the S&P 500 had been up as much as 1.9% and the Nasdaq as much as 2.6%": only a hedge before the figure
_ONLY_HEDGE = re.compile(r"\s*,?\s*(?:as\s+much\s+as|about|nearly|almost|roughly|around|more\s+than|over)\s+")
# "the Nikkei climbed by 9.1%, the Taiex by 9.3%": the verb of the index before is understood, in a list
# (not "beating the S&P 500 by about 1%")
_ONLY_BY = re.compile(r"\s+by\s+(?:as\s+much\s+as|about|nearly|almost|roughly|around|more\s+than|over)?\s*")
_LISTED_BEFORE = re.compile(r"(?:,|\band|;)\s+(?:the\s+)?(?:[A-Z][\w.]*['’]s\s+)?$")


def _understood_verb(c: MarketClaim, before: MarketClaim, own_direction: bool = True) -> MarketClaim:
    """A move stated with no verb of its own takes the direction and verb of the claim before it, over a
    direction read from the sentence's lead ("Despite the day's dip, the Nifty gained 4.5% in October
    and the Sensex 4.6%"), not over a direction word of its own ("and the Topix 2.8% lower")."""
    if (
        (c.direction is not None and own_direction)
        or before.direction is None
        or (c.move_pct is None and c.points is None)
    ):
        return c
    sign = -1.0 if before.direction == "down" else 1.0
    return replace(
        c,
        direction=before.direction,
        verb=before.verb,
        move_pct=sign * abs(c.move_pct) if c.move_pct is not None else None,
        points=sign * abs(c.points) if c.points is not None else None,
    )


_SAME_TIME = "same time as the previous claim"


_TIME_OF_DAY_EVIDENCE = re.compile(
    r"opening\s+bell|midday|mid-day|mid-?session|morning|afternoon|lunch", re.I
)
# a stated time of the claim's own: "gained 0.5% at 1545 GMT", "was up 0.2% as of 10:30 a.m. ET"
_STATED_TIME = re.compile(
    r"\b(?:at\s+(?:around\s+|about\s+)?|by\s+|around\s+|as\s+of\s+)(?:(?:[01]\d|2[0-3])[0-5]\d\s+GMT|\d{1,2}[:.]\d{2}\s*(?:a\.m\.|p\.m\.|am|pm)?\s*"
    r"(?:" + _ZONE_LETTERS + r"))\b",
    re.I,
)


# ... right after the figures: "gained 0.5% at 1545 GMT", not "rose 0.3% ahead of results due at 4:20 p.m. ET"
_STATED_TIME_AFTER = re.compile(
    r"\s*(?:(?!(?:ahead|due|after|before|when|while|as|following|until|expected|scheduled)\b)[\w.,'’-]+\s+){0,5}?"
    r"(?P<time>" + _STATED_TIME.pattern + ")",
    re.I,
)


def _same_reference(
    c: MarketClaim, previous: list[MarketClaim], timed: bool = False, same_clock: bool = True
) -> MarketClaim:
    """An undated move whose kind no words set shares the time reference of the index before it in the
    sentence: its period when all that index's claims are period moves ("The Nikkei rose 5% this week,
    while the Topix gained 4%"; not after "ended 0.5% higher, capping a 3.3% monthly gain"), its time of
    day when they are all intraday at a stated time ("the S&P 500 was up 0.2% by early afternoon and the
    Nasdaq gained 0.4%"), or when the last is a plain intraday move and the sentence states a time of
    day before the move (``timed``: "the Dow was up 1.3% by lunchtime, while the S&P 500 had dropped
    1.5%"; not after "as much as 1.1% in early trade")."""
    weak = c.claim_kind == "intraday" and _INTRADAY_WEAK.fullmatch(c.kind_evidence or "")
    # a date the whole sentence shares ("With Thursday's gains, the S&P 500 is up 1.9% so far this week,
    # and the Nasdaq has gained 2%") is not the claim's own
    shared = c.date_evidence is not None and all(p.date_evidence == c.date_evidence for p in previous)
    if (
        c.claim_kind not in ("close", "intraday", "unknown")
        or (c.kind_evidence not in _DEFAULT_EVIDENCE and not weak)
        or (c.date_evidence and not shared)
    ):
        return c
    # a bare level ("hit a fresh record of 26,325.80") may share a time of day, not a period
    if c.claim_kind != "unknown" and all(p.claim_kind == "period" for p in previous):
        return replace(
            c, claim_kind="period", kind_evidence="same period as the previous claim", reference_date=None
        )
    last = previous[-1]
    if (
        timed and last.claim_kind == "intraday" and _INTRADAY_WEAK.fullmatch(last.kind_evidence or "")
    ) or all(
        p.claim_kind == "intraday"
        and (
            p.kind_evidence == _SAME_TIME
            or _ARTICLE_INTRADAY.search(p.kind_evidence or "")
            # "shortly after the opening bell, while ...", "was down 1.5 per cent by midday, and the Nasdaq"
            # (a time of day on its clock: not Tokyo's "by the midday break, tracking Wall Street, where")
            or (same_clock and _TIME_OF_DAY_EVIDENCE.fullmatch(p.kind_evidence or ""))
        )
        for p in previous
    ):
        return replace(c, claim_kind="intraday", kind_evidence=_SAME_TIME)
    return c


def _distribute_chains(
    s: str, per_subject: list[tuple[_Subject, list[_Group], int]]
) -> list[tuple[_Subject, list[_Group], int]]:
    """Figures stated once for a chain of indices ("The KOSPI and Kosdaq fell 3% and 4%(, respectively)",
    "The S&P 500 and the Dow both fell 0.6%"): as many figure groups as indices go one to each in
    turn; a single group goes to every index of the chain."""
    out = list(per_subject)
    i = 0
    while i < len(out):
        j = i
        while j + 1 < len(out) and not out[j][1] and _CHAIN.match(s[out[j][0].end : out[j + 1][0].start]):
            j += 1
        groups = out[j][1]
        n = j - i + 1
        if j > i and groups and (len(groups) >= n or n == 2):
            # "gained 0.5% and 0.6%, respectively, to finish at 6,173.07 and 20,273.46", "hit record highs
            # of 50,310.45 and 86,055.86": each kind of figure stated once per index, the i-th of each kind
            # to the i-th index
            figures = [f for g in groups for f in g.figures]
            second = figures[-1].kind in ("level", "cross") and _AND_LEVEL.match(s, figures[-1].end)
            if second:
                # "to finish at 6,173.07 and 20,273.46", "storm past 50,000 and 4,000": the second index's
                value, decimals, _ = _cell_figure(second.group(1))
                figures.append(
                    _Figure(figures[-1].kind, value, decimals, second.start(1), second.end(1), None)
                )
            if second or (len(groups) >= n and _RESPECTIVELY.search(s, out[j][0].end, out[j][2])):
                groups = _by_kind_in_turn(_levels_in_a_list(s, figures), n) or groups
        if j > i and len(groups) == n:
            for k in range(i, j + 1):
                out[k] = (out[k][0], [groups[k - i]], out[j][2])
        elif j > i and len(groups) == 1:
            for k in range(i, j):
                out[k] = (out[k][0], groups, out[j][2])
        i = j + 1
    return _respectively_after_the_last(s, out)


def _respectively_after_the_last(
    s: str, out: list[tuple[_Subject, list[_Group], int]]
) -> list[tuple[_Subject, list[_Group], int]]:
    """ "with the S&P 500 closing down 0.8% and the Nasdaq down 1.2%, after being down as much as 2% and
    2.7%, respectively": figures after the last index's own, listed "respectively" for the indices named
    before it, go one to each in turn."""
    for j in range(1, len(out)):
        subject, groups, end = out[j]
        if len(groups) < 2:
            continue
        tail = [f for g in groups[1:] for f in g.figures]
        last_end = tail[-1].end
        second = tail[-1].kind == "level" and _AND_LEVEL.match(s, last_end)
        if second:  # "after hitting record highs of 26,310.45 and 86,055.86, respectively"
            value, decimals, _ = _cell_figure(second.group(1))
            tail.append(_Figure("level", value, decimals, second.start(1), second.end(1), None))
            last_end = second.end(1)
        if not _RESPECTIVELY.match(s, last_end):
            continue
        kinds = {f.kind for f in tail}
        m = len(tail) // len(kinds)
        run = out[j - m + 1 : j + 1] if 2 <= m <= j + 1 else []
        in_turn = _by_kind_in_turn(tail, m) if run else None
        if not in_turn or len({sub.index_id for sub, _, _ in run}) != m:
            continue
        for k, (sub, own, _) in enumerate(run):
            kept = own[:1] if sub is subject else own
            out[j - m + 1 + k] = (sub, [*kept, in_turn[k]], end)
    return out


_AND_LEVEL = re.compile(
    r" [Aa]nd (\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{3,}(?:\.\d+)?)\b(?!\s?%|\s+(?:points|pts))"
)


_LIST_GAP = re.compile(r"\s*(?:,|,?\s+and)\s*$")


def _levels_in_a_list(s: str, figures: list[_Figure]) -> list[_Figure]:
    """The figures listed after a level are levels too, though "points" follows them: "closing at 3,728.03
    points, 11,835.57 points and 2,606.20 points"."""
    out = list(figures)
    for k in range(1, len(out)):
        if (
            out[k].kind == "points"
            and out[k - 1].kind == "level"
            and _LIST_GAP.match(s[out[k - 1].end : out[k].start])
        ):
            f = out[k]
            out[k] = _Figure("level", f.value, f.decimals, f.start, f.end, f.hedge)
    return out


def _by_kind_in_turn(figures: list[_Figure], n: int) -> list[_Group] | None:
    """``n`` groups taking the i-th figure of each kind, when every kind has exactly ``n`` figures."""
    kinds: dict[str, list[_Figure]] = {}
    for f in figures:
        kinds.setdefault(f.kind, []).append(f)
    if any(len(fs) != n for fs in kinds.values()):
        return None
    return [_Group(sorted((fs[i] for fs in kinds.values()), key=lambda f: f.start)) for i in range(n)]


_NEXT_FIGURE_NOUN = re.compile(
    # "... on Friday capped a weekly advance of 1.5%"
    r",?\s*\b(?:for|with|in|to|cap(?:ped|ping|s)?|extend(?:ed|ing|s)?)\s+(?:an?|its|their)\s+(?:[\w-]+\s+){0,2}"
    r"(?:gains?|loss(?:es)?|rises?|falls?|"
    r"drops?|declines?|advances?|increases?|decreases?|rally|slide)\s+of\s*$|"
    # "rose 0.9 per cent to end the quarter 11.6 per cent higher"
    r",?\s*\b(?:to\s+)?(?:end|close|finish)(?:ed|ing|s)?\s+the\s+(?:week|month|quarter|year|(?:first\s+)?half)\s*$",
    re.I,
)

_EARLY_MOVE_BEFORE = re.compile(
    r"\bearly\s+(?P<noun>gains|losses|advances?|rally|slide|declines?)\s+of\s+(?:(?:about|nearly|almost|more\s+than|"
    r"as\s+much\s+as)\s+)?$",
    re.I,
)
# "giving up early gains that had taken it above the 9,000 mark for the first time": where they took it (a
# crossing alone; the close told after it is the day's)
_EARLY_GAINS_TOOK_IT = re.compile(
    r"\bearly\s+(?P<noun>gains|losses|advances?|rally|slide|declines?)\s+that\s+(?:had\s+)?"
    r"(?:taken|took|lifted|pushed|sent|carried|put)\s+(?:it|the\s+index|the\s+benchmark)\s+"
    r"(?:above|past|through|over|beyond|below|under)\s+(?:the\s+)?$",
    re.I,
)
# a running total over several sessions the move brings the index to: "plunged 5.97% on Friday, bringing its
# two-day loss to more than 10%", "taking its losses over three trading sessions to more than 10%"
_SESSIONS_COUNT = r"(?:two|three|four|five|six|seven|eight|nine|ten|\d+)"
_TALLY_BEFORE = re.compile(
    r"\b(?:bringing|brought|taking|took|pushing|pushed|lifting|lifted|extending|extended|leaving|left|putting|put|"
    r"deepening|deepened)\s+(?:its|their|the)\s+"
    rf"(?:(?:{_SESSIONS_COUNT}[\s-](?:day|session|week|month)|weekly|monthly|quarterly|year-to-date|cumulative)\s+"
    r"(?:[\w-]+\s+)?(?:loss(?:es)?|fall|decline|drop|slide|slump|rout|sell-?off|gains?|rise|rally|advance|rebound|"
    r"surge|tally)"
    r"|(?:loss(?:es)?|gains?|fall|decline|drop|rally|advance)\s+(?:over|in|across)\s+(?:the\s+)?(?:(?:past|last)\s+)?"
    rf"{_SESSIONS_COUNT}\s+(?:trading\s+)?(?:sessions|days|weeks|months))"
    r"\s+(?:to|at)\s+(?:about\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+|roughly\s+|some\s+|around\s+)?$",
    re.I,
)
# ... or the apposition that measures a period just named: "to cap its best week since the election, a gain of
# 2.9%"
_PERIOD_APPOSITION_BEFORE = re.compile(
    r"\b(?:(?:its|their|a|the)\s+(?:best|worst|biggest|strongest|weakest|steepest|sharpest)|"
    r"(?:its|their|a)\s+(?:first|second|third|fourth|fifth))\s+"
    r"(?:weekly\s+|monthly\s+)?(?:week|month|quarter|year)\b[^.;%\d]{0,40},\s+an?\s+(?:[\w-]+\s+)?"
    r"(?:gain|loss|rise|fall|drop|decline|advance|slide|jump|surge|slump|rally)\s+of\s+"
    r"(?:about\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+|roughly\s+|some\s+|around\s+)?$",
    re.I,
)
# a move told in an aside before the index's close: "The Dow, which had risen more than 700 points, finished"
_WHICH_HAD_BEFORE = re.compile(
    r",\s+which\s+had\s+(?:been\s+)?(?:risen|climbed|gained|jumped|rallied|fallen|dropped|lost|slid|sunk|up|down)"
    r"\b[^,;]*$"
)
_ASIDE_THEN_CLOSED = re.compile(
    r"\s?(?:points?|%|per\s?cent|percent)?,\s+(?:closed|ended|finished|settled)\b", re.I
)
_SWING = re.compile(_SWING_VERB + r"\s+(?:between|from)$", re.I)  # its evidence
_AND_A = re.compile(
    r"\s*(?:and|to)\s+(?:an?\s+)?(?:(?:gain|loss|drop|rise|fall|decline|advance)\s+of\s+)?" + _ROUGHLY
)
# "its 2.65 per cent gain from Thursday", "the 7.34 percent slump it suffered on Monday"
_MOVE_NOUN_THEN_DAY = re.compile(
    rf"\b{_MOVE_NOUN}\s+(?:(?:it|they)\s+(?:suffered|posted|logged|recorded|notched|saw|had|made|took)\s+)?"
    # "more than recouping the 3.5% slide of the previous session"
    rf"(?:from|on|of)\s+$",
    re.I,
)
_DAY_THEN_MOVE_NOUN = re.compile(
    rf"(?:['’]s)?\s+(?:[\w-]+\s+){{0,2}}?[\d.]+\s?(?:%|per\s?cent|percent|pct)\s+{_MOVE_NOUN}\b", re.I
)
_PERIOD_AFTER_COMMA = re.compile(
    # "over the three trading sessions", "in the past week", "in the first half", "for the third straight
    # week"; not "in the year's biggest one-day drop", "in the first two hours"
    r",\s+(?P<words>(?:over|across|during|in|for)\s+(?:the|a)\s+(?:(?:past|last|first|previous|second|third|"
    r"fourth|fifth|sixth|holiday-shortened|shortened|straight|consecutive)\s+){0,2}(?:(?:two|three|four|five|six|"
    r"seven|eight|nine|ten|\d+)\s+(?:trading\s+)?(?:sessions|days|weeks|months)|week|month|quarter|year|half)"
    r"(?![\w'’-]))"
)
_ON_DAY_AFTER_COMMA = re.compile(
    rf",\s+on\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri)day|{_MONTH_RE}\.?\s+\d{{1,2}}(?:,\s+20\d\d)?)\b"
)
# the close of the session a move before it was told of: "... before ending the day at"
_DAY_RIGHT_AFTER_NAME = re.compile(
    r"\s+(?:(?:late|early|earlier)\s+)?(?:on\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri)day\b|(?:"
    + _MONTH_NAMES
    + r")\b|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.)|\s+(?:yesterday|overnight)\b"
)
_THEN_CLOSED_AT_THE_FIGURE = re.compile(
    r"\b(?:before|and\s+then|then)\s+(ending|closing|finishing|settling)\s+(?:the\s+(?:day|session)\s+)?"
    r"(?:(?:up|down|at)\s+)?[\d.,]+\s*(?:%|per\s?cent|percent|points?)?\s*(?:higher|lower|up|down)?\W*$",
    re.I,
)
_THEN_ENDED = re.compile(
    r"\b(?:before|and\s+then|then)\s+(?:ending|closing|finishing|settling|ended|closed|finished|settled)\b[^,;]*$",
    re.I,
)
_MOVE_NOUN_FROM = re.compile(
    rf"^(\s*(?:[\w-]+\s+)?{_MOVE_NOUN})\s+from\s+(?=(?:Mon|Tues|Wednes|Thurs|Fri)day\b(?!['’]s))", re.I
)
_NAMES_THE_LEVEL = re.compile(
    r"\b(?:record|all-time)(?:\s+(?:closing|intraday|trading))?(?:\s+(?:close|high|peak|finish|level))?\s+of\s+$|"
    # "eclipsing last Thursday's closing high of 8848.8"
    r"(?:['’]s|\bits|\btheir)\s+closing\s+(?:high|peak)\s+of\s+$",
    re.I,
)
# what a dash ending the move's clause adds about it: "— new all-time closing high", "— record close"
_DASH_APPOSITION = re.compile(
    r"\s*(?:--|[\u2014\u2013-])\s+(?:(?:its|their|the|a|an)\s+)?[^,;()\u2014\u2013]*"
)
# "the Dow slipped 0.1% as a drop in weekly jobless claims to a three-year low tempered bets": another thing's
_ANOTHER_THINGS_RECORD = re.compile(
    r"\b(?:as|after)\s+an?\s+(?:drop|fall|rise|jump|decline|slide|surge|increase)\s+in\s+"
    r"(?!(?:the\s+)?(?:index|benchmark))[\w\s-]{1,30}?\s+to\s+an?\s+$",
    re.I,
)
_SINCE_ITS_OWN = re.compile(r"\s+(?:it|the\s+(?:index|benchmark|gauge|market))\s+[a-z]+", re.I)
# ", its lowest close since September", ", also a record close"
_RECORD_APPOSITION = re.compile(
    r"\s*(?:,|--|\u2014|\u2013)\s*(?:also\s+|again\s+)?(?:its|their|the|a|an)\s[^,;()]*"
)
# "close to its all-time high", "within sight of", "on track to top its all-time high": a record not made (but
# "on track for its worst day since April" of a move under way counts, as labellers mostly read it)
_SHORT_OF_THE_RECORD = re.compile(
    r"\b(?:on\s+(?:course|track|pace)|set|poised|head(?:ing|ed)|bound)\s+to\s+"
    r"(?:top|beat|surpass|break|hit|set|reach)\b[^.;,]{0,30}$|"
    r"\b(?:near|close\s+to|shy\s+of|within\s+(?:sight|reach|striking\s+distance|[\w.%-]+)\s+of|"
    # "rose 1.5%, narrowly missing its own all-time high"
    r"hovering\s+(?:near|around)|eyeing|miss(?:ing|ed|es)?)\s+(?:(?:its|their|the|a|an)\s+)?(?:[\w.'’-]+\s+){0,2}$",
    re.I,
)
# ", surpassing its previous closing peak of", " on Friday, topping its prior record", " by the 1 p.m. early
# close in New York, topping Tuesday's record close of": a record beaten
_TOPS_THE_RECORD = re.compile(
    r"(?:[^,;]{0,45}?(?:,|\s+and)){0,2}?\s*(?:surpass(?:ing|ed|es)?|top(?:ping|ped|s)?|eclips(?:ing|ed|es|e)|beat(?:ing|s)?|"
    r"break(?:ing|s)?|broke|pass(?:ing|ed|es)?|exceed(?:ing|ed|s)?|better(?:ing|ed|s)?|overtak(?:ing|es|e)|"
    r"overtook)\s+(?:(?:its|the|their)\s+)?"
    r"(?:(?:previous|prior|old|earlier)\s+(?:(?:all-time|record|closing|intraday)\s+){0,2}(?:record|high|peak|close)|"
    # "topping Tuesday's record close of", "surpassing its Feb. 19 record close of", "eclipsing its Dec. 11
    # closing high of"
    rf"(?:(?:last\s+)?{_WEEKDAY_NAME}['’]s\s+|{_MONTH_RE}\.?\s+\d{{1,2}},?\s+(?:20\d\d,?\s+)?)?"
    r"(?:(?:intraday\s+|closing\s+)?(?:all-time|record)\s+(?:closing\s+|intraday\s+)?(?:record|high|peak|close)|"
    r"closing\s+(?:high|peak|record)|(?:intraday\s+|closing\s+)?record))\b",
    re.I,
)
_NEXT_FIGURE_LEVEL = re.compile(
    r"\b(?:from|below|above|off|under|near|of)\s+(?P<noun>(?:its|their|the|(?<=off\s)an?|"
    + _WEEKDAY_NAME
    + r"['’]s)\s+(?:[\w.-]+\s+){0,3}?(?:record|high|peak|"
    r"low|close|closing\s+(?:high|record|level))\s+of\s*)$",
    re.I,
)


def _group_claims(
    sentence: Sentence,
    subject: _Subject,
    groups: list[_Group],
    scope_end: int,
    lead: str,
    lexicon: IndexLexicon,
    article: _Article,
) -> list[MarketClaim]:
    s = sentence.text
    claims: list[MarketClaim] = []
    prev_end = subject.end
    prev_direction: str | None = None
    from_record = False  # the group is the record a move before it is measured from
    owned_to = 0  # the words up to here tell an earlier group's record
    for gi, group in enumerate(groups):
        next_start = groups[gi + 1].start if gi + 1 < len(groups) else scope_end
        pre = (
            _WHICH_CLAUSE.sub(",", s[prev_end : group.start] + " ") if gi == 0 else s[prev_end : group.start]
        )
        pre_kind = s[prev_end : group.start]
        tail = s[group.end : next_start]
        # "fell 3% and 4%, respectively, on Monday", "rose 3.4%, or 1,384 points, for the week": an aside
        # does not end the words that speak of the figures
        aside = _RESPECTIVELY.match(tail) or _PERIOD_ASIDE.match(tail) or _SET_ON_ASIDE.match(tail)
        if aside:
            post = tail[: aside.end()] + _POST_END.split(tail[aside.end() :], maxsplit=1)[0]
        elif _OTHER_END_BETWEEN.fullmatch(tail):
            post = ""  # "... 1,700 points to a gain of nearly 900": those words are the other end's
        else:
            post = _POST_END.split(tail, maxsplit=1)[0]
        kind_post, measured_from = None, from_record
        from_record = False
        if gi + 1 < len(groups) and (owned := _NEXT_FIGURE_LEVEL.search(post)):
            # "fallen 7 per cent from its Nov 4 intraday record of 52,636.87": the record's words and
            # date are the level's, though they still make the fall a period
            kind_post, post, from_record = post, post[: owned.start("noun")], True
        elif gi + 1 < len(groups) and (owned := _NEXT_FIGURE_NOUN.search(post)):
            # "rose 0.6% to 8,772.38 for a monthly gain of 3.3%": the period noun is the next figure's
            post = post[: owned.start()]
        elif (year := _YEAR_AFTER.match(tail, len(post))) and _MONTH_DAY_END.search(post):
            post = tail[: year.end()]  # "was on Dec. 28, 2021": the comma before a year ends nothing
        bracketed = (
            len(group.figures) == 1
            and group.figures[0].kind == "pct"
            and (opened := _BRACKET_OPEN_BEFORE.search(s, max(0, group.start - 4), group.start)) is not None
            and s.startswith(")", group.end)
        )
        if bracketed and s[subject.end : opened.start()].strip():
            if _NAME_BEFORE_BRACKET.search(s, max(0, opened.start() - 40), opened.start() + 1):
                continue  # "as the Magnificent 7 (-0.9%) lagged", "AMD (+23.71%)": another name's move
        elif bracketed and gi + 1 < len(groups):
            # Deutsche Bank's "The S&P 500 (-0.10%) was up as much as +0.6% shortly after the statement": the
            # bracket is the day's move, the words after it are the next figure's
            post = ""
        inner = s[group.start : group.end]
        prev_end = group.end + len(post)
        if _is_modal(pre) and not re.search(r"\b(?:which|that)\b", pre) and not _FUTURES.search(pre):
            continue  # "could fall 5%"; but "is expected to open 45 points lower" is a futures call
        if _ON_AVERAGE.search(pre) or _ON_AVERAGE.search(post):
            continue  # "has suffered a decline of at least 10% roughly once every 18 months on average"
        if _IF_BEFORE.search(s, max(0, subject.start - 12), subject.start):
            continue  # a condition: "if the S&P 500 falls 7% ..., halts again at a 13% drop"
        if _AGAINST_A_CURRENCY.match(tail):
            continue  # "It has lost more than 5 per cent against the dollar": a currency's move
        if _DATA_SUBJECT_BEFORE.search(pre_kind):
            continue  # "was up 1.2% by midday after US consumer prices rose 2.9%": the data's figure
        pct, pts = group.slot("pct"), group.slot("points")
        if (
            subject.is_object
            and (by := _BY_AMOUNT.search(pre))
            and not (pct and _PARTICLE_BEFORE.search(pre, 0, by.start()) and not _ALONE.search(s))
        ):
            # "lifting the Nikkei by about 600 points": a contribution, not the index's move; but
            # "dragging the Philadelphia Semiconductor Index down by 1.2 percent" is its move
            continue
        level, cross = group.slot("level"), group.slot("cross")
        direction, _word = _direction(pre[-80:], inner, post)
        noun = (
            _MOVE_NOUN_AFTER.match(s, pct.end)
            if pct and not pts
            # "pointing to a 21-point, or 0.2%, rise": the noun after the percentage that restates the points
            else _NOUN_AFTER_RESTATED.match(s, pct.end)
            if pct and pts and pts.start < pct.start and direction is None
            else None
        )
        if noun:  # "recovering from a 1.2% weekly loss"
            word = noun.group(1).lower()
            singular = word[:-2] if word[:-2] in _DOWN_NOUNS else word[:-1] if word.endswith("s") else word
            direction = "down" if word in _DOWN_NOUNS or singular in _DOWN_NOUNS else "up"
        elif pct and not pts and (told := _ITS_MOVE_AFTER.match(s, pct.end)):
            # "recovering about half of the 4.2 per cent it lost on Monday": the verb after the figure
            direction = _direction(told.group("verb"), "", "")[0] or direction
        if (
            direction is None
            and (pct or pts)
            and subject.is_object
            and (cause := _CAUSATIVE.search(s, max(0, subject.start - 40), subject.start))
            and cause.group(0).lower().startswith(("lift", "boost", "help", "drag", "pull"))
        ):
            # "Alibaba soars 19% ..., lifting Hang Seng Index 2.2%": the cause's verb says which way
            direction = "down" if cause.group(0).lower().startswith(("drag", "pull")) else "up"
        stated = _SIGNED_IN_GROUP.search(inner)
        if stated:  # "recovered slightly and stood at 31,846.22, down 3.9%": the figure's own word
            direction = _DIRECTION_OF.get(stated.group(1).lower(), "down")  # "off" is a fall
        # "Nikkei 225 (+1.2%)", "DAX: 24,217.37 (-0.3%)"
        moved = pct or pts
        first_move = min((f for f in (pct, pts) if f), key=lambda f: f.start, default=None)
        signed = _SIGN_BEFORE.search(pre.rstrip()) or (first_move and _sign_before(s, first_move.start))
        if signed and (direction is None or bracketed):
            direction = "up" if signed.group(1) in _UP_SIGNS else "down"
        if direction is None and pts and (spread := _PREMIUM_OF.search(s, max(0, pts.start - 40), pts.start)):
            # "GIFT Nifty was trading at 26,045, a premium of nearly 60 points from ... previous close"
            direction = "up" if spread.group("word").lower() == "premium" else "down"
        adverb = _ADVERB_AFTER.match(s, moved.end) if moved else None
        if adverb:
            direction = "up" if adverb.group("up") or adverb.group("up_") else "down"
        if (
            cross is not None
            and not (pct or pts)
            and (over := _CROSS_WORD.search(s, max(0, cross.start - 25), cross.start))
        ):
            # "closed above the 4,000 mark ... as easing trade tensions": the crossing's own word
            direction = "down" if over.group(0).lower() in _DOWN_CROSS else "up"
        if direction is None and cross is not None:
            direction = (
                "down"
                if _DOWN_CROSS & set(re.findall(r"[a-z]+", s[max(0, cross.start - 25) : cross.start].lower()))
                else "up"
            )
        if direction is None and (pct or pts) and prev_direction:
            direction = prev_direction
        if direction is None and (pct or pts):  # "Stocks fell: the S&P 500 by 1.2%, the Nasdaq by 1.9%"
            direction = _direction(lead[-80:], "", "")[0]
        context_direction, prev_direction = prev_direction, direction
        # "now sits just above the 4,040-point plateau": a level the verb places, a close unless the words say
        # otherwise
        is_bare = (
            not pct
            and not pts
            and direction is None
            and not (_SITS_NEAR.search(pre[-50:]) and _SITS_NEAR_PLATEAU.match(s, group.start))
        )
        local = pre_kind[-90:] + " " + inner + " " + (kind_post or post)[:50]
        # "The sharp drop in the morning reflected Wall Street's steep losses Friday, when the Nasdaq
        # plunged 3.56%": the when-clause tells its own kind
        kind_lead = lead[when.end() :] if (when := _in_when_clause(lead, len(lead))) else lead
        kind, evidence = _kind(local, kind_lead, tail, subject, group, is_bare)
        if kind != "futures" and (
            early := _EARLY_MOVE_BEFORE.search(s, max(0, group.start - 45), group.start)
            or (None if pct or pts else _EARLY_GAINS_TOOK_IT.search(s, max(0, group.start - 90), group.start))
        ):
            # "after giving up early gains of nearly 2%", "in a reversal from early losses of 1%"
            kind, evidence = "intraday", early.group(0).strip()
            direction = (
                "down" if early.group("noun").lower().startswith(("loss", "slide", "decline")) else "up"
            )
        if kind not in ("futures", "period") and (
            tally := _TALLY_BEFORE.search(s, max(0, group.start - 90), group.start)
        ):
            kind, evidence = "period", tally.group(0).strip()
        if kind not in ("futures", "period") and (
            measured := _PERIOD_APPOSITION_BEFORE.search(s, max(0, group.start - 90), group.start)
        ):
            kind, evidence = "period", measured.group(0).strip()
        if (
            kind is None
            and (timed := _STATED_TIME_AFTER.match(post))
            and (at := _clock_gmt(timed.group(0), article.published)) is not None
            and (trading := _is_open(lexicon, subject.index_id, article.published, at)) is not None
        ):
            # "the S&P 500 gained 0.5% at 1545 GMT": live then, or the close when its market had shut
            kind, evidence = ("intraday" if trading else "close"), timed.group("time")
        if kind == "intraday" and _cue_place(evidence) == lexicon.region(subject.index_id):
            kind = "close"  # "the FTSE 100 was down 0.5% when trading in London ended": its own close
        if (
            kind is None
            and claims
            and _SWING.match(claims[-1].kind_evidence or "")
            and _AND_A.fullmatch(pre_kind)
            # a swing "from" one figure "to" another ends at the close unless the close is told already:
            # "fell 349 points after swinging from a drop of 1,700 points to a gain of nearly 900", but "swung
            # from a gain of 1.9 per cent to a loss of 1.6 per cent" (its close)
            and (
                claims[-1].kind_evidence.lower().endswith("between")
                or any(c.claim_kind == "close" for c in claims)
            )
        ):
            # "swinging between a 4.7% loss and a 3.4% gain": both ends of the swing
            kind, evidence = claims[-1].claim_kind, claims[-1].kind_evidence
        if (
            kind is None
            and (had := _WHICH_HAD_BEFORE.search(pre_kind))
            and _ASIDE_THEN_CLOSED.match(s, group.end)
        ):
            # "The Dow, which had risen more than 700 points, finished down 386.51 points": earlier that day
            kind, evidence = "intraday", had.group(0).strip(", ")
        old_close = days_close = None
        if kind == "futures" and is_bare and (prev_close := _PREV_CLOSE_BEFORE.search(pre[-40:])):
            # "futures pointed to a higher open at 25,650, against the previous close of 25,540.78": the
            # index's own close
            kind, evidence = "close", prev_close.group(0).strip()
        elif is_bare and (
            (
                (kind != "close" or measured_from)
                and (old_close := _RECORD_CLOSE_BEFORE.search(s, max(0, group.start - 50), group.start))
            )
            # "The S&P 500's previous record close was 6,144.15, set on Feb. 19"
            or (old_close := _RECORD_CLOSE_WAS.search(s, max(0, group.start - 50), group.start))
        ):
            # "about 0.6% below its record close of 6,890.89": that record's close; "from Friday's record
            # close of 21,394.93": that day's
            kind, evidence = "close", old_close.group(0).strip()
            if day_close := _DAYS_CLOSE_BEFORE.search(s, max(0, group.start - 50), group.start):
                days_close = day_close.group("day")
        elif (
            not pct
            and not pts
            and (old_close := _DAYS_CLOSE_BEFORE.search(s, max(0, group.start - 50), group.start))
        ):
            # "to 50,512.32, up from Friday's close of 49,299.65": that day's close, which no move reaches
            kind, evidence, direction = "close", old_close.group(0).strip(), None
            days_close, old_close = old_close.group("day"), None
        between = s[group.figures[0].end : group.figures[-1].start] if len(group.figures) > 1 else ""
        # "wiping out its 2.65 per cent gain from Thursday": the move of that day, not one measured from it
        # (a move told as a noun before its index reads on to a day right after the name: "a 1% rise in the
        # tech-heavy Nasdaq Composite on Wednesday", not "A 0.9% gain in the Nasdaq lifted shares on Monday")
        date_limit = (
            subject.end + day_next.end() - group.end
            if group.end < subject.start and (day_next := _DAY_RIGHT_AFTER_NAME.match(s, subject.end))
            else 40
        )
        date_post = _MOVE_NOUN_FROM.sub(
            lambda m: m.group(1) + " " * (len(m.group(0)) - len(m.group(1))), post[:date_limit], count=1
        )
        if (
            kind not in ("period", "futures")
            and not post.strip()
            and (period := _PERIOD_AFTER_COMMA.match(s, group.end))
        ):
            # "gained 540.86 points, or 2.02 percent, over the three trading sessions this week"
            kind, evidence = "period", period.group("words")
        if not date_post.strip() and (day_after := _ON_DAY_AFTER_COMMA.match(s, group.end)):
            # "plunged 2,644 points, or 7.83%, on April 7": the comma closes the figures, not the clause
            date_post = s[day_after.start() : day_after.end() + 12]  # "..., on Aug. 5 last year"
        if not pct and not pts and _RECORD_CLOSE_BEFORE.search(s, max(0, group.start - 50), group.start):
            # "its record close of 6,932.05 from Christmas Eve": the day that close was set
            date_post = _FROM_BEFORE_A_DAY.sub(" ", date_post, count=1)
        ref, date_ev, explicit = _date(pre[-70:], date_post, lead, article.published, between)
        if (
            not explicit
            and level is not None
            and (ended := _ENDED_A_PERIOD_AT.search(s, max(0, group.start - 60), group.start))
            and (last := _last_day_of(ended, article.published)) is not None
        ):
            # "The index ended 2024 at 2,399.49": that year's last session, on or before Dec. 31
            ref, date_ev, explicit = last, ended.group(0).strip(), True
        if (
            ref is not None
            and date_ev
            and (at := s.find(date_ev, group.end, group.end + 60)) >= 0
            and (listed := _DAY_LIST_AFTER.match(s, at + len(date_ev)))
        ):
            # "lost 1,000 points on Thursday and Friday last week": two sessions, no one of them
            ref, date_ev = None, s[at : listed.end()]
        if days_close:
            ref, date_ev, explicit = _date(
                "",
                "",
                days_close if days_close.lower().startswith("last") else f"on {days_close}",
                article.published,
            )
        if (
            kind == "intraday"
            and explicit
            and ref is not None
            and ref < article.published
            and (evidence or "").lower() in ("morning", "this morning", "afternoon", "this afternoon")
            and _THIS_PART_OF_DAY.search(lead)
            and evidence.lower() not in local.lower()
            and date_ev
            and s.find(date_ev, group.end, group.end + 40) >= 0
        ):
            # "U.S. stock futures were higher this morning ... after a rout dragged the S&P 500 down 1.16% on
            # Wednesday": the lead's time is the report's, the move's own earlier day is a session's close
            kind, evidence = "close", _AFTER_THE_SESSION
        if (
            not explicit
            and kind in ("close", "intraday", None)
            and (when := _in_when_clause(s, group.start)) is not None
            and (day := _DAY_BEFORE_WHEN.search(s, max(0, when.start() - 30), when.start())) is not None
        ):
            # "has climbed 21.4 per cent from its close on April 7, when it plunged 13.2 per cent": that day
            ref, date_ev, explicit = _date("", "", day.group(0), article.published)
        elif (
            kind in ("close", "intraday", None)
            and (when := _in_when_clause(s, group.start)) is not None
            and (year := _YEAR_BEFORE_WHEN.search(s, max(0, when.start() - 30), when.start())) is not None
            and not (explicit and date_ev and s.find(date_ev, when.end()) >= 0)
            # not a day's move of that year: "since 2008, when it plunged 10.6% in a single session"
            and not _ONE_DAY_WORDS.search(s, when.end(), min(len(s), group.end + 60))
            # the words that set its kind are not the when-clause's own ("at the end of 2024" before it)
            and (evidence in _DEFAULT_EVIDENCE or s.find(evidence, when.end()) < 0)
        ):
            # "the steepest rise since 1999, when it jumped 82.8 percent": that year's move
            kind, evidence = "period", year.group(0)
        if (
            date_ev
            and date_ev.lower().startswith(("overnight", "last night"))
            and article.home_region in ("europe", "americas")
            and lexicon.region(subject.index_id) == "asia"
        ):
            # "In Asia overnight, Hong Kong's Hang Seng jumped 1.6%" in a London or New York report: Asia's
            # night is the report's morning, so its session is of the report's day
            ref = article.published
        if (
            not explicit
            and kind == "close"
            and claims
            and claims[-1].index_id == subject.index_id
            and claims[-1].date_evidence
            and _THEN_ENDED.search(pre[-40:])
        ):
            # "breached 4,000 points during Tuesday's session before ending the day at 3,988.22": that day
            ref, date_ev = claims[-1].reference_date, claims[-1].date_evidence
        if kind == "close" and old_close is not None and not days_close:
            # the record's own date ("its Oct. 28 record close of", "... set on July 11"), else no session
            ref, date_ev, explicit = _date(
                s[max(0, old_close.start() - 20) : group.start],
                s[group.end : group.end + 40],
                "",
                article.published,
            )
            if not explicit:
                # "below its record close of 45,014.04 set in December": a close of no session told
                ref, date_ev = None, None
        if kind == "intraday" and (evidence or "").lower().startswith("as of") and ref == article.published:
            # "fell 1.6% as of 4 p.m. New York time": a stated time at or after the close is the close
            at = _clock_gmt(s[s.find(evidence) :][:60], article.published) if evidence in s else None
            if at is not None and _is_open(lexicon, subject.index_id, article.published, at) is False:
                kind, evidence = "close", _SPACES.sub(" ", s[s.find(evidence) :][:40]).split(" time")[0]
        if kind == "intraday" and _PAST_WEAK.match(evidence or "") and ref == article.published:
            # "London's FTSE 100 was flat at 8,998.06" after its close: "was" tells of the close, not of
            # live trading, when the report's clock is past the close, or (no clock) the report states
            # the close of a market that closes with it and has no live cue for its region
            is_open = _clock_open(subject, sentence.no, lexicon, article)
            if is_open is False or (
                is_open is None
                and _closed_by_then(lexicon, subject.index_id, article)
                and (lexicon.region(subject.index_id) or article.home_region) not in article.live_regions
            ):
                kind, evidence = "close", _AFTER_THE_SESSION
        if (
            kind is None
            and not explicit
            and sentence.no not in article.entry_clocks
            and (stamp := _STAMP_LINE.match(s))
            and not _tells_the_day(s)
        ):
            kind, evidence = (
                "intraday",
                stamp.group(1) or stamp.group(2),
            )  # "3.45pm: The Sensex plunged 1,337.39"
        if (
            kind is None
            and is_bare
            and level
            and (range_ := _RANGE_BEFORE.search(s, max(0, group.start - 60), group.start))
        ):
            kind, evidence = "intraday", range_.group("words")
        if kind is None and is_bare and level and (hit := _HIT_EXTREME.search(pre[-45:])):
            # "is down 1.23 percent at 42,743.00, after hitting a low of 42,555.11 earlier": the day's extreme
            kind, evidence = "intraday", hit.group(0).strip()
        dated_record = False
        if (
            kind is None
            and is_bare
            and level
            and (not explicit or ref is not None)
            and (hit := _HIT_RECORD.search(pre[-45:]))
        ):
            # "ended the morning up 26.50 points, after hitting an all-time high of 3,136.47": its peak;
            # "hit an all-time high of 52,636.87 on Nov. 4": the peak of the day named, with no way of its own
            # (one of a month, "reached its all-time high of 41,889.16 in July 2024", stays unknown)
            kind, evidence, dated_record = "intraday", hit.group(0).strip(), explicit
        elif (
            kind is None
            and is_bare
            and level
            and explicit
            and ref is not None
            and (peak := _RECORD_PEAK_OF.search(pre[-45:]))
            and _SET_ON_AFTER.match(s, group.end)
        ):
            # "its previous peak of 26,277.35 hit on September 27, 2024", "its record high of 24,771.34 set on
            # October 9": the peak of the day named, as "hit an all-time high of X on Nov. 4" is; a close when
            # the words say so ("..., when it closed at a record", "..., at the close", "On a closing basis")
            # or a record close tops it ("closed at a record 48,704.01 on Thursday, eclipsing its previous
            # high")
            closing = (
                bool(_CLOSED_WHEN.match(s, group.end, group.end + 90))
                or bool(_CLOSING_BASIS.search(s, 0, group.start))
                or bool(_TOPPED_BY_A_CLOSE.search(s, 0, group.start))
            )
            kind, evidence, dated_record = "close" if closing else "intraday", peak.group(0).strip(), True
        if (
            kind is None
            and ref is None
            and date_ev
            and _TWO_DAYS.search(date_ev)
            and not _EACH_DAY.search(sentence.text)
        ):
            # "lost 10.5 per cent over Thursday and Friday": two sessions together (not "on both Thursday
            # and Friday", "on Thursday and Friday, respectively")
            kind, evidence = "period", date_ev
        if kind is None:
            kind, evidence = _default_kind(subject, is_bare, explicit, ref, lexicon, article, sentence.no)
            if kind == "unknown" and not explicit:
                # "from its record high of 24,771 points reached in early October": a level of no day told
                ref, date_ev = None, None
        extreme = (
            _EXTREME_BEFORE.search(pre[-40:]) if direction is None and kind == "intraday" and level else None
        )
        way = (
            ("down" if (extreme.group(1) or extreme.group(2)).lower() == "low" else "up") if extreme else None
        )
        if way and way == context_direction and not dated_record:
            # "is up 0.65% at 48,401.11, after touching a high of 48,510.92": the day's way, to its extreme
            direction = way
        session_ref = ref
        if kind == "period":
            ref = None
        # "ended the year at 50,339.48, up 26% for 2025": a closing level, then a period move
        moved_fig = pct or pts
        # "ended last week down 1.5 percent, closing at 23,530 on Friday": a move, then the closing level
        closing = (
            None
            if kind != "period" or level is None or not moved_fig
            else _CLOSE.search(pre_kind[-60:]) or _HEAD_OF_CLOSES.search(lead)
            if level.start < moved_fig.start
            else _CLOSING_AT.search(s, moved_fig.end, level.start)
        )
        own_pre = pre[-80:]
        # "tumbled 3.9% to 35,702.18, its lowest close since September, and is down 10.5% for the quarter":
        # the apposition after a move is its record, not the next move's
        apposition = _RECORD_APPOSITION.match(tail, len(post)) if gi < len(groups) - 1 else None
        appo_rec = _RECORD.search(apposition.group(0)) if apposition else None
        appo_end = apposition.end() if appo_rec else None
        if appo_end is not None and group.end + appo_end >= groups[gi + 1].start:
            # "soared 75.63 percent this year, the biggest annual gain since it jumped 82.8 percent in 1999":
            # the record is this move's, the next its measure; not "a day after closing at a record 6,901.00":
            # the record of that level
            since_its_own = appo_rec.group(0).lower().endswith("since") and _SINCE_ITS_OWN.match(
                apposition.group(0), appo_rec.end()
            )
            appo_end = apposition.start() + appo_rec.end() if since_its_own else None
        record_text = own_pre + inner + (tail if gi == len(groups) - 1 else post)
        record_text += tail[len(post) : appo_end] if appo_end is not None else ""
        if (
            gi == len(groups) - 1
            and (dash := _DASH_APPOSITION.match(s, scope_end))
            and _RECORD.search(dash.group(0))
        ):
            record_text += dash.group(0)  # "$SPX +0.32% to 6,932.05 — new all-time closing high"
        hedges = [f.hedge for f in group.figures if f.hedge]
        sign = -1.0 if direction == "down" else 1.0
        skip = max(0, owned_to - (group.start - len(own_pre))) if gi else 0
        record = next(
            (
                r
                for r in _RECORD.finditer(record_text)
                if r.start() >= skip
                and not _RECORD_REFERENCE.search(record_text, 0, r.start())
                and _crosses_a_level(r)
                and not _SHORT_OF_THE_RECORD.search(record_text, max(0, r.start() - 45), r.start())
                and not _ANOTHER_THINGS_RECORD.search(record_text, max(0, r.start() - 60), r.start())
            ),
            None,
        )
        if record is None and level is not None and level is group.figures[0]:
            # "since its Oct. 28 record close of 6,890.89": the move's reference point is the level's record
            record = _NAMES_THE_LEVEL.search(s, max(0, group.start - 45), group.start)
        if record is None and gi + 1 < len(groups) and direction != "down" and kind != "period":
            # "rose 0.31% to 24,390.15, eclipsing its previous record close of 24,314.77": the old record is
            # the next figure's, and topping it makes this one a record
            record = _TOPS_THE_RECORD.match(tail)
        owned_to = group.end + appo_end if appo_end is not None else owned_to
        record_scope, record_after = _record_scope(record, ref) if record else (None, None)
        if record and (
            # "lost 0.1% after touching a 10-year high" (not a level: "retreating from its record close of")
            ((pct or pts) and not _fits_the_record(record_scope, direction))
            or (kind == "period" and _SPAN_HIGH.match(record.group(0)))
            or (
                kind != "period"
                and (evidence not in _DEFAULT_EVIDENCE or date_ev)  # a day's move, not one a later pass
                and _PERIOD_PERFORMANCE.match(record.group(0))  # may read as the period's
            )
        ):
            # "gained about 28 percent, recovering from a five-year low" (a level's record, not the
            # period's); "rises 0.3% ... to close out its strongest year in more than a decade" (the year's)
            record, record_scope, record_after = None, None, None
        claims.append(
            MarketClaim(
                sentence_no=sentence.no,
                sentence=s,
                char_start=sentence.start + subject.start,
                char_end=sentence.start + subject.end,
                index_id=subject.index_id,
                index_surface=subject.surface,
                claim_kind=kind,
                direction=direction,
                move_pct=sign * pct.value if pct else None,
                pct_decimals=pct.decimals if pct else None,
                points=sign * pts.value if pts else None,
                points_decimals=pts.decimals if pts else None,
                level=level.value if level else None,
                level_decimals=level.decimals if level else None,
                crosses_level=cross.value if cross else None,
                is_record=record is not None,
                record_scope=record_scope,
                record_after=record_after,
                is_hedged=bool(hedges),
                hedge=hedges[0] if hedges else None,
                verb=_verb(pre[-80:], inner + post),
                kind_evidence=evidence,
                reference_date=ref,
                date_evidence=date_ev,
            )
        )
        if closing:
            period_claim = claims.pop()
            # "ends October at record 4,107.50, up nearly 20% for month": the record and the hedge before the
            # move are the level's, those after it the period's
            # (or, with the level after the move, the record between them: "gained 2.2% for the week, posting
            # its first record close since November 2021 at 2,467.70")
            record_at = record.start() - len(own_pre) + group.start if record is not None else -1
            level_record = (
                record is not None
                and record.string is record_text
                and (
                    record_at < moved_fig.start
                    if level.start < moved_fig.start
                    else moved_fig.end <= record_at < level.start
                )
            )
            move_hedges = [f.hedge for f in group.figures if f is not level and f.hedge]
            # "closed flat at 548.52 points, leaving it up 4.0% for the month": each part its own word
            level_word = _FLAT_WORD.search(pre[-40:])
            period_word = _direction(s[level.end : moved_fig.start], "", "")[0]
            if period_word and period_word != period_claim.direction:
                sign = -1.0 if period_word == "down" else 1.0
                period_claim = replace(
                    period_claim,
                    direction=period_word,
                    move_pct=sign * abs(period_claim.move_pct) if period_claim.move_pct is not None else None,
                    points=sign * abs(period_claim.points) if period_claim.points is not None else None,
                )
            claims.append(
                replace(
                    period_claim,
                    claim_kind="close",
                    kind_evidence=closing.group(0),
                    direction="flat" if level_word else None,
                    move_pct=None,
                    pct_decimals=None,
                    points=None,
                    points_decimals=None,
                    is_record=level_record,
                    record_scope=_record_scope(record, session_ref)[0] if level_record else None,
                    record_after=_record_scope(record, session_ref)[1] if level_record else None,
                    is_hedged=level.hedge is not None,
                    hedge=level.hedge,
                    reference_date=session_ref,
                )
            )
            claims.append(
                replace(
                    period_claim,
                    level=None,
                    level_decimals=None,
                    is_hedged=bool(move_hedges),
                    hedge=move_hedges[0] if move_hedges else None,
                    **(
                        {"is_record": False, "record_scope": None, "record_after": None}
                        if level_record
                        else {}
                    ),
                )
            )
    return claims


_LEVEL_AFTER_THE_CHANGE = re.compile(r"%\)?\s+(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+)\s*$")


def _strip_claims(
    line: str,
    strip: list[tuple[Sentence, list[Mention]]],
    lexicon: IndexLexicon,
    article: _Article,
    section: str,
) -> list[MarketClaim]:
    """The claims of a ticker strip's cells (``_ticker_strip``): each cell's own, its level after the change
    too ("CAC 40 ▼ 1.9% 7,928"), under way or closed at the time the strip's first cell gives ("10:12
    PARIS")."""
    first = line.split("|", 1)[0].strip()
    clock = _zoned_clock(first) or _zoned_clock(f"{first.title()} time")
    published = article.published
    out = []
    for cell, cell_own in strip:
        for c in _sentence_claims(cell, cell_own, [], lexicon, article, section, None):
            if c.level is None and (after := _LEVEL_AFTER_THE_CHANGE.search(cell.text)):
                number = after.group(1).replace(",", "")
                c = replace(c, level=float(number), level_decimals=len(number.partition(".")[2]))
            if clock and c.kind_evidence in _DEFAULT_EVIDENCE and c.reference_date == published:
                is_open = _is_open(lexicon, c.index_id, published, _gmt_minutes(*clock, published))
                if is_open is not None:
                    c = replace(c, claim_kind="intraday" if is_open else "close", kind_evidence=first)
            out.append(c)
    return out


def _ticker_strip(sentence: Sentence, own: list[Mention]) -> list[tuple[Sentence, list[Mention]]] | None:
    """The cells of a ticker strip, a line of cells split by "|" after a first cell of its time or place
    ("2:41 PM ET", "CLOSE 17:45 CET") that each open with an index's name and go on with its figures, as
    sentences of their own with their mentions; None unless two cells do."""
    parts = sentence.text.split("|")
    if len(parts) < 3 or len(parts[0]) > 30 or not own or own[0].char_start < sentence.start + len(parts[0]):
        return None
    cells = []
    start = sentence.start
    for part in parts:
        lead = len(part) - len(part.lstrip())
        text = part.strip()
        at = start + lead
        inside = [m for m in own if at <= m.char_start < at + len(text)]
        if len(inside) == 1 and inside[0].char_start == at and _DIGIT.search(text, inside[0].char_end - at):
            cells.append((replace(sentence, start=at, end=at + len(text), text=text), inside))
        start += len(part) + 1
    return cells if len(cells) >= 2 else None


def _default_kind(
    subject: _Subject,
    is_bare: bool,
    explicit_date: bool,
    ref: date | None,
    lexicon: IndexLexicon,
    article: _Article,
    sentence_no: int = -1,
) -> tuple[str, str | None]:
    """Kind when the words say nothing: a plain past-tense move is a close, or intraday in a live report
    (one whose clock falls in the exchange's regular session, else one with a live cue for the index's
    region that states no close of its exchange)."""
    if is_bare:
        return "unknown", None
    is_open = _clock_open(subject, sentence_no, lexicon, article) if ref == article.published else None
    if is_open is not None:
        return ("intraday", _LIVE_REPORT) if is_open else ("close", _AFTER_THE_SESSION)
    region = lexicon.region(subject.index_id)
    if (
        (region or article.home_region) in article.live_regions
        and not _closed_by_then(lexicon, subject.index_id, article)
        and ref == article.published
        and not _cued_only_later(lexicon, subject.index_id, article)
    ):
        return "intraday", _LIVE_REPORT
    return "close", _AFTER_THE_SESSION


def _cued_only_later(lexicon: IndexLexicon, index_id: str, article: _Article) -> bool:
    """Whether the report's story index (a Sydney report's ASX 200) is live only by cues of exchanges that
    close after its own ("Japan's Nikkei was down 0.5 per cent in afternoon trade" in a close report from
    Sydney, whose market shut an hour before Tokyo's)."""
    if index_id != article.story_index or lexicon.market(index_id) in article.cue_markets:
        return False
    if (lexicon.region(index_id) or article.home_region) in article.cue_markets:
        return False
    own = lexicon.session_gmt(index_id, article.published)
    if own is None:
        return False
    return any(
        lexicon.market(other) in article.cue_markets
        and (hours := lexicon.session_gmt(other, article.published)) is not None
        and hours[1] > own[1]
        for other in lexicon.hours
    )


def _clock_open(subject: _Subject, sentence_no: int, lexicon: IndexLexicon, article: _Article) -> bool | None:
    """Whether the index's exchange trades at the time the sentence was written: its live-blog entry's
    time, else the report's clock, unless the report states that exchange's close (None: no clock, or
    hours unknown)."""
    entry = article.entry_clocks.get(sentence_no)
    if entry is not None:
        return _is_open(lexicon, subject.index_id, article.published, entry)
    if article.clock is None:
        return None
    is_open = _is_open(lexicon, subject.index_id, article.published, article.clock)
    if is_open:
        return _close_group(lexicon, subject.index_id) not in article.closed_markets
    # a wrap updated through the day ("DAX was up 3.2% by 1400 GMT ... Wall Street opened higher"):
    # a live cue for the index's own exchange, or one for its region that names no index, outweighs
    # the earlier clock; a cue next to other exchanges' indices does not ("Japan's Nikkei was down 2.3%
    # in afternoon trade" leaves a Sydney close at 4:30pm AEDT a close)
    # (but not a stamp of the report's latest version at its top, "Updated: 5:02pm, 21 Feb, 2025": no cue in
    # it is later)
    region = lexicon.region(subject.index_id) or article.home_region
    cued = lexicon.market(subject.index_id) in article.cue_markets or region in article.cue_markets
    return None if is_open is None or (cued and not article.clock_is_stamp) else False


_WEST = frozenset({"americas", "europe"})
# a morning note's greeting or title: "Good morning.", "What you need to know today", "Five Things to Start
# Your Day"
_MORNING_GREETING = re.compile(
    r"\b(?:[Gg]ood\s+morning|What\s+you\s+need\s+to\s+know\s+today|Five\s+Things\s+to\s+Start\s+Your\s+Day)\b"
)
# A report written before the home market opens: "may extend its winning streak", "the lead from Wall Street"
_PRE_OPEN = re.compile(
    r"\b(?:tipped\s+to\s+(?:open|follow)|(?:set|expected|poised|likely)\s+to\s+(?:(?:\w+ly|fall|rise|drop|slip|climb|gain|edge|extend|surge|soar|jump|tumble|sink|plunge|rebound|slide|bounce|"
    # ("Australian shares are set to fall when trading resumes after the Australia Day long weekend")
    r"dip|lift|higher|lower|sharply|firmly)\s+){0,3}(?:(?:at\s+the\s+)?open(?:ing\s+bell)?|"
    r"when\s+(?:trading|the\s+market)\s+(?:resumes|reopens|opens|starts|begins))|may\s+(?:extend|add\s+to|"
    r"open|continue|snap|halt|end)|lead\s+from\s+Wall\s+Street|ahead\s+of\s+the\s+open|before\s+the\s+open|"
    # "Bursa Malaysia is expected to trade in a tight range today"
    r"(?:set|expected|poised|likely)\s+to\s+trade\b[^.\n]{0,40}?\btoday|"
    # a morning note's greeting and its day ahead: "Good morning.", "What to watch today:"; its title
    # ("Morning Note: Japan trade deal lifts Asia", "CommSec Morning Report")
    r"[Gg]ood\s+morning|[Ww]hat\s+to\s+watch\s+today|Morning\s+(?:Note|Report|Brief|Briefing|Call|Wrap|Thoughts)|"
    # "on track for a sharply weaker start to Friday's session", "set for a sharply lower start on Monday"
    r"(?:on\s+track|on\s+course|set|poised|headed|heading)\s+for\s+an?\s+(?:[\w-]+\s+){0,3}?"
    r"(?:start|open|opening)\b|"
    # "pointing to a positive start to trade", "point to a weaker open"
    + _POINTING
    + r"\s+to\s+an?\s+(?:[\w-]+\s+){0,2}(?:start|open|opening)(?:\s+to\s+(?:trade|trading|the\s+session))?)\b"
)


# another market's futures before a pre-open cue: "U.S. futures pointed to a higher open on Wall Street"
_WESTERN_BEFORE = re.compile(
    r"\b(?:U\.?S\.?|Wall\s+Street|S&P\s+500|Dow(?:\s+Jones)?|Nasdaq(?:\s+100)?|Europe(?:an)?|Euro\s+Stoxx|FTSE|DAX|Dax|"
    r"Stoxx|STOXX|CAC)(?:\s+[\w-]+){0,2}\s+(?:futures|contracts|e-minis)\b[^.,;\n]{0,40}$"
)
_WESTERN_AFTER = re.compile(r"\s+(?:on|for|in)\s+(?:Wall\s+Street|New\s+York|Europe)\b")


_WALL_STREET_LEAD_DAY = re.compile(
    r"\blead\s+from\s+Wall\s+Street\s+is\s+(?:[\w-]+\s+){1,3}?as\s+(?:stocks|the\s+major\s+(?:averages|indexes|indices))\s+"
    rf"(?:opened|finished|ended|closed|started|spent|moved|traded)\b[^.\n;]*?\bon\s+({_WEEKDAY_NAME})\b"
)


def _before_the_home_open(text: str) -> bool:
    """Whether the report is written before its home market opens: a pre-open cue that is not about New
    York's or Europe's open ("Australian shares are set to open higher", not "U.S. stock futures pointed to
    a higher open on Wall Street")."""
    for m in _PRE_OPEN.finditer(text):
        line_start = max(text.rfind(".", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
        if _WESTERN_BEFORE.search(text, line_start, m.start()) or _WESTERN_AFTER.match(text, m.end()):
            continue
        return True
    return False


def _closed_by_then(lexicon: IndexLexicon, index_id: str, article: _Article) -> bool:
    """Whether the report states the close of a market of the index's region that closes with the
    index's own or later that day: a Hong Kong close report says Shanghai "was flat at 3,480.11" after
    Shanghai's close too."""
    if _close_group(lexicon, index_id) in article.closed_markets:
        return True
    own = lexicon.session_gmt(index_id, article.published)
    region = lexicon.region(index_id)
    if own is None or region in _WEST:
        return False
    for other in lexicon.hours:
        if lexicon.region(other) == region and _close_group(lexicon, other) in article.closed_markets:
            hours = lexicon.session_gmt(other, article.published)
            if hours is not None and hours[1] >= own[1]:
                return True
    return False


def _same_clock(lexicon: IndexLexicon, one: str, other: str) -> bool:
    """Whether a time of day ("by midday") means one moment for both indices: the same group of exchanges
    that close together (New York; London, Frankfurt and Paris), or in Asia the same time zone."""
    if lexicon.region(one) in _WEST or lexicon.region(other) in _WEST:
        return _close_group(lexicon, one) == _close_group(lexicon, other)
    zones = {known[0] if (known := lexicon.hours.get(i)) else None for i in (one, other)}
    return len(zones) == 1 and None not in zones


def _close_group(lexicon: IndexLexicon, index_id: str) -> str:
    """The markets that close at one moment with an index's own: New York's exchanges close together,
    and so do London, Frankfurt and Paris (16:30 London time); in Asia each exchange keeps its hours."""
    region = lexicon.region(index_id)
    return region if region in _WEST else lexicon.market(index_id)


# A sentence that dates a market's session ("U.S. stocks finished Friday's session higher") and the
# place words that say which market it is about when it names no index.
def _as_word(caps: str) -> str:
    """A word of a lead in capitals as prose writes it: "SHARES" -> "shares", "PHILIPPINE" -> "Philippine",
    "US" stays."""
    if len(caps) <= 3:
        return caps
    return (
        caps.lower()
        if caps.lower() in ("shares", "stocks", "markets", "equities", "indexes")
        else caps.title()
    )


_CAPS_LEAD = re.compile(r"\A(?:[A-Z][A-Z'’.-]+ )+(?=[A-Za-z])")
_SESSION_WORDS = re.compile(
    r"\b(?:finish|finished|close|closed|ended|session|trading|traded|[Ss]tocks|shares|indexes|indices|markets?|"
    # "In Seoul on Tuesday morning, however, investors took some profit."
    r"Wall\s+Street|profit[- ]taking|(?:took|booked|locked\s+in|cashed\s+in)\s+(?:some\s+)?(?:profits?|gains)"
    # "The crash of April 7 wiped out most of those gains."
    r"|(?:crash|rout|sell-?off|meltdown|plunge|rally|rebound)\s+of"
    r"(?=\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))"
    r")\b"
)
_PLACES = (
    (
        "americas",
        # "U.S.-China"; not "the US dollar", "U.S. Treasury yields", "U.S. President": no market
        re.compile(
            r"\b(?:U\.S\.|(?:US|Wall Street|New York|American)\b)(?!\s+(?:dollars?|Treasury|Treasuries|"
            r"yields?|bonds?|President|Federal|Fed|tariffs?|economy|inflation|officials?|government|"
            r"administration)\b)"
        ),
    ),
    ("europe", re.compile(r"\b(?:Europe|European|London|Frankfurt|Paris)\b")),
    (
        "asia",
        re.compile(
            r"\b(?:Asia|Asian|Tokyo|Japan|Japanese|Seoul|Korea|Korean|Hong Kong|China|Chinese|mainland|"
            r"Shanghai|Shenzhen|Sydney|Australia|Australian|India|Indian|Mumbai|Taiwan|Taiwanese|Taipei|Singapore|Singaporean|"
            r"Philippine|Philippines|Manila|Indonesia|Indonesian|Jakarta|Malaysia|Malaysian|Kuala Lumpur|"
            r"Thailand|Thai|Bangkok|Vietnam|Vietnamese|Hanoi|New Zealand)\b"
            # not "the New Zealand dollar", "the Thai baht", "Japanese yen"
            r"(?!\s+(?:dollars?|baht|yen|won|yuan|renminbi|rupee|rupiah|ringgit|peso|currency|bonds?|yields?)\b)"
        ),
    ),
)


# The leading lookahead lets the engine skip to the characters a hint can start with.
_FRAME_HINT = re.compile(
    r"(?=[MTWFSJAONDtyY0-9])(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|[Yy]esterday|"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d|the\s+\d{1,2}(?:st|nd|rd|th)\b|"
    r"\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))"
)
# "The market will be shut on Thursday", "Until the details of the tariffs are known on Wednesday", "likely to
# stay cautious until the trade talks on Thursday" (not "rallied until the final hour of trading on Monday")
_FROM_A_FIGURE_BEFORE = re.compile(
    # (not "their heaviest one-day fall in more than 27 years yesterday", a span of time)
    # ... "topping the roughly 29 billion traded on Monday"
    r"\b(?:from|than|versus|vs\.?|topping|exceeding|surpassing|beating)\s+(?:the\s+)?(?:(?:roughly|about|some|nearly)\s+)?"
    r"(?:Rs\.?\s?|\$|US\$|£|€)?[\d.,]+\s*"
    r"(?:(?!(?:years?|months?|weeks?|decades?|days?|sessions?)\b)[a-z]+\s+){0,2}(?:on\s+)?$"
    # an offer's price against a close: "a 30.3 percent premium to Wednesday's close"
    r"|\b(?:premium|discount)\s+(?:to|over|on|from)\s+(?:[\w'’]+\s+){0,3}?(?:on\s+)?$",
    re.I,
)
# ("Asian markets look set for another difficult session on Tuesday")
_FUTURE = re.compile(
    r"\b(?:will|would|shall|due\s+to|expected\s+to|scheduled|set\s+to|set\s+for|poised\s+for|brac(?:e|es|ing)\s+for|"
    r"next|Until)\b"
)
# a sentence whose main verb is to come: "The market will be closed on Thursday for Christmas Day and ..."
_WILL_OPENS = re.compile(r"(?:[\w'’&.-]+\s+){1,6}?(?:will|is\s+set\s+to|is\s+due\s+to)\s", re.I)
_FALLS_ON_BEFORE = re.compile(r"\bfalls\s+(?:on\s+)?$")
_FROM_LAST_BEFORE = re.compile(r"\b(?:from|than|versus|against)\s+(?:last\s+)?$", re.I)
# "may drift until the trade talks on Thursday" (not "kept selling until the end of trading on Thursday")
_UNTIL_TO_COME = re.compile(r"\b(?:may|might|could|likely|wait(?:ing)?)\b[^;]{0,50}\buntil\b[^;]{0,50}$")
_DUE_ON_A_DAY = re.compile(r"\bdue\s+(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri)day\b")
# a day someone spoke, not a session ("Jensen Huang said on Tuesday")
# "fell sharply after the jobs data on Thursday": the day of the data is the session that took it
_AFTER_DATA = re.compile(r"\b(?:after|following)\s+(?:[\w'’.-]+\s+){0,5}$", re.I)
_DATA_BEFORE = re.compile(
    r"\b(?:figures|data|reading|readings|report|reports|release|numbers|decision|meeting|auction|speech|"
    r"testimony|earnings|results|minutes)\s+(?:due\s+|out\s+)?$|"
    # "Lee Jae-myung's victory in the presidential election on June 3rd": a vote's day, not a session
    r"\b(?:election|elections|vote|referendum|summit|inauguration)\s+on\s+$",
    re.I,
)
_SAID_BEFORE = re.compile(
    r"\b(?:said|says|told\s+\w+|announced|reported|released|published|issued|warned|wrote|noted|added|stated|forecast|unveiled)\s+"
    r"(?:(?:late|early)\s+)?$"
)
_NOT_A_SESSION_BEFORE = re.compile(
    # "if Beijing didn't withdraw its levies by Tuesday": a deadline
    # "since hitting a 10-month low on April 7": the day a period runs from
    r"\b(?:since|since\s+(?:hitting|reaching|touching|setting|marking)\s+(?:[\w-]+\s+){1,4}?on|by|until|"
    # "jobless claims ... in the week ended July 12th": a data release's week (not "Market snapshot (week
    # ended Aug. 8)", that Friday's closes)
    r"(?:quarter|year|month|half|period)\s+(?:ended|ending|to)|\bin\s+the\s+week\s+(?:ended|ending)|"
    # jobless claims "for the week ended Sept. 20" (not "Closing levels for the week ended Nov. 21")
    r"(?<!levels\s)(?<!closes\s)\bfor\s+the\s+week\s+(?:ended|ending)|"
    r"(?:take|takes|taking|took|come|comes)\s+(?:into\s+)?effect(?:\s+on)?|effective(?:\s+on)?|"
    # "will be closed from Wednesday through Oct. 8 and reopen on Oct. 9": a session to come
    r"(?:reopen|reopens|reopening|resume|resumes|resuming)(?:\s+trading)?(?:\s+on)?|"
    # "The market is closed Friday for Independence Day": a day of no session
    r"(?:is|are|will\s+be|remains?|stays?)\s+(?:shut|closed)(?:\s+on)?|"
    # "an additional 100% tariff on imports from China starting Nov. 1": when something begins
    r"starting(?:\s+on)?|beginning(?:\s+on)?)\s+$|"
    # "The rout followed a 1.5 per cent drop on Thursday": the day before the one the report tells of
    r"\bfollow(?:ed|s|ing)\s+(?:a|an)\s+(?:[\w.%-]+\s+){0,5}?(?:drop|fall|decline|loss|slide|gain|rise|rally|"
    r"jump|surge|plunge|tumble|selloff|sell-off|rout|advance)\s+$|"
    # "after a wobbly Monday": the day the one told of follows (but "closed higher after a choppy Monday
    # session" tells of that session)
    r"(?P<after>\bafter\s+an?\s+(?:[\w-]+\s+)?)$"
)
# ... told by the market that closed it: "Wall Street closed higher after a choppy Monday session" (not
# "Asian shares rose after a choppy Monday session on Wall Street")
_CLOSED_BEFORE = re.compile(r"\b(?:closed|ended|finished|settled)\b[^,;]*$")
_SESSION_AFTER = re.compile(r"(?:['’]s)?\s+(?:session|trading)\b")
_FIRST_CROSSED = re.compile(
    r"\bfirst\s+(?:broke|broken|crossed|topped|breached|passed|rose\s+above|climbed\s+above)\s+(?:through\s+|above\s+)?"
    r"(?:the\s+)?(?:[\w-]+\s+){0,2}?\d",
    re.I,
)
_RECOVERING_BEFORE = re.compile(
    r"\b(?:recover(?:ing|ed|s)?|recoup(?:ing|ed|s)?|revers(?:ing|ed|es)|par(?:ing|ed|es)|eras(?:ing|ed|es)|"
    r"gave\s+back|giv(?:ing|es)\s+back|"
    r"extend(?:ing|ed|s)|after|following|despite|"
    # "Asian markets had a tougher session, as they caught up with Friday's slide on Wall Street"
    r"catch(?:ing|es)?\s+up\s+with|caught\s+up\s+with|(?<!on\s)track(?:ing|ed|s)?|react(?:ing|ed|s)?\s+to)\b[^,.;]{0,30}$"
)
_FUND_FLOWS = re.compile(
    r"\b(?:FPIs?|FIIs?|DIIs?|(?:[Ff]oreign|[Dd]omestic)\s+(?:portfolio|institutional)\s+investors)\b[^.]{0,40}?"
    r"\b(?:bought|sold|net\s+bought|net\s+sold|purchased|offloaded|pumped|pulled|invested|withdrew|"
    # "Foreign institutional investors (FIIs) were net sellers in the capital markets on Wednesday"
    r"(?:were|was)\s+net\s+(?:buyers|sellers))\b"
)
_OTHER_ASSETS = re.compile(
    r"\b(?:yields?|Treasur(?:y|ies)|bonds?|crude|oil|dollar|yen|euro|gold|[Bb]itcoin|crypto)\b"
)
_STOCK_WORDS = re.compile(
    r"\b(?:[Ss]tocks?|[Ss]hares|[Ee]quities|[Ii]nde(?:x|xes|ices)|Wall\s+Street|[Bb]ourses?|"
    # "Tokyo markets finished higher": a place's markets
    r"(?:Tokyo|Seoul|Hong\s+Kong|Shanghai|Shenzhen|Sydney|Mumbai|Taipei|Singapore|London|Frankfurt|Paris|Asian|"
    r"European|Chinese|Japanese|Korean|Indian|Australian|American|U\.S\.|US|Global|World|Regional|Equity|Stock)"
    r"\s+markets?)\b"
)
# a market shut for a holiday: "was closed on Wednesday and Thursday for the Lunar New Year"
_CLOSED_FOR_A_BREAK = re.compile(
    r"\b(?:was|were|remained|been)\s+(?:closed|shut)\s+(?:[\w.]+\s+){0,5}?for\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?"
    r"(?:holidays?|festival|New\s+Year|break)\b|"
    # "Mainland markets were closed from Jan. 28 to Feb. 4"
    r"\b(?:was|were|remained|been)\s+(?:closed|shut)\s+(?:from|between)\b",
    re.I,
)
# a market closed for the day, not a session's close ("were closed on Friday", "had been shut")
_SHUT_BEFORE = re.compile(
    # ("London markets are closed on Friday for Good Friday and on Monday for Easter Monday")
    r"\b(?:been|being|was|were|be|is|are|remained|stayed|remain|stay)\s+(?:then\s+|also\s+)?(?:closed|shut)\s+"
    # "was then shut on Thursday and Friday": each day of the list
    r"(?:(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri)day\s+(?:and|or|through|to)\s+)?$"
)
# a holiday named by its weekday, or a day a market is shut for one: "closed on Friday for Good Friday and on
# Monday for Easter Monday"
_HOLIDAY_BEFORE = re.compile(r"\b(?:Good|Easter|Holy|Maundy)\s+$")
_FOR_A_HOLIDAY_AFTER = re.compile(
    r"\s+for\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){1,3}?(?:Day|Friday|Monday|[Hh]oliday|Festival|Year)\b"
)


def _states_date(c: MarketClaim) -> bool:
    """Whether the text states the claim's own date ("on Friday"), not only "previous close"."""
    return bool(c.date_evidence) and not c.date_evidence.lower().startswith(("previous", "prior"))


# before a verb: a move looked back on from another ("after a 3.8% slide", "after losing", "had fallen")
_EARLIER_MOVE_BEFORE = re.compile(
    r"\b(?:after|had|having|following)\s+(?:an?\s+)?(?:[\d.,]+\s*(?:%|per\s*cent|percent|pct)\s+)?$", re.I
)


def _sets_context(c: MarketClaim, sentence_start: int, published: date, is_lead: bool = False) -> bool:
    """Whether a dated claim dates what follows: its date opens the sentence ("On Monday, the Nikkei
    ...") or dates a close-to-close move ("rose 2% on Friday") or, in the report's lead, a crossing at a close
    of the last few days ("The KOSPI closed above the 4,000 mark for the first time ever on Monday"); not a
    past record's date ("a record high of 43,876.42 on August 19", "retreating from Monday's record close
    of")."""
    if c.claim_kind not in ("close", "intraday") or not _states_date(c):
        return False
    if (c.kind_evidence or "").startswith("table column") or c.date_evidence.endswith(_TABLE_HEAD):
        return False  # a table's row dates no prose after the table
    if c.verb and (at_verb := c.sentence.find(c.verb, c.char_end - sentence_start)) >= 0:
        if _EARLIER_MOVE_BEFORE.search(c.sentence, max(0, at_verb - 30), at_verb):
            return False  # "closed 0.2% lower, after a 3.8% slide on Friday", "had fallen": a look back
    at = c.sentence.find(c.date_evidence)
    when = _in_when_clause(c.sentence, c.char_start - sentence_start)
    if (
        when is not None
        and 0 <= at
        and c.sentence[at + len(c.date_evidence) : when.start()].strip() == ""
        and c.reference_date is not None
        and (published - c.reference_date).days > 7
    ):
        # "Its closing low for the year was 31,136.58 on April 7, when it plunged 7.8%": a look back on a
        # day long gone dates nothing after it
        return False
    if c.sentence[max(0, at - 6) : at].lower() == "since ":
        return False  # "in its first session since Thursday, when it closed 0.8% higher": a look back
    # the day itself, after the "on" its evidence may start with
    day_at = at + 3 if c.date_evidence.lower().startswith("on ") else at
    if at >= 0 and (
        _MOVE_NOUN_THEN_DAY.search(c.sentence, max(0, day_at - 40), day_at)
        or (
            (
                c.date_evidence.endswith(("'s", "’s"))
                or c.sentence.startswith(("'s", "’s"), at + len(c.date_evidence))
            )
            and _DAY_THEN_MOVE_NOUN.match(c.sentence, at + len(c.date_evidence))
        )
    ):
        # "wiping out its 2.65 per cent gain from Thursday", "Thursday's 2.65% gain": a look back
        return False
    if 0 <= at < c.char_start - sentence_start:
        return True
    # "rose 2% on Friday"; not a milestone ("closed above the 4,000 mark for the first time on Oct. 27")
    # unless it is the news the report leads with, of its last few days
    return c.claim_kind == "close" and (
        c.move_pct is not None
        or c.points is not None
        or (
            is_lead
            and c.crosses_level is not None
            and c.reference_date is not None
            and 0 < (published - c.reference_date).days <= 4
        )
    )


_EVENING_AFTER = re.compile(r"\s+(?:evening|night)\b")
_REPORTING_VERB = re.compile(r"\b(?:reported|announced|released|unveiled|disclosed|published|posted)\b")
_WHICH_HAD_BEFORE = re.compile(r",\s+which\s+had\s+[^,;]*$")
_SOMEONE_SAID_AFTER = re.compile(
    r",\s+(?:[A-Z][\w.&'’-]*\s+){1,4}(?:said|says|announced|threatened|unveiled|told|reported)\b"
)
_REPORTED_AFTER = re.compile(r"\s+(?:reported|announced|said|released|unveiled|disclosed|published)\s+(?!\d)")


def _frame(
    sentence: Sentence, index_regions: list[str], published: date, home: str, is_lead: bool = False
) -> tuple[str, date, str] | None:
    """(region, date, evidence) when a sentence without claims dates a market's session, else None.

    The region is that of the sentence's indices, else of its first place word, else ``home``."""
    # "PHILIPPINE SHARES retreated on Thursday": a wire's capitals opening the lead read as words
    s = _CAPS_LEAD.sub(lambda m: " ".join(map(_as_word, m.group(0).split(" "))), sentence.text)
    # "The Nikkei Stock Average plunged on Tuesday as ...": an index's move told without a figure
    if not _may_have_date(s) or not (
        _SESSION_WORDS.search(s) or (is_lead and index_regions and _MOVED_ON_A_DAY.search(s))
    ):
        return None
    if _STOCKS_TO_WATCH.match(s):
        return None  # "Stocks to watch on October 29: Maruti Suzuki, Bharti Airtel"
    if s[:1] in ('"', "\u201c"):
        return None  # a quote: '"... the market decided yesterday's sell-off had gone too far," said'
    if _OTHER_ASSETS.search(s) and not _STOCK_WORDS.search(s):
        return None  # "In the bond market, the yield on the 10-year Treasury rose ... late Tuesday"
    # "The Singapore bourse was closed on Wednesday and Thursday for the Lunar New Year, after a half-day
    # session on Tuesday": the days from a market's break on are of the break, not of a session the report
    # tells of ("Tokyo stocks rose on Tuesday as trading resumed after the market was closed on Monday for a
    # national holiday" still tells of Tuesday)
    pause = _CLOSED_FOR_A_BREAK.search(s)
    break_at = pause.start() if pause else len(s)
    if _FIRST_CROSSED.search(s):
        # "The index first broke through 9,000 during trading last Tuesday": a milestone back then
        return None
    if _DUE_ON_A_DAY.search(s):
        return None  # "ahead of its earnings guidance due Wednesday": a sentence of news to come
    if not index_regions and _FUND_FLOWS.search(s):
        return (
            None  # "FPIs bought shares worth Rs 50.57 crore on Wednesday": a day of flows, not of a session
        )
    for m in _DATE.finditer(s, 0, break_at):
        if (m.group("prev") and m.group(0).lower() != "yesterday") or m.group("my") or m.group("dayafter"):
            continue  # but "Taiwan's benchmark index closed at a record high yesterday" dates a session
        if (
            _FUTURE.search(s, max(0, m.start() - 50), m.start())
            or _UNTIL_TO_COME.search(s, max(0, m.start() - 110), m.start())
            # "The market will be closed on Thursday ... and will resume trading on Friday, ahead of another
            # half-day session on New Year's Eve": a sentence of days to come
            or (_WILL_OPENS.match(s) and not index_regions)
            # "Teachers' Day, which falls on Sunday this year": a holiday's day
            or _FALLS_ON_BEFORE.search(s, max(0, m.start() - 12), m.start())
        ):
            continue  # "The market will be shut on Thursday", "are expected to open higher today after ..."
        if (
            _SAID_BEFORE.search(s, max(0, m.start() - 30), m.start())
            or _REPORTED_AFTER.match(s, m.end())
            # "On Friday, Komeito said it would quit the coalition": a day of news
            or _SOMEONE_SAID_AFTER.match(s, m.end())
            # "..., which had wiped nearly $600 billion off Nvidia's market value on Monday": a look back
            or _WHICH_HAD_BEFORE.search(s, max(0, m.start() - 120), m.start())
            # "reported another quarter of soaring revenue on Wednesday evening": news after that session
            or (_EVENING_AFTER.match(s, m.end()) and _REPORTING_VERB.search(s, 0, m.start()))
        ):
            # "after Chief Executive Jensen Huang said on Tuesday", "Nvidia on Wednesday reported revenue of":
            # a day someone spoke or reported
            continue
        if _DATA_BEFORE.search(s, max(0, m.start() - 30), m.start()) and not _AFTER_DATA.search(
            s, max(0, m.start() - 60), m.start()
        ):
            continue  # "with UK labour market figures on Tuesday": the day of a release, not a session
        if (no_session := _NOT_A_SESSION_BEFORE.search(s, max(0, m.start() - 50), m.start())) and not (
            no_session.group("after")
            and _SESSION_AFTER.match(s, m.end())
            and _CLOSED_BEFORE.search(s, max(0, no_session.start() - 60), no_session.start())
        ):
            continue  # "the weakest since April 9, when", "the quarter ended Oct. 26": no session told of
        if m.group(0).endswith(("'s", "’s")) and _RECOVERING_BEFORE.search(
            s, max(0, m.start() - 40), m.start()
        ):
            continue  # "Asian markets closed higher, recovering part of Wednesday's sell-off": a look back
        if (
            _SHUT_BEFORE.search(s, max(0, m.start() - 30), m.start())
            or _HOLIDAY_BEFORE.search(s, max(0, m.start() - 8), m.start())
            or _FOR_A_HOLIDAY_AFTER.match(s, m.end())
        ):
            continue  # "Hong Kong's market had been closed on Friday for the Ching Ming Festival": no session
        if m.group(0).endswith(("'s", "’s")) and _FROM_LAST_BEFORE.search(
            s, max(0, m.start() - 12), m.start()
        ):
            continue  # "rose 8.42 points to 1,650.31 from last Friday's close": the close it is measured from
        if m.group("wd") and _AHEAD_OF_BEFORE.search(s, max(0, m.start() - 12), m.start()):
            continue  # "Stocks drifted ahead of Friday's jobs report": a day to come
        if _FROM_A_FIGURE_BEFORE.search(s, max(0, m.start() - 40), m.start()):
            continue  # "Volumes decreased to 561.2 million shares from 707.4 million on Monday": a comparison
        if _AFTER_A_HOLIDAY_BEFORE.search(s, max(0, m.start() - 50), m.start()):
            continue  # "After the Ascension Day holiday on Thursday, German shares rose on Friday": Friday
        if (
            _AFTER_BEFORE.search(s, max(0, m.start() - 12), m.start()) and _A_CLOSE_AFTER.match(s, m.end())
        ) or _AFTER_THE_BELL_BEFORE.search(s, max(0, m.start() - 32), m.start()):
            continue  # "Nvidia's numbers, out after Wednesday's close": news after that session, none told of
        if _DAY_LIST_AFTER.match(s, m.end()) or (
            _DAY_LIST_BEFORE.search(s, max(0, m.start() - 24), m.start())
            and _NOT_A_CLAUSE_AFTER.match(s, m.end())
        ):
            continue  # "the $90 billion lost on Thursday and Friday last week": several sessions, not one
        d = _resolve_date(m, published)
        if d is None:
            return None
        if d > published:
            return None  # "Stocks fell ahead of the Fed's decision on 29 October 2025": a day to come
        if _SET_ON_BEFORE.search(s, max(0, m.start() - 30), m.start()) or _DEADLINE_AFTER.match(s, m.end()):
            continue  # "The previous highest close had been set on 15 May 2024", "that July 9 deadline"
        region = next((r for r in index_regions if r), "")
        # "The local stock barometer slipped on Monday, tracking a sell-off on Wall Street": the home's;
        # "... sent global stocks tumbling on Friday": every region's; "Stocks skyrocketed Wednesday after
        # Trump ... raised the duty on Chinese imports": the home's, a place in a clause after the day naming
        # no market (but "Stocks fell on Monday in Hong Kong")
        region = (
            region
            or (home if _LOCAL_MARKET.match(s) else "")
            or (_EVERY_REGION if _GLOBAL_MARKETS.search(s) else "")
            or _place_region(
                s, markets_first=True, end=(sub.start() if (sub := _SUBORDINATE.search(s, m.end())) else None)
            )
            or home
        )
        return region, d, m.group(0).strip()
    return None


_EVERY_REGION = "every region"
_GLOBAL_MARKETS = re.compile(
    r"\b(?:global|world|worldwide)\s+(?:stocks|shares|equities|markets|equity\s+markets|stock\s+markets)\b",
    re.I,
)
_LOCAL_MARKET = re.compile(
    r"\W*(?:The\s+)?local\s+(?:stock\s+|share\s+|equity\s+)?(?:market|barometer|index|benchmark|bourse|shares|stocks)\b",
    re.I,
)


# not "closed higher on Friday and Monday's data could set the tone", "on Friday and Monday will be a holiday"
# the list ends its clause: "lost on Thursday and Friday last week.", "over Thursday and Friday, its worst";
# not "on Monday and on Tuesday it rebounded", "on Wednesday and Thursday markets are closed"
_NOT_LISTED_DAY = r"(?=\s*(?:[.,;:)]|$|\s(?:last|this)\s+week\b|\s(?:sessions?|combined|together)\b))"
_DAY_LIST_AFTER = re.compile(rf"\s+(?:and|or|through|to)\s+{_WEEKDAY_NAME}\b{_NOT_LISTED_DAY}")
_NOT_A_CLAUSE_AFTER = re.compile(_NOT_LISTED_DAY)
_TWO_DAYS = re.compile(rf"{_WEEKDAY_NAME}\s+(?:and|or|through|to)\s+{_WEEKDAY_NAME}")
_EACH_DAY = re.compile(
    rf"\bboth\s+(?:on\s+)?{_WEEKDAY_NAME}\s+and\s+(?:on\s+)?{_WEEKDAY_NAME}|"
    rf"{_WEEKDAY_NAME}\s+and\s+(?:on\s+)?{_WEEKDAY_NAME}(?:\s+(?:last|this)\s+week)?,?\s+respectively"
)
_DAY_LIST_BEFORE = re.compile(rf"\b{_WEEKDAY_NAME}\s+(?:and|or|through|to)\s+$")
# What says a move is under way as the report is written, not looked back on ("as much as", "briefly")
_LIVE_EVIDENCE = re.compile(
    r"\bearly\b|morning|midday|mid-day|afternoon|lunch|\bas\s+of\b|^by\s+\d|time\s+of\s+writing|"
    r"^(?:was|were|is|are)\s+(?:now\s+)?(?:up|down|off|higher|lower|flat)\b",
    re.I,
)


# Words anywhere in a sentence that tell of trading under way, beside a bare "was up"
_LIVE_WORDS = re.compile(
    r"\b(?:early|earlier|morning|midday|mid-day|afternoon|lunch|as\s+of|open|opening|now|so\s+far)\b", re.I
)


_MOVED_ON_A_DAY = re.compile(
    rf"\b(?:{_MOVE_VERBS})\s+(?:[a-z]+\s+){{0,2}}?on\s+(?:Mon|Tues|Wednes|Thurs|Fri)day\b", re.I
)
_AFTER_BEFORE = re.compile(r"\b(?:after|following)\s+$", re.I)
_A_CLOSE_AFTER = re.compile(r"(?:['’]s)?\s+(?:close|closing\s+bell|bell)\b", re.I)
_AFTER_THE_BELL_BEFORE = re.compile(
    r"\b(?:after|following)\s+(?:the\s+(?:close|closing\s+bell|bell|market\s+close)|(?:the\s+)?markets?\s+closed)"
    r"\s+(?:on\s+)?$",
    re.I,
)


class _SessionContext(NamedTuple):
    """The session an earlier sentence set for a region's claims, and what set it."""

    day: date
    evidence: str
    setter: str | None  # the index whose claim set it; None for a sentence without claims
    sentence_no: int
    opens: bool  # whether the date opens that sentence ("On Friday, ...")


def _heads_its_list(sentences: list[Sentence], head: int, row: int) -> bool:
    """Whether sentence ``head`` is a line ending in a colon ("Regional markets yesterday:") and every line
    from it to ``row`` is a short line of its list ("Nikkei 225: +0.18% at 50,581.94")."""
    line = sentences[head].text
    return line.rstrip().endswith(":") and not _heads_live_rows(line) and _rows_below(sentences, head, row)


def _rows_below(sentences: list[Sentence], head: int, row: int) -> bool:
    """Whether every line after ``head`` to ``row`` (at most 12) is a short line of a list with a figure."""
    rows = sentences[head + 1 : row + 1]
    return row - head <= 12 and all(
        len(s.text) < 80 and _DIGIT.search(s.text) and not s.text.rstrip().endswith(":") for s in rows
    )


def _heads_live_rows(line: str) -> bool:
    """Whether a line ending in a colon heads rows trading now: "How Asian markets are trading at midday,
    after Monday's selloff:" dates none of its rows."""
    return line.rstrip().endswith(":") and bool(_NOT_A_DAYS_HEAD.search(line))


def _close_of_an_earlier_day(c: MarketClaim, published: date) -> MarketClaim:
    """A move intraday only because the report is written while its market trades, but dated to an
    earlier day ("Overnight closes (Monday, September 29)" over a Nikkei row in Tuesday's report): that
    day's close."""
    if c.reference_date is None or c.reference_date >= published:
        return c
    if (
        c.kind_evidence == _LIVE_REPORT
        or (
            # "By 1130 GMT, the DAX was up 3.4% at 23,084.20, recouping all of Tuesday's 3.5% slide": the
            # clock is the report's, the slide Tuesday's
            c.claim_kind == "intraday"
            and _AT_A_CLOCK.match(c.kind_evidence or "")
            and (c.date_evidence or "").endswith(("'s", "’s"))
        )
        or (
            # "On December 24, the Sensex fell 116.14 points, while the Nifty was down 5.20 points at
            # 26,171.95": a dated earlier day's "was down" is where it ended
            c.claim_kind == "intraday"
            and _PAST_WEAK.match(c.kind_evidence or "")
            and _INTRADAY_WEAK.fullmatch(c.kind_evidence or "")
            and c.date_evidence is not None
            and not c.date_evidence.endswith(("(earlier sentence)", "'s", "’s"))
        )
    ):
        return replace(c, claim_kind="close", kind_evidence=_AFTER_THE_SESSION)
    return c


def _rows_of_a_close_head(
    claims: list[MarketClaim], sentences: list[Sentence], lexicon: IndexLexicon
) -> list[MarketClaim]:
    """A row under "Here's how US markets closed:" states a close, though the report's clock falls in that
    market's session (an Australian morning note stamped 7.30am AEDT, 3.30pm in New York); not a row under
    "here's how US markets are faring" nor, under "European markets closed:", a row of New York's."""
    out = []
    for c in claims:
        if c.kind_evidence == _LIVE_REPORT:
            head = next(
                (h for h in range(c.sentence_no - 1, max(-1, c.sentence_no - 13), -1)
                 if sentences[h].text.rstrip().endswith(":")),
                None,
            )  # fmt: skip
            verb = _CLOSE_HEAD.search(sentences[head].text) if head is not None else None
            place = _place_region(verb.group("place")) if verb else None
            if (
                verb
                and place in (None, lexicon.region(c.index_id))
                and _rows_below(sentences, head, c.sentence_no)
            ):
                c = replace(c, claim_kind="close", kind_evidence=verb.group("verb"))
        out.append(c)
    return out


# "Here's how US markets closed:", "How Asian markets closed today:" (not "... are faring before the close:")
_CLOSE_HEAD = re.compile(
    r"\bhow\s+(?P<place>(?:[\w.&'’-]+\s+){0,3}?)(?:markets?|stocks|shares|indices|indexes|bourses)\s+"
    r"(?P<verb>closed|ended|finished|settled)\b[^:]*:\s*$",
    re.I,
)


# a head of rows trading now: "How Asian markets are trading at midday, after Monday's selloff:", "here is
# where Asian markets stand at midday:" (not "How Asian markets ended Monday's trading:")
_NOT_A_DAYS_HEAD = re.compile(
    r"\b(?:(?:are|is|were|was)\s+trading|stand|this\s+morning|at\s+midday|today|now|in\s+early\s+(?:trade|trading|deals)|"
    r"at\s+\d{3,4}\s+GMT|after\s+(?:Mon|Tues|Wednes|Thurs|Fri)day['’]s)\b",
    re.I,
)


# a move told in the past perfect, looking back from the report's day: "the Sensex had fallen 313.70 points"
_HAD_MOVED = re.compile(
    r"\bhad\s+(?:last\s+|earlier\s+|previously\s+)?(?:fallen|risen|dropped|slipped|declined|gained|climbed|jumped|"
    r"lost|surged|tumbled|plunged|closed|ended|finished|settled|rallied|advanced|slid|sunk|sank|edged|traded)\b"
)


# a day told in a clause the lead leans on: "after falling on Thursday", "which closed lower on Thursday"
_SUBORDINATE_BEFORE = re.compile(r"\b(?:after|following|since|which|that)\b[^,;]*$", re.I)
_NOT_YET = re.compile(r"\b(?:(?:expected|set|poised|likely)\s+to|opened|opening)\b", re.I)
_TODAY_WORDS = re.compile(r"\btoday(?!['’])\b|" + _THIS_PART_OF_DAY.pattern, re.I)
_MARKET_WORDS = re.compile(
    r"\b(?:stocks|shares|markets?|index|indices|rose|fell|slipped|gained|lost|rebounded|rallied|traded|trading|"
    r"opened|climbed|dropped|extended)\b",
    re.I,
)
_LEAD_CLOSE = re.compile(r"\b(?:to\s+(?:end|close|finish)|closed|ended|finished|settled)\b", re.I)


def _tells_of_today(text: str, published: date) -> bool:
    """Whether a sentence of ``text`` tells of trading on the day of publication: "Shares rebounded on Tuesday
    morning", "Here is how they are trading this morning:" (not "ahead of Tuesday's China data", "The RBI
    governor speaks on Tuesday")."""
    weekday = published.strftime("%A")
    today = re.compile(rf"\bon\s+{weekday}\b(?!['’])|\b{weekday}\s+(?:morning|afternoon)\b")
    return any(
        (today.search(part) or _TODAY_WORDS.search(part)) and _MARKET_WORDS.search(part)
        for part in re.split(r"(?<=[.!?:])\s+|\n", text)
    )


def _tells_of_its_day(lead: str, evidence: str, published: date) -> bool:
    """ "PHILIPPINE SHARES retreated on Thursday" tells of the day its market closed, in its main clause (not
    "Asian shares extended Thursday's losses in early trade", "After a rout on Thursday, Asian shares
    steadied", "Indian equity benchmarks, which ended lower on Wednesday, are expected to open flat")."""
    at = lead.find(evidence)
    return (
        at >= 0
        # not "closed at a record on Monday but slipped on Tuesday morning": a lead of today's trade
        and not _tells_of_today(lead, published)
        and not evidence.endswith(("'s", "’s"))
        and (_LEAD_CLOSE.search(lead) or not (_ARTICLE_INTRADAY.search(lead) or _NOT_YET.search(lead)))
        and not _SUBORDINATE_BEFORE.search(lead, max(0, at - 40), at)
    )


_SUBORDINATE = re.compile(
    r"\b(?:after|as|since|when|while|because|though|although|before|until|which|whose|who|that)\b", re.I
)


def _told_in_the_past_perfect(sentence: str, evidence: str) -> bool:
    """ "On Tuesday, the Sensex had fallen 313.70 points", "had last traded ... on Christmas Eve": the dated
    clause's own verb is a past perfect (not "rebounded on Monday after the market had fallen")."""
    at = sentence.find(evidence)
    if at < 0:
        return False
    for had in _HAD_MOVED.finditer(sentence):
        lo, hi = sorted((at, had.start()))
        if hi - lo < 160 and not _SUBORDINATE.search(sentence, lo, hi):
            return True
    return False


def _carry_dates(
    claims: list[MarketClaim],
    text: str,
    sentences: list[Sentence],
    mentions: list[Mention],
    lexicon: IndexLexicon,
    article: _Article,
) -> list[MarketClaim]:
    """An undated claim takes the session date that an earlier sentence set for its market.

    "Stocks in Hong Kong finished lower on Tuesday." then "The Hang Seng dropped 0.33 percent.": the
    second figure is Tuesday's. A dated claim sets the date for the claims of its region that follow;
    so does a sentence without claims that dates a session ("In New York on Monday, all three main
    U.S. indexes finished at records"), for the region of its index or place words.
    """
    undated = [i for i, c in enumerate(claims) if c.date_evidence is None and c.reference_date is not None]
    if not undated:
        return claims
    by_sentence: dict[int, list[int]] = {}
    for i, c in enumerate(claims):
        by_sentence.setdefault(c.sentence_no, []).append(i)
    # the last sentence to read: that of the last undated claim, or of a later "overnight" the lead's day may
    # move back
    last = max(
        [claims[undated[-1]].sentence_no]
        + [c.sentence_no for c in claims if (c.date_evidence or "").lower().startswith("overnight")]
    )
    # Sentences that may date a session: one scan of the text for weekdays, "Oct. 24" and "the 26th".
    hinted: set[int] = set()
    for m in _FRAME_HINT.finditer(text, 0, sentences[last].start):
        found = sentence_at(sentences, m.start())
        if found is not None:
            hinted.add(found.no)
    hinted.update(x.no for x in sentences[:last] if _region_closed_today(x.text, article.published))
    context: dict[str, _SessionContext] = {}  # region -> the session an earlier sentence set
    # the report's lead: its first sentence after the headline, stamps and bylines
    lead_no = next(
        (
            x.no
            for x in sentences
            if not x.in_headline and not _is_stamp_line(x.text) and not x.text.startswith("By ")
        ),
        -1,
    )
    today_told = False  # whether a sentence has dated a move on the day of publication
    live_at: dict[str, int] = {}  # region -> the last sentence with a move of that region under way today
    latest: dict[str, date] = {}  # index -> the latest session a claim of it has told of so far
    # (sentence no, region) -> the region's session before it, for a sentence dating an index's session before
    # one told
    looks_back: dict[tuple[int, str], _SessionContext | None] = {}
    live_cues: dict[int, tuple[str, str] | None] = {}  # sentence no -> (region, cue) it tells is trading now

    def told_live_between(region: str, lo: int, hi: int) -> str | None:
        """The cue of a sentence between ``lo`` and ``hi`` that names no index and tells of the region's
        trade now ("Asian markets were mixed in early trade."), read only when asked."""
        for k in range(lo + 1, hi):
            if k not in live_cues:
                x = sentences[k].text
                cue = None if k in by_sentence or _OTHER_DAY.search(x) else _ARTICLE_INTRADAY.search(x)
                if cue and _looks_back(x, list(_LOOKING_BACK.finditer(x)), cue.start()):
                    # "The Korea Exchange activated a sell-side sidecar at 9:12 a.m.": told after it
                    cue = None
                place = _place_region(x[: cue.start()], markets_first=True) if cue else None
                live_cues[k] = (place, cue.group(0)) if cue and place else None
            if (found := live_cues[k]) and found[0] == region:
                return found[1]
        return None

    lead_day: date | None = None
    today_since_lead: dict[int, bool] = {}  # sentence no -> whether a sentence since the lead tells of today
    out = list(claims)
    for no in sorted(hinted.union(by_sentence)):
        if no > last:
            break
        sentence = sentences[no]
        own = by_sentence.get(no)
        if not own:  # a hinted sentence without claims
            regions = [
                lexicon.region(m.entity_id) for m in mentions if sentence.start <= m.char_start < sentence.end
            ]
            frame = _frame(sentence, regions, article.published, article.home_region, no == lead_no)
            if (
                frame is None
                and not regions
                and (told := _region_closed_today(sentence.text, article.published))
            ):
                frame = (told[0], article.published, told[1])  # "Asian markets closed higher": today's close
            if frame:
                for region in ("asia", "americas", "europe") if frame[0] == _EVERY_REGION else (frame[0],):
                    context[region] = _SessionContext(frame[1], frame[2], None, no, True)
                if (
                    no == lead_no
                    and frame[0] == "asia"
                    and (article.published - frame[1]).days <= 4
                    and _tells_of_its_day(sentence.text, frame[2], article.published)
                ):
                    lead_day = frame[1]  # the Asian day the report's lead tells of
            continue
        # "Japan's Nikkei was down 0.3% in early trade, while South Korea's Kospi rose 0.4%": one live cue
        # tells of every move in its sentence
        cues = [
            out[i].kind_evidence or ""
            for i in own
            if out[i].claim_kind == "intraday" and _LIVE_EVIDENCE.search(out[i].kind_evidence or "")
        ]
        for i in own:
            c = out[i]
            region = lexicon.region(c.index_id)
            today_told = today_told or (c.date_evidence is not None and c.reference_date == article.published)
            if c.date_evidence is None and c.reference_date is not None:
                known = context.get(region)
                # "On Friday, the Nifty 50 ended lower ... In Asia, Japan's Nikkei was down 0.3% in early
                # trade": a move the words say is under way is the report's own day, unless the earlier
                # sentence dated that same market ("closed ... on Nov. 5. The index fell as far as 3,867.81
                # in the afternoon")
                # Index futures quoted without a day of their own trade as the report is written ("On
                # Monday, the S&P 500 rose 1% ... U.S. futures edged higher" in Tuesday's Asian report)
                # A bare "was down" is live only beside a market on another clock: "On Friday, the Dow
                # jumped 1.08%. The Nasdaq was down 0.5%" tells of Friday
                setter = known.setter if known else None
                cued = c.claim_kind == "intraday" and bool(cues)
                same = lexicon.market
                if cued and all(_PAST_WEAK.match(e) for e in cues) and not _LIVE_WORDS.search(sentence.text):
                    same = lexicon.clock
                live = c.claim_kind == "futures" or (
                    cued and (setter is None or same(setter) != same(c.index_id))
                )
                # "On Friday, the Sensex fell ... Japan's Nikkei 225 slumped 7.1% [in early trade] ... Hong
                # Kong's Hang Seng Index tumbled 9.3% at the open": once a sentence since the frame has told
                # of the region's trade today, another market's move is today's too
                live = live or (
                    c.claim_kind == "intraday"
                    and setter is not None
                    and same(setter) != same(c.index_id)
                    and live_at.get(region, -1) > known.sentence_no
                )
                told_live = (
                    told_live_between(region, known.sentence_no, no)
                    if setter is not None
                    and same(setter) != same(c.index_id)
                    and not live
                    and c.kind_evidence in (_LIVE_REPORT, _AFTER_THE_SESSION)
                    else None
                )
                if told_live:
                    # "Asian markets were mixed in early trade. Japan's Nikkei 225 was up 0.1%, while South
                    # Korea's Kospi fell 0.7%": a sentence that names no index tells of the region's trade now
                    c = out[i] = replace(c, claim_kind="intraday", kind_evidence=told_live)
                    live = True
                if (
                    c.kind_evidence == _LIVE_REPORT
                    and not live
                    and known
                    # a next-day paper's lead tells of its market's close ("Hong Kong stocks plunged the most
                    # in 28 years on Monday") and dates the report's moves, though a later paragraph tells
                    # of Tuesday morning's trade
                    and not (
                        known.day == lead_day
                        and known.sentence_no == lead_no
                        # ... until a sentence tells of today: "Shares rebounded on Tuesday morning", "Here is
                        # how they are trading this morning:"
                        and not today_since_lead.setdefault(
                            no,
                            _tells_of_today(
                                text[sentences[lead_no].start : sentence.start], article.published
                            ),
                        )
                    )
                ):
                    # intraday because the report is written while its market trades: only its own sentence
                    # ("the DAX dropped 1.5% on Friday and the Stoxx 600 lost 1.2%") or one right before that
                    # opens with its day, of a market on the same clock, dates it ("On Friday, the Dow jumped
                    # 1.08% to close at 46,245.41. The S&P 500 gained 0.98%"), not a figure's own day in the
                    # sentence before ("The index tumbled 3.79 percent on Friday. The KOSDAQ gained 1.1%")
                    live = not (
                        known.sentence_no == no
                        or (
                            known.sentence_no == no - 1
                            and known.opens
                            # not "How Asian markets are trading at midday, after Monday's selloff:"
                            and not _heads_live_rows(sentences[known.sentence_no].text)
                        )
                        # "Regional markets yesterday:" heads each row of its list
                        or _heads_its_list(sentences, known.sentence_no, no)
                    ) or (setter is not None and lexicon.clock(setter) != lexicon.clock(c.index_id))
                if (
                    known
                    and today_told
                    and known.setter is not None
                    and lexicon.clock(known.setter) != lexicon.clock(c.index_id)
                    and (article.published - known.day).days > _CONTEXT_DAYS
                    and "\n" in text[sentences[known.sentence_no].end : sentence.start]
                ):
                    # "The Nikkei topped 50,000 on Monday ... On April 7, the benchmark slumped to a close
                    # of 31,136.58." then, in the next paragraph, "South Korea's KOSPI jumped 2.57%": once the
                    # text has told of its own day, a day long gone frames its own paragraph only
                    known = None
                if (
                    known
                    and known.day < article.published
                    and "\n" in text[sentences[known.sentence_no].end : sentence.start]
                    and _told_in_the_past_perfect(sentences[known.sentence_no].text, known.evidence)
                ):
                    # "On Tuesday, the Sensex had fallen 313.70 points ..." looks back from the report's day:
                    # it frames its own paragraph, not "In Asian markets, Japan's Nikkei 225 index ended 1.85
                    # per cent higher" further on
                    known = None
                if (
                    known
                    and c.claim_kind == "intraday"
                    and (article.published - known.day).days > _CONTEXT_DAYS
                    and "\n" in text[sentences[known.sentence_no].end : sentence.start]
                    and not _THAT_DAY.search(sentence.text)
                ):
                    # "On April 10, the S&P 500 dropped 3.5%, ..." in an October report frames its own
                    # paragraph, not the day's trade told after it ("Stocks had opened higher, with the Nasdaq
                    # rising as much as 0.5% in the first hour"); a review's closes of that day may go on, and
                    # so does a sentence of "that session"
                    known = None
                if (
                    known
                    and (known.sentence_no, region) in looks_back
                    and known.setter != c.index_id
                    and text.count("\n", sentences[known.sentence_no].end, sentence.start)
                    # a day long gone that opens its sentence still frames the next paragraph ("On April 8,
                    # the index closed at 4,982.77.\nThe Nasdaq Composite closed at 15,267.91."), no further
                    > (1 if known.opens and (article.published - known.day).days > _CONTEXT_DAYS else 0)
                ):
                    # "The S&P/ASX 200 fell 0.6% to close at 8,745.20. The benchmark slid 1.8% on Tuesday":
                    # the index's session before the one told, a look back that dates no other market's moves
                    # in a later paragraph ("Elsewhere in Asia, Japan's Nikkei fell 0.88%"); the session
                    # before it does
                    known = looks_back[known.sentence_no, region]
                if known and known.day != c.reference_date and not live:
                    c = _replace_date(c, known.day, f"{known.evidence} (earlier sentence)")
                    c = _close_of_an_earlier_day(c, article.published)
                    out[i] = c
            elif c.reference_date is not None and _sets_context(
                c, sentence.start, article.published, no == lead_no
            ):
                if (
                    lead_day is not None
                    and lead_day < article.published
                    and region == "americas"
                    and c.date_evidence.lower().startswith("overnight")
                ):
                    # "PHILIPPINE SHARES retreated on Thursday ... Wall Street's main indices closed higher
                    # overnight" in Friday's paper: the night before the lead's day
                    c = out[i] = _replace_date(c, _previous_weekday(lead_day), c.date_evidence)
                opens = 0 <= c.sentence.find(c.date_evidence) < c.char_start - sentence.start
                if (
                    c.reference_date < article.published
                    and (pause := _CLOSED_FOR_A_BREAK.search(sentence.text))
                    and c.sentence.find(c.date_evidence) > pause.start()
                ):
                    # "The Singapore Exchange was closed on Feb 17 and 18 for the Chinese New Year, after a
                    # half-day session on Feb 16, when the STI edged up 0.1 per cent": the market's break,
                    # told looking back from the report's day, is not the day of the moves told after it
                    continue
                if not opens and (article.published - c.reference_date).days > _CONTEXT_DAYS:
                    # a day long gone that the sentence does not open with ("surpassing the 2,507.45-point
                    # jump in the Sensex on June 3, 2024"): a comparison, not the day the report tells of
                    continue
                set_here = context.get(region)
                if (
                    set_here is not None
                    and set_here.sentence_no == no
                    and set_here.day > c.reference_date
                    and ", when " in sentence.text[: c.char_start - sentence.start]
                ):
                    # "rebounded 1.51% ... on Tuesday, recouping ... the points it lost on Monday, when the
                    # benchmark plunged 13.22%": a look back inside the sentence that told the day
                    continue
                if c.reference_date < latest.get(c.index_id, c.reference_date):
                    looks_back.setdefault(
                        (no, region), context.get(region)
                    )  # the session before the sentence
                context[region] = _SessionContext(c.reference_date, c.date_evidence, c.index_id, no, opens)
        for i in own:
            if out[i].claim_kind == "intraday" and out[i].reference_date == article.published:
                live_at[lexicon.region(out[i].index_id)] = no
            if (
                out[i].claim_kind in ("close", "intraday")
                and (day := out[i].reference_date) is not None
                # a day the words tell, not the publication date by default (unless a frame told it, or the
                # body tells of the move under way: "At 12:35 pm, the Sensex was trading 0.67% higher")
                and (
                    out[i].date_evidence is not None
                    or (
                        out[i].claim_kind in ("intraday", "close")
                        and day == article.published
                        and not sentence.in_headline
                    )
                    or (
                        (told := context.get(lexicon.region(out[i].index_id))) is not None and told.day == day
                    )
                )
            ):
                latest[out[i].index_id] = max(day, latest.get(out[i].index_id, day))
    return out


_CONTEXT_DAYS = 7  # a day further back than this dates later sentences only when a sentence opens with it


_WRITING_TIME = re.compile(r"time\s+of\s+writing|this\s+morning|\bas\s+of\b", re.I)
_WRITING_TIME_WORDS = re.compile(r"\b(?:[Tt]his\s+morning|at\s+the\s+time\s+of\s+writing)\b")


_EARLIEST_US_CLOCK = 6 * 60  # minutes after midnight GMT
# a U.S. report's lead written before New York opens: "Stock futures were mixed early Thursday"
_US_PREMARKET = re.compile(
    r"\b(?:pre-?market|ahead\s+of\s+the\s+(?:open|opening\s+bell)|before\s+the\s+(?:open|opening\s+bell|bell)|"
    r"early\s+(?:Mon|Tues|Wednes|Thurs|Fri)day|(?:Mon|Tues|Wednes|Thurs|Fri)day\s+morning)\b",
    re.I,
)


def _before_asia_trades(
    claims: list[MarketClaim], lexicon: IndexLexicon, article: _Article, text: str
) -> list[MarketClaim]:
    """A report written while Asia trades on its day ("This morning, the Nikkei 225 ... is down 0.9% at the
    time of writing") is written before New York opens that day: an undated U.S. close in it is of the
    session before; so is one in a European report that calls its home market's open ("The FTSE 100 was called
    to open 34 points higher ... Wall Street ended mixed."), and one in any report that says it is written
    before New York opens ("The pan-European STOXX 600 was down 0.3% at 573.62 points at 12:30 CET ... The
    S&P 500 ended flat at 6,890.59")."""
    if (
        article.clock is not None
        and not article.entry_clocks
        and (new_york := lexicon.session_gmt("SPX", article.published)) is not None
        # (a New York clock in GMT may run into the next day: "8:05 PM ET" is 00:05 GMT, so a U.S. report's
        # clock counts from 06:00 GMT, "At 05:10 ET (09:10 GMT)")
        # an hour before New York opens at the latest (a wire's "by 1400 GMT" may be a market's own clock as
        # Wall Street opens)
        and (_EARLIEST_US_CLOCK if article.home_region == "americas" else 0)
        <= article.clock
        < new_york[0] - 60
        # (not a report of Europe's close on its day that quotes a morning clock: "European shares closed
        # higher on Tuesday ... By 1000 GMT, the DAX was up 0.3%")
        and not (
            "europe" in article.closed_markets
            and re.search(rf"\b(?:closed|ended|finished|settled)\b[^.]*\b{article.published:%A}\b", text)
        )
    ):
        # and a U.S. move read as under way only because the report is written on the day ("The S&P 500
        # slipped 0.1% to 6,606.76" in a premarket report) is of that session too
        before = _previous_weekday(article.published)
        claims = [
            replace(
                _replace_date(c, before, _PREVIOUS_ABROAD),
                claim_kind="close",
                kind_evidence=_AFTER_THE_SESSION,
            )
            if c.claim_kind == "intraday"
            and c.kind_evidence == _LIVE_REPORT
            and c.date_evidence is None
            and c.reference_date == article.published
            and lexicon.region(c.index_id) == "americas"
            else c
            for c in claims
        ]
        return _undated_closes_before(claims, lexicon, article)
    if article.clock is None and not article.entry_clocks and _MORNING_GREETING.search(text, 0, 600):
        # a morning note ("Good morning. The Fed cut rates by 25bps last night ... The S&P 500 (-0.10%) was up
        # as much as +0.6%"): New York's and Europe's undated closes are of the session before
        return _undated_closes_before(claims, lexicon, article, regions=("americas", "europe"))
    if (
        article.home_region == "europe"
        and "europe" not in article.closed_markets
        and any(
            c.claim_kind == "futures"
            and lexicon.region(c.index_id) == "europe"
            and c.reference_date == article.published
            and (_CALLED.match(c.kind_evidence or "") or _OPEN_AHEAD.search(text, 0, 400))
            for c in claims
        )
    ):
        # ... and its home market's undated closes too: "The FTSE 100 slipped 0.1% to 9,837.77" before today's
        # open is yesterday's close
        return _undated_closes_before(claims, lexicon, article, regions=("americas", "europe"))
    if (
        article.home_region == "americas"
        and (premarket := _US_PREMARKET.search(text, 0, 400))  # the headline and lead
        and _FUTURES_WORD.search(text, 0, premarket.end())
        and any(c.claim_kind == "futures" and lexicon.region(c.index_id) == "americas" for c in claims)
    ):
        # a U.S. premarket report ("Stock futures were mixed early Thursday ..."): its undated closes are
        # the session before ("The Dow ... closing down 74.37 points, or 0.2%, at 47,632.00")
        return _undated_closes_before(claims, lexicon, article)
    if article.entry_clocks or "asia" not in article.live_regions:
        return claims
    writing_time: dict[int, bool] = {}  # sentence no -> whether it says when it is written
    for c in claims:
        if c.sentence_no not in writing_time:
            writing_time[c.sentence_no] = bool(_WRITING_TIME_WORDS.search(c.sentence))
    if not any(
        lexicon.region(c.index_id) == "asia"
        and c.claim_kind == "intraday"
        and c.reference_date == article.published
        # not "Japan's Nikkei 225 fell 1.1% in early trading" in a New York evening report
        and (
            _WRITING_TIME.search(c.kind_evidence or "")
            or writing_time[c.sentence_no]
            or (article.home_region == "europe" and _LIVE_EVIDENCE.search(c.kind_evidence or ""))
        )
        for c in claims
    ):
        return claims
    return _undated_closes_before(claims, lexicon, article)


def _calls_in_a_list(claims: list[MarketClaim], lexicon: IndexLexicon) -> list[MarketClaim]:
    """ "The FTSE 100 is expected to open 58 points higher at 8,776, the DAX 16 points lower at 24,011 and the
    CAC 40 flat at 7,828": a call's verb is understood over the list after it, for the indices of its region
    (not "with Japan's Nikkei up 0.8% at 50,410 in Tokyo", trading as the call is made)."""
    out: list[MarketClaim] = []
    for c in claims:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.sentence_no == c.sentence_no
            and prev.claim_kind == "futures"
            and _CALLED.match(prev.kind_evidence or "")
            and c.verb is None
            and (c.kind_evidence in _DEFAULT_EVIDENCE or _from_the_lead(c.kind_evidence, prev))
            and lexicon.region(c.index_id) == lexicon.region(prev.index_id)
            and c.date_evidence is None
        ):
            c = replace(
                c, claim_kind="futures", kind_evidence=prev.kind_evidence, reference_date=prev.reference_date
            )
        out.append(c)
    return out


# a headline or lead of a report written before the open: "European Shares Seen Opening Sharply Lower"
_OPEN_AHEAD = re.compile(r"\b(?:seen|set|expected|poised|called|tipped)\s+(?:to\s+)?open(?:ing)?\b", re.I)
_CALLED = re.compile(r"call(?:ed|s)?\b|spread[\s-]bett|" + _OPEN_AHEAD.pattern, re.I)


def _from_the_lead(evidence: str, first: MarketClaim) -> bool:
    """Whether the words that set a claim's kind stand before the first claim of its sentence, so tell of
    the sentence's time, not of the claim ("... look set for a subdued open this morning, with the FTSE
    100 expected to open 3 points lower at 9,883, the DAX 10 points higher at 24,349")."""
    at = first.sentence.lower().find(evidence.lower())
    return 0 <= at < first.sentence.find(first.index_surface)


def _undated_closes_before(
    claims: list[MarketClaim],
    lexicon: IndexLexicon,
    article: _Article,
    regions: tuple[str, ...] = ("americas",),
) -> list[MarketClaim]:
    """Undated closes of ``regions`` (New York's by default) of the report's day, moved to the session
    before."""
    return [
        _replace_date(c, _previous_weekday(article.published), _PREVIOUS_ABROAD)
        if c.claim_kind == "close"
        and c.date_evidence is None
        and c.reference_date == article.published
        and lexicon.region(c.index_id) in regions
        else c
        for c in claims
    ]


def _shift_foreign_sessions(
    claims: list[MarketClaim], lexicon: IndexLexicon, article: _Article, text: str
) -> list[MarketClaim]:
    """In an Asian report, an undated New York or European close is the session before the home one, or
    the home one's own day when the report is written before the next home session opens and looks back
    on an earlier day's ("The STI finished higher on Monday ... The lead from Wall Street is mildly
    positive ... The Dow climbed 0.20%" on Tuesday morning)."""
    if article.home_region != "asia":
        return _before_asia_trades(claims, lexicon, article, text)
    home_closes = [
        c
        for c in claims
        if lexicon.region(c.index_id) == "asia" and c.reference_date and c.claim_kind == "close"
    ]
    # The home session: the first home close whose date the text states, else the first home close; a
    # bare level ("which notched a record closing high of 47,950.88 on Tuesday") is another session's.
    # A report with a home move under way is of the home session of its day ("Tokyo's Nikkei 225 jumped 8.6%
    # in morning trading ... It had lost nearly 8% on Monday").
    live = any(
        lexicon.region(c.index_id) == "asia"
        and c.claim_kind == "intraday"
        and c.reference_date == article.published
        for c in claims
    )
    moves = [c for c in home_closes if c.move_pct is not None or c.points is not None]
    dated = [] if live else [c for c in moves if _states_date(c)] or moves or home_closes
    home = dated[0].reference_date if dated else article.published
    # written before the home market opens, looking back on an earlier day's; read only when it matters
    before_open: bool | None = None if home < article.published else False
    if dated and home < article.published and (dated[0].date_evidence or "").lower().startswith("yesterday"):
        # "the Nikkei fell 1% yesterday" in today's paper: Wall Street's last session is that same day
        before_open = True
    if home < article.published and article.published.weekday() == 5 and _OVERNIGHT.search(text):
        # "On Wall Street, the major indices finished mixed overnight" in Saturday's paper: Friday's night
        before_open = True
    # RTT's preview dated in New York's evening: "The lead from Wall Street is positive as stocks opened
    # higher on Monday" on a Monday is that day's session
    lead = _WALL_STREET_LEAD_DAY.search(text) if home == article.published else None
    lead_today = lead is not None and _WEEKDAYS[lead.group(1).lower()] == article.published.weekday()
    # a clock in GMT or a European zone is on the report's own day (7.30am AEST is the evening before in GMT)
    zoned = _CLOCK_ZONE.search(text) if article.clock is not None else None
    zone = (zoned.group("zone") or zoned.group("city") or zoned.group("city_time") or "") if zoned else ""
    european_clock = _SPACES.sub(" ", zone.lower()) in _EUROPEAN_ZONES
    out = []
    for c in claims:
        if c.claim_kind == "close" and c.date_evidence is None and lexicon.region(c.index_id) in _WEST:
            hours = lexicon.session_gmt(c.index_id, article.published) if european_clock else None
            if hours is not None and article.clock is not None and article.clock >= hours[1]:
                # "Key figures at around 1530 GMT ... London - FTSE 100: DOWN 4.4 percent (close)": today's
                out.append(c)
                continue
            if lead_today:
                out.append(_replace_date(c, home, _SPACES.sub(" ", lead.group(0))))
                continue
            if before_open is None:
                before_open = _before_the_home_open(text)
            if before_open:
                # the night before the report ("overnight" in Tuesday's note after a Monday holiday at home is
                # Monday's New York session, not that of the home market's last close)
                c = _replace_date(c, max(home, _previous_weekday(article.published)), _HOME_DAY_ABROAD)
            else:
                c = _replace_date(c, _previous_weekday(home), _PREVIOUS_ABROAD)
        out.append(c)
    # "the S&P 500 closed down 1.56 per cent, having been up as much as 1.9 per cent earlier in the
    # session": an undated swing beside that close is of the same session
    shifted = {
        (c.sentence_no, c.index_id): c
        for c in out
        if c.claim_kind == "close" and c.date_evidence in (_HOME_DAY_ABROAD, _PREVIOUS_ABROAD)
    }
    # ... and so is a swing told in the past perfect a few sentences after it ("Here's how US markets closed:
    # ... Nasdaq: -1.1%. The Nasdaq had been up as much as 1.4% in the first hour of trade.")
    return [
        _replace_date(c, close.reference_date, close.date_evidence)
        if c.claim_kind == "intraday"
        and c.date_evidence is None
        and lexicon.region(c.index_id) in _WEST
        and (
            (close := shifted.get((c.sentence_no, c.index_id))) is not None
            or (
                _HAD_BEEN.search(c.sentence)
                and (
                    close := max(
                        (
                            x
                            for x in shifted.values()
                            if x.index_id == c.index_id and 0 < c.sentence_no - x.sentence_no <= 4
                        ),
                        key=lambda x: x.sentence_no,
                        default=None,
                    )
                )
                is not None
            )
        )
        and close.reference_date is not None
        else c
        for c in out
    ]


_HAD_BEEN = re.compile(r"\bhad\s+been\s+(?:up|down|higher|lower)\b")


_HOME_DAY_ABROAD = "the home session's day, which has closed abroad too"
_PREVIOUS_ABROAD = "previous session abroad"
_EUROPEAN_ZONES = frozenset({"gmt", "utc", "bst", "london", "cet", "cest", "paris", "frankfurt"})


def _replace_date(c: MarketClaim, d: date, evidence: str) -> MarketClaim:
    return replace(c, reference_date=d, date_evidence=evidence)
