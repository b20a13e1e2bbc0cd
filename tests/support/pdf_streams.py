"""One-page PDFs whose content stream is encoded by a chain of PDF filters, written by hand.

reportlab writes Flate (and ASCII85 around it) only; PDFium decodes every standard
filter, so these test PDFs hold the others: ``LZWDecode`` and ``RunLengthDecode`` as
the PDF Reference (3.3.3, 3.3.4) defines them, ``ASCIIHexDecode``, ``ASCII85Decode``.
"""

from __future__ import annotations

import base64
import zlib

from tests.support.pdf_crypt import StandardRC4


def lzw(data: bytes, early: int = 1) -> bytes:
    """LZW as PDF writes it: a clear code first, codes of 9 to 12 bits, the width growing
    one code early (``EarlyChange`` 1), the table cleared when full, 257 at the end."""
    out = bytearray()
    bits = held = 0
    width = 9

    def emit(code: int) -> None:
        nonlocal bits, held
        bits, held = (bits << width) | code, held + width
        while held >= 8:
            held -= 8
            out.append((bits >> held) & 0xFF)
        bits &= (1 << held) - 1

    table: dict[tuple[int, int], int] = {}
    emit(256)
    code = -1  # the code of the string read so far (-1: none)
    for byte in data:
        if code < 0:
            code = byte
            continue
        known = table.get((code, byte))
        if known is not None:
            code = known
            continue
        emit(code)
        if len(table) + 258 < 4096:
            table[(code, byte)] = len(table) + 258
            if len(table) + 258 - 1 + early >= 1 << width and width < 12:
                width += 1
        else:
            emit(256)
            table.clear()
            width = 9
        code = byte
    if code >= 0:
        emit(code)
    emit(257)
    if held:
        out.append((bits << (8 - held)) & 0xFF)
    return bytes(out)


def run_length(data: bytes) -> bytes:
    """RunLengthDecode's encoding: runs of 2 to 128 equal bytes, the rest copied."""
    out = bytearray()
    i = 0
    while i < len(data):
        run = 1
        while i + run < len(data) and run < 128 and data[i + run] == data[i]:
            run += 1
        if run > 1:
            out += bytes([257 - run, data[i]])
        else:
            out += bytes([0, data[i]])
        i += run
    return bytes(out + b"\x80")


def png_predicted(data: bytes, tag: int = 2, columns: int = 100) -> bytes:
    """Rows of ``columns`` bytes, each written as PNG writes it after a tag byte: 1 the
    difference from the byte on its left, 2 from the byte above (a PNG predictor, the
    ``/Predictor 12`` of ``/DecodeParms``; a repeated row becomes a row of zeros)."""
    out, prev = bytearray(), bytes(columns)
    for at in range(0, len(data), columns):
        row = data[at : at + columns].ljust(columns, b" ")
        if tag == 2 and row == prev:
            out += b"\x02" + bytes(columns)
            continue
        before = prev if tag == 2 else b"\x00" + row[:-1]
        out.append(tag)
        out += bytes((a - b) & 0xFF for a, b in zip(row, before, strict=True))
        prev = row
    return bytes(out)


_ENCODERS = {
    "FlateDecode": lambda d: zlib.compress(d, 9),
    "ASCII85Decode": lambda d: base64.a85encode(d, wrapcol=72) + b"~>",
    "ASCIIHexDecode": lambda d: d.hex().encode() + b">",
    "LZWDecode": lzw,
    "LZWDecode/EarlyChange0": lambda d: lzw(d, early=0),
    "RunLengthDecode": run_length,
    "FlateDecode/Predictor12": lambda d: zlib.compress(png_predicted(d), 9),
    "FlateDecode/Predictor12/Sub": lambda d: zlib.compress(png_predicted(d, tag=1), 9),
    # filters PDFium does not decode to read text (an image's; a name no writer uses): it
    # stops there and parses what the filters before them gave
    "DCTDecode": lambda d: d,
    "NoSuchDecode": lambda d: d,
}
_PARMS = {
    "EarlyChange0": b"<< /EarlyChange 0 >>",
    "Predictor12": b"<< /Predictor 12 /Columns 100 >>",
}


