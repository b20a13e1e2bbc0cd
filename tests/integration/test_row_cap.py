"""A Virtuoso whose row cap cuts the answers of a batch: documents still whole, on loopback.

Virtuoso cuts a result at ``ResultSetMaxRows`` and still answers HTTP 200, marking the
answer with ``X-SPARQL-MaxRows`` (Virtuoso 7.2, the engine family behind Cellar).  The
store holds the CDM triples of the real notices in ``tests/data/cellar``.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from eurefs import Resolver
from eurefs.models import Document
from tests.support.servers import virtuoso_serving

pytestmark = [pytest.mark.integration, pytest.mark.virtuoso]

#: Rows of facts in one step-2 query: 91 for 32014R0001, 52 for 52018PC0340, 143 for both
ROW_CAP = 120
REFS = ["32014R0001", "COM(2018) 340 final", "COM(2021) 752 final", "JOIN (2021) 32 final"]


@pytest.fixture(scope="module")
def capped_sparql_url(
    cdm_ntriples_file: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[str]:
    workdir = tmp_path_factory.mktemp("capped")
    with virtuoso_serving(cdm_ntriples_file, workdir, max_rows=ROW_CAP) as url:
        yield url


def _comparable(doc: Document) -> dict[str, object]:
    return doc.model_dump(exclude={"fetched_at", "reference"})


def test_a_batch_cut_at_the_row_cap_gives_the_documents_of_an_uncut_one(
    capped_sparql_url: str, virtuoso_sparql_url: str
) -> None:
    with Resolver(sparql_endpoint=virtuoso_sparql_url, use_cache=False) as whole:
        expected = whole.resolve_many(REFS)
    assert all(r.document is not None for r in expected), [r.error for r in expected]
    with Resolver(sparql_endpoint=capped_sparql_url, use_cache=False) as capped:
        got = capped.resolve_many(REFS)
    assert [r.error for r in got] == [None] * len(REFS)
    assert [_comparable(r.document) for r in got if r.document] == [
        _comparable(r.document) for r in expected if r.document
    ]
