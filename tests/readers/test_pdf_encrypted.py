"""Encrypted PDFs whose catalog is packed in an object stream: PDFium opens them and writes
a copy without their encryption before the bomb check can read them, and it decodes the
metadata that a catalog names as it opens a file (eurefs.readers.pdfcrypt)."""

from __future__ import annotations

import subprocess
import sys
import zlib
from pathlib import Path

import pytest

import eurefs
from tests.support.pdf_crypt import StandardRC4
from tests.support.pdf_streams import deflated_zeros, packed_pdf, page_objects
from tests.support.refusals import refused_before

_TEXT = b"BT /F1 12 Tf 72 700 Td (Directive 95/46/EC) Tj ET"


def packed_catalog_pdf(metadata: bytes, content: bytes = _TEXT, filters: bytes = b"") -> bytes:
    """A one-page PDF encrypted with an owner password only (RC4, 40 bits: it opens without
    a password) showing ``Directive 95/46/EC``, whose catalog, page tree, page and font
    are packed in an object stream; the catalog names as its metadata a stream of
    ``metadata`` (Flate data: one more Flate layer is put around it); the page's
    ``content`` is written under ``/Filter`` ``filters`` (already encoded so)."""
    once = zlib.compress(metadata, 9)
    named = b" /Filter %s" % filters if filters else b""
    objects = [
        *page_objects(content, catalog=b" /Metadata 6 0 R", stream=named),
        b"<< /Filter [/FlateDecode /FlateDecode] /Length %d >>\nstream\n%s\nendstream"
        % (len(once), once),
    ]
    return packed_pdf(objects, {1, 2, 3, 5}, crypt=StandardRC4())


_CHILD = """
import resource, sys
size = next(int(l.split()[1]) for l in open("/proc/self/status") if l.startswith("VmSize"))
import eurefs
from tests.support.refusals import refused_before
limit = size * 1024 + (400 << 20)  # (what was mapped before eurefs, and 400 MiB more)
resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
refused_before(open(sys.argv[1], "rb").read(), "refused as a decompression bomb")
"""


def test_an_encrypted_pdf_whose_packed_catalog_names_a_metadata_bomb_is_refused(
    tmp_path: Path,
) -> None:
    # the catalog is encrypted inside the object stream, so its /Metadata could not be
    # hidden from PDFium, which decodes it whole as it opens the file: this 1.6 KB PDF
    # naming 256 MiB of zeros took 16.8 s and 1.8 GB (on 9dc5db2), and aborted under the
    # limit here (SIGABRT).  PDFium now opens it with its streams' filters hidden, and the
    # copy it writes names the metadata, which the check reads: refused in 0.1 s, 74 MB
    data = packed_catalog_pdf(deflated_zeros(256))
    assert b"/Encrypt" in data and b"/Metadata" not in data and len(data) < 2000
    (tmp_path / "meta.pdf").write_bytes(data)
    child = subprocess.run(
        [sys.executable, "-c", _CHILD, str(tmp_path / "meta.pdf")],
        capture_output=True, text=True, timeout=300, check=False, cwd=Path(__file__).parents[2],
    )  # fmt: skip
    assert child.returncode == 0, child.stderr[-2000:]


#: Filters a page's content is written under, and how the content is encoded for them.
_ENCODED = {
    b"": _TEXT,
    b"/FlateDecode": zlib.compress(_TEXT),
    b"/Fl#61teDecode": zlib.compress(_TEXT),
    b"[/ASCIIHexDecode /FlateDecode]": zlib.compress(_TEXT).hex().encode() + b">",
}


@pytest.mark.parametrize("filters", list(_ENCODED), ids=["none", "flate", "escaped", "chain"])
def test_an_encrypted_pdf_is_read_through_its_copy_with_its_filters(filters: bytes) -> None:
    # the streams are handed to PDFium with their filters' names hidden, and the copy it
    # writes has them back (a stream without a filter PDFium writes under Flate)
    data = packed_catalog_pdf(b"<x:xmpmeta/>", _ENCODED[filters], filters)
    doc = eurefs.read_document(data, name="a.pdf")
    assert [r.text for r in eurefs.extract(doc)] == ["Directive 95/46/EC"]


