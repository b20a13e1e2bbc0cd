"""The loopback test servers answer like Cellar: real SPARQL engines and a notice server.

Plain ``requests`` only, so these tests check the fixtures, not eurefs.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import requests

from tests.support.notice_server import NoticeServer
from tests.support.servers import CELLAR_DATA_DIR, ServerStartError, VirtuosoServer

pytestmark = pytest.mark.integration

PREFIXES = """\
PREFIX cdm: <http://publications.europa.eu/ontology/cdm#>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
"""
R = "http://publications.europa.eu/resource/"
W_52018PC0340 = R + "cellar/fc5c74e0-6255-11e8-ab9c-01aa75ed71a1"
W_32014R0001 = R + "cellar/b84f49cd-750f-11e3-8e20-01aa75ed71a1"
W_32019L0904 = R + "cellar/ab83570c-8cc8-11e9-9369-01aa75ed71a1"
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
SPARQL_JSON = "application/sparql-results+json"

ENGINES = [
    pytest.param("oxigraph_sparql_url", id="oxigraph"),
    pytest.param("virtuoso_sparql_url", id="virtuoso", marks=pytest.mark.virtuoso),
]


def select(url: str, query: str) -> dict[str, Any]:
    r = requests.get(
        url, params={"query": PREFIXES + query}, headers={"Accept": SPARQL_JSON}, timeout=30
    )
    assert r.status_code == 200, r.text
    data: dict[str, Any] = r.json()
    return data


def values(result: dict[str, Any], var: str) -> list[str]:
    return [b[var]["value"] for b in result["results"]["bindings"] if var in b]


@pytest.fixture(params=ENGINES)
def sparql_url(request: pytest.FixtureRequest) -> str:
    url: str = request.getfixturevalue(request.param)
    assert url.startswith("http://127.0.0.1:")
    return url


def test_celex_lookup_returns_the_work(sparql_url: str) -> None:
    res = select(
        sparql_url,
        """SELECT ?w WHERE {
        ?w cdm:resource_legal_id_celex "52018PC0340"^^xsd:string }""",
    )
    assert values(res, "w") == [W_52018PC0340]


def test_values_batch_with_several_celex(sparql_url: str) -> None:
    res = select(
        sparql_url,
        """SELECT ?celex ?w ?date WHERE {
        VALUES ?celex { "52018PC0340"^^xsd:string "32014R0001"^^xsd:string
                        "32019L0904"^^xsd:string "32099R9999"^^xsd:string }
        ?w cdm:resource_legal_id_celex ?celex .
        OPTIONAL { ?w cdm:work_date_document ?date }
    } ORDER BY ?celex""",
    )
    rows = {b["celex"]["value"]: b for b in res["results"]["bindings"]}
    assert set(rows) == {"52018PC0340", "32014R0001", "32019L0904"}
    assert rows["52018PC0340"]["w"]["value"] == W_52018PC0340
    assert rows["32014R0001"]["w"]["value"] == W_32014R0001
    assert rows["32019L0904"]["w"]["value"] == W_32019L0904
    assert rows["52018PC0340"]["date"]["value"] == "2018-05-28"


def test_owl_same_as_lookup_of_comnat(sparql_url: str) -> None:
    res = select(
        sparql_url,
        f"""SELECT ?w ?celex WHERE {{
        ?w owl:sameAs <{R}comnat/COM_2018_0340_FIN> ;
           cdm:resource_legal_id_celex ?celex }}""",
    )
    assert values(res, "w") == [W_52018PC0340]
    assert values(res, "celex") == ["52018PC0340"]


def test_work_id_document_and_english_title(sparql_url: str) -> None:
    res = select(
        sparql_url,
        f"""SELECT ?celex ?title WHERE {{
        ?w cdm:work_id_document ?id . FILTER(STR(?id) = "comnat:COM_2018_0340_FIN")
        ?w cdm:resource_legal_id_celex ?celex .
        ?e cdm:expression_belongs_to_work ?w ;
           cdm:expression_uses_language <{R}authority/language/ENG> ;
           cdm:expression_title ?title }}""",
    )
    assert values(res, "celex") == ["52018PC0340"]
    (title,) = values(res, "title")
    assert title.startswith("Proposal for a DIRECTIVE OF THE EUROPEAN PARLIAMENT")


def test_non_ascii_literals_survive_loading(sparql_url: str) -> None:
    res = select(
        sparql_url,
        """SELECT ?t WHERE {
        ?d cdm:procedure_code_interinstitutional_reference_procedure "2018/0172/COD"^^xsd:string ;
           cdm:dossier_title ?t . FILTER(STRSTARTS(STR(?t), "Proposition")) }""",
    )
    (title,) = values(res, "t")
    assert "PARLEMENT EUROPÉEN" in title


def test_oxigraph_answers_w3c_json_form(oxigraph_sparql_url: str) -> None:
    res = select(
        oxigraph_sparql_url,
        """SELECT ?celex WHERE {
        <http://publications.europa.eu/resource/cellar/fc5c74e0-6255-11e8-ab9c-01aa75ed71a1>
            cdm:resource_legal_id_celex ?celex }""",
    )
    assert res["head"] == {"vars": ["celex"]}
    (binding,) = res["results"]["bindings"]
    # xsd:string is the default datatype in RDF 1.1, so oxigraph omits it.
    assert binding["celex"]["type"] == "literal"
    assert binding["celex"].get("datatype", XSD_STRING) == XSD_STRING
    assert binding["celex"]["value"] == "52018PC0340"


@pytest.mark.virtuoso
def test_virtuoso_answers_typed_literal_json_form_like_cellar(virtuoso_sparql_url: str) -> None:
    res = select(
        virtuoso_sparql_url,
        """SELECT ?celex ?date WHERE {
        <http://publications.europa.eu/resource/cellar/fc5c74e0-6255-11e8-ab9c-01aa75ed71a1>
            cdm:resource_legal_id_celex ?celex ; cdm:work_date_document ?date }""",
    )
    assert res["head"] == {"link": [], "vars": ["celex", "date"]}
    assert res["results"]["distinct"] is False and res["results"]["ordered"] is True
    (binding,) = res["results"]["bindings"]
    assert binding["celex"] == {
        "type": "typed-literal",
        "datatype": XSD_STRING,
        "value": "52018PC0340",
    }
    assert binding["date"] == {
        "type": "typed-literal",
        "datatype": "http://www.w3.org/2001/XMLSchema#date",
        "value": "2018-05-28",
    }


# --- notice server -----------------------------------------------------------------------------

BRANCH = "application/xml;notice=branch"


def test_notice_server_redirects_celex_to_cellar_and_serves_branch_notice(
    notice_server: NoticeServer,
) -> None:
    url = notice_server.base_url + "/resource/celex/52018PC0340"
    first = requests.get(url, headers={"Accept": BRANCH}, allow_redirects=False, timeout=10)
    assert first.status_code == 303
    assert first.headers["Location"] == (
        notice_server.base_url + "/resource/cellar/fc5c74e0-6255-11e8-ab9c-01aa75ed71a1"
    )
    r = requests.get(url, headers={"Accept": BRANCH, "Accept-Language": "eng"}, timeout=10)
    assert r.status_code == 200
    assert r.headers["Content-Type"].startswith("application/xml")
    assert r.content == (CELLAR_DATA_DIR / "notice-branch-52018PC0340.xml").read_bytes()
    assert notice_server.request_count == 3  # 303 probe, then 303 + 200
    assert (
        notice_server.requests[-1].path == "/resource/cellar/fc5c74e0-6255-11e8-ab9c-01aa75ed71a1"
    )
    assert notice_server.requests[-1].accept_language == "eng"


def test_notice_server_synonyms_identifiers_and_errors(notice_server: NoticeServer) -> None:
    base = notice_server.base_url + "/resource/"
    ident = requests.get(
        base + "comnat/COM_2018_0340_FIN",
        headers={"Accept": "application/xml;notice=identifiers"},
        timeout=10,
    )
    assert ident.status_code == 200
    assert b'type="identifier"' in ident.content
    assert b"http://publications.europa.eu/resource/celex/52018PC0340" in ident.content
    # percent-encoded and raw forms of the same immc id both resolve
    for path in ("immc/COM%282018%29340%20final", "immc/COM(2018)340%20final"):
        r = requests.get(base + path, headers={"Accept": BRANCH}, timeout=10)
        assert r.status_code == 200, path
    tree = requests.get(
        base + "procedure/2018_172", headers={"Accept": "application/xml;notice=tree"}, timeout=10
    )
    assert tree.status_code == 200 and b'type="tree"' in tree.content
    assert (
        requests.get(base + "celex/32099R9999", headers={"Accept": BRANCH}, timeout=10).status_code
        == 404
    )
    wrong_kind = requests.get(
        base + "celex/52018PC0340", headers={"Accept": "application/xml;notice=tree"}, timeout=10
    )
    assert wrong_kind.status_code == 406


def test_notice_server_latency_and_standalone_use(tmp_path: Path) -> None:
    src = CELLAR_DATA_DIR / "notice-object-32014R0001.xml"
    (tmp_path / src.name).write_bytes(src.read_bytes())
    with NoticeServer.from_directory(tmp_path, latency_s=0.05) as srv:
        r = requests.get(
            srv.base_url + "/resource/celex/32014R0001",
            headers={"Accept": "application/xml;notice=object"},
            timeout=10,
        )
        assert r.status_code == 200 and r.content == src.read_bytes()
        assert r.elapsed.total_seconds() >= 0.05
        assert srv.request_count == 2
        base = srv.base_url
    with pytest.raises(requests.ConnectionError):
        requests.get(base + "/resource/celex/32014R0001", timeout=2)


# --- start-up failures are reported with the server's log ---------------------------------------


def test_server_that_exits_at_start_fails_with_its_log(tmp_path: Path) -> None:
    script = tmp_path / "fake-virtuoso"
    script.write_text("#!/bin/sh\necho 'cannot open database: fake failure' >&2\nexit 3\n")
    script.chmod(0o755)
    server = VirtuosoServer(tmp_path / "vt", str(script), "isql-vt")
    with pytest.raises(ServerStartError, match="exited with code 3") as info:
        server.start(timeout_s=10)
    assert "cannot open database: fake failure" in str(info.value)
    server.stop()
    assert server.proc is None
