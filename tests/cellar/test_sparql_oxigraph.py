"""The SPARQL builders run on a real store (the oxigraph CLI) loaded from real notices.

Each notice's facts are written as CDM triples (element ``X_Y`` -> ``cdm:x_y``); the
answers must give the documents the notice path gives.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from eurefs.cellar import cdm as cdm_table
from eurefs.cellar.notices import notice_facts, parse_notice
from eurefs.cellar.sparql import (
    CDM,
    build_celex_query,
    build_id_document_query,
    build_sameas_query,
    build_work_query,
    documents_from_rows,
    matches_from_rows,
    parse_sparql_json,
)
from eurefs.cellar.workfacts import WorkFacts
from eurefs.cellar.xml import parse_xml
from tests.support.servers import installed_executable

DATA = Path(__file__).resolve().parents[1] / "data" / "cellar"
RES = "http://publications.europa.eu/resource"
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
W1 = f"{RES}/cellar/fc5c74e0-6255-11e8-ab9c-01aa75ed71a1"


@pytest.fixture(scope="module")
def oxigraph() -> str:
    """The oxigraph CLI of the test extra: missing, it fails the test (it never skips)."""
    return installed_executable("oxigraph", "oxigraph")


def _nt_lit(value: str, typed: bool = True) -> str:
    esc = value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return f'"{esc}"^^<{XSD_STRING}>' if typed else f'"{esc}"'


def _facts_to_ntriples(f: WorkFacts) -> list[str]:
    """CDM triples for the facts of one notice (element X_Y -> cdm:x_y)."""
    w, out = f"<{f.work_uri}>", []

    def t(s: str, p: str, o: str) -> None:
        out.append(f"{s} {p} {o} .")

    def cdm(name: str) -> str:
        return f"<{CDM}{name}>"

    same = "<http://www.w3.org/2002/07/owl#sameAs>"
    label = "<http://www.w3.org/2004/02/skos/core#prefLabel>"
    for prop, vals in (
        ("resource_legal_id_celex", f.celex),
        ("work_id_document", f.id_documents),
        ("work_date_document", f.dates),
        ("resource_legal_eli", f.eli),
        ("resource_legal_in-force", f.in_force),
        ("resource_legal_date_entry-into-force", f.entry_into_force),
        ("resource_legal_date_end-of-validity", f.end_of_validity),
    ):
        for v in vals:
            t(w, cdm(prop), _nt_lit(v))
    for n, (day, kind) in enumerate(f.entry_into_force_types):
        ax, owl = f"<{f.work_uri}/axiom{n}>", "http://www.w3.org/2002/07/owl#"
        t(ax, f"<{owl}annotatedSource>", w)
        t(ax, f"<{owl}annotatedProperty>", cdm("resource_legal_date_entry-into-force"))
        t(ax, f"<{owl}annotatedTarget>", _nt_lit(day))
        t(ax, f"<{cdm_table.ANNOTATION}type_of_date>", _nt_lit(kind))
    for v in f.sameas:
        t(w, same, f"<{v}>")
    for i, p in enumerate(f.procedures):
        d = f"<{f.work_uri}.dossier{i}>"
        t(w, cdm("work_part_of_dossier"), d)
        t(d, cdm("procedure_code_interinstitutional_reference_procedure"), _nt_lit(p))
    for kind, prop in (
        ("authors", "work_created_by_agent"),
        ("resource_types", "work_has_resource-type"),
        ("eurovoc", "work_is_about_concept_eurovoc"),
        ("subject_matter", "resource_legal_is_about_subject-matter"),
    ):
        for uri, lbl in getattr(f, kind).items():
            t(w, cdm(prop), f"<{uri}>")
            if lbl:
                t(f"<{uri}>", label, f'"{lbl}"@en')
    # As Cellar's store holds links: the forward property only, on whichever side it starts.
    stored: dict[str, tuple[str, bool]] = {}
    for rel in cdm_table.RELATIONS:
        stored.setdefault(rel.key, (rel.prop, rel.reverse))
    for key, targets in f.relations.items():
        for target, ids in targets.items():
            prop, reverse = stored[key]
            if reverse:
                t(f"<{target}>", cdm(prop), w)
            else:
                t(w, cdm(prop), f"<{target}>")
            for sid in ids:
                t(f"<{target}>", same, f"<{sid}>")
    for n, code in enumerate(sorted(f.languages | set(f.titles))):
        e = f"<{f.work_uri}.{n:04d}>"
        t(e, cdm("expression_belongs_to_work"), w)
        t(e, cdm("expression_uses_language"), f"<{RES}/authority/language/{code}>")
        if code in f.titles:
            t(e, cdm("expression_title"), _nt_lit(f.titles[code], typed=False))
    for n, uri in enumerate(f.expression_sameas):
        e = f"<{f.work_uri}.x{n:04d}>"
        t(e, cdm("expression_belongs_to_work"), w)
        t(e, same, f"<{uri}>")
    for oj in f.ojs.values():
        o = f"<{oj.uri}>"
        t(w, cdm("resource_legal_published_in_official-journal"), o)
        for prop, vals in (
            ("official-journal_number", oj.numbers),
            ("official-journal_year", oj.years),
            ("work_date_document", oj.dates),
        ):
            for v in vals:
                t(o, cdm(prop), _nt_lit(v))
        for v in oj.collections:
            t(o, cdm("official-journal_part_of_collection_document"), f"<{v}>")
    return out  # fmt: skip


def _oxigraph_query(oxigraph: str, location: Path, query: str) -> bytes:
    done = subprocess.run(
        [oxigraph, "query", "--location", str(location), "--results-format", "json"],
        input=query.encode(),
        capture_output=True,
        check=True,
        timeout=60,
    )
    return done.stdout


@pytest.mark.integration
def test_queries_on_oxigraph_match_notice_path(tmp_path: Path, oxigraph: str) -> None:
    names = ["notice-branch-52018PC0340.xml", "notice-object-32014R0001.xml",
             "derived-notice-branch-52021PC0752.xml"]  # fmt: skip
    facts = [notice_facts(parse_xml((DATA / n).read_bytes())) for n in names]
    nt = tmp_path / "data.nt"
    nt.write_text("\n".join(line for f in facts for line in _facts_to_ntriples(f)) + "\n")
    store = tmp_path / "store"
    subprocess.run([oxigraph, "load", "--location", str(store), "--file", str(nt)],
                   check=True, capture_output=True, timeout=60)  # fmt: skip

    step1 = matches_from_rows(
        parse_sparql_json(
            _oxigraph_query(oxigraph, store, build_celex_query(["32014R0001", "52018PC0340"]))
        )
    )
    assert [(m.input, m.celex) for m in step1] == [
        ("32014R0001", "32014R0001"),
        ("52018PC0340", "52018PC0340"),
    ]
    by_id = matches_from_rows(
        parse_sparql_json(
            _oxigraph_query(
                oxigraph,
                store,
                build_id_document_query(["comnat:COM_2021_0752_FIN", "oj:JOL_2014_001_R_0001_01"]),
            )
        )
    )
    assert {(m.input, m.celex) for m in by_id} == {
        ("comnat:COM_2021_0752_FIN", "52021PC0752"),
        ("oj:JOL_2014_001_R_0001_01", "32014R0001"),
    }
    by_uri = matches_from_rows(parse_sparql_json(_oxigraph_query(
        oxigraph, store, build_sameas_query(["eli:reg_del/2014/1/oj", "immc:COM(2018)340 final",
                                   "uriserv:OJ.L_.2014.001.01.0001.01.ENG"]))))  # fmt: skip
    assert {(m.input, m.via, m.celex) for m in by_uri} == {
        ("eli:reg_del/2014/1/oj", "self", "32014R0001"),
        ("immc:COM(2018)340 final", "self", "52018PC0340"),
        ("uriserv:OJ.L_.2014.001.01.0001.01.ENG", "expression", "32014R0001"),
    }

    works = [m.work for m in step1] + [m.work for m in by_id]
    for lang in ("en", "de"):
        rows = parse_sparql_json(_oxigraph_query(oxigraph, store, build_work_query(works, lang)))
        docs = documents_from_rows(rows, lang)
        for name, f in zip(names, facts, strict=True):
            assert docs[f.work_uri] == parse_notice((DATA / name).read_bytes(), lang), name


def test_a_join_document_is_found_by_its_comnat_alias_alone(tmp_path: Path, oxigraph: str) -> None:
    """The real alias of 52015JC0007 is ``comnat/JOIN_2015_0007_FIN`` (RDF tree notice of
    procedure 2015/0064); no sample shows a ``work_id_document`` literal for a JOIN work."""
    from eurefs.lookup import lookup_for
    from eurefs.parsing import parse

    lookup = lookup_for(parse("JOIN(2015) 7 final"))
    assert (lookup.route, lookup.values) == ("sameas", ("comnat:JOIN_2015_0007_FIN",))
    nt = tmp_path / "join.nt"
    nt.write_text(
        f"<{W1}> <http://www.w3.org/2002/07/owl#sameAs> <{RES}/comnat/JOIN_2015_0007_FIN> .\n"
        f"<{W1}> <{CDM}resource_legal_id_celex> {_nt_lit('52015JC0007')} .\n"
    )
    store = tmp_path / "store"
    subprocess.run([oxigraph, "load", "--location", str(store), "--file", str(nt)],
                   check=True, capture_output=True, timeout=60)  # fmt: skip
    rows = parse_sparql_json(
        _oxigraph_query(oxigraph, store, build_sameas_query(list(lookup.values)))
    )
    assert [(m.work, m.celex) for m in matches_from_rows(rows)] == [(W1, "52015JC0007")]
