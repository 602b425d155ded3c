"""Shared test fixtures: paths of the repository, its bundled sample and ../shared."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "data"
SHARED = REPO.parent / "shared"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture
def repo() -> Path:
    return REPO


def materialize_sample(warehouse: Path, articles: str | None = None, prices: str | None = None) -> None:
    """Build a warehouse from the bundled sample (or the given inputs) in-process, the way
    ``make demo`` does through the CLI: inputs, then the partitioned assets over the article
    date range in one run, then the marts."""
    from dagster import AssetKey, AssetSelection, DagsterInstance, materialize
    from dagster_duckdb import DuckDBResource

    from orchestration.definitions import TABLE_CHECKS, all_assets
    from orchestration.demo import article_date_range, run_steps
    from orchestration.resources import NewsmarketSettings

    settings = NewsmarketSettings(
        articles=articles or str(DATA / "articles"),
        prices=prices or str(DATA / "prices"),
        reference_dir=str(DATA / "reference"),
    )
    resources = {"duckdb": DuckDBResource(database=str(warehouse)), "settings": settings}
    span = article_date_range(settings.articles)
    with DagsterInstance.ephemeral() as instance:
        for _label, keys, partitioned in run_steps():
            tags = {}
            if partitioned:
                tags = {
                    "dagster/asset_partition_range_start": span[0].isoformat(),
                    "dagster/asset_partition_range_end": span[1].isoformat(),
                }
            result = materialize(
                [*all_assets, *TABLE_CHECKS],
                resources=resources,
                instance=instance,
                tags=tags,
                selection=AssetSelection.assets(*[AssetKey.from_user_string(k) for k in keys]),
            )
            assert result.success


@pytest.fixture(scope="session")
def sample_warehouse(tmp_path_factory) -> Path:
    """A warehouse built from the bundled sample, shared by the tests that only read it."""
    path = tmp_path_factory.mktemp("warehouse") / "warehouse.duckdb"
    materialize_sample(path)
    return path
