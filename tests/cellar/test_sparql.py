"""SPARQL builders, result parser, and rows -> Documents (a real store: test_sparql_oxigraph)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from eurefs.cellar.notices import notice_facts, parse_notice
from eurefs.cellar.sparql import (
    CDM,
    Term,
    WorkMatch,
    build_celex_query,
    build_id_document_query,
    build_sameas_query,
    build_work_query,
    documents_from_rows,
    matches_from_rows,
    parse_sparql_json,
)
from eurefs.cellar.workfacts import RELATION_KEYS, WorkFacts
from eurefs.cellar.xml import parse_xml
from eurefs.errors import ParseError, ResponseError

DATA = Path(__file__).resolve().parents[1] / "data" / "cellar"
RES = "http://publications.europa.eu/resource"
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
W1 = f"{RES}/cellar/fc5c74e0-6255-11e8-ab9c-01aa75ed71a1"

# --- validation and injection ---------------------------------------------------------------

INJECTIONS = [
    '32016R0679" } ; DROP ALL ; SELECT * WHERE { ?s ?p "',
    "32016R0679\\",
    "32016R0679>",
    "32016R0679\nx",
    "",
]


@pytest.mark.parametrize("bad", INJECTIONS)
def test_celex_injection_is_parse_error(bad: str) -> None:
    with pytest.raises(ParseError):
        build_celex_query(["32014R0001", bad])


@pytest.mark.parametrize(
    "bad",
    [
        'comnat:COM_2021_0752_FIN" } DROP',
        "comnat:COM_2021_752_FIN",
        "ecli:ECLI:EU:C:2014:317>",
        "unknown:thing",
        "comnat",
    ],
)
def test_id_document_validation(bad: str) -> None:
    with pytest.raises(ParseError):
        build_id_document_query([bad])


@pytest.mark.parametrize(
    "bad",
    [
        "eli:reg/2016/679/oj> } DROP",
        "eli:reg",
        "case:C-131/12 } ",
        'oj:JOL_2016_119_R_0001"',
        "procedure:2018/0172(COD)",
        "uriserv:OJ.L_.2016.119",
        "cellar:fc5c74e0",
    ],
)
def test_sameas_validation(bad: str) -> None:
    with pytest.raises(ParseError):
        build_sameas_query([bad])


def test_work_uri_validation() -> None:
    with pytest.raises(ParseError):
        build_work_query([W1 + "> } DROP ALL {"])
    with pytest.raises(ParseError):
        build_work_query(["http://example.org/x"])
    with pytest.raises(ParseError):
        build_work_query([W1], lang="xx")
    with pytest.raises(ValueError):
        build_work_query([])


def test_celex_query_shape() -> None:
    q = build_celex_query(["32016R0679", "52018PC0340", "32016R0679"])
    assert q.count('("32016R0679" "32016R0679"^^xsd:string)') == 1
    assert '("32016R0679" "32016R0679")' in q
    assert '("52018PC0340" "52018PC0340"^^xsd:string)' in q
    assert "VALUES (?input ?lit)" in q
    assert f"<{CDM}resource_legal_id_celex>" in q
    assert "bif:" not in q


def test_id_document_query_shape() -> None:
    q = build_id_document_query(["comnat:COM_2021_0752_FIN", "ecli:ECLI:EU:C:2014:317"])
    assert '"comnat:COM_2021_0752_FIN"^^xsd:string' in q
    assert '"ecli:ECLI:EU:C:2014:317"^^xsd:string' in q
    assert f"<{CDM}work_id_document>" in q


def test_celex_and_id_document_queries_match_a_work_by_its_alias_too() -> None:
    """Cellar redirects ``/resource/celex/…`` for any work with that alias (the notice
    path): the SPARQL path asks for the alias too, percent-encoded as Cellar writes it."""
    q = build_celex_query(["32023H0120(01)"])
    assert f'("32023H0120(01)" <{RES}/celex/32023H0120%2801%29>)' in q
    assert "?work owl:sameAs ?uri ." in q
    q = build_id_document_query(["ecli:ECLI:EU:C:2014:317", "oj:JOL_2014_001_R_0001_01"])
    assert f'("ecli:ECLI:EU:C:2014:317" <{RES}/ecli/ECLI%3AEU%3AC%3A2014%3A317>)' in q
    assert f'("oj:JOL_2014_001_R_0001_01" <{RES}/oj/JOL_2014_001_R_0001_01>)' in q


def test_sameas_query_shape() -> None:
    q = build_sameas_query(
        [
            "eli:reg/2016/679/oj",
            "case:C-673/17",
            "ecli:ECLI:EU:C:2020:559",
            "immc:COM(2018)340 final",
            "uriserv:OJ.L_.2016.119.01.0001.01.ENG",
            "procedure:2018_172",
        ]
    )
    assert f"<{RES}/eli/reg/2016/679/oj>" in q
    assert f"<{RES}/case/C-673%2F17>" in q
    assert f"<{RES}/ecli/ECLI%3AEU%3AC%3A2020%3A559>" in q
    assert f"<{RES}/immc/COM%282018%29340%20final>" in q
    assert f"<{RES}/uriserv/OJ.L_.2016.119.01.0001.01.ENG>" in q
    assert f"<{RES}/procedure/2018_172>" in q
    assert f"<{CDM}dossier_produces_resource_legal>" in q
    only_work = build_sameas_query(["eli:reg/2016/679/oj"])
    assert "expression_belongs_to_work" not in only_work
    assert "dossier_" not in only_work


def test_work_query_shape() -> None:
    q = build_work_query([W1], lang="fr")
    assert f"VALUES ?work {{ <{W1}> }}" in q
    assert f"<{RES}/authority/language/FRA>" in q
    assert f"<{RES}/authority/language/ENG>" in q
    assert 'LANGMATCHES(LANG(?label), "fr")' in q
    for prop in (
        "resource_legal_id_celex",
        "work_date_document",
        "resource_legal_in-force",
        "resource_legal_date_end-of-validity",
        "resource_legal_adopts_resource_legal",
        "expression_title",
    ):
        assert f"<{CDM}{prop}>" in q


def test_work_query_names_title_languages_as_constants() -> None:
    """``VALUES ?aux`` let oxigraph read every expression of the language in the store first."""
    q = build_work_query([W1], lang="fr")
    assert "VALUES ?aux" not in q
    for code in ("FRA", "ENG"):
        language = f"<{RES}/authority/language/{code}>"
        assert f"<{CDM}expression_uses_language> {language} ." in q
        assert f"BIND({language} AS ?aux)" in q
    assert build_work_query([W1]).count("expression_uses_language> <") == 1  # English once


def test_work_query_reads_links_from_the_forward_property_only() -> None:
    """The ``..._by_...`` inverses carry no triples in Cellar's SPARQL store (research addendum)."""
    q = build_work_query([W1])
    for inverse in (
        "resource_legal_amended_by_resource_legal",
        "resource_legal_repealed_by_resource_legal",
        "resource_legal_adopted_by_resource_legal",
        "resource_legal_consolidated_by_act_consolidated",
    ):
        assert inverse not in q
    adopts = f"<{CDM}resource_legal_adopts_resource_legal>"
    # the act adopts the proposal: a proposal's adopted act is the subject
    assert f'?val {adopts} ?work .\n    BIND("adopted_act" AS ?key)' in q
    assert f'?work {adopts} ?val .\n    BIND("proposal" AS ?key)' in q
    amends = f"<{CDM}resource_legal_amends_resource_legal>"
    assert f'?val {amends} ?work .\n    BIND("amended_by" AS ?key)' in q
    based = f"<{CDM}act_consolidated_based_on_resource_legal>"
    assert f'?val {based} ?work .\n    BIND("consolidated_versions" AS ?key)' in q


