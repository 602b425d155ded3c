"""Pandera schemas of every warehouse table, keyed by table name.

Ingest assets validate parsed rows with them (rows that fail are quarantined with the failed check as
the reason) and asset checks validate the stored tables with them. Column lists are minimums: extra
columns are allowed, so tables can grow without breaking checks.
"""

from __future__ import annotations

import copy

import pandas as pd
import pandera.pandas as pa
from pandera.pandas import Check, Column

from transforms.entities import ENTITY_KINDS as GAZETTEER_KINDS

CLAIM_KINDS = ["close", "intraday", "futures", "period", "unknown"]
DIRECTIONS = ["up", "down", "flat"]
RECORD_SCOPES = ["all_time_high", "all_time_low", "high_since", "low_since", "qualified"]
VERDICTS = ["confirmed", "approximate", "contradicted", "not_comparable", "no_data"]
AR_MODELS = ["mean_adjusted", "market"]
ENTITY_KINDS = ["index", "country", "central_bank", "person", "organisation"]


def _schema(name: str, columns: dict[str, Column], unique: list[str] | None = None) -> pa.DataFrameSchema:
    return pa.DataFrameSchema(columns, unique=unique, strict=False, coerce=False, name=name)


_ID = Column(str, Check.str_matches(r"^[0-9a-f]{16}$"))
_DATE = Column(pa.DateTime, coerce=True)  # DuckDB gives datetime64[us]; parsed rows give dates
_TEXT = Column(str)
_OPT_TEXT = Column(str, nullable=True)

