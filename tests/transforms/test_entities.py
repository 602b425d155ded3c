"""Entity mentions: the gazetteer in data/reference/entities.csv against the seed and small cases."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from transforms.entities import ENTITY_KINDS, EntityGazetteer, find_entities, slug
from transforms.text import Mention, article_text, split_sentences

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "data" / "articles" / "000_f196a04fcb3c95be.txt"


def _rows() -> list[dict[str, str]]:
    with open(ROOT / "data" / "reference" / "entities.csv", encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


@pytest.fixture(scope="module")
def gazetteer() -> EntityGazetteer:
    return EntityGazetteer.from_records(_rows())


def _seed_text() -> str:
    raw = SEED.read_text(encoding="utf-8")
    body = re.sub(r"^\s*date \d{4}-\d{2}-\d{2}\s+", "", raw)
    text, _ = article_text(None, body)
    return text


def _find(text: str, gazetteer: EntityGazetteer, title: str | None = None) -> list[Mention]:
    full, headline_end = article_text(title, text)
    return find_entities(full, split_sentences(full, headline_end), gazetteer)


def _ids(mentions: list[Mention]) -> list[tuple[str, str, str]]:
    return [(m.entity_kind, m.entity_id, m.surface) for m in mentions]


def _found(text: str, gazetteer: EntityGazetteer) -> set[tuple[str, str]]:
    """(kind, id) of each entity found in ``text``."""
    return {(k, i) for k, i, _ in _ids(_find(text, gazetteer))}


# --- the gazetteer itself -----------------------------------------------------------------------


def test_gazetteer_rows_are_complete() -> None:
    rows = _rows()
    kinds = {r["entity_kind"] for r in rows}
    assert kinds == set(ENTITY_KINDS)
    keys = [(r["entity_kind"], r["entity_id"]) for r in rows]
    assert len(keys) == len(set(keys))
    counts = {k: sum(r["entity_kind"] == k for r in rows) for k in kinds}
    assert counts["country"] >= 40 and counts["person"] >= 40 and counts["organisation"] >= 60
    for r in rows:
        assert r["name"].strip(), r
        if r["entity_kind"] in ("person", "central_bank"):
            assert r["role"] and r["country"], r
    tickers = {r["entity_id"]: r["ticker"] for r in rows if r["entity_kind"] == "organisation"}
    assert tickers["microsoft"] == "MSFT"
    assert tickers["tsmc"] == "2330.TW"
    assert tickers["samsung_electronics"] == "005930.KS"
    assert tickers["softbank_group"] == "9984.T"
    assert tickers["tencent"] == "0700.HK"


def test_lookup_and_entity_fields(gazetteer: EntityGazetteer) -> None:
    powell = gazetteer.lookup("Powell")
    assert powell is not None
    assert (powell.kind, powell.entity_id, powell.country) == ("person", "jerome_powell", "US")
    assert gazetteer.lookup("People\u2019s Bank of China").entity_id == "PBOC"
    assert gazetteer.lookup("Takaichi").role == "Prime Minister of Japan (from Oct 2025)"
    assert gazetteer.lookup("nobody") is None


def test_an_alias_naming_two_entities_is_rejected() -> None:
    rows = [
        {"entity_kind": "country", "entity_id": "US", "name": "United States", "aliases": "US"},
        {"entity_kind": "organisation", "entity_id": "us_corp", "name": "US Corp", "aliases": "US"},
    ]
    with pytest.raises(ValueError, match="'US' names both country/US and organisation/us_corp"):
        EntityGazetteer.from_records(rows)


def test_a_bad_row_is_named_by_its_line() -> None:
    rows = [
        {"entity_kind": "country", "entity_id": "JP", "name": "Japan"},
        {"entity_kind": "planet", "entity_id": "MARS", "name": "Mars"},
    ]
    with pytest.raises(ValueError, match="entities line 3: entity_kind 'planet'"):
        EntityGazetteer.from_records(rows)
    with pytest.raises(ValueError, match="entities line 2: entity_id and name are required"):
        EntityGazetteer.from_records([{"entity_kind": "country", "entity_id": "", "name": "X"}])


# --- the seed article ---------------------------------------------------------------------------


def test_seed_entities(gazetteer: EntityGazetteer) -> None:
    text = _seed_text()
    mentions = find_entities(text, split_sentences(text), gazetteer)
    found = {(m.entity_kind, m.entity_id) for m in mentions}
    assert found == {
        ("country", "ASIA"),
        ("country", "US"),
        ("country", "CN"),
        ("country", "JP"),
        ("country", "KR"),
        ("country", "HK"),
        ("country", "MY"),
        ("country", "KH"),
        ("country", "TH"),
        ("country", "VN"),
        ("country", "CA"),
        ("country", "ASEAN"),
        ("country", "EUROPE"),
        ("central_bank", "FED"),
        ("person", "donald_trump"),
        ("person", "xi_jinping"),
        ("person", "sanae_takaichi"),
        ("person", "kyle_rodda"),  # quoted sources outside the gazetteer: ids are slugs of the name
        ("person", "charu_chanana"),
        ("organisation", "bytedance"),
        ("organisation", "capital_com"),
        ("organisation", "microsoft"),
        ("organisation", "apple"),
        ("organisation", "meta"),
        ("organisation", "saxo"),
        ("organisation", "reuters"),
    }
    assert len(mentions) == 68
    by_start = {m.char_start: m for m in mentions}
    expected = [
        # (kind, id, surface, start, end, sentence_no)
        ("country", "ASIA", "Asian", 0, 5, 0),
        ("country", "US", "U.S.", 104, 108, 0),
        ("country", "CN", "China", 109, 114, 0),
        ("person", "donald_trump", "Donald Trump", 145, 157, 0),
        ("country", "CN", "Chinese", 220, 227, 1),
        ("person", "xi_jinping", "Xi Jinping", 235, 245, 1),
        ("country", "KR", "South Korea", 249, 260, 1),
        ("country", "US", "U.S", 293, 296, 1),  # "the U.S . was" in the source
        ("person", "sanae_takaichi", "Sanae Takaichi", 481, 495, 2),
        # "Trump’s visit": the possessive is not part of the surface
        ("person", "donald_trump", "Trump", 674, 679, 4),
        ("country", "JP", "Japan", 834, 839, 5),
        ("country", "HK", "Hong Kong", 1066, 1075, 6),
        ("person", "kyle_rodda", "Kyle Rodda", 1227, 1237, 7),
        ("organisation", "capital_com", "Capital.com", 1257, 1268, 7),
        ("person", "kyle_rodda", "Rodda", 2327, 2332, 15),  # "said Rodda": the surname after the full name
        ("country", "US", "Washington", 1657, 1667, 11),
        ("country", "CN", "Beijing", 1672, 1679, 11),
        ("country", "ASEAN", "Southeast Asian", 2059, 2074, 14),
        ("country", "ASEAN", "ASEAN", 2103, 2108, 14),
        ("person", "xi_jinping", "Xi", 2371, 2373, 16),
        ("country", "EUROPE", "Europe", 2681, 2687, 18),
        ("central_bank", "FED", "Federal Reserve", 2693, 2708, 19),
        ("central_bank", "FED", "Fed", 2808, 2811, 20),
        ("organisation", "microsoft", "Microsoft", 3071, 3080, 22),
        ("organisation", "apple", "Apple", 3082, 3087, 22),
        ("organisation", "meta", "Meta", 3093, 3097, 22),
        ("person", "charu_chanana", "Charu Chanana", 3187, 3200, 23),
        ("organisation", "saxo", "Saxo", 3233, 3237, 23),
        ("organisation", "reuters", "Reuters", 3244, 3251, 23),
    ]
    for kind, entity_id, surface, start, end, sentence_no in expected:
        assert text[start:end] == surface
        assert by_start[start] == Mention(kind, entity_id, surface, start, end, sentence_no, False)
    sentences = split_sentences(text)
    for m in mentions:
        assert text[m.char_start : m.char_end] == m.surface
        s = sentences[m.sentence_no]
        assert s.start <= m.char_start < m.char_end <= s.end
    counts = {}
    for m in mentions:
        counts[m.entity_id] = counts.get(m.entity_id, 0) + 1
    assert counts["donald_trump"] == 7 and counts["US"] == 12 and counts["FED"] == 3
    assert counts["kyle_rodda"] == 4 and counts["charu_chanana"] == 2


# --- matching rules -----------------------------------------------------------------------------


def test_a_news_agency_byline_is_not_a_mention(gazetteer: EntityGazetteer) -> None:
    text = "TOKYO, Jan 24 (Reuters) - The Bank of Japan raised rates, Bloomberg reported (Reuters)."
    found = [(m.entity_id, m.char_start) for m in _find(text, gazetteer)]
    assert found == [
        ("BOJ", text.index("Bank")),
        ("bloomberg", text.index("Bloom")),
        ("reuters", text.rindex("Reu")),
    ]


def test_longest_alias_wins(gazetteer: EntityGazetteer) -> None:
    text = (
        "The Bank of Japan and the People\u2019s Bank of China met the U.S. Federal Reserve and North Korea."
    )
    assert _ids(_find(text, gazetteer)) == [
        ("central_bank", "BOJ", "Bank of Japan"),
        ("central_bank", "PBOC", "People\u2019s Bank of China"),
        ("central_bank", "FED", "U.S. Federal Reserve"),
        ("country", "KP", "North Korea"),
    ]


def test_whole_words_only(gazetteer: EntityGazetteer) -> None:
    text = "USD/JPY, AUS, BUSINESS, Feds, Japanned, Appleton, Metaverse and USB sticks; US and UK yes."
    assert _ids(_find(text, gazetteer)) == [("country", "US", "US"), ("country", "GB", "UK")]


def test_a_mention_inside_a_longer_false_match_is_still_found(gazetteer: EntityGazetteer) -> None:
    # "Bank of Japan" inside "XBank of Japan" is not a word start; the scan resumes inside that match
    # and finds "Japan" there.
    text = "XFed/Fed and XBank of Japan"
    assert _ids(_find(text, gazetteer)) == [("central_bank", "FED", "Fed"), ("country", "JP", "Japan")]


def test_names_across_line_breaks_and_case(gazetteer: EntityGazetteer) -> None:
    text = "the Bank of\nJapan said; apple pie; the fed; Trump\u2019s Takaichi's"
    mentions = _find(text, gazetteer)
    assert _ids(mentions) == [
        ("central_bank", "BOJ", "Bank of\nJapan"),
        ("person", "donald_trump", "Trump"),
        ("person", "sanae_takaichi", "Takaichi"),
    ]


def test_headline_mentions(gazetteer: EntityGazetteer) -> None:
    mentions = _find("Powell met Lagarde in Frankfurt.", gazetteer, title="Fed and ECB")
    assert [(m.entity_id, m.char_start, m.sentence_no, m.in_headline) for m in mentions] == [
        ("FED", 0, 0, True),
        ("ECB", 8, 0, True),
        ("jerome_powell", 13, 1, False),
        ("christine_lagarde", 24, 1, False),
    ]


def test_mentions_outside_the_sentences_get_sentence_minus_one(gazetteer: EntityGazetteer) -> None:
    (m,) = find_entities("Japan", [], gazetteer)
    assert (m.sentence_no, m.in_headline) == (-1, False)


# --- the 2025 gazetteer: officials, companies, institutions ---------------------------------------


def test_wider_gazetteer_counts_and_tickers() -> None:
    rows = _rows()
    counts = {k: sum(r["entity_kind"] == k for r in rows) for k in ENTITY_KINDS}
    assert counts == {"country": 158, "central_bank": 67, "person": 935, "organisation": 3163}
    tickers = {r["entity_id"]: r["ticker"] for r in rows if r["entity_kind"] == "organisation"}
    assert tickers["mizuho"] == "8411.T"
    assert tickers["kia"] == "000270.KS"
    assert tickers["hdfc_bank"] == "HDFCBANK.NS"
    assert tickers["westpac"] == "WBC.AX"
    assert tickers["hang_seng_bank"] == "0011.HK"
    assert tickers["societe_generale"] == "GLE.PA"
    # constituents of the tracked indices (2025), one per market
    assert tickers["rolls_royce"] == "RR.L" and tickers["relx"] == "REL.L"
    assert tickers["deutsche_boerse"] == "DB1.DE" and tickers["air_liquide"] == "AI.PA"
    assert tickers["abbvie"] == "ABBV" and tickers["konami"] == "9766.T"
    assert tickers["kt_and_g"] == "033780.KS" and tickers["clp"] == "0002.HK"
    assert tickers["bajaj_finserv"] == "BAJAJFINSV.NS" and tickers["goodman_group"] == "GMG.AX"
    assert tickers["singtel"] == "Z74.SI" and tickers["largan"] == "3008.TW"
    assert tickers["china_yangtze_power"] == "600900.SS" and tickers["luxshare"] == "002475.SZ"
    # the largest listed companies of Canada, Latin America, the Gulf, Africa, Eastern Europe and
    # South-East Asia (2025)
    assert tickers["walmex"] == "WALMEX.MX" and tickers["itau_unibanco"] == "ITUB4.SA"
    assert tickers["naspers"] == "NPN.JO" and tickers["al_rajhi_bank"] == "1120.SR"
    assert tickers["pko_bp"] == "PKO.WA" and tickers["bank_central_asia"] == "BBCA.JK"
    assert tickers["enbridge"] == "ENB.TO" and tickers["qnb"] == "QNBK.QA"
    assert tickers["air_new_zealand"] == "AIR.NZ" and tickers["asur"] == "ASURB.MX"


def test_a_sentence_of_2025_officials_and_companies(gazetteer: EntityGazetteer) -> None:
    text = (
        "Goolsbee and Beth Hammack spoke after BOJ board member Naoki Tamura and Himino; HDFC Bank "
        "and Westpac’s shares rose, Šefčovič met Sefcovic's team at Mitsubishi Corp."
    )
    assert _ids(_find(text, gazetteer)) == [
        ("person", "austan_goolsbee", "Goolsbee"),
        ("person", "beth_hammack", "Beth Hammack"),
        ("central_bank", "BOJ", "BOJ"),
        ("person", "naoki_tamura", "Naoki Tamura"),
        ("person", "ryozo_himino", "Himino"),
        ("organisation", "hdfc_bank", "HDFC Bank"),
        ("organisation", "westpac", "Westpac"),
        ("person", "maros_sefcovic", "Šefčovič"),
        ("person", "maros_sefcovic", "Sefcovic"),
        ("organisation", "mitsubishi_corp", "Mitsubishi Corp"),
    ]


def test_common_word_surnames_and_short_names_are_not_mentions(gazetteer: EntityGazetteer) -> None:
    text = (
        "Mann said a bitter pill, Pill and Cook and Lane and Logan and Daly agreed; a Delta variant; "
        "Reliance on tariffs; Tan and Wei; the Hang Seng rose while Catherine Mann and Huw Pill spoke."
    )
    assert _ids(_find(text, gazetteer)) == [
        ("person", "catherine_mann", "Catherine Mann"),
        ("person", "huw_pill", "Huw Pill"),
    ]


def test_index_constituents_named_by_common_words_need_their_full_form(gazetteer: EntityGazetteer) -> None:
    text = (
        "Next week a Target of Continental breakfast, Orange juice and Sage advice; Wise words from "
        "Pearson at Berkeley; Trent scored. Next plc, Target Corp, Orange SA, Sage Group and Persimmon "
        "rose while Dow Inc and the Dow fell."
    )
    assert _ids(_find(text, gazetteer)) == [
        ("organisation", "next_plc", "Next plc"),
        ("organisation", "target_corp", "Target Corp"),
        ("organisation", "orange", "Orange SA"),
        ("organisation", "sage_group", "Sage Group"),
        ("organisation", "persimmon", "Persimmon"),
        ("organisation", "dow_inc", "Dow Inc"),
    ]


def test_longest_alias_wins_among_the_new_names(gazetteer: EntityGazetteer) -> None:
    text = "Hang Seng Bank, Bank of Italy and State Bank of India; Korean Air; Central Bank of Chile."
    assert _ids(_find(text, gazetteer)) == [
        ("organisation", "hang_seng_bank", "Hang Seng Bank"),
        ("central_bank", "BDI", "Bank of Italy"),
        ("organisation", "sbi", "State Bank of India"),
        ("organisation", "korean_air", "Korean Air"),
        ("central_bank", "BCCH", "Central Bank of Chile"),
    ]


def test_no_entity_alias_is_or_starts_an_index_alias(gazetteer: EntityGazetteer) -> None:
    with open(ROOT / "data" / "reference" / "index_aliases.csv", encoding="utf-8", newline="") as f:
        index_aliases = [r["alias"] for r in csv.DictReader(f) if r["is_exclusion"] != "true"]
    clashes = []
    for alias in index_aliases:
        for m in find_entities(alias, split_sentences(alias), gazetteer):
            # A country or region inside an index alias ("Japan's Nikkei") is a true mention.
            if m.entity_kind not in ("country",):
                clashes.append((alias, m.entity_id))
    assert clashes == []


_FRAGMENTS = st.sampled_from("U.S.|US|Fed|Bank of| Japan|People\u2019s|Xi|\n| |-|'s|\u2011|é|x|.".split("|"))


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(), st.lists(_FRAGMENTS).map("".join)))
def test_find_entities_never_raises(gazetteer: EntityGazetteer, text: str) -> None:
    for m in find_entities(text, split_sentences(text), gazetteer):
        assert text[m.char_start : m.char_end] == m.surface
        # a gazetteer entry, or a name found by its form whose id is its slug ("B Bank")
        assert gazetteer.lookup(m.surface) is not None or m.entity_id == slug(m.surface)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Stocks rose, said Kyle Rodda, senior financial market analyst at Capital.com. Rodda added more.",
            [
                ("person", "kyle_rodda", "Kyle Rodda"),
                ("organisation", "capital_com", "Capital.com"),
                ("person", "kyle_rodda", "Rodda"),
            ],
        ),
        (
            "Shoki Omori, chief desk strategist at Mizuho Securities, said yields rose.",
            # the longer firm name wins over the gazetteer's "Mizuho"
            [
                ("person", "shoki_omori", "Shoki Omori"),
                ("organisation", "mizuho_securities", "Mizuho Securities"),
            ],
        ),
        (
            "Nomura's chief economist Naka Matsuzawa said so.",
            [("organisation", "nomura", "Nomura"), ("person", "naka_matsuzawa", "Naka Matsuzawa")],
        ),
        (
            "But Pepperstone strategist Chris Weston said on Tuesday.",
            [("organisation", "pepperstone", "Pepperstone"), ("person", "chris_weston", "Chris Weston")],
        ),
        (
            "said Ajit Mishra, SVP Research at Religare Broking.",
            [
                ("person", "ajit_mishra", "Ajit Mishra"),
                ("organisation", "religare_broking", "Religare Broking"),
            ],
        ),
        (
            "said V K Vijayakumar, chief investment strategist at Geojit Investments.",
            [
                ("person", "v_k_vijayakumar", "V K Vijayakumar"),
                ("organisation", "geojit_investments", "Geojit Investments"),
            ],
        ),
        (
            "said Jeremy Barnum, JPMorgan's chief financial officer.",
            [("person", "jeremy_barnum", "Jeremy Barnum"), ("organisation", "jpmorgan", "JPMorgan")],
        ),
        ("Chief Financial Officer Wendell Huang said", [("person", "wendell_huang", "Wendell Huang")]),
        (
            "said Jeffrey Schmid, president of the Federal Reserve Bank of Kansas City.",
            [
                ("person", "jeffrey_schmid", "Jeffrey Schmid"),
                (
                    "central_bank",
                    "federal_reserve_bank_of_kansas_city",
                    "Federal Reserve Bank of Kansas City",
                ),
            ],
        ),
        # a firm described by its business is not a person; nor is a role word a firm
        (
            "Tokyo Electron, the chipmaking equipment maker, rose.",
            [("organisation", "tokyo_electron", "Tokyo Electron")],
        ),
        (
            "Abu Dhabi Investment Authority, the sovereign wealth fund manager, bought.",
            [("organisation", "adia", "Abu Dhabi Investment Authority")],
        ),
        ("Wall Street strategist John Smith said", [("person", "john_smith", "John Smith")]),
        ("Analysts at Goldman Sachs cut targets.", [("organisation", "goldman_sachs", "Goldman Sachs")]),
        ("Jensen Huang's chief of staff said", [("person", "jensen_huang", "Jensen Huang")]),
        (
            "said Vinod Nair, Head of Research, Geojit Financial Services.",
            [
                ("person", "vinod_nair", "Vinod Nair"),
                ("organisation", "geojit_financial_services", "Geojit Financial Services"),
            ],
        ),
        (
            "Park Sang-hyun, an economist at iM Securities, said.",
            [
                ("person", "park_sang_hyun", "Park Sang-hyun"),
                ("organisation", "im_securities", "iM Securities"),
            ],
        ),
        ("chief executive Mike Henry told reporters", [("person", "mike_henry", "Mike Henry")]),
        ("CEO and MD Salil Parekh said", [("person", "salil_parekh", "Salil Parekh")]),
        # offices: the word before the title is part of it, not a firm
        (
            "Finance Minister Jens Stoltenberg spoke, as did Republican Senator Lindsey Graham and AfD "
            "co-leader Alice Weidel.",
            [
                ("person", "jens_stoltenberg", "Jens Stoltenberg"),
                ("organisation", "republican_party", "Republican"),  # his party, not a firm
                ("person", "lindsey_graham", "Lindsey Graham"),
                ("organisation", "afd", "AfD"),  # the party is in the gazetteer
                ("person", "alice_weidel", "Alice Weidel"),
            ],
        ),
        (  # a firm named by a role word; "the Bank's" and "Managing director" name no firm; "at IG" is
            # the gazetteer's IG Group
            "said Xu Tianchen, senior economist at the Economist Intelligence Unit. Huw Pill, the Bank's chief "
            "economist, spoke. Managing director Richard Fennell said so, said Tony Sycamore, a market analyst "
            "at IG.",
            [
                ("person", "xu_tianchen", "Xu Tianchen"),
                ("organisation", "economist_intelligence_unit", "Economist Intelligence Unit"),
                ("person", "huw_pill", "Huw Pill"),
                ("person", "richard_fennell", "Richard Fennell"),
                ("person", "tony_sycamore", "Tony Sycamore"),
                ("organisation", "ig_group", "IG"),
            ],
        ),
        (  # "and CEO" joins two people, not a firm and its officer; a policy board is no body of its own
            "Founder and Executive Chairman Alain Bouchard and CEO Alex Miller flew in. One member of the "
            "Governing Council opposed.",
            [("person", "alain_bouchard", "Alain Bouchard"), ("person", "alex_miller", "Alex Miller")],
        ),
        (
            "Its chairman, Masakazu Tokura, said so. Egon Durban, co-CEO of Silver Lake, agreed.",
            [
                ("person", "masakazu_tokura", "Masakazu Tokura"),
                ("person", "egon_durban", "Egon Durban"),
                ("organisation", "silver_lake", "Silver Lake"),
            ],
        ),
        ("said independent metals trader Tai Wong.", [("person", "tai_wong", "Tai Wong")]),
        ("named Simon Trott as chief executive", [("person", "simon_trott", "Simon Trott")]),
        # a title before a name is not part of it; a middle initial does not hide a known person
        (
            "Chairman Akio Toyoda, grandson of the founder, was absent.",
            [("person", "akio_toyoda", "Akio Toyoda")],
        ),
        (
            "John C. Williams, Vice Chair; Jerome H. Powell, Chair",
            [("person", "john_williams", "John C. Williams"), ("person", "jerome_powell", "Powell")],
        ),
        (  # a name with its firm and a verb of saying; "of America" and "of Commerce" name no one
            "Hana Ortiz of oil broker Petromatrix said so, and Bank of America said nothing. Cho Min-jae of "
            "Shinyoung Securities expects a cut.",
            [
                ("person", "hana_ortiz", "Hana Ortiz"),
                ("organisation", "petromatrix", "Petromatrix"),
                ("organisation", "bank_of_america", "Bank of America"),
                ("person", "cho_min_jae", "Cho Min-jae"),
                ("organisation", "shinyoung_securities", "Shinyoung Securities"),
            ],
        ),
        (  # initials are no sentence end; a name in Chinese characters; honorifics; accented capitals
            "Vice Chairman K.T. Lin (林) spoke. Wu Mei-ling (吳美玲), a fellow at the Chung-Hua Institution, "
            "agreed, said Ms Joanna Ng, chief economist at OCBC, and Íñigo Pérez, an analyst at Renta 4 Banco.",
            [
                ("person", "k_t_lin", "K.T. Lin"),
                ("person", "wu_mei_ling", "Wu Mei-ling"),
                ("organisation", "chung_hua_institution", "Chung-Hua Institution"),
                ("person", "joanna_ng", "Joanna Ng"),
                ("organisation", "ocbc", "OCBC"),
                ("person", "inigo_perez", "Íñigo Pérez"),
                ("organisation", "renta_4", "Renta 4 Banco"),
            ],
        ),
        (  # a role "of" a field before the name; a role between commas; "Finance chief" is no firm;
            # the Minneapolis Fed is the gazetteer's Fed
            "Westpac head of Australian macro-forecasting Mark Irvine said so. Judo Bank's chief economic "
            "adviser, Rhys Hogan, disagreed. Finance chief Colette Kress and Minneapolis Fed chief Neel "
            "Kashkari and shadow treasurer Angus Taylor spoke.",
            [
                ("organisation", "westpac", "Westpac"),
                ("country", "AU", "Australian"),
                ("person", "mark_irvine", "Mark Irvine"),
                ("organisation", "judo_bank", "Judo Bank"),
                ("person", "rhys_hogan", "Rhys Hogan"),
                ("person", "colette_kress", "Colette Kress"),
                ("central_bank", "FED", "Fed"),
                ("person", "neel_kashkari", "Neel Kashkari"),
                ("person", "angus_taylor", "Angus Taylor"),
            ],
        ),
        (  # "Head of surveys" before a name; a statistician; a function ("HR") is no firm; a word that
            # describes the firm ("Toymaker") is not part of its name
            "Head of surveys Lena Vogt added so. NBS senior statistician Zhao Qing agreed, as did Chief HR "
            "officer Ravi Menon. Toymaker Pop Mart International Group fell.",
            [
                ("person", "lena_vogt", "Lena Vogt"),
                ("organisation", "nbs_china", "NBS"),
                ("person", "zhao_qing", "Zhao Qing"),
                ("person", "ravi_menon", "Ravi Menon"),
                ("organisation", "pop_mart", "Pop Mart International Group"),
            ],
        ),
        (  # names with possessives, exchanges, Indonesia's "PT ... Tbk"; a longer name around an earlier
            # head; a known owner before a name is not part of it
            "The People's Action Party won and the Thai Bankers' Association agreed. The Stock Exchange of "
            "Thailand rose, PT Aneka Tambang Tbk fell and the National Securities Market Commission spoke. "
            "United Arab Emirates' Mubadala Holding Co. bought in.",
            [
                ("organisation", "people_s_action_party", "People's Action Party"),
                ("organisation", "thai_bankers_association", "Thai Bankers' Association"),
                ("organisation", "stock_exchange_of_thailand", "Stock Exchange of Thailand"),
                ("organisation", "pt_aneka_tambang", "PT Aneka Tambang Tbk"),
                (
                    "organisation",
                    "national_securities_market_commission",
                    "National Securities Market Commission",
                ),
                ("country", "AE", "United Arab Emirates"),
                ("organisation", "mubadala", "Mubadala Holding Co."),
            ],
        ),
        (  # a firm with its acronym after the role; "for" in a body's name; "secretary general"; O'Brien
            "said Mathieu Plane, deputy director at the French Economic Observatory (OFCE). Chung-Hua "
            "Institution for Economic Research president Lien Hsien-ming spoke, as did Meidy Lengkey, secretary "
            "general of the Nickel Miners Association, and shadow treasurer Ted O'Brien.",
            [
                ("person", "mathieu_plane", "Mathieu Plane"),
                ("organisation", "french_economic_observatory", "French Economic Observatory"),
                (
                    "organisation",
                    "chung_hua_institution_for_economic_research",
                    "Chung-Hua Institution for Economic Research",
                ),
                ("person", "lien_hsien_ming", "Lien Hsien-ming"),
                ("person", "meidy_lengkey", "Meidy Lengkey"),
                ("organisation", "nickel_miners_association", "Nickel Miners Association"),
                ("person", "ted_o_brien", "Ted O'Brien"),
            ],
        ),
        (  # judges and law officers; lowercase offices; "cofounder"; "Wall" ends a name; a role's field
            # of up to six words; "at the Munich-based institute"
            "Chief Justice John Roberts told Solicitor General D. John Sauer so, and U.S. District Judge Amit "
            "Mehta agreed, as did justice minister Dilan Yesilgoz, its president Jeremy Ferguson and CEO and "
            'cofounder Sebastian Siemiatkowski. "Yes," said Mark Wall, chief economist at Deutsche Bank. '
            '"No," said Hilde Berg, president of the German auto industry association VDA. Karl Wohl, head of '
            "surveys at the Munich-based institute, said so.",
            [
                ("person", "john_roberts", "John Roberts"),
                ("person", "d_john_sauer", "D. John Sauer"),
                ("country", "US", "U.S."),
                ("person", "amit_mehta", "Amit Mehta"),
                ("person", "dilan_yesilgoz", "Dilan Yesilgoz"),
                ("person", "jeremy_ferguson", "Jeremy Ferguson"),
                ("person", "sebastian_siemiatkowski", "Sebastian Siemiatkowski"),
                ("person", "mark_wall", "Mark Wall"),
                ("organisation", "deutsche_bank", "Deutsche Bank"),
                ("person", "hilde_berg", "Hilde Berg"),
                ("country", "DE", "German"),
                ("organisation", "vda", "VDA"),
                ("person", "karl_wohl", "Karl Wohl"),
            ],
        ),
        (  # news outlets named in the copy, not in a dateline; "for" in a body's name, not before a currency
            "TOKYO, Oct. 27 Kyodo - He told CNBC, the Wall Street Journal reported and Xinhua confirmed. The "
            "Party for Democracy won. Yes Bank for Rs 1,000 crore.",
            [
                ("organisation", "cnbc", "CNBC"),
                ("organisation", "wsj", "Wall Street Journal"),
                ("organisation", "xinhua", "Xinhua"),
                ("organisation", "party_for_democracy", "Party for Democracy"),
                ("organisation", "yes_bank", "Yes Bank"),
            ],
        ),
        (  # "Gov."; a surname that is a firm's word; a country's word before a body the gazetteer knows
            "FSS Gov. Lee Bok-hyun said so. ASIC deputy chair Sarah Court agreed. The US Defense Department "
            "listed it.",
            [
                ("organisation", "fss_korea", "FSS"),
                ("person", "lee_bok_hyun", "Lee Bok-hyun"),
                ("organisation", "asic", "ASIC"),
                ("person", "sarah_court", "Sarah Court"),
                ("country", "US", "US"),
                ("organisation", "us_defense", "Defense Department"),
            ],
        ),
        (  # two roles of one person; a firm with an initial; analysts led by someone; "called"
            'wrote Amrita Sen, founder and director of research at Energy Aspects, in a note. "Yes," said Art '
            "Hogan, chief market strategist at B. Riley Wealth. Analysts led by Vivek Dhar at Commonwealth Bank "
            "of Australia agreed. Analysts at Jefferies led by Chloe Lemarie raised their target. Dan Ives of "
            "Wedbush Securities called the print a win.",
            [
                ("person", "amrita_sen", "Amrita Sen"),
                ("organisation", "energy_aspects", "Energy Aspects"),
                ("person", "art_hogan", "Art Hogan"),
                ("organisation", "b_riley_wealth", "B. Riley Wealth"),
                ("person", "vivek_dhar", "Vivek Dhar"),
                ("organisation", "commonwealth_bank", "Commonwealth Bank of Australia"),
                ("organisation", "jefferies", "Jefferies"),
                ("person", "chloe_lemarie", "Chloe Lemarie"),
                ("person", "dan_ives", "Dan Ives"),
                ("organisation", "wedbush", "Wedbush Securities"),
            ],
        ),
        (  # lawmakers, campaigners and an agency's Administrator are roles
            "Bernd Lange, the German lawmaker who chairs the trade committee, said so. Feargal Sharkey, the "
            "campaigner, said creditors won. FAA Administrator Bryan Bedford agreed.",
            [
                ("person", "bernd_lange", "Bernd Lange"),
                ("country", "DE", "German"),
                ("person", "feargal_sharkey", "Feargal Sharkey"),
                ("organisation", "faa", "FAA"),
                ("person", "bryan_bedford", "Bryan Bedford"),
            ],
        ),
        (  # review: "By Tuesday," is no byline; "copyright" inside copy is no credit line; "Luxury" starts a name
            "By Tuesday, Reuters reported that the Nikkei had risen 1%. Kyodo News said the copyright office "
            "ruled. Luxury Ventures Holdings rose.",
            [
                ("organisation", "reuters", "Reuters"),
                ("organisation", "kyodo", "Kyodo News"),
                ("organisation", "luxury_ventures_holdings", "Luxury Ventures Holdings"),
            ],
        ),
        (  # a firm's describing word at a sentence's start ("Watchmaker"); a division between a role and the
            # firm names no firm; "Chief Statistician" with honorifics and "Dr"
            "Watchmaker Swatch Group slid 2.1%. Siddhartha Khemka, Head of Research, Wealth Management, "
            "Motilal Oswal Financial Services Ltd, said demand held. Chief Statistician Datuk Seri Dr Mohd "
            "Uzir Mahidin said mining grew.",
            [
                ("organisation", "swatch_group", "Swatch Group"),
                ("person", "siddhartha_khemka", "Siddhartha Khemka"),
                ("organisation", "motilal_oswal_financial_services", "Motilal Oswal Financial Services Ltd"),
                ("person", "mohd_uzir_mahidin", "Mohd Uzir Mahidin"),
            ],
        ),
        (  # Malaysian honorifics are no part of a name; a role may name its field twice ("head of research for
            # the Middle East ... at Knight Frank"); "Airlines" ends a firm's name; credit lines name no outlet
            'Home Minister Datuk Seri Saifuddin Nasution Ismail said so. "Prices held," said Faisal Durrani, '
            "partner and head of research for the Middle East and North Africa at Knight Frank. Garuda "
            "Airlines rose.\nBy Kirtika Suneja, ET Bureau\nMarketScreener with AFP and Reuters\n"
            "Yonhap contributed to this article.",
            [
                ("person", "saifuddin_nasution_ismail", "Saifuddin Nasution Ismail"),
                ("person", "faisal_durrani", "Faisal Durrani"),
                ("country", "MIDEAST", "Middle East"),
                ("country", "NORTH_AFRICA", "North Africa"),
                ("organisation", "knight_frank", "Knight Frank"),
                ("organisation", "garuda_airlines", "Garuda Airlines"),
            ],
        ),
        (  # no person in "Operating Profit of Sony was"; no exchange without its name; a dateline skips only
            # a news agency
            "NEW YORK, Oct 27 Nvidia - shares jumped. Operating Profit of Sony was 1.2 trillion yen. Goldman "
            "raised its target on the Exchange for Nasdaq listings as Japan's Foreign Exchange Reserves rose.",
            [
                ("organisation", "nvidia", "Nvidia"),
                ("organisation", "sony", "Sony"),
                ("organisation", "goldman_sachs", "Goldman"),
                ("country", "JP", "Japan"),
            ],
        ),
        (  # an agency's initials after a dateline are its byline; the firm before "strategists led by"
            "SYDNEY, Aug 12 AAP - Shares rose, according to Morgan Stanley strategists led by Laura Wang.",
            [
                ("organisation", "morgan_stanley", "Morgan Stanley"),
                ("person", "laura_wang", "Laura Wang"),
            ],
        ),
        (  # the verb before the name and its firm; a place in brackets after a firm; a slash in a firm's name
            '"It is trading fear," said Stephen Innes of SPI Asset Management. Stocks rose, according to Steven '
            "Leung, executive director at UOB Kay Hian (Hong Kong). It was a hawkish cut, said Derek Tang, an "
            "economist at LH Meyer/Monetary Policy Analytics.",
            [
                ("person", "stephen_innes", "Stephen Innes"),
                ("organisation", "spi_asset_management", "SPI Asset Management"),
                ("person", "steven_leung", "Steven Leung"),
                ("organisation", "uob_kay_hian", "UOB Kay Hian"),
                ("country", "HK", "Hong Kong"),
                ("person", "derek_tang", "Derek Tang"),
                ("organisation", "lh_meyer_monetary_policy_analytics", "LH Meyer/Monetary Policy Analytics"),
            ],
        ),
        (  # a describing word before the firm; "official" and "negotiator" are roles; the firm's role
            # before a name; a comma before "said"; "Former" opens a sentence, it names no firm
            '"Yes," said Liu Yang, a partner at law firm Fangda Partners in Beijing. "No," said Gary Mueller, a '
            "senior official at Hanwha Ocean. The firm's former CIO, Daniel Whitaker, left. His lawyer, "
            "Jonathan Bloom of Bloom Hartley, said so. Former chairman Xu Guoqiang was fined.",
            [
                ("person", "liu_yang", "Liu Yang"),
                ("organisation", "fangda_partners", "Fangda Partners"),
                ("country", "CN", "Beijing"),
                ("person", "gary_mueller", "Gary Mueller"),
                ("organisation", "hanwha_ocean", "Hanwha Ocean"),
                ("person", "daniel_whitaker", "Daniel Whitaker"),
                ("person", "jonathan_bloom", "Jonathan Bloom"),
                ("organisation", "bloom_hartley", "Bloom Hartley"),
                ("person", "xu_guoqiang", "Xu Guoqiang"),
            ],
        ),
    ],
)
def test_quoted_sources_outside_the_gazetteer(
    gazetteer: EntityGazetteer, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _ids(_find(text, gazetteer)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a firm named by its form; a legal form after a name the gazetteer knows ("Nvidia Corp");
            # Gokaldas Exports ("Exports" is no form) is found because the gazetteer lists it
            "Shares of Gokaldas Exports fell while Motilal Oswal Financial Services rose and Nvidia Corp. slid.",
            [
                ("organisation", "gokaldas_exports", "Gokaldas Exports"),
                ("organisation", "motilal_oswal_financial_services", "Motilal Oswal Financial Services"),
                ("organisation", "nvidia", "Nvidia Corp"),
            ],
        ),
        (  # public bodies, with the words after "of", not the title after them; a describing word
            "The Institute of International Finance and the Korea Customs Service agreed. Bank of Korea "
            "Governor Rhee Chang-yong spoke. Rivals Sun Art Retail Group rose.",
            [
                ("organisation", "institute_of_international_finance", "Institute of International Finance"),
                ("organisation", "korea_customs_service", "Korea Customs Service"),
                ("central_bank", "BOK", "Bank of Korea"),
                ("person", "rhee_chang_yong", "Rhee Chang-yong"),
                ("organisation", "sun_art_retail_group", "Sun Art Retail Group"),
            ],
        ),
        (  # a name does not run across a line; a headline in title case, an index and a bare
            # "Reserve Bank" name no body
            "Asia Stocks Rise As Investors Bet Group Earnings\n\nJapan Innovation Party leaders met. The "
            "Nifty Bank index rose and the Reserve Bank held. Shanghai-listed Jiangxi Copper Co. fell.",
            [
                ("organisation", "japan_innovation_party", "Japan Innovation Party"),
                ("organisation", "jiangxi_copper", "Jiangxi Copper Co."),
            ],
        ),
        (  # a name that goes on after its head; a legal form is no part of the id; "Japan Inc." is a
            # figure of speech; a ministry's remit listed with "and"; the gazetteer's body after a name
            "Industrial & Commercial Bank of China Ltd. slipped. Hong Kong-listed Huatai Securities Co. Ltd. "
            "rose, as did Huatai Securities. Tariffs hurt Japan Inc. the most, the Ministry of Health, "
            "Labour and Welfare said. The White House Council of Economic Advisers agreed.",
            [
                (
                    "organisation",
                    "industrial_commercial_bank_of_china",
                    "Industrial & Commercial Bank of China Ltd.",
                ),
                ("organisation", "huatai_securities", "Huatai Securities Co. Ltd."),
                ("organisation", "huatai_securities", "Huatai Securities"),
                (
                    "organisation",
                    "ministry_of_health_labour_and_welfare",
                    "Ministry of Health, Labour and Welfare",
                ),
                ("organisation", "white_house", "White House"),
                ("organisation", "cea", "Council of Economic Advisers"),
            ],
        ),
    ],
)
def test_organisations_named_by_their_form(
    gazetteer: EntityGazetteer, text: str, expected: list[tuple[str, str, str]]
) -> None:
    title, sep, body = text.partition("\n\n")
    mentions = _find(body, gazetteer, title) if sep else _find(text, gazetteer)
    assert [i for i in _ids(mentions) if i[0] != "country"] == expected


BLINDSET = Path(__file__).resolve().parent / "entities_blindset.jsonl"


def _same_name(a: str, b: str) -> bool:
    """Whether two ways of writing a name agree word for word as far as the shorter goes ("Honda Motor"
    and "Honda Motor Co.")."""
    a, b = sorted((a.rstrip(".").strip(), b.rstrip(".").strip()), key=len)
    return a == b or b.startswith(a + " ")


def test_a_party_named_after_a_continent_is_the_party_and_the_diet_is_japan_s(
    gazetteer: EntityGazetteer,
) -> None:
    text = (
        "Finance Minister Enoch Godongwana is a member of the African National Congress. Takaichi won 237 "
        "votes in the lower house of the Diet."
    )
    assert [(kind, entity_id) for kind, entity_id, _ in _ids(_find(text, gazetteer))] == [
        ("person", "enoch_godongwana"),
        ("organisation", "african_national_congress"),
        ("person", "sanae_takaichi"),
        ("organisation", "japan_diet"),
    ]


def test_blind_set_of_labelled_entities(gazetteer: EntityGazetteer) -> None:
    """1070 texts written by labellers who never saw the gazetteer or the extractor, each with the set of
    countries, central banks, people and organisations it names (by full name and surfaces). A labelled
    entity counts as found when the article's mentions include the gazetteer entry its name or a surface
    looks up to or, for one the gazetteer does not list under that name, a mention of its kind whose
    surface agrees with its name or a surface ("Honda Motor" for "Honda Motor Co.") or whose id is their
    slug. Scored before any change they prompted: round 1 (40 texts) 0.940 / 0.581 before the gazetteer
    grew, round 2 (30) 0.981 / 0.848 after it, round 3 (35) 0.980 / 0.870 after quoted sources were added
    (0.982 / 0.716 without them), round 4 (35) 0.973 / 0.871 after their second round of forms (0.964 /
    0.668 without quoted sources), round 5 (30) 0.968 / 0.898 after the index constituents joined the
    gazetteer (0.963 / 0.720 without quoted sources), round 6 (30) 0.981 / 0.852, which led to finding
    organisations by the form of their names ("Korea Customs Service", "Motilal Oswal Financial
    Services": 0.976 / 0.885 on it, and 0.982 / 0.916 -> 0.978 / 0.937 on rounds 1-5), round 7 (30 texts
    of regulators, parliaments, parties, unions, funds and smaller companies) 0.938 / 0.731, which led to
    offices as roles ("Finance Minister Jens Stoltenberg") and names that go on after their head (0.958 /
    0.796). The gazetteer then grew by 844 entries, from a list that named some companies rounds 6 and 7
    had missed, so those rounds no longer measure unseen names: 0.974 / 0.949 on all 230 texts. Round 8
    (30 everyday texts, written after all that): 0.976 / 0.884, where the code and gazetteer of the
    session before scored 0.975 / 0.742; round 9 (30 more): 0.967 / 0.909, against 0.971 / 0.773; round
    10 (30 more): 0.976 / 0.903, against 0.983 / 0.783. Then people named with their firm and a verb
    ("Tamas Varga of oil broker PVM said"), more roles and forms of a role, honorifics and accented
    capitals (rounds 1-10: 0.978 / 0.935 -> 0.979 / 0.941); round 11 (30 everyday texts, scored as written
    with those changes): 0.986 / 0.918 (0.983 / 0.915 by the code before them), and 0.992 / 0.926
    after its own (a role's field before the name, functions such as "HR" that name no firm); round 12
    (30 texts from regional business press, as written): 0.966 / 0.867 (0.960 / 0.845 by the session-6
    code), and 0.976 / 0.907 after names with possessives ("People's Action Party"), exchanges, "PT ... Tbk",
    "for" in a body's name and an acronym after a firm; round 13 (30 texts of U.S. and European business
    and policy news, as written): 0.988 / 0.828 (0.985 / 0.803 by the session-6 code), and 0.986 / 0.866
    after judges and law officers, lowercase offices, news outlets named in the copy and "Party for
    Freedom"; round 14 (30 texts of Asian business news, as written): 0.979 / 0.940 (0.972 / 0.924 by the
    session-6 code), and 0.983 / 0.953 after "Gov.", surnames that are a firm's word ("Sarah Court") and
    "US Defense Department"; round 15 (30 mixed texts quoting analysts in every form, as written): 0.985
    / 0.955 (0.985 / 0.939 by the session-6 code), and 0.988 / 0.976 after two roles of one person, firms
    with an initial ("B. Riley Wealth") and "analysts led by"; round 16 (30 texts of a global feed with
    Canada, Latin America, the Gulf, Africa and Eastern Europe, as written, no fixes): 0.977 / 0.847
    (0.976 / 0.832 by the session-6 code); the gazetteer then grew by 416 rows for those regions, from a
    list written without reading these sets: 0.981 / 0.890 on round 16; round 17 (30 texts as portals and
    feeds re-run them, with bylines, credits and "Key points", as written): 0.959 / 0.890, and 0.982 /
    0.928 after credit lines ("MarketScreener with Reuters") name no outlet, Malaysian honorifics, regions
    such as North Africa, and 17 gazetteer rows it showed missing; round 18 (30 whole market reports and
    economy stories of real 2025 days, as written): 0.975 / 0.961, and 0.981 / 0.981 after describing
    words such as "Watchmaker", divisions such as "Wealth Management", "Chief Statistician" and 7 rows;
    round 19 (30 texts of European, UK and U.S. company and policy news, as written): 0.992 / 0.875, and
    0.992 / 0.926 after lawmakers, campaigners and "Administrator" as roles and 20 gazetteer rows; round 20
    (30 Asian company, policy and market texts, as written): 0.982 / 0.933, and 0.988 / 0.958 after 8
    rows, Tengku Zafrul's forms with "Datuk Seri", and no bare "Goyal" (Zomato's founder is one too); round 21
    (30 economic and policy stories where markets are secondary, as written): 0.982 / 0.930, and 0.989 /
    0.969 after 13 rows (parties, courts, agencies, rail and mining firms) and "the Diet"; round 22 (30 daily
    stock-market reports with their movers and quoted strategists, as written): 0.982 / 0.964, and 0.986 / 0.984
    after 8 rows, "Opec+", an agency's initials after a dateline ("SYDNEY, Aug 12 AAP -") and "Morgan Stanley
    strategists led by Laura Wang"; round 23 (30 business texts from India, Southeast Asia, the Gulf, Turkey,
    South Africa and Latin America, with local honorifics and legal forms) joined as written: 0.949 / 0.855; round
    24 (30 corporate texts: earnings, deals with their advisers, rulings, strikes, IPOs, boardroom changes, as
    written): 0.962 / 0.863, and 0.972 / 0.934 after a describing word before a firm ("a partner at law firm
    King & Wood Mallesons"), "official" and "negotiator" as roles, "The firm's former CIO, Daniel Whitaker,",
    a comma before "said", "Former" as no firm's word and 27 gazetteer rows (law firms, unions, outlets); round 25
    (30 texts of politics, economy and policy in Europe and the Americas, as written): 0.957 / 0.851, and 0.963 /
    0.935 after 40 gazetteer rows (parties, statistics offices, electoral bodies and their people); round 26 (30
    business and policy texts from the Middle East, Africa, Turkey, Israel, Central Asia and Eastern Europe, as
    written): 0.946 / 0.860, and 0.980 / 0.943 after names with Latin Extended letters ("Uraloğlu"), a
    namesake's surname ("Rania Haddad" is not Fernando Haddad), "Lagos-based" as no firm's word and 26 rows; round
    27 (30 technology, finance and crypto texts with executives, investors and regulators, as written): 0.971 /
    0.847, and 0.981 / 0.944 after 36 rows, more roles (engineer, banker, lawyer, reporter, ...) and longer
    descriptions of a quoted source's firm ("head of research at crypto asset manager Sandhill Digital"); round 28
    (30 Asian business and policy texts with names in both orders, as written): 0.960 / 0.921, and 0.961 / 0.947
    after 10 rows; round 29 (30 market reports and central-bank stories quoting strategists with their firms, as
    written): 0.980 / 0.951, and 0.980 / 0.955 after firms with an apostrophe ("Moody's Analytics") and teams
    "including" an analyst; round 30 (30 business, economy and policy texts from Canada, Latin America, Australia
    and New Zealand, as written): 0.978 / 0.908, and 0.982 / 0.979 after 25 gazetteer rows; round 31 (30 texts of
    every kind from every region, as written): 0.977 / 0.938, and 0.980 / 0.940 after "Affairs Officer" left
    names and "Adnoc" joined ADNOC's aliases; round 32 (30 texts of deals, boardroom changes, rulings,
    reshuffles and exchange news that name many people and firms in few words, as written): 0.968 / 0.838, and
    0.985 / 0.931 after names before ", who", after "replacing" and before "becomes" or "was named", "told Rebecca
    Lau of Harbourline Capital", a title run into a name ("Agriculture Minister John Steenhuisen") and 19 rows;
    round 33 (30 texts of U.S. government, Congress, courts, agencies and the Fed, as written): 0.962 / 0.846,
    and 0.969 / 0.918 after lawmakers ("Sen. Amy Klobuchar, D-Minn.", "Reps. Thomas Massie of Kentucky and
    Warren Davidson of Ohio"), "Judges Timothy M. Reif, Jane A. Restani and Gary S. Katzmann", middle
    initials ("Paul A. Engelmayer"), "the bureau's previous director, Rohit Chopra" and 12 rows; round 34 (30
    texts of European business and policy news, as written): 0.966 / 0.873, and 0.976 / 0.922 after 24 rows
    (CDU/CSU, Northvolt, Redeia, Draghi, Renew Europe, ...) and no name after a title that a headline's word opens
    ("Chancellor After Stunning First-Round Defeat"); round 35 (30 texts of Asia-Pacific business news with
    names in both orders, as written): 0.967 / 0.933, and 0.970 / 0.949 after 5 rows and a gazetteer surname
    that a hyphenated given name goes on from ("Choi Yoon-beom" is not Yoon Suk Yeol); round 36 (30 texts of
    every kind from every region by 30 outlets, as written): 0.984 / 0.957, and 0.989 / 0.989 after courts and
    assemblies by their form ("the Supreme Court", "the Constitutional Court"), "Bank of the Philippine
    Islands", "at the Resolution Foundation thinktank" and 7 rows (Thaksin Shinawatra, Pheu Thai, Mozilla);
    round 37 (30 market and company texts naming many people and firms in few words, as written): 0.978 /
    0.908, and 0.982 / 0.972 after "According to Priya Natarajan of Bernstein" opening a sentence, "ING's
    Jonas Whitmore said", "strategists at the bank led by David Kostin" and 15 rows; round 38 (30 texts from
    outlets little used before: regional papers, national agencies, trade publications, as written): 0.951 /
    0.863, and 0.962 / 0.931 after 33 rows (the Bank of Ghana, Paramount's and Ireland's regulators' people,
    LNG, shipping and biotech firms). Later rounds are described in the README; rounds 107-120 (420 texts, scored
    as written: 0.976 / 0.880) were written with a brief that had sport, entertainment and start-up rounds (113 and
    115, recall 0.715 and 0.722: athletes, clubs and founders named with no role) and, before round 117, counted
    bylines and datelines' agencies as entities."""
    rows = [json.loads(line) for line in BLINDSET.read_text(encoding="utf-8").splitlines()]
    tp = fp = fn = 0
    for row in rows:
        title, sep, body = row["text"].partition("\n\n")
        headline, text = (title, body) if sep else (None, row["text"])
        mentions = _find(text, gazetteer, headline)
        found = {(m.entity_kind, m.entity_id) for m in mentions}
        labelled: set[tuple[str, str]] = set()
        for e in row["entities"]:
            names = [e["name"], *e["surfaces"]]
            # a person's bare surname may be a namesake's in the gazetteer ("Powell" of "Laura Powell")
            looked_up = names if e["kind"] != "person" else [x for x in names if " " in x]
            entity = next(filter(None, map(gazetteer.lookup, looked_up)), None)
            if entity is not None:
                labelled.add((entity.kind, entity.entity_id))
                continue
            slugs = {slug(x) for x in names}
            hit = next(
                (
                    (m.entity_kind, m.entity_id)
                    for m in mentions
                    if m.entity_kind == e["kind"]
                    and (m.entity_id in slugs or any(_same_name(m.surface, x) for x in names))
                ),
                (e["kind"], slug(e["name"])),
            )
            labelled.add(hit)
        tp, fp, fn = tp + len(found & labelled), fp + len(found - labelled), fn + len(labelled - found)
    precision, recall = tp / (tp + fp), tp / (tp + fn)
    print(f"entities blind set: precision {precision:.3f} recall {recall:.3f} ({tp + fn} labelled)")
    assert len(rows) == 3633
    assert precision >= 0.96 and recall >= 0.93


