"""Verdict rules of sql/marts/claim_checks.sql on the bundled real closes (claims written out here)."""

from __future__ import annotations

from datetime import date

import duckdb

from orchestration.sql import run_sql_file
from tests.sql.conftest import check_claims, load_reference_and_closes, market_with_spx_record_on_july_3

# Real closes: N225 2025-10-27 50,512.32 (prev 49,299.65, +2.4598%); KS11 4,042.83 (+2.5685%);
# HSI 26,433.70 (+1.0457%); SPX 6,875.16 (+1.2290%).


def test_stated_moves_against_real_closes(market):
    checks = check_claims(
        market,
        [
            {"claim_id": "a" * 16, "index_id": "N225", "move_pct": 2.5, "pct_decimals": 1},
            {"claim_id": "b" * 16, "index_id": "KS11", "move_pct": 2.9, "pct_decimals": 1},
            {"claim_id": "c" * 16, "index_id": "HSI", "move_pct": 1.1, "pct_decimals": 1},
            {
                "claim_id": "d" * 16,
                "index_id": "SPX",
                "move_pct": -1.23,
                "pct_decimals": 2,
                "direction": "down",
            },
            {"claim_id": "e" * 16, "index_id": "N225", "move_pct": 2.46, "pct_decimals": 2},
            {
                "claim_id": "f" * 16,
                "index_id": "KS11",
                "move_pct": 2.0,
                "pct_decimals": 0,
                "is_hedged": True,
                "hedge": "more than",
            },
            {"claim_id": "0" * 16, "index_id": "CSI300", "move_pct": 1.2, "pct_decimals": 1},
            {
                "claim_id": "1" * 16,
                "index_id": "SPX",
                "move_pct": 0.8,
                "pct_decimals": 1,
                "claim_kind": "futures",
                "kind_evidence": "futures",
            },
        ],
    )
    verdicts = checks["verdict"].to_dict()
    assert verdicts == {
        "a" * 16: "confirmed",
        "b" * 16: "contradicted",
        "c" * 16: "approximate",
        "d" * 16: "contradicted",
        "e" * 16: "confirmed",
        "f" * 16: "confirmed",
        "0" * 16: "no_data",
        "1" * 16: "not_comparable",
    }
    # a futures claim's figure is not judged against the cash close either
    assert checks.loc["1" * 16, "move_verdict"] == "not_comparable"
    assert checks.loc["a" * 16, "actual_move_pct"] == 2.4598
    assert checks.loc["a" * 16, "error_pp"] == -0.0402
    assert checks.loc["c" * 16, "explanation"] == (
        "move approximate: stated +1.1%, actual +1.05% (close 26433.70 vs 26160.15 on 2025-10-24)"
    )
    assert checks.loc["0" * 16, "explanation"] == (
        "no data: no CSI300 close for the session of 2025-10-27 in staging.index_closes"
    )
    assert checks.loc["1" * 16, "explanation"] == (
        "not comparable: futures figure (futures); index futures are not the index close"
    )
    assert checks.loc["1" * 16, "actual_move_pct"] == 1.229
    # ... and no error is measured for it: the actual move stands beside it for reading only
    assert checks["error_pp"].isna().tolist() == [
        claim_id == "1" * 16 or claim_id == "0" * 16 for claim_id in checks.index
    ]


def test_levels_records_and_first_time_above(market):
    checks = check_claims(
        market,
        [
            # Nikkei +2.5% to top 50,000 for the first time: prior high in data 49,316.06, prior record 42,224.02.
            {
                "claim_id": "a" * 16,
                "index_id": "N225",
                "move_pct": 2.5,
                "pct_decimals": 1,
                "crosses_level": 50000.0,
                "is_record": True,
            },
            # KOSPI +2.9% to a record high: the record holds (close above every earlier close), the % does not.
            {"claim_id": "b" * 16, "index_id": "KS11", "move_pct": 2.9, "pct_decimals": 1, "is_record": True},
            {
                "claim_id": "c" * 16,
                "index_id": "KS11",
                "level": 4042.83,
                "level_decimals": 2,
                "is_record": True,
                "direction": None,
            },
            # Hang Seng record high: far below its 2018 record close.
            {"claim_id": "d" * 16, "index_id": "HSI", "move_pct": 1.1, "pct_decimals": 1, "is_record": True},
            # Nikkei "first time above 45,000" on 10-27 is false: it closed above 45,000 in September.
            {"claim_id": "e" * 16, "index_id": "N225", "crosses_level": 45000.0, "is_record": True},
            # KOSPI fell below 4,100: the close of 4,042.83 is below it.
            {"claim_id": "f" * 16, "index_id": "KS11", "crosses_level": 4100.0, "direction": "down"},
        ],
    )
    rows = checks[["verdict", "move_verdict", "crossing_verdict", "record_verdict", "level_verdict"]]
    rows = rows.astype(object).where(rows.notna(), None)
    assert rows.to_dict("index") == {
        "a" * 16: {
            "verdict": "confirmed",
            "move_verdict": "confirmed",
            "crossing_verdict": "confirmed",
            "record_verdict": "confirmed",
            "level_verdict": None,
        },
        "b" * 16: {
            "verdict": "contradicted",
            "move_verdict": "contradicted",
            "crossing_verdict": None,
            "record_verdict": "confirmed",
            "level_verdict": None,
        },
        "c" * 16: {
            "verdict": "confirmed",
            "move_verdict": None,
            "crossing_verdict": None,
            "record_verdict": "confirmed",
            "level_verdict": "confirmed",
        },
        "d" * 16: {
            "verdict": "contradicted",
            "move_verdict": "approximate",
            "crossing_verdict": None,
            "record_verdict": "contradicted",
            "level_verdict": None,
        },
        "e" * 16: {
            "verdict": "contradicted",
            "move_verdict": None,
            "crossing_verdict": "contradicted",
            "record_verdict": "confirmed",
            "level_verdict": None,
        },
        "f" * 16: {
            "verdict": "confirmed",
            "move_verdict": None,
            "crossing_verdict": "confirmed",
            "record_verdict": None,
            "level_verdict": None,
        },
    }
    assert checks.loc["a" * 16, "prior_high_close"] == 49316.06
    assert (
        "crossing confirmed: close 50512.32 vs above 50000, earlier high 49316.06 on "
        in checks.loc["a" * 16, "explanation"]
    )


