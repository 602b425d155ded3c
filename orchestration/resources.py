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
        description=(
            "Article inputs: a folder, a file, a glob, an http(s) URL, a YAML source list, or a "
            "comma-separated list of them."
        ),
    )
    prices: str = Field(
        default=DEFAULT_PRICES,
        description=(
            "Price inputs: a folder, a file, a glob, an http(s) URL or URL template with {symbol}, a "
            "YAML source list, or a comma-separated list of them."
        ),
    )
    reference_dir: str = Field(
        default=DEFAULT_REFERENCE,
        description="Folder with indices.csv and index_aliases.csv.",
    )
    http_timeout_s: float = Field(
        default=30.0,
        description="Seconds to wait for an HTTP(S) source before the attempt counts as failed.",
    )
    http_retries: int = Field(
        default=3,
        description="Retries (with exponential backoff) after a 5xx answer, a timeout or a connection error.",
    )
    http_backoff_s: float = Field(
        default=1.0,
        description="Wait before the first retry; doubled before each further retry.",
    )
    date_only_rule: str = Field(
        default="same_or_next",
        description=(
            "How a date-only article maps to a session: 'same_or_next' (that date's session if the "
            "exchange trades, else the next) or 'next' (always the next session after the date)."
        ),
    )
