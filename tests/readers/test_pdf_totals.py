"""What the streams of a PDF inflate to together, and the cross-reference stream, which
PDFium decodes whole as it opens a file (eurefs.readers.pdfbomb)."""

from __future__ import annotations

import zlib

import eurefs
from tests.support.pdf_streams import _pdf, packed_pdf, page_objects
from tests.support.refusals import refused_before

_SHOW = b"/F%d 12 Tf (Directive 95/46/EC ) Tj "


def fonts_pdf(fonts: int, program: bytes) -> bytes:
    """A one-page PDF that shows ``Directive 95/46/EC`` in each of ``fonts`` TrueType
    fonts, each embedding a font program of its own whose data is ``program`` (Flate twice):
    PDFium decodes each whole as it loads the font, and keeps it while the file is open."""
    twice = zlib.compress(zlib.compress(program, 9), 9)
    text = b"BT 72 700 Td " + b"".join(_SHOW % k for k in range(fonts)) + b"ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
        b" /Resources << /Font << %s >> >> >>"
        % b" ".join(b"/F%d %d 0 R" % (k, 5 + 3 * k) for k in range(fonts)),
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(text), text),
    ]
    for k in range(fonts):
        objects += [
            b"<< /Type /Font /Subtype /TrueType /BaseFont /Helvetica%d /FontDescriptor %d 0 R"
            b" >>" % (k, 6 + 3 * k),
            b"<< /Type /FontDescriptor /FontName /Helvetica%d /Flags 32 /FontBBox [0 0 1000"
            b" 1000] /ItalicAngle 0 /Ascent 800 /Descent -200 /CapHeight 700 /StemV 80"
            b" /FontFile2 %d 0 R >>" % (k, 7 + 3 * k),
            b"<< /Filter [/FlateDecode /FlateDecode] /Length %d >>\nstream\n%s\nendstream"
            % (len(twice), twice),
        ]
    return _pdf(objects)


def test_streams_that_inflate_past_the_limit_together_are_refused() -> None:
    # each stream was held to the limits alone (64 MiB; over 1 MiB, 200:1), not all of
    # them: 200 fonts whose font programs are 1,000 KiB of zeros each (200 MB, ~1 KB a
    # font in a file of 189 KB) took 7.2 s and 293 MB to read on 9dc5db2
    data = fonts_pdf(100, bytes(1000 << 10))
    assert len(data) < 100_000
    refused_before(data, "inflate to over .* together")


def test_streams_that_inflate_within_the_limit_together_are_read() -> None:
    # (the real PDFs of the tests inflate 0.3 to 1.6 times their size together)
    doc = eurefs.read_document(fonts_pdf(20, bytes(range(256)) * 1024), name="a.pdf")
    assert {r.text for r in eurefs.extract(doc)} == {"Directive 95/46/EC"}


def xref_bomb_pdf(mebibytes: int) -> bytes:
    """A one-page PDF 1.5 showing ``Directive 95/46/EC`` whose cross-reference stream
    holds its table followed by ``mebibytes`` MiB of zeros, Flate twice."""
    text = b"BT /F1 12 Tf 72 700 Td (Directive 95/46/EC) Tj ET"
    pdf = packed_pdf(page_objects(text), {2, 3, 5})
    at = pdf.rindex(b" /Length ")
    start = pdf.index(b"stream\n", at) + len(b"stream\n")
    table = pdf[start : pdf.rindex(b"\nendstream")]
    deflater = zlib.compressobj(9)
    once = deflater.compress(table)
    for _ in range(mebibytes):
        once += deflater.compress(bytes(1 << 20))
    twice = zlib.compress(once + deflater.flush(), 9)
    head = b" /Filter [/FlateDecode /FlateDecode] /Length %d >>\nstream\n" % len(twice)
    tail = pdf[pdf.rindex(b"\nendstream") :]  # (the xref stream's offset in startxref)
    return pdf[:at] + head + twice + tail


def test_a_cross_reference_stream_that_inflates_past_the_limits_is_refused() -> None:
    # PDFium decodes the cross-reference stream whole as it opens the file, whatever its
    # /Size; its data is binary, so only its first piece was inflated: this 1.2 KB PDF,
    # 256 MiB of zeros after its table, took 3.3 s and 612 MB to read on 9dc5db2
    data = xref_bomb_pdf(256)
    assert len(data) < 2000
    refused_before(data, "refused as a decompression bomb")


def test_a_cross_reference_stream_within_the_limits_is_read() -> None:
    doc = eurefs.read_document(xref_bomb_pdf(0), name="a.pdf")
    assert [r.text for r in eurefs.extract(doc)] == ["Directive 95/46/EC"]