def test_history_too_short_is_never_confirmed(market):
    market.execute(
        "update staging.indices set prior_record_close = null, prior_record_date = null where index_id = 'KS11'"
    )
    try:
        from orchestration.sql import run_sql_file

        run_sql_file(market, "marts/index_returns.sql")
        checks = check_claims(
            market,
            [
                {
                    "claim_id": "a" * 16,
                    "index_id": "KS11",
                    "move_pct": 2.57,
                    "pct_decimals": 2,
                    "is_record": True,
                }
            ],
        )
    finally:
        market.execute(
            "update staging.indices set prior_record_close = 3305.21, prior_record_date = date '2021-07-06' where index_id = 'KS11'"
        )
        run_sql_file(market, "marts/index_returns.sql")
    row = checks.loc["a" * 16]
    assert (row["move_verdict"], row["record_verdict"], row["verdict"]) == ("confirmed", "no_data", "no_data")
    assert row["explanation"].endswith(
        "history too short: closes start 2025-01-02 and no prior record close before it is on file"
    )


def test_claim_session_is_the_latest_session_on_or_before_the_reference_date(market):
    checks = check_claims(
        market,
        [
            {
                "claim_id": "a" * 16,
                "index_id": "N225",
                "reference_date": date(2025, 11, 3),
                "move_pct": 1.0,
                "pct_decimals": 1,
            }
        ],
    )
    # Monday 2025-11-03 is a Tokyo holiday: the figure belongs to Friday 2025-10-31's session.
    assert checks.loc["a" * 16, "session_date"].date() == date(2025, 10, 31)


def test_a_futures_claim_s_session_is_the_first_on_or_after_the_reference_date(market):
    """Nikkei futures quoted for Monday 2025-11-03, a Tokyo holiday, trade for Tuesday's session."""
    checks = check_claims(
        market,
        [
            {
                "claim_id": "f" * 16,
                "index_id": "N225",
                "claim_kind": "futures",
                "reference_date": date(2025, 11, 3),
                "move_pct": 1.0,
                "pct_decimals": 1,
            }
        ],
    )
    assert checks.loc["f" * 16, "session_date"].date() == date(2025, 11, 4)


def test_qualified_records_are_judged_against_what_they_say(market):
    """ "highest since ..." beats the closes from record_after on; lows look down; qualified records
    are not checked. HSI closed at 19,828.30 on 2025-04-07 (lowest close since 2025-01-13's 18,874.14;
    the lowest from 2025-02-01 to 04-04 was 20,217.26); on 2025-10-27 at 26,433.70, below 27,140.92 of
    2025-10-03. The Nikkei's 50,512.32 on 2025-10-27 topped every close since the bundled closes start (2025-06-26)."""
    april = {"reference_date": date(2025, 4, 7), "published_date": date(2025, 4, 7), "direction": "down"}
    record = {"is_record": True}
    checks = check_claims(
        market,
        [
            {
                "claim_id": "a" * 16,
                "index_id": "N225",
                **record,
                "record_scope": "high_since",
                "record_after": date(2025, 7, 1),
            },
            {
                "claim_id": "b" * 16,
                "index_id": "N225",
                **record,
                "record_scope": "high_since",
                "record_after": date(2016, 1, 1),
            },
            {
                "claim_id": "c" * 16,
                "index_id": "HSI",
                **record,
                "record_scope": "high_since",
                "record_after": date(2025, 10, 3),
            },
            {
                "claim_id": "d" * 16,
                "index_id": "HSI",
                **record,
                **april,
                "record_scope": "low_since",
                "record_after": date(2025, 2, 1),
            },
            {"claim_id": "e" * 16, "index_id": "HSI", **record, **april, "record_scope": "all_time_low"},
            {"claim_id": "f" * 16, "index_id": "N225", **record, "record_scope": "qualified"},
            {"claim_id": "0" * 16, "index_id": "N225", **record, "record_scope": "high_since"},
        ],
    )
    assert checks["record_verdict"].to_dict() == {
        "a" * 16: "confirmed",
        "b" * 16: "no_data",
        "c" * 16: "contradicted",
        "d" * 16: "confirmed",
        "e" * 16: "contradicted",
        "f" * 16: "not_comparable",
        "0" * 16: "not_comparable",
    }
    assert checks.loc["f" * 16, "verdict"] == "not_comparable"
    assert checks.loc["b" * 16, "explanation"] == (
        "record no_data: close 50512.32 vs highest close 49316.06 since 2016-01-01, "
        "history too short: closes start 2025-06-26"
    )
    assert checks.loc["c" * 16, "explanation"] == (
        "record contradicted: close 26433.70 vs highest close 27140.92 since 2025-10-03"
    )
    assert (
        checks.loc["e" * 16, "explanation"] == "record contradicted: close 19828.30 vs earlier low 18874.14"
    )


