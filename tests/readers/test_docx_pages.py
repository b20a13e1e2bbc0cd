"""A Word file's pages where Word's page mark cuts a paragraph: the notes of the page
that ends there are read after its text, and a reference they would cut is read whole."""

from __future__ import annotations

import eurefs
from eurefs.readers import read_document
from tests.readers.test_docx import _docx

# the European Parliament's P9_TA(2024)0138 (tests/data/documents/pdf): a citation with its
# real footnote, then the title of its position, as one paragraph of a Word file that
# Word last laid out with a page ending after 'Regulations (EC) No'
_CITATION = "having regard to the opinion of the European Central Bank of 29 December 2021"
_TITLE = "laying down harmonised rules on artificial intelligence and amending Regulations"
_NOTE = (
    "<w:footnote w:id='2'><w:p><w:r><w:t>OJ C 115, 11.3.2022, p. 5.</w:t></w:r></w:p></w:footnote>"
)


def _paragraph(before: str, after: str) -> str:
    return (
        f"<w:p><w:r><w:t>{_CITATION}</w:t></w:r>"
        "<w:r><w:rPr><w:vertAlign w:val='superscript'/></w:rPr>"
        "<w:footnoteReference w:id='2'/></w:r>"
        f"<w:r><w:t xml:space='preserve'>, {_TITLE} {before}</w:t></w:r>"
        f"<w:r><w:lastRenderedPageBreak/><w:t xml:space='preserve'>{after}</w:t></w:r></w:p>"
        "<w:p><w:r><w:lastRenderedPageBreak/><w:t>Position of the European Parliament</w:t>"
        "</w:r></w:p>"
    )


def test_a_reference_cut_by_a_page_mark_and_the_pages_notes_is_read_whole() -> None:
    doc = read_document(_docx(_paragraph("(EC) No", "300/2008, (EU) No 167/2013"), footnotes=_NOTE))
    # before: '... Regulations (EC) No', the note, the page break, then '300/2008': the note
    # stood inside the reference, and only '(EU) No 167/2013' and the note were found
    assert doc.text == (
        f"{_CITATION} ¹, {_TITLE} (EC) No\n300/2008,\n\n¹ OJ C 115, 11.3.2022, p. 5.\n"
        "\f(EU) No 167/2013\n\fPosition of the European Parliament\n"
    )
    found = [(r.text, r.doc_page) for r in eurefs.extract(doc) if r.kind != "short_form"]
    assert found[0] == ("Regulations (EC) No\n300/2008", 1)
    assert ("OJ C 115, 11.3.2022, p. 5", 1) in found


def test_a_hyphen_a_page_mark_follows_is_the_authors() -> None:
    # Word breaks a line after a hyphen the author typed; it is no printer's hyphenation
    doc = read_document(_docx(_paragraph("and self-", "employed persons"), footnotes=_NOTE))
    assert f"{_TITLE} and self-\n\n¹ OJ C 115, 11.3.2022, p. 5.\n\femployed persons\n" in doc.text
