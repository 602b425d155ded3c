"""Extract assets: index mentions and market claims of each partition's articles."""


import hashlib
from dataclasses import asdict
from datetime import date

import pandas as pd
from dagster import AssetExecutionContext, AssetKey, MaterializeResult, asset
from dagster_duckdb import DuckDBResource

from orchestration.assets.ingest import read_reference_csv
from orchestration.metadata import table_metadata
from orchestration.partitions import daily_partitions, partition_window, single_run
from orchestration.resources import NewsmarketSettings
from orchestration.sql import query_sql_file, run_sql_file
from transforms.claims import MarketClaim, extract_claims
from transforms.mentions import IndexLexicon, find_index_mentions
from transforms.text import Mention, article_text, split_sentences

MENTION_COLUMNS = ["article_id", "published_date", *Mention.__dataclass_fields__]
CLAIM_COLUMNS = ["claim_id", "article_id", "published_date", *MarketClaim.__dataclass_fields__]


def index_lexicon(settings: NewsmarketSettings) -> IndexLexicon:
    aliases = read_reference_csv(settings.reference_dir, "index_aliases.csv", ["index_id", "alias"])
    return IndexLexicon.from_records(aliases.to_dict("records"))


def claim_id(article: str, claim: MarketClaim, ordinal: int) -> str:
    """Stable id of a claim: its article, position, index and kind."""
    key = f"{article}|{claim.char_start}|{claim.index_id}|{claim.claim_kind}|{claim.reference_date}|{ordinal}"
    return hashlib.sha256(key.encode()).hexdigest()[:16]


def _articles(conn, start: date, end: date) -> pd.DataFrame:
    return query_sql_file(conn, "queries/articles_in_window.sql", {"start_date": start, "end_date": end})


@asset(
    key=["staging", "article_mentions"],
    deps=[AssetKey(["staging", "articles"]), AssetKey(["staging", "indices"])],
    partitions_def=daily_partitions,
    backfill_policy=single_run,
    group_name="extract",
    pool="duckdb",
    kinds={"duckdb", "python"},
    owners=["team:newsmarket"],
    description="Mentions of known entities (indices) in each article, with offsets and sentence numbers.",
)
def staging_article_mentions(
    context: AssetExecutionContext, duckdb: DuckDBResource, settings: NewsmarketSettings
) -> MaterializeResult:
    start, end = partition_window(context)
    lexicon = index_lexicon(settings)
    rows: list[dict] = []
    with duckdb.get_connection() as conn:
        articles = _articles(conn, start, end)
        for art in articles.itertuples():
            text, headline_end = article_text(art.title, art.body)
            sentences = split_sentences(text, headline_end)
            for m in find_index_mentions(text, sentences, lexicon):
                rows.append({"article_id": art.article_id, "published_date": art.published_date, **asdict(m)})
        frame = pd.DataFrame(rows, columns=MENTION_COLUMNS)
        context.log.info(f"{len(frame)} mentions in {len(articles)} articles dated {start}..{end}")
        run_sql_file(
            conn,
            "staging/article_mentions.sql",
            {"start_date": start, "end_date": end},
            {"incoming_article_mentions": frame},
        )
        return MaterializeResult(metadata=table_metadata(conn, "staging.article_mentions", articles=len(articles)))


@asset(
    key=["staging", "market_claims"],
    deps=[
        AssetKey(["staging", "articles"]),
        AssetKey(["staging", "indices"]),
        AssetKey(["staging", "exchange_sessions"]),
    ],
    partitions_def=daily_partitions,
    backfill_policy=single_run,
    group_name="extract",
    pool="duckdb",
    kinds={"duckdb", "python"},
    owners=["team:newsmarket"],
    description=(
        "Stated index moves and levels, one row per index and time reference (../shared/design/CLAIMS.md), "
        "mapped to the exchange session they belong to."
    ),
)
def staging_market_claims(
    context: AssetExecutionContext, duckdb: DuckDBResource, settings: NewsmarketSettings
) -> MaterializeResult:
    start, end = partition_window(context)
    lexicon = index_lexicon(settings)
    rows: list[dict] = []
    with duckdb.get_connection() as conn:
        articles = _articles(conn, start, end)
        for art in articles.itertuples():
            text, headline_end = article_text(art.title, art.body)
            sentences = split_sentences(text, headline_end)
            published = pd.Timestamp(art.published_date).date()
            for n, claim in enumerate(extract_claims(text, sentences, lexicon, published)):
                rows.append(
                    {
                        "claim_id": claim_id(art.article_id, claim, n),
                        "article_id": art.article_id,
                        "published_date": published,
                        **asdict(claim),
                    }
                )
        frame = pd.DataFrame(rows, columns=CLAIM_COLUMNS)
        context.log.info(f"{len(frame)} claims in {len(articles)} articles dated {start}..{end}")
        run_sql_file(
            conn,
            "staging/market_claims.sql",
            {"start_date": start, "end_date": end},
            {"incoming_market_claims": frame},
        )
        return MaterializeResult(
            metadata=table_metadata(
                conn,
                "staging.market_claims",
                articles=len(articles),
                claims_by_kind=frame["claim_kind"].value_counts().to_dict() if len(frame) else {},
            )
        )
