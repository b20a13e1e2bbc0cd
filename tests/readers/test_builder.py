"""The text builder the markup readers share: white space kept around superscripts."""

from __future__ import annotations

from pathlib import Path

import eurefs
from eurefs.readers.builder import TextBuilder
from tests.readers.test_docx import _docx

DOCS = Path(__file__).resolve().parents[1] / "data" / "documents"


def test_white_space_set_as_a_superscript_stays_white_space() -> None:
    # [2024] UKSC 36 (SkyKick v Sky): Word set the space of 'judgment on 26 July 2021' as
    # a superscript ('<w:vertAlign w:val="superscript"/><w:t xml:space="preserve"> </w:t>');
    # it was read '26July 2021', and 'IP completion day, 31December 2020'
    doc = eurefs.read_document(DOCS / "docx/en-uksc-2024-36-skykick-v-sky-judgment.docx")
    assert "The Court of Appeal gave judgment on 26 July 2021: [2021] EWCA Civ" in doc.text
    assert "on IP completion day, 31 December 2020. There is" in doc.text
    out = TextBuilder()
    out.raw("26")
    out.call(" \n ")  # a run of white space is one space, as in running text
    out.raw("July; No")
    out.call("\u00a0")  # a no-break space stays one
    out.raw("40/94")
    assert out.result() == "26 July; No\u00a040/94\n"


def test_a_call_with_the_space_after_it_in_the_superscript_keeps_the_reference() -> None:
    # a question the same judgment quotes, with a note call set as Word often sets one,
    # the space after its number raised with it: read 'No 40/94 ¹of 20 December', no
    # reference was found
    raised = "<w:r><w:rPr><w:vertAlign w:val='superscript'/></w:rPr><w:t xml:space='preserve'>"
    body = (
        "<w:p><w:r><w:t>Articles 7 and 51 of Council Regulation (EC) No 40/94</w:t></w:r>"
        f"{raised}1 </w:t></w:r><w:r><w:t xml:space='preserve'>of 20 December 1993 on the "
        "Community trade mark</w:t></w:r></w:p>"
    )
    html = (
        b"<html><body><p>Articles 7 and 51 of Council Regulation (EC) No 40/94<sup>1 </sup>"
        b"of 20 December 1993 on the Community trade mark</p></body></html>"
    )
    for doc in (eurefs.read_document(_docx(body)), eurefs.read_document(html)):
        assert doc.text.startswith("Articles 7 and 51 of Council Regulation (EC) No 40/94 ¹ of")
        refs = eurefs.extract(doc)
        assert [r.celex for r in refs] == ["31994R0040"]
        assert all(doc.text[r.start : r.end] == r.text for r in refs)
