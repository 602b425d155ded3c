"""Extract assets: one pass over each partition's articles builds mentions, claims, tone and themes
(transforms/pipeline.py); novelty compares each article with the days before it."""

import hashlib
from dataclasses import asdict
from datetime import date

import pandas as pd
from dagster import AssetExecutionContext, AssetKey, AssetSpec, MaterializeResult, asset, multi_asset
from dagster_duckdb import DuckDBResource

from orchestration.assets import OWNERS
from orchestration.lexicons import load_lexicons
from orchestration.metadata import table_metadata
from orchestration.partitions import daily_partitions, partition_window, single_run
from orchestration.resources import NewsmarketSettings
from orchestration.sql import query_sql_file, run_sql_file
from transforms.claims import MarketClaim
from transforms.novelty import LOOKBACK_DAYS, Novelty, score_novelty
from transforms.pipeline import analyse_article
from transforms.text import Mention
from transforms.themes import ThemeScore
from transforms.tone import ToneScore

ARTICLES = AssetKey(["staging", "articles"])
INDICES = AssetKey(["staging", "indices"])
ENTITIES = AssetKey(["staging", "entities"])
SESSIONS = AssetKey(["staging", "exchange_sessions"])
NOVELTY_LOOKBACK_DAYS = LOOKBACK_DAYS


def _spec(table: str, description: str, deps: list[AssetKey]) -> AssetSpec:
    return AssetSpec(
        key=["staging", table],
        deps=deps,
        description=description,
        group_name="extract",
        kinds={"duckdb", "python"},
        owners=OWNERS,
    )


EXTRACT_SPECS = {
    "article_mentions": _spec(
        "article_mentions",
        "Mentions of indices, countries, central banks, people and organisations, with offsets, sentence "
        "numbers and whether they are in the headline.",
        [ARTICLES, INDICES, ENTITIES],
    ),
    "market_claims": _spec(
        "market_claims",
        "Stated index moves and levels, one row per index and time reference (../shared/design/CLAIMS.md), "
        "mapped to the exchange session they belong to.",
        [ARTICLES, INDICES, SESSIONS],
    ),
    "article_tone": _spec(
        "article_tone",
        "Loughran-McDonald word counts per article (exact match of inflected words) and net tone.",
        [ARTICLES],
    ),
    "article_themes": _spec(
        "article_themes",
        "Market themes of each article (data/reference/themes.csv) with score and matched evidence.",
        [ARTICLES],
    ),
}

COLUMNS = {
    "article_mentions": ["article_id", "published_date", *Mention.__dataclass_fields__],
    "market_claims": ["claim_id", "article_id", "published_date", *MarketClaim.__dataclass_fields__],
    "article_tone": ["article_id", "published_date", *ToneScore.__dataclass_fields__],
    "article_themes": ["article_id", "published_date", *ThemeScore.__dataclass_fields__],
}


def claim_id(article: str, claim: MarketClaim, ordinal: int) -> str:
    """Stable id of a claim: its article, position, index, kind and order in the article."""
    key = f"{article}|{claim.char_start}|{claim.index_id}|{claim.claim_kind}|{claim.reference_date}|{ordinal}"
    return hashlib.sha256(key.encode()).hexdigest()[:16]


def extract_rows(articles: pd.DataFrame, settings: NewsmarketSettings) -> dict[str, pd.DataFrame]:
    """The rows of every extract table for ``articles`` (rows of queries/articles_in_window.sql)."""
    lexicons = load_lexicons(settings.reference_dir)
    rows: dict[str, list[dict]] = {table: [] for table in COLUMNS}
    for art in articles.itertuples():
        published = pd.Timestamp(art.published_date).date()
        key = {"article_id": art.article_id, "published_date": published}
        found = analyse_article(art.title, art.body, published, lexicons)
        rows["article_mentions"] += [{**key, **asdict(m)} for m in found.mentions]
        rows["market_claims"] += [
            {"claim_id": claim_id(art.article_id, c, n), **key, **asdict(c)}
            for n, c in enumerate(found.claims)
        ]
        rows["article_tone"].append({**key, **asdict(found.tone)})
        rows["article_themes"] += [{**key, **asdict(t)} for t in found.themes]
    return {table: pd.DataFrame(rows[table], columns=COLUMNS[table]) for table in COLUMNS}


