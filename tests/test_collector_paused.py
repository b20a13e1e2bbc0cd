"""The cyclic collector around extraction (eurefs.collector): what a block made is moved
to the oldest generation unscanned, and no collection over it runs when the block ends."""

from __future__ import annotations

import gc
import weakref
from collections.abc import Iterator
from pathlib import Path

import pytest

import eurefs
from eurefs import collector
from eurefs.collector import collector_paused

#: Objects a large block makes (far more than the collector's first threshold, 700).
_MANY = 30_000
_DOCS = Path(__file__).parent / "data" / "corpus" / "docs"


class _Node:
    """A tracked object that can hold a cycle."""

    def __init__(self) -> None:
        self.other: _Node | None = None


@pytest.fixture
def collections() -> Iterator[list[int]]:
    """The generations of the collections that start while the test runs."""
    seen: list[int] = []

    def note(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            seen.append(info["generation"])

    gc.collect()
    gc.callbacks.append(note)
    try:
        yield seen
    finally:
        gc.callbacks.remove(note)


def test_what_a_block_made_is_moved_to_the_oldest_generation_unscanned(
    collections: list[int],
) -> None:
    with collector_paused():
        made = [_Node() for _ in range(_MANY)]
    young = gc.get_count()[0]  # (a tuple: this allocation would start the collection)
    assert collections == [] and young < 100
    assert gc.isenabled() and gc.get_freeze_count() == 0
    assert any(o is made[0] for o in gc.get_objects(generation=2))


def test_a_small_block_leaves_the_collector_as_before(collections: list[int]) -> None:
    first = gc.get_threshold()[0]
    with collector_paused():
        made = [_Node() for _ in range(first // 2)]
    assert gc.get_count()[0] >= first // 2  # not moved: no collection would start
    after = [[] for _ in range(first)]
    assert collections[:1] == [0]  # the young generation, made included, is scanned
    del made, after


def test_what_a_program_froze_stays_frozen(collections: list[int]) -> None:
    kept = [_Node() for _ in range(100)]
    gc.freeze()
    frozen = gc.get_freeze_count()
    try:
        with collector_paused():
            made = [_Node() for _ in range(_MANY)]
        after = [[] for _ in range(100)]
        # Not thawed (``unfreeze`` would leave none frozen) and nothing more frozen.  Another
        # thread may free a frozen object meanwhile: the session's notice server
        # (``serve_forever``) drops the list of its last poll every half second.
        assert frozen - 10 <= gc.get_freeze_count() <= frozen
        assert collections[:1] == [0]  # no move: the collection runs as before
    finally:
        gc.unfreeze()
    del kept, made, after


def test_cyclic_garbage_moved_along_is_freed_by_a_full_collection(
    monkeypatch: pytest.MonkeyPatch, collections: list[int]
) -> None:
    monkeypatch.setattr(collector, "FULL_AFTER", 5 * _MANY // 3)
    monkeypatch.setattr(collector, "_moved", 0)
    gc.disable()  # (so that the cycle is still young when the block ends)
    a, b = _Node(), _Node()
    a.other, b.other = b, a
    gone = weakref.ref(a)
    del a, b
    gc.enable()
    with collector_paused():
        made = [_Node() for _ in range(_MANY)]
    assert gone() is not None and 2 not in collections  # moved along, not yet freed
    with collector_paused():
        more = [_Node() for _ in range(_MANY)]
    assert gone() is None and 2 in collections  # the full collection after FULL_AFTER
    del made, more


def test_extract_ends_without_a_collection_over_its_references(collections: list[int]) -> None:
    text = "See Regulation (EU) 2016/679 and Case C-311/18, OJ L 119, 4.5.2016, p. 1. " * 2000
    eurefs.extract(text[:100])  # (the first call imports the grammar)
    collections.clear()
    refs = eurefs.extract(text)
    assert len(refs) == 6000
    assert collections == []
    assert gc.isenabled()


def test_extract_of_a_mid_sized_text_ends_without_a_collection(collections: list[int]) -> None:
    # The five development texts together (tests/data/corpus/docs, sources in SOURCES.md:
    # 162 KB) leave ~1,200 young objects without short forms, ~2,000 with them: more than
    # the collector's first threshold, so the next allocation would start a collection
    # over them (the 1 MB benchmark text, ~7,400: 4.6M instructions); they are moved.
    text = "\n\n".join(doc.read_text(encoding="utf-8") for doc in sorted(_DOCS.iterdir()))
    for short_forms in (False, True):
        eurefs.extract(text, short_forms=short_forms)  # (the first calls fill caches)
        collections.clear()
        refs = eurefs.extract(text, short_forms=short_forms)
        after = [[] for _ in range(10)]
        assert collections == [], short_forms
        assert refs and after