def filtered_pdf(content: bytes, filters: list[str]) -> bytes:
    """A one-page PDF whose content stream is ``content`` encoded by ``filters`` (the first
    is decoded first, as in the ``/Filter`` array)."""
    for name in reversed(filters):
        content = _ENCODERS[name](content)
    names = b" ".join(b"/" + name.split("/")[0].encode() for name in filters)
    given = [
        _PARMS.get(name.split("/")[1], b"null") if "/" in name else b"null" for name in filters
    ]
    parms = b" /DecodeParms [%s]" % b" ".join(given) if set(given) != {b"null"} else b""
    objects = page_objects(content, stream=b" /Filter [%s]%s" % (names, parms))
    out, offsets = b"%PDF-1.4\n", []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    table = b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    return out + b"xref\n0 6\n0000000000 65535 f \n%strailer\n<< /Size 6 /Root 1 0 R >>\n" \
        b"startxref\n%d\n%%%%EOF\n" % (table, len(out))  # fmt: skip


def page_objects(content: bytes, catalog: bytes = b"", stream: bytes = b"") -> list[bytes]:
    """Objects 1 to 5 of a one-page PDF: its catalog (``catalog`` added to its dictionary),
    page tree, page, content stream (``content``, ``stream`` added to its dictionary) and
    Helvetica as font F1."""
    return [
        b"<< /Type /Catalog /Pages 2 0 R%s >>" % catalog,
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d%s >>\nstream\n%s\nendstream" % (len(content), stream, content),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]


def _pdf(objects: list[bytes]) -> bytes:
    out, offsets = b"%PDF-1.4\n", []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    table = b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    size = len(objects) + 1
    return out + b"xref\n0 %d\n0000000000 65535 f \n%strailer\n<< /Size %d /Root 1 0 R >>\n" \
        b"startxref\n%d\n%%%%EOF\n" % (size, table, size, len(out))  # fmt: skip


def form_fanout_pdf(
    levels: int, width: int, text: bytes, indirect: bool = False, apart: bool = False
) -> bytes:
    """A one-page PDF whose page draws form 0, each form ``k`` drawing form ``k + 1``
    ``width`` times, the last one drawing ``text`` (``width ** (levels - 1)`` drawings of
    it); with ``indirect``, each form's resources in an object of their own; with
    ``apart``, each form's ``/XObject`` dictionary (after the forms' resources)."""
    font = b"/Font << /F1 5 0 R >>"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
        b" /Resources << %s /XObject << /Fm0 6 0 R >> >> >>" % font,
        b"<< /Length 8 >>\nstream\n/Fm0 Do\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    resources, dictionaries = [], []
    for k in range(levels):
        body = (b"/Fm%d Do " % (k + 1)) * width if k < levels - 1 else text
        xobjects = b"<< /Fm%d %d 0 R >>" % (k + 1, 7 + k)
        if apart:
            dictionaries.append(xobjects)
            xobjects = b"%d 0 R" % (6 + levels * (1 + indirect) + k)
        own = b"<< %s /XObject %s >>" % (font, xobjects)
        if indirect:
            resources.append(own)
            own = b"%d 0 R" % (6 + levels + k)
        objects.append(
            b"<< /Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources %s /Length %d >>"
            b"\nstream\n%s\nendstream" % (own, len(body), body)
        )
    return _pdf(objects + resources + dictionaries)


def packed_pdf(
    objects: list[bytes],
    packed: set[int],
    chain: tuple[str, ...] = ("FlateDecode",),
    crypt: StandardRC4 | None = None,
) -> bytes:
    """A PDF 1.5 of ``objects`` (numbered from 1) whose objects ``packed`` (none a stream)
    are written in an object stream, encoded by the filters of ``chain`` (Flate), found by
    an xref stream (as writers of PDF 1.5 and later save a file); with ``crypt``, its
    streams (the object stream too) encrypted, and its ``/Encrypt`` dictionary written
    after them (the objects may hold no string outside their streams)."""
    holder, xref = len(objects) + 1, len(objects) + 2
    if crypt is not None:
        objects = [_encrypted(crypt, n, body) for n, body in enumerate(objects, 1)]
    inside = sorted(packed)
    bodies = [objects[n - 1] for n in inside]
    offsets, at = [], 0
    for body in bodies:
        offsets.append(at)
        at += len(body) + 1
    header = b" ".join(b"%d %d" % (n, o) for n, o in zip(inside, offsets, strict=True)) + b"\n"
    data = header + b"".join(body + b"\n" for body in bodies)
    for name in reversed(chain):
        data = _ENCODERS[name](data)
    names = b" ".join(b"/" + name.encode() for name in chain)
    data = crypt.encrypt(holder, data) if crypt is not None else data
    out, where = b"%PDF-1.5\n", {}
    for number, body in enumerate(objects, 1):
        if number not in packed:
            where[number] = len(out)
            out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    where[holder] = len(out)
    out += b"%d 0 obj\n<< /Type /ObjStm /N %d /First %d /Filter [%s] /Length %d >>\n" \
        b"stream\n%s\nendstream\nendobj\n" \
        % (holder, len(inside), len(header), names, len(data), data)  # fmt: skip
    extra = b""
    if crypt is not None:  # (its /Encrypt dictionary: object xref + 1)
        where[xref + 1] = len(out)
        out += b"%d 0 obj\n%s\nendobj\n" % (xref + 1, crypt.dictionary())
        extra = b" /Encrypt %d 0 R%s" % (xref + 1, crypt.trailer())
    where[xref] = len(out)
    rows = [b"\x00" + bytes(4) + b"\xff\xff"]
    for number in range(1, xref + 1):
        if number in packed:
            rows.append(
                b"\x02" + holder.to_bytes(4, "big") + inside.index(number).to_bytes(2, "big")
            )
        else:
            rows.append(b"\x01" + where[number].to_bytes(4, "big") + bytes(2))
    if crypt is not None:
        rows.append(b"\x01" + where[xref + 1].to_bytes(4, "big") + bytes(2))
    table = b"".join(rows)
    out += b"%d 0 obj\n<< /Type /XRef /Size %d /W [1 4 2] /Root 1 0 R%s /Length %d >>\n" \
        b"stream\n%s\nendstream\nendobj\n" \
        % (xref, len(rows), extra, len(table), table)  # fmt: skip
    return out + b"startxref\n%d\n%%%%EOF\n" % where[xref]


def _encrypted(crypt: StandardRC4, number: int, body: bytes) -> bytes:
    """Object ``number``'s ``body`` with its stream's data (if it is a stream) encrypted."""
    start, end = body.find(b"\nstream\n"), body.rfind(b"\nendstream")
    if start < 0:
        return body
    start += len(b"\nstream\n")
    return body[:start] + crypt.encrypt(number, body[start:end]) + body[end:]


def type3_pdf(codes: int, glyph: bytes, fonts: int = 1, packed: bool = False) -> bytes:
    """A one-page PDF that shows ``codes`` character codes of ``fonts`` Type3 fonts (one
    font object each, named ``/T0`` ...) whose ``/Differences`` map every code to one glyph
    procedure, ``glyph`` (Flate-compressed); with ``packed``, the fonts, their encodings and
    ``/CharProcs`` dictionaries (both indirect) are in an object stream."""
    first = min(65, 256 - codes)  # ('ABC' ...)
    shown = bytes(range(first, first + codes)).replace(b"\\", b"\\\\")
    show = b"(" + shown.replace(b"(", b"\\(").replace(b")", b"\\)") + b") Tj "
    content = b"BT /F1 12 Tf 72 700 Td (Directive 95/46/EC) Tj " + b"".join(
        b"/T%d 12 Tf 72 600 Td %s" % (k, show) for k in range(fonts)
    ) + b"ET"  # fmt: skip
    zcontent, zglyph = zlib.compress(content, 9), zlib.compress(glyph, 9)
    names = b" ".join(b"/T%d %d 0 R" % (k, 9 + k) for k in range(fonts))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R %s >> >> >>" % names,
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n%s\nendstream" % (len(zcontent), zcontent),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n%s\nendstream" % (len(zglyph), zglyph),
        b"<< /g 6 0 R >>",
        b"<< /Type /Encoding /Differences [%d %s] >>" % (first, b"/g " * codes),
    ]
    for _ in range(fonts):
        objects.append(
            b"<< /Type /Font /Subtype /Type3 /FontBBox [0 0 750 750] /FontMatrix [0.001 0 0 "
            b"0.001 0 0] /CharProcs 7 0 R /Encoding 8 0 R /FirstChar %d /LastChar %d /Widths "
            b"[%s] >>" % (first, first + codes - 1, b"1000 " * codes)
        )
    if packed:
        return packed_pdf(objects, {7, 8, *range(9, 9 + fonts)})
    return _pdf(objects)