# --- result parser --------------------------------------------------------------------------


def _to_w3c(doc: dict[str, Any]) -> dict[str, Any]:
    """The same result in the W3C form: no head.link, 'literal' instead of 'typed-literal'."""
    out: dict[str, Any] = json.loads(json.dumps(doc))
    out["head"].pop("link", None)
    for row in out["results"]["bindings"]:
        for term in row.values():
            if term["type"] == "typed-literal":
                term["type"] = "literal"
    return out


def test_parse_real_virtuoso_result_32008R1137() -> None:
    raw = (DATA / "sparql-fmx4-items-32008R1137.json").read_bytes()
    rows = parse_sparql_json(raw)
    assert len(rows) == 4
    items = sorted(r["cellarURIs"].value.rsplit("/", 1)[-1] for r in rows)
    assert items == ["DOC_1", "DOC_2", "DOC_3", "DOC_4"]
    fmt = rows[0]["format"]
    assert fmt == Term("literal", "fmx4", XSD_STRING, None)
    assert rows[0]["manif"].kind == "uri"
    assert rows[0]["manif"].value.endswith("e115172d-3ab3-4b14-b0a4-dfdcc9871793.0006.04")
    w3c = parse_sparql_json(json.dumps(_to_w3c(json.loads(raw))))
    assert w3c == rows


