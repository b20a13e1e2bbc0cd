"""Where a PDF stream's data begins and ends, as PDFium finds them: after ``stream`` and
its end of line (a CR alone too), for ``/Length`` bytes where ``endstream`` follows."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

import pytest

import eurefs
from tests.support.pdf_streams import _pdf, page_objects
from tests.support.refusals import refused_before

_TEXT = b"BT /F1 12 Tf 72 700 Td (Directive 95/46/EC) Tj ET\n"
_DOCUMENTS = Path(__file__).resolve().parents[1] / "data" / "documents" / "pdf"
_PATHS = _TEXT + b"0 0 m 1 1 l S\n" * ((4 << 20) // 14)  # 4 MiB, 1000:1 in Flate


def _page_pdf(body: bytes, keyword: bytes = b"stream\n", length: bytes | None = None) -> bytes:
    """A one-page PDF whose content stream is ``body`` (Flate), opened by ``keyword``, its
    ``/Length`` written as ``length`` (its size) or in object 6 (``length=b"6 0 R"``)."""
    written = length if length is not None else b"%d" % len(body)
    return _pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %s /Filter /FlateDecode >>\n%s%s\nendstream" % (written, keyword, body),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"%d" % len(body),
    ])  # fmt: skip


def _with_endstream(content: bytes) -> bytes:
    """``content`` in Flate whose first block is stored and writes ``endstream``."""
    marker = b"% endstream\n"
    stored = b"\x00" + struct.pack("<HH", len(marker), 0xFFFF ^ len(marker)) + marker
    raw = zlib.compressobj(9, zlib.DEFLATED, -15)
    deflated = raw.compress(content) + raw.flush()
    body = b"\x78\x01" + stored + deflated + struct.pack(">I", zlib.adler32(marker + content))
    assert zlib.decompress(body) == marker + content and b"endstream" in body
    return body


def test_a_stream_opened_by_stream_and_a_cr_alone_is_checked() -> None:
    # PDFium reads the data after 'stream\r'; the check looked for 'stream' and a line
    # feed only: on a596049 a page of 100 MiB of paths so opened (204 KB) took 98 s and
    # 2.1 GB to read
    assert eurefs.read_document(_page_pdf(zlib.compress(_TEXT), b"stream\r")).text == (
        "Directive 95/46/EC\n"
    )
    data = _page_pdf(zlib.compress(_PATHS, 9), b"stream\r")
    refused_before(data, "decompression bomb")


@pytest.mark.parametrize("length", [None, b"6 0 R"])
def test_a_stream_whose_data_writes_endstream_is_read_to_its_length(
    length: bytes | None,
) -> None:
    # PDFium reads /Length bytes where 'endstream' follows them; the check stopped at the
    # first 'endstream', which a stored block of the Flate data wrote: on a596049 a page
    # of 100 MiB of paths so written (204 KB) took 104 s and 2.1 GB to read
    page = eurefs.read_document(_page_pdf(_with_endstream(_TEXT), length=length))
    assert page.text == "Directive 95/46/EC\n"
    data = _page_pdf(_with_endstream(_PATHS), length=length)
    refused_before(data, "decompression bomb")


def test_streams_that_begin_inside_others_again_and_again_are_refused() -> None:
    # every 'stream' keyword is checked (an object may start inside another's data), each
    # to its end: lines of 'stream' with no end made each read the rest of the file, and
    # the search for its end, again (64 KB: 12 s to check on 961dd99, read; 1 MB would
    # take an hour).  The streams' data now come to over 4 times the file: refused
    data = _pdf([*page_objects(_TEXT), b"stream\n" * (16 << 10)])
    refused_before(data, "streams begin inside others")
    # a real PDF embedded as it is in a stream of another (the Council's 1.3 MB st 5419/16):
    # its streams are inside that one's data, once, and it is read
    real = _DOCUMENTS / "en-council-st-5419-16-gdpr-council-position-first-reading.pdf"
    real = real.read_bytes()
    holder = b"<< /Type /EmbeddedFile /Length %d >>\nstream\n%s\nendstream" % (len(real), real)
    doc = eurefs.read_document(_pdf([*page_objects(_TEXT), holder]), name="embedding.pdf")
    assert [r.text for r in eurefs.extract(doc)] == ["Directive 95/46/EC"]
