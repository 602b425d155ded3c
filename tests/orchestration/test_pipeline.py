"""The whole asset graph materialised in-process on the bundled sample."""

from __future__ import annotations

from datetime import date

import duckdb
import pytest


@pytest.fixture(scope="module")
def wh(sample_warehouse):
    conn = duckdb.connect(str(sample_warehouse), read_only=True)
    yield conn
    conn.close()


def test_every_table_is_built_with_the_sample_row_counts(wh):
    counts = {
        t: wh.execute(f"select count(*) from {t}").fetchall()[0][0]
        for t in [
            "staging.indices",
            "staging.entities",
            "staging.index_closes",
            "staging.articles",
            "staging.article_sources",
            "staging.rejected_inputs",
            "staging.market_claims",
            "marts.index_returns",
            "marts.claim_checks",
        ]
    }
    assert counts == {
        "staging.indices": 27,
        "staging.entities": 4323,
        "staging.index_closes": 127 + 242 + 246 + 130 + 130 + 130,
        "staging.articles": 6,
        "staging.article_sources": 6,
        "staging.rejected_inputs": 0,
        "staging.market_claims": 6,
        "marts.index_returns": 1005,
        "marts.claim_checks": 6,
    }


def test_seed_claim_checks_against_the_real_closes_of_2025_10_27(wh):
    rows = wh.execute(
        "select index_id, claim_kind, claimed_move_pct, actual_move_pct, verdict, crossing_verdict, record_verdict "
        "from marts.claim_checks order by index_id"
    ).fetchall()
    assert rows == [
        ("CSI300", "close", 1.2, None, "no_data", None, None),
        ("HSI", "close", 1.1, 1.0457, "approximate", None, None),
        ("IXIC", "futures", 0.9, 1.8642, "not_comparable", None, None),
        ("KS11", "close", 2.9, 2.5685, "contradicted", None, "confirmed"),
        ("N225", "close", 2.5, 2.4598, "confirmed", "confirmed", "confirmed"),
        ("SPX", "futures", 0.8, 1.229, "not_comparable", None, None),
    ]
    sessions = {r[0] for r in wh.execute("select session_date from marts.claim_checks").fetchall()}
    assert sessions == {date(2025, 10, 27)}


def test_fomc_statements_are_loaded_with_their_instants(wh):
    rows = wh.execute(
        "select published_date, published_time_known, strftime(published_at at time zone 'UTC', '%H:%M') "
        "from staging.articles where source_kind = 'jsonl' order by published_date"
    ).fetchall()
    assert [r[0] for r in rows] == [
        date(2025, 6, 18),
        date(2025, 7, 30),
        date(2025, 9, 17),
        date(2025, 10, 29),
        date(2025, 12, 10),
    ]
    assert [r[2] for r in rows] == ["18:00", "18:00", "18:00", "18:00", "19:00"]


def test_seed_news_events_map_to_each_exchange_session(wh):
    rows = wh.execute(
        "select index_id, event_session_date from marts.news_events where link_kind = 'mentioned' order by index_id"
    ).fetchall()
    assert rows == [(i, date(2025, 10, 27)) for i in ["CSI300", "HSI", "IXIC", "KS11", "N225", "SPX"]]


def test_tone_themes_and_novelty_of_the_sample(wh):
    seed = wh.execute("select article_id from staging.articles where source_kind = 'text'").fetchall()[0][0]
    tone = wh.execute(
        "select n_words, lm_positive, lm_negative, round(net_tone, 4) from staging.article_tone where article_id = ?",
        [seed],
    ).fetchall()
    assert tone == [(577, 5, 9, -0.2857)]
    themes = [
        r[0]
        for r in wh.execute(
            "select theme from staging.article_themes where article_id = ? order by score desc, n_hits desc, theme limit 2",
            [seed],
        ).fetchall()
    ]
    assert themes == ["monetary_policy", "trade_policy"]
    fomc = wh.execute(
        "select count(*), count(distinct story_id) from staging.article_novelty n "
        "join staging.articles a using (article_id) where a.source_kind = 'jsonl'"
    ).fetchall()
    # Five FOMC statements share most of their boilerplate but are five different decisions.
    assert fomc == [(5, 5)]
    kinds = dict(
        wh.execute(
            "select entity_kind, count(distinct entity_id) from staging.article_mentions where article_id = ? group by 1",
            [seed],
        ).fetchall()
    )
    # Trump, Xi and Takaichi from the gazetteer; Kyle Rodda and Charu Chanana quoted with their roles
    assert kinds["index"] == 6 and kinds["person"] == 5 and kinds["central_bank"] == 1


def test_mentions_join_the_gazetteer_for_roles_and_tickers(wh):
    rows = wh.execute(
        "select distinct e.entity_kind, e.name, e.role, e.ticker "
        "from staging.article_mentions as m join staging.entities as e using (entity_kind, entity_id) "
        "where e.entity_kind in ('person', 'organisation') and (e.ticker is not null or e.role like 'Chair%') "
        "order by all"
    ).fetchall()
    assert rows == [
        ("organisation", "Apple", "company", "AAPL"),
        ("organisation", "Meta Platforms", "company", "META"),
        ("organisation", "Microsoft", "company", "MSFT"),
        ("person", "Jerome Powell", "Chair of the Federal Reserve", None),
    ]
    # only the people the seed quotes with a role, whom the gazetteer does not list, have no row
    unmatched = wh.execute(
        "select entity_kind, entity_id, count(*) from staging.article_mentions as m "
        "where m.entity_kind <> 'index' and not exists "
        "(select 1 from staging.entities as e where e.entity_kind = m.entity_kind and e.entity_id = m.entity_id) "
        "group by all order by all"
    ).fetchall()
    assert unmatched == [("person", "charu_chanana", 2), ("person", "kyle_rodda", 4)]
    aliases = wh.execute("select aliases[:3] from staging.entities where entity_id = 'US'").fetchall()
    assert aliases == [(["United States of America", "U.S.", "U.S.A."],)]