def test_parse_real_virtuoso_result_32024R1689() -> None:
    raw = (DATA / "sparql-fmx4-items-32024R1689.json").read_bytes()
    assert b'"typed-literal"' in raw and b'"link": []' in raw
    rows = parse_sparql_json(raw)
    assert rows == [
        {
            "cellarURIs": Term(
                "uri", f"{RES}/cellar/dc8116a1-3fe6-11ef-865a-01aa75ed71a1.0006.02/DOC_1"
            ),
            "manif": Term("uri", f"{RES}/cellar/dc8116a1-3fe6-11ef-865a-01aa75ed71a1.0006.02"),
            "format": Term("literal", "fmx4", XSD_STRING),
            "expr": Term("uri", f"{RES}/cellar/dc8116a1-3fe6-11ef-865a-01aa75ed71a1.0006"),
        }
    ]
    assert parse_sparql_json(json.dumps(_to_w3c(json.loads(raw))).encode()) == rows


def test_parse_missing_optional_and_lang() -> None:
    body = {
        "head": {"vars": ["a", "b"]},
        "results": {
            "bindings": [
                {"a": {"type": "literal", "value": "x", "xml:lang": "en"}},
                {"a": {"type": "bnode", "value": "b0"}, "b": {"type": "literal", "value": "y"}},
            ]
        },
    }
    rows = parse_sparql_json(json.dumps(body))
    assert rows[0] == {"a": Term("literal", "x", None, "en")}
    assert "b" not in rows[0]
    assert rows[1]["b"] == Term("literal", "y")


_ROW_PREFIX = b'{"head": {"vars": ["a"]}, "results": {"bindings": ['


@pytest.mark.parametrize(
    "body",
    [
        b"",
        b'{"head": {"vars": ["a"]}, "results": {"bindings": [',
        b"<html>503</html>",
        b"[]",
        b'{"head": {}, "results": {"bindings": []}}',
        b'{"head": {"vars": ["a"]}}',
        b'{"head": {"vars": ["a"]}, "results": {"bindings": {}}}',
        _ROW_PREFIX + b'{"b": {"type": "uri", "value": "x"}}]}}',
        _ROW_PREFIX + b'{"a": {"type": "weird", "value": "x"}}]}}',
        _ROW_PREFIX + b'{"a": {"type": "uri", "value": 3}}]}}',
        _ROW_PREFIX + b'{"a": {"type": "literal", "value": "x", "datatype": 5}}]}}',
        _ROW_PREFIX + b'{"a": "plain"}]}}',
        b'{"head": {"vars": ["a"]}, "results": {"bindings": ["row"]}}',
        b'{"head": {"vars": []}, "boolean": true}',
        b"\xff\xfe",
    ],
)
def test_parse_bad_results(body: bytes) -> None:
    with pytest.raises(ResponseError):
        parse_sparql_json(body)


# --- rows -> matches / documents ------------------------------------------------------------


def _row(**kw: Term) -> dict[str, Term]:
    return kw


def test_matches_from_rows() -> None:
    rows = [
        _row(input=Term("literal", "32014R0001"), work=Term("uri", W1), via=Term("literal", "self"),
             celex=Term("literal", "32014R0001", XSD_STRING)),
        _row(input=Term("literal", "32014R0001"), work=Term("uri", W1), via=Term("literal", "self"),
             celex=Term("literal", "32014R0001", XSD_STRING)),
        _row(input=Term("literal", "comnat:X"), work=Term("uri", W1)),
    ]  # fmt: skip
    assert matches_from_rows(rows) == [
        WorkMatch("32014R0001", W1, "self", "32014R0001"),
        WorkMatch("comnat:X", W1, "self", None),
    ]


