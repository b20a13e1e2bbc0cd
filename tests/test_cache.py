"""Tests of eurefs.cache.Cache (persistent SQLite cache)."""

from __future__ import annotations

import datetime as dt
import hashlib
import multiprocessing
import threading
import typing
from multiprocessing.synchronize import Event as EventType
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel

from eurefs.cache import CACHE_FILENAME, SCHEMA_VERSION, Cache, default_cache_dir
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


def test_stale_json_is_dropped(cache: Cache) -> None:
    cache.put(["a"], gdpr())
    cache._db.conn.execute('UPDATE documents SET json = \'{"date": "not a date"}\'')
    assert cache.get("a") is None
    assert cache.info()["documents"] == 0


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


def test_resolver_keeps_languages_apart_in_the_cache(tmp_path: Path) -> None:
    """en, then fr, then en again: the last answer is English (it was French before)."""
    import responses

    from eurefs import Resolver
    from tests.support.fake_cellar import CELLAR, LANG, SPARQL, FakeCellar, Work

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


# -- batches: many keys in one statement, many entries in one transaction ----------------------


def _traced(cache: Cache) -> list[str]:
    statements: list[str] = []
    cache._db.conn.set_trace_callback(statements.append)
    return statements


def test_many_at_once_agree_with_one_at_a_time(
    tmp_path: Path, clock: Clock, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("eurefs.cache.KEYS_PER_QUERY", 3)  # several IN (...) chunks
    cache = Cache(tmp_path, ttl=DAY, clock=clock)
    old = Document(celex="32000R0001", title="old")
    cache.put(["stale"], old)
    clock.now += DAY / 2
    cache.put_missing_many([("gone", "404"), ("x", "404")])
    entries = [([f"k{i}"], Document(celex=f"3201{i}R0001", title=str(i))) for i in range(5)]
    entries.append((["k0", "x"], Document(celex="32019R0009", title="later")))  # k0 again
    statements = _traced(cache)
    cache.put_many(entries, lang="en")
    assert sum(s == "BEGIN IMMEDIATE" for s in statements) == 1
    clock.now += DAY / 2 + 1  # "stale" expires, the batch does not
    keys = ["k0", "k1", "k4", "32011R0001@en", "stale", "absent", "x", "gone", "k0"]
    got = cache.get_many(keys)
    assert got == {k: d for k in keys if (d := cache.get(k)) is not None}
    assert sorted(got) == ["32011R0001@en", "k0", "k1", "k4", "x"]
    assert got["k0"].title == "later" and got["k4"].title == "4"
    assert cache.get_many([]) == {}
    # the batch cleared "x" (stored again); "gone" stays missing, for half a day
    assert (
        cache.get_missing_many(keys)
        == {"gone": "404"}
        == {k: r for k in keys if (r := cache.get_missing(k)) is not None}
    )


def test_unreadable_entries_read_in_a_batch_are_dropped(cache: Cache) -> None:
    cache.put_many([(["a"], gdpr()), (["b"], Document(celex="32013L0032"))])
    cache._db.conn.execute(
        "UPDATE documents SET json = '{\"date\": \"not a date\"}' WHERE work = '32013L0032'"
    )
    assert cache.get_many(["a", "b"]) == {"a": gdpr()}
    assert cache.info()["documents"] == 1 and cache.info()["keys"] == 3  # gdpr: a, celex, uri


def test_put_many_stores_nothing_when_a_document_has_no_key(cache: Cache) -> None:
    with pytest.raises(ValueError):
        cache.put_many([(["a"], gdpr()), ([], Document(title="anonymous"))])
    assert cache.info()["documents"] == 0


def _stored_shape(model: type[BaseModel]) -> list[str]:
    """Every field of a stored document, nested models included, with its type and default
    (the reference is left out: a cached document gets the reference of the run that asks)."""
    out = []
    for name, field in sorted(model.model_fields.items()):
        if model is Document and name == "reference":
            continue
        out.append(f"{model.__name__}.{name}: {field.annotation} = {field.default!r}")
        stack = [field.annotation]
        while stack:
            kind = stack.pop()
            if isinstance(kind, type) and issubclass(kind, BaseModel):
                out += _stored_shape(kind)
            stack.extend(typing.get_args(kind))
    return out


#: The shape of the stored Document at each cache schema version (sha256 of _stored_shape,
#: first 16 hex digits).  A document of an older shape still validates (new fields take
#: their defaults), so it would be served as if Cellar had said so: schema 3 documents read
#: back with ``oj_publications`` empty beside their ``oj``.
STORED_SHAPES = {4: "786cc5adf4bef767"}


def test_a_new_document_shape_comes_with_a_new_cache_schema() -> None:
    digest = hashlib.sha256("\n".join(_stored_shape(Document)).encode()).hexdigest()[:16]
    assert STORED_SHAPES.get(SCHEMA_VERSION) == digest, (
        "the stored Document changed: bump SCHEMA_VERSION in eurefs/cache.py (documents"
        f" stored before are fetched again) and record {SCHEMA_VERSION + 1}: {digest!r} here"
    )
