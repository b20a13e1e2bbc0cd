"""The DocumentText object: pages, offsets and the plain-text convention (form feeds)."""

from __future__ import annotations

import pytest

import eurefs
from eurefs.text import PAGE_BREAK, DocumentText


def test_from_pages_records_where_each_page_starts() -> None:
    doc = DocumentText.from_pages(["one\n", "two\n", "three\n"], source="x.pdf", format="pdf")
    assert doc.text == "one\n\ftwo\n\fthree\n"
    assert doc.page_starts == (0, 5, 10)
    assert [doc.page_at(i) for i in (0, 4, 5, 9, 10, len(doc.text) - 1)] == [1, 1, 2, 2, 3, 3]
    assert [doc.page_text(n) for n in (1, 2, 3)] == ["one\n", "two\n", "three\n"]
    with pytest.raises(IndexError):
        doc.page_text(4)


def test_plain_text_with_form_feeds_has_the_same_pages_as_the_pages_it_came_from() -> None:
    paged = DocumentText.from_pages(["a\n", "b\n", "c\n"], source="x.pdf", format="pdf")
    back = DocumentText.from_plain(paged.text)
    assert back.page_starts == paged.page_starts
    # pdftotext ends every page with a form feed: no empty page after the last one
    assert DocumentText.from_plain("a\fb\f").page_starts == (0, 2)
    assert DocumentText.from_plain("no pages").page_at(3) is None


def test_extract_on_a_document_gives_pages_and_spans_into_its_text() -> None:
    pages = ["Intro.\n", "See Directive 95/46/EC and\n", "COM(2021) 752 final.\n"]
    doc = DocumentText.from_pages(pages, source="t", format="pdf")
    refs = eurefs.extract(doc)
    assert [(r.normalized, r.doc_page) for r in refs] == [
        ("Directive 95/46/EC", 2),
        ("COM(2021) 752 final", 3),
    ]
    assert all(doc.text[r.start : r.end] == r.text for r in refs)
    assert PAGE_BREAK not in refs[0].text
    # the page is not part of what a reference *is*
    assert refs[0].identity() == eurefs.extract("Directive 95/46/EC")[0].identity()


def test_unpaged_documents_give_no_page() -> None:
    refs = eurefs.extract(DocumentText("Directive 95/46/EC", source="t.html", format="html"))
    assert refs[0].doc_page is None


@pytest.mark.parametrize("starts", [(1,), (0, 5), (0, 2, 2), (0, 3, 1)])
def test_page_starts_built_directly_must_begin_at_0_rise_and_stay_in_the_text(
    starts: tuple[int, ...],
) -> None:
    """Accepted before, they gave each reference a wrong page without a word."""
    with pytest.raises(ValueError, match="page starts must begin at 0, rise, and be offsets"):
        DocumentText("ab\fc", starts)


def test_a_document_text_built_directly_with_lists_is_the_one_built_with_tuples() -> None:
    """Lists are read as the tuples the record holds (a list left it unhashable)."""
    doc = DocumentText("a\fb", [0, 2], "x.txt", "text", ["a note"])
    assert doc == DocumentText("a\fb", (0, 2), "x.txt", "text", ("a note",))
    assert hash(doc) == hash(DocumentText("a\fb", (0, 2), "x.txt", "text", ("a note",)))
    assert doc.page_at(2) == 2 and DocumentText("", (0,)).page_count == 1
