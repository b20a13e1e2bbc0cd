"""Unit tests for the notice -> CDM N-Triples converter, on the real Cellar notices."""

from __future__ import annotations

from functools import cache

import pytest

from tests.support.cdm_triples import (
    CDM,
    IRI,
    OWL_SAME_AS,
    RDF_TYPE,
    SKOS_PREF_LABEL,
    XSD_BOOLEAN,
    XSD_DATE,
    XSD_STRING,
    Literal,
    Triple,
    notice_to_ntriples,
    notice_to_triples,
    notices_to_ntriples,
)
from tests.support.notice_server import identifiers_notice
from tests.support.servers import CELLAR_DATA_DIR

R = "http://publications.europa.eu/resource/"
W_52018PC0340 = IRI(R + "cellar/fc5c74e0-6255-11e8-ab9c-01aa75ed71a1")
W_32019L0904 = IRI(R + "cellar/ab83570c-8cc8-11e9-9369-01aa75ed71a1")
W_32014R0001 = IRI(R + "cellar/b84f49cd-750f-11e3-8e20-01aa75ed71a1")
DOSSIER_2018_172 = IRI(R + "cellar/f03de40f-6255-11e8-ab9c-01aa75ed71a1")

BRANCH = "notice-branch-52018PC0340.xml"
OBJECT = "notice-object-32014R0001.xml"
TREE = "notice-tree-procedure-2018_172.xml"


@cache
def triples(name: str) -> frozenset[Triple]:
    return frozenset(notice_to_triples((CELLAR_DATA_DIR / name).read_bytes()))


def p(local: str) -> IRI:
    return IRI(CDM + local)


def objects(name: str, s: IRI, prop: IRI) -> set[IRI | Literal]:
    return {o for (ss, pp, o) in triples(name) if ss == s and pp == prop}


def test_branch_work_core_fields() -> None:
    t = triples(BRANCH)
    assert (W_52018PC0340, p("work_date_document"), Literal("2018-05-28", XSD_DATE)) in t
    assert (W_52018PC0340, p("resource_legal_id_celex"), Literal("52018PC0340", XSD_STRING)) in t
    assert (
        W_52018PC0340,
        p("work_has_resource-type"),
        IRI(R + "authority/resource-type/PROP_DIR"),
    ) in t
    assert objects(BRANCH, W_52018PC0340, p("work_created_by_agent")) == {
        IRI(R + "authority/corporate-body/COM"),
        IRI(R + "authority/corporate-body/ENV"),
    }
    assert (W_52018PC0340, IRI(RDF_TYPE), p("act_preparatory")) in t


def test_branch_work_identifiers() -> None:
    assert objects(BRANCH, W_52018PC0340, IRI(OWL_SAME_AS)) == {
        IRI(R + "comnat/COM_2018_0340_FIN"),
        IRI(R + "celex/52018PC0340"),
        IRI(R + "immc/COM%282018%29340%20final"),
    }
    assert objects(BRANCH, W_52018PC0340, p("work_id_document")) == {
        Literal("comnat:COM_2018_0340_FIN", XSD_STRING),
        Literal("celex:52018PC0340", XSD_STRING),
        Literal("immc:COM(2018)340 final", XSD_STRING),
    }


def test_decoded_aliases_are_not_emitted() -> None:
    props = {pp.value for (_, pp, _) in triples(BRANCH) | triples(OBJECT) | triples(TREE)}
    for alias in ("id_celex", "date_document", "created_by", "title", "identifier", "year"):
        assert CDM + alias not in props
    assert CDM + "creationdate" not in props and CDM + "lastmodificationdate" not in props


def test_branch_english_expression() -> None:
    expr = IRI(W_52018PC0340.value + ".0002")
    t = triples(BRANCH)
    assert (expr, p("expression_belongs_to_work"), W_52018PC0340) in t
    assert (expr, p("expression_uses_language"), IRI(R + "authority/language/ENG")) in t
    (title,) = objects(BRANCH, expr, p("expression_title"))
    assert isinstance(title, Literal) and title.datatype == XSD_STRING
    assert title.value.startswith("Proposal for a DIRECTIVE OF THE EUROPEAN PARLIAMENT")
    english = Literal("English", None, "en")
    assert (IRI(R + "authority/language/ENG"), IRI(SKOS_PREF_LABEL), english) in t


def test_linked_work_gets_identity_and_celex() -> None:
    t = triples(BRANCH)
    # stored forward, as in Cellar's SPARQL store: the act adopts the proposal
    assert (W_32019L0904, p("resource_legal_adopts_resource_legal"), W_52018PC0340) in t
    assert not any(tr[1] == p("resource_legal_adopted_by_resource_legal") for tr in t)
    assert (W_32019L0904, p("resource_legal_id_celex"), Literal("32019L0904", XSD_STRING)) in t
    assert objects(BRANCH, W_32019L0904, IRI(OWL_SAME_AS)) == {
        IRI(R + "celex/32019L0904"),
        IRI(R + "eli/dir/2019/904/oj"),
        IRI(R + "oj/JOL_2019_155_R_0001"),
    }