def test_a_bomb_in_an_encrypted_pdf_with_a_packed_catalog_is_refused() -> None:
    # the page's content inflates to 16 MiB of path operators (over 200:1): checked in the
    # copy, its filter given back (it was checked in the copy before, too)
    content = zlib.compress(b"0 0 m 1 1 l S " * (1 << 20), 9)
    data = packed_catalog_pdf(b"<x:xmpmeta/>", content, b"/FlateDecode")
    with pytest.raises(eurefs.errors.UnsafeDocument, match="decompression bomb"):
        eurefs.read_document(data, name="a.pdf")


def test_an_encrypted_pdf_whose_object_stream_is_encoded_twice_is_refused() -> None:
    # PDFium decodes the object stream whole as it opens the file to find the catalog, and
    # it is encrypted: no check can read it first.  Flate twice, it held 256 MiB of blanks
    # in a 1.5 KB PDF (13.4 s and 629 MB to read on 9dc5db2, and read); one filter that
    # expands (Flate: ~1,000:1 at most) is what writers use, so two are refused; 16 MiB here
    objects = [*page_objects(_TEXT), b" " * (16 << 20) + b"null"]
    twice = ("FlateDecode", "FlateDecode")
    data = packed_pdf(objects, {1, 2, 3, 5, 6}, twice, crypt=StandardRC4())
    assert len(data) < 2000
    refused_before(data, "more than one filter that expands it")
    once = packed_pdf(objects[:5], {1, 2, 3, 5}, crypt=StandardRC4())
    doc = eurefs.read_document(once, name="a.pdf")
    assert [r.text for r in eurefs.extract(doc)] == ["Directive 95/46/EC"]


def _blanks_after_xref_table(data: bytes, mebibytes: int) -> bytes:
    """``data`` (a PDF from :func:`packed_pdf`, its cross-reference stream last and written
    as it is) with that stream's table followed by ``mebibytes`` MiB of blanks, Flate."""
    at = data.rindex(b"/Type /XRef")
    head, start = data.rindex(b"obj\n", 0, at) + 4, data.index(b"stream\n", at) + 7
    end = data.index(b"\nendstream", start)
    body = zlib.compress(data[start:end] + b" " * (mebibytes << 20), 9)
    named = data[head : start - 7].replace(
        b"/Length %d" % (end - start), b"/Length %d /Filter /FlateDecode" % len(body)
    )
    return data[:head] + named + b"stream\n" + body + data[end:]


def test_encrypted_streams_that_may_inflate_past_the_limit_as_pdfium_opens_them_are_refused(
) -> None:  # fmt: skip
    # PDFium decodes the object and cross-reference streams as it opens the file, before
    # any check, and the object stream is encrypted: one filter (Flate) was let through.
    # 80 MiB of blanks in the object stream, or after the cross-reference table, made a
    # file of 82 KB that took 3.1 s and 181 MB to read on 961dd99 (256 MiB: 262 KB, 6.5 s
    # and 535 MB); Flate may expand a byte 1,032 times, and these streams' 81 KB may come
    # to more than the 64 MiB (or 200 times the file's size) that a file's streams are held
    # to together: refused before PDFium opens the file
    objects = [*page_objects(_TEXT), b" " * (80 << 20) + b"null"]
    packed = packed_pdf(objects, {1, 2, 3, 5, 6}, crypt=StandardRC4())
    plain = packed_pdf(page_objects(_TEXT), {1, 2, 3, 5}, crypt=StandardRC4())
    trailing = _blanks_after_xref_table(plain, 80)
    for data in (packed, trailing):
        assert len(data) < 90_000
        refused_before(data, "may inflate to .* possible decompression bomb")
    doc = eurefs.read_document(_blanks_after_xref_table(plain, 1), name="a.pdf")
    assert [r.text for r in eurefs.extract(doc)] == ["Directive 95/46/EC"]