def test_a_place_after_the_firm_is_not_the_firm(gazetteer: EntityGazetteer) -> None:
    text = '"Stocks look cheap," said John Smith, a strategist at the firm in New York.'
    assert _ids(_find(text, gazetteer)) == [("person", "john_smith", "John Smith")]
    named = '"Stocks look cheap," said Jane Doe, a professor of economics at Keio University.'
    assert _ids(_find(named, gazetteer)) == [
        ("person", "jane_doe", "Jane Doe"),
        ("organisation", "keio_university", "Keio University"),
    ]


def test_names_with_letters_beyond_latin_1_and_their_ids(gazetteer: EntityGazetteer) -> None:
    text = (
        "Transport and Infrastructure Minister Abdulkadir Uraloğlu said the order would strengthen ties. "
        '"Demand is robust," said Philipp Häßler, an economist at Pantheon.'
    )
    assert [(m.entity_id, m.surface) for m in _find(text, gazetteer) if m.entity_kind == "person"] == [
        ("abdulkadir_uraloglu", "Abdulkadir Uraloğlu"),
        ("philipp_hassler", "Philipp Häßler"),
    ]


def test_a_namesake_s_surname_is_the_person_the_text_names(gazetteer: EntityGazetteer) -> None:
    # the gazetteer's Fernando Haddad (Brazil) is not the analyst the text quotes
    text = (
        '"Demand is strong," said Rania Haddad, an analyst at Al Ramz. Haddad added that prices would rise.'
    )
    assert [(m.entity_id, m.surface) for m in _find(text, gazetteer) if m.entity_kind == "person"] == [
        ("rania_haddad", "Rania Haddad"),
        ("rania_haddad", "Haddad"),
    ]
    # a title, an initial or the family name first leave the gazetteer's person
    powell = '"Rates will fall," said Fed Chair Jerome H. Powell.'
    assert [m.entity_id for m in _find(powell, gazetteer) if m.entity_kind == "person"] == ["jerome_powell"]


