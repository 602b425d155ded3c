"""``make demo``: materialise every asset through the Dagster CLI (so the runs show in the UI's
history), over every publication date the configured articles contain, then print a summary and
write the event-study chart (data/reports/event_study.png by default).

Three runs, in dependency order: the unpartitioned inputs the partitioned assets read (reference,
closes, sessions); the partitioned assets over the article date range (one single-run backfill);
everything else (marts).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import duckdb

from orchestration.assets.analytics import event_study_chart, event_study_inputs
from orchestration.definitions import all_assets, defs
from orchestration.ingestion import parse_article_inputs
from orchestration.partitions import daily_partitions
from orchestration.sources import ARTICLE_SUFFIXES, read_inputs
from orchestration.summary import print_summary

# Console log level of the demo's runs (DEBUG shows every Dagster event).
DEMO_LOG_LEVEL = os.environ.get("NEWSMARKET_DEMO_LOG_LEVEL", "INFO").upper()


def article_date_range(spec: str) -> tuple[date, date] | None:
    """First and last publication date among the loadable articles of ``spec`` (files, feeds, URLs)."""
    dates = [a.published_date for a in parse_article_inputs(read_inputs(spec, ARTICLE_SUFFIXES)).records]
    return (min(dates), max(dates)) if dates else None


def run_steps() -> list[tuple[str, list[str], bool]]:
    """(label, asset keys, partitioned) for each CLI run, in order."""
    partitioned = {k for a in all_assets if a.partitions_def for k in a.keys}
    upstream: set = set()
    frontier = {d for a in all_assets if a.partitions_def for d in a.dependency_keys}
    by_key = {k: a for a in all_assets for k in a.keys}
    while frontier:
        key = frontier.pop()
        if key in upstream or key in partitioned or key not in by_key:
            continue
        upstream.add(key)
        frontier |= set(by_key[key].dependency_keys)
    rest = set(by_key) - partitioned - upstream
    return [
        ("inputs", sorted(k.to_user_string() for k in upstream), False),
        ("articles and extraction", sorted(k.to_user_string() for k in partitioned), True),
        ("marts", sorted(k.to_user_string() for k in rest), False),
    ]


def write_event_study_chart(database: str) -> Path:
    """Write the CAR-by-tone chart of the warehouse (the one on marts.event_study's materialisation)
    as ``reports/event_study.png`` beside the warehouse file; returns its path."""
    conn = duckdb.connect(database, read_only=True)
    try:
        png = event_study_chart(*event_study_inputs(conn))
    finally:
        conn.close()
    path = Path(database).parent / "reports" / "event_study.png"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(png)
    return path


def main() -> int:
    settings = defs.resources["settings"]
    span = article_date_range(settings.articles)
    first_partition = daily_partitions.start.date()
    last_partition = date.fromisoformat(daily_partitions.get_last_partition_key())  # today's, in UTC
    for label, keys, is_partitioned in run_steps():
        cmd = [
            "dagster",
            "asset",
            "materialize",
            "-m",
            "orchestration.definitions",
            "--select",
            ",".join(keys),
            # Step-level progress without the DEBUG event stream (the UI's run history keeps it all).
            "--config-json",
            json.dumps({"loggers": {"console": {"config": {"log_level": DEMO_LOG_LEVEL}}}}),
        ]
        if is_partitioned:
            lo, hi = (max(span[0], first_partition), min(span[1], last_partition)) if span else (None, None)
            if span and span[0] < first_partition:
                print(f"note: articles before {first_partition} (NEWSMARKET_START_DATE) are not loaded")
            if lo is None or hi is None or lo > hi:
                dated = f" (they are dated {span[0]}..{span[1]})" if span else ""
                print(
                    f"demo stopped: no articles dated {first_partition}..{last_partition} in "
                    f"{settings.articles!r}{dated}, so no article partition and no mart can be built; "
                    "check NEWSMARKET_ARTICLES and NEWSMARKET_START_DATE",
                    file=sys.stderr,
                )
                return 1
            cmd += ["--partition-range", f"{lo.isoformat()}...{hi.isoformat()}"]
        print(f"== {label}: {' '.join(cmd[4:])}", flush=True)
        done = subprocess.run([str(Path(sys.executable).with_name("dagster")), *cmd[1:]], env=os.environ)
        if done.returncode != 0:
            print(
                f"demo failed in step {label!r} (exit {done.returncode}); see the log above", file=sys.stderr
            )
            return done.returncode
    print_summary(defs.resources["duckdb"].database)
    chart = write_event_study_chart(defs.resources["duckdb"].database)
    print(f"\nEvent-study chart: {chart}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
