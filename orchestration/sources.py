"""Read the configured inputs (the only file I/O of ingestion): expand a source spec into files and
hand their bytes to the pure parsers in ``transforms/``."""

from __future__ import annotations

import glob
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ARTICLE_SUFFIXES = {".txt": "text", ".jsonl": "jsonl", ".ndjson": "jsonl"}
PRICE_SUFFIXES = {".csv"}


@dataclass(frozen=True, slots=True)
class InputFile:
    """One input: where it came from (as users will recognise it) and its raw bytes."""

    source: str
    path: Path
    raw: bytes


class SourceSpecError(ValueError):
    """A configured source that does not exist or cannot be read."""


def expand_spec(spec: str, suffixes: set[str] | dict[str, str]) -> list[Path]:
    """Files named by a spec: comma-separated folders (searched recursively), files or globs."""
    found: list[Path] = []
    for part in (p.strip() for p in spec.split(",")):
        if not part:
            continue
        path = Path(part).expanduser()
        if any(ch in part for ch in "*?["):
            matches = [Path(m) for m in sorted(glob.glob(part, recursive=True))]
            found.extend(m for m in matches if m.is_file())
        elif path.is_dir():
            found.extend(
                p for p in sorted(path.rglob("*")) if p.is_file() and p.suffix.lower() in suffixes
            )
        elif path.is_file():
            found.append(path)
        else:
            raise SourceSpecError(f"source {part!r} does not exist (as a folder, file or glob)")
    return list(dict.fromkeys(found))


def read_inputs(spec: str, suffixes: set[str] | dict[str, str]) -> Iterator[InputFile]:
    """The files of a spec with their bytes, in a stable order."""
    for path in expand_spec(spec, suffixes):
        try:
            raw = path.read_bytes()
        except OSError as exc:
            raise SourceSpecError(f"{path}: cannot be read ({exc.strerror})") from exc
        yield InputFile(display_name(path), path, raw)


def display_name(path: Path) -> str:
    """A path relative to the working directory when it is inside it, else absolute."""
    absolute = path.resolve()
    try:
        return str(absolute.relative_to(Path(os.getcwd()).resolve()))
    except ValueError:
        return str(absolute)