def test_a_firm_s_base_is_not_its_name(gazetteer: EntityGazetteer) -> None:
    text = '"Prices will rise," said Funmi Akinola, an energy analyst at Lagos-based Afrinvest.'
    assert _ids(_find(text, gazetteer)) == [
        ("person", "funmi_akinola", "Funmi Akinola"),
        ("organisation", "afrinvest", "Afrinvest"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"Circle is a money market wrapper," said Nadia Farouk, head of research at crypto asset manager '
            "Sandhill Digital.",
            [
                ("person", "nadia_farouk", "Nadia Farouk"),
                ("organisation", "sandhill_digital", "Sandhill Digital"),
            ],
        ),
        (
            "It was founded by Sofia Reyes, a former engineer at Stripe.",
            [("person", "sofia_reyes", "Sofia Reyes"), ("organisation", "stripe", "Stripe")],
        ),
        # a place after "of" is not a firm
        (
            "It was led by Ana Ruiz, a lawyer from the southern state of Oaxaca.",
            [],
        ),
    ],
)
def test_quoted_sources_with_longer_descriptions_of_their_firm(
    gazetteer: EntityGazetteer, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _ids(_find(text, gazetteer)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Shares rose after President Trump said talks were going well. "We are very optimistic," said Eric '
            "Trump, executive vice president of the Trump Organization.",
            [("donald_trump", "Trump"), ("eric_trump", "Eric Trump")],
        ),
        (
            '"Rates will stay high," said Jim Powell, an economist at Acme Bank. Fed Chair Powell is due to speak.',
            [("jim_powell", "Jim Powell"), ("jerome_powell", "Powell")],
        ),
        (
            '"Inflation is falling," said Andy Bailey, governor of the Bank of England. Bailey added more.',
            [("andrew_bailey", "Bailey"), ("andrew_bailey", "Bailey")],
        ),
        ('"We are ready," said Madam Lagarde, president of the ECB.', [("christine_lagarde", "Lagarde")]),
    ],
)
def test_titles_short_names_and_honorifics_keep_the_gazetteer_person(
    gazetteer: EntityGazetteer, text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(m.entity_id, m.surface) for m in _find(text, gazetteer) if m.entity_kind == "person"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a firm with an apostrophe after its employee's role
            '"The euro is strong," said Kamil Kovar, senior economist at Moody\'s Analytics.',
            [("person", "kamil_kovar"), ("organisation", "moodys_analytics")],
        ),
        (  # ... but a known body's possessive is that body
            "Jane Doe, director of the SEC's Division of Enforcement, said the case was closed.",
            [("person", "jane_doe"), ("organisation", "sec")],
        ),
        (  # a team "including" its analyst, the firm before it
            "Goldman Sachs Group Inc. strategists including Kinger Lau said the rally had further to run.",
            [("organisation", "goldman_sachs"), ("person", "kinger_lau")],
        ),
    ],
)
def test_firms_with_apostrophes_and_teams_including_an_analyst(
    gazetteer: EntityGazetteer, text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(m.entity_kind, m.entity_id) for m in _find(text, gazetteer)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a place's possessive before a firm is no part of it
        (
            '"Cheap," said Raj Mehta, an analyst at Mumbai\'s Kotak Institutional Equities.',
            [("person", "raj_mehta"), ("organisation", "kotak_securities")],
        ),
        (
            '"Cheap," said Ed Yardeni, president of Wall Street\'s Yardeni Research.',
            [("person", "ed_yardeni"), ("organisation", "yardeni_research")],
        ),
    ],
)
def test_outside_review_of_firms_before_and_after_a_possessive(
    gazetteer: EntityGazetteer, text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(m.entity_kind, m.entity_id) for m in _find(text, gazetteer)] == expected


