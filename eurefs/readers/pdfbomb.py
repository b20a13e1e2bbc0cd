"""Refuses a PDF whose compressed streams inflate into a memory bomb, before PDFium reads it.

PDFium inflates a page's content stream whole and builds an object for each
operator in it, many bytes of memory for each byte of the stream: a 400 KB PDF
whose one content stream inflates to 400 MB took 1 GB to read, a 210 KB one of
72 MB of text operators 1.3 GB; a few MB of such a file exhaust any machine.

Every Flate stream (and a Flate stream inside a Flate stream) is inflated here in
pieces, nothing kept.  One whose data is text (page content, forms, object
streams) and inflates past :data:`MAX_STREAM_BYTES`, or past 1 MiB at a ratio
over :data:`MAX_RATIO` (the limits of a Word part), refuses the file, as do streams
that inflate past them together (:class:`_Inflated`).  Binary
data (images) is not parsed when PDFium reads text: only its first piece is
inflated, to see that it is binary; but the metadata, font programs, CMaps, ICC
profiles and functions, which PDFium decodes whole whatever their bytes, are read whole
(:mod:`eurefs.readers.pdfforms`).  A stream whose dictionary names other filters
(``/Filter [/ASCII85Decode /FlateDecode]``, ``/LZWDecode``, ``/RunLengthDecode``,
``/ASCIIHexDecode``) is decoded through that chain, as PDFium decodes it
(:mod:`eurefs.readers.pdffilters`).
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterator
from itertools import chain
from typing import NamedTuple

from eurefs.errors import UnsafeDocument
from eurefs.readers import pdffilters
from eurefs.readers.limits import MAX_INFLATED_BYTES, MAX_INFLATION_RATIO
from eurefs.readers.pdfforms import FormDraws
from eurefs.readers.pdfobjects import (
    MAX_PACKED,
    STREAM,
    Objects,
    is_object_stream,
    listed_pages,
    outside_streams,
    page_tree,
    plain_names,
    stream_end,
)

#: Largest text stream read (inflated): a Word part's limit, as the ratio below.
MAX_STREAM_BYTES = MAX_INFLATED_BYTES
#: An inflated/deflated ratio above this, for a text stream over 1 MiB, is a bomb.
MAX_RATIO = MAX_INFLATION_RATIO
#: The content that all the pages of a PDF may make PDFium parse, each page as often as
#: the page tree lists it (beyond it: up to :data:`MAX_RATIO` times the file's size).
#: PDFium parses about 5 MiB of paths a second (text is weighed more:
#: :data:`~eurefs.readers.pdfforms.STRING_COST`), and a Type3 glyph's procedure takes
#: about 20 bytes of memory a byte: at 16 MiB a 3.2 KB file of 15 codes of a 1,000 KB
#: procedure took 3.5 s and 322 MB, at 4 MiB (3 codes) 1.2 s and 100 MB.  Real PDFs come
#: to 0.2-6.2 times their size (the OJ's 88 pages of Regulation 2016/679: 3.7 MiB from
#: 4 MB; Council st 5419/16: 7.7 MiB from 1.3 MB), so only a file under 21 KB whose pages
#: cost 200 times its size meets this bound.
MAX_PAGES_COST = MAX_STREAM_BYTES // 16
_PIECE = 1 << 16
#: The bytes of stream data that may be read in all beyond 4 times a file's size.
_OVERLAPPING = 1 << 20
#: Formats nested in each other: a Flate stream may hold another.
_MAX_LAYERS = 3
#: The last ``/Filter`` of the dictionary before ``stream`` (the object's own, after ``obj``).
_FILTER = re.compile(rb"/Filter\s*(\[[^\]]*\]|/[A-Za-z0-9]+)")
_NAME = re.compile(rb"/([A-Za-z0-9]+)")
_LATE_CHANGE = re.compile(rb"/EarlyChange\s+0\b")
#: Whether a PDF names any filter but Flate, or a predictor (else no dictionary is read).
_OTHER_FILTERS = re.compile(
    rb"/(?:LZWDecode|LZW|A85|AHx|RL|ASCII85Decode|ASCIIHexDecode|RunLengthDecode|Predictor)\b"
)
#: The decode parameters of a stream: one dictionary, or an array of them (or ``null``).
_PARMS = re.compile(rb"/DecodeParms\s*(\[(?:[^\]<]|<<[^>]*>>)*\]|<<[^>]*>>)")
_PARM = re.compile(rb"<<[^>]*>>|null")
_NUMBER = {
    key: re.compile(rb"/%s\s+(\d{1,9})" % key)
    for key in (b"Predictor", b"Columns", b"Colors", b"BitsPerComponent")
}
#: The filters decoded here by name (with the short names of inline images); Flate is
#: decoded as before, by its zlib header.
_DECODERS: dict[bytes, pdffilters.Decoder | None] = {
    b"FlateDecode": None, b"Fl": None,
    b"ASCII85Decode": pdffilters.ascii85, b"A85": pdffilters.ascii85,
    b"ASCIIHexDecode": pdffilters.ascii_hex, b"AHx": pdffilters.ascii_hex,
    b"LZWDecode": pdffilters.lzw, b"LZW": pdffilters.lzw, b"LZW0": pdffilters.lzw_late,
    b"RunLengthDecode": pdffilters.run_length, b"RL": pdffilters.run_length,
}  # fmt: skip


def _zlib_head(head: bytes) -> bool:
    """Whether ``head`` starts a zlib stream (deflate method, header check bits)."""
    return len(head) >= 2 and head[0] & 0x0F == 8 and (head[0] << 8 | head[1]) % 31 == 0


def _is_text(head: bytes) -> bool:
    """Content streams are operators in ASCII (with a few binary strings); images and
    fonts are not: at least 60 % printable ASCII is text."""
    sample = head[:4096]
    printable = len(sample) - len(sample.translate(None, bytes(range(32, 127)) + b"\t\n\r"))
    return printable >= 0.6 * len(sample)


def _inflate(pieces: Iterator[bytes]) -> Iterator[bytes]:
    """The inflated data of a zlib stream fed in ``pieces``, in pieces; stops at its end or
    where it is damaged (PDFium judges damage itself)."""
    inflater = zlib.decompressobj()
    for piece in pieces:
        while piece:
            try:
                out = inflater.decompress(piece, _PIECE)
            except zlib.error:
                return
            if out:
                yield out
            if inflater.eof:
                return
            piece = inflater.unconsumed_tail


class Predictor(NamedTuple):
    """A predictor that a stream's ``/DecodeParms`` applies after a Flate or LZW filter."""

    kind: int  #: 2 (TIFF) or 10 and over (PNG)
    row_bytes: int
    bpp: int  #: bytes a pixel
    last: bool  #: whether it follows the last filter of the chain (where writers put it)


