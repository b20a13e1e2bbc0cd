"""Cellar identifiers given as such, with no reference kind, resolved end to end.

A user who copies a work's Cellar URI from a notice or a SPARQL answer
(``http://publications.europa.eu/resource/cellar/b84f49cd-750f-11e3-8e20-01aa75ed71a1``,
32014R0001 in its real object notice) or an ``oj`` alias that is no OJ citation
(``oj:JOL_2013_201_R_NS0013``, Recommendation 2013/396/EU, OJ L 201, 26.7.2013, p. 60;
``oj:JOL_2006_396_R_NS001``, REACH, OJ L 396, 30.12.2006, p. 1: both real aliases in the
branch notice of 52018PC0340, their ``NS`` number no page) means that work: before, each
was a ParseError.  The stores hold CDM triples derived from the real notices of
``tests/data/cellar/`` (the cited works as those notices link them).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from eurefs import Resolver
from eurefs.errors import ParseError, ResolveError, ResponseError
from tests.support.notice_server import NoticeServer

pytestmark = pytest.mark.integration

RES = "http://publications.europa.eu/resource"
DELEGATED = "b84f49cd-750f-11e3-8e20-01aa75ed71a1"  # 32014R0001 (real object notice)
PLASTICS = "fc5c74e0-6255-11e8-ab9c-01aa75ed71a1"  # 52018PC0340 (real branch notice)
DOSSIER = "f03de40f-6255-11e8-ab9c-01aa75ed71a1"  # 2018/0172(COD) (real tree notice)

EXPECTED = {
    f"cellar:{DELEGATED}": "32014R0001",
    f"{RES}/cellar/{DELEGATED}": "32014R0001",
    f"CELLAR:{DELEGATED.upper()}": "32014R0001",
    f"cellar:{PLASTICS}": "52018PC0340",
    # its Bulgarian expression and a manifestation's item, as the same notice names them
    f"{RES}/cellar/{PLASTICS}.0015": "52018PC0340",
    f"{RES}/cellar/{PLASTICS}.0002.01/DOC_2": "52018PC0340",
    "oj:JOL_2013_201_R_NS0013": "32013H0396",
    f"{RES}/oj/JOL_2006_396_R_NS001": "32006R1907",
}


@pytest.mark.parametrize("engine", ["oxigraph", "virtuoso"])
def test_cellar_ids_and_oj_aliases_resolve_in_a_batch(
    engine: str, request: pytest.FixtureRequest
) -> None:
    url = request.getfixturevalue(f"{engine}_sparql_url")
    unknown = "cellar:00000000-0000-4000-8000-000000000000"
    with Resolver(sparql_endpoint=url, use_cache=False) as resolver:
        results = resolver.resolve_many([*EXPECTED, unknown, "COM(2021) 752 final"])
    for result, (text, celex) in zip(results, EXPECTED.items(), strict=False):
        assert result.error is None, (text, result.error)
        assert result.document is not None and result.document.celex == celex, text
        assert result.reference is None and result.document.reference is None
    assert results[-2].error is not None and results[-2].error.type == "NotFound"
    assert results[-2].error.message == f"{unknown}: not found in Cellar"
    assert results[-1].document is not None and results[-1].document.celex == "52021PC0752"


@pytest.mark.parametrize("engine", ["oxigraph", "virtuoso"])
def test_a_dossiers_cellar_id_is_no_document(engine: str, request: pytest.FixtureRequest) -> None:
    """A dossier's Cellar URI has a work's form (the real procedure tree notice of
    2018/0172(COD): ``cellar/f03de40f-6255-11e8-ab9c-01aa75ed71a1``, typed
    ``cdm:dossier``); its facts made a Document with no title, type or CELEX."""
    url = request.getfixturevalue(f"{engine}_sparql_url")
    dossier = f"cellar:{DOSSIER}"
    with Resolver(sparql_endpoint=url, use_cache=False) as resolver:
        (result,) = resolver.resolve_many([dossier])
    assert result.document is None and result.error is not None
    assert result.error.type == "ResolveError"
    assert result.error.message.startswith(f"{dossier}: a procedure's dossier, not a document")


def test_a_dossiers_cellar_id_is_no_document_on_the_notice_path_either(
    notice_server: NoticeServer, oxigraph_sparql_url: str
) -> None:
    """``eurefs resolve cellar:<dossier>`` (one input: the notice path) gave 'ResponseError:
    Cellar answered HTTP 406 ...: notice kind not available' (the stand-in has no branch
    notice of a dossier; what Cellar answers is not documented), where the batch path
    says what it is.  The SPARQL path is now asked when the notice fails."""
    base = notice_server.base_url + "/resource"
    dossier = f"cellar:{DOSSIER}"
    with Resolver(sparql_endpoint=oxigraph_sparql_url, cellar_base=base, use_cache=False) as r:
        with pytest.raises(ResolveError) as raised:
            r.resolve(dossier)
        record = r.resolve_result(dossier)
    assert type(raised.value) is ResolveError
    assert str(raised.value).startswith(f"{dossier}: a procedure's dossier, not a document")
    assert record.error is not None and record.error.type == "ResolveError"
    assert record.error.message == str(raised.value)
    # the SPARQL path cannot be asked: the notice's own error stands
    with Resolver(sparql_endpoint="http://127.0.0.1:9/x", cellar_base=base, use_cache=False) as r:
        with pytest.raises(ResponseError, match="HTTP 406"):
            r.resolve(dossier)


def test_an_oj_issues_own_alias_is_that_issues_work(oxigraph_sparql_url: str) -> None:
    """``oj:JOL_2014_001_R`` is the alias of the Official Journal L 1 of 4 January 2014
    itself (the object notice of 32014R0001 embeds its work, typed
    ``cdm:official-journal``): the issue's work, no act published in it."""
    with Resolver(sparql_endpoint=oxigraph_sparql_url, use_cache=False) as resolver:
        (result,) = resolver.resolve_many(["oj:JOL_2014_001_R"])
    doc = result.document
    assert doc is not None and result.reference is None
    assert doc.celex is None and doc.resource_type is not None
    assert doc.resource_type.code == "OJ"
    assert doc.cellar_uri == f"{RES}/cellar/2af25028-750b-11e3-b589-01aa75ed71a1"
    assert str(doc.date) == "2014-01-04"