def test_the_place_ending_the_sentence_before_is_no_team_s_firm(gazetteer: EntityGazetteer) -> None:
    found = _find("Stocks rallied in London. Strategists led by Mike Wilson raised their target.", gazetteer)
    assert [m for m in found if m.entity_kind == "organisation"] == []


def test_a_title_s_words_are_no_name_and_a_firm_in_title_case(gazetteer: EntityGazetteer) -> None:
    text = (
        "Meta's Chief Global Affairs Officer Joel Kaplan said the rules were unfair. Adnoc raised its output."
    )
    found = {(m.entity_kind, m.entity_id) for m in _find(text, gazetteer)}
    assert ("person", "affairs_officer_joel") not in found and ("organisation", "adnoc") in found


@pytest.mark.parametrize(
    ("text", "persons"),
    [
        (  # a pair before ", who"
            "David Zinsner and Michelle Johnston Holthaus, who had served as interim co-CEOs, will stay on.",
            ["David Zinsner", "Michelle Johnston Holthaus"],
        ),
        ("Gail Slater, who heads the antitrust division, said the ruling was a win.", ["Gail Slater"]),
        ("The board named its iron ore chief as CEO, replacing Jakob Stausholm.", ["Jakob Stausholm"]),
        ("Lucy Powell was sacked and replaced by Alan Campbell.", ["Lucy Powell", "Alan Campbell"]),
        ("Pat McFadden becomes work and pensions secretary.", ["Pat McFadden"]),
        ("The president appointed Bashir Bayo Ojulari as the new GCEO.", ["Bashir Bayo Ojulari"]),
        (  # a title run into the name is not part of it
            "Agriculture Minister John Steenhuisen, the leader of the party, said so.",
            ["John Steenhuisen"],
        ),
        ("He told Rebecca Lau of Harbourline Capital that there were no plans.", ["Rebecca Lau"]),
        # not a person: an index, a firm's word, a place or a time
        ("Despite the gains, the MSCI Asia Pacific Index remains down 12%.", []),
        ("Kraaijenbrink Holding, who makes valves, was sold.", []),
        ("Wall Street, who had rallied, slipped.", []),
        # an index, an outlet, a country or a firm becoming something else than an office
        ("Hang Seng became Asia's best-performing index this year.", []),
        ("Nasdaq Composite became the first to top 20,000.", []),
        ("Dow Jones, who owns the newspaper, said so.", []),
        ("Sky News, who first reported the deal, said so.", []),
        ("Costa Rica became a member of the OECD.", []),
        ("Hong Kong Exchanges became busier.", []),
        # U.S. lawmakers, a title of several judges, a middle initial, an office's holder
        ("Sen. Amy Klobuchar, D-Minn., the top Democrat on the panel, said so.", ["Amy Klobuchar"]),
        ("Reps. Chip Roy, R-Texas, and Ralph Norman, R-S.C., said no.", ["Chip Roy", "Ralph Norman"]),
        (
            "Reps. Thomas Massie of Kentucky and Warren Davidson of Ohio voted no.",
            ["Thomas Massie", "Warren Davidson"],
        ),
        (
            "The panel of the trade court, Judges Timothy M. Reif, Jane A. Restani and Gary S. Katzmann, ruled.",
            ["Timothy M. Reif", "Jane A. Restani", "Gary S. Katzmann"],
        ),
        ("U.S. District Judge Paul A. Engelmayer issued the order.", ["Paul A. Engelmayer"]),
        (
            "He fired the bureau's previous director, Rohit Chopra, on Feb. 1.",
            ["Rohit Chopra"],
        ),
        ("Cook said so through her attorney, Abbe Lowell.", ["Abbe Lowell"]),
        ("Its leader, Osaka Gov. Hirofumi Yoshimura, said so.", ["Hirofumi Yoshimura"]),
        ("Merz Becomes German Chancellor After Stunning First-Round Defeat", ["Merz"]),
        # a firm before a ticker-like name, an island after "Governors"
        ("Quantum stocks Rigetti Computing, D-Wave Quantum and IonQ jumped.", []),
        ("Ferries to Governors Island and Liberty Island run.", []),
        ("Korea Zinc Chairman Choi Yoon-beom kept control.", ["Choi Yoon-beom"]),
        ("Lee Yoon-kyeong, an analyst at Hana Securities, said so.", ["Lee Yoon-kyeong"]),
        # a gazetteer name before a hyphen is theirs unless a given name goes on
        ("Yoon-ho Park, a lawyer, said the ruling was wrong.", ["Yoon-ho Park"]),
        # a family name first with a hyphenated given name not theirs is another person
        (
            '"It will not move," said Yoon Ji-ho, chief economist at NH Investment & Securities.',
            ["Yoon Ji-ho"],
        ),
        (
            "President Lee Jae-myung met Lee Min-hee, a fund manager, on Friday.",
            ["Lee Jae-myung", "Lee Min-hee"],
        ),
        ("U.S. President Donald Trump-backed candidates won.", ["Donald Trump"]),
        ("Investors cheered Prime Minister Takaichi-led stimulus.", ["Takaichi"]),
        ("A Trump-tied Senate candidate won in Modi-ruled Gujarat.", ["Trump", "Modi"]),
        ("Democrat Yoon-ally lawmakers protested after President Trump-style tariffs.", ["Yoon", "Trump"]),
        # "According to X of Y" opening a sentence, a firm's possessive before the name, "at the bank led by"
        ("The won fell. According to Priya Natarajan of Bernstein, demand may grow.", ["Priya Natarajan"]),
        ("ING's Jonas Whitmore said markets would price three more cuts.", ["Jonas Whitmore"]),
        ("Kiwoom Securities' Han Da-eun said the BOK would be wary.", ["Han Da-eun"]),
        (
            "Goldman cut its odds. Strategists at the bank led by David Kostin raised their target.",
            ["David Kostin"],
        ),
        # a name on its own line after a heading
        ("Shares of Toyota fell.\nAnalyst Note\nKenji Sato, who covers autos, said.", ["Kenji Sato"]),
    ],
)
def test_persons_named_by_what_only_a_person_does(
    gazetteer: EntityGazetteer, text: str, persons: list[str]
) -> None:
    assert [m.surface for m in _find(text, gazetteer) if m.entity_kind == "person"] == persons


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "South Korea's ruling Democratic Party passed the bill, Lee Jae-myung said.",
            "democratic_party_korea",
        ),
        ("U.S. Democrats and the Democratic Party in Washington objected.", "democratic_party_us"),
        ("China's Ministry of Commerce said Beijing would respond.", "mofcom"),
    ],
)
def test_a_body_named_by_its_form_is_the_one_of_the_text_s_country(
    gazetteer: EntityGazetteer, text: str, body: str
) -> None:
    assert body in [m.entity_id for m in _find(text, gazetteer) if m.entity_kind == "organisation"]