def _facts_to_rows(f: WorkFacts, lang3: str = "ENG") -> list[dict[str, Term]]:
    """Rows as build_work_query would return them for these facts (for a store-free test)."""
    w = Term("uri", f.work_uri)
    rows: list[dict[str, Term]] = []

    def add(key: str, val: Term, **extra: Term) -> None:
        rows.append({"work": w, "key": Term("literal", key), "val": val, **extra})

    for k, vals in (
        ("celex", f.celex),
        ("id_document", f.id_documents),
        ("date", f.dates),
        ("eli", f.eli),
        ("in_force", f.in_force),
        ("entry_into_force", f.entry_into_force),
        ("end_of_validity", f.end_of_validity),
        ("procedure", f.procedures),
    ):
        for v in vals:
            add(k, Term("literal", v))
    for day, kind in f.entry_into_force_types:
        add("entry_into_force_type", Term("literal", kind), aux=Term("literal", day))
    for v in f.sameas:
        add("sameas", Term("uri", v))
    for v in f.expression_sameas:
        add("expression_sameas", Term("uri", v))
    for kind in ("authors", "resource_types", "eurovoc", "subject_matter"):
        for uri, label in getattr(f, kind).items():
            extra = {"labelEn": Term("literal", label, None, "en")} if label else {}
            add(kind, Term("uri", uri), **extra)
    for key, targets in f.relations.items():
        for target, ids in targets.items():
            celexes = [i for i in ids if "/celex/" in i]
            if not celexes:
                add(key, Term("uri", target))
            for c in celexes:
                add(key, Term("uri", target), aux=Term("uri", c))
    for code in f.languages:
        add("language", Term("uri", f"{RES}/authority/language/{code}"))
    for code, title in f.titles.items():
        if code in (lang3, "ENG"):
            add(
                "title", Term("literal", title), aux=Term("uri", f"{RES}/authority/language/{code}")
            )
    for oj in f.ojs.values():
        add("oj", Term("uri", oj.uri))
        for key, vals in (
            ("oj_number", oj.numbers),
            ("oj_year", oj.years),
            ("oj_date", oj.dates),
        ):
            for v in vals:
                add(key, Term("literal", v), aux=Term("uri", oj.uri))
        for v in oj.collections:
            add("oj_collection", Term("uri", v), aux=Term("uri", oj.uri))
    return rows  # fmt: skip


@pytest.mark.parametrize(
    ("name", "lang"),
    [
        ("notice-branch-52018PC0340.xml", "en"),
        ("notice-branch-52018PC0340.xml", "de"),
        ("notice-object-32014R0001.xml", "en"),
        ("derived-notice-branch-52021PC0752.xml", "fr"),
    ],
)
def test_rows_give_same_document_as_notice(name: str, lang: str) -> None:
    data = (DATA / name).read_bytes()
    facts = notice_facts(parse_xml(data))
    rows = _facts_to_rows(facts, {"en": "ENG", "de": "DEU", "fr": "FRA"}[lang])
    rows.reverse()  # row order must not matter
    docs = documents_from_rows(rows, lang)
    assert list(docs) == [facts.work_uri]
    assert docs[facts.work_uri] == parse_notice(data, lang)


def test_rows_inverse_relations() -> None:
    other = f"{RES}/cellar/00000000-0000-0000-0000-000000000001"
    rows = [
        {"work": Term("uri", W1), "key": Term("literal", "amended_by"), "val": Term("uri", other),
         "aux": Term("uri", f"{RES}/celex/32019L0001")},
        {"work": Term("uri", W1), "key": Term("literal", "repealed_by"), "val": Term("uri", other)},
        {"work": Term("uri", W1), "key": Term("literal", "no_such_key"), "val": Term("uri", other)},
    ]  # fmt: skip
    rel = documents_from_rows(rows)[W1].relations
    assert rel.amended_by == ["32019L0001"]
    assert rel.repealed_by == [other]
    assert set(RELATION_KEYS) == set(type(rel).model_fields)