def test_a_cellar_id_reads_the_works_notice_as_the_sparql_path_does(
    notice_server: NoticeServer, oxigraph_sparql_url: str
) -> None:
    base = notice_server.base_url + "/resource"
    with Resolver(sparql_endpoint=oxigraph_sparql_url, cellar_base=base, use_cache=False) as r:
        single = r.resolve(f"cellar:{PLASTICS}")
        batch = r.resolve_many([f"cellar:{PLASTICS}"])[0].document
    assert single.celex == "52018PC0340" and single.reference is None
    paths = [lg.path.partition("?")[0] for lg in notice_server.requests]
    assert paths == [f"/resource/cellar/{PLASTICS}"]
    assert batch is not None and batch.cellar_uri == f"{RES}/cellar/{PLASTICS}"
    same = {"fetched_at", "reference"}
    assert batch.model_dump(exclude=same) == single.model_dump(exclude=same)


def test_a_cellar_id_is_cached_and_answered_offline(
    oxigraph_sparql_url: str, tmp_path: Path
) -> None:
    with Resolver(sparql_endpoint=oxigraph_sparql_url, cache_dir=tmp_path) as resolver:
        assert resolver.resolve_many([f"cellar:{DELEGATED}"])[0].document is not None
    with Resolver(cache_dir=tmp_path, offline=True) as offline:
        doc = offline.resolve(f"{RES}/cellar/{DELEGATED}")
    assert doc.celex == "32014R0001"


@pytest.mark.parametrize(
    "text",
    [
        "cellar:1234",
        f"cellar:{DELEGATED}> }} ; DROP",
        f"{RES}/cellar/{DELEGATED}.6",  # no expression id
        f"{RES}/cellar/{DELEGATED}.0006.1",
        f"{RES}/cellar/{DELEGATED}.0006.01/DOC_1/../x",
        'oj:JOL_2013_201_R_NS0013" } #',
        "oj:jol_2013_201_r_ns0013",  # the oj grammar is upper case
    ],
)
def test_what_is_no_cellar_id_stays_a_parse_error_with_no_request(text: str) -> None:
    with Resolver(sparql_endpoint="http://127.0.0.1:9/unused", use_cache=False) as resolver:
        result = resolver.resolve_many([text])[0]
        assert result.error is not None and result.error.type == "ParseError", text
        with pytest.raises(ParseError):
            resolver.resolve(text)


def test_the_cli_resolves_a_copied_cellar_uri(oxigraph_sparql_url: str, tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "eurefs", "resolve", "--format", "jsonl",
         "--sparql-endpoint", oxigraph_sparql_url, "--cache-dir", str(tmp_path), "-"],
        input=f"{RES}/cellar/{DELEGATED}\noj:JOL_2013_201_R_NS0013\n",
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    records = [json.loads(line) for line in done.stdout.splitlines()]
    assert [r["celex"] for r in records] == ["32014R0001", "32013H0396"]
    assert records[0]["input"] == f"{RES}/cellar/{DELEGATED}"