@pytest.mark.parametrize(
    ("text", "bodies"),
    [
        (  # the body of the text's country, not a foreign one named in full before it
            "KUALA LUMPUR (Reuters) - Bursa Malaysia's index rose 0.3%. The Ontario Securities Commission fined a "
            "Canadian firm. The Securities Commission said it would tighten rules on Malaysian brokers, Prime "
            "Minister Anwar Ibrahim said.",
            ["bursa_malaysia", "osc", "securities_commission_malaysia"],
        ),
        (  # "Liberal Democratic Party" names another party; a fuller ministry's name is the ministry
            "SEOUL (Yonhap) -- Japan's Liberal Democratic Party chose a leader. The Democratic Party said it would "
            "pass the budget, said Kim Min-jun, an analyst at Mirae Asset. The Ministry of Finance in Berlin said, "
            "said Jane Doe, an economist at Commerzbank in Frankfurt. Germany's DAX rose.",
            ["ldp", "democratic_party", "mirae_asset", "german_finance_ministry", "commerzbank"],
        ),
        (  # "New Democratic Party" is not what "Democratic Party" names in a Canadian text
            "Canada's TSX rose as Mark Carney met officials in Ottawa. The Democratic Party criticized the tariffs, "
            "said Jane Doe, an economist at RBC in Toronto.",
            ["democratic_party", "rbc"],
        ),
        (  # a short form of a body named before, not the Politburo for a "Central Committee"
            "Vietnam's VN-Index rose. The State Securities Commission said, said Nguyen Van An, an analyst at SSI "
            "in Hanoi. The Securities Commission said more.",
            ["ssc_vietnam", "ssi", "ssc_vietnam"],
        ),
        (  # NBS is China's acronym, but Nigeria's bureau is no short form of it
            "Nigeria's inflation eased, according to the National Bureau of Statistics (NBS), said Ada Obi, an "
            "analyst at Afrinvest in Lagos.",
            ["national_bureau_of_statistics", "nbs_china", "afrinvest"],
        ),
    ],
)
def test_bodies_by_form_prefer_the_one_named_in_full_and_only_qualified_names(
    gazetteer: EntityGazetteer, text: str, bodies: list[str]
) -> None:
    assert [m.entity_id for m in _find(text, gazetteer) if m.entity_kind == "organisation"] == bodies


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (  # a court or an assembly by its form is the one of the text's country; a person named Court is not
            "The Supreme Court will hear the tariff case, said Jane Doe, an economist at Nomura in Washington. "
            "U.S. stocks rose. Sarah Court, a strategist at RBC, said so.",
            [
                ("organisation", "us_supreme_court"),
                ("person", "jane_doe"),
                ("organisation", "nomura"),
                ("country", "US"),
                ("country", "US"),
                ("person", "sarah_court"),
                ("organisation", "rbc"),
            ],
        ),
        (  # a firm named "Bank of the ...", and a kind of firm after its name
            '"It is likely," Carlos Manalo, chief economist at Bank of the Philippine Islands, said. Imogen Hart, '
            "a senior economist at the Resolution Foundation thinktank, said so.",
            [
                ("person", "carlos_manalo"),
                ("organisation", "bpi"),
                ("person", "imogen_hart"),
                ("organisation", "resolution_foundation"),
            ],
        ),
        (  # a mall named Court is no court; a firm "of the" country is the firm and the country
            "Link REIT bought Central Court, a shopping mall, said Jane Foley, head of FX strategy at Rabobank of "
            "the Netherlands.",
            [
                ("organisation", "link_reit"),
                ("person", "jane_foley"),
                ("organisation", "rabobank"),
                ("country", "NL"),
            ],
        ),
        (  # "at a Mumbai brokerage" says where the firm is, not its name
            '"We stay cautious," said Sameer Kulkarni, senior technical analyst at a Mumbai brokerage.',
            [("person", "sameer_kulkarni")],
        ),
    ],
)
def test_courts_assemblies_and_firms_after_a_role(
    gazetteer: EntityGazetteer, text: str, found: list[tuple[str, str]]
) -> None:
    assert [(m.entity_kind, m.entity_id) for m in _find(text, gazetteer)] == found


def test_a_currency_a_portfolio_and_a_committee_are_no_entity(gazetteer: EntityGazetteer) -> None:
    text = (
        "Brent traded at US$65 and the fund raised NZ$1.2 billion. Sultan Al Jaber, Minister of Industry and "
        "Advanced Technology, said so. Rates held, said Jo Li, a member of the MPC. The US said so."
    )
    assert [(m.entity_kind, m.surface) for m in _find(text, gazetteer)] == [
        ("person", "Sultan Al Jaber"),
        ("person", "Jo Li"),
        ("country", "US"),
    ]


def test_a_firm_s_unit_before_said_is_no_person(gazetteer: EntityGazetteer) -> None:
    text = "Meta's Reality Labs said sales rose. Amazon's Whole Foods said prices fell. Miller Tabak's Matt Maley said so."
    assert [(m.entity_kind, m.surface) for m in _find(text, gazetteer) if m.entity_kind != "country"] == [
        ("organisation", "Meta"),
        ("organisation", "Amazon"),
        ("organisation", "Miller Tabak"),
        ("person", "Matt Maley"),
    ]


