"""PDFs whose pages make PDFium parse one content stream again and again, written by hand."""

from __future__ import annotations

import zlib

from tests.support.pdf_streams import _pdf, packed_pdf

#: What the one page shows, then ~1 MiB of path operators (Flate: ~1 KB).
SHOWN = b"BT /F1 12 Tf 72 700 Td (Directive 95/46/EC) Tj ET\n"
MIB_OF_PATHS = SHOWN + b"0 0 m 1 1 l S\n" * ((1 << 20) // 14 - 4)  # (not past 1 MiB)
_PAGE = (
    b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents %s"
    b" /Resources << /Font << /F1 5 0 R >> >> >>"
)
_FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"


def _refs(numbers: list[int] | range) -> bytes:
    return b" ".join(b"%d 0 R" % n for n in numbers)


def shared_content_pdf(pages: int, content: bytes = MIB_OF_PATHS, listed: int = 1) -> bytes:
    """A PDF of ``pages`` page objects (6, 7 ...) that all list one content stream (4,
    ``content``, Flate-compressed), ``listed`` times each in their ``/Contents``."""
    zcontent = zlib.compress(content, 9)
    contents = b"[%s]" % _refs([4] * listed) if listed > 1 else b"4 0 R"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [%s] /Count %d >>" % (_refs(range(6, 6 + pages)), pages),
        b"<< >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n%s\nendstream" % (len(zcontent), zcontent),
        _FONT,
    ]
    return _pdf(objects + [_PAGE % contents] * pages)


def masked_tree_pdf(listed: int, fake: int, cycle: bool = False) -> bytes:
    """A PDF whose page tree lists its one page (3) ``listed`` times (with ``cycle``: lists
    that page and a node that lists the root) and whose object 6, in no tree, has ``/Kids``
    listing ``fake`` objects that do not exist (as many page objects as the pages listed)."""
    text = b"BT /F1 12 Tf 72 700 Td (Directive 95/46/EC) Tj ET"
    kids = _refs([3, 7]) if cycle else _refs([3] * listed)
    return _pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, listed),
        _PAGE % b"4 0 R",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(text), text),
        _FONT,
        b"<< /FT /Tx /Kids [%s] >>" % _refs(range(100, 100 + fake)),
        b"<< /Type /Pages /Parent 2 0 R /Kids [2 0 R] /Count %d >>" % (listed - 1),
    ])  # fmt: skip


def padded_tree_pdf(
    padding: int, binary: bool = False, chain: tuple[str, ...] = ("FlateDecode",)
) -> bytes:
    """A PDF whose root (7) lists a node (6) listing the page (3) 450 times, 450 times
    (202,500 pages), packed in an object stream, after ``padding`` object streams of 1 MiB
    of blanks each (Flate: ~1 KB) or (``binary``) after an object that is a string of 4 KB
    of control characters in the same object stream, encoded by the filters of ``chain``."""
    text = b"BT /F1 12 Tf 72 700 Td (Directive 95/46/EC) Tj ET"
    pad = zlib.compress(b"9999 0\n(" + b" " * ((1 << 20) - 16) + b")", 9)
    first = b"(" + bytes(range(1, 9)) * 512 + b")" if binary else b"(pad)"
    objects = [
        b"<< /Type /Catalog /Pages 7 0 R >>",
        first,
        (_PAGE % b"4 0 R").replace(b"/Parent 2 0 R", b"/Parent 7 0 R"),
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(text), text),
        _FONT,
        b"<< /Type /Pages /Parent 7 0 R /Kids [%s] /Count 450 >>" % _refs([3] * 450),
        b"<< /Type /Pages /Kids [%s] /Count 202500 >>" % _refs([6] * 450),
    ]
    objects += [
        b"<< /Type /ObjStm /N 1 /First 7 /Filter /FlateDecode /Length %d >>\n"
        b"stream\n%s\nendstream" % (len(pad), pad)
    ] * padding
    return packed_pdf(objects, {2, 3, 6, 7}, chain)


def quoted_tree_pdf(quote: bytes, later: bytes = b"") -> bytes:
    """A PDF whose root (2) lists a node (6) listing the page (3) 450 times, 450 times
    (202,500 pages), ``quote`` written in both before their ``/Kids`` (a string, a
    comment), and an object ``later`` (7) written after them."""
    text = b"BT /F1 12 Tf 72 700 Td (Directive 95/46/EC) Tj ET"
    return _pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages %s /Kids [%s] /Count 202500 >>" % (quote, _refs([6] * 450)),
        _PAGE % b"4 0 R",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(text), text),
        _FONT,
        b"<< /Type /Pages /Parent 2 0 R %s /Kids [%s] /Count 450 >>" % (quote, _refs([3] * 450)),
        later or b"<< >>",
    ])  # fmt: skip
