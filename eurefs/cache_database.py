"""The cache's SQLite file, kept usable whatever happens to it.

:class:`CacheDatabase` owns the connection of a :class:`~eurefs.cache.Cache`: it
opens the file, sets a corrupt one aside and rebuilds it, reads one it may not
write, falls back to memory when nothing else works, and runs each operation under
one lock (:meth:`CacheDatabase.guard`), where damage met while running rebuilds
the file and other SQLite errors are logged.  :mod:`eurefs.cache` says what is
stored and when it is stale; :mod:`eurefs.cache_sqlite` holds the SQLite details.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import threading
import time
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from eurefs import cache_sqlite as db

__all__ = ["CacheDatabase", "CacheWarning"]

log = logging.getLogger("eurefs.cache")


class CacheWarning(UserWarning):
    """The cache had to be rebuilt or could not be persisted (lookups still work)."""


class CacheDatabase:
    """The connection to a cache file, with its recovery (a cache never makes a lookup fail).

    Args:
        path: The database file, or None for an in-memory database.
        busy_timeout: Seconds to wait for another process's lock.
        version: The schema version the file must have (another is rebuilt).

    Attributes:
        path: The database file, or None when running in memory (fallback).
        read_only: True when the file could be read but not written.
        conn: The open connection (use it inside :meth:`guard`).
    """

    def __init__(self, path: Path | None, *, busy_timeout: float, version: int) -> None:
        self.path = path
        self.busy_timeout = busy_timeout
        self.version = version
        self.read_only = False
        self.lock = threading.RLock()
        self._closed = False
        self.conn = self._open()

    def _connect(self, target: str) -> sqlite3.Connection:
        conn, done = db.connect(target, busy_timeout=self.busy_timeout, version=self.version)
        if done == "repaired":
            self._warn(f"cache {self.path} had a damaged schema (tables missing); rebuilt it")
        return conn

    def _open(self) -> sqlite3.Connection:
        if self.path is None:
            return self._connect(":memory:")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            return self._connect(str(self.path))
        except sqlite3.DatabaseError as exc:
            if isinstance(exc, sqlite3.OperationalError) and not db.is_corruption(exc):
                return self._read_only_or_memory(exc)
            self._set_aside(exc)
            try:
                return self._connect(str(self.path))
            except sqlite3.Error as exc2:
                return self._fall_back(exc2)
        except OSError as exc:
            return self._read_only_or_memory(exc)

    def _read_only_or_memory(self, exc: BaseException) -> sqlite3.Connection:
        """The file exists but cannot be written: read it; else use memory."""
        assert self.path is not None
        if db.is_read_only(exc) and self.path.is_file():
            try:
                conn = db.connect_read_only(self.path, version=self.version)
            except sqlite3.Error as ro_exc:
                exc = ro_exc if isinstance(ro_exc, db.SchemaMismatch) else exc
            else:
                self.read_only = True
                self._warn(f"cache {self.path} is read-only ({exc}); reading it, storing nothing")
                return conn
        return self._fall_back(exc)

    def _warn(self, message: str) -> None:
        warnings.warn(message, CacheWarning, stacklevel=6)

    def _set_aside(self, exc: BaseException) -> None:
        assert self.path is not None
        stamp = time.strftime("%Y%m%dT%H%M%S")
        target = self.path.with_name(f"{self.path.name}.corrupt-{stamp}")
        try:
            os.replace(self.path, target)
        except OSError as move_exc:
            log.warning("could not move cache %s aside: %s", self.path, move_exc)
        for suffix in ("-wal", "-shm"):
            try:
                self.path.with_name(self.path.name + suffix).unlink(missing_ok=True)
            except OSError:
                pass
        self._warn(f"cache {self.path} was corrupt ({exc}); moved to {target.name} and rebuilt")

    def _fall_back(self, exc: BaseException) -> sqlite3.Connection:
        self._warn(f"cache {self.path} cannot be used ({exc}); using an in-memory cache")
        self.path = None
        self.read_only = False
        return self._connect(":memory:")

    def _recover(self, exc: sqlite3.DatabaseError) -> None:
        """Corruption or a damaged schema met while running: start over."""
        self.conn.close()
        if self.path is not None and not db.is_schema_damage(exc) and not self.read_only:
            self._set_aside(exc)
        self.read_only = False
        self.conn = self._open()

    @contextmanager
    def guard(self, what: str) -> Iterator[None]:
        """Run a cache operation; damage rebuilds, other sqlite errors are logged."""
        with self.lock:
            if self._closed:  # used again after close(): open the same file again
                self.conn, self._closed = self._open(), False
            try:
                yield
            except sqlite3.ProgrammingError as exc:  # a misuse of the connection, not damage
                log.warning("cache %s failed: %s", what, exc)
            except sqlite3.DatabaseError as exc:
                if db.is_schema_damage(exc) and not self.read_only:
                    self._recover(exc)
                elif isinstance(exc, sqlite3.OperationalError) and not db.is_corruption(exc):
                    log.warning("cache %s failed: %s", what, exc)
                elif not self.read_only:
                    self._recover(exc)
                else:
                    log.warning("cache %s failed: %s", what, exc)

    @contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """A write transaction (``BEGIN IMMEDIATE``): committed at the end, rolled back on error."""
        conn = self.conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
        except BaseException:
            db.rollback(conn)
            raise
        conn.execute("COMMIT")

    def close(self) -> None:
        """Close the connection (the next :meth:`guard` opens the file again)."""
        with self.lock:
            self.conn.close()
            self._closed = True
