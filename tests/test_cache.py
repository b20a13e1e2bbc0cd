"""Tests of eurefs.cache.Cache (persistent SQLite cache)."""

from __future__ import annotations

import datetime as dt
import multiprocessing
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
import tempfile
import threading
import warnings
from multiprocessing.synchronize import Event as EventType
from pathlib import Path
from typing import Any

import pytest

from eurefs.cache import CACHE_FILENAME, SCHEMA_VERSION, Cache, CacheWarning, default_cache_dir
from eurefs.models import CelexRef, Concept, Document, OjPublication

DAY = 24 * 3600.0


class Clock:
    def __init__(self, now: float = 1_700_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def gdpr() -> Document:
    return Document(
        celex="32016R0679",
        cellar_uri="http://publications.europa.eu/resource/cellar/3e485e15-11bd-11e6-ba9a-01aa75ed71a1",
        eli="http://data.europa.eu/eli/reg/2016/679/oj",
        title="General Data Protection Regulation",
        title_lang="en",
        date=dt.date(2016, 4, 27),
        resource_type=Concept(code="REG", label="Regulation"),
        oj=OjPublication(series="L", issue="119", year=2016, date=dt.date(2016, 5, 4)),
        reference=CelexRef(
            text="32016R0679",
            start=0,
            end=10,
            normalized="32016R0679",
            celex="32016R0679",
            sector="3",
            year=2016,
            descriptor="R",
            number="0679",
        ),
        fetched_at=dt.datetime(2024, 1, 1, tzinfo=dt.timezone.utc),
    )


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def cache(tmp_path: Path, clock: Clock) -> Cache:
    return Cache(tmp_path, clock=clock)


def test_round_trip_by_several_keys(cache: Cache, tmp_path: Path, clock: Clock) -> None:
    doc = gdpr()
    cache.put(["eli:reg/2016/679/oj", "Regulation (EU) 2016/679"], doc)
    assert cache.path == tmp_path / CACHE_FILENAME
    for key in (
        "32016R0679",
        doc.cellar_uri,
        "eli:reg/2016/679/oj",
        "Regulation (EU) 2016/679",
    ):
        assert key is not None
        assert cache.get(key) == doc
    assert cache.get("32013L0032") is None
    # persisted: a new Cache object on the same directory sees it
    cache.close()
    assert Cache(tmp_path, clock=clock).get("Regulation (EU) 2016/679") == doc


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


def test_put_replaces_and_document_without_ids_needs_a_key(cache: Cache) -> None:
    cache.put(["k"], Document(celex="32016R0679", title="old"))
    cache.put(["k2"], Document(celex="32016R0679", title="new"))
    got = cache.get("k")
    assert got is not None and got.title == "new"
    with pytest.raises(ValueError):
        cache.put([], Document(title="anonymous"))
    cache.put(["only-key"], Document(title="anonymous"))
    assert cache.get("only-key") == Document(title="anonymous")


def test_ttl_expiry(tmp_path: Path, clock: Clock) -> None:
    cache = Cache(tmp_path, ttl=dt.timedelta(days=7), clock=clock)
    cache.put(["a"], gdpr())
    clock.now += 7 * DAY - 1
    assert cache.get("a") is not None
    clock.now += 2
    assert cache.get("a") is None
    assert cache.purge_expired() >= 2
    assert cache.info()["documents"] == 0


def test_negative_entries(tmp_path: Path, clock: Clock) -> None:
    cache = Cache(tmp_path, negative_ttl=3600, clock=clock)
    assert cache.get_missing("celex:32099R9999") is None
    cache.put_missing("celex:32099R9999", "404 from Cellar")
    assert cache.get_missing("celex:32099R9999") == "404 from Cellar"
    assert cache.is_missing("celex:32099R9999")
    assert cache.get("celex:32099R9999") is None
    clock.now += 3601
    assert not cache.is_missing("celex:32099R9999")
    # a later positive answer clears the negative entry
    cache.put_missing("x", "gone")
    cache.put(["x"], gdpr())
    assert not cache.is_missing("x")
    assert cache.get("x") == gdpr()


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


def test_stale_json_is_dropped(cache: Cache) -> None:
    cache.put(["a"], gdpr())
    cache._db.conn.execute('UPDATE documents SET json = \'{"date": "not a date"}\'')
    assert cache.get("a") is None
    assert cache.info()["documents"] == 0


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


def test_default_dir_from_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("EUREFS_CACHE_DIR", str(tmp_path / "envdir"))
    assert default_cache_dir() == tmp_path / "envdir"
    assert Cache().path == tmp_path / "envdir" / CACHE_FILENAME
    monkeypatch.delenv("EUREFS_CACHE_DIR")
    assert default_cache_dir().name.lower() == "eurefs"


def test_info_and_clear(cache: Cache, clock: Clock) -> None:
    empty = cache.info()
    assert (empty["documents"], empty["keys"], empty["missing"]) == (0, 0, 0)
    assert empty["oldest"] is None and empty["newest"] is None
    cache.put(["k1", "k2"], gdpr())
    clock.now += 60
    cache.put_missing("nope", "404")
    info = cache.info()
    assert info["path"] == str(cache.path)
    assert info["persistent"] is True
    assert info["size_bytes"] > 0
    assert info["documents"] == 1
    assert info["keys"] == 4  # cellar URI, CELEX, k1, k2
    assert info["missing"] == 1
    assert dt.datetime.fromisoformat(info["newest"]) - dt.datetime.fromisoformat(
        info["oldest"]
    ) == dt.timedelta(seconds=60)
    cache.clear()
    after = cache.info()
    assert (after["documents"], after["keys"], after["missing"]) == (0, 0, 0)
    assert cache.get("k1") is None and not cache.is_missing("nope")


def test_threads_share_one_cache(cache: Cache) -> None:
    errors: list[BaseException] = []

    def work(n: int) -> None:
        try:
            for i in range(30):
                key = f"t{n}-{i}"
                cache.put([key], Document(celex=f"3201{n}R{i:04d}"))
                assert cache.get(key) is not None
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert cache.info()["documents"] == 180


def _writer(directory: str, prefix: str, count: int, start: EventType) -> None:
    start.wait(10)
    cache = Cache(directory)
    for i in range(count):
        cache.put([f"{prefix}-{i}"], Document(celex=f"{prefix}{i:05d}", title=prefix))
    cache.close()


def test_two_processes_writing_at_once_lose_nothing(tmp_path: Path) -> None:
    Cache(tmp_path).close()  # create the file first, as a long-lived installation would
    ctx = multiprocessing.get_context("spawn")
    start = ctx.Event()
    count = 1000
    procs = [ctx.Process(target=_writer, args=(str(tmp_path), p, count, start)) for p in ("A", "B")]
    for p in procs:
        p.start()
    start.set()
    for p in procs:
        p.join(60)
    assert [p.exitcode for p in procs] == [0, 0]
    cache = Cache(tmp_path)
    assert cache.info()["documents"] == 2 * count
    for prefix in ("A", "B"):
        for i in range(count):
            doc = cache.get(f"{prefix}-{i}")
            assert doc is not None and doc.celex == f"{prefix}{i:05d}"


# -- issue 6: language, damage, clocks, read-only -------------------------------------------


def test_same_work_in_two_languages_is_two_entries(cache: Cache) -> None:
    english = gdpr()
    french = english.model_copy(update={"title": "Règlement général", "title_lang": "fr"})
    cache.put(["celex:32016R0679@en"], english, lang="en")
    cache.put(["celex:32016R0679@fr"], french, lang="fr")
    got_en = cache.get("celex:32016R0679@en")
    got_fr = cache.get("celex:32016R0679@fr")
    assert got_en is not None and got_en.title == english.title
    assert got_fr is not None and got_fr.title == "Règlement général"
    assert cache.get("32016R0679@en") == english  # automatic keys carry the language
    assert cache.info()["documents"] == 2


def test_entry_stored_in_the_future_is_stale(tmp_path: Path, clock: Clock) -> None:
    cache = Cache(tmp_path, clock=clock)
    clock.now += 365 * DAY  # a clock that ran a year ahead stored these
    cache.put(["a"], gdpr())
    cache.put_missing("gone", "404")
    clock.now -= 365 * DAY
    assert cache.get("a") is None
    assert not cache.is_missing("gone")
    assert cache.purge_expired() >= 3
    assert cache.info()["documents"] == 0 and cache.info()["missing"] == 0


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


def test_resolver_keeps_languages_apart_in_the_cache(tmp_path: Path) -> None:
    """en, then fr, then en again: the last answer is English (it was French before)."""
    import responses

    from eurefs import Resolver
    from tests.test_resolver import CELLAR, LANG, SPARQL, FakeCellar, Work

    class Bilingual(FakeCellar):
        lang3 = "ENG"

        def __call__(self, request: Any) -> Any:
            body = request.body.decode() if isinstance(request.body, bytes) else request.body
            self.lang3 = (
                "FRA"
                if "/language/FRA>" in (body or "").replace("%2F", "/").replace("%3E", ">")
                else "ENG"
            )
            return super().__call__(request)

        def step2(self, works: list[str]) -> dict[str, Any]:
            answer = super().step2(works)
            for row in answer["results"]["bindings"]:
                if row["key"]["value"] == "title":
                    row["val"]["value"] = f"{self.lang3} title"
                    row["aux"]["value"] = LANG + self.lang3
            return answer

    titles = []
    with responses.RequestsMock(assert_all_requests_are_fired=False) as rsps:
        Bilingual(ids={"32016R0679": [Work("32016R0679")]}).install(rsps)
        for lang in ("en", "fr", "en"):
            with Resolver(
                sparql_endpoint=SPARQL, cellar_base=CELLAR, cache_dir=tmp_path, lang=lang
            ) as r:
                [result] = r.resolve_many(["32016R0679"])
            assert result.document is not None
            titles.append(result.document.title)
    assert titles == ["ENG title", "FRA title", "ENG title"]