SCHEMAS: dict[str, pa.DataFrameSchema] = {
    "staging.indices": _schema(
        "staging.indices",
        {
            "index_id": Column(str, Check.str_matches(r"^[A-Z0-9_]+$")),
            "name": _TEXT,
            "exchange_calendar": Column(str, Check.str_matches(r"^[A-Z0-9]{4}$")),
            "timezone": _TEXT,
            "currency": Column(str, Check.str_length(3, 3)),
            "benchmark_index_id": _OPT_TEXT,
            "prior_record_close": Column(float, coerce=True, checks=Check.gt(0), nullable=True),
        },
        unique=["index_id"],
    ),
    "staging.entities": _schema(
        "staging.entities",
        {
            "entity_kind": Column(str, Check.isin(sorted(GAZETTEER_KINDS))),
            "entity_id": Column(str, Check.str_matches(r"^[A-Za-z0-9_]+$")),
            "name": Column(str, Check.str_length(min_value=1)),
            "role": _OPT_TEXT,
            "country": _OPT_TEXT,
            "ticker": _OPT_TEXT,
        },
        unique=["entity_kind", "entity_id"],
    ),
    "staging.articles": _schema(
        "staging.articles",
        {
            "article_id": _ID,
            "source": _TEXT,
            "source_kind": Column(str, Check.isin(["text", "jsonl", "rss", "atom"])),
            "published_date": _DATE,
            "published_time_known": Column(bool),
            "body": Column(str, Check.str_length(min_value=1)),
            "n_chars": Column(int, Check.gt(0), coerce=True),
        },
        unique=["article_id"],
    ),
    "staging.rejected_inputs": _schema(
        "staging.rejected_inputs",
        {
            "input_kind": Column(str, Check.isin(["article", "price"])),
            "source": _TEXT,
            "locator": _TEXT,
            "reason": Column(str, Check.str_length(min_value=1)),
        },
        unique=["input_kind", "source", "locator"],
    ),
    "staging.http_cache": _schema(
        "staging.http_cache",
        {
            "url": Column(str, Check.str_matches(r"^https?://")),
            "etag": _OPT_TEXT,
            "last_modified": _OPT_TEXT,
            # the last answer: 2xx with a body, or 304 (revalidated, the cached body kept)
            "status": Column(int, Check.in_range(200, 304), coerce=True),
        },
        unique=["url"],
    ),
    "staging.index_closes": _schema(
        "staging.index_closes",
        {
            "index_id": _TEXT,
            "session_date": _DATE,
            "close": Column(float, coerce=True, checks=Check.gt(0)),
            "open": Column(float, coerce=True, checks=Check.gt(0), nullable=True),
            "high": Column(float, coerce=True, checks=Check.gt(0), nullable=True),
            "low": Column(float, coerce=True, checks=Check.gt(0), nullable=True),
            "source": _TEXT,
        },
        unique=["index_id", "session_date"],
    ),
    "staging.exchange_sessions": _schema(
        "staging.exchange_sessions",
        {"exchange_calendar": _TEXT, "session_date": _DATE},
        unique=["exchange_calendar", "session_date"],
    ),
    "staging.article_mentions": _schema(
        "staging.article_mentions",
        {
            "article_id": _ID,
            "entity_kind": Column(str, Check.isin(ENTITY_KINDS)),
            "entity_id": _TEXT,
            "surface": _TEXT,
            "char_start": Column(int, coerce=True, checks=Check.ge(0)),
            "char_end": Column(int, Check.gt(0), coerce=True),
            "sentence_no": Column(int, coerce=True, checks=Check.ge(0)),
            "in_headline": Column(bool),
        },
        unique=["article_id", "entity_kind", "entity_id", "char_start"],
    ),
    "staging.market_claims": _schema(
        "staging.market_claims",
        {
            "claim_id": _ID,
            "article_id": _ID,
            "sentence_no": Column(int, coerce=True, checks=Check.ge(0)),
            "index_id": _TEXT,
            "claim_kind": Column(str, Check.isin(CLAIM_KINDS)),
            "direction": Column(str, Check.isin(DIRECTIONS), nullable=True),
            "move_pct": Column(float, coerce=True, checks=Check.in_range(-100, 1000), nullable=True),
            "level": Column(float, coerce=True, checks=Check.gt(0), nullable=True),
            "is_record": Column(bool),
            "record_scope": Column(str, Check.isin(RECORD_SCOPES), nullable=True),
            "is_hedged": Column(bool),
        },
        unique=["claim_id"],
    ),
    "staging.article_tone": _schema(
        "staging.article_tone",
        {
            "article_id": _ID,
            "n_words": Column(int, Check.ge(0), coerce=True),
            "lm_positive": Column(int, Check.ge(0), coerce=True),
            "lm_negative": Column(int, Check.ge(0), coerce=True),
            "net_tone": Column(float, Check.in_range(-1, 1), coerce=True),
        },
        unique=["article_id"],
    ),
    "staging.article_themes": _schema(
        "staging.article_themes",
        {
            "article_id": _ID,
            "theme": _TEXT,
            "score": Column(float, Check.in_range(0, 1), coerce=True),
            "n_hits": Column(int, Check.ge(1), coerce=True),
            "evidence": Column(str, Check.str_length(min_value=1)),
        },
        unique=["article_id", "theme"],
    ),
    "staging.article_novelty": _schema(
        "staging.article_novelty",
        {
            "article_id": _ID,
            "story_id": _ID,
            "max_similarity": Column(float, Check.in_range(0, 1), coerce=True),
            "novelty": Column(float, Check.in_range(0, 1), coerce=True),
        },
        unique=["article_id"],
    ),
    "marts.index_returns": _schema(
        "marts.index_returns",
        {
            "index_id": _TEXT,
            "session_date": _DATE,
            "close": Column(float, coerce=True, checks=Check.gt(0)),
            "return_pct": Column(float, coerce=True, checks=Check.gt(-100), nullable=True),
        },
        unique=["index_id", "session_date"],
    ),
    "marts.news_events": _schema(
        "marts.news_events",
        {
            "article_id": _ID,
            "index_id": _TEXT,
            "event_session_date": Column(pa.DateTime, nullable=True, coerce=True),
        },
        unique=["article_id", "index_id"],
    ),
    "marts.claim_checks": _schema(
        "marts.claim_checks",
        {
            "claim_id": _ID,
            "article_id": _ID,
            "story_id": _ID,
            "index_id": _TEXT,
            "verdict": Column(str, Check.isin(VERDICTS)),
            "explanation": Column(str, Check.str_length(min_value=1)),
        },
        unique=["claim_id"],
    ),
    "marts.event_estimates": _schema(
        "marts.event_estimates",
        {
            "article_id": _ID,
            "index_id": _TEXT,
            "event_session_date": _DATE,
            "ar_model": Column(str, Check.isin(AR_MODELS)),
            "est_n_obs": Column(int, Check.ge(0), coerce=True),
            "est_sigma_pct": Column(float, Check.ge(0), coerce=True, nullable=True),
            "insufficient_history": Column(bool),
        },
        unique=["article_id", "index_id"],
    ),
    "marts.event_windows": _schema(
        "marts.event_windows",
        {
            "article_id": _ID,
            "index_id": _TEXT,
            "day_offset": Column(int, Check.in_range(-60, 60), coerce=True),
            "session_date": Column(pa.DateTime, nullable=True, coerce=True),
            "return_pct": Column(float, Check.gt(-100), coerce=True, nullable=True),
            "abnormal_return_pct": Column(float, coerce=True, nullable=True),
            "car_pct": Column(float, coerce=True, nullable=True),
        },
        unique=["article_id", "index_id", "day_offset"],
    ),
    "marts.event_study": _schema(
        "marts.event_study",
        {
            "group_kind": Column(str, Check.isin(["all", "index", "tone", "theme"])),
            "group_value": _TEXT,
            "window": Column(str, Check.str_matches(r"^\[(0|[+-]\d+),(0|[+-]\d+)\]$")),
            "n_events": Column(int, Check.ge(0), coerce=True),
            "mean_car_pct": Column(float, coerce=True, nullable=True),
            "t_stat": Column(float, coerce=True, nullable=True),
            "p_value": Column(float, Check.in_range(0, 1), coerce=True, nullable=True),
            "patell_z": Column(float, coerce=True, nullable=True),
            "bmp_t": Column(float, coerce=True, nullable=True),
            "sign_z": Column(float, coerce=True, nullable=True),
        },
        unique=["group_kind", "group_value", "window"],
    ),
    "marts.daily_news_market": _schema(
        "marts.daily_news_market",
        {
            "index_id": _TEXT,
            "session_date": _DATE,
            "n_articles": Column(int, Check.ge(0), coerce=True),
            "n_stories": Column(int, Check.ge(0), coerce=True),
            "mean_net_tone": Column(float, Check.in_range(-1, 1), coerce=True, nullable=True),
            "return_pct": Column(float, Check.gt(-100), coerce=True, nullable=True),
            "return_z": Column(float, coerce=True, nullable=True),
        },
        unique=["index_id", "session_date"],
    ),
}


def row_failures(
    schema: pa.DataFrameSchema, frame: pd.DataFrame, check_unique: bool = True
) -> dict[int, str]:
    """Row position -> readable reason for every row of ``frame`` that fails ``schema``.

    With ``check_unique=False`` the schema's key uniqueness is not checked (parsed inputs may hold
    the same story twice; identity dedupes them later). Raises if the frame as a whole is unusable
    (a required column missing), which is a bug, not bad input.
    """
    if not check_unique and schema.unique:
        schema = copy.deepcopy(schema)
        schema.unique = None
    try:
        schema.validate(frame, lazy=True)
    except pa.errors.SchemaErrors as errors:
        reasons: dict[int, list[str]] = {}
        for case in errors.failure_cases.itertuples(index=False):
            if case.index is None or case.index != case.index:
                raise
            reasons.setdefault(int(case.index), []).append(
                f"{case.column} {case.failure_case!r} fails {case.check}"
            )
        return {row: "; ".join(dict.fromkeys(parts)) for row, parts in reasons.items()}
    return {}