@pytest.mark.parametrize(
    ("text", "banks"),
    [
        (  # the one bank named in full whose name has the words; no guess from the text's country
            "SYDNEY - Australian shares fell. The Reserve Bank of New Zealand cut rates, said Jo Li, an economist at "
            "Westpac. The Reserve Bank said more cuts may come. Australia's ASX 200 fell. The Reserve Bank held.",
            ["RBNZ", "RBNZ", "RBNZ"],
        ),
        (  # a place that is no country of the gazetteer names no bank
            "Fiji's Reserve Bank held rates, said Jo Li, an economist at Westpac. Australia's ASX fell.",
            [],
        ),
        (  # a country's possessive names whose; the Fed is no "Central Bank" of a U.S. story
            "US Treasury Secretary Scott Bessent finalised a swap with Argentina's Central Bank in Washington, said "
            "Jo Li, an economist at Citi. Central Bank president Santiago Bausili took part.",
            ["BCRA"],
        ),
        (  # Peru's is the Central Reserve Bank; one without a country's possessive is the one named in full
            "Peru's Central Reserve Bank held its rate, said Jo Li, an economist at BBVA. The Central Reserve "
            "Bank of El Salvador did not meet. The Central Reserve Bank said prices rose.",
            ["BCRP", "BCR_SV", "BCR_SV"],
        ),
        (  # ... and no mention when the text names none in full
            "LIMA - The Central Reserve Bank held its rate, said Jo Li, an economist at BBVA.",
            [],
        ),
        (  # a regional Fed bank's name goes on after "St."
            "Federal Reserve Bank of St. Louis President Alberto Musalem said rates were right, said Jo Li, an "
            "economist at Citi.",
            ["federal_reserve_bank_of_st_louis"],
        ),
    ],
)
def test_a_central_bank_named_by_its_form(gazetteer: EntityGazetteer, text: str, banks: list[str]) -> None:
    assert [m.entity_id for m in _find(text, gazetteer) if m.entity_kind == "central_bank"] == banks


def test_tenth_review_of_the_new_rows(gazetteer: EntityGazetteer) -> None:
    # the IMF's Extended Fund Facility is no party; a bank El Salvador's possessive names is its own
    text = (
        "ISLAMABAD - Pakistan expects the IMF to release $1 billion under its Extended Fund Facility (EFF). The "
        "EFF requires the FBR to raise taxes. El Salvador's Central Reserve Bank said remittances rose."
    )
    assert [(m.entity_kind, m.entity_id) for m in _find(text, gazetteer) if m.entity_kind != "country"] == [
        ("organisation", "imf"),
        ("organisation", "federal_board_of_revenue"),
        ("central_bank", "BCR_SV"),
    ]


def test_an_office_s_portfolio_and_a_desk_name_no_body(gazetteer: EntityGazetteer) -> None:
    text = (
        "Secretary for Financial Services and the Treasury Christopher Hui said so. Rates will fall, said Frances "
        "Cheung, head of FX and rates strategy at OCBC. To Lam, General Secretary of the Communist Party of "
        "Vietnam, spoke."
    )
    assert [(m.entity_kind, m.entity_id) for m in _find(text, gazetteer) if m.entity_kind != "country"] == [
        ("person", "christopher_hui"),
        ("person", "frances_cheung"),
        ("organisation", "ocbc"),
        ("person", "to_lam"),
        ("organisation", "communist_party_of_vietnam"),
    ]


def test_a_firm_s_secretary_is_no_portfolio(gazetteer: EntityGazetteer) -> None:
    text = "Company Secretary for Kalyani Steels Holdings Ltd, Rohit Sharma, said the board approved the dividend."
    assert ("organisation", "Kalyani Steels Holdings Ltd") in [
        (m.entity_kind, m.surface) for m in _find(text, gazetteer)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # round 43: the opposition's spokesman names no firm; outlets and firms the gazetteer now lists
        ("Opposition treasury spokesman Ted O'Brien said Labor could not claim credit.", ["Ted O'Brien"]),
        (
            "Bundesbank President Joachim Nagel told Handelsblatt that spending would help.",
            ["Bundesbank", "Joachim Nagel", "Handelsblatt"],
        ),
        (
            "Santos Ltd is being advised by Goldman Sachs, with Herbert Smith Freehills Kramer as legal adviser.",
            ["Santos Ltd", "Goldman Sachs", "Herbert Smith Freehills Kramer"],
        ),
        # the port and basin of Santos are no firm; an outlet's disclaimer and a TV appearance
        ("Coffee exports through the port of Santos rose 12% in the pre-salt Santos Basin.", []),
        (
            "Disclaimer: Recommendations, suggestions, views and opinions given by the experts are their own. These "
            "do not represent the views of The Economic Times.",
            [],
        ),
        (
            "Fed Governor Christopher Waller, who appeared on CNBC on Monday, said so.",
            ["Fed", "Christopher Waller", "CNBC"],
        ),
        # a gazetteer person's name spelt another way is still theirs
        ('"It will hold," said Rhee Chang-young, the governor.', ["Rhee"]),
        # a credit line names no outlet
        ("Shares rose.\n\nThis story first appeared on CNBC.com. More from CNBC:", []),
    ],
)
def test_round_43_rows_and_forms(gazetteer: EntityGazetteer, text: str, expected: list) -> None:
    assert [m.surface for m in _find(text, gazetteer) if m.entity_kind != "country"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # round 44: a successor named by "took over from", an exit by "would step down"; firms by name
        ("Mr Matos, who took over from Shayne Elliott in May, said so.", ["Shayne Elliott"]),
        ("It followed the announcement that Jakob Stausholm would step down.", ["Jakob Stausholm"]),
        (
            "Jean-Philippe Roy, who covers the company for National Bank Financial, said so.",
            ["Jean-Philippe Roy", "National Bank Financial"],
        ),
        ("Hudson's Bay seeks creditor protection.", ["Hudson's Bay"]),
    ],
)
def test_round_44_forms_and_rows(gazetteer: EntityGazetteer, text: str, expected: list) -> None:
    assert [m.surface for m in _find(text, gazetteer) if m.entity_kind != "country"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # review 15: another Rhee is not the governor; a disclaimer phrase inside copy drops nothing
        ('"Rates are near neutral," said Rhee Chang-won, a strategist.', ["Rhee Chang-won"]),
        (
            "Miran said his dissent does not represent the views of the Fed board, according to Reuters.",
            ["Miran", "Fed", "Reuters"],
        ),
        ("The ASX 200 rose 0.4%.\nA version of this story first appeared on Bloomberg.com.", []),
    ],
)
def test_fifteenth_review_of_names_and_credits(gazetteer: EntityGazetteer, text: str, expected: list) -> None:
    assert [m.surface for m in _find(text, gazetteer) if m.entity_kind != "country"] == expected


def test_a_one_word_name_is_the_person_the_text_names_in_full_with_it(gazetteer: EntityGazetteer) -> None:
    text = (
        "Finance Minister Pichai Chunhavajira said the cut was welcome. Pichai added that growth would pick up. "
        "The outcome marks a defeat for Mediobanca Chief Executive Officer Alberto Nagel. Nagel is expected to "
        "step down."
    )
    assert [(m.entity_id, m.surface) for m in _find(text, gazetteer) if m.entity_kind == "person"] == [
        ("pichai_chunhavajira", "Pichai Chunhavajira"),
        ("pichai_chunhavajira", "Pichai"),
        ("alberto_nagel", "Alberto Nagel"),
        ("alberto_nagel", "Nagel"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # review 16: a head of state named by surname stays them; a namesake named later takes nothing before
        (
            'Shares rose. "We are building the biggest miner," said Eric Trump, co-founder of the company. Trump has '
            "championed crypto since returning to the White House.",
            [("eric_trump", "Eric Trump"), ("donald_trump", "Trump")],
        ),
        (
            "Powell spoke on Monday. Jim Powell, an economist at Acme Bank, disagreed.",
            [("jerome_powell", "Powell"), ("jim_powell", "Jim Powell")],
        ),
    ],
)
def test_sixteenth_review_of_surnames(gazetteer: EntityGazetteer, text: str, expected: list) -> None:
    assert [(m.entity_id, m.surface) for m in _find(text, gazetteer) if m.entity_kind == "person"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the exchanges by their short names, not the indices named after them
            "Shares will list on the BSE and NSE on Friday. The BSE Sensex rose 0.5% and the NSE Nifty 50 gained "
            "0.4%, while the S&P BSE 500 added 0.3%.",
            [("organisation", "bse_ltd", "BSE"), ("organisation", "nse_india", "NSE")],
        ),
        (  # an Indian issue's tranche of qualified institutional buyers is no Qatari bank
            "The QIB portion was booked 0.9 times.",
            [],
        ),
        (
            "Qatar's QIB reported a 10% rise in profit.",
            [("country", "QA", "Qatar"), ("organisation", "qatar_islamic_bank", "QIB")],
        ),
        (  # the kind of a body at a sentence's start names no firm
            "Supervisory board chairman Wolfgang Heinemann thanked him. Central bank president Rosanna Costa spoke.",
            [
                ("person", "wolfgang_heinemann", "Wolfgang Heinemann"),
                ("person", "rosanna_costa", "Rosanna Costa"),
            ],
        ),
        (  # a German firm's "Chemie" is no person's name
            "Vossberg Chemie replaces CEO after second profit warning",
            [],
        ),
        (  # a firm whose name holds a country's is the firm
            "Air Canada flight attendants walked out as WestJet and Porter Airlines added flights.",
            [
                ("organisation", "air_canada", "Air Canada"),
                ("organisation", "westjet", "WestJet"),
                ("organisation", "porter_airlines", "Porter Airlines"),
            ],
        ),
    ],
)
def test_round_47_short_names_and_words_that_are_no_firm(
    gazetteer: EntityGazetteer, text: str, expected: list
) -> None:
    assert _ids(_find(text, gazetteer)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # review 17: another country's NSE or BSE, or the cattle disease, is not India's exchange
            "NAIROBI - Trading at the Nairobi Securities Exchange (NSE) rose on Monday. The NSE said foreign investors "
            "were net buyers.",
            [("organisation", "nairobi_securities_exchange", "Nairobi Securities Exchange")],
        ),
        (
            "Japan eased curbs imposed after a 2003 case of BSE, or mad cow disease.",
            [("country", "JP", "Japan")],
        ),
        (  # India's gauges and sector indices by the exchange's name are indices
            "MUMBAI - The BSE midcap gauge fell 1.4 per cent and the BSE Realty index gained 1.5%, while the NSE "
            "Nifty50 rose. Shares will list on the BSE.",
            [("organisation", "bse_ltd", "BSE")],
        ),
        (  # Qatar Islamic Bank in a Gulf issue that speaks of qualified institutional investors
            "DOHA - The IPO offers shares to qualified institutional investors, with QIB acting as a lead manager.",
            [("organisation", "qatar_islamic_bank", "QIB")],
        ),
        (
            "SINGAPORE - The Government of Singapore said it would raise the GST.",
            [("country", "SG", "Singapore")],
        ),
    ],
)
def test_seventeenth_review_of_short_names(gazetteer: EntityGazetteer, text: str, expected: list) -> None:
    assert _ids(_find(text, gazetteer)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # an Indonesian firm with its legal forms
            "Governor Eli M. Remolona, Jr. spoke. Shares of PT Bank Rakyat Indonesia (Persero) Tbk rose.",
            [
                ("person", "eli_remolona", "Remolona"),
                ("organisation", "bank_rakyat_indonesia", "PT Bank Rakyat Indonesia (Persero) Tbk"),
            ],
        ),
        (  # an Indonesian name goes on after its head word, and no name runs over a line's end
            '"We will coordinate," said Wisnu Wardana, an economist at PT Bank Danamon Indonesia Tbk.\n'
            "Bank Indonesia said it had intervened.",
            [
                ("person", "wisnu_wardana", "Wisnu Wardana"),
                ("organisation", "bank_danamon", "PT Bank Danamon Indonesia Tbk."),
                ("central_bank", "BI", "Bank Indonesia"),
            ],
        ),
        (  # the Philippine central bank by its initials, not in Indian copy (the Bahujan Samaj Party)
            "BSP cuts rates anew as inflation eases.",
            [("central_bank", "BSP", "BSP")],
        ),
        (
            "The BSP and the Samajwadi Party in India formed an alliance.",
            [
                ("organisation", "samajwadi_party", "Samajwadi Party"),
                ("country", "IN", "India"),
            ],
        ),
        (  # an undersecretary's title before the name
            "Budget Undersecretary Rolando U. Toledo was named officer-in-charge.",
            [("person", "rolando_toledo", "Rolando U. Toledo")],
        ),
        (
            "South Africans were spared a tax rise, and Turkiye's central bank held rates.",
            [
                ("country", "ZA", "South Africans"),
                ("country", "TR", "Turkiye"),
            ],
        ),
    ],
)
def test_round_48_names_with_their_suffixes_and_legal_forms(
    gazetteer: EntityGazetteer, text: str, expected: list
) -> None:
    assert _ids(_find(text, gazetteer)) == expected


def test_a_names_suffix_may_take_a_comma_and_lose_its_period(gazetteer: EntityGazetteer) -> None:
    assert [gazetteer.lookup(n).entity_id for n in ("Eli M. Remolona, Jr.", "Eli M. Remolona Jr")] == [
        "eli_remolona",
        "eli_remolona",
    ]
    assert gazetteer.lookup("PT Mandiri Sekuritas").entity_id == "mandiri_sekuritas"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # review 18: an Indonesian name stops at "Tbk", before a title or a ticker
            "JAKARTA - PT Bank Central Asia Tbk President Director Jahja Setiaatmadja said loans would grow. Shares "
            "of PT Bank Rakyat Indonesia Tbk BBRI rose 2%.",
            [
                ("organisation", "bank_central_asia", "PT Bank Central Asia Tbk"),
                ("person", "jahja_setiaatmadja", "Jahja Setiaatmadja"),
                ("organisation", "bank_rakyat_indonesia", "PT Bank Rakyat Indonesia Tbk"),
            ],
        ),
        (  # India's exchanges in company copy that names nothing else of India
            "Adani Enterprises said in an exchange filing to the BSE that its board approved a share sale.",
            [("organisation", "adani_enterprises", "Adani Enterprises"), ("organisation", "bse_ltd", "BSE")],
        ),
        (
            "The IDX Composite index rose 0.5%, data from the Indonesia Stock Exchange showed.",
            [
                ("organisation", "indonesia_stock_exchange", "Indonesia Stock Exchange"),
            ],
        ),
        ("LUCKNOW - BSP chief Mayawati announced the party will contest all 403 seats.", []),
        (
            "Qualified institutional buyers bid for 120 times the shares. The QIB allotment is due on Thursday.",
            [],
        ),
    ],
)
def test_eighteenth_review_of_names(gazetteer: EntityGazetteer, text: str, expected: list) -> None:
    assert _ids(_find(text, gazetteer)) == expected


