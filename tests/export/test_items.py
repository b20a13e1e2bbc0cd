"""The neutral citation record: item types for law, numbers, authorities."""

from __future__ import annotations

import datetime as dt

import pytest
import rispy

from eurefs.export import citation_item, citation_items, document_title, item_kind, to_csl, to_ris
from eurefs.models.document import Concept, Document
from tests.export.conftest import GDPR, GOOGLE_SPAIN, notice_documents


def test_item_kinds_follow_the_kind_of_work() -> None:
    reg, proposal, join = notice_documents()
    assert item_kind(reg) == "legislation"
    assert item_kind(proposal) == "bill"
    assert item_kind(join) == "report"
    assert item_kind(GOOGLE_SPAIN) == "legal_case"
    assert item_kind(Document(resource_type=Concept(code="PROP_REG"))) == "bill"
    assert item_kind(Document(celex="C2020/123/01")) == "document"


def test_numbers_as_people_write_them() -> None:
    reg, proposal, join = notice_documents()
    assert citation_item(reg).number == "1/2014"
    assert citation_item(proposal).number == "COM(2018) 340 final"
    assert citation_item(join).number == "JOIN(2021) 32 final"
    assert citation_item(GOOGLE_SPAIN).number == "C-131/12"


@pytest.mark.parametrize(
    ("celex", "authors", "number"),
    [
        # "COMMISSION DELEGATED REGULATION (EU) No 1/2014 of 28 August 2013 establishing
        # Annex III to Regulation (EU) No 978/2012" (OJ L 1, 4.1.2014, p. 1): was 2014/1
        ("32014R0001", ["COM"], "1/2014"),
        ("32012R0978", ["EP", "CONSIL"], "978/2012"),
        ("02012R0978-20140228", [], "978/2012"),  # a consolidated text: its act's number
        # "established by Council Regulation (EC) No 40/94" (UKSC 2024/36 SkyKick): was 1994/40
        ("31994R0040", ["CONSIL"], "40/94"),
        # "Council Directive 91/271/EEC of 21 May 1991 concerning urban waste water
        # treatment" (Regulation (EC) No 1137/2008, Formex): was 1991/271
        ("31991L0271", ["CONSIL"], "91/271"),
        ("32016R0679", ["EP", "CONSIL"], "2016/679"),
        # "Decision No 1386/2013/EU of the European Parliament and of the Council"
        # (legislation.gov.uk eudn/2013/1386; OEIL: procedure 2012/0337(COD)): was 2013/1386
        ("32013D1386", ["EP", "CONSIL", "procedure 2012/0337(COD)"], "1386/2013"),
        # "Council Decision 2013/798/CFSP" (the real RDF tree of procedure 2015/64)
        ("32013D0798", ["CONSIL"], "2013/798"),
        # a decision of 1993-2014 whose authors are unknown may be either: no number
        ("32013D1386", [], None),
        # "2014/95/EU: Decision of the European Parliament and of the Council of 20 November
        # 2013 on the mobilisation of the EU Solidarity Fund" (OJ L 48, 19.2.2014, p. 9):
        # theirs, but year first; with no COD procedure known, no number
        ("32014D0095", ["EP", "CONSIL"], None),
        # a CELEX number that is no act number of that shape
        ("32016Q0512(01)", [], None),
        ("52018AE3041", [], None),
        # "COMMISSION DECISION of 28/02/2000 declaring a concentration to be compatible with
        # the common market (Case No IV/M.0032 ...)... Subject : Case No COMP/JV.32" (EUR-Lex
        # 32000J0032; J, non-opposition to a notified joint venture): a merger case, was 2000/32
        ("32000J0032", ["COM"], None),
        # "Guideline (EU) 2015/856 of the European Central Bank ... (ECB/2015/12)": EUR-Lex
        # files it under the Bank's number, 32015O0012 (grammar/ecb_numbers), not 2015/12
        ("32015O0012", ["ECB"], None),
    ],
)
def test_act_numbers_as_the_act_writes_them(
    celex: str, authors: list[str], number: str | None
) -> None:
    """``authors``: corporate-body codes, and the work's procedure as ``procedure …``."""
    codes = [a for a in authors if not a.startswith("procedure ")]
    procedure = next((a.split()[1] for a in authors if a.startswith("procedure ")), None)
    doc = Document(celex=celex, authors=[Concept(code=a) for a in codes], procedure=procedure)
    assert citation_item(doc).number == number


def test_authority_names_and_oj_citation() -> None:
    item = citation_item(GDPR)
    # a code without a label is named from the table; no DG appears as an authority
    assert item.authority == ("European Parliament", "Council of the European Union")
    assert item.oj_citation == "OJ L 119, 4.5.2016, p. 1"
    assert citation_item(notice_documents()[1]).authority == ("European Commission",)
    assert citation_item(GOOGLE_SPAIN).authority == ("Court of Justice",)


def test_missing_title_is_built_not_left_empty() -> None:
    reg = notice_documents()[0]
    assert reg.title is None
    assert citation_item(reg).title == "Delegated regulation 1/2014"


