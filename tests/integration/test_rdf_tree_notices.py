"""eurefs against the real RDF tree notices of two procedures, loaded into oxigraph and Virtuoso.

``tests/data/cellar/rdf/`` holds two tree notices as Cellar serves them in RDF/XML
(procedures 2015/0064/NLE and 2019/2036/BUD, see PROVENANCE.md).  They are loaded,
unchanged apart from the conversion to N-Triples, next to the notice-derived triples.
They carry Cellar's own aliases (``procedure/2015_64``, ``pegase/1043058``,
``comnat/JOIN_2015_0007_FIN``, ``celex/52015JC0007``), the procedure code literal and the
dossier links, and name the dossier's documents by alias, not by Cellar URI.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
import requests

from eurefs import Resolver, parse
from eurefs import identifiers as ids
from eurefs.cellar import cdm
from eurefs.cellar.sparql import build_sameas_query, matches_from_rows
from eurefs.cellar.sparql_results import parse_sparql_json

pytestmark = pytest.mark.integration

ENGINES = [
    pytest.param("oxigraph_sparql_url", id="oxigraph"),
    pytest.param("virtuoso_sparql_url", id="virtuoso", marks=pytest.mark.virtuoso),
]
CDM = "http://publications.europa.eu/ontology/cdm#"
OWL = "http://www.w3.org/2002/07/owl#"
DOSSIER_2015_64 = ids.CELLAR_RESOURCE_BASE + "/cellar/c211937a-57ca-11e5-afbf-01aa75ed71a1"


@pytest.fixture(params=ENGINES)
def sparql_url(request: pytest.FixtureRequest) -> str:
    url: str = request.getfixturevalue(request.param)
    return url


def run(url: str, query: str) -> Any:
    return json.loads(run_text(url, query))


def ask(url: str, pattern: str) -> bool:
    return bool(run(url, f"ASK {{ {pattern} }}")["boolean"])


def test_procedure_ids_from_the_grammar_are_cellar_aliases(sparql_url: str) -> None:
    # Cellar's own literal and the usual citation give the same alias.
    for text in ("2015/0064/NLE", "2015/0064(NLE)"):
        (value,) = parse(text).cellar_ids
        scheme, ident = ids.split_id(value)
        uri = scheme.resource_uri(ident)
        assert uri == ids.CELLAR_RESOURCE_BASE + "/procedure/2015_64"
        assert ask(sparql_url, f"<{DOSSIER_2015_64}> <{OWL}sameAs> <{uri}>")


def test_procedure_code_literal_has_slashes_and_reads_back(sparql_url: str) -> None:
    rows = run(
        sparql_url,
        f"SELECT ?code WHERE {{ <{DOSSIER_2015_64}> <{OWL}sameAs> ?alias . "
        f"?alias <{CDM}{cdm.PROCEDURE_CODE}> ?code }}",
    )["results"]["bindings"]
    codes = {row["code"]["value"] for row in rows}
    assert codes == {"2015/0064/NLE"}
    assert ids.procedure_from_literal("2015/0064/NLE") == "2015/0064(NLE)"
    assert parse("2015/0064(NLE)").normalized == "2015/0064(NLE)"


def test_the_join_comnat_alias_is_written_as_cellar_writes_it(sparql_url: str) -> None:
    (value,) = parse("JOIN(2015) 7 final").cellar_ids
    assert value == f"comnat:{ids.comnat_id('JOIN', 2015, 7)}" == "comnat:JOIN_2015_0007_FIN"
    uri = ids.cellar_resource_uri("comnat", "JOIN_2015_0007_FIN")
    assert ask(sparql_url, f"?dossier <{CDM}dossier_contains_work> <{uri}>")


def test_dossier_links_run_from_the_dossier_to_its_documents(sparql_url: str) -> None:
    proposal = ids.cellar_resource_uri("celex", "52015JC0007")
    assert ask(sparql_url, f"?dossier <{CDM}{cdm.DOSSIER_PROPOSAL}> <{proposal}>")
    assert not ask(sparql_url, f"<{proposal}> <{CDM}{cdm.DOSSIER_PROPOSAL}> ?dossier")


def test_step1_finds_the_proposals_the_dossiers_name_by_alias(sparql_url: str) -> None:
    query = build_sameas_query(["procedure:2015_64", "procedure:2019_2036"])
    matches = matches_from_rows(parse_sparql_json(run_text(sparql_url, query)))
    assert {(m.input, m.via, m.celex) for m in matches} == {
        ("procedure:2015_64", "proposal", "52015JC0007"),
        ("procedure:2019_2036", "proposal", "52019PC0290"),
    }


def test_step1_still_finds_procedure_2018_172_of_the_notice_store(sparql_url: str) -> None:
    matches = matches_from_rows(
        parse_sparql_json(run_text(sparql_url, build_sameas_query(["procedure:2018_172"])))
    )
    assert {(m.via, m.celex) for m in matches} == {
        ("proposal", "52018PC0340"),
        ("adopted_act", "32019L0904"),
    }


def test_resolver_says_which_alias_has_no_work(sparql_url: str) -> None:
    with Resolver(sparql_endpoint=sparql_url, use_cache=False) as r:
        (result,) = r.resolve_many(["2015/0064(NLE)"])
    assert result.error is not None and result.error.type == "NotFound"
    assert result.error.message == (
        "2015/0064(NLE): Cellar names celex:52015JC0007 for it but holds no work for that"
    )


def run_text(url: str, query: str) -> bytes:
    r = requests.post(
        url,
        data={"query": query},
        headers={"Accept": "application/sparql-results+json"},
        timeout=30,
    )
    assert r.status_code == 200, r.text
    return r.content
