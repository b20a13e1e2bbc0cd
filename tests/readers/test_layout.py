"""Layout clean-up on plain data: which margin lines are running heads, hyphens, ligatures."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from eurefs import extract, read_document
from eurefs.data.ligatures import LIGATURES
from eurefs.readers.layout import Segment, assemble_pages, clean_page_text, running_keys
from eurefs.text import DocumentText
from eurefs.textview import TextView

DOCUMENTS = Path(__file__).resolve().parents[1] / "data" / "documents" / "pdf"


def _page(n: int, note: str) -> list[list[Segment]]:
    return [
        [Segment(f"4.5.2016 EN Official Journal of the European Union L 119/{n}", "top")],
        [Segment(f"Body text of page {n} citing Directive 95/46/EC", "")],
        [Segment(note, "bottom")],
        [Segment(f"5419/16 AV/NT/sr {n}", "bottom"), Segment("DGD 2 EN", "bottom")],
    ]


def test_running_heads_repeat_with_a_changing_page_number_footnotes_do_not() -> None:
    notes = [f"({n}) OJ L {100 + n}, {n}.{n}.20{10 + n}, p. {n * 7}." for n in range(1, 7)]
    pages = [_page(n, notes[n - 1]) for n in range(1, 7)]
    keys = running_keys(pages)
    assert keys == {
        "0.0.0 EN Official Journal of the European Union L 0/0",
        "0/0 AV/NT/sr 0",
        "DGD 0 EN",
    }
    texts = assemble_pages(pages)
    assert (
        texts[2]
        == "Body text of page 3 citing Directive 95/46/EC\n(3) OJ L 103, 3.3.2013, p. 21.\n"
    )


def test_a_line_on_fewer_than_half_of_the_pages_stays() -> None:
    pages = [[[Segment("Annex I", "top")], [Segment("x", "")]]] * 2 + [[[Segment("y", "")]]] * 3
    assert running_keys(pages) == set()
    assert running_keys(pages[:1]) == set()  # one page: nothing repeats


def test_hyphens_ligatures_and_split_numbers() -> None:
    text = (
        "the pro-\ncessing of data-\nProtection Oﬃcial ﬁling\n"
        "Directive 2000/31/\nEC\x01 and COM-\n752"
    )
    assert clean_page_text(text) == (
        "the processing of data-\nProtection Official filing\nDirective 2000/31/EC and COM-\n752"
    )
    assert clean_page_text("inter\x02nal and end\x02") == "internal and end-"


def test_a_word_hyphenated_at_the_foot_of_a_page_is_joined_on_the_first() -> None:
    pages = [[[Segment("information and comm-", "")]], [[Segment("unication systems", "")]]]
    assert assemble_pages(pages) == ["information and communication\n", "systems\n"]


def test_an_act_number_broken_after_its_slash_at_the_foot_of_a_page_is_joined() -> None:
    # the line of recital 13 of the GDPR (OJ L 119, p. 3) that ends after the slash of
    # 'Commission Recommendation 2003/361/', as it would stand at the foot of a page: the
    # page break was a paragraph break in the middle of the number, and no act was found
    pages = [
        [[Segment("as defined in Article 2 of the Annex to Commission Recommendation 2003/", "")]],
        [[Segment("361/EC (1). (14) The protection afforded by this Regulation", "")]],
    ]
    texts = assemble_pages(pages)
    assert texts == [
        "as defined in Article 2 of the Annex to Commission Recommendation 2003/361/EC\n",
        "(1). (14) The protection afforded by this Regulation\n",
    ]
    doc = DocumentText.from_pages(texts, source="gdpr.pdf", format="pdf")
    refs = [(r.text, r.doc_page) for r in extract(doc) if r.kind == "legal_act"]
    assert refs == [("Commission Recommendation 2003/361/EC", 1)]
    # a number and its slash ending a page before a capital letter, as within a page
    assert assemble_pages(
        [[[Segment("Directive 95/", "")]], [[Segment("46/EC applies.", "")]]]
    ) == [
        "Directive 95/46/EC\n",
        "applies.\n",
    ]


def _refs(texts: list[str]) -> list[tuple[str, int | None]]:
    doc = DocumentText.from_pages(texts, source="x.pdf", format="pdf")
    return [(r.text, r.doc_page) for r in extract(doc) if r.kind in ("legal_act", "case", "oj")]


# the foot of page 1 of the European Parliament's P9_TA(2024)0138 (tests/data/documents/pdf):
# its last line of text, then its two footnotes, their calls written as superscripts
EP_NOTES = [
    [],
    [Segment("¹ OJ C 115, 11.3.2022, p. 5.", "")],
    [Segment("² OJ C 517, 22.12.2021, p. 56.", "")],
]


def test_a_case_number_broken_after_its_letter_at_the_foot_of_a_page_is_joined() -> None:
    # a line of the Court's judgment in C-178/16 (ECLI:EU:C:2017:1000, tests/data/documents/
    # html), as a PDF would print it at a page's foot: 'C-' above '105/14' was a paragraph
    # break inside the number, and no case was found (within a page 'C-⏎105/14' is one)
    pages = [
        [[Segment("(judgment of 8 September 2015, Taricco and Others, C\u2011", "")]],
        [[Segment("105/14, EU:C:2015:555, paragraph 30 and the case-law cited).", "")]],
    ]
    texts = assemble_pages(pages)
    assert texts == [
        "(judgment of 8 September 2015, Taricco and Others, C\u2011\n105/14,\n",
        "EU:C:2015:555, paragraph 30 and the case-law cited).\n",
    ]
    assert _refs(texts) == [("C\u2011\n105/14", 1)]


def test_a_number_the_footnotes_of_a_page_cut_from_its_reference_is_moved_up() -> None:
    # the title of the Parliament's position (page 2 of P9_TA(2024)0138) as it would stand
    # where page 1 ends: 'Regulations (EC) No', the notes, then '300/2008, (EU) No 167/2013'
    # on the next page; the notes stood between the act and its number, and it was missed
    pages = [
        [
            [
                Segment(
                    "laying down harmonised rules on artificial intelligence and amending "
                    "Regulations (EC) No",
                    "",
                )
            ],
            *EP_NOTES,
        ],
        [[Segment("300/2008, (EU) No 167/2013, (EU) No 168/2013", "")]],
    ]
    texts = assemble_pages(pages)
    assert texts[0].endswith(
        "amending Regulations (EC) No\n300/2008,\n\n"
        "¹ OJ C 115, 11.3.2022, p. 5.\n² OJ C 517, 22.12.2021, p. 56.\n"
    )
    assert texts[1] == "(EU) No 167/2013, (EU) No 168/2013\n"
    assert _refs(texts)[0] == ("Regulations (EC) No\n300/2008", 1)
    # a date that completes an OJ citation so (the notes of page 2 of the OJ's GDPR)
    pages = [
        [[Segment("(General Data Protection Regulation) (OJ L 119,", "")], *EP_NOTES],
        [[Segment("4.5.2016, p. 1).", "")]],
    ]
    assert _refs(assemble_pages(pages))[0] == ("OJ L 119,\n4.5.2016", 1)


def test_the_footnotes_of_a_page_stay_where_no_reference_goes_on() -> None:
    # the real page break of P9_TA(2024)0138: a sentence goes on, with words
    texts = read_document(DOCUMENTS / "en-ep-p9-ta-2024-0138-ai-act-texts-adopted-first-pages.pdf")
    assert (
        "the Committee\n\n¹ OJ C 115, 11.3.2022, p. 5.\n² OJ C 517, 22.12.2021, p. 56.\n"
        "\fon the Environment" in texts.text
    )
    # a sentence that ends, a number on the next page: nothing moves
    ended = [
        [[Segment("(OJ L 124, 20.5.2003, p. 36).", "")], *EP_NOTES],
        [[Segment("2016/679 applies", "")]],
    ]
    assert assemble_pages(ended)[1] == "2016/679 applies\n"
    # no notes between them: the page break is read through as it is
    bare = [[[Segment("Regulation (EU)", "")]], [[Segment("2016/679 applies", "")]]]
    assert assemble_pages(bare) == ["Regulation (EU)\n", "2016/679 applies\n"]


def test_oj_heads_inside_lines_go_when_they_repeat() -> None:
    pages = [
        [[Segment(f"States. 4.5.2016 L 119/{n} EN (1) OJ L 119, 4.5.2016, p. 1.", "")]]
        for n in range(1, 4)
    ]
    assert assemble_pages(pages)[1] == "States. (1) OJ L 119, 4.5.2016, p. 1.\n"
    once = [[[Segment("See 4.5.2016 L 119/1 EN here", "")]], [[Segment("other", "")]] * 1] * 1
    assert assemble_pages(once + [[[Segment("x", "")]]] * 2)[0] == "See 4.5.2016 L 119/1 EN here\n"


def test_paragraph_breaks_are_one_blank_line_never_at_the_edges() -> None:
    para = [Segment("first para-", "")]
    pages = [[[], para, [], [], [Segment("graph two", "")], []]]
    assert assemble_pages(pages) == ["first para-\n\ngraph two\n"]


# Regulation (EC) No 401/2009 (OJ L 126, 21.5.2009, p. 13; CELEX 32009R0401), its first
# citation, with the ``st`` of ``establishing`` set as the long s-t ligature (U+FB05), one
# glyph in a font with historical ligatures: Unicode decomposes it to long s and t, ``st``
# (NFKC; unicodecharacter.org/U+FB05), never ``ft``.
_CITATION_401_2009 = (
    "Having regard to the Treaty e\ufb05ablishing the European Community, and in particular "
    "Article 175 thereof,"
)


def test_the_long_s_t_ligature_is_spelt_st_and_the_treaty_it_names_read() -> None:
    text = clean_page_text(_CITATION_401_2009)
    assert "Treaty establishing the European Community" in text
    assert [r.normalized for r in extract(text, short_forms=False)] == ["Article 175 EC"]


def test_each_ligature_is_spelt_as_unicode_decomposes_it() -> None:
    """The one table the reader and the view read: each ligature's compatibility
    decomposition (a long s an s)."""
    for ligature, letters in LIGATURES.items():
        assert letters == unicodedata.normalize("NFKC", ligature)
        assert clean_page_text(ligature) == letters == TextView(ligature).view
