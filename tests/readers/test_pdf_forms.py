"""PDFs whose pages draw forms that draw forms: read, or refused before PDFium reads them."""

from __future__ import annotations

import re
import tracemalloc
import zlib
from random import Random

import pytest

import eurefs
from eurefs.errors import UnsafeDocument
from tests.support.pdf_streams import _pdf, form_fanout_pdf, pattern_pdf, type3_pdf
from tests.support.refusals import refused_before

_TEXT = b"BT /F1 12 Tf 72 700 Td (Directive 95/46/EC) Tj ET"


@pytest.mark.parametrize(("indirect", "apart"), [(False, False), (True, False), (True, True)])
def test_forms_that_draw_forms_past_the_limit_are_refused(indirect: bool, apart: bool) -> None:
    # a page that draws a form that draws ten forms ... : no stream inflates, but PDFium
    # parses each drawing: six levels (10^5 drawings of one line) took 630 MB and 6 s in
    # PDFium (and 82 s in all), seven 6.8 GB and 78 s, eight over 19 GB, from 2.7 KB.
    # Each form's /XObject dictionary an object of its own (apart), its names were bound
    # to nothing and the forms priced as one line each: on 6f84822 six levels were parsed
    # (1.8 s, 211 MB) until the count of text objects refused them, seven took 28 s and
    # 1.9 GB
    data = form_fanout_pdf(6, 10, _TEXT, indirect, apart)
    assert len(data) < 4000
    tracemalloc.start()
    try:  # (refused before PDFium parses the page: not timed, timings flake)
        refused_before(data, "bytes of content to parse", "forms.pdf")
        assert tracemalloc.get_traced_memory()[1] < 4 << 20
    finally:
        tracemalloc.stop()
    with pytest.raises(UnsafeDocument):  # the forms' first bytes do not hide them
        eurefs.read_document(form_fanout_pdf(6, 10, b"\x80" * 5000 + _TEXT, indirect, apart))


#: The marker that matplotlib 3.11.2 draws for each point of a scatter plot (``s=4``), a
#: form of its own (as in ``fig.savefig('scatter.pdf')`` after ``ax.scatter(...)``).
_MARKER = (
    b"1 j\n0 J\n\n0 -1 m\n0.265203 -1 0.51958 -0.894634 0.707107 -0.707107 c\n"
    b"0.894634 -0.51958 1 -0.265203 1 0 c\n1 0.265203 0.894634 0.51958 0.707107 0.707107 c\n"
    b"0.51958 0.894634 0.265203 1 0 1 c\n-0.265203 1 -0.51958 0.894634 -0.707107 0.707107 c\n"
    b"-0.894634 0.51958 -1 0.265203 -1 0 c\n-1 -0.265203 -0.894634 -0.51958 -0.707107 -0.707107 c"
    b"\n-0.51958 -0.894634 -0.265203 -1 0 -1 c\nh\n\nB\n"
)


def _drawing_page(draws: bytes, form: bytes) -> bytes:
    """A one-page PDF whose page shows a line of text and then ``draws`` (Flate), its
    resources and their ``/XObject`` dictionary (``/M0``: a form of ``form``) each an
    object of their own, as matplotlib writes every page."""
    content = zlib.compress(_TEXT + b"\n" + draws, 9)
    return _pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
            b" /Resources 8 0 R >>",
            b"<< /Length %d /Filter /FlateDecode >>\nstream\n%s\nendstream"
            % (len(content), content),
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            b"<< /Type /XObject /Subtype /Form /BBox [-6 -6 6 6] /Length %d >>\nstream\n%s"
            b"\nendstream" % (len(form), form),
            b"<< /M0 6 0 R >>",
            b"<< /Font << /F1 5 0 R >> /XObject 7 0 R >>",
        ]
    )


def test_a_page_drawing_a_form_through_a_dictionary_apart_is_priced() -> None:
    # a page's /XObject dictionary written as an object of its own bound no name: its
    # drawings were priced as the 7 bytes of each '/M0 Do'; on 173ffd8 a page drawing a
    # one-line form 100,000 times (1.9 KB) was read in 2-4 s and 214 MB
    data = _drawing_page(b"/M0 Do\n" * 100_000, b"0 0 m 1 1 l S")
    assert len(data) < 2500
    refused_before(data, "as often as its page tree lists it")


def test_a_scatter_plot_drawing_its_markers_through_a_dictionary_apart_is_read() -> None:
    # matplotlib 3.11.2 draws each point of a scatter plot as a form through the page's
    # dictionary apart: 20,000 points (332 KB) are read by PDFium in 0.2 s and 39 MB,
    # 100,000 (1.6 MB) in 1.0 s and 194 MB.  Priced at 4 KiB a drawing, 20,000 points
    # came to over 64 MiB and were refused
    random = Random(1)
    points = b"".join(
        b"1 0 0 1 %.10f %.10f cm /M0 Do\n" % (random.uniform(-99, 99), random.uniform(-99, 99))
        for _ in range(20_000)
    )
    doc = eurefs.read_document(_drawing_page(b"q\n" + points + b"Q\n", _MARKER))
    assert doc.text == "Directive 95/46/EC\n"


def test_forms_that_draw_forms_within_the_limit_are_read() -> None:
    for data in (form_fanout_pdf(3, 10, _TEXT), form_fanout_pdf(3, 10, _TEXT, True, True)):
        refs = eurefs.extract(eurefs.read_document(data))
        assert {r.text for r in refs} == {"Directive 95/46/EC"}
    # a form that draws itself: PDFium draws it once
    refs = eurefs.extract(eurefs.read_document(form_fanout_pdf(1, 10, b"/Fm0 Do " + _TEXT)))
    assert [r.text for r in refs] == ["Directive 95/46/EC"]