def pattern_pdf(uses: int, body: bytes) -> bytes:
    """A one-page PDF that fills ``uses`` shapes with a tiling pattern whose content is
    ``body`` (Flate-compressed)."""
    zbody = zlib.compress(body, 9)
    content = b"BT /F1 12 Tf 72 700 Td (Directive 95/46/EC) Tj ET " + (
        b"/Pattern cs /P0 scn 0 0 10 10 re f " * uses
    )
    zcontent = zlib.compress(content, 9)
    return _pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> /Pattern << /P0 6 0 R >> >> >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n%s\nendstream" % (len(zcontent), zcontent),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Type /Pattern /PatternType 1 /PaintType 1 /TilingType 1 /BBox [0 0 10 10] /XStep"
        b" 10 /YStep 10 /Resources << >> /Length %d /Filter /FlateDecode >>\nstream\n%s\n"
        b"endstream" % (len(zbody), zbody),
    ])  # fmt: skip


def page_tree_pdf(root: list[int], nodes: list[list[int]], packed: bool = False) -> bytes:
    """A PDF whose page tree's root (object 2) lists the objects ``root``: 3 is the one page
    (it shows 'Directive 95/46/EC'), 6, 7 ... the ``nodes``, each listing objects in turn;
    with ``packed``, the tree is in an object stream."""

    def count(number: int) -> int:
        return 1 if number == 3 else sum(count(kid) for kid in nodes[number - 6])

    def kids(refs: list[int]) -> bytes:
        return b" ".join(b"%d 0 R" % ref for ref in refs)

    text = b"BT /F1 12 Tf 72 700 Td (Directive 95/46/EC) Tj ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids(root), sum(map(count, root))),
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(text), text),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    for number, listed in enumerate(nodes, 6):
        objects.append(
            b"<< /Type /Pages /Parent 2 0 R /Kids [%s] /Count %d >>" % (kids(listed), count(number))
        )
    if packed:
        return packed_pdf(objects, {2, 3, *range(6, 6 + len(nodes))})
    return _pdf(objects)


