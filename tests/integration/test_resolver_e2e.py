"""The resolver end to end against real servers on loopback.

oxigraph and Virtuoso 7 hold CDM triples derived from the real notices in
``tests/data/cellar/``; the notice server serves the same notices.  The two
resolution paths must give the same Document for the same work.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import eurefs
from eurefs import Resolver
from eurefs.models import Document
from tests.support.notice_server import NoticeServer

pytestmark = pytest.mark.integration

REFS = {
    "COM(2018) 340 final": "52018PC0340",
    "JOIN (2021) 32 final": "52021JC0032",
    "COM(2021) 752 final": "52021PC0752",
    "Commission Delegated Regulation (EU) No 1/2014": "32014R0001",
    "32014R0001": "32014R0001",
}


def _comparable(doc: Document) -> dict[str, object]:
    return doc.model_dump(exclude={"fetched_at", "reference"})


@pytest.fixture
def notice_resolver(notice_server: NoticeServer, tmp_path: Path) -> Resolver:
    return Resolver(
        sparql_endpoint="http://127.0.0.1:9/unused",
        cellar_base=notice_server.base_url + "/resource",
        use_cache=False,
    )


def test_seed_references_resolve_from_notices(notice_resolver: Resolver) -> None:
    join = notice_resolver.resolve("JOIN (2021) 32 final")
    assert join.celex == "52021JC0032"
    assert join.title == (
        "Responding to state-sponsored instrumentalisation of migrants at the EU external border"
    )
    assert str(join.date) == "2021-11-23"
    com = notice_resolver.resolve("COM(2021) 752 final")
    assert com.celex == "52021PC0752"
    assert com.title is not None and "Latvia, Lithuania and Poland" in com.title
    assert str(com.date) == "2021-12-01"
    assert com.procedure == "2021/0401(NLE)"
    assert com.reference is not None and com.reference.normalized == "COM(2021) 752 final"


def test_unknown_reference_is_not_found(notice_resolver: Resolver) -> None:
    with pytest.raises(eurefs.NotFound):
        notice_resolver.resolve("COM(2019) 9998 final")


@pytest.mark.parametrize("engine", ["oxigraph", "virtuoso"])
def test_sparql_and_notice_paths_agree(
    engine: str, request: pytest.FixtureRequest, notice_resolver: Resolver, tmp_path: Path
) -> None:
    url = request.getfixturevalue(f"{engine}_sparql_url")
    with Resolver(sparql_endpoint=url, use_cache=False) as batch:
        results = batch.resolve_many(list(REFS))
    for result, (text, celex) in zip(results, REFS.items(), strict=True):
        assert result.error is None, (text, result.error)
        assert result.document is not None
        assert result.document.celex == celex
        single = notice_resolver.resolve(text)
        assert _comparable(result.document) == _comparable(single), text


@pytest.mark.parametrize("engine", ["oxigraph", "virtuoso"])
def test_classic_oj_citations_resolve_through_the_works_oj_aliases(
    engine: str, request: pytest.FixtureRequest
) -> None:
    """The store holds Directive 2008/98/EC only under its aliases (the real branch notice
    of 52018PC0340 cites it as ``oj/JOL_2008_312_R_0003_01``, ``celex/32008L0098``), with
    no ``uriserv`` expression: its OJ citation was NotFound.  Directive (EU) 2019/904's
    alias has no number (``oj/JOL_2019_155_R_0001``, tree notice of 2018/0172/COD)."""
    url = request.getfixturevalue(f"{engine}_sparql_url")
    inputs = [
        "OJ L 312, 22.11.2008, p. 3–30",
        "OJ L 155, 12.6.2019, p. 1",
        "OJ L 1, 4.1.2014, p. 1",
        "OJ L 312, 22.11.2008, p. 4",
    ]
    with Resolver(sparql_endpoint=url, use_cache=False) as r:
        results = r.resolve_many(inputs)
    assert [x.document.celex if x.document else x.error.type for x in results] == [
        "32008L0098",
        "32019L0904",
        "32014R0001",
        "NotFound",
    ]


def test_an_oj_page_alias_naming_no_act_does_not_hide_the_act(tmp_path: Path) -> None:
    """Rows recorded from Cellar for the GDPR's dossier (2012/0011/COD, in a public code
    repository's tests; UNCONFIRMED by the Publications Office) list a bare OJ work,
    ``oj/JOL_2016_119_R_0001_01``, with no CELEX, type or title, beside the act's own
    alias ``oj/JOL_2016_119_R_0001``: the page's citation is the act, not an ambiguity.
    Two acts from one page stay ambiguous."""
    from tests.support.servers import OxigraphServer, installed_executable

    res, cdm = (
        "http://publications.europa.eu/resource",
        "http://publications.europa.eu/ontology/cdm#",
    )
    same, gdpr, bare = (
        "<http://www.w3.org/2002/07/owl#sameAs>",
        f"<{res}/cellar/3e485e15-11bd-11e6-ba9a-01aa75ed71a1>",
        f"<{res}/cellar/00000000-0000-4000-8000-000000000001>",
    )
    nt = tmp_path / "page.nt"
    nt.write_text(
        f"{gdpr} {same} <{res}/oj/JOL_2016_119_R_0001> .\n"
        f'{gdpr} <{cdm}resource_legal_id_celex> "32016R0679" .\n'
        f"{bare} {same} <{res}/oj/JOL_2016_119_R_0001_01> .\n"
        f'{bare} <{cdm}work_date_document> "2016-05-04" .\n'
    )
    with OxigraphServer(tmp_path / "ox", installed_executable("oxigraph", "oxigraph")) as server:
        server.start(nt)
        with Resolver(sparql_endpoint=server.query_url, use_cache=False) as r:
            (result,) = r.resolve_many(["OJ L 119, 4.5.2016, p. 1"])
    assert result.document is not None, result.error
    assert result.document.celex == "32016R0679"


def test_identifiers_eurefs_prints_resolve(oxigraph_sparql_url: str) -> None:
    """A document's ``identifiers``, resolve's ``cellar_ids`` and the work keys of
    ``extract --group`` given back as input."""
    inputs = {
        "comnat:COM_2021_0752_FIN": "52021PC0752",
        "oj:JOL_2014_001_R_0001_01": "32014R0001",
        "oj:JOL_2008_312_R_0003_01": "32008L0098",
        "eli:reg_del/2014/1/oj": "32014R0001",
        "http://publications.europa.eu/resource/comnat/COM_2018_0340_FIN": "52018PC0340",
        "procedure:2018/0172(COD)": "32019L0904",
        "procedure:2018_172": "32019L0904",  # the dossier's own id, without a type
        "oj:OJ L 312, 22.11.2008, p. 3": "32008L0098",  # a work key (extract --group)
        "com_document:COM(2018) 340 final": "52018PC0340",
    }
    with Resolver(sparql_endpoint=oxigraph_sparql_url, use_cache=False) as r:
        results = r.resolve_many(list(inputs))
    assert [x.document.celex if x.document else x.error for x in results] == list(inputs.values())


@pytest.mark.parametrize("engine", ["oxigraph", "virtuoso"])
def test_batch_keeps_order_and_reports_each_failure(
    engine: str, request: pytest.FixtureRequest
) -> None:
    url = request.getfixturevalue(f"{engine}_sparql_url")
    inputs = ["COM(2018) 340 final", "not a reference", "COM(2019) 9998 final", "32014R0001"]
    with Resolver(sparql_endpoint=url, use_cache=False) as r:
        results = r.resolve_many(inputs)
    assert [x.input for x in results] == inputs
    assert [x.error.type if x.error else None for x in results] == [
        None,
        "ParseError",
        "NotFound",
        None,
    ]


def test_procedure_gives_adopted_act_and_lists_proposal(oxigraph_sparql_url: str) -> None:
    with Resolver(sparql_endpoint=oxigraph_sparql_url, use_cache=False) as r:
        (result,) = r.resolve_many(["2018/0172(COD)"])
    assert result.document is not None, result.error
    assert result.document.celex == "32019L0904"
    assert "52018PC0340" in result.document.other_documents
    # the tree notice links the directive by its aliases alone (eli/dir/2019/904/oj)
    assert result.document.eli == "http://data.europa.eu/eli/dir/2019/904/oj"


@pytest.mark.parametrize("engine", ["oxigraph", "virtuoso"])
def test_entry_into_force_is_the_date_typed_ev_on_both_paths(
    engine: str, request: pytest.FixtureRequest, notice_resolver: Resolver
) -> None:
    """32014R0001 lists 2014-01-05 (EV, "DATPUB +1") and 2014-01-01 (MA, Article 2)."""
    url = request.getfixturevalue(f"{engine}_sparql_url")
    with Resolver(sparql_endpoint=url, use_cache=False) as r:
        (result,) = r.resolve_many(["Commission Delegated Regulation (EU) No 1/2014"])
    assert result.document is not None, result.error
    assert str(result.document.entry_into_force) == "2014-01-05"
    assert str(notice_resolver.resolve("32014R0001").entry_into_force) == "2014-01-05"


def test_second_run_is_served_from_the_cache(oxigraph_sparql_url: str, tmp_path: Path) -> None:
    with Resolver(sparql_endpoint=oxigraph_sparql_url, cache_dir=tmp_path) as r:
        first = r.resolve_many(list(REFS))
        sent = r.http.requests_made
        assert sent > 0
        second = r.resolve_many(list(REFS))
        assert r.http.requests_made == sent
    assert [x.document for x in first] == [x.document for x in second]
    with Resolver(sparql_endpoint="http://127.0.0.1:9/x", cache_dir=tmp_path, offline=True) as r:
        assert all(x.ok for x in r.resolve_many(list(REFS)))
        (miss,) = r.resolve_many(["COM(2020) 1 final"])
        assert miss.error is not None and miss.error.type == "OfflineMiss"


def test_cli_resolve_end_to_end(
    oxigraph_sparql_url: str, notice_server: NoticeServer, tmp_path: Path
) -> None:
    base = [sys.executable, "-m", "eurefs", "resolve", "--sparql-endpoint", oxigraph_sparql_url]
    base += ["--cellar-base", notice_server.base_url + "/resource", "--cache-dir", str(tmp_path)]
    one = subprocess.run([*base, "COM(2021) 752 final"], capture_output=True, text=True, timeout=60)
    assert one.returncode == 0, one.stderr
    doc = json.loads(one.stdout.splitlines()[0])
    assert doc["celex"] == "52021PC0752"
    batch = subprocess.run(
        [*base, "-"], input="JOIN (2021) 32 final\nnonsense\n32014R0001\n",
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert batch.returncode == 1
    lines = [json.loads(x) for x in batch.stdout.splitlines()]
    assert [x.get("celex") for x in lines] == ["52021JC0032", None, "32014R0001"]
    assert lines[1]["error"]["type"] == "ParseError"
    assert "nonsense" in batch.stderr


@pytest.mark.parametrize(
    ("fmt", "marker"),
    [("csl-json", '"type": "bill"'), ("bibtex", "@report{"), ("ris", "TY  - STAT")],
)
def test_cli_resolve_citation_formats(
    notice_server: NoticeServer, tmp_path: Path, fmt: str, marker: str
) -> None:
    """Citations for reference managers; a failure is a line on stderr and exit 1."""
    args = [sys.executable, "-m", "eurefs", "resolve", "--sparql-endpoint", "http://127.0.0.1:9/x"]
    args += ["--cellar-base", notice_server.base_url + "/resource", "--no-cache"]
    args += ["--format", fmt, "COM(2021) 752 final", "JOIN(2021) 32 final", "32014R0001"]
    run = subprocess.run(args, capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr
    assert marker in run.stdout
    for celex in ("52021PC0752", "52021JC0032", "32014R0001"):
        assert celex in run.stdout
    bad = subprocess.run([*args, "32013R9999"], capture_output=True, text=True, timeout=60)
    assert bad.returncode == 1
    assert "32013R9999" in bad.stderr and "32013R9999" not in bad.stdout


def test_cli_report_resolves_every_work_once(
    oxigraph_sparql_url: str, notice_server: NoticeServer, tmp_path: Path
) -> None:
    """``eurefs report --resolve``: titles and dates in the table, one batch for the works."""
    doc = tmp_path / "letter.txt"
    doc.write_text(
        "COM(2021) 752 final and JOIN(2021) 32 final; again COM(2021) 752 final; Article 6 TEU.",
        encoding="utf-8",
    )
    out = tmp_path / "report.html"
    args = [sys.executable, "-m", "eurefs", "report", str(doc), "-o", str(out), "--resolve"]
    args += ["--sparql-endpoint", oxigraph_sparql_url, "--cache-dir", str(tmp_path / "c")]
    args += ["--cellar-base", notice_server.base_url + "/resource"]
    run = subprocess.run(args, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    page = out.read_text(encoding="utf-8")
    assert "Responding to state-sponsored instrumentalisation of migrants" in page
    assert "provisional emergency measures for the benefit of Latvia" in page
    assert "2021-11-23" in page and "2021-12-01" in page
    assert "Not resolved: a Treaty article is part of a Treaty" in page
