"""SparqlBatches: batches that halve on "too expensive", and dossier documents named by alias."""

from __future__ import annotations

import re
import threading
from typing import Any

import pytest

from eurefs.cellar.batches import SparqlBatches, overlapped
from eurefs.cellar.http import HttpClient, QueryTooExpensive
from eurefs.cellar.sparql import WorkMatch
from eurefs.errors import ResponseError

RES = "http://publications.europa.eu/resource"
WORK = f"{RES}/cellar/00000000-0000-4000-8000-000000000001"
_INPUTS = re.compile(r'^\s*\("([^"]+)" ', re.M)


class StubHttp:
    """Answers step 1 from ``known`` (input -> work, celex); too expensive above ``limit``."""

    def __init__(self, known: dict[str, tuple[str, str]], limit: int = 1000) -> None:
        self.known = known
        self.limit = limit
        self.sizes: list[int] = []

    def sparql(self, query: str) -> dict[str, Any]:
        inputs = list(dict.fromkeys(_INPUTS.findall(query)))
        self.sizes.append(len(inputs))
        if len(inputs) > self.limit:
            raise QueryTooExpensive("estimated execution time exceeds the limit")
        rows = [
            {
                "input": {"type": "literal", "value": i},
                "work": {"type": "uri", "value": self.known[i][0]},
                "celex": {"type": "literal", "value": self.known[i][1]},
            }
            for i in inputs
            if i in self.known
        ]
        return {"head": {"vars": ["input", "work", "via", "celex"]}, "results": {"bindings": rows}}


def batches(http: StubHttp, size: int) -> SparqlBatches:
    stub: Any = http  # duck-typed stand-in for HttpClient
    assert not isinstance(stub, HttpClient)
    return SparqlBatches(stub, batch_size=size, max_in_flight=2)


def test_too_expensive_batches_halve_and_the_smaller_size_is_kept() -> None:
    celexes = [f"32016R{n:04d}" for n in range(1, 9)]
    http = StubHttp({c: (WORK, c) for c in celexes}, limit=2)
    b = batches(http, 8)
    found = b.find_works({"celex": celexes})
    assert sorted(found) == celexes
    assert b.batch_size == 2
    assert sorted(http.sizes) == [2, 2, 2, 2, 4, 4, 8]


def test_one_value_too_expensive_is_an_error() -> None:
    with pytest.raises(QueryTooExpensive):
        batches(StubHttp({}, limit=0), 4).find_works({"celex": ["32016R0679"]})


def test_a_document_named_by_its_celex_alias_is_followed_to_its_work() -> None:
    alias = f"{RES}/celex/52015JC0007"
    http = StubHttp({"52015JC0007": (WORK, "52015JC0007")})
    b = batches(http, 10)
    out = b._follow_aliases(
        {"procedure:2015_64": [_match("procedure:2015_64", alias, "52015JC0007")]}
    )
    assert [m.work for m in out["procedure:2015_64"]] == [WORK]
    # an alias without a work stays, to be reported as not found
    empty = batches(StubHttp({}), 10)._follow_aliases(
        {"procedure:2015_64": [_match("procedure:2015_64", alias, "52015JC0007")]}
    )
    assert [m.work for m in empty["procedure:2015_64"]] == [alias]


def test_a_value_too_expensive_alone_is_recorded_and_the_others_answered() -> None:
    celexes = [f"32016R{n:04d}" for n in range(1, 9)]

    class OneCostly(StubHttp):
        def sparql(self, query: str) -> dict[str, Any]:
            if '"32016R0005"' in query:
                self.sizes.append(-1)
                raise QueryTooExpensive("estimated execution time exceeds the limit")
            return super().sparql(query)

    http = OneCostly({c: (WORK, c) for c in celexes})
    b = batches(http, 8)
    failed: dict[str, ResponseError] = {}
    found = b.find_works({"celex": celexes}, failed)
    assert sorted(found) == [c for c in celexes if c != "32016R0005"]
    assert list(failed) == ["32016R0005"] and isinstance(failed["32016R0005"], QueryTooExpensive)
    assert b.batch_size == 4  # the largest half answered, not the culprit's 1


def test_a_value_whose_alias_cannot_be_followed_is_recorded_not_left_unfound() -> None:
    alias = f"{RES}/celex/52015JC0007"
    failed: dict[str, ResponseError] = {}
    out = batches(StubHttp({}, limit=0), 10)._follow_aliases(
        {"procedure:2015_64": [_match("procedure:2015_64", alias, "52015JC0007")]}, failed
    )
    assert [m.work for m in out["procedure:2015_64"]] == [alias]
    assert isinstance(failed["procedure:2015_64"], QueryTooExpensive)


def _match(inp: str, work: str, celex: str) -> WorkMatch:
    return WorkMatch(inp, work, "proposal", celex)


# -- rounds: the next fetched while one is settled -----------------------------------------------


def test_rounds_are_settled_in_order_while_the_next_is_fetched() -> None:
    events: list[str] = []
    lock = threading.Lock()
    fetching = 0
    next_fetched = threading.Event()

    def fetch(n: int) -> int:
        nonlocal fetching
        with lock:
            fetching += 1
            assert fetching == 1  # one round's requests at a time, as without overlap
            events.append(f"fetch {n}")
        if n == 1:
            next_fetched.set()
        with lock:
            fetching -= 1
        return n * n

    def settle(n: int, answer: int) -> None:
        if n == 0:  # the next round is fetched while this one is settled
            assert next_fetched.wait(10)
        events.append(f"settle {n}={answer}")

    overlapped(range(4), fetch, settle)
    assert [e for e in events if e.startswith("settle")] == [
        f"settle {n}={n * n}" for n in range(4)
    ]
    assert events.index("fetch 1") < events.index("settle 0=0")
    overlapped([], fetch, settle)  # nothing to do


def test_a_failing_fetch_is_raised_when_its_round_is_settled() -> None:
    settled: list[int] = []
    fetched: list[int] = []

    def fetch(n: int) -> int:
        fetched.append(n)
        if n == 2:
            raise RuntimeError("boom")
        return n

    with pytest.raises(RuntimeError, match="boom"):
        overlapped(range(10), fetch, lambda n, _: settled.append(n))
    assert settled == [0, 1]
    assert max(fetched) <= 3  # later rounds were never started
