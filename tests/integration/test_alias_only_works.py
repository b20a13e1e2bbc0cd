"""A work Cellar names only by an ``owl:sameAs`` alias is found on both paths alike.

The real RDF tree notices (``tests/data/cellar/rdf/``) name works by their ``celex/``
and ``comnat/`` aliases and hold no ``cdm:resource_legal_id_celex`` literal at all.
The notice path asks for ``/resource/celex/<CELEX>`` and Cellar redirects any alias
to its work, so a work known by the alias alone resolves there; the SPARQL path
matched only the literal and said NotFound.  The store here is the real object
notice of 32014R0001 made into triples without its CELEX literals (the alias
``celex/32014R0001`` kept), plus a work known by its ECLI alias alone: the real pair
``ecli/ECLI%3AEU%3AF%3A2014%3A164`` = ``celex/62012FJ0157`` (a notice of the Publications
Office's eurlex-xml-format samples, cellar-api.md); its Cellar URI is made up.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from eurefs import Resolver
from eurefs.models import Document
from tests.support.cdm_triples import cdm, notice_to_triples, to_ntriples
from tests.support.notice_server import NoticeServer
from tests.support.servers import CELLAR_DATA_DIR, store_fixture

pytestmark = pytest.mark.integration

RES = "http://publications.europa.eu/resource"
SAME = "<http://www.w3.org/2002/07/owl#sameAs>"
NOTICE = CELLAR_DATA_DIR / "notice-object-32014R0001.xml"
CASE_WORK = f"<{RES}/cellar/00000000-0000-4000-8000-000000000164>"  # made up


def _store() -> str:
    triples = {
        t for t in notice_to_triples(NOTICE.read_bytes()) if t[1] != cdm("resource_legal_id_celex")
    }
    return (
        to_ntriples(triples)
        + f"{CASE_WORK} {SAME} <{RES}/ecli/ECLI%3AEU%3AF%3A2014%3A164> .\n"
        + f"{CASE_WORK} {SAME} <{RES}/celex/62012FJ0157> .\n"
    )


alias_store = store_fixture(_store)


@pytest.fixture(scope="module")
def object_notices() -> Iterator[NoticeServer]:
    with NoticeServer.from_files([NOTICE]) as server:
        yield server


def _comparable(doc: Document) -> dict[str, object]:
    return doc.model_dump(exclude={"fetched_at", "reference"})


@pytest.mark.parametrize("text", ["32014R0001", "Commission Delegated Regulation (EU) No 1/2014"])
def test_a_celex_known_by_its_alias_alone_resolves_on_both_paths_alike(
    alias_store: str, object_notices: NoticeServer, text: str
) -> None:
    with Resolver(sparql_endpoint=alias_store, use_cache=False) as batch:
        (result,) = batch.resolve_many([text])
    assert result.error is None, result.error  # was NotFound: no CELEX literal
    assert result.document is not None and result.document.celex == "32014R0001"
    with Resolver(
        sparql_endpoint="http://127.0.0.1:9/unused",
        cellar_base=object_notices.base_url + "/resource",
        use_cache=False,
    ) as single:
        assert _comparable(result.document) == _comparable(single.resolve(text))


def test_an_ecli_known_by_its_alias_alone_is_found(alias_store: str) -> None:
    with Resolver(sparql_endpoint=alias_store, use_cache=False) as r:
        (result,) = r.resolve_many(["ECLI:EU:F:2014:164"])
    assert result.error is None, result.error  # was NotFound: no work_id_document literal
    assert result.document is not None
    assert (result.document.celex, result.document.ecli) == ("62012FJ0157", "ECLI:EU:F:2014:164")


def test_an_alias_no_work_carries_is_still_not_found(alias_store: str) -> None:
    with Resolver(sparql_endpoint=alias_store, use_cache=False) as r:
        results = r.resolve_many(["32014R0002", "ECLI:EU:F:2014:165"])
    assert [x.error.type if x.error else None for x in results] == ["NotFound", "NotFound"]