@multi_asset(
    name="extract_articles",
    specs=list(EXTRACT_SPECS.values()),
    partitions_def=daily_partitions,
    backfill_policy=single_run,
    can_subset=True,
    pool="duckdb",
)
def extract_articles(context: AssetExecutionContext, duckdb: DuckDBResource, settings: NewsmarketSettings):
    start, end = partition_window(context)
    params = {"start_date": start, "end_date": end}
    with duckdb.get_connection() as conn:
        articles = query_sql_file(conn, "queries/articles_in_window.sql", params)
        context.log.info(f"extracting {len(articles)} articles dated {start}..{end}")
        frames = extract_rows(articles, settings)
        for table, frame in frames.items():
            key = EXTRACT_SPECS[table].key
            if key not in context.selected_asset_keys:
                continue
            run_sql_file(conn, f"staging/{table}.sql", params, {f"incoming_{table}": frame})
            context.log.info(f"staging.{table}: {len(frame)} rows for {start}..{end}")
            yield MaterializeResult(
                asset_key=key,
                metadata=table_metadata(
                    conn, f"staging.{table}", (start, end), articles=len(articles), window=f"{start}..{end}"
                ),
            )


@asset(
    key=["staging", "article_novelty"],
    deps=[ARTICLES],
    partitions_def=daily_partitions,
    backfill_policy=single_run,
    group_name="extract",
    pool="duckdb",
    kinds={"duckdb", "python"},
    owners=OWNERS,
    description=(
        f"Novelty of each article against the {NOVELTY_LOOKBACK_DAYS} days before it (overlap of 5-word "
        "shingles); copies that outlets re-headline, trim, edit or update share a story_id."
    ),
)
def staging_article_novelty(context: AssetExecutionContext, duckdb: DuckDBResource) -> MaterializeResult:
    start, end = partition_window(context)
    params = {"start_date": start, "end_date": end, "lookback_days": NOVELTY_LOOKBACK_DAYS}
    empty = pd.DataFrame(columns=["published_date", *Novelty.__dataclass_fields__])
    with duckdb.get_connection() as conn:
        conn.begin()  # the window's rows are replaced at once, or not at all
        # creates the table on the first run and clears the window's rows, so that the stories kept
        # for the days before the window are the only ones read back
        run_sql_file(conn, "staging/article_novelty.sql", params, {"incoming_article_novelty": empty})
        articles = query_sql_file(conn, "queries/articles_for_novelty.sql", params)
        dates = articles["published_date"].map(_as_date)
        known = dict(articles.dropna(subset=["known_story_id"])[["article_id", "known_story_id"]].values)
        in_window_count = int(sum(start <= d <= end for d in dates))
        unscored = len(articles) - in_window_count - len(known)
        context.log.info(
            f"staging.article_novelty: scoring {in_window_count} articles of {start}..{end} against the "
            f"{NOVELTY_LOOKBACK_DAYS} days before each ({len(known)} earlier articles with stored stories)"
        )
        if unscored:
            # Their stories are worked out in this run from what it reads; backfilling those days later
            # does not revise this window's rows: re-materialise it then.
            context.log.warning(
                f"staging.article_novelty: {unscored} articles of the {NOVELTY_LOOKBACK_DAYS} days before "
                f"{start} have no stored story (those days are not materialised yet); materialise them "
                f"first, or re-materialise {start}..{end} after them"
            )
        scored = score_novelty(
            list(zip(articles["article_id"], dates, articles["body"], strict=True)),
            lookback_days=NOVELTY_LOOKBACK_DAYS,
            known_stories=known,
        )
        by_id = dict(zip(articles["article_id"], dates, strict=True))
        in_window = [
            {"published_date": by_id[n.article_id], **asdict(n)}
            for n in scored
            if start <= by_id[n.article_id] <= end
        ]
        frame = pd.DataFrame(in_window, columns=empty.columns)
        run_sql_file(conn, "staging/article_novelty.sql", params, {"incoming_article_novelty": frame})
        conn.commit()
        return MaterializeResult(
            metadata=table_metadata(
                conn,
                "staging.article_novelty",
                (start, end),
                near_duplicates=int(frame["is_near_duplicate"].sum()),
                lookback_articles_without_story=unscored,
            )
        )


def _as_date(value: object) -> date:
    return pd.Timestamp(value).date()