_GLYPH = b"1000 0 0 0 750 750 d1\n" + b"0 0 m 1 1 l S\n" * 22000  # 300 KB of paths


@pytest.mark.parametrize(
    ("codes", "fonts", "packed"), [(256, 1, False), (256, 1, True), (40, 8, True)]
)
def test_glyphs_of_type3_fonts_past_the_limit_are_refused(
    codes: int, fonts: int, packed: bool
) -> None:
    # PDFium parses a Type3 font's glyph procedure for each code shown and keeps it: a
    # 3 KB PDF mapping 16 codes to one procedure of 900 KB took 12 s and 300 MB (one
    # code 2.4 s), 256 codes of 300 KB about 45 s and 1.5 GB; the fonts, their encodings
    # and /CharProcs in an object stream (indirect, as pdfTeX writes them) hide nothing
    data = type3_pdf(codes, _GLYPH, fonts, packed)
    assert len(data) < 5000
    refused_before(data, "glyphs of Type3 fonts")


def test_a_small_pdf_whose_type3_glyphs_cost_over_4_mib_is_refused() -> None:
    # the pages of a file under 84 KB could cost 16 MiB whatever its size: on 6f84822 a
    # 3.2 KB PDF showing 15 codes of one Type3 procedure of 1,000 KB of paths was read,
    # 3.5 s and 322 MB; 3 codes (4 MiB) take 1.2 s and 100 MB
    glyph = b"1000 0 0 0 750 750 d1\n" + b"0 0 m 1 1 l S\n" * (1000 * 1024 // 14)
    data = type3_pdf(15, glyph)
    assert len(data) < 4000
    refused_before(data, "as often as its page tree lists it")
    assert eurefs.read_document(type3_pdf(2, glyph)).text == "Directive 95/46/EC\nAB\n"


def test_glyphs_of_type3_fonts_within_the_limit_are_read() -> None:
    # a few codes of the same procedure, and many names bound to one font (parsed once)
    for data in (type3_pdf(3, _GLYPH), type3_pdf(3, _GLYPH, 1, True)):
        assert eurefs.read_document(data).text == "Directive 95/46/EC\nABC\n"
    small = b"1000 0 0 0 750 750 d1 0 0 m 1 1 l S"
    assert "ABC" in eurefs.read_document(type3_pdf(3, small, 30)).text


def test_a_tiling_pattern_is_not_parsed_to_read_the_text() -> None:
    # PDFium parses a pattern's content when it paints it, never to read the text: a page
    # that fills 2000 shapes with a pattern of 900 KB of paths is read in about a second
    # (not priced as a form it draws 2000 times: that would refuse it)
    data = pattern_pdf(2000, b"0 0 m 1 1 l S\n" * 65000)
    assert eurefs.read_document(data).text == "Directive 95/46/EC\n"


def _type3_variant(
    codes: int, pages: int = 1, fonts_apart: bool = False, differences_apart: bool = False
) -> bytes:
    """:func:`type3_pdf` of ``codes`` codes of :data:`_GLYPH` on ``pages`` pages (each
    selecting the one font), its page's ``/Font`` dictionary or its encoding's
    ``/Differences`` array written as an object of its own (matplotlib writes the first so)."""
    objects = re.findall(rb"\d+ 0 obj\n(.*?)\nendobj", type3_pdf(codes, _GLYPH), re.S)
    if fonts_apart:
        fonts = re.search(rb"/Font << [^<>]* >>", objects[2])
        assert fonts is not None
        objects.append(b"<<" + fonts[0][len(b"/Font <<") :])
        objects[2] = objects[2].replace(fonts[0], b"/Font %d 0 R" % len(objects))
    if differences_apart:
        array = re.search(rb"\[[^\]]*\]", objects[7])
        assert array is not None
        objects.append(array[0])
        encoding = b"/Encoding << /Differences %d 0 R >>" % len(objects)
        objects[8] = objects[8].replace(b"/Encoding 8 0 R", encoding)
    kids = [3, *range(len(objects) + 1, len(objects) + pages)]
    objects += [objects[2]] * (pages - 1)
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
        b" ".join(b"%d 0 R" % kid for kid in kids),
        pages,
    )
    return _pdf(objects)


def test_type3_fonts_named_by_a_font_dictionary_apart_are_priced() -> None:
    # a page's /Font dictionary written as an object of its own bound no name to the
    # font: its glyphs were priced as nothing; on 6f84822 64 codes of the 300 KB procedure
    # (2.3 KB) were read in 4.6 s and 389 MB, 256 codes about four times that
    refused_before(_type3_variant(64, fonts_apart=True), "content to parse")
    doc = eurefs.read_document(_type3_variant(3, fonts_apart=True))
    assert doc.text == "Directive 95/46/EC\nABC\n"


def test_type3_codes_named_by_differences_apart_are_priced() -> None:
    # an encoding's /Differences written as an object of its own named no code: 16
    # codes of one procedure were priced as 1 (and 256 would have been), read on 6f84822
    refused_before(_type3_variant(16, differences_apart=True), "content")


def test_the_glyphs_of_a_type3_font_are_priced_once_for_all_the_pages() -> None:
    # PDFium keeps a font's glyphs while the document is open: 10 pages showing 4 codes
    # of a 900 KB procedure took 0.54 s, 1 page 0.58 s.  Priced again on each page, 30
    # pages showing 3 codes of the 300 KB procedure came to 36 MB and were refused on
    # 6f84822, as was a 30-chart report that matplotlib 3.11 wrote (92 KB, read in 0.6 s)
    doc = eurefs.read_document(_type3_variant(3, pages=30))
    assert doc.page_count == 30 and doc.text.count("Directive 95/46/EC") == 30
    assert "ABC" in doc.text  # (on every page at one place: a running head after page 1)
