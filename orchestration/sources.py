"""Read the configured inputs (the only input I/O of ingestion): expand a source spec into files and
URLs and hand their bytes to the pure parsers in ``transforms/``.

A spec (``NEWSMARKET_ARTICLES``, ``NEWSMARKET_PRICES``) is a comma-separated list of folders
(searched recursively by suffix), files, globs and ``http(s)://`` URLs, or a YAML source list (a
``.yaml``/``.yml`` file, see ``SourceEntry``). Price URLs may be templates filled per index:
``{symbol}`` (its Yahoo symbol, else its id), ``{index_id}``, or ``{<vendor>}`` (its symbol at that
vendor in ``data/reference/price_symbols.csv``, e.g. ``{stooq}``).
"""

from __future__ import annotations

import glob
import os
import re
import urllib.parse
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import yaml

from orchestration.fetch import FetchError, HttpFetcher
from transforms.records import Rejection

ARTICLE_SUFFIXES = {
    ".txt": "text",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".xml": "feed",
    ".rss": "feed",
    ".atom": "feed",
}
PRICE_SUFFIXES = {".csv": "csv"}
ARTICLE_FORMATS = {"text", "jsonl", "feed"}
_URL = re.compile(r"\Ahttps?://", re.IGNORECASE)
_PLACEHOLDER = re.compile(r"\{([a-z_][a-z0-9_]*)\}")


@dataclass(frozen=True, slots=True)
class InputFile:
    """One input: where it came from (as users will recognise it), its raw bytes and format.

    ``fmt`` is the format the suffix (or the YAML entry) names, None when it must be sniffed from the
    bytes; ``stem`` is the file name without suffix (the index of a wide price file), or the index id
    for a filled price URL template.
    """

    source: str
    raw: bytes
    fmt: str | None
    stem: str
    path: Path | None = None


@dataclass(frozen=True, slots=True)
class SourceEntry:
    """One configured source: a folder, file, glob or URL (template), with an optional format and,
    for price templates, the index ids to request (all indices when None)."""

    location: str
    fmt: str | None = None
    indices: tuple[str, ...] | None = None

    @property
    def is_url(self) -> bool:
        return bool(_URL.match(self.location))


@dataclass(frozen=True, slots=True)
class IndexSymbols:
    """What a price URL template can be filled with for one index."""

    index_id: str
    yahoo_symbol: str | None
    vendor_symbols: Mapping[str, str]

    def placeholder(self, name: str) -> str | None:
        if name == "index_id":
            return self.index_id
        if name == "symbol":
            return self.yahoo_symbol or self.index_id
        return self.vendor_symbols.get(name)


class SourceSpecError(ValueError):
    """A configured source that does not exist or cannot be read."""


def parse_spec(spec: str) -> list[SourceEntry]:
    """The entries of a spec: comma-separated parts, each a location or a YAML source list."""
    entries: list[SourceEntry] = []
    for part in (p.strip() for p in spec.split(",")):
        if not part:
            continue
        if not _URL.match(part) and part.lower().endswith((".yaml", ".yml")):
            entries.extend(read_source_list(Path(part).expanduser()))
        else:
            entries.append(SourceEntry(part))
    return entries


def read_source_list(path: Path) -> list[SourceEntry]:
    """Entries of a YAML source list: ``sources:`` (or a bare list) of strings or mappings with one of
    ``path``/``url`` and optional ``format`` and ``indices``; relative paths are relative to the file."""
    try:
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise SourceSpecError(f"source list {path}: cannot be read ({exc.strerror})") from exc
    except yaml.YAMLError as exc:
        raise SourceSpecError(f"source list {path}: not valid YAML ({exc})") from exc
    items = doc.get("sources") if isinstance(doc, dict) else doc
    if not isinstance(items, list):
        raise SourceSpecError(f"source list {path}: expected a list under 'sources:'")
    entries: list[SourceEntry] = []
    for n, item in enumerate(items, start=1):
        if isinstance(item, str):
            item = {"url": item} if _URL.match(item) else {"path": item}
        if not isinstance(item, dict) or len({"path", "url"} & set(item)) != 1:
            raise SourceSpecError(f"source list {path}: entry {n} needs exactly one of 'path' or 'url'")
        fmt = item.get("format")
        if fmt is not None and fmt not in ARTICLE_FORMATS | {"csv"}:
            raise SourceSpecError(f"source list {path}: entry {n} has unknown format {fmt!r}")
        indices = item.get("indices")
        location = str(item.get("url") or item["path"])
        if "path" in item and not Path(location).expanduser().is_absolute():
            location = str(path.parent / location)
        entries.append(
            SourceEntry(location, fmt, tuple(str(i).upper() for i in indices) if indices else None)
        )
    return entries


