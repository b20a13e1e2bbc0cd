"""How many pages and objects a PDF may have (:data:`eurefs.readers.pdf.MAX_PAGES`,
:data:`eurefs.readers.pdfobjects.MAX_OBJECTS`).

The page is page 3 of the OJ L 119 rendering of Regulation (EU) 2016/679, the GDPR
(``tests/data/documents/pdf``; its provenance is in ``PROVENANCE.md``): a PDF of one
page and 15 objects.  Each page PDFium reads is kept until the document is closed (0.7
KB, and 0.6 KB of the reader's for an empty page: 100,000 pages of one line, 15 MB, took
11 s and 263 MB), and each object written in the file is indexed before a page is read
(a million small objects, 94 MB: 13 s and 900 MB): the limits are lowered here to show
where they fall, as a test at the real ones would build files of 9 and 94 MB.
"""

from __future__ import annotations

import io
import re
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from eurefs.errors import UnsafeDocument
from eurefs.readers import pdf, pdfforms, pdfobjects, read_document

PAGE = (
    Path(__file__).resolve().parents[1]
    / "data/documents/pdf/en-oj-l119-2016-regulation-2016-679-gdpr-page-3.pdf"
)


def _copies(pages: int) -> bytes:
    """The GDPR's page 3 imported ``pages`` times into a new PDF (its content and fonts
    shared by every copy), as pypdfium2 writes it."""
    source = pdfium.PdfDocument(PAGE)
    copy = pdfium.PdfDocument.new()
    copy.import_pages(source, [0] * pages)
    out = io.BytesIO()
    copy.save(out)
    return out.getvalue()


def test_a_pdf_of_more_pages_than_the_reader_takes_is_refused_before_it_is_read(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(pdf, "MAX_PAGES", 2_000)
    with pytest.raises(UnsafeDocument, match="it has 2,001 pages, over the 2,000 the reader"):
        read_document(_copies(2_001), name="copies.pdf")
    monkeypatch.setattr(pdf, "MAX_PAGES", 0)
    with pytest.raises(UnsafeDocument, match="it has 1 pages, over the 0"):
        read_document(PAGE)
    monkeypatch.setattr(pdf, "MAX_PAGES", 1)
    assert "Commission Recommendation 2003/361/EC" in read_document(PAGE).text


def test_a_pdf_of_more_objects_than_the_reader_indexes_is_refused(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(pdfobjects, "MAX_OBJECTS", 14)
    with pytest.raises(UnsafeDocument, match=f"{PAGE}: it writes over 14 objects; refused"):
        read_document(PAGE)
    monkeypatch.setattr(pdfobjects, "MAX_OBJECTS", 15)
    assert "Commission Recommendation 2003/361/EC" in read_document(PAGE).text


def test_the_limits_are_far_above_real_documents() -> None:
    assert pdf.MAX_PAGES >= 100 * 261  # the Council's st 5419/16, 261 pages
    assert pdfobjects.MAX_OBJECTS >= 100 * 3_636  # its objects


NOTE = PAGE.parent / "en-council-st-5847-06-limite-handling-note.pdf"


def test_a_page_that_shows_more_strings_than_the_reader_takes_is_refused_before_it_is_parsed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Council st 5847/06 (two pages): its first page's content shows 1,277 strings.  A page
    # of 2.3 million '(a)Tj' (13 MB) took 1.5 s and 793 MB to refuse, once PDFium had
    # parsed it and its text objects were counted; its strings are now counted first.
    assert pdfforms.MAX_PAGE_STRINGS >= 30 * 3_009  # the most a page of the tests' PDFs shows
    monkeypatch.setattr(pdfforms, "MAX_PAGE_STRINGS", 1_276)
    with pytest.raises(UnsafeDocument, match=r"shows over 1,276 strings \(1,277\)"):
        read_document(NOTE)
    monkeypatch.setattr(pdfforms, "MAX_PAGE_STRINGS", 1_277)
    assert "LIMITE" in read_document(NOTE).text


def _drawn_as_forms(path: Path, times: int) -> bytes:
    """The first page of ``path`` drawn ``times`` times, each a form (an XObject) on one
    page, as N-up and imposition tools write pages (PDFium's FPDF_NewXObjectFromPage,
    pypdfium2's ``page_as_xobject``)."""
    source = pdfium.PdfDocument(path.read_bytes())
    copy = pdfium.PdfDocument.new()
    width, height = source[0].get_size()
    form = source.page_as_xobject(0, copy)
    page = copy.new_page(width, height)
    for _ in range(times):
        page.insert_obj(form.as_pageobject())
    page.gen_content()
    out = io.BytesIO()
    copy.save(out)
    return out.getvalue()


def test_the_strings_of_the_forms_a_page_draws_count_as_often_as_it_draws_them(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Council st 5847/06's first page drawn as a form (its page shows no string of its
    # own): the forms' strings were not counted, and a page drawing a form of a million
    # '(a)Tj' (6 MB) took 360 MB to refuse once PDFium had parsed it (39 MB now)
    once, four = _drawn_as_forms(NOTE, 1), _drawn_as_forms(NOTE, 4)
    assert "LIMITE" in read_document(once).text and "LIMITE" in read_document(four).text
    monkeypatch.setattr(pdfforms, "MAX_PAGE_STRINGS", 100)
    shown = []
    for data in (once, four):
        with pytest.raises(UnsafeDocument, match=r"shows over 100 strings \(([\d,]+)\)") as e:
            read_document(data)
        shown.append(int(re.findall(r"\(([\d,]+)\)", str(e.value))[0].replace(",", "")))
    assert shown[0] > 900 and shown[1] == 4 * shown[0]  # (993: PDFium rewrites the text)
