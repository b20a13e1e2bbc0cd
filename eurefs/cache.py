"""Persistent cache of resolved documents (SQLite, stdlib ``sqlite3``).

The cache lives in ``<cache dir>/cache.sqlite3``.  The directory is, in order: the
``cache_dir`` argument, the ``EUREFS_CACHE_DIR`` environment variable, or
``platformdirs.user_cache_dir("eurefs")``.

It stores :class:`~eurefs.models.Document` JSON under the work key (Cellar URI and
CELEX) *and* under every identifier key that led to it, plus negative entries
("known missing") that expire sooner.  Keys are used exactly as given.

Robustness decisions:

* Several processes may share the file: WAL journal, ``busy_timeout``, short
  ``BEGIN IMMEDIATE`` write transactions.  Within a process one connection is
  shared under a lock, so a :class:`Cache` may be used from several threads.
* A corrupt file is renamed ``cache.sqlite3.corrupt-<timestamp>`` and rebuilt,
  with a :class:`CacheWarning`; a schema-version mismatch silently rebuilds.
* If the directory cannot be created or the file cannot be opened or written,
  the cache warns (:class:`CacheWarning`) and falls back to an in-memory
  database for the life of the object: resolving still works, nothing persists.
  A cache never makes a lookup fail; other write failures (e.g. a lock held
  too long) are logged and dropped.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import sqlite3
import threading
import time
import warnings
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import platformdirs
from pydantic import ValidationError

from eurefs.models.document import Document

__all__ = ["CACHE_FILENAME", "SCHEMA_VERSION", "Cache", "CacheWarning", "default_cache_dir"]

log = logging.getLogger(__name__)

CACHE_FILENAME = "cache.sqlite3"
ENV_CACHE_DIR = "EUREFS_CACHE_DIR"
#: Bump when the table layout or the stored JSON changes incompatibly.
SCHEMA_VERSION = 1
DEFAULT_TTL = 7 * 24 * 3600.0
DEFAULT_NEGATIVE_TTL = 24 * 3600.0

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS documents (
    work TEXT PRIMARY KEY, json TEXT NOT NULL, stored_at REAL NOT NULL);
CREATE TABLE IF NOT EXISTS keys (
    key TEXT PRIMARY KEY, work TEXT NOT NULL, stored_at REAL NOT NULL);
CREATE INDEX IF NOT EXISTS keys_work ON keys (work);
CREATE TABLE IF NOT EXISTS missing (
    key TEXT PRIMARY KEY, reason TEXT NOT NULL, stored_at REAL NOT NULL);
"""


class CacheWarning(UserWarning):
    """The cache had to be rebuilt or could not be persisted (lookups still work)."""


def default_cache_dir() -> Path:
    """``$EUREFS_CACHE_DIR`` if set, else ``platformdirs.user_cache_dir("eurefs")``."""
    env = os.environ.get(ENV_CACHE_DIR)
    return Path(env) if env else Path(platformdirs.user_cache_dir("eurefs"))


def _seconds(value: float | dt.timedelta) -> float:
    return value.total_seconds() if isinstance(value, dt.timedelta) else float(value)


def _iso(ts: float | None) -> str | None:
    if ts is None:
        return None
    return dt.datetime.fromtimestamp(ts, dt.timezone.utc).isoformat()


