"""Tests of eurefs.cache_database: a cache file that is corrupt, damaged, unwritable or
of another version never makes a lookup fail (exercised through eurefs.cache.Cache)."""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
import subprocess
import sys
import tempfile
import warnings
from pathlib import Path
from typing import Any

import pytest

from eurefs.cache import CACHE_FILENAME, SCHEMA_VERSION, Cache, CacheWarning
from eurefs.cellar.notices import parse_notice
from tests.test_cache import gdpr


@pytest.fixture
def cache(tmp_path: Path) -> Cache:
    return Cache(tmp_path)


def test_use_after_close_reopens_and_never_sets_the_file_aside(
    cache: Cache, tmp_path: Path
) -> None:
    # "Cannot operate on a closed database" once counted as corruption: the file was moved
    cache.put(["Regulation (EU) 2016/679"], gdpr())
    cache.close()
    with warnings.catch_warnings():
        warnings.simplefilter("error", CacheWarning)
        assert cache.get("Regulation (EU) 2016/679") == gdpr()
        cache.put(["GDPR"], gdpr())
    assert [p.name for p in tmp_path.iterdir() if "corrupt" in p.name] == []
    cache.close()


def test_corrupt_file_set_aside_and_rebuilt(tmp_path: Path) -> None:
    cache = Cache(tmp_path)
    cache.put(["a"], gdpr())
    cache.close()
    db = tmp_path / CACHE_FILENAME
    db.write_bytes(b"this is not a database at all \x00\xff" * 500)
    with pytest.warns(CacheWarning, match="corrupt"):
        cache = Cache(tmp_path)
    assert cache.get("a") is None
    cache.put(["a"], gdpr())
    assert cache.get("a") == gdpr()
    aside = list(tmp_path.glob(f"{CACHE_FILENAME}.corrupt-*"))
    assert len(aside) == 1
    assert aside[0].read_bytes().startswith(b"this is not a database")


def test_corruption_found_while_running_recovers(tmp_path: Path) -> None:
    cache = Cache(tmp_path)
    cache.put(["a"], gdpr())
    cache._db.conn.close()
    (tmp_path / CACHE_FILENAME).write_bytes(b"\x00garbage" * 4096)
    for suffix in ("-wal", "-shm"):
        (tmp_path / (CACHE_FILENAME + suffix)).unlink(missing_ok=True)
    cache._db.conn = sqlite3.connect(
        str(tmp_path / CACHE_FILENAME), isolation_level=None, check_same_thread=False
    )
    with pytest.warns(CacheWarning, match="corrupt"):
        assert cache.get("a") is None
    cache.put(["a"], gdpr())
    assert cache.get("a") == gdpr()


def test_schema_mismatch_rebuilds(tmp_path: Path) -> None:
    cache = Cache(tmp_path)
    cache.put(["a"], gdpr())
    cache._db.conn.execute("UPDATE meta SET value = '0' WHERE name = 'schema_version'")
    cache.close()
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a version bump is routine: no warning
        cache = Cache(tmp_path)
    assert cache.get("a") is None
    assert cache.info()["schema_version"] == SCHEMA_VERSION
    assert not list(tmp_path.glob("*.corrupt-*"))


def test_documents_stored_with_a_wrong_entry_into_force_are_not_served(tmp_path: Path) -> None:
    """Schema 2 stored 32014R0001 with its date of application (2014-01-01) as entry into force."""
    cache = Cache(tmp_path)
    cache.put(["32014R0001"], gdpr())
    cache._db.conn.execute("UPDATE meta SET value = '2' WHERE name = 'schema_version'")
    cache.close()
    cache = Cache(tmp_path)
    assert cache.get("32014R0001") is None
    assert cache.info()["schema_version"] >= 3


