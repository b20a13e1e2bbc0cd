"""The PDF stream filters other than Flate, decoded in pieces, for :mod:`eurefs.readers.pdfbomb`.

A stream may be encoded by a chain of filters (``/Filter [/ASCII85Decode
/FlateDecode]``); PDFium decodes the whole chain before it parses a page.  These
decoders turn an iterator of pieces into an iterator of decoded pieces, keep at
most a piece and an LZW table, and stop where the data is damaged (PDFium judges
damage itself): :mod:`~eurefs.readers.pdfbomb` counts what a chain decodes to
without holding it.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Callable, Iterator

_PIECE = 1 << 16
#: The first piece is short: a binary stream (an image) is decoded only far enough to
#: see that it is binary (4 KiB, the sample that ``pdfbomb`` looks at).
_FIRST = 1 << 12
#: ASCII85 characters decoded at a time (the decoder is Python): 4 KiB of data.
_A85_STEP = 5 * 1024
_WHITE = b" \t\r\n\f\x00"

#: A decoder: pieces of encoded data in, pieces of decoded data out.
Decoder = Callable[[Iterator[bytes]], Iterator[bytes]]


def ascii85(pieces: Iterator[bytes]) -> Iterator[bytes]:
    """``ASCII85Decode``: groups of five characters, ``z`` for four zeros, ``~>`` at the end."""
    rest = b""
    for piece in pieces:
        data = rest + piece.translate(None, _WHITE)
        end = data.find(b"~")
        if end != -1:
            data = data[:end]
        data = data.replace(b"z", b"!!!!!")  # z stands for a group of four zeros
        whole = len(data) - len(data) % 5
        rest = data[whole:]
        for at in range(0, whole, _A85_STEP):
            try:
                yield base64.a85decode(data[at : min(at + _A85_STEP, whole)])
            except ValueError:
                return
        if end != -1:
            break
    if rest:
        try:  # the last group may be short: padded as the encoder padded it
            yield base64.a85decode(rest + b"u" * (5 - len(rest)))[: len(rest) - 1]
        except ValueError:
            return


def ascii_hex(pieces: Iterator[bytes]) -> Iterator[bytes]:
    """``ASCIIHexDecode``: two hexadecimal digits a byte, ``>`` at the end."""
    rest = b""
    for piece in pieces:
        data = rest + piece.translate(None, _WHITE)
        end = data.find(b">")
        if end != -1:
            data = data[:end]
        whole = len(data) - len(data) % 2
        rest = data[whole:]
        try:
            out = binascii.unhexlify(data[:whole])
        except (binascii.Error, ValueError):
            return
        if out:
            yield out
        if end != -1:
            break
    if rest:  # an odd last digit: followed by a zero
        try:
            yield binascii.unhexlify(rest + b"0")
        except (binascii.Error, ValueError):
            return


def run_length(pieces: Iterator[bytes]) -> Iterator[bytes]:
    """``RunLengthDecode``: a length byte, then that many bytes or one byte repeated; 128 ends."""
    out = bytearray()
    rest = b""
    for piece in pieces:
        data = rest + piece
        i, n = 0, len(data)
        while i < n:
            length = data[i]
            if length == 128:
                yield bytes(out)
                return
            size = length + 2 if length < 128 else 2
            if i + size > n:
                break
            if length < 128:
                out += data[i + 1 : i + size]
            else:
                out += data[i + 1 : i + 2] * (257 - length)
            i += size
            if len(out) >= _PIECE:
                yield bytes(out)
                out.clear()
        rest = data[i:]
    if out:
        yield bytes(out)


def lzw_late(pieces: Iterator[bytes]) -> Iterator[bytes]:
    """``LZWDecode`` with ``/EarlyChange 0``: the code width grows one code later."""
    return lzw(pieces, early=0)


def lzw(pieces: Iterator[bytes], early: int = 1) -> Iterator[bytes]:
    """``LZWDecode`` as PDF writes it: codes of 9 to 12 bits, most significant bit first,
    256 clears the table, 257 ends the data; the code width grows one code early (the
    default ``EarlyChange`` 1)."""
    table = [bytes([i]) for i in range(256)] + [b"", b""]
    width, bits, held, limit = 9, 0, 0, _FIRST
    prev = b""
    out = bytearray()
    for piece in pieces:
        for byte in piece:
            bits, held = (bits << 8) | byte, held + 8
            if held < width:
                continue
            held -= width
            code, bits = bits >> held, bits & ((1 << held) - 1)
            if code == 256:
                del table[258:]
                width, prev = 9, b""
                continue
            if code == 257:
                break
            if code < len(table):
                entry = table[code]
            elif code == len(table) and prev:
                entry = prev + prev[:1]
            else:
                return  # damaged
            if prev and len(table) < 4096:
                table.append(prev + entry[:1])
            prev = entry
            out += entry
            if len(table) + early >= 1 << width and width < 12:
                width += 1
            if len(out) >= limit:
                yield bytes(out)
                out.clear()
                limit = _PIECE
        else:
            continue
        break
    if out:
        yield bytes(out)


def _paeth(left: int, up: int, corner: int) -> int:
    guess = left + up - corner
    pa, pb, pc = abs(guess - left), abs(guess - up), abs(guess - corner)
    return left if pa <= pb and pa <= pc else up if pb <= pc else corner


def _png_row(tag: int, row: bytes, prev: bytes, bpp: int) -> bytes:
    """One row of a PNG predictor undone: ``tag`` 0 none, 1 sub, 2 up, 3 average, 4 Paeth."""
    prev = prev[: len(row)].ljust(len(row), b"\0")
    if tag == 2:
        return bytes((a + b) & 0xFF for a, b in zip(row, prev, strict=True))
    if tag == 0 or tag > 4:
        return row
    out = bytearray(row)
    for i in range(len(row)):
        left = out[i - bpp] if i >= bpp else 0
        if tag == 1:
            out[i] = (out[i] + left) & 0xFF
        elif tag == 3:
            out[i] = (out[i] + (left + prev[i]) // 2) & 0xFF
        else:
            corner = prev[i - bpp] if i >= bpp else 0
            out[i] = (out[i] + _paeth(left, prev[i], corner)) & 0xFF
    return bytes(out)


def unpredict(sample: bytes, predictor: int, row_bytes: int, bpp: int) -> bytes:
    """The start of a stream that a predictor (``/DecodeParms << /Predictor ... >>``) was
    applied to, as PDFium gives it back: PNG predictors (10 and over) write a tag byte
    before each row of ``row_bytes``, the TIFF predictor (2) adds each byte to the one
    ``bpp`` bytes before it in its row.  Only a sample is undone here (in Python), enough
    to see whether the data is text."""
    out, prev = bytearray(), b""
    if predictor >= 10:
        for at in range(0, len(sample), row_bytes + 1):
            prev = _png_row(sample[at], sample[at + 1 : at + 1 + row_bytes], prev, bpp)
            out += prev
        return bytes(out)
    if predictor == 2:
        for at in range(0, len(sample), row_bytes):
            out += _png_row(1, sample[at : at + row_bytes], b"", bpp)
        return bytes(out)
    return sample
