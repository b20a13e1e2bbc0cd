"""Classic OJ citations found through the issue: every numbered alias of the page.

The real branch notice of 52018PC0340 links Directive 91/271/EEC (``OJ L 135,
30.5.1991, p. 40``) as ``cellar/34860b42-95cc-4a57-b998-2e445d5befa9`` with the alias
``oj/JOL_1991_135_R_0040_045``: a three-digit number, which no list of ``_01`` ...
``_09`` asks for (and ``JOL_1994_365_R_0010_010``, ``JOL_1998_179_R_0003_002`` in the
same notice).  The issue link is written as the object notice of 32014R0001 writes its
own (``resource_legal_published_in_official-journal`` -> the issue's work, ``owl:sameAs
oj/JOL_2014_001_R``); the issue works' Cellar URIs here are made up.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from eurefs import Resolver
from tests.support.servers import store_fixture

pytestmark = pytest.mark.integration

RES = "http://publications.europa.eu/resource"
CDM = "http://publications.europa.eu/ontology/cdm#"
SAME = "<http://www.w3.org/2002/07/owl#sameAs>"
IN_OJ = f"<{CDM}resource_legal_published_in_official-journal>"
UWWTD = f"<{RES}/cellar/34860b42-95cc-4a57-b998-2e445d5befa9>"  # 31991L0271 (real)


def _work(uri: str, celex: str, alias: str, issue: str) -> str:
    return (
        f"{uri} {SAME} <{RES}/oj/{alias}> .\n"
        f'{uri} <{CDM}resource_legal_id_celex> "{celex}" .\n'
        f"{uri} {IN_OJ} {issue} .\n"
    )


def _store() -> str:
    issue_1991 = f"<{RES}/cellar/00000000-0000-4000-8000-000000001991>"
    issue_2000 = f"<{RES}/cellar/00000000-0000-4000-8000-000000002000>"
    two = [f"<{RES}/cellar/00000000-0000-4000-8000-00000000000{n}>" for n in (1, 2)]
    return (
        f"{issue_1991} {SAME} <{RES}/oj/JOL_1991_135_R> .\n"
        f"{issue_2000} {SAME} <{RES}/oj/JOL_2000_332_R> .\n"
        + _work(UWWTD, "31991L0271", "JOL_1991_135_R_0040_045", issue_1991)
        # two acts from one page, numbered past the ninth: an ambiguity, never a pick
        + _work(two[0], "32000D0001", "JOL_2000_332_R_0081_10", issue_2000)
        + _work(two[1], "32000D0002", "JOL_2000_332_R_0081_11", issue_2000)
    )


page_store = store_fixture(_store)


def test_an_oj_page_is_found_under_every_numbered_alias_through_its_issue(page_store: str) -> None:
    """``OJ L 135, 30.5.1991, p. 40`` was NotFound: its act's alias ends ``_045``."""
    inputs = [
        "OJ L 135, 30.5.1991, p. 40",
        "OJ L 332, 28.12.2000, p. 81",
        "OJ L 135, 30.5.1991, p. 4",  # page 4 is no prefix of page 40
        "oj:JOL_1991_135_R_0040_045",  # the alias itself, as a document's identifiers print it
    ]
    with Resolver(sparql_endpoint=page_store, use_cache=False) as r:
        results = r.resolve_many(inputs)
    got = [x.document.celex if x.document else x.error.type for x in results]
    assert got == ["31991L0271", "AmbiguousReference", "NotFound", "31991L0271"]
    assert sorted(results[1].error.candidates) == ["32000D0001", "32000D0002"]  # type: ignore[union-attr]


def test_the_page_query_is_one_value_of_a_batch(page_store: str, tmp_path: Path) -> None:
    """The issue route adds no request: one step-1 query for the pages, one for the facts."""
    with Resolver(sparql_endpoint=page_store, use_cache=False) as r:
        r.resolve_many(["OJ L 135, 30.5.1991, p. 40", "OJ L 332, 28.12.2000, p. 81"])
        assert r.http.requests_made == 2
