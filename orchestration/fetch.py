"""HTTP(S) inputs: GET with a timeout, retries with exponential backoff on 5xx, timeouts and connection
errors, and conditional GET (ETag / Last-Modified) against a cache kept in the warehouse
(``staging.http_cache``, written by ``sql/staging/http_cache.sql``).

A 304 answer means the source has not changed: the cached body is used, so a partition can still be
rebuilt from it, and the run's metadata counts the URL as unchanged. Nothing is written here: the
assets fetch every URL first and write the cache with the tables, so a failed fetch leaves the
warehouse as it was.
"""

from __future__ import annotations

import socket
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime

import duckdb
import pandas as pd

from orchestration.sql import query_sql_file, run_sql_file

USER_AGENT = "newsmarket/0.1 (+https://github.com/newsmarket; batch ETL)"
CACHE_COLUMNS = ["url", "etag", "last_modified", "body", "status", "fetched_at"]


@dataclass(frozen=True, slots=True)
class CacheEntry:
    """The last successful answer for a URL (a row of staging.http_cache)."""

    url: str
    etag: str | None
    last_modified: str | None
    body: bytes
    status: int
    fetched_at: datetime


@dataclass(frozen=True, slots=True)
class Fetched:
    """The body to use for a URL and whether it changed since the last run (False on a 304)."""

    url: str
    body: bytes
    changed: bool


class FetchError(RuntimeError):
    """A URL that could not be fetched (after retries); the message names the URL and the reason."""

    def __init__(self, url: str, reason: str, status: int | None = None) -> None:
        super().__init__(f"{url}: {reason}")
        self.url = url
        self.reason = reason
        self.status = status


class HttpFetcher:
    """Fetch URLs with conditional GET against ``cache``; new cache entries collect in ``updates``."""

    def __init__(
        self,
        cache: dict[str, CacheEntry] | None = None,
        timeout_s: float = 30.0,
        retries: int = 3,
        backoff_s: float = 1.0,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.cache = dict(cache or {})
        self.timeout_s = timeout_s
        self.retries = retries
        self.backoff_s = backoff_s
        self.sleep = sleep
        self.updates: dict[str, CacheEntry] = {}
        self.unchanged: list[str] = []

    def fetch(self, url: str) -> Fetched:
        """The body of ``url``; raises FetchError on a 4xx at once, on 5xx/timeouts after the retries."""
        cached = self.cache.get(url)
        headers = {"User-Agent": USER_AGENT, "Accept-Encoding": "identity"}
        if cached is not None:
            if cached.etag:
                headers["If-None-Match"] = cached.etag
            if cached.last_modified:
                headers["If-Modified-Since"] = cached.last_modified
        attempts = self.retries + 1
        for attempt in range(1, attempts + 1):
            try:
                return self._get(url, headers, cached)
            except _Retryable as exc:
                if attempt == attempts:
                    raise FetchError(
                        url, f"{exc.reason} (gave up after {attempts} attempts)", exc.status
                    ) from exc
                self.sleep(self.backoff_s * 2 ** (attempt - 1))
        raise AssertionError("unreachable")

    def _get(self, url: str, headers: dict[str, str], cached: CacheEntry | None) -> Fetched:
        request = urllib.request.Request(url, headers=headers)
        try:
            with urllib.request.urlopen(request, timeout=self.timeout_s) as response:
                body = response.read()
                etag, modified = response.headers.get("ETag"), response.headers.get("Last-Modified")
                status = response.status
        except urllib.error.HTTPError as exc:
            if exc.code == 304 and cached is not None:
                self.updates[url] = replace(cached, status=304, fetched_at=_now())
                self.unchanged.append(url)
                return Fetched(url, cached.body, changed=False)
            if exc.code >= 500:
                raise _Retryable(f"HTTP {exc.code} {exc.reason}", exc.code) from exc
            raise FetchError(url, f"HTTP {exc.code} {exc.reason}", exc.code) from exc
        except TimeoutError as exc:
            raise _Retryable(f"timed out after {self.timeout_s:g} s") from exc
        except urllib.error.URLError as exc:
            if isinstance(exc.reason, TimeoutError | socket.timeout):
                raise _Retryable(f"timed out after {self.timeout_s:g} s") from exc
            raise _Retryable(f"cannot connect ({exc.reason})") from exc
        except (ConnectionError, OSError) as exc:
            raise _Retryable(f"connection failed ({exc})") from exc
        self.updates[url] = CacheEntry(url, etag, modified, body, status, _now())
        changed = cached is None or cached.body != body
        if not changed:
            self.unchanged.append(url)
        return Fetched(url, body, changed=changed)


class _Retryable(Exception):
    def __init__(self, reason: str, status: int | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.status = status


def _now() -> datetime:
    return datetime.now(UTC)


def load_http_cache(conn: duckdb.DuckDBPyConnection) -> dict[str, CacheEntry]:
    """Every cached answer in the warehouse (creating the cache table on first use)."""
    save_http_cache(conn, {})
    frame = query_sql_file(conn, "queries/http_cache.sql")
    return {
        row.url: CacheEntry(
            row.url,
            None if pd.isna(row.etag) else row.etag,
            None if pd.isna(row.last_modified) else row.last_modified,
            bytes(row.body),
            int(row.status),
            row.fetched_at,
        )
        for row in frame.itertuples(index=False)
    }


def save_http_cache(conn: duckdb.DuckDBPyConnection, updates: dict[str, CacheEntry]) -> None:
    """Upsert cache entries by URL."""
    frame = pd.DataFrame(
        [[e.url, e.etag, e.last_modified, e.body, e.status, e.fetched_at] for e in updates.values()],
        columns=CACHE_COLUMNS,
    )
    run_sql_file(conn, "staging/http_cache.sql", frames={"incoming_http_cache": frame})