def test_nzx_is_the_exchange_but_not_in_the_index_named_after_it(gazetteer: EntityGazetteer) -> None:
    text = "The S&P/NZX 50 index rose 1.1 per cent. Fonterra will delist from the NZX next year."
    assert _ids(_find(text, gazetteer)) == [
        ("organisation", "fonterra", "Fonterra"),
        ("organisation", "nzx", "NZX"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # review 19: an Indonesian bank named after its parent keeps its whole name
            "PT Bank CTBC Indonesia raised rates.",
            [("organisation", "pt_bank_ctbc_indonesia", "PT Bank CTBC Indonesia")],
        ),
        ("Britain confirmed a case of BSE on a farm in Scotland.", [("country", "GB", "Britain")]),
        (  # a Gulf sukuk for qualified institutional buyers still names Qatar Islamic Bank
            "DOHA - QIB sold a sukuk to qualified institutional buyers.",
            [("organisation", "qatar_islamic_bank", "QIB")],
        ),
        ("IDX 2026 targets call for 50 listings.", [("organisation", "indonesia_stock_exchange", "IDX")]),
    ],
)
def test_nineteenth_review_of_names(gazetteer: EntityGazetteer, text: str, expected: list) -> None:
    assert _ids(_find(text, gazetteer)) == expected


def test_a_desk_s_credit_in_the_dateline_and_a_proxy_adviser_name_no_outlet_or_firm(
    gazetteer: EntityGazetteer,
) -> None:
    """ "(Reuters Breakingviews) -" and "(Korea Herald) -" credit the report; "Proxy adviser" describes the
    firm after it."""
    text = (
        "NEW YORK, Sept 2 (Reuters Breakingviews) - Kraft Heinz is undoing its merger. SEOUL, June 4 (Korea "
        "Herald) - Proxy adviser Institutional Shareholder Services backed the plan."
    )
    assert _ids(_find(text, gazetteer)) == [
        ("organisation", "kraft_heinz", "Kraft Heinz"),
        ("organisation", "institutional_shareholder_services", "Institutional Shareholder Services"),
    ]


def test_kohl_s_and_joann_in_a_person_s_name_are_not_the_retailers(gazetteer: EntityGazetteer) -> None:
    text = (
        "Helmut Kohl's legacy looms large. Joann Barrett of the union disagreed. Retailer Kohl's cut its outlook, "
        "after Party City and Joann filed for bankruptcy. Joann Stores will close. Buy Kohl's, analysts say."
    )
    assert [(m.entity_id, m.surface) for m in find_entities(text, split_sentences(text), gazetteer)] == [
        ("kohls", "Kohl's"),
        ("party_city", "Party City"),
        ("joann", "Joann"),
        ("joann", "Joann"),
        ("kohls", "Kohl's"),
    ]
    headline = "Why Kohl's Stock Is Jumping Today"
    assert [m.entity_id for m in find_entities(headline, split_sentences(headline), gazetteer)] == ["kohls"]
    senator = "Former Senator Herb Kohl's estate is selling a stake."
    assert "kohls" not in [m.entity_id for m in find_entities(senator, split_sentences(senator), gazetteer)]


def test_a_quoted_source_s_firm_after_its_place_and_kind(gazetteer: EntityGazetteer) -> None:
    """ "at Warsaw-based consultancy Vistula Analytics", "at Mexico City brokerage Valores del Bajío": the
    firm's place before its kind no longer hides the source and the firm ("del" joins a firm's name)."""
    text = (
        '"Rates stay put," said Rodrigo Anaya, chief economist at Mexico City brokerage Valores del Bajío. '
        '"We now expect a cut," said Marta Wiśniewska, an economist at Warsaw-based consultancy Vistula Analytics.'
    )
    assert [(kind, entity_id) for kind, entity_id, _ in _ids(_find(text, gazetteer))] == [
        ("person", "rodrigo_anaya"),
        ("country", "MX"),
        ("organisation", "valores_del_bajio"),
        ("person", "marta_wisniewska"),
        ("country", "PL"),
        ("organisation", "vistula_analytics"),
    ]


def test_a_rate_setting_committee_is_its_central_bank(gazetteer: EntityGazetteer) -> None:
    """A "Monetary Policy Committee" is the bank whose possessive it follows, or the one central bank the text
    names (as "FOMC" is the Fed); with no bank named it is no mention."""
    owned = "The Bank of Thailand's Monetary Policy Committee voted 5-2 to hold the rate."
    assert _ids(_find(owned, gazetteer)) == [
        ("central_bank", "BOT", "Bank of Thailand"),
        ("central_bank", "BOT", "Monetary Policy Committee"),
    ]
    named = "Bank Negara Malaysia cut its policy rate. The Monetary Policy Council said growth would slow."
    assert _ids(_find(named, gazetteer))[-1] == ("central_bank", "BNM", "Monetary Policy Council")
    alone = "The Monetary Policy Committee held rates, said Pedro Gomes, an analyst."
    assert _ids(_find(alone, gazetteer)) == [("person", "pedro_gomes", "Pedro Gomes")]


def test_a_firm_before_its_place_and_no_name_across_a_paragraph(gazetteer: EntityGazetteer) -> None:
    """ "said Tan Boon Heng of Meridian Straits Capital in Singapore": the firm then its place; a title-case
    headline ending in "of Gains" before a body opening "Employers added" names no one."""
    text = '"It is a global recession trade," said Tan Boon Heng of Meridian Straits Capital in Singapore.'
    assert [(kind, entity_id) for kind, entity_id, _ in _ids(_find(text, gazetteer))] == [
        ("person", "tan_boon_heng"),
        ("organisation", "meridian_straits_capital"),
        ("country", "SG"),
    ]
    title = "Hiring Slows Sharply, and Revisions Wipe Out Months of Gains"
    body = "Employers added just 73,000 jobs in July, the Labor Department said."
    assert _ids(_find(body, gazetteer, title)) == [("organisation", "us_labor", "Labor Department")]


def test_nordic_and_german_legal_forms_after_a_known_firm(gazetteer: EntityGazetteer) -> None:
    """ "Novo Nordisk A/S" is the gazetteer's Novo Nordisk, as "Nvidia Corp" is Nvidia."""
    text = (
        "Novo Nordisk A/S named international operations chief Maziar Mike Doustdar as its chief executive."
    )
    assert ("organisation", "novo_nordisk") in {
        (kind, entity_id) for kind, entity_id, _ in _ids(_find(text, gazetteer))
    }


def test_an_acting_official_s_title_and_irish_offices(gazetteer: EntityGazetteer) -> None:
    """ "Acting Comptroller of the Currency Rodney Hood said": the office, then the person (not a person
    "Acting Comptroller" of a firm "Currency Rodney Hood"); "Tánaiste" is a title before a name."""
    text = 'Acting Comptroller of the Currency Rodney Hood said the plan "aligns requirements".'
    assert _ids(_find(text, gazetteer)) == [
        ("organisation", "occ", "Comptroller of the Currency"),
        ("person", "rodney_hood", "Rodney Hood"),
    ]
    irish = "Tánaiste Conor Walsh said the Budget was pro-business."
    assert ("person", "conor_walsh", "Conor Walsh") in _ids(_find(irish, gazetteer))


def test_vietnamese_names_a_board_that_sets_rates_and_one_slug_per_apostrophe(
    gazetteer: EntityGazetteer,
) -> None:
    """Vietnamese letters of Latin Extended Additional ("Đỗ Thanh Tùng") make a whole name; the Bank of Korea's
    "Monetary Policy Board" is the bank; a name's slug is the same with a straight or a curly apostrophe."""
    text = '"The upgrade is a milestone," said Đỗ Thanh Tùng, an analyst at Saigon Securities.'
    assert ("person", "do_thanh_tung", "Đỗ Thanh Tùng") in _ids(_find(text, gazetteer))
    bok = "The Bank of Korea cut rates. The unanimous decision by the seven-member Monetary Policy Board was expected."
    assert _ids(_find(bok, gazetteer))[-1] == ("central_bank", "BOK", "Monetary Policy Board")
    assert slug("People’s Action Party") == slug("People's Action Party") == "people_s_action_party"


def test_a_role_with_a_place_word_and_a_source_of_a_firm_before_other_verbs(
    gazetteer: EntityGazetteer,
) -> None:
    """ "Nomura's chief China economist, Tang Jiawei, said"; "Carl Hutton of Melius Research pointed to";
    "Kunal Sethi of Kolkata-based Eastwind Capital is more cautious"."""
    found = _ids(
        _find(
            "Nomura's chief China economist, Tang Jiawei, said cuts would wait. Carl Hutton of Melius Research "
            "pointed to circular deals. Kunal Sethi of Kolkata-based Eastwind Capital is more cautious.",
            gazetteer,
        )
    )
    people = {entity_id for kind, entity_id, _ in found if kind == "person"}
    firms = {entity_id for kind, entity_id, _ in found if kind == "organisation"}
    assert people == {"tang_jiawei", "carl_hutton", "kunal_sethi"}
    assert {"melius_research", "eastwind_capital"} <= firms


def test_a_firm_s_place_alone_is_no_firm(gazetteer: EntityGazetteer) -> None:
    """ "an analyst at Paris-based broker Octave Finance": "Paris-based" before the role word is no firm."""
    text = '"The price is good," said Camille Rousset, an analyst at Paris-based broker Octave Finance.'
    assert [entity_id for kind, entity_id, _ in _ids(_find(text, gazetteer)) if kind == "organisation"] == [
        "octave_finance"
    ]


def test_a_sector_word_before_a_firm_and_congo(gazetteer: EntityGazetteer) -> None:
    """ "Private-sector Reliance Industries" is Reliance Industries; the Democratic Republic of Congo is a
    country of the gazetteer."""
    text = "Private-sector Reliance Industries cut purchases, while exports from the Democratic Republic of Congo stalled."
    assert _ids(_find(text, gazetteer)) == [
        ("organisation", "reliance_industries", "Reliance Industries"),
        ("country", "CD", "Democratic Republic of Congo"),
    ]


def _organisations(text: str, gazetteer: EntityGazetteer) -> list[tuple[str, str]]:
    return [
        (entity_id, surface)
        for kind, entity_id, surface in _ids(_find(text, gazetteer))
        if kind == "organisation"
    ]


def test_parties_by_their_short_forms_are_the_home_country_s(gazetteer: EntityGazetteer) -> None:
    """ "Labour", "the Greens", "Conservative leader", "Liberals", "a Republican", "the top Democrat": the party
    of the country the text names most that has one, and Canada's "Conservatives" are not Britain's."""
    uk = (
        "Britain's economy grew 0.1%. Kemi Badenoch, the Conservative leader, said Labour's tax rises had stalled "
        "growth, while the Greens and the Liberal Democrat leader, Ed Davey, called for a wealth tax."
    )
    assert _organisations(uk, gazetteer) == [
        ("uk_conservative_party", "Conservative"),
        ("uk_labour_party", "Labour"),
        ("green_party_england_wales", "Greens"),
        ("liberal_democrats_uk", "Liberal Democrat"),
    ]
    canada = (
        "Canada's budget deficit doubled. Carney's Liberals hold a minority, and the Conservatives said they "
        "would vote against it. In the United States, Senator Elizabeth Warren, the top Democrat on the "
        "Banking Committee, and a Republican aide disagreed."
    )
    assert _organisations(canada, gazetteer) == [
        ("liberal_party_canada", "Liberals"),
        ("conservative_party_canada", "Conservatives"),
        ("democratic_party_us", "Democrat"),
        ("banking_committee", "Banking Committee"),
        ("republican_party", "Republican"),
    ]
    germany = "Germany's Social Democrats and the Greens backed Merz's debt brake reform in Berlin."
    assert _organisations(germany, gazetteer) == [("spd", "Social Democrats"), ("german_greens", "Greens")]


def test_short_forms_that_name_no_party(gazetteer: EntityGazetteer) -> None:
    """A title after the word ("Labour Minister Yolanda Diaz" in Spain), a holiday ("Labor Day"), a policy
    ("Green Deal"), a sentence's first word before a common noun ("Labour costs") and a country with no such
    party (South Korea's "Liberal" president) name no party."""
    texts = [
        "Spain's Labour Minister Yolanda Diaz backed the bill.",
        "U.S. markets were shut for Labor Day, and Europe's Green Deal was debated.",
        "Britain's jobless rate rose. Labour costs climbed 5%.",
        "South Korea's Liberal leader took office in Seoul.",
    ]
    assert [_organisations(t, gazetteer) for t in texts] == [[], [], [], []]


def test_congress_is_the_home_country_s_parliament(gazetteer: EntityGazetteer) -> None:
    """ "Congress" in a Mexican story is Mexico's; in an Indian one it is still Washington's, not the party,
    and China's National People's Congress is never "Congress"."""
    mexico = (
        "Mexico's tariff plan, sent to Congress on Monday, targets imports from China and China's partners."
    )
    india = "India's Sensex fell as the U.S. Congress failed to pass a funding bill; India's exporters said Congress must act."
    assert _organisations(mexico, gazetteer) == [("congress_of_mexico", "Congress")]
    assert _organisations(india, gazetteer) == [("us_congress", "U.S. Congress"), ("us_congress", "Congress")]


def test_founders_and_a_name_without_its_middle_name(gazetteer: EntityGazetteer) -> None:
    """ "founded in 2021 by A, B and C" names three people; "Anmol Singh Jaggi ... co-founded by Anmol Jaggi"
    names one."""
    text = (
        "Helsing, founded in 2021 by Torsten Reil, Gundbert Scherf and Niklas Köhler, builds software. Sebi "
        "barred Anmol Singh Jaggi from the market. BluSmart, co-founded by Anmol Jaggi, suspended rides."
    )
    assert [
        (entity_id, surface) for kind, entity_id, surface in _ids(_find(text, gazetteer)) if kind == "person"
    ] == [
        ("torsten_reil", "Torsten Reil"),
        ("gundbert_scherf", "Gundbert Scherf"),
        ("niklas_kohler", "Niklas Köhler"),
        ("anmol_singh_jaggi", "Anmol Singh Jaggi"),
        ("anmol_singh_jaggi", "Anmol Jaggi"),
    ]