def test_documents_of_schema_3_are_not_served(tmp_path: Path) -> None:
    """Schema 3 stored the real object notice of 32014R0001 with the consolidated texts of
    Regulation (EU) No 978/2012, the act it amends, as its own (before c03c2aa6)."""
    data = (Path(__file__).parent / "data" / "cellar" / "notice-object-32014R0001.xml").read_bytes()
    right = parse_notice(data)
    assert right.relations.consolidated_versions == []
    versions = ["02012R0978-20140228", "02012R0978-20141001", "02012R0978-20150101"]
    wrong = right.model_copy(
        update={"relations": right.relations.model_copy(update={"consolidated_versions": versions})}
    )
    cache = Cache(tmp_path)
    cache.put(["celex:32014R0001@en"], wrong, lang="en")
    cache._db.conn.execute("UPDATE meta SET value = '3' WHERE name = 'schema_version'")
    cache.close()
    cache = Cache(tmp_path)
    assert cache.get("celex:32014R0001@en") is None
    assert cache.info()["schema_version"] >= 4


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="root ignores permissions")
def test_unwritable_directory_falls_back_to_memory(tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        with pytest.warns(CacheWarning, match="in-memory"):
            cache = Cache(locked / "sub")
        cache.put(["a"], gdpr())
        assert cache.get("a") == gdpr()
        info = cache.info()
        assert info["persistent"] is False and info["path"] is None
    finally:
        locked.chmod(stat.S_IRWXU)


def test_permission_error_falls_back_to_memory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(self: Path, *args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "mkdir", refuse)
    with pytest.warns(CacheWarning, match="Permission denied"):
        cache = Cache(tmp_path / "nope")
    assert cache.path is None
    cache.put(["a"], gdpr())
    assert cache.get("a") == gdpr()
    assert not (tmp_path / "nope").exists()


def test_directory_that_is_a_file_falls_back_to_memory(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.warns(CacheWarning, match="in-memory"):
        cache = Cache(blocker)
    cache.put(["a"], gdpr())
    assert cache.get("a") == gdpr()


def test_damaged_schema_is_rebuilt_once(tmp_path: Path) -> None:
    cache = Cache(tmp_path)
    cache.put(["a"], gdpr())
    cache._db.conn.execute("DROP TABLE keys")  # the version row stays intact
    cache.close()
    with pytest.warns(CacheWarning, match="damaged"):
        cache = Cache(tmp_path)
    assert cache.get("a") is None
    cache.put(["a"], gdpr())
    assert cache.get("a") == gdpr()
    cache.close()
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # repaired: the next run is quiet
        assert Cache(tmp_path).get("a") == gdpr()


def test_table_dropped_while_running_is_rebuilt(cache: Cache) -> None:
    cache.put(["a"], gdpr())
    cache._db.conn.execute("DROP TABLE documents")
    with pytest.warns(CacheWarning, match="damaged"):
        assert cache.get("a") is None
    cache.put(["a"], gdpr())
    assert cache.get("a") == gdpr()


def _refuse_writes(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make every read-write open fail as SQLite does in a directory the process cannot write."""
    import eurefs.cache_sqlite as db

    real = db.connect

    def refuse(target: str, **kwargs: Any) -> Any:
        if target == ":memory:":
            return real(target, **kwargs)
        raise sqlite3.OperationalError("attempt to write a readonly database")

    monkeypatch.setattr(db, "connect", refuse)


def test_unwritable_cache_is_still_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with Cache(tmp_path) as writer:
        writer.put(["a"], gdpr())
        writer.put_missing("gone", "404")
    _refuse_writes(monkeypatch)
    with pytest.warns(CacheWarning, match="read-only"):
        cache = Cache(tmp_path)
    assert cache.read_only and cache.path == tmp_path / CACHE_FILENAME
    assert cache.get("a") == gdpr()
    assert cache.get_missing("gone") == "404"
    cache.put(["b"], gdpr())  # dropped, without an error
    cache.put_missing("c")
    assert cache.get("b") is None
    with pytest.raises(PermissionError):
        cache.clear()
    assert cache.info()["read_only"] is True


def test_unwritable_cache_of_another_version_falls_back_to_memory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Cache(tmp_path) as writer:
        writer._db.conn.execute("UPDATE meta SET value = '0' WHERE name = 'schema_version'")
    _refuse_writes(monkeypatch)
    with pytest.warns(CacheWarning, match="in-memory"):
        cache = Cache(tmp_path)
    assert cache.path is None and not cache.read_only


@pytest.mark.skipif(os.geteuid() != 0 or not shutil.which("setpriv"), reason="needs root+setpriv")
def test_unwritable_directory_is_read_by_another_user() -> None:
    """For real: a cache written by root, read by 'nobody' who may not write there."""
    with tempfile.TemporaryDirectory() as top:  # pytest's tmp_path is private to root
        os.chmod(top, 0o755)
        home = Path(top) / "cachedir"
        home.mkdir(mode=0o755)
        _read_as_nobody(home)


NOBODY = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]


def _as_nobody(code: str) -> subprocess.CompletedProcess[str]:
    root = str(Path(__file__).resolve().parents[1])
    return subprocess.run(
        [*NOBODY, sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=root,
        env={**os.environ, "PYTHONPATH": root},
    )


def _read_as_nobody(home: Path) -> None:
    with Cache(home) as writer:
        writer.put(["a"], gdpr())
    for f in home.iterdir():
        os.chmod(f, 0o644)
    script = (
        "import warnings, sys; from eurefs.cache import Cache\n"
        "with warnings.catch_warnings(record=True) as w:\n"
        "    warnings.simplefilter('always')\n"
        f"    c = Cache({str(home)!r})\n"
        "doc = c.get('a')\n"
        "print(c.read_only, doc.celex if doc else None, [str(x.message) for x in w])\n"
    )
    probe = _as_nobody("import eurefs.cache")
    if probe.returncode != 0:  # a checkout or environment under a directory private to root
        pytest.skip(f"'nobody' cannot import eurefs here: {probe.stderr.strip()[-200:]}")
    out = _as_nobody(script)
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith("True 32016R0679"), out.stdout