def expand_entry(entry: SourceEntry, suffixes: Mapping[str, str]) -> list[Path]:
    """Files of a local entry: a folder (searched recursively by suffix), a file or a glob."""
    part = entry.location
    path = Path(part).expanduser()
    if any(ch in part for ch in "*?["):
        matches = [Path(m) for m in sorted(glob.glob(str(path), recursive=True))]
        return [m for m in matches if m.is_file()]
    if path.is_dir():
        return [p for p in sorted(path.rglob("*")) if p.is_file() and p.suffix.lower() in suffixes]
    if path.is_file():
        return [path]
    raise SourceSpecError(f"source {part!r} does not exist (as a folder, file or glob)")


def expand_spec(spec: str, suffixes: Mapping[str, str]) -> list[Path]:
    """Local files named by a spec (URLs are left out), in a stable order without repeats."""
    found = [p for e in parse_spec(spec) if not e.is_url for p in expand_entry(e, suffixes)]
    return list(dict.fromkeys(found))


def local_files(spec: str, suffixes: Mapping[str, str]) -> list[tuple[Path, str | None]]:
    """The local files of a spec with their format (None: sniff), in a stable order without repeats."""
    found: dict[Path, str | None] = {}
    for entry in parse_spec(spec):
        if not entry.is_url:
            for path in expand_entry(entry, suffixes):
                found.setdefault(path, entry.fmt or suffixes.get(path.suffix.lower()))
    return list(found.items())


def read_inputs(
    spec: str, suffixes: Mapping[str, str], fetcher: HttpFetcher | None = None
) -> list[InputFile]:
    """Every input of a spec: local files, and URLs through ``fetcher`` (one is made when None).

    Raises SourceSpecError for a missing path and FetchError for a URL that cannot be fetched, before
    anything is parsed or written.
    """
    fetcher = fetcher or HttpFetcher()
    inputs: list[InputFile] = []
    seen: set[str] = set()
    for entry in parse_spec(spec):
        if entry.is_url:
            if entry.location in seen:
                continue
            seen.add(entry.location)
            if _PLACEHOLDER.search(entry.location):
                raise SourceSpecError(f"{entry.location}: URL templates are for prices only")
            fetched = fetcher.fetch(entry.location)
            fmt = entry.fmt or _url_format(entry.location, suffixes)
            inputs.append(InputFile(entry.location, fetched.body, fmt, _url_stem(entry.location)))
            continue
        for path in expand_entry(entry, suffixes):
            key = str(path.resolve())
            if key not in seen:
                seen.add(key)
                inputs.append(_read_file(path, entry.fmt or suffixes.get(path.suffix.lower())))
    return inputs


def read_price_inputs(
    spec: str, indices: Sequence[IndexSymbols], fetcher: HttpFetcher | None = None
) -> tuple[list[InputFile], list[Rejection]]:
    """Price inputs: local CSVs and URLs, with templates filled for every index that has the symbol.

    A template URL that answers 4xx (no such symbol at that vendor) is a rejection for that index;
    timeouts and 5xx after the retries raise FetchError and fail the run.
    """
    fetcher = fetcher or HttpFetcher()
    inputs: list[InputFile] = []
    rejections: list[Rejection] = []
    plain: list[str] = []
    for entry in parse_spec(spec):
        if not (entry.is_url and _PLACEHOLDER.search(entry.location)):
            plain.append(entry.location)
            continue
        for index in indices:
            if entry.indices is not None and index.index_id not in entry.indices:
                continue
            url = fill_template(entry.location, index)
            if url is None:
                continue
            try:
                fetched = fetcher.fetch(url)
            except FetchError as exc:
                if exc.status is None or exc.status >= 500:
                    raise
                rejections.append(
                    Rejection(
                        "price", url, "file", f"{exc.reason}: no prices for {index.index_id} at this URL"
                    )
                )
                continue
            inputs.append(InputFile(url, fetched.body, "csv", index.index_id))
    if plain:
        inputs.extend(read_inputs(",".join(plain), PRICE_SUFFIXES, fetcher))
    return inputs, rejections


def fill_template(template: str, index: IndexSymbols) -> str | None:
    """The URL of ``template`` for ``index`` (symbols URL-quoted), or None when it lacks a symbol."""
    values = {}
    for name in _PLACEHOLDER.findall(template):
        value = index.placeholder(name)
        if not value:
            return None
        values[name] = urllib.parse.quote(value, safe="")
    return _PLACEHOLDER.sub(lambda m: values[m.group(1)], template)


def _read_file(path: Path, fmt: str | None) -> InputFile:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise SourceSpecError(f"{path}: cannot be read ({exc.strerror})") from exc
    return InputFile(display_name(path), raw, fmt, path.stem, path)


def _url_format(url: str, suffixes: Mapping[str, str]) -> str | None:
    return suffixes.get(Path(urllib.parse.urlparse(url).path).suffix.lower())


def _url_stem(url: str) -> str:
    return Path(urllib.parse.unquote(urllib.parse.urlparse(url).path)).stem


def display_name(path: Path) -> str:
    """A path relative to the working directory when it is inside it, else absolute."""
    absolute = path.resolve()
    try:
        return str(absolute.relative_to(Path(os.getcwd()).resolve()))
    except ValueError:
        return str(absolute)