#: How :func:`decoded_pdf` names its stream (object 7), by the key that names it.
_NAMING = {
    "Metadata": (b" /Metadata 7 0 R", b"", b""),
    "FontFile2": (b"", b" /FontDescriptor 6 0 R", b""),
    "ToUnicode": (b"", b" /ToUnicode 7 0 R", b""),
    "ICCBased": (b"", b"", b"[/ICCBased 7 0 R]"),
    "Separation": (b"", b"", b"[/Separation /Spot /DeviceGray 7 0 R]"),
}


def decoded_pdf(key: str, data: bytes, packed: bool = False) -> bytes:
    """A one-page PDF showing 'Directive 95/46/EC' whose catalog names ``data`` as its
    metadata (``key`` ``Metadata``), whose font names it as its font program
    (``FontFile2``) or its ``ToUnicode``, or whose page paints in a colour space whose
    ICC profile (``ICCBased``) or tint function (``Separation``) it is: Flate-compressed
    twice, under no type or subtype that says what it is; with ``packed``, the catalog,
    the page and the font's objects are in an object stream."""
    twice = zlib.compress(zlib.compress(data, 9), 9)
    catalog, font, space = _NAMING[key]
    text = b"BT /F1 12 Tf 72 700 Td (Directive 95/46/EC) Tj ET"
    if space:
        text = b"/CS0 cs 0.5 sc 0 0 10 10 re f " + text
    function = b"/FunctionType 0 /Domain [0 1] /Range [0 1] /Size [%d] /BitsPerSample 8 "
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R%s >>" % catalog,
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> /ColorSpace << /CS0 %s >> >> >>"
        % (space or b"/DeviceGray"),
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(text), text),
        b"<< /Type /Font /Subtype /TrueType /BaseFont /Helvetica /FirstChar 32 /LastChar 126"
        b" /Widths [%s]%s >>" % (b"556 " * 95, font),
        b"<< /Type /FontDescriptor /FontName /Helvetica /Flags 32 /FontBBox [0 0 1000 1000]"
        b" /ItalicAngle 0 /Ascent 800 /Descent -200 /CapHeight 700 /StemV 80 /FontFile2 7 0 R >>",
        b"<< %s/N 1 /Filter [/FlateDecode /FlateDecode] /Length %d >>\nstream\n%s\nendstream"
        % (function % len(data) if key == "Separation" else b"", len(twice), twice),
    ]
    return packed_pdf(objects, {1, 3, 5, 6}) if packed else _pdf(objects)


def deflated_zeros(mebibytes: int) -> bytes:
    """A zlib stream of ``mebibytes`` MiB of zeros, made without deflating them all: one
    MiB deflated after a full flush (which resets the compressor) repeated."""
    raw = zlib.compressobj(9, zlib.DEFLATED, -15)
    piece = raw.compress(bytes(1 << 20)) + raw.flush(zlib.Z_FULL_FLUSH)
    adler = ((mebibytes << 20) % 65521) << 16 | 1  # (zeros: a stays 1, b counts them)
    return b"\x78\xda" + piece * mebibytes + raw.flush() + adler.to_bytes(4, "big")
