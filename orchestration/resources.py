"""Resources: where inputs come from, and the DuckDB warehouse. Configured from environment
variables in ``definitions.py`` (see the README's configuration table)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Literal

import duckdb
from dagster import ConfigurableResource
from dagster_duckdb import DuckDBResource
from pydantic import Field

DEFAULT_ARTICLES = "data/articles"
DEFAULT_PRICES = "data/prices"
DEFAULT_WAREHOUSE = "data/warehouse.duckdb"
DEFAULT_REFERENCE = "data/reference"
DEFAULT_START_DATE = "2025-01-01"
AR_MODELS = ("mean_adjusted", "market")


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
    date_only_rule: Literal["same_or_next", "next"] = Field(
        default="same_or_next",
        description=(
            "How a date-only article maps to a session: 'same_or_next' (that date's session if the "
            "exchange trades, else the next) or 'next' (always the next session after the date)."
        ),
    )
    ar_model: Literal["mean_adjusted", "market"] = Field(
        default="mean_adjusted",
        description=(
            "Abnormal-return model: 'mean_adjusted' (R minus its estimation-window mean) or 'market' "
            "(OLS on the index's benchmark; indices without one stay mean_adjusted)."
        ),
    )
    event_window_days: int = Field(
        default=5, ge=1, le=60, description="Event windows span sessions -k..+k around the event session."
    )
    estimation_sessions: int = Field(
        default=120, ge=3, description="Length of each event's estimation window, in sessions."
    )
    estimation_gap: int = Field(
        default=10,
        ge=0,
        description="Sessions between the estimation window's end and the event window's start.",
    )
    min_estimation_obs: int = Field(
        default=60,
        ge=3,
        description="Fewer usable estimation returns than this flags the event insufficient_history (no AR).",
    )

    def event_window_params(self) -> dict[str, object]:
        """The ``$`` parameters of ``sql/marts/event_windows.sql``."""
        return {
            "ar_model": self.ar_model,
            "window_days": self.event_window_days,
            "estimation_sessions": self.estimation_sessions,
            "estimation_gap": self.estimation_gap,
            "min_estimation_obs": self.min_estimation_obs,
        }


class WarehouseResource(DuckDBResource):
    """dagster-duckdb's resource, but the connection is closed even when the step fails.

    ``DuckDBResource.get_connection`` closes its connection only after a clean exit; a step that
    raised would keep the file open (and its write lock held) until the connection is collected.
    """

    @contextmanager
    def get_connection(self) -> Iterator[duckdb.DuckDBPyConnection]:
        with super().get_connection() as conn:
            try:
                yield conn
            finally:
                conn.close()
