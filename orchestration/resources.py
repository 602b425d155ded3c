"""Resources: where inputs come from, and the DuckDB warehouse. Configured from environment
variables in ``definitions.py`` (see the README's configuration table)."""

from __future__ import annotations

from dagster import ConfigurableResource
from pydantic import Field

DEFAULT_ARTICLES = "data/articles"
DEFAULT_PRICES = "data/prices"
DEFAULT_WAREHOUSE = "data/warehouse.duckdb"
DEFAULT_REFERENCE = "data/reference"
DEFAULT_START_DATE = "2025-01-01"


class NewsmarketSettings(ConfigurableResource):
    """Inputs and rules of a newsmarket deployment."""

    articles: str = Field(
        default=DEFAULT_ARTICLES,
        description="Article inputs: a folder, a file, a glob, or a comma-separated list of them.",
    )
    prices: str = Field(
        default=DEFAULT_PRICES,
        description="Price inputs: a folder, a file, a glob, or a comma-separated list of them.",
    )
    reference_dir: str = Field(
        default=DEFAULT_REFERENCE,
        description="Folder with indices.csv and index_aliases.csv.",
    )
    date_only_rule: str = Field(
        default="same_or_next",
        description=(
            "How a date-only article maps to a session: 'same_or_next' (that date's session if the "
            "exchange trades, else the next) or 'next' (always the next session after the date)."
        ),
    )
