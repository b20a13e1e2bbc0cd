"""An encrypted PDF's copy without its encryption, written by PDFium without decoding a stream.

The bomb check (:mod:`eurefs.readers.pdfbomb`) reads a PDF's streams, and an encrypted
PDF's streams are encrypted: PDFium must open the file and write a copy without the
encryption (the file's bytes, each stream as compressed as it was) before they can be
checked; the copy is what is checked and then read.  But PDFium decodes some streams whole
as it opens a file and writes a copy: the metadata the catalog names (parsed as XML at
open), every stream typed ``/Metadata`` (as it writes), and the object streams it reads
objects from.  Where the catalog is packed in an object stream, encrypted, its
``/Metadata`` cannot be seen before PDFium decrypts it: a 1.6 KB PDF whose packed catalog
names 256 MiB of zeros (Flate twice) took 16.8 s and 1.8 GB to open.

So PDFium is handed the file with the first letter of each filter name of every stream
but the object and cross-reference streams it needs written in the other case
(``/FlateDecode`` as ``/flateDecode``, ``/Fl#61teDecode`` as ``/fl#61teDecode``: no offset
moves): names of no filter PDFium decodes, so the streams it reads at open and as it
writes are their bytes, at most the file's.  The same change undone in the copy gives each
stream its filters back.  The names ``/Metadata`` are hidden too
(:func:`~eurefs.readers.pdfobjects.without_metadata`), so that metadata seen there is
neither checked nor read, as before.  The object and cross-reference streams are decoded
at open, before any check: one whose filters expand its data twice is refused
(:func:`_refuse_nested`), and those whose one filter may expand them, at the greatest
ratio it reaches, past the bomb check's limit for the streams of a file together, are
refused (:func:`_refuse_opened`): a 262 KB PDF whose object stream is 256 MiB of blanks
(Flate once) took 6.5 s and 535 MB to read, one whose cross-reference stream is followed
by as many blanks, 3.7 s and 535 MB.
"""

from __future__ import annotations

import re

from eurefs.errors import UnsafeDocument
from eurefs.readers.pdfbomb import MAX_RATIO, MAX_STREAM_BYTES
from eurefs.readers.pdfobjects import STREAM, Objects, plain_names, stream_end, without_metadata


def _spelled(word: bytes) -> bytes:
    """A pattern of the name ``word``, each letter written as itself or escaped (``#46``)."""
    return b"".join(b"(?:%s|#%X)" % (bytes([c]), c) for c in word)


#: The key ``/Filter`` and its value: one name, or an array of names.
_FILTER = re.compile(
    b"/" + _spelled(b"Filter")
    + rb"(?![^\x00\t\n\f\r /%()<>\[\]{}])\s*(\[[^\]]*\]|/[^\s/\[\]<>()%]*)"
)  # fmt: skip
_NAME = re.compile(rb"/([A-Za-z]|#[4-7][0-9A-Fa-f])")
_SMALL = re.compile(rb"/([a-z])")
#: The filters that expand their data (the others are ASCII, or images' and decoded last).
_EXPANDING = re.compile(rb"/(?:FlateDecode|Fl|LZWDecode|LZW|RunLengthDecode|RL)(?![^\s/\[\]<>()%])")
#: The most one byte of a filter's data may decode to: Flate 1,032 (deflate's longest
#: copy, 258 bytes, in 2 bits), LZW 2,731 (a 12-bit code naming a string of 4,096 bytes),
#: RunLength 64 (128 bytes from 2); the ASCII filters shrink their data.
_GREATEST_RATIO = {b"/FlateDecode": 1032, b"/Fl": 1032, b"/LZWDecode": 2731, b"/LZW": 2731,
                   b"/RunLengthDecode": 64, b"/RL": 64}  # fmt: skip
#: The streams PDFium must decode to find the file's objects, whose filters stay.
_KEPT = re.compile(b"/" + _spelled(b"Type") + rb"\s*/(?:ObjStm|XRef)\b")