class Cache:
    """Persistent document cache with positive and negative entries and TTLs.

    Args:
        cache_dir: Directory of the cache file (default: see :func:`default_cache_dir`).
        ttl: Lifetime of a document entry (seconds or timedelta; default 7 days).
        negative_ttl: Lifetime of a "known missing" entry (default 1 day).
        busy_timeout: Seconds to wait for another process's lock.
        clock: Wall clock in epoch seconds (injectable for tests).

    Attributes:
        path: The database file, or None when running in memory (fallback).
    """

    def __init__(
        self,
        cache_dir: str | os.PathLike[str] | None = None,
        *,
        ttl: float | dt.timedelta = DEFAULT_TTL,
        negative_ttl: float | dt.timedelta = DEFAULT_NEGATIVE_TTL,
        busy_timeout: float = 10.0,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.ttl = _seconds(ttl)
        self.negative_ttl = _seconds(negative_ttl)
        self.busy_timeout = busy_timeout
        self._clock = clock
        self._lock = threading.RLock()
        directory = Path(cache_dir) if cache_dir is not None else default_cache_dir()
        self.path: Path | None = directory / CACHE_FILENAME
        self._conn = self._open()

    # -- opening, recovery ----------------------------------------------------------------

    def _open(self) -> sqlite3.Connection:
        if self.path is None:
            return self._connect(":memory:")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            return self._connect(str(self.path))
        except sqlite3.DatabaseError as exc:
            if isinstance(exc, sqlite3.OperationalError) and not _is_corruption(exc):
                return self._fall_back(exc)
            self._set_aside(exc)
            try:
                return self._connect(str(self.path))
            except sqlite3.Error as exc2:
                return self._fall_back(exc2)
        except OSError as exc:
            return self._fall_back(exc)

    def _connect(self, target: str) -> sqlite3.Connection:
        conn = sqlite3.connect(
            target, timeout=self.busy_timeout, isolation_level=None, check_same_thread=False
        )
        try:
            conn.execute(f"PRAGMA busy_timeout = {int(self.busy_timeout * 1000)}")
            if target != ":memory:":
                conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
            self._ensure_schema(conn)
        except BaseException:
            conn.close()
            raise
        return conn

    @staticmethod
    def _ensure_schema(conn: sqlite3.Connection) -> None:
        conn.execute("BEGIN IMMEDIATE")
        try:
            names = {
                r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            version = None
            if "meta" in names:
                row = conn.execute("SELECT value FROM meta WHERE name='schema_version'").fetchone()
                version = row[0] if row else None
            if version != str(SCHEMA_VERSION):
                if names:
                    log.info("eurefs cache: schema %s != %s, rebuilding", version, SCHEMA_VERSION)
                for table in names:
                    if not table.startswith("sqlite_"):
                        conn.execute(f'DROP TABLE IF EXISTS "{table}"')
                for statement in _SCHEMA.split(";"):
                    if statement.strip():
                        conn.execute(statement)
                conn.execute(
                    "INSERT INTO meta (name, value) VALUES ('schema_version', ?)",
                    (str(SCHEMA_VERSION),),
                )
            conn.execute("COMMIT")
        except BaseException:
            _rollback(conn)
            raise

    def _set_aside(self, exc: BaseException) -> None:
        assert self.path is not None
        stamp = time.strftime("%Y%m%dT%H%M%S")
        target = self.path.with_name(f"{self.path.name}.corrupt-{stamp}")
        try:
            os.replace(self.path, target)
        except OSError as move_exc:
            log.warning("eurefs cache: could not move %s aside: %s", self.path, move_exc)
        for suffix in ("-wal", "-shm"):
            try:
                self.path.with_name(self.path.name + suffix).unlink(missing_ok=True)
            except OSError:
                pass
        warnings.warn(
            f"eurefs cache {self.path} was corrupt ({exc}); moved to {target.name} and rebuilt",
            CacheWarning,
            stacklevel=4,
        )

    def _fall_back(self, exc: BaseException) -> sqlite3.Connection:
        warnings.warn(
            f"eurefs cache {self.path} cannot be used ({exc}); using an in-memory cache",
            CacheWarning,
            stacklevel=4,
        )
        self.path = None
        return self._connect(":memory:")

    def _recover(self, exc: sqlite3.DatabaseError) -> None:
        """Corruption met while running: set the file aside and start over."""
        self._conn.close()
        if self.path is not None:
            self._set_aside(exc)
        self._conn = self._open()

    @contextmanager
    def _guard(self, what: str) -> Iterator[None]:
        """Run a cache operation; corruption rebuilds, other sqlite errors are logged."""
        with self._lock:
            try:
                yield
            except sqlite3.DatabaseError as exc:
                if isinstance(exc, sqlite3.OperationalError) and not _is_corruption(exc):
                    log.warning("eurefs cache: %s failed: %s", what, exc)
                else:
                    self._recover(exc)

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        conn = self._conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
        except BaseException:
            _rollback(conn)
            raise
        conn.execute("COMMIT")

    # -- public API -----------------------------------------------------------------------

    def get(self, key: str) -> Document | None:
        """The document stored under ``key`` (any of its keys); None if absent or stale."""
        result: Document | None = None
        with self._guard("get"):
            row = self._conn.execute(
                "SELECT d.work, d.json, d.stored_at FROM keys k JOIN documents d ON d.work = k.work"
                " WHERE k.key = ?",
                (key,),
            ).fetchone()
            if row is None or row[2] < self._clock() - self.ttl:
                return None
            try:
                result = Document.model_validate_json(row[1])
            except ValidationError:
                log.info("eurefs cache: dropping unreadable entry %s", row[0])
                with self._write() as conn:
                    conn.execute("DELETE FROM documents WHERE work = ?", (row[0],))
                    conn.execute("DELETE FROM keys WHERE work = ?", (row[0],))
        return result

    def put(self, keys: Sequence[str], doc: Document) -> None:
        """Store ``doc`` under its work key (Cellar URI, else CELEX), its CELEX and all ``keys``.

        Storing clears "known missing" entries for those keys.
        """
        all_keys = [k for k in (doc.cellar_uri, doc.celex, *keys) if k]
        if not all_keys:
            raise ValueError("a document without cellar_uri or celex needs at least one key")
        work = all_keys[0]
        now = self._clock()
        payload = doc.model_dump_json()
        unique = list(dict.fromkeys(all_keys))
        with self._guard("put"), self._write() as conn:
            conn.execute(
                "INSERT OR REPLACE INTO documents (work, json, stored_at) VALUES (?, ?, ?)",
                (work, payload, now),
            )
            conn.executemany(
                "INSERT OR REPLACE INTO keys (key, work, stored_at) VALUES (?, ?, ?)",
                [(k, work, now) for k in unique],
            )
            conn.executemany("DELETE FROM missing WHERE key = ?", [(k,) for k in unique])

    def put_missing(self, key: str, reason: str = "not found") -> None:
        """Record that ``key`` is known not to resolve (expires after ``negative_ttl``)."""
        with self._guard("put_missing"), self._write() as conn:
            conn.execute(
                "INSERT OR REPLACE INTO missing (key, reason, stored_at) VALUES (?, ?, ?)",
                (key, reason, self._clock()),
            )
            conn.execute("DELETE FROM keys WHERE key = ?", (key,))

    def get_missing(self, key: str) -> str | None:
        """The reason ``key`` is known missing, or None (not recorded, or the entry expired)."""
        with self._guard("get_missing"):
            row = self._conn.execute(
                "SELECT reason, stored_at FROM missing WHERE key = ?", (key,)
            ).fetchone()
            if row is not None and row[1] >= self._clock() - self.negative_ttl:
                return str(row[0])
        return None

    def is_missing(self, key: str) -> bool:
        """True when ``key`` is known missing and the entry has not expired."""
        return self.get_missing(key) is not None

    def purge_expired(self) -> int:
        """Delete stale entries; return how many rows went."""
        now = self._clock()
        removed = 0
        with self._guard("purge_expired"), self._write() as conn:
            removed += conn.execute(
                "DELETE FROM documents WHERE stored_at < ?", (now - self.ttl,)
            ).rowcount
            removed += conn.execute(
                "DELETE FROM keys WHERE work NOT IN (SELECT work FROM documents)"
            ).rowcount
            removed += conn.execute(
                "DELETE FROM missing WHERE stored_at < ?", (now - self.negative_ttl,)
            ).rowcount
        return removed

    def info(self) -> dict[str, Any]:
        """Path, persistence, size in bytes, entry counts and oldest/newest entry (ISO 8601 UTC)."""
        out: dict[str, Any] = {
            "path": str(self.path) if self.path else None,
            "persistent": self.path is not None,
            "schema_version": SCHEMA_VERSION,
            "ttl_seconds": self.ttl,
            "negative_ttl_seconds": self.negative_ttl,
            "size_bytes": 0,
            "documents": 0,
            "keys": 0,
            "missing": 0,
            "oldest": None,
            "newest": None,
        }
        with self._guard("info"):
            for table in ("documents", "keys", "missing"):
                out[table] = self._conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
            lo, hi = self._conn.execute(
                "SELECT MIN(t), MAX(t) FROM (SELECT stored_at AS t FROM documents"
                " UNION ALL SELECT stored_at FROM missing)"
            ).fetchone()
            out["oldest"], out["newest"] = _iso(lo), _iso(hi)
        if self.path is not None:
            for suffix in ("", "-wal", "-shm"):
                f = self.path.with_name(self.path.name + suffix)
                if f.exists():
                    out["size_bytes"] += f.stat().st_size
        return out

    def clear(self) -> None:
        """Delete every entry (the file stays, schema included)."""
        with self._guard("clear"):
            with self._write() as conn:
                for table in ("documents", "keys", "missing"):
                    conn.execute(f"DELETE FROM {table}")
            try:
                self._conn.execute("VACUUM")
            except sqlite3.OperationalError as exc:  # another process holds a read lock
                log.info("eurefs cache: VACUUM skipped: %s", exc)

    def close(self) -> None:
        """Close the database connection."""
        with self._lock:
            self._conn.close()

    def __enter__(self) -> Cache:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _is_corruption(exc: sqlite3.DatabaseError) -> bool:
    text = str(exc).lower()
    return any(m in text for m in ("not a database", "malformed", "corrupt", "encrypted"))


def _rollback(conn: sqlite3.Connection) -> None:
    try:
        conn.execute("ROLLBACK")
    except sqlite3.Error:
        pass  # no transaction left to roll back (e.g. the file is corrupt)
