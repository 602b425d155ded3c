"""Dagster assets, one module per group. Dagster reads parameter annotations at definition time,
so these modules do not use `from __future__ import annotations`."""

# Owner of every newsmarket asset, as the UI shows it.
OWNERS = ["team:newsmarket"]
