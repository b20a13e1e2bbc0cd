"""PDFs whose pages draw forms that draw forms: read, or refused before PDFium reads them."""

from __future__ import annotations

import time
import tracemalloc

import pytest

import eurefs
from eurefs.errors import UnsafeDocument
from tests.support.pdf_streams import form_fanout_pdf

_TEXT = b"BT /F1 12 Tf 72 700 Td (Directive 95/46/EC) Tj ET"


@pytest.mark.parametrize("indirect", [False, True])
def test_forms_that_draw_forms_past_the_limit_are_refused(indirect: bool) -> None:
    # a page that draws a form that draws ten forms ... : no stream inflates, but PDFium
    # parses each drawing: six levels (10^5 drawings of one line) took 630 MB and 6 s in
    # PDFium (and 82 s in all), seven 6.8 GB and 78 s, eight over 19 GB, from 2.7 KB
    data = form_fanout_pdf(6, 10, _TEXT, indirect)
    assert len(data) < 4000
    tracemalloc.start()
    started = time.perf_counter()
    with pytest.raises(UnsafeDocument, match="draws forms that draw forms"):
        eurefs.read_document(data, name="forms.pdf")
    assert time.perf_counter() - started < 10  # (PDFium alone: 6 s, then 78 s)
    assert tracemalloc.get_traced_memory()[1] < 4 << 20
    tracemalloc.stop()
    with pytest.raises(UnsafeDocument):  # the forms' first bytes do not hide them
        eurefs.read_document(form_fanout_pdf(6, 10, b"\x80" * 5000 + _TEXT, indirect))


def test_forms_that_draw_forms_within_the_limit_are_read() -> None:
    refs = eurefs.extract(eurefs.read_document(form_fanout_pdf(3, 10, _TEXT)))
    assert {r.text for r in refs} == {"Directive 95/46/EC"}
    # a form that draws itself: PDFium draws it once
    refs = eurefs.extract(eurefs.read_document(form_fanout_pdf(1, 10, b"/Fm0 Do " + _TEXT)))
    assert [r.text for r in refs] == ["Directive 95/46/EC"]
