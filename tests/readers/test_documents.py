"""Real documents (tests/data/documents, see PROVENANCE.md there): what must be found, and where.

Each case names references that the document contains, as normalised forms, with
the page on which they start for PDFs (checked with ``pdftotext -f N -l N``).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import eurefs

DOCS = Path(__file__).resolve().parents[1] / "data" / "documents"

# file -> (format, [(normalized, page or None), ...]); a table, laid out by hand
# fmt: off
EXPECTED: dict[str, tuple[str, list[tuple[str, int | None]]]] = {
    "pdf/en-council-st-5419-16-gdpr-council-position-first-reading.pdf": ("pdf", [
        ("2012/0011(COD)", 1),
        ("Directive 95/46/EC", 1),
        ("OJ C 229, 31.7.2012, p. 90", 2),  # footnote 1, its call glued to "Committee1"
        ("OJ L 281, 23.11.1995, p. 31", 3),
        ("Recommendation 2003/361/EC", 9),
        ("Directive 93/13/EEC", 25),  # "Council Directive 93/13/EEC1": the call split off
        ("Regulation (EU) No 182/2011", 257),
    ]),
    "pdf/en-ep-p9-ta-2024-0138-ai-act-texts-adopted-first-pages.pdf": ("pdf", [
        ("COM(2021) 206 final", 1),
        ("2021/0106(COD)", 1),
        ("Article 294(3) TFEU", 1),
        ("Articles 294(2) and 16 and 114 TFEU", 1),  # 'Article 294(2) and Articles 16 and 114'
        ("OJ C 517, 22.12.2021, p. 56", 1),
        ("Regulation (EU) 2018/1139", 3),
    ]),
    # a wide gap under "Commission Recommendation 2003/361/" and above "EC (1)." read
    # as a paragraph break: the act was not found
    "pdf/en-oj-l119-2016-regulation-2016-679-gdpr-page-3.pdf": ("pdf", [
        ("Recommendation 2003/361/EC", 1),
        ("Regulation (EC) No 45/2001", 1),
        ("OJ L 124, 20.5.2003, p. 36", 1),
    ]),
    "pdf/en-council-st-5847-06-limite-handling-note.pdf": ("pdf", [
        ("Regulation (EC) 1049/2001", 2),
    ]),
    # pages as Word last laid the document out (its lastRenderedPageBreak marks)
    "docx/en-uksc-2024-36-skykick-v-sky-judgment.docx": ("docx", [
        ("C-307/10", 14),
        ("Regulation (EC) No 40/94", 15),
        ("Directive 89/104/EEC", 18),
        ("ECLI:EU:C:2009:378", 21),
        ("C-371/18", 31),
    ]),
    "docx/en-uk-transposition-note-si-2015-1348-honey-directive.docx": ("docx", [
        ("Directive 2001/110/EC", None),
        ("Directive 2014/63/EU", None),
        ("Regulation (EU) No 1169/2011", None),
    ]),
    "html/en-eurlex-cjeu-c-178-16-ecli-eu-c-2017-1000-judgment-body.xml": ("html", [
        ("C-178/16", None),
        ("Article 267 TFEU", None),
        ("ECLI:EU:C:2014:2063", None),
    ]),
    "html/de-eurlex-com-2021-206-ai-act-proposal.html": ("html", [
        ("COM(2021) 206 final", None),
        ("SWD(2021) 84 final", None),
        ("Verordnung (EU) 2016/679", None),
    ]),
    "html/en-eurlex-regulation-2024-903-interoperable-europe-act.html": ("html", [
        ("Regulation (EU) 2024/903", None),
        ("Article 172 TFEU", None),
        ("Directive (EU) 2019/1024", None),
    ]),
    "html/en-eurlex-oj-l176-2013-regulation-575-2013-crr-excerpt.html": ("html", [
        ("Regulation (EU) No 575/2013", None),
        ("OJ C 105, 11.4.2012, p. 1", None),
    ]),
    "html/en-eurlex-consolidated-directive-2009-65-ucits-excerpt.html": ("html", [
        ("Directive 2009/65/EC", None),
        ("Directive 85/611/EEC", None),
    ]),
    "html/en-eurlex-com-2025-43-proposal.html": ("html", [
        ("COM(2025) 43 final", None),
        ("2025/0024(NLE)", None),
        ("Article 218(9) TFEU", None),
    ]),
    "formex/en-fmx4-regulation-2024-903-interoperable-europe-act.fmx.xml": ("formex", [
        ("Regulation (EU) 2024/903", None),
        ("Regulation (EU) 2016/679", None),
        ("OJ C 184, 25.5.2023, p. 28", None),  # the text of footnote 1
    ]),
    "formex/en-fmx4-oj-l311-2008-annex-regulation-1137-2008-comitology.xml": ("formex", [
        ("Directive 1999/4/EC", None),
        ("Decision 1999/468/EC", None),
    ]),
    "formex/de-fmx4-regulation-575-2013-crr-excerpt.xml": ("formex", [
        ("Verordnung (EU) Nr. 575/2013", None),
        ("Artikel 114 AEUV", None),
    ]),
    "formex/de-fmx4-directive-2014-65-mifid-ii-excerpt.xml": ("formex", [
        ("Verordnung (EU) Nr. 600/2014", None),
        ("Richtlinie 2011/61/EU", None),
        ("Richtlinie (EU) 2016/97", None),  # in the list of amending acts (MOD.ACT)
    ]),
}
# fmt: on


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_document_gives_the_references_it_holds(name: str) -> None:
    fmt, expected = EXPECTED[name]
    doc = eurefs.read_document(DOCS / name)
    assert doc.format == fmt
    refs = eurefs.extract(doc)
    found = {(r.normalized, r.doc_page) for r in refs}
    missing = [item for item in expected if item not in found]
    assert not missing, f"not found: {missing}"
    assert all(doc.text[r.start : r.end] == r.text for r in refs)
    if any(page for _, page in expected):
        assert all(r.doc_page is not None for r in refs)
        assert doc.page_count == len(doc.text.split("\f"))


def test_every_document_in_the_test_data_is_covered() -> None:
    files = {str(p.relative_to(DOCS)) for p in DOCS.glob("*/*")}
    negative = {
        # Near-negative controls: prose about EU law that cites no numbered act.
        "pdf/en-eib-jaspers-evaluation-excerpt-icdar2013-eu-008.pdf",
        "pdf/en-ie-presidency-jha-informal-2013-data-protection-discussion-paper.pdf",
    }
    assert files == set(EXPECTED) | negative
    for name in negative:
        doc = eurefs.read_document(DOCS / name)
        assert "Regulation" in doc.text and eurefs.extract(doc, short_forms=False) == []
    # the Irish presidency's paper names an act only by its popular name: 'when the Data
    # Protection Directive was adopted in 1995' (95/46/EC)
    doc = eurefs.read_document(
        DOCS / "pdf/en-ie-presidency-jha-informal-2013-data-protection-discussion-paper.pdf"
    )
    assert [(r.text, r.celex) for r in eurefs.extract(doc)] == [
        ("Data Protection Directive", "31995L0046")
    ]


def test_a_line_ending_after_the_slash_of_a_number_ends_no_paragraph() -> None:
    # OJ L 119, 4.5.2016, p. 3 (recital 13 of the GDPR): PDFium puts the line
    # "... Commission Recommendation 2003/361/" two line spacings above "EC (1). (14) ..."
    doc = eurefs.read_document(DOCS / "pdf/en-oj-l119-2016-regulation-2016-679-gdpr-page-3.pdf")
    assert "Commission Recommendation 2003/361/EC (1). (14) The protection" in doc.text
    refs = [r for r in eurefs.extract(doc) if r.celex == "32003H0361"]
    assert [(r.text, r.doc_page, r.pinpoint) for r in refs] == [
        ("Commission Recommendation 2003/361/EC", 1, "Article 2 of the Annex")
    ]


def test_a_consolidated_formex_text_gives_its_amending_acts() -> None:
    # CONS.ACT of Directive 2014/65/EU (MiFID II), FAM.COMP/GR.MOD.ACT: the titles of its
    # five amending acts, EUR-Lex's "Amended by" list, were left out with the bibliographic
    # data; the corrigenda (GR.CORRIG) and the base act's data (its NO.CELEX) still are
    doc = eurefs.read_document(DOCS / "formex/de-fmx4-directive-2014-65-mifid-ii-excerpt.xml")
    # (the copy lost the spaces around small capitals: put back, see the test below)
    assert doc.text.startswith("Verordnung (EU) Nr. 909/2014 des")
    assert "Richtlinie (EU) 2016/97 des Europäischen Parlaments" in doc.text
    assert "Berichtigung" not in doc.text and "32014L0065" not in doc.text
    body = doc.text.index("Richtlinie 2014/65/EU des")  # the title of the consolidated act
    celexes = [r.celex for r in eurefs.extract(doc) if r.start < body]
    assert "32016L0097" in celexes and "32017R1129" in celexes  # 2016/97; 2019/2115's title
    assert len(celexes) == 18  # 14 while the small capitals were glued


def test_running_headers_are_gone_and_footnote_calls_are_split_off() -> None:
    doc = eurefs.read_document(
        DOCS / "pdf/en-council-st-5419-16-gdpr-council-position-first-reading.pdf"
    )
    assert doc.page_count == 261
    # "5419/16 AV/NT/sr 2" and "DGD 2 EN" end every page in the PDF: read once, as they
    # last ran, after the text of the last page
    assert "AV/NT/sr 2\n" not in doc.text and doc.text.count("DGD") == 1
    assert doc.page_text(261).endswith("The President\n\nDGD ² EN\n\n5419/16 AV/NT/sr 260\n")
    assert "Council Directive 93/13/EEC ¹" in doc.text
    assert "Regions ²" in doc.page_text(2)


@pytest.mark.parametrize(
    "name",
    [
        "html/en-eurlex-regulation-2024-903-interoperable-europe-act.html",
        "formex/en-fmx4-regulation-2024-903-interoperable-europe-act.fmx.xml",
    ],
)
def test_the_ojs_stray_no_before_a_year_first_number_gives_the_right_act(name: str) -> None:
    # footnote 5 of Regulation (EU) 2024/903: 'amending Regulations (EC) No 401/2009 and
    # (EU) No 2018/1999 (‘European Climate Law’)'; no EU act is of 1999 (was 31999R2018)
    refs = eurefs.extract(eurefs.read_document(DOCS / name))
    assert [r.celex for r in refs if r.text.split() == ["(EU)", "No", "2018/1999"]] == [
        "32018R1999"
    ]
    assert not [r for r in refs if r.celex == "31999R2018"]


def test_the_councils_adoption_in_a_procedure_footnote_is_no_reference() -> None:
    # Directive 2009/65/EC, footnote 1: 'Opinion of the European Parliament of 13 January
    # 2009 (not yet published in the Official Journal) and Council Decision of 22 June 2009.'
    name = "html/en-eurlex-consolidated-directive-2009-65-ucits-excerpt.html"
    refs = eurefs.extract(eurefs.read_document(DOCS / name))
    assert "Council Decision of 22 June 2009" in eurefs.read_document(DOCS / name).text
    assert not [r for r in refs if "22 June 2009" in r.text]
    assert [r.normalized for r in refs].count("Directive 85/611/EEC") == 8


def test_the_note_calls_of_a_consolidated_text_are_calls() -> None:
    # Directive 2009/65/EC consolidated: 'Article 251 of the Treaty\xa0(<a href="#E0001"
    # id="src.E0001">\n <span class="superscript">1</span>\n </a>),' read
    # 'Treaty\xa0( 1 ),' and its note '( 1 )\xa0Opinion of ...': the link to the note is a
    # call, its brackets around the link
    name = "html/en-eurlex-consolidated-directive-2009-65-ucits-excerpt.html"
    text = eurefs.read_document(DOCS / name).text
    assert "( 1 )" not in text and "( 2 )" not in text
    assert "Article 251 of the Treaty\xa0(1),\nWhereas:" in text
    assert "(UCITS)\xa0(2) has been substantially amended several times\xa0(3). Since" in text
    assert "\n(2)\xa0OJ L 375, 31.12.1985, p. 3.\n" in text
    # the same call after an article's number is no paragraph of it
    html = (
        '<html><body><p>procedure laid down in Article 251\xa0(<a href="#E0001" '
        'id="src.E0001">\n<span class="superscript">1</span>\n</a>),</p></body></html>'
    )
    html = eurefs.read_document(html.encode()).text
    assert html == "procedure laid down in Article 251\xa0\u207d\u00b9\u207e,\n"


def test_the_number_of_an_oj_note_in_an_indented_copy_is_one_call() -> None:
    # Regulation (EU) No 575/2013 (OJ L 176), a copy that indents the markup: a note's
    # number links back to its call ('<a href="#ntc1-L_2013176EN.01000101-E0001" ...>\n(\n
    # <span class="super">\n1\n</span>\n)\n</a>') and read '( 1 ) OJ C 105, ...'
    name = "html/en-eurlex-oj-l176-2013-regulation-575-2013-crr-excerpt.html"
    text = eurefs.read_document(DOCS / name).text
    assert "\n(1) OJ C 105, 11.4.2012, p. 1 .\n" in text and "( 1 )" not in text
    assert "\n(2) OJ C 68, 6.3.2012, p. 39 .\n" in text


def test_a_number_glued_to_its_domains_bracket_in_a_proposal() -> None:
    # COM(2025) 43 final, 4.1.1: 'namely Regulation (EU)2024/1157 on shipments of waste'
    refs = eurefs.extract(eurefs.read_document(DOCS / "html/en-eurlex-com-2025-43-proposal.html"))
    assert ("Regulation (EU)2024/1157", "32024R1157") in {(r.text, r.celex) for r in refs}


def test_in_fine_stays_in_the_pinpoint_of_a_judgment() -> None:
    # C-178/16, paragraph 35: 'Article 45(1), in fine, of Directive 2004/18 acknowledges'
    name = "html/en-eurlex-cjeu-c-178-16-ecli-eu-c-2017-1000-judgment-body.xml"
    refs = eurefs.extract(eurefs.read_document(DOCS / name))
    assert "Article 45(1), in fine" in {r.pinpoint for r in refs if r.kind == "legal_act"}


def test_words_in_small_capitals_are_apart_in_a_copy_that_lost_the_spaces_around_them() -> None:
    # Lexparency's copy of MiFID II in Formex lost the white space around '<HT TYPE="UC">'
    # ('<HT TYPE="UC">Richtlinie</HT>2014/65/EU<HT TYPE="UC">des ...'): the titles of the
    # amending acts read 'Richtlinie2014/65/EUdes', 'Verordnung(EU) Nr. 909/2014des', and
    # five acts of its "Amended by" list were not found
    doc = eurefs.read_document(DOCS / "formex/de-fmx4-directive-2014-65-mifid-ii-excerpt.xml")
    assert doc.text.startswith("Verordnung (EU) Nr. 909/2014 des Europäischen Parlaments")
    assert "\nRichtlinie 2014/65/EU des Europäischen Parlaments und des Rates\n" in doc.text
    found = {(r.text, r.celex) for r in eurefs.extract(doc)}
    assert {
        ("Verordnung (EU) Nr. 909/2014", "32014R0909"),
        ("Richtlinie (EU) 2016/1034", "32016L1034"),
        ("Richtlinie (EU) 2019/2034", "32019L2034"),
        ("Verordnung (EU) 2019/2115", "32019R2115"),
        ("Richtlinie 2014/65/EU", "32014L0065"),
    } <= found
    # small capitals glued to punctuation, and other styles, stay as they are
    doc = eurefs.read_document(
        b'<ACT><P>R. <HT TYPE="UC">Metsola</HT>, im<HT TYPE="ITALIC">Amtsblatt</HT></P></ACT>'
    )
    assert doc.text == "R. Metsola, imAmtsblatt\n"


def test_dates_are_apart_in_a_copy_that_lost_the_spaces_around_them() -> None:
    # the same copy glues its dates (17 times): 'des Rates vom<DATE ISO="20140723">23. Juli
    # 2014</DATE>zur Verbesserung' read 'vom23. Juli 2014zur', 'bis zum3. Juli
    # 2019vorschreiben'; an OJ citation glued so ('ABl. L 173 vom<DATE ...>12.6.2014
    # </DATE>, S. 349', built in its style) was not found
    doc = eurefs.read_document(DOCS / "formex/de-fmx4-directive-2014-65-mifid-ii-excerpt.xml")
    assert "des Rates vom 23. Juli 2014 zur Verbesserung" in doc.text
    assert "bis zum 3. Juli 2019 vorschreiben" in doc.text
    assert not re.search(r"[^\W\d_]\d{1,2}\. [A-Z]|\d{4}[^\W\d_]", doc.text)
    doc = eurefs.read_document(
        b'<ACT><P>(<DATE ISO="20140612">12. Juni 2014</DATE>), ABl. L 173 vom<DATE ISO="2014'
        b'0612">12.6.2014</DATE>, S. 349 vom<REF.DOC.OJ>ABl. L 1</REF.DOC.OJ>.</P></ACT>'
    )
    assert doc.text == "(12. Juni 2014), ABl. L 173 vom 12.6.2014, S. 349 vom ABl. L 1.\n"
    assert [r.text for r in eurefs.extract(doc)][:1] == ["ABl. L 173 vom 12.6.2014, S. 349"]


@pytest.mark.parametrize("name", sorted(str(p.relative_to(DOCS)) for p in DOCS.glob("*/*")))
def test_every_record_points_at_its_text_on_its_page(name: str) -> None:
    # with and without short forms: a record's span is the text it says, on the page it
    # says (a reference running onto the next page starts on its first)
    doc = eurefs.read_document(DOCS / name)
    for short_forms in (True, False):
        refs = eurefs.extract(doc, short_forms=short_forms)
        assert [r for r in refs if doc.text[r.start : r.end] != r.text] == []
        assert [r for r in refs if r.doc_page != doc.page_at(r.start)] == []
        if doc.page_count:
            off = [r for r in refs if r.text.split("\f")[0] not in doc.page_text(r.doc_page or 0)]
            assert off == []