def _predictor(window: bytes, filters: int) -> Predictor | None:
    """The predictor that the ``/DecodeParms`` in ``window`` (an object's dictionary) name
    for a chain of ``filters`` filters (None when none is written in the dictionary)."""
    found = _PARMS.search(window)
    if found is None:
        return None
    parms = _PARM.findall(found[1]) if found[1].startswith(b"[") else [found[1]]
    for index, parm in enumerate(parms):
        numbers = {key: int(m[1]) for key, rx in _NUMBER.items() if (m := rx.search(parm))}
        kind = numbers.get(b"Predictor", 1)
        if kind < 2:
            continue
        bits = numbers.get(b"Colors", 1) * numbers.get(b"BitsPerComponent", 8)
        row = (bits * numbers.get(b"Columns", 1) + 7) // 8
        return Predictor(kind, max(row, 1), max(bits // 8, 1), index >= filters - 1)
    return None


def _declared(window: bytes) -> tuple[list[bytes], Predictor | None]:
    """The filters that an object's dictionary (its ``window``) names, in order (none when
    no ``/Filter`` is found in it), and the predictor its ``/DecodeParms`` name; LZW with
    ``/EarlyChange 0`` is ``LZW0``."""
    found = _FILTER.findall(window)
    names = _NAME.findall(found[-1]) if found else []
    if _LATE_CHANGE.search(window):
        names = [b"LZW0" if name in (b"LZWDecode", b"LZW") else name for name in names]
    return names, _predictor(window, len(names))


def _decoded(pieces: Iterator[bytes], filters: list[bytes]) -> tuple[Iterator[bytes], int]:
    """``pieces`` decoded through the ``filters``, with the number of them that expand the
    data (all but the ASCII ones).  Decoding stops at the first filter not decoded here
    (images: DCT, JPX, CCITT, JBIG2; an encryption filter; a name no writer uses), as
    PDFium's stops there and parses what the filters before it gave: content and object
    streams behind ``[/ASCIIHexDecode /FlateDecode /DCTDecode]`` are read."""
    layers = 0
    for name in filters:
        if name not in _DECODERS:
            break
        decoder = _DECODERS[name] or _inflate
        layers += decoder not in (pdffilters.ascii85, pdffilters.ascii_hex)
        pieces = decoder(pieces)
    return pieces, layers


def _text_head(head: bytes, predictor: Predictor | None) -> bool:
    """Whether a decoded stream that starts with ``head`` is text once its predictor is
    undone: the one its dictionary names, else (parameters written elsewhere) a PNG
    predictor whose tag bytes the head shows, one row or rows as long as the tags say."""
    if _is_text(head):
        return True
    if predictor is not None:
        sample = head[: 4 * 1024]
        return _is_text(
            pdffilters.unpredict(sample, predictor.kind, predictor.row_bytes, predictor.bpp)
        )
    sample = head[:512]
    if not sample or sample[0] > 4:
        return False
    return any(
        _is_text(pdffilters.unpredict(sample, 10, row - 1, bpp))
        for row in [len(sample), *_tag_periods(sample)]
        for bpp in (1, 3)
    )


def _tag_periods(sample: bytes) -> list[int]:
    """Up to three row lengths (tag byte included) at which ``sample`` shows PNG tag bytes
    (0 to 4) at every row's start, those with the most tags other than 0 first (rows a
    predictor changed: a text row written as it is has tag 0 and needs no guess)."""
    found = []
    for period in range(2, len(sample) // 2):
        tags = sample[::period]
        if max(tags) <= 4:
            moved = len(tags) - tags.count(0)
            if moved > 1:
                found.append((-moved / len(tags), period))
    return [period for _, period in sorted(found)[:3]]


def _stream_size(
    data: memoryview,
    span: tuple[int, int],
    filters: list[bytes],
    predictor: Predictor | None,
    draws: FormDraws,
) -> tuple[int, int]:
    """How far the text stream ``data[start:end]`` decodes, counted up to the limits
    (0 for binary data or no stream that expands; past the limit when filters are nested
    deeper than any writer nests them), and how much text it holds, its drawings counted
    by ``draws`` (-1: binary).  Flate is found by its zlib header; ``filters`` (the
    declared chain, when it holds another filter) are decoded in their order first.
    A form, a glyph or a page's content (``draws.whole``) is read whatever its first bytes."""
    start, end = span
    pieces: Iterator[bytes] = (
        bytes(data[i : min(i + _PIECE, end)]) for i in range(start, end, _PIECE)
    )
    head, layers = bytes(data[start : start + 2]), 0
    if filters:
        pieces, layers = _decoded(pieces, filters)
        if layers > _MAX_LAYERS:
            return MAX_STREAM_BYTES + 1, -1
        head = next(pieces, b"")
        pieces = chain([head], pieces)
    while _zlib_head(head):
        if layers >= _MAX_LAYERS:
            return MAX_STREAM_BYTES + 1, -1
        pieces, layers = _inflate(pieces), layers + 1
        head = next(pieces, b"")
        pieces = chain([head], pieces)
    if predictor is not None and not predictor.last:
        return MAX_STREAM_BYTES + 1, -1  # a predictor inside a chain: no writer writes one
    if not layers:  # (the stream as written: no bomb, but it may draw forms)
        head = bytes(data[start : min(start + 4096, end)])
    if not draws.whole and not _text_head(head, predictor):
        return 0, -1
    size = 0
    for piece in draws.scan(pieces):
        size += len(piece)
        if size > MAX_STREAM_BYTES or (size > 1 << 20 and size > MAX_RATIO * (end - start)):
            break
    return (size if layers else 0), size


def _check_stream(
    objects: Objects, at: re.Match[bytes], draws: FormDraws, others: bool, source: str
) -> tuple[int, bytes | None]:
    """Refuse the stream whose ``stream`` keyword is ``at`` when it decodes past the limits;
    count its drawings.  How far it inflated (0: read as written, or binary data read in
    part), and its decoded text when ``draws.keep`` (an object stream), else None."""
    data, start = objects.data, at.end()
    window = objects.window(at.start())
    end = stream_end(data, start, window, objects)
    filters, predictor = _declared(window) if others else ([], None)
    if not any(_DECODERS.get(name) for name in filters):
        filters = []  # Flate alone (or nothing known): found by its header, as always
    draws.open(window)
    size, text = _stream_size(memoryview(data), (start, end), filters, predictor, draws)
    ratio = size / max(end - start, 1)
    if size > MAX_STREAM_BYTES or (size > 1 << 20 and ratio > MAX_RATIO):
        raise UnsafeDocument(
            f"a stream of {end - start} bytes inflates to over {size} bytes (ratio "
            f"{ratio:.0f}:1 or more); refused as a decompression bomb",
            source,
        )
    return size, (draws.close(text) if text >= 0 else None)


def refuse_bombs(data: bytes, source: str) -> Objects:
    """Raise :class:`UnsafeDocument` when a text stream of the PDF inflates past the limits,
    or when a page draws forms (that draw forms ...) or glyphs of Type3 fonts past them
    (:mod:`eurefs.readers.pdfforms`).  The objects read on the way are returned.

    Object streams are read first: the Type3 fonts they may hold name the glyph
    procedures, read whatever their first bytes, as forms are.  Names are read as PDFium
    reads them, their escaped characters written as themselves (:func:`plain_names`)."""
    data = _plain_outside_streams(data)
    others = _OTHER_FILTERS.search(data) is not None
    objects = Objects(data)
    draws = FormDraws()
    draws.bind(data)
    streams = [m for m in STREAM.finditer(data) if data[m.start() - 3 : m.start()] != b"end"]
    _refuse_overlapping(objects, streams, source)
    packed = set()  # ('endstream' and a line break: no stream begins there)
    inflated, packed_sizes = _Inflated(len(data), source), []
    for k, match in enumerate(streams):
        window = objects.window(match.start())
        if is_object_stream(window):
            packed.add(k)
            draws.keep = True
            size, text = _check_stream(objects, match, draws, others, source)
            objects.add_stream(window, text)
            packed_sizes.append(size)
            draws.keep = False
    _refuse_packed(objects, source)
    inflated.add(sum(packed_sizes))  # (past MAX_PACKED, the objects' own refusal first)
    draws.read_objects(objects)
    for k, match in enumerate(streams):
        if k not in packed:
            inflated.add(_check_stream(objects, match, draws, others, source)[0])
    cost = draws.worst()
    if cost > MAX_STREAM_BYTES:
        raise UnsafeDocument(
            f"a page draws forms that draw forms ..., or glyphs of Type3 fonts, over {cost} "
            "bytes of content to parse; refused as a decompression bomb",
            source,
        )
    _refuse_listed_pages(len(data), objects, draws, source)
    draws.refuse_many_strings(source)
    return objects


class _Inflated:
    """The bytes that the streams of a PDF read whole inflate to, together: each stream is
    held to :data:`MAX_STREAM_BYTES`, and all of them to as much, or :data:`MAX_RATIO` times
    the file's size, as PDFium may hold them all (a page's fonts, kept while the file is
    open: 200 font programs of 1,000 KiB of zeros in a file of 189 KB took 7.2 s and 293
    MB to read).  The real PDFs of the tests inflate 0.3 to 1.6 times their size (the
    OJ's GDPR: 1.8 MB from 4.1 MB; Council st 5419/16: 2.1 MB from 1.3 MB)."""

    def __init__(self, size: int, source: str) -> None:
        self.limit = max(MAX_STREAM_BYTES, MAX_RATIO * size)
        self.size, self.total, self.source = size, 0, source

    def add(self, inflated: int) -> None:
        """Count a stream that inflated to ``inflated`` bytes; refuse past the limit."""
        self.total += inflated
        if self.total > self.limit:
            raise UnsafeDocument(
                f"its streams inflate to over {self.total} bytes together, from a file of "
                f"{self.size} bytes; refused as a decompression bomb",
                self.source,
            )


def _refuse_overlapping(objects: Objects, streams: list[re.Match[bytes]], source: str) -> None:
    """Refuse a PDF whose streams' data, each read to its end, come to over 4 times its size
    (and 1 MiB): each is read (an object may start inside another's data), and streams
    that begin inside others and end where they end are read again and again (a file of
    64 KB of ``stream`` lines took 12 s to check, 1 MB would take an hour).  A real file's
    streams are apart; a PDF embedded as it is in a stream adds its own once."""
    data, total = objects.data, 0
    for match in streams:
        window = objects.window(match.start())
        total += stream_end(data, match.end(), window, objects) - match.end()
        if total > max(_OVERLAPPING, 4 * len(data)):
            raise UnsafeDocument(
                f"its streams' data come to over {total} bytes in a file of {len(data)} "
                "bytes: streams begin inside others again and again; refused",
                source,
            )


def _plain_outside_streams(data: bytes) -> bytes:
    """``data`` with the names outside the streams' data read as PDFium reads them
    (``/Fl#61teDecode``: ``/FlateDecode``); each stream's data as it is."""
    return outside_streams(data, plain_names) if b"#" in data else data


def _refuse_packed(objects: Objects, source: str) -> None:
    """Refuse a PDF whose object streams hold more than :data:`MAX_PACKED` bytes of objects:
    the objects past it would not be known to the checks (a page tree, fonts, forms)."""
    if objects.kept > MAX_PACKED:
        raise UnsafeDocument(
            f"its object streams hold over {objects.kept} bytes of objects (the limit is "
            f"{MAX_PACKED}); refused",
            source,
        )


def _refuse_listed_pages(size: int, objects: Objects, draws: FormDraws, source: str) -> None:
    """Refuse a PDF whose pages, each read as often as the page tree lists it, cost more
    than :data:`MAX_PAGES_COST` and :data:`MAX_RATIO` times the file's ``size``: PDFium
    parses a page's content each time the tree lists the page, and parses a stream again
    for each page that lists it (a page object of 120 bytes may list a stream of 64 MiB).
    A tree whose node lists itself through its kids is refused too."""
    tree = page_tree(objects)
    cost = listed_pages(tree, draws.page_costs()) if tree else 0
    if cost is None:
        raise UnsafeDocument("its page tree lists a node inside itself; refused", source)
    cost += draws.shared_glyphs() if tree else 0
    if cost > max(MAX_PAGES_COST, MAX_RATIO * size):
        raise UnsafeDocument(
            f"its pages, each read as often as its page tree lists it, make {cost} bytes of "
            f"content to parse from a file of {size} bytes; refused as a decompression bomb",
            source,
        )