def test_a_title_is_never_built_from_an_oj_citation_or_a_procedure_number() -> None:
    """Resolved from its OJ citation, Directive 2008/98/EC (known to the loopback store
    only by its aliases, as the real branch notice of 52018PC0340 cites it) had the title
    'OJ L 312, 22.11.2008, p. 3-30' in every export."""
    from eurefs import parse

    for written, celex, title in (
        ("OJ L 312, 22.11.2008, p. 3–30", "32008L0098", "Directive 2008/98"),
        ("2018/0172(COD)", "32019L0904", "Directive 2019/904"),
    ):
        doc = Document(celex=celex, reference=parse(written))
        assert citation_item(doc).title == title
    legal_act = Document(celex="32008L0098", reference=parse("Directive 2008/98/EC"))
    assert citation_item(legal_act).title == "Directive 2008/98/EC"


@pytest.mark.parametrize(
    ("lang", "title"),
    [
        ("en", "Directive 2008/98"),
        ("fr", "Directive 2008/98"),
        ("de", "Richtlinie 2008/98"),
        ("pl", "Dyrektywa 2008/98"),
        ("hu", "2008/98 irányelv"),  # Hungarian writes the number first
    ],
)
def test_a_built_title_is_in_the_language_asked(lang: str, title: str) -> None:
    """'eurefs resolve --lang de --format ris' wrote 'Directive 2008/98' for a work Cellar
    gave no title (the loopback store's 32019L0904, known by its CELEX only): the one
    English title in a German bibliography.  The type word is now the language record's,
    as eurefs writes the act's normal form in that language."""
    from eurefs import parse

    doc = Document(celex="32008L0098", reference=parse("OJ L 312, 22.11.2008, p. 3–30"))
    assert citation_item(doc, lang).title == title
    assert citation_items([doc], lang)[0].title == title
    regulation = Document(celex="32016R0679")
    assert citation_item(regulation, "fr").title == "Règlement 2016/679"


def test_one_item_per_work() -> None:
    items = citation_items([GDPR, GOOGLE_SPAIN, GDPR])
    assert [i.key for i in items] == ["32016R0679", "62012CJ0131"]


def test_a_case_title_s_parts_are_sentences_not_joined_by_hashes() -> None:
    """Cellar joins the parts of a judgment's or an opinion's title with '#' (an opinion
    with no parties ends in '###'): every export wrote '13 May 2014.#Google Spain SL'.
    The parts are now sentences; an act's title keeps a '#' it has."""
    assert citation_item(GOOGLE_SPAIN).title == (
        "Judgment of the Court (Grand Chamber), 13 May 2014. Google Spain SL and Google Inc. "
        "v Agencia Española de Protección de Datos (AEPD) and Mario Costeja González. "
        "Request for a preliminary ruling from the Audiencia Nacional. Personal data — "
        "Protection of individuals with regard to the processing of such data — Directive "
        "95/46/EC. Case C-131/12."
    )
    opinion = Document(
        celex="62012CC0131",
        ecli="ECLI:EU:C:2013:424",
        title="Opinion of Advocate General Jääskinen delivered on 25 June 2013.###",
    )
    assert document_title(opinion) == (
        "Opinion of Advocate General Jääskinen delivered on 25 June 2013."
    )
    unpunctuated = Document(celex="62012CO0131", title="Order of the Court#X v Y#Case C-131/12")
    assert document_title(unpunctuated) == "Order of the Court. X v Y. Case C-131/12"
    assert citation_item(Document(celex="62012CC0131", title=" ## ")).title == "C-131/12"
    act = Document(celex="32016R0679", title="Regulation on the #1 \n thing")
    assert document_title(act) == "Regulation on the #1 thing"


def test_an_oj_publication_named_only_by_its_alias_is_kept() -> None:
    """The real tree notice of procedure 2018/0172(COD) names the directive it adopted by
    its OJ alias (oj/JOL_2019_155_R_0001) but gives no facts of its publication: resolved
    from the procedure, Directive 2019/904 was exported with no Official Journal at all."""
    directive = Document(
        celex="32019L0904",
        eli="http://data.europa.eu/eli/dir/2019/904/oj",
        identifiers=["eli:dir/2019/904/oj", "oj:JOL_2019_155_R_0001"],
        date=dt.date(2019, 6, 5),
        resource_type=Concept(code="DIR", label="Directive"),
    )
    item = citation_item(directive)
    assert (item.oj_series, item.oj_issue, item.oj_page, item.oj_date) == ("L", "155", 1, None)
    assert item.oj_citation == "OJ L 155, p. 1"
    (ris,) = rispy.loads(to_ris([directive]))
    assert (ris["secondary_title"], ris["volume"], ris["start_page"]) == ("OJ L", "155", "1")
    (csl,) = to_csl([directive])
    assert (csl["container-title"], csl["volume"], csl["page"]) == ("OJ L", "155", "1")
    by_act = directive.model_copy(update={"celex": "32024R1689", "identifiers": ["oj:L_202401689"]})
    assert citation_item(by_act).oj_citation == "OJ L, 2024/1689"
    # aliases of two pages name no one publication; Cellar's own facts come first
    two = directive.model_copy(
        update={"identifiers": ["oj:JOL_2019_155_R_0001", "oj:JOL_2019_156_R_0001"]}
    )
    assert citation_item(two).oj_series is None
    assert citation_item(GDPR).oj_citation == "OJ L 119, 4.5.2016, p. 1"


def test_a_document_without_a_eurlex_page_gets_one_in_the_language_asked() -> None:
    doc = Document(celex="31995L0046", title="Directive 95/46/CE")
    assert citation_item(doc, "fr").url == (
        "https://eur-lex.europa.eu/legal-content/FR/TXT/?uri=CELEX:31995L0046"
    )