def test_round_62_politics_in_many_countries(gazetteer: EntityGazetteer) -> None:
    """India's "Congress" beside the BJP is the party; "The Central Bank" of a Brazilian story and "the
    Reserve Bank" of a South African one are the home country's; "the Left" is Germany's Die Linke; "Labour MP
    Mike Amesbury" and "Businessman Jean-Louis Billon" are the names after their titles; "Political analyst"
    names no firm."""
    india = "India's BJP won Delhi, while the Congress failed to win a seat."
    brazil = "Brazil's Congress overturned the decree. The Central Bank raised the Selic rate."
    south_africa = "South Africa's Treasury scrapped the VAT hike. The Reserve Bank cut its repo rate."
    germany = "Germany's AfD and the Left will have a blocking minority."
    assert _organisations(india, gazetteer)[-1] == ("indian_national_congress", "Congress")
    assert [(k, i) for k, i, _ in _ids(_find(brazil, gazetteer))][-1] == ("central_bank", "BCB")
    assert [(k, i) for k, i, _ in _ids(_find(south_africa, gazetteer))][-1] == ("central_bank", "SARB")
    assert _organisations(germany, gazetteer) == [("afd", "AfD"), ("die_linke", "Left")]
    people = (
        "The byelection was called after the former Labour MP Mike Amesbury resigned. Businessman Jean-Louis "
        "Billon, a former commerce minister, came second. Political analyst Sanjay Mehra of the Centre for Urban "
        "Governance Studies said the vote was clear."
    )
    found = _ids(_find(people, gazetteer))
    assert [i for k, i, _ in found if k == "person"] == ["mike_amesbury", "jean_louis_billon", "sanjay_mehra"]
    assert "political" not in {i for _, i, _ in found}


def test_chambers_are_the_home_country_s_and_nhk_s_family_first_names(gazetteer: EntityGazetteer) -> None:
    """ "the Senate", "the House of Representatives", "Parliament" and "the Upper House" are the chamber of the
    country named right before them, else of the country the text names most; "Senate Democrats" is the U.S.
    Senate in a U.S. story. NHK's "Hayashi Yoshimasa" is the gazetteer's Yoshimasa Hayashi."""
    texts = {
        "Mexico's Senate approved the reform. The Senate vote came late.": "senate_of_mexico",
        "Indonesia's budget passed the House of Representatives in Jakarta.": "house_of_representatives_indonesia",
        "Singapore's STI rose after Sanae Takaichi was elected prime minister by Parliament.": "japan_diet",
        "The U.S. budget stalled. Senate Democrats blocked it.": "us_senate",
        "Japan's ruling coalition lost its majority in the Upper House.": "house_of_councillors",
    }
    for text, chamber in texts.items():
        assert chamber in {i for k, i, _ in _ids(_find(text, gazetteer)) if k == "organisation"}, text
    nhk = "Chief Cabinet Secretary Hayashi Yoshimasa said Japan would keep talking to the United States."
    assert ("person", "yoshimasa_hayashi", "Hayashi Yoshimasa") in _ids(_find(nhk, gazetteer))


def test_a_title_before_a_name_is_no_name(gazetteer: EntityGazetteer) -> None:
    """ "Fifth Third Chairman, CEO and President Tim Spence" names Tim Spence, not a person "Fifth Third
    Chairman"; "Chief Economic Adviser V Anantha Nageswaran" names no "Economic Adviser"."""
    text = (
        '"It accelerates our strategy," Fifth Third Chairman, CEO and President Tim Spence said. Chief Economic '
        "Adviser V Anantha Nageswaran told reporters that growth would hold."
    )
    assert [i for k, i, _ in _ids(_find(text, gazetteer)) if k == "person"] == [
        "tim_spence",
        "v_anantha_nageswaran",
    ]


def test_the_asx_as_a_firm_and_as_a_market(gazetteer: EntityGazetteer) -> None:
    """ "on the ASX" and "the ASX said" name the exchange operator; "ASX edges higher", "the S&P/ASX 200" and
    "(ASX: JHX)" do not. "New Zealanders" and "Kiwis" name New Zealand, and India's "West Asia" the Middle East."""
    firm = "BHP shares rose 2.4 per cent on the ASX. The ASX said its systems were stable."
    market = "ASX edges higher as the S&P/ASX 200 gains 0.2 per cent; James Hardie (ASX: JHX) firmed."
    assert [i for _, i, _ in _ids(_find(firm, gazetteer))].count("asx") == 2
    assert "asx" not in {i for _, i, _ in _ids(_find(market, gazetteer))}
    places = "New Zealanders and Kiwis abroad sent money home, as L&T won orders in West Asia."
    assert {(k, i) for k, i, _ in _ids(_find(places, gazetteer)) if k == "country"} == {
        ("country", "NZ"),
        ("country", "MIDEAST"),
    }


def test_the_treasury_is_the_home_country_s(gazetteer: EntityGazetteer) -> None:
    """ "the Treasury" is the finance ministry of the country named just before it or most, and only that
    country's; not "the 10-year Treasury", "Treasury yields" or "chief secretary to the Treasury"."""
    texts = {
        "Italy's government sold a 15% stake in MPS. The Treasury still owns 4.9 per cent.": {
            "italian_treasury"
        },
        "South Africa's rand rose after the Treasury scrapped a VAT increase.": {"sa_national_treasury"},
        "Kenya's shilling held as the Treasury weighed the fiscal deficit.": set(),
        "U.S. stocks fell and the yield on the 10-year Treasury rose; Treasury yields climbed.": set(),
        "In Britain, Darren Jones, previously chief secretary to the Treasury, was moved.": set(),
    }
    for text, treasuries in texts.items():
        assert {i for _, i, _ in _ids(_find(text, gazetteer)) if "treasury" in i} == treasuries, text


def test_entity_round_76_to_79_british_irish_african_and_canadian_copy(gazetteer: EntityGazetteer) -> None:
    """Entity rounds 76-79: a "Bank of" a country the gazetteer does not list is its central bank; "Under Daniel
    Frumkin" names Daniel Frumkin; "By Mark Kleinman, City editor" credits a reporter; "the Irish Congress of
    Trade Unions" is no chamber; "British Columbia" is no Britain; "A Treasury spokesperson" and "the Commons"
    are the home country's; "Ontario Premier Doug Ford ... Ford said" is the premier; "With reports from The
    Canadian Press" credits an agency."""
    cases = {
        "The Bank of Uganda held its rate, while Bank of Ireland shares rose.": {
            ("central_bank", "bank_of_uganda"),
            ("organisation", "bank_of_ireland"),
        },
        "By Mark Kleinman, City editor\n\nUnder Daniel Frumkin, its chief executive, Metro Bank has cut costs.": {
            ("person", "daniel_frumkin"),
            ("organisation", "metro_bank"),
        },
        "The Irish Congress of Trade Unions said it would do little for workers.": {("country", "IE")},
        "The lender grew in Alberta and British Columbia.": set(),
        "A Treasury spokesperson in London said Chancellor Rachel Reeves would speak in the Commons.": {
            ("organisation", "hm_treasury"),
            ("person", "rachel_reeves"),
            ("organisation", "uk_parliament_commons"),
        },
        "Canada's Mark Carney told the Commons he would act.": {
            ("country", "CA"),
            ("person", "mark_carney"),
            ("organisation", "canada_house_of_commons"),
        },
        "Ontario Premier Doug Ford said the province would act. Ford said he won't hesitate.": {
            ("person", "doug_ford")
        },
        "Ontario's deficit grew.\n\nWith reports from The Canadian Press": set(),
    }
    for text, expected in cases.items():
        assert _found(text, gazetteer) == expected, text


def test_a_credit_grade_is_no_dutch_party(gazetteer: EntityGazetteer) -> None:
    """ "BBB" is the Dutch farmers' party, but not in "raised it to BBB- in September" or "a BBB rating"."""
    assert ("organisation", "bbb_nl") in {
        (k, i) for k, i, _ in _ids(_find("The Dutch party BBB quit.", gazetteer))
    }
    for text in ("S&P raised it to BBB- in September.", "Fitch affirmed its BBB rating."):
        assert "bbb_nl" not in {i for _, i, _ in _ids(_find(text, gazetteer))}, text


@pytest.mark.parametrize(
    ("text", "expected"),
    list(
        {
            "Republicans Dale Pickard of Kentucky and Warren Osborne of Ohio voted no.": {
                ("organisation", "republican_party"),
                ("person", "dale_pickard"),
                ("person", "warren_osborne"),
            },
            "Its sponsor, Majority Whip Ned Carver, R-Minn., said the bill would pass.": {
                ("person", "ned_carver")
            },
            "FTC attorney Dan Mathers said the company bought its rivals.": {
                ("organisation", "ftc"),
                ("person", "dan_mathers"),
            },
            "The effect may be limited, said Rachel Imbert, a former SEC enforcement attorney now at Halvorsen & "
            "Tate.": {
                ("person", "rachel_imbert"),
                ("organisation", "sec"),
                ("organisation", "halvorsen_tate"),
            },
            "The U.S. Senate passed the bill. It now goes to the House, where leaders want a broader bill.": {
                ("organisation", "us_senate"),
                ("organisation", "us_house"),
            },
            "THE Monetary Authority of Singapore (MAS) left its policy settings unchanged.": {
                ("central_bank", "MAS")
            },
            "Bank of Israel Governor Amir Yaron urged the Knesset to pass the budget, which Yesh Atid opposed.": {
                ("central_bank", "BOI"),
                ("person", "amir_yaron"),
                ("organisation", "knesset"),
                ("organisation", "yesh_atid"),
            },
            '"It is a cornerstone," ADNOC CEO Sultan Al Jaber said. Al Jaber, who is also the UAE\'s industry '
            "minister, has pledged more.": {
                ("organisation", "adnoc"),
                ("person", "sultan_al_jaber"),
                ("country", "AE"),
            },
            "Yapi Kredi and Ziraat Bankasi raised syndicated loans.": {
                ("organisation", "yapi_kredi"),
                ("organisation", "ziraat_bankasi"),
            },
            "The vote was secured with the Patriots for Europe and the European Conservatives and Reformists, "
            "which Socialists and Democrats leaders called a betrayal.": {
                ("organisation", "patriots_for_europe"),
                ("organisation", "ecr_group"),
                ("organisation", "socialists_and_democrats"),
            },
            "Stournaras praised National Bank of Greece and Piraeus Bank.": {
                ("person", "yannis_stournaras"),
                ("organisation", "national_bank_of_greece"),
                ("organisation", "piraeus_bank"),
            },
            "Mercado Libre and Grupo Carso shares rose.": {
                ("organisation", "mercadolibre"),
                ("organisation", "grupo_carso"),
            },
            "Bangladesh's Yunus asks for a pause of the 37% tariff.": {
                ("country", "BD"),
                ("person", "muhammad_yunus"),
            },
            "NERSA approved the tariff, which BUSA opposed.": {
                ("organisation", "nersa"),
                ("organisation", "business_unity_south_africa"),
            },
        }.items()
    ),
)
def test_entity_rounds_86_to_92(
    text: str, expected: set[tuple[str, str]], gazetteer: EntityGazetteer
) -> None:
    """Rounds 86-92: U.S. lawmakers with their states and titles, "the House", a quote's role "now at" a firm,
    "THE Monetary Authority of Singapore", a known person's two-word surname ("Sultan Al Jaber said. Al Jaber,
    who ..."), the European Parliament's groups, a commercial "National Bank of" a country, "Bangladesh's Yunus",
    and firms and bodies the gazetteer now lists."""
    assert _found(text, gazetteer) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    list(
        {
            '"Ice cream needs focus," Chief Executive Officer Peter ter Kulve said.': {
                ("person", "peter_ter_kulve")
            },
            "Head coach Ruben Amorim was backed with more than £200m of signings.": {
                ("person", "ruben_amorim")
            },
            '"Owners are watching," said Rachel Ng, a principal at hotel advisory firm Tidewater Hospitality '
            "Partners.": {
                ("person", "rachel_ng"),
                ("organisation", "tidewater_hospitality_partners"),
            },
            "The character, created by Hong Kong-born designer Kasing Lung, has been spotted.": {
                ("country", "HK"),
                ("person", "kasing_lung"),
            },
            "The Federal Deposit Insurance Corp. and the OCC said so.": {
                ("organisation", "fdic"),
                ("organisation", "occ"),
            },
            "Prada agreed to buy Versace from Tapestry's rival, Capri.": {
                ("organisation", "prada"),
                ("organisation", "versace"),
                ("organisation", "tapestry"),
            },
            "Manchester United, owned in part by Sir Jim Ratcliffe's INEOS, sacked Erik ten Hag.": {
                ("organisation", "manchester_united"),
                ("person", "jim_ratcliffe"),
                ("organisation", "ineos"),
                ("person", "erik_ten_hag"),
            },
            "Petoro and Vår Energi told the Norwegian Offshore Directorate.": {
                ("organisation", "petoro"),
                ("organisation", "var_energi"),
                ("organisation", "norwegian_offshore_directorate"),
            },
            "The NCUA and the National Community Reinvestment Coalition disagreed.": {
                ("organisation", "ncua"),
                ("organisation", "ncrc"),
            },
            "Health Secretary Robert F Kennedy Jr fired the Advisory Committee on Immunization Practices, which "
            "advises the Centers for Disease Control and Prevention.": {
                ("person", "robert_f_kennedy_jr"),
                ("organisation", "acip"),
                ("organisation", "cdc"),
            },
            "Japan's Payment Services Act lets banks issue stablecoins.": {("country", "JP")},
            "Delfin, the holding company of the late Leonardo Del Vecchio, backed the bid.": {
                ("organisation", "delfin"),
                ("person", "leonardo_del_vecchio"),
            },
            "Italy's Leonardo gained 4 percent.": {("country", "IT"), ("organisation", "leonardo")},
            "The U.S. Federal Energy Regulatory Commission told PJM Interconnection and Exelon to act.": {
                ("organisation", "ferc"),
                ("organisation", "pjm_interconnection"),
                ("organisation", "exelon"),
            },
            "Bunge closed its takeover of Viterra, the FAO said, as COFCO International and Olam Agri bid.": {
                ("organisation", "bunge"),
                ("organisation", "viterra"),
                ("organisation", "fao"),
                ("organisation", "cofco_international"),
                ("organisation", "olam_agri"),
            },
            "Do Kwon, co-founder of Terraform Labs, was sentenced.": {
                ("person", "do_kwon"),
                ("organisation", "terraform_labs"),
            },
        }.items()
    ),
)
def test_entity_rounds_93_to_106(
    text: str, expected: set[tuple[str, str]], gazetteer: EntityGazetteer
) -> None:
    """Rounds 93-106: "principal", "coach", "designer" and "entrepreneur" as roles, "ter" and "ten" inside a
    name, a birthplace ("Hong Kong-born") that is no firm, "Corp." for a known "Corporation", a law's name
    ("Payment Services Act") that is no body, and firms, clubs, bodies and people the gazetteer now lists."""
    assert _found(text, gazetteer) == expected
