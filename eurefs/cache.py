"""Persistent cache of resolved documents (SQLite, stdlib ``sqlite3``).

The cache lives in ``<cache dir>/cache.sqlite3``.  The directory is, in order: the
``cache_dir`` argument, the ``EUREFS_CACHE_DIR`` environment variable, or
``platformdirs.user_cache_dir("eurefs")``.

It stores :class:`~eurefs.models.Document` JSON per work *and language* (the same
work in English and in French are two entries), under the work key (Cellar URI and
CELEX, suffixed ``@<lang>`` when a language is given) *and* under every identifier
key that led to it, plus negative entries ("known missing") that expire sooner.
Other keys are used exactly as given.  An entry whose time lies in the future (a
clock that was wrong when it was stored) counts as stale.

Robustness decisions:

* Several processes may share the file: WAL journal, ``busy_timeout``, short
  ``BEGIN IMMEDIATE`` write transactions.  Within a process one connection is
  shared under a lock, so a :class:`Cache` may be used from several threads.
* A corrupt file is renamed ``cache.sqlite3.corrupt-<timestamp>`` and rebuilt,
  with a :class:`CacheWarning`; a schema-version mismatch silently rebuilds, and
  so does a damaged schema (a table missing), with a warning, once.
* A cache file that exists but cannot be written (read-only directory or file)
  is opened read-only: lookups use it, new entries are not stored
  (:attr:`Cache.read_only`), with one :class:`CacheWarning`.
* If the directory cannot be created or the file cannot be opened at all,
  the cache warns (:class:`CacheWarning`) and falls back to an in-memory
  database for the life of the object: resolving still works, nothing persists.
  A cache never makes a lookup fail; other write failures (e.g. a lock held
  too long) are logged and dropped.

The connection and its recovery live in :mod:`eurefs.cache_database`; this module
says what is stored and when it is stale.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from eurefs.arguments import checked_callback
from eurefs.cache_database import CacheDatabase, CacheWarning
from eurefs.cache_dir import ENV_CACHE_DIR as ENV_CACHE_DIR
from eurefs.cache_dir import default_cache_dir as default_cache_dir
from eurefs.errors import ConfigurationError, WrongArgumentType
from eurefs.setting_bounds import checked_seconds

# The model (and pydantic) is imported when a document is read back: ``eurefs cache
# info`` and ``clear`` read none, and pydantic was most of their start-up (issue 10).
if TYPE_CHECKING:
    from eurefs.models.document import Document

__all__ = [
    "CACHE_FILENAME",
    "SCHEMA_VERSION",
    "Cache",
    "CacheWarning",
    "cache_file",
    "default_cache_dir",
]

log = logging.getLogger(__name__)

CACHE_FILENAME = "cache.sqlite3"
#: Bump when the table layout or the stored JSON changes, or when stored documents hold
#: a value now known wrong; such documents are fetched again.  3: ``entry_into_force``
#: was the earliest date listed (32014R0001's date of application).  4: an amending act
#: listed the consolidated texts of the act it amends as its own (32014R0001 gave
#: 02012R0978-...), a work in two OJ issues got one issue's number with the other's
#: date, and ``oj_publications`` was not stored (read back empty beside ``oj``).
SCHEMA_VERSION = 4
DEFAULT_TTL = 7 * 24 * 3600.0
DEFAULT_NEGATIVE_TTL = 24 * 3600.0
#: An entry stored later than now plus this many seconds was stored by a wrong clock: stale.
FUTURE_SLACK = 300.0
#: Keys per ``IN (...)`` lookup (SQLite before 3.32 allows 999 parameters a statement).
KEYS_PER_QUERY = 500


def cache_file(cache_dir: str | os.PathLike[str] | None = None) -> Path:
    """The cache database file for ``cache_dir`` (default: :func:`default_cache_dir`).

    Looking the path up creates nothing; use it to tell whether a cache exists yet.

    Raises:
        WrongArgumentType: ``cache_dir`` is no path (a number).
        ConfigurationError: ``cache_dir`` is empty (``"$CACHE"`` of an unset variable:
            it was the working directory).
    """
    if cache_dir is None:
        return default_cache_dir() / CACHE_FILENAME
    if not isinstance(cache_dir, str | os.PathLike):
        raise WrongArgumentType(f"cache_dir must be a path, not {cache_dir!r}")
    if not os.fspath(cache_dir):
        raise ConfigurationError("cache_dir is empty: give a directory (or None for the default)")
    return Path(cache_dir) / CACHE_FILENAME


def _chunks(keys: list[str]) -> Iterator[list[str]]:
    for i in range(0, len(keys), KEYS_PER_QUERY):
        yield keys[i : i + KEYS_PER_QUERY]


def _seconds(name: str, value: object) -> float:
    """A lifetime in seconds: a timedelta, or a number of seconds, 0 or more (infinity:
    for ever)."""
    seconds = value.total_seconds() if isinstance(value, dt.timedelta) else value
    if not isinstance(seconds, (int, float)) or isinstance(seconds, bool) or not seconds >= 0:
        raise ConfigurationError(
            f"{name} must be a timedelta or a number of seconds, 0 or more, not {value!r}"
        )
    return float(seconds)


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

    Raises:
        ConfigurationError: a ``ttl`` or ``negative_ttl`` that is negative, NaN or no
            number; a ``busy_timeout`` that is no number of seconds from 0 to a day.

    Attributes:
        path: The database file, or None when running in memory (fallback).
        read_only: True when the file could be read but not written: nothing is stored.
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
        self.ttl = _seconds("ttl", ttl)
        self.negative_ttl = _seconds("negative_ttl", negative_ttl)
        # (a string failed in sqlite3.connect with a TypeError, NaN converting it to ms)
        self.busy_timeout = busy_timeout = checked_seconds("busy_timeout", busy_timeout, zero=True)
        self._clock = checked_callback("clock", clock, optional=False)
        self._db = CacheDatabase(
            cache_file(cache_dir), busy_timeout=busy_timeout, version=SCHEMA_VERSION
        )

    @property
    def path(self) -> Path | None:
        """The database file, or None when running in memory (fallback)."""
        return self._db.path

    @property
    def read_only(self) -> bool:
        """True when the file could be read but not written: nothing is stored."""
        return self._db.read_only

    def _fresh(self, stored_at: float, ttl: float) -> bool:
        """Stored within ``ttl`` and not in the future (a wrong clock stored it)."""
        now = self._clock()
        return now - ttl <= stored_at <= now + FUTURE_SLACK

    # -- public API -----------------------------------------------------------------------

    def get(self, key: str) -> Document | None:
        """The document stored under ``key`` (any of its keys); None if absent or stale."""
        return self.get_many([key]).get(key)

    def get_many(self, keys: Iterable[str]) -> dict[str, Document]:
        """The fresh documents stored under ``keys``: key -> document (absent, stale keys left out).

        One query per :data:`KEYS_PER_QUERY` keys; a document stored under several of
        the keys is read once.  An entry whose JSON no longer validates is deleted.
        """
        found: dict[str, Document] = {}
        with self._db.guard("get"):
            docs: dict[tuple[str, str], Document | None] = {}
            for chunk in _chunks(list(dict.fromkeys(keys))):
                rows = self._db.conn.execute(
                    "SELECT k.key, d.work, d.lang, d.json, d.stored_at FROM keys k"
                    " JOIN documents d ON d.work = k.work AND d.lang = k.lang"
                    f" WHERE k.key IN ({', '.join('?' * len(chunk))})",
                    chunk,
                ).fetchall()
                for key, work, lang, text, stored_at in rows:
                    if not self._fresh(stored_at, self.ttl):
                        continue
                    if (work, lang) not in docs:
                        docs[work, lang] = self._read(text, work)
                    doc = docs[work, lang]
                    if doc is not None:
                        found[key] = doc
            unreadable = [entry for entry, doc in docs.items() if doc is None]
            if unreadable and not self.read_only:
                with self._db.write() as conn:
                    conn.executemany(
                        "DELETE FROM documents WHERE work = ? AND lang = ?", unreadable
                    )
                    conn.executemany("DELETE FROM keys WHERE work = ? AND lang = ?", unreadable)
        return found

    @staticmethod
    def _read(text: str, work: str) -> Document | None:
        from pydantic import ValidationError

        from eurefs.models.document import Document

        try:
            return Document.model_validate_json(text)
        except ValidationError:
            log.info("cache: dropping unreadable entry %s", work)
            return None

    def put(self, keys: Sequence[str], doc: Document, *, lang: str | None = None) -> None:
        """Store ``doc`` under its work key (Cellar URI, else CELEX), its CELEX and all ``keys``.

        ``lang`` is the language the document was fetched in: the same work in two
        languages is two entries, and the automatic keys (Cellar URI, CELEX) get an
        ``@<lang>`` suffix.  Storing clears "known missing" entries for those keys.
        Nothing is stored in a read-only cache.
        """
        self.put_many([(keys, doc)], lang=lang)

    def put_many(
        self, entries: Sequence[tuple[Sequence[str], Document]], *, lang: str | None = None
    ) -> None:
        """Store each ``(keys, document)`` as :meth:`put` does, all in one write transaction.

        A key given twice ends with the later entry, as with one :meth:`put` after another.

        Raises:
            ValueError: when a document has no cellar_uri, no celex and no key (nothing
                is stored then).
        """
        suffix = f"@{lang}" if lang else ""
        documents: list[tuple[str, str, str, float]] = []
        key_rows: list[tuple[str, str, str, float]] = []
        now = self._clock()
        for keys, doc in entries:
            auto = [k + suffix for k in (doc.cellar_uri, doc.celex) if k]
            all_keys = list(dict.fromkeys([*auto, *(k for k in keys if k)]))
            if not all_keys:
                raise ValueError("a document without cellar_uri or celex needs at least one key")
            if self.read_only:
                continue
            work = (doc.cellar_uri or doc.celex or all_keys[0]) if auto else all_keys[0]
            documents.append((work, lang or "", doc.model_dump_json(), now))
            key_rows += [(k, work, lang or "", now) for k in all_keys]
        if not documents:
            return
        with self._db.guard("put"), self._db.write() as conn:
            conn.executemany(
                "INSERT OR REPLACE INTO documents (work, lang, json, stored_at)"
                " VALUES (?, ?, ?, ?)",
                documents,
            )
            conn.executemany(
                "INSERT OR REPLACE INTO keys (key, work, lang, stored_at) VALUES (?, ?, ?, ?)",
                key_rows,
            )
            conn.executemany("DELETE FROM missing WHERE key = ?", [(k[0],) for k in key_rows])

    def put_missing(self, key: str, reason: str = "not found") -> None:
        """Record that ``key`` is known not to resolve (expires after ``negative_ttl``)."""
        self.put_missing_many([(key, reason)])

    def put_missing_many(self, entries: Iterable[tuple[str, str]]) -> None:
        """Record each ``(key, reason)`` as :meth:`put_missing` does, in one write transaction."""
        now = self._clock()
        rows = [(key, reason, now) for key, reason in entries]
        if self.read_only or not rows:
            return
        with self._db.guard("put_missing"), self._db.write() as conn:
            conn.executemany(
                "INSERT OR REPLACE INTO missing (key, reason, stored_at) VALUES (?, ?, ?)", rows
            )
            conn.executemany("DELETE FROM keys WHERE key = ?", [(r[0],) for r in rows])

    def get_missing(self, key: str) -> str | None:
        """The reason ``key`` is known missing, or None (not recorded, or the entry expired)."""
        return self.get_missing_many([key]).get(key)

    def get_missing_many(self, keys: Iterable[str]) -> dict[str, str]:
        """Key -> reason for those of ``keys`` known missing (entries not expired)."""
        found: dict[str, str] = {}
        with self._db.guard("get_missing"):
            for chunk in _chunks(list(dict.fromkeys(keys))):
                rows = self._db.conn.execute(
                    "SELECT key, reason, stored_at FROM missing"
                    f" WHERE key IN ({', '.join('?' * len(chunk))})",
                    chunk,
                ).fetchall()
                found.update(
                    (key, str(reason))
                    for key, reason, stored_at in rows
                    if self._fresh(stored_at, self.negative_ttl)
                )
        return found

    def is_missing(self, key: str) -> bool:
        """True when ``key`` is known missing and the entry has not expired."""
        return self.get_missing(key) is not None

    def purge_expired(self) -> int:
        """Delete stale entries (too old, or stored in the future); return how many rows went."""
        if self.read_only:
            return 0
        now = self._clock()
        late = now + FUTURE_SLACK
        removed = 0
        with self._db.guard("purge_expired"), self._db.write() as conn:
            removed += conn.execute(
                "DELETE FROM documents WHERE stored_at < ? OR stored_at > ?", (now - self.ttl, late)
            ).rowcount
            removed += conn.execute(
                "DELETE FROM keys WHERE NOT EXISTS (SELECT 1 FROM documents d"
                " WHERE d.work = keys.work AND d.lang = keys.lang)"
            ).rowcount
            removed += conn.execute(
                "DELETE FROM missing WHERE stored_at < ? OR stored_at > ?",
                (now - self.negative_ttl, late),
            ).rowcount
        return removed

    def info(self) -> dict[str, Any]:
        """Path, persistence, size in bytes, entry counts and oldest/newest entry (ISO 8601 UTC)."""
        out: dict[str, Any] = {
            "path": str(self.path) if self.path else None,
            "persistent": self.path is not None,
            "read_only": self.read_only,
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
        with self._db.guard("info"):
            for table in ("documents", "keys", "missing"):
                out[table] = self._db.conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
            lo, hi = self._db.conn.execute(
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
        """Delete every entry (the file stays, schema included).

        Raises:
            PermissionError: the cache is read-only.
        """
        if self.read_only:
            raise PermissionError(f"cache {self.path} is read-only: cannot clear it")
        with self._db.guard("clear"):
            with self._db.write() as conn:
                for table in ("documents", "keys", "missing"):
                    conn.execute(f"DELETE FROM {table}")
            try:
                self._db.conn.execute("VACUUM")
            except sqlite3.OperationalError as exc:  # another process holds a read lock
                log.info("cache: VACUUM skipped: %s", exc)

    def close(self) -> None:
        """Close the database connection."""
        self._db.close()

    def __enter__(self) -> Cache:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