def test_inverse_block_symmetric_relation_has_other_work_as_subject() -> None:
    swd = IRI(R + "cellar/240d5355-6257-11e8-ab9c-01aa75ed71a1")  # SWD(2018) 257
    t = triples(BRANCH)
    assert (swd, p("work_related_to_work"), W_52018PC0340) in t
    assert (swd, p("resource_legal_id_celex"), Literal("52018SC0257", XSD_STRING)) in t


def test_object_notice_32014r0001() -> None:
    t = triples(OBJECT)
    assert (W_32014R0001, p("resource_legal_id_celex"), Literal("32014R0001", XSD_STRING)) in t
    assert (W_32014R0001, p("resource_legal_in-force"), Literal("true", XSD_BOOLEAN)) in t
    assert (
        W_32014R0001,
        p("resource_legal_eli"),
        Literal("http://data.europa.eu/eli/reg_del/2014/1/oj", XSD_STRING),
    ) in t
    assert (W_32014R0001, IRI(OWL_SAME_AS), IRI(R + "eli/reg_del/2014/1/oj")) in t
    assert objects(OBJECT, W_32014R0001, p("resource_legal_date_entry-into-force")) == {
        Literal("2014-01-05", XSD_DATE),
        Literal("2014-01-01", XSD_DATE),
    }
    cons = IRI(R + "cellar/1757f2ec-06ff-4453-871a-02e19eb1c59b")
    assert (cons, p("act_consolidated_consolidates_resource_legal"), W_32014R0001) in t
    assert not any(tr[1] == p("resource_legal_consolidated_by_act_consolidated") for tr in t)
    assert (cons, p("resource_legal_id_celex"), Literal("02012R0978-20141001", XSD_STRING)) in t


def test_eurovoc_facet_keeps_only_the_concept() -> None:
    eurovoc = objects(OBJECT, W_32014R0001, p("work_is_about_concept_eurovoc"))
    assert IRI("http://eurovoc.europa.eu/4385") in eurovoc
    assert (
        IRI("http://eurovoc.europa.eu/4385"),
        IRI(SKOS_PREF_LABEL),
        Literal("tariff preference", None, "en"),
    ) in triples(OBJECT)
    # Domain / micro-thesaurus decodings (e.g. 100155 "52 ENVIRONMENT") are not subjects.
    assert IRI("http://eurovoc.europa.eu/100155") not in objects(
        BRANCH, W_52018PC0340, p("work_is_about_concept_eurovoc")
    )


def test_tree_notice_dossier() -> None:
    t = triples(TREE)
    assert (
        DOSSIER_2018_172,
        p("procedure_code_interinstitutional_reference_procedure"),
        Literal("2018/0172/COD", XSD_STRING),
    ) in t
    assert (DOSSIER_2018_172, IRI(OWL_SAME_AS), IRI(R + "procedure/2018_172")) in t
    assert (DOSSIER_2018_172, p("dossier_produces_resource_legal"), W_32019L0904) in t
    assert (DOSSIER_2018_172, p("dossier_initiated_by_act_preparatory"), W_52018PC0340) in t
    assert (DOSSIER_2018_172, p("dossier_adopted-proposal"), Literal("true", XSD_BOOLEAN)) in t
    # The proposal is described by an embedded notice inside an event link.
    assert (W_52018PC0340, p("resource_legal_id_celex"), Literal("52018PC0340", XSD_STRING)) in t


def test_ntriples_serialisation_is_sorted_unique_and_escaped() -> None:
    nt = notice_to_ntriples((CELLAR_DATA_DIR / BRANCH).read_bytes())
    lines = nt.splitlines()
    assert lines == sorted(set(lines))
    expected = (
        f"<{W_52018PC0340.value}> <{CDM}work_date_document> "
        f'"2018-05-28"^^<http://www.w3.org/2001/XMLSchema#date> .'
    )
    assert expected in lines
    assert all(line.endswith(" .") and "\n" not in line for line in lines)
    merged = notices_to_ntriples(
        (CELLAR_DATA_DIR / n).read_bytes() for n in (BRANCH, OBJECT, TREE)
    ).splitlines()
    assert set(lines) <= set(merged)


def test_rejects_non_notice() -> None:
    with pytest.raises(ValueError, match="not a Cellar notice"):
        notice_to_triples(b"<html/>")


def test_literal_escaping() -> None:
    xml = (
        b'<NOTICE type="object"><WORK><URI><VALUE>http://publications.europa.eu/resource/'
        b'cellar/x</VALUE></URI><WORK_TITLE_ALTERNATIVE type="data"><VALUE>a "b"\n\\c'
        b"</VALUE></WORK_TITLE_ALTERNATIVE></WORK></NOTICE>"
    )
    assert notice_to_ntriples(xml) == (
        f"<{R}cellar/x> <{CDM}work_title_alternative> "
        '"a \\"b\\"\\n\\\\c"^^<http://www.w3.org/2001/XMLSchema#string> .\n'
    )


def test_identifiers_notice_yields_identity_triples() -> None:
    ident = identifiers_notice((CELLAR_DATA_DIR / BRANCH).read_bytes())
    t = notice_to_triples(ident)
    assert (W_52018PC0340, IRI(OWL_SAME_AS), IRI(R + "comnat/COM_2018_0340_FIN")) in t
    assert (W_52018PC0340, p("resource_legal_id_celex"), Literal("52018PC0340", XSD_STRING)) in t
    assert {s for (s, _, _) in t} == {W_52018PC0340}
