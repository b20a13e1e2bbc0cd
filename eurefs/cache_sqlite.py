"""SQLite plumbing of :mod:`eurefs.cache`: connections, schema checks, error kinds.

Kept apart so that :mod:`eurefs.cache` reads as the cache's behaviour (what is
stored, when it is stale, how it recovers) rather than as SQLite details.
"""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path
from urllib.parse import quote

__all__ = [
    "SCHEMA",
    "SchemaMismatch",
    "connect",
    "connect_read_only",
    "is_corruption",
    "is_schema_damage",
    "rollback",
]

log = logging.getLogger("eurefs.cache")

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS documents (
    work TEXT NOT NULL, lang TEXT NOT NULL, json TEXT NOT NULL, stored_at REAL NOT NULL,
    PRIMARY KEY (work, lang));
CREATE TABLE IF NOT EXISTS keys (
    key TEXT PRIMARY KEY, work TEXT NOT NULL, lang TEXT NOT NULL, stored_at REAL NOT NULL);
CREATE INDEX IF NOT EXISTS keys_work ON keys (work, lang);
CREATE TABLE IF NOT EXISTS missing (
    key TEXT PRIMARY KEY, reason TEXT NOT NULL, stored_at REAL NOT NULL);
"""
TABLES = frozenset({"meta", "documents", "keys", "missing"})


class SchemaMismatch(sqlite3.DatabaseError):
    """A read-only cache file has another schema version (or lacks tables): unusable as is."""


def connect(target: str, *, busy_timeout: float, version: int) -> tuple[sqlite3.Connection, str]:
    """Open ``target`` read-write with the current schema.

    Returns the connection and what had to be done to the schema: ``""`` (nothing),
    ``"created"``, ``"upgraded"`` (another version) or ``"repaired"`` (tables missing).
    """
    conn = sqlite3.connect(
        target, timeout=busy_timeout, isolation_level=None, check_same_thread=False
    )
    try:
        conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout * 1000)}")
        if target != ":memory:":
            conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        done = ensure_schema(conn, version)
    except BaseException:
        conn.close()
        raise
    return conn, done


def connect_read_only(path: Path, *, version: int) -> sqlite3.Connection:
    """Open an existing cache file for reading only (the process may not write there).

    Raises:
        SchemaMismatch: the file holds another schema (it cannot be rebuilt read-only).
        sqlite3.Error: the file cannot be read.
    """
    uri = f"file:{quote(str(path))}?mode=ro"
    last: sqlite3.Error | None = None
    # A WAL file without its -shm companion cannot be opened read-only unless SQLite
    # is told the file will not change under it ("immutable"): try that second.
    for suffix in ("", "&immutable=1"):
        try:
            conn = sqlite3.connect(uri + suffix, uri=True, check_same_thread=False)
        except sqlite3.Error as exc:
            last = exc
            continue
        try:
            problem = schema_problem(conn, version)
        except sqlite3.Error as exc:
            conn.close()
            last = exc
            continue
        if problem:
            conn.close()
            raise SchemaMismatch(problem)
        return conn
    assert last is not None
    raise last


def schema_problem(conn: sqlite3.Connection, version: int) -> str:
    """Why the schema of ``conn`` is not the current one (``""`` when it is)."""
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if not names:
        return "empty"
    found = None
    if "meta" in names:
        row = conn.execute("SELECT value FROM meta WHERE name='schema_version'").fetchone()
        found = row[0] if row else None
    if found != str(version):
        return f"schema version {found}, expected {version}"
    missing = sorted(TABLES - names)
    if missing:
        return f"damaged schema: no table {', '.join(missing)}"
    return ""


def ensure_schema(conn: sqlite3.Connection, version: int) -> str:
    """Create or rebuild the schema when it is absent, of another version or damaged."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        problem = schema_problem(conn, version)
        if problem:
            names = [
                r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            ]
            for table in names:
                if not table.startswith("sqlite_"):
                    conn.execute(f'DROP TABLE IF EXISTS "{table}"')
            for statement in SCHEMA.split(";"):
                if statement.strip():
                    conn.execute(statement)
            conn.execute(
                "INSERT INTO meta (name, value) VALUES ('schema_version', ?)", (str(version),)
            )
        conn.execute("COMMIT")
    except BaseException:
        rollback(conn)
        raise
    if problem == "empty":
        return "created"
    if problem.startswith("damaged"):
        return "repaired"
    if problem:
        log.info("cache %s, rebuilt", problem)
        return "upgraded"
    return ""


def is_corruption(exc: sqlite3.DatabaseError) -> bool:
    """True for errors that mean the file is not (or no longer) a usable database."""
    text = str(exc).lower()
    return any(m in text for m in ("not a database", "malformed", "corrupt", "encrypted"))


def is_schema_damage(exc: sqlite3.DatabaseError) -> bool:
    """True for errors that mean a table or column of the schema is missing."""
    text = str(exc).lower()
    return "no such table" in text or "no such column" in text


def is_read_only(exc: BaseException) -> bool:
    """True for errors that mean the process may read but not write the cache."""
    if isinstance(exc, PermissionError):
        return True
    text = str(exc).lower()
    return any(m in text for m in ("readonly", "read-only", "unable to open", "permission"))


def rollback(conn: sqlite3.Connection) -> None:
    """Roll back if a transaction is open; ignore "no transaction" (e.g. a corrupt file)."""
    try:
        conn.execute("ROLLBACK")
    except sqlite3.Error:
        pass
