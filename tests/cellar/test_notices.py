"""Notice parsing, field by field, against values read in the real notices (tests/data/cellar)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from eurefs.cellar.notices import (
    notice_facts,
    parse_identifiers_notice,
    parse_notice,
    parse_procedure_tree,
)
from eurefs.cellar.workfacts import WorkFacts, build_document, format_procedure
from eurefs.cellar.xml import parse_xml
from eurefs.errors import ParseError, ResolveError, ResponseError

DATA = Path(__file__).resolve().parents[1] / "data" / "cellar"
RES = "http://publications.europa.eu/resource"


def _read(name: str) -> bytes:
    return (DATA / name).read_bytes()


@pytest.fixture(scope="module")
def proposal() -> bytes:
    return _read("notice-branch-52018PC0340.xml")


@pytest.fixture(scope="module")
def act() -> bytes:
    return _read("notice-object-32014R0001.xml")


# --- 52018PC0340, branch notice -------------------------------------------------------------


def test_branch_identity(proposal: bytes) -> None:
    doc = parse_notice(proposal)
    assert doc.celex == "52018PC0340"
    assert doc.cellar_uri == f"{RES}/cellar/fc5c74e0-6255-11e8-ab9c-01aa75ed71a1"
    assert doc.identifiers == ["comnat:COM_2018_0340_FIN", "immc:COM(2018)340 final"]
    assert doc.eli is None
    assert doc.ecli is None


def test_branch_dates_and_validity(proposal: bytes) -> None:
    doc = parse_notice(proposal)
    assert doc.date == dt.date(2018, 5, 28)
    assert doc.end_of_validity == dt.date(2019, 6, 5)  # comment "{YD...} 32019L0904"
    assert doc.entry_into_force is None
    assert doc.in_force is None  # the notice has no RESOURCE_LEGAL_IN-FORCE
    assert doc.oj is None


def test_branch_procedure_and_relations(proposal: bytes) -> None:
    doc = parse_notice(proposal)
    assert doc.procedure == "2018/0172(COD)"
    assert doc.relations.adopted_act == ["32019L0904"]
    assert doc.relations.based_on == ["12016E192"]
    assert doc.relations.amends == []
    assert doc.relations.proposal == []
    assert doc.relations.consolidated_versions == []


def test_branch_concepts(proposal: bytes) -> None:
    doc = parse_notice(proposal)
    assert [(a.code, a.label) for a in doc.authors] == [
        ("COM", "European Commission"),
        ("ENV", "Directorate-General for Environment"),
    ]
    assert doc.resource_type is not None
    assert doc.resource_type.code == "PROP_DIR"
    assert doc.resource_type.label == "Proposal for a directive"
    assert doc.resource_type.uri == f"{RES}/authority/resource-type/PROP_DIR"
    assert len(doc.eurovoc) == 10
    plastics = next(c for c in doc.eurovoc if c.code == "1837")
    assert plastics.label == "plastics"
    assert plastics.uri == "http://eurovoc.europa.eu/1837"
    # Only the *_CONCEPT of each facet, not its TT/MTH/DOM context.
    assert "100155" not in {c.code for c in doc.eurovoc}
    assert [(c.code, c.label) for c in doc.subject_matter] == [
        ("DECH", "Waste"),
        ("ENV", "Environment"),
    ]


def test_branch_title_english(proposal: bytes) -> None:
    doc = parse_notice(proposal, "en")
    assert doc.title == (
        "Proposal for a DIRECTIVE OF THE EUROPEAN PARLIAMENT AND OF THE COUNCIL on the "
        "reduction of the impact of certain plastic products on the environment"
    )
    assert doc.title_lang == "en"
    assert doc.title_is_fallback is False


def test_branch_title_other_language_from_embedded_expression(proposal: bytes) -> None:
    doc = parse_notice(proposal, "de")
    assert doc.title is not None
    assert doc.title.startswith("Vorschlag für eine RICHTLINIE DES EUROPÄISCHEN PARLAMENTS")
    assert doc.title_lang == "de"
    assert doc.title_is_fallback is False
    assert parse_notice(proposal, "DEU").title == doc.title


def test_branch_languages_and_urls(proposal: bytes) -> None:
    doc = parse_notice(proposal, "fr")
    assert len(doc.languages) == 24
    assert {"en", "fr", "ga", "hr", "mt"} <= set(doc.languages)
    assert (
        doc.urls.eurlex == "https://eur-lex.europa.eu/legal-content/FR/TXT/?uri=CELEX:52018PC0340"
    )
    assert doc.urls.cellar == doc.cellar_uri
    assert doc.urls.pdf["en"] == (
        "https://eur-lex.europa.eu/legal-content/EN/TXT/PDF/?uri=CELEX:52018PC0340"
    )
    assert doc.urls.html["ga"] == (
        "https://eur-lex.europa.eu/legal-content/GA/TXT/HTML/?uri=CELEX:52018PC0340"
    )
    assert set(doc.urls.pdf) == set(doc.languages)


def test_branch_inverse_block_is_read(proposal: bytes) -> None:
    # Remove ADOPTED_BY from WORK: the INVERSE block alone still gives the adopted act.
    root = parse_xml(proposal)
    work = root.find("WORK")
    assert work is not None
    for el in work.findall("RESOURCE_LEGAL_ADOPTED_BY_RESOURCE_LEGAL"):
        work.remove(el)
    assert build_document(notice_facts(root)).relations.adopted_act == ["32019L0904"]


# --- 32014R0001, object notice --------------------------------------------------------------


def test_object_identity(act: bytes) -> None:
    doc = parse_notice(act)
    assert doc.celex == "32014R0001"
    assert doc.cellar_uri == f"{RES}/cellar/b84f49cd-750f-11e3-8e20-01aa75ed71a1"
    assert doc.eli == "http://data.europa.eu/eli/reg_del/2014/1/oj"
    assert doc.identifiers == ["eli:reg_del/2014/1/oj", "oj:JOL_2014_001_R_0001_01"]


def test_object_dates_and_force(act: bytes) -> None:
    doc = parse_notice(act)
    assert doc.date == dt.date(2013, 8, 28)
    assert doc.in_force is True
    # Two RESOURCE_LEGAL_DATE_ENTRY-INTO-FORCE values: 2014-01-05, TYPE_OF_DATE EV with
    # COMMENT_ON_DATE "DATPUB +1" (published 2014-01-04: the entry into force), and
    # 2014-01-01, TYPE_OF_DATE MA (its Article 2: the date of application), which was
    # given as the entry into force.
    assert doc.entry_into_force == dt.date(2014, 1, 5)
    assert doc.end_of_validity is None  # 9999-12-31


@pytest.mark.parametrize(
    ("eli", "sameas", "expected"),
    [
        # 32019L0904 as the recorded notices link to it: the alias, not the property
        ([], [f"{RES}/eli/dir/2019/904/oj"], "http://data.europa.eu/eli/dir/2019/904/oj"),
        # a consolidated version (02012R0978-20140228, linked from 32014R0001's notice)
        ([], [f"{RES}/eli/reg/2012/978/2014-02-28", f"{RES}/celex/02012R0978-20140228"],
         "http://data.europa.eu/eli/reg/2012/978/2014-02-28"),
        # the property wins over the alias
        (["http://data.europa.eu/eli/reg_del/2014/1/oj"], [f"{RES}/eli/reg/2014/1/oj"],
         "http://data.europa.eu/eli/reg_del/2014/1/oj"),
        # two aliases and no property: which is the work's own is not known
        ([], [f"{RES}/eli/reg/2014/1/oj", f"{RES}/eli/reg_del/2014/1/oj"], None),
        ([], [f"{RES}/oj/JOL_2019_155_R_0001"], None),
    ],
)  # fmt: skip
def test_eli_from_the_property_else_the_one_eli_alias(
    eli: list[str], sameas: list[str], expected: str | None
) -> None:
    facts = WorkFacts(work_uri=f"{RES}/cellar/x", eli=eli, sameas=sameas)
    assert build_document(facts).eli == expected


EV = "{EV|http://publications.europa.eu/resource/authority/fd_335/EV}"
MA = "{MA|http://publications.europa.eu/resource/authority/fd_335/MA}"


@pytest.mark.parametrize(
    ("dates", "types", "expected"),
    [
        (["2014-01-05", "2014-01-01"], [("2014-01-05", EV), ("2014-01-01", MA)], "2014-01-05"),
        (["2014-01-01", "2014-01-05"], [("2014-01-05", "EV")], "2014-01-05"),  # bare code
        (["2016-05-24"], [], "2016-05-24"),  # one date, no type: it
        (["2016-05-24"], [("2016-05-24", EV)], "2016-05-24"),
        # several dates and no type says which: no guess
        (["2014-01-05", "2014-01-01"], [], None),
        # a lone date typed as something else is not the entry into force
        (["2018-05-25"], [("2018-05-25", MA)], None),
        (["2014-01-05", "2014-01-01"], [("2014-01-01", MA)], None),
    ],
)
def test_entry_into_force_is_the_date_typed_ev(
    dates: list[str], types: list[tuple[str, str]], expected: str | None
) -> None:
    facts = WorkFacts(work_uri=f"{RES}/cellar/x", entry_into_force=dates)
    facts.entry_into_force_types = types
    doc = build_document(facts)
    assert doc.entry_into_force == (dt.date.fromisoformat(expected) if expected else None)


def test_object_oj(act: bytes) -> None:
    oj = parse_notice(act).oj
    assert oj is not None
    assert oj.series == "L"  # document-collection/OJ-L
    assert oj.issue == "1"  # OFFICIAL-JOURNAL_NUMBER 001
    assert oj.year == 2014
    assert oj.date == dt.date(2014, 1, 4)
    assert oj.page == 1  # uriserv OJ.L_.2014.001.01.0001.01.*
    assert oj.uri == "oj:JOL_2014_001_R_0001_01"


def test_object_relations(act: bytes) -> None:
    rel = parse_notice(act).relations
    assert rel.amends == ["32012R0978"]
    assert rel.based_on == ["12012E207", "32012R0978"]
    # the five consolidated texts linked are Regulation (EU) No 978/2012's, which 1/2014
    # amends (tests/cellar/test_workfacts.py): none is 1/2014's own
    assert rel.consolidated_versions == []
    assert rel.adopted_act == rel.amended_by == rel.repealed_by == []


def test_object_concepts(act: bytes) -> None:
    doc = parse_notice(act)
    assert [a.code for a in doc.authors] == ["COM"]
    assert doc.resource_type is not None
    assert (doc.resource_type.code, doc.resource_type.label) == ("REG_DEL", "Delegated regulation")
    assert len(doc.eurovoc) == 15
    assert any(c.code == "4385" and c.label == "tariff preference" for c in doc.eurovoc)
    assert [(c.code, c.label) for c in doc.subject_matter] == [("RPRE", "Preferential systems")]


def test_object_has_no_title_and_languages_from_expression_ids(act: bytes) -> None:
    doc = parse_notice(act, "en")
    assert doc.title is None  # an object notice carries no expression titles
    assert doc.title_is_fallback is False
    assert len(doc.languages) == 23  # 23 WORK_HAS_EXPRESSION links, ids like 32014R0001.EST
    assert "ga" not in doc.languages
    assert "et" in doc.languages


# --- derived fixtures -----------------------------------------------------------------------


def test_derived_join_notice() -> None:
    doc = parse_notice(_read("derived-notice-branch-52021JC0032.xml"))
    assert doc.celex == "52021JC0032"
    assert doc.title == (
        "Responding to state-sponsored instrumentalisation of migrants at the EU external border"
    )
    assert doc.date == dt.date(2021, 11, 23)
    assert "comnat:JOIN_2021_0032_FIN" in doc.identifiers
    assert doc.procedure is None
    assert doc.relations.adopted_act == []


def test_derived_com_notice() -> None:
    doc = parse_notice(_read("derived-notice-branch-52021PC0752.xml"), "fr")
    assert doc.celex == "52021PC0752"
    assert doc.title == (
        "Proposal for a COUNCIL DECISION on provisional emergency measures for the benefit of "
        "Latvia, Lithuania and Poland"
    )
    assert doc.title_lang == "en"
    assert doc.title_is_fallback is True  # only the English expression is in the file
    assert doc.date == dt.date(2021, 12, 1)
    assert doc.procedure == "2021/0401(NLE)"
    assert "comnat:COM_2021_0752_FIN" in doc.identifiers
    assert doc.end_of_validity is None


# --- tree and identifiers -------------------------------------------------------------------


def test_procedure_tree() -> None:
    dossier = parse_procedure_tree(_read("notice-tree-procedure-2018_172.xml"))
    assert dossier.procedure == "2018/0172(COD)"
    assert dossier.dossier_uri == f"{RES}/cellar/f03de40f-6255-11e8-ab9c-01aa75ed71a1"
    assert dossier.identifiers == ["procedure:2018_172"]
    assert dossier.proposals == ["52018PC0340"]
    assert dossier.adopted_acts == ["32019L0904"]
    assert dossier.adopted_proposal is True
    assert {"52018PC0340", "32019L0904", "52018SC0254", "52018AR3652"} <= set(dossier.works)


def test_procedure_tree_rejects_work_notice(act: bytes) -> None:
    with pytest.raises(ResponseError):
        parse_procedure_tree(act)


def test_a_dossiers_notice_is_no_documents_notice() -> None:
    # the real tree notice of procedure 2018/0172(COD) holds a DOSSIER and no WORK: read
    # as a work's notice it was 'Cellar notice has no WORK/URI', a ResponseError (as if
    # Cellar had answered nonsense) where the user gave a dossier's id
    with pytest.raises(ResolveError) as raised:
        parse_notice(_read("notice-tree-procedure-2018_172.xml"))
    assert type(raised.value) is ResolveError
    assert str(raised.value).startswith("a procedure's dossier, not a document")


def test_identifiers_from_notice_head(proposal: bytes, act: bytes) -> None:
    assert parse_identifiers_notice(proposal) == [
        "celex:52018PC0340",
        "comnat:COM_2018_0340_FIN",
        "immc:COM(2018)340 final",
    ]
    assert parse_identifiers_notice(act) == [
        "celex:32014R0001",
        "eli:reg_del/2014/1/oj",
        "oj:JOL_2014_001_R_0001_01",
    ]


def test_identifiers_notice_minimal_shape() -> None:
    body = (
        b'<NOTICE type="identifier"><URI><VALUE>' + RES.encode() + b"/cellar/"
        b"fc5c74e0-6255-11e8-ab9c-01aa75ed71a1</VALUE></URI><SAMEAS><URI><VALUE>"
        + RES.encode()
        + b"/comnat/COM_2018_0340_FIN</VALUE></URI></SAMEAS></NOTICE>"
    )
    assert parse_identifiers_notice(body) == ["comnat:COM_2018_0340_FIN"]
    with pytest.raises(ResponseError):
        parse_identifiers_notice(b'<NOTICE type="identifier"/>')


# --- errors and helpers ---------------------------------------------------------------------


def test_not_a_notice() -> None:
    with pytest.raises(ResponseError):
        parse_notice(b"<html><body>Multiple Choices</body></html>")
    with pytest.raises(ResponseError):
        parse_notice(b'<NOTICE type="object"><WORK/></NOTICE>')


def test_unknown_language_is_parse_error(act: bytes) -> None:
    with pytest.raises(ParseError):
        parse_notice(act, "xx")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("2018/0172/COD", "2018/0172(COD)"), ("2021/0401/NLE", "2021/0401(NLE)"), ("junk", None)],
)
def test_format_procedure(raw: str, expected: str | None) -> None:
    assert format_procedure(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"), [("true", True), ("1", True), ("false", False), ("0", False)]
)
def test_in_force_forms(raw: str, expected: bool) -> None:
    facts = WorkFacts(work_uri=f"{RES}/cellar/x", in_force=[raw])
    assert build_document(facts).in_force is expected
    assert build_document(WorkFacts(work_uri="u", in_force=["maybe"])).in_force is None
