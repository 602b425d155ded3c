"""A warehouse table rebuilt in full by its one SQL file, as a Dagster asset."""

from collections.abc import Callable, Sequence
from typing import Any

import duckdb as duckdb_lib
from dagster import AssetKey, AssetsDefinition, MaterializeResult, asset
from dagster_duckdb import DuckDBResource

from orchestration.assets import OWNERS
from orchestration.metadata import table_metadata
from orchestration.resources import NewsmarketSettings
from orchestration.sql import run_sql_file

Params = Callable[[NewsmarketSettings], dict[str, Any]]
ExtraMetadata = Callable[[duckdb_lib.DuckDBPyConnection, NewsmarketSettings], dict[str, Any]]


def sql_table_asset(
    table: str,
    *,
    deps: Sequence[AssetKey],
    group: str,
    description: str,
    params: Params | None = None,
    extra_metadata: ExtraMetadata | None = None,
) -> AssetsDefinition:
    """The asset ``<schema>/<name>`` that runs ``sql/<schema>/<name>.sql`` (with ``params(settings)``)
    in the ``duckdb`` pool and reports the table's metadata, plus ``extra_metadata(conn, settings)``."""
    schema, name = table.split(".")

    @asset(
        key=[schema, name],
        deps=list(deps),
        group_name=group,
        pool="duckdb",
        kinds={"duckdb", "sql"},
        owners=OWNERS,
        description=description,
    )
    def _build(duckdb: DuckDBResource, settings: NewsmarketSettings) -> MaterializeResult:
        with duckdb.get_connection() as conn:
            run_sql_file(conn, f"{schema}/{name}.sql", params(settings) if params else None)
            extra = extra_metadata(conn, settings) if extra_metadata else {}
            return MaterializeResult(metadata=table_metadata(conn, table, **extra))

    return _build