def test_a_record_on_its_own_session_is_confirmed_and_earlier_sessions_are_no_data():
    """The S&P 500's record on file set on 2025-07-03 (its real close, 6,279.35): a record claim of that
    session is that record; one of 07-02 cannot be proved by data that starts on 06-27."""
    conn = market_with_spx_record_on_july_3()
    checks = check_claims(
        conn,
        [
            {"claim_id": "a" * 16, "index_id": "SPX", "is_record": True, "reference_date": date(2025, 7, 3)},
            {"claim_id": "b" * 16, "index_id": "SPX", "is_record": True, "reference_date": date(2025, 7, 2)},
        ],
    )
    assert checks["record_verdict"].to_dict() == {"a" * 16: "confirmed", "b" * 16: "no_data"}
    assert checks.loc["a" * 16, "explanation"] == (
        "record confirmed: close 6279.35 vs earlier high 6227.42 on 2025-07-02"
    )
    assert checks.loc["b" * 16, "explanation"].endswith(
        "history too short: closes start 2025-06-27 and no prior record close before it is on file"
    )


def test_an_undated_prior_record_still_names_the_high_it_was_compared_with():
    conn = duckdb.connect(":memory:")
    load_reference_and_closes(conn)
    conn.execute("update staging.indices set prior_record_date = null where index_id = 'SPX'")
    run_sql_file(conn, "marts/index_returns.sql")
    checks = check_claims(
        conn,
        [{"claim_id": "a" * 16, "index_id": "SPX", "is_record": True, "reference_date": date(2025, 6, 27)}],
    )
    # 2025-06-27 is the first S&P 500 row; it beat the prior record close 6,144.15 on file, undated
    assert checks.loc["a" * 16, "explanation"] == "record confirmed: close 6173.07 vs earlier high 6144.15"


def test_a_close_of_no_session_told_is_no_data_and_says_why(market):
    checks = check_claims(
        market,
        [
            {
                "claim_id": "7" * 16,
                "index_id": "SPX",
                "level": 6890.89,
                "level_decimals": 2,
                "reference_date": None,
            }
        ],
    )
    assert checks.loc["7" * 16, "verdict"] == "no_data"
    assert checks.loc["7" * 16, "explanation"] == (
        "no data: the text does not say which session this close belongs to"
    )


def test_copies_of_a_story_share_its_story_id():
    """A near-copy's claims carry the story_id of the article it copies; an article no novelty run scored is
    its own story."""
    conn = duckdb.connect(":memory:")
    load_reference_and_closes(conn)
    conn.execute(
        "create table staging.article_novelty as select * from (values ('aaaaaaaaaaaaaaaa', 'aaaaaaaaaaaaaaaa'), "
        "('bbbbbbbbbbbbbbbb', 'aaaaaaaaaaaaaaaa')) t(article_id, story_id)"
    )
    checks = check_claims(
        conn,
        [
            {
                "claim_id": "1" * 16,
                "article_id": "a" * 16,
                "index_id": "N225",
                "move_pct": 2.5,
                "pct_decimals": 1,
            },
            {
                "claim_id": "2" * 16,
                "article_id": "b" * 16,
                "index_id": "N225",
                "move_pct": 2.5,
                "pct_decimals": 1,
            },
            {
                "claim_id": "3" * 16,
                "article_id": "c" * 16,
                "index_id": "N225",
                "move_pct": 2.5,
                "pct_decimals": 1,
            },
        ],
    )
    assert checks["story_id"].to_dict() == {"1" * 16: "a" * 16, "2" * 16: "a" * 16, "3" * 16: "c" * 16}
    assert checks["verdict"].tolist() == ["confirmed"] * 3