def _flipped(name: re.Match[bytes]) -> bytes:
    """A filter name's first letter (``/F`` or ``/#46``) written in the other case."""
    letter = name[1]
    if len(letter) == 1:
        return b"/" + letter.swapcase()
    code = int(letter[1:], 16)
    if not (0x41 <= code & 0xDF <= 0x5A):
        return name[0]  # (no letter: no filter's name)
    return b"/#%02X" % (code ^ 0x20)


def _refuse_nested(window: bytes, source: str) -> int:
    """Refuse an object or cross-reference stream (its dictionary ``window``) that names
    more than one filter that expands its data: PDFium decodes it whole as it opens the
    file, before it can be checked, and one filter expands at most about 1,000 times (Flate)
    where two do a million (a 1.5 KB PDF whose object stream is Flate twice, 256 MiB of
    blanks: 13.4 s and 629 MB, read).  No writer encodes them twice.  The greatest ratio at
    which its filters may expand it is returned (1: none expands it)."""
    values = b" ".join(found[1] for found in _FILTER.finditer(window))
    expanding = _EXPANDING.findall(plain_names(values))
    if len(expanding) > 1:
        raise UnsafeDocument(
            "the PDF is encrypted and one of the streams PDFium decodes as it opens it (an "
            "object or cross-reference stream) names more than one filter that expands it; "
            "refused as a decompression bomb",
            source,
        )
    return _GREATEST_RATIO[expanding[0]] if expanding else 1


def _refuse_opened(greatest: int, size: int, source: str) -> None:
    """Refuse an encrypted PDF whose object and cross-reference streams may decode, each at
    the greatest ratio its filter reaches, to ``greatest`` bytes together, over the limit
    the bomb check holds a file's streams to together (64 MiB, or 200 times its ``size``):
    PDFium decodes them as it opens the file, before they can be checked.  The real PDFs
    that pack their objects (pdfTeX's manuals) hold 3 to 9 % of their bytes in object
    streams: at 1,032 times that, 31 to 93 times their size."""
    if greatest > max(MAX_STREAM_BYTES, MAX_RATIO * size):
        raise UnsafeDocument(
            "the PDF is encrypted and its object and cross-reference streams, which PDFium "
            f"decodes as it opens it before they can be checked, may inflate to {greatest} "
            f"bytes from a file of {size} bytes; refused as a possible decompression bomb "
            "(save an unprotected copy to read it)",
            source,
        )


def _flip_filters(data: bytes, names: re.Pattern[bytes], source: str = "") -> bytes:
    """``data`` with the first letter of each filter name that ``names`` finds, in the
    dictionary of every stream but the object and cross-reference streams, written in the
    other case, each name as long as it was; with a ``source``, those streams are checked
    by :func:`_refuse_nested` and :func:`_refuse_opened`."""
    out = bytearray(data)
    objects = Objects(data)
    done = greatest = 0
    for match in STREAM.finditer(data):
        if match.start() < done or data[match.start() - 3 : match.start()] == b"end":
            continue  # (inside a stream's data, or 'endstream')
        window = objects.window(match.start())
        done = stream_end(data, match.end(), window, objects)
        if _KEPT.search(window):
            if source:
                greatest += _refuse_nested(window, source) * (done - match.end())
            continue
        base = match.start() - len(window)
        for found in _FILTER.finditer(window):
            start = base + found.start(1)
            out[start : base + found.end(1)] = names.sub(_flipped, found[1])
    if source:
        _refuse_opened(greatest, len(data), source)
    return bytes(out)


def hidden(data: bytes, source: str) -> bytes:
    """``data`` as PDFium is handed it to write the copy: its names ``/Metadata`` hidden,
    and the first letter of its streams' filter names written in the other case;
    :class:`~eurefs.errors.UnsafeDocument` where an object or cross-reference stream names
    filters that expand it twice or more."""
    return _flip_filters(without_metadata(data), _NAME, source)


def restored(copy: bytes) -> bytes:
    """The ``copy`` PDFium wrote of :func:`hidden` data with its streams' filters back: the
    names whose first letter is small (PDFium writes a name's letters as themselves) are
    written with a capital.  PDFium adds ``/Filter /FlateDecode`` to each stream that had no
    filter, and encodes it so: that name stays."""
    return _flip_filters(copy, _SMALL)
