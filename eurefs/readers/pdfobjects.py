"""The objects of a PDF that are no streams, by number: in the file and in its object streams.

The checks made before PDFium reads a PDF (:mod:`eurefs.readers.pdfbomb`) need a few
objects by their number: the nodes of the page tree, Type3 fonts and the dictionaries of
their glyph procedures.  Objects written in the file are found by their ``N G obj``
(the last one written wins, as an incremental update replaces an object); objects
packed in object streams (``/Type /ObjStm``) by the stream's header of numbers and
offsets, from its decoded text.  Nothing is resolved beyond that: this is no PDF parser.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable

from eurefs.readers import pdftokens

_OBJ = re.compile(rb"obj(?<!endobj)\b")  # (led by its literal: a digit-led search is slow)
_NUMBERS = re.compile(rb"(\d+)\s+\d+\s+$")
_END = re.compile(rb"\bendobj\b|\bstream(?:\r\n|[\r\n])")
#: The keyword that opens a stream's data, with its end of line: CR LF, LF, or a CR
#: alone, which PDFium reads too.
STREAM = re.compile(rb"stream(?:\r\n|[\r\n])")
_LENGTH = re.compile(rb"/Length\s+(\d+)(?:\s+\d+\s+(R)\b)?")
_ENDSTREAM = re.compile(rb"[\x00\t\n\f\r ]*endstream")
_ENDSTREAM_WORD = re.compile(rb"endstream")
_INT = re.compile(rb"\d+")
_FIRST = re.compile(rb"/First\s+(\d+)")
_OBJSTM = re.compile(rb"/Type\s*/ObjStm\b")
#: How far back from ``stream`` its dictionary is looked for.
_DICT_WINDOW = 4096
#: Decoded text of object streams kept at most (beyond it: ``partial``, and the PDF is
#: refused: :func:`eurefs.readers.pdfbomb.refuse_bombs`).
MAX_PACKED = 64 * 1024 * 1024
#: The most objects written in a file (``N G obj``) that are read.  Each takes about 500
#: bytes of memory and 12 µs to index: a file of 94 MB of a million small objects took
#: 13 s and 900 MB to check before PDFium read a page, and 512 MiB of them would take
#: 5 GB.  The real PDFs of the tests write 25 to 3,636 (Council st 5419/16, 261 pages).
MAX_OBJECTS = 1_000_000


class TooManyObjects(Exception):
    """A PDF writes over :data:`MAX_OBJECTS` objects (the reader says which file)."""


#: A character of a name written as ``#`` and its two hex digits (ISO 32000-1, 7.3.5).
_ESCAPE = re.compile(rb"#([0-9A-Fa-f]{2})")
#: The characters a name may write as themselves: no blank, no delimiter, no ``#``.
_REGULAR = frozenset(range(0x21, 0x7F)) - frozenset(b"()<>[]{}/%#")


def _character(escape: re.Match[bytes]) -> bytes:
    byte = int(escape[1], 16)
    return bytes((byte,)) if byte in _REGULAR else escape[0]


def plain_names(text: bytes) -> bytes:
    """``text`` with the names' escaped characters written as themselves, as PDFium reads
    them: ``/Fl#61teDecode`` is ``/FlateDecode``, ``/K#69ds`` is ``/Kids``.  Escapes of
    blanks, delimiters and ``#`` stay (``/Arial#20Bold``), so every name keeps its bounds."""
    return _ESCAPE.sub(_character, text) if b"#" in text else text


#: The name ``/Metadata``, each of its letters written as itself or escaped (``/Meta#64ata``).
_METADATA = re.compile(
    b"/" + b"".join(b"(?:%s|#%s)" % (bytes([c]), b"%X" % c) for c in b"Metadata")
    + rb"(?![^\x00\t\n\f\r /%()<>\[\]{}])",
    re.IGNORECASE,
)  # fmt: skip


def stream_window(data: bytes, at: int) -> bytes:
    """The dictionary before the ``stream`` keyword at ``at``, from the object's number."""
    window = data[max(0, at - _DICT_WINDOW) : at]
    cut = window.rfind(b"obj")  # the object's own dictionary follows its 'obj' keyword
    if cut < 0:
        return window
    number = window.rfind(b"\n", 0, cut)  # (the line that opens the object: 'N 0 obj')
    return window[number + 1 if number >= 0 else 0 :]


def outside_streams(data: bytes, change: Callable[[bytes], bytes]) -> bytes:
    """``data`` with what lies outside the streams' data (the objects' text, the
    dictionaries of the streams) passed through ``change``; each stream's data as it is."""
    parts, done = [], 0
    objects = Objects(data)  # (the lengths written apart)
    for match in STREAM.finditer(data):
        if match.start() < done or data[match.start() - 3 : match.start()] == b"end":
            continue  # (inside a stream's data, or 'endstream')
        end = stream_end(data, match.end(), objects.window(match.start()), objects)
        parts += [change(data[done : match.end()]), data[match.end() : end]]
        done = end
    return b"".join([*parts, change(data[done:])])


def without_metadata(data: bytes) -> bytes:
    """``data`` with every name ``/Metadata`` outside the streams' data written as another
    name of the same length (no offset moves): PDFium decodes the catalog's metadata whole
    and parses it as XML as it opens a file, and decodes every stream typed ``/Metadata``
    whole as it saves a copy, whatever their size.  It is done to an encrypted PDF, which
    PDFium must open, and copy without its encryption, before its streams can be checked."""

    def hide(text: bytes) -> bytes:
        return _METADATA.sub(lambda m: b"/" + b"X" * (len(m[0]) - 1), text)

    return outside_streams(data, hide) if _METADATA.search(data) else data


def is_object_stream(window: bytes) -> bool:
    """Whether the dictionary ``window`` (before ``stream``) is an object stream's."""
    return _OBJSTM.search(window) is not None


class Objects:
    """The text of the objects of a PDF that are no streams (a stream: its dictionary).

    Args:
        data: The file.

    Raises:
        TooManyObjects: the file writes over :data:`MAX_OBJECTS` objects.
    """

    def __init__(self, data: bytes) -> None:
        self.data = data
        self._raw: dict[int, tuple[int, int]] = {}
        self._plain: dict[int, bytes] = {}  # (the texts that hold strings or comments)
        #: The dictionaries of the streams by where their ``stream`` keyword starts.
        self._streams: dict[int, bytes] = {}
        heads = []  # (number, start of 'N G obj', end)
        for found in _OBJ.finditer(data):
            number = _NUMBERS.search(data, max(0, found.start() - 24), found.start())
            if number is not None:
                heads.append((int(number[1]), number.start(), found.end()))
                if len(heads) > MAX_OBJECTS:
                    raise TooManyObjects(f"it writes over {MAX_OBJECTS:,} objects")
        self._read(heads)
        self._packed: dict[int, bytes] = {}
        #: Decoded text of the object streams read so far.
        self.kept = 0
        #: Whether an object stream was not read (too large, or not decoded: encrypted).
        self.partial = False
        self._endstreams: list[int] | None = None

    def endstream_after(self, start: int) -> int:
        """Where the first ``endstream`` at or after ``start`` begins (-1: none), from a
        list of them made once: a search from each ``stream`` was quadratic where many
        streams end at one (a file of 64 KB of ``stream`` lines, 12 s to check)."""
        if self._endstreams is None:
            self._endstreams = [found.start() for found in _ENDSTREAM_WORD.finditer(self.data)]
        k = bisect.bisect_left(self._endstreams, start)
        return self._endstreams[k] if k < len(self._endstreams) else -1

    def _read(self, heads: list[tuple[int, int, int]]) -> None:
        """Each object's text from its head (``N G obj``) to its ``endobj`` or ``stream``
        outside its strings and comments (:mod:`eurefs.readers.pdftokens`), looked for
        before the next head, or past it where a string or a comment runs on past it (at
        most as many bytes in all as the file holds); else up to the next head.  A head
        inside a string or a comment of an object read before it takes no object's place."""
        data, budget = self.data, len(self.data)
        quoted: list[tuple[int, int]] = []  # (the strings and comments read, in order)
        for k, (key, start, end) in enumerate(heads):
            inside = bisect.bisect_right(quoted, (start, len(data))) - 1
            if key in self._raw and inside >= 0 and quoted[inside][1] > start:
                continue  # (written inside a string or comment: no object's place taken)
            stop = heads[k + 1][1] if k + 1 < len(heads) else len(data)
            at, spans = pdftokens.close(data, end, stop)
            if at == pdftokens.OPEN and budget > 0:
                further = min(len(data), stop + budget)
                at, spans = pdftokens.close(data, end, further)
                budget -= (at if at >= 0 else further) - stop
            if at < 0:  # (a damaged object, or a string not closed: as far as the next head)
                found = _END.search(data, end, stop)
                at, spans = (found.start() if found else stop), []
            if spans and quoted and spans[0] < quoted[-1]:  # (after an object read on)
                for span in spans:
                    bisect.insort(quoted, span)
            else:
                quoted += spans  # (in order: a step a string was 0.25 s a MB of them)
            self._raw[key] = (end, at)
            text = pdftokens.blanked(data[end:at], spans, end)
            self._plain.pop(key, None)
            if spans:
                self._plain[key] = text
            if data.startswith(b"stream", at):
                self._streams[at] = data[start:end] + text

    def add_stream(self, window: bytes, text: bytes | None) -> None:
        """Read the objects of an object stream: its dictionary ``window`` and its decoded
        ``text`` (None: not decoded)."""
        first = _FIRST.search(window)
        if text is not None:
            self.kept += len(text)
        if text is None or first is None or self.kept > MAX_PACKED:
            self.partial = True
            return
        start = int(first[1])
        numbers = [int(n) for n in _INT.findall(text[:start])]
        pairs = sorted(zip(numbers[::2], numbers[1::2], strict=False), key=lambda p: p[1])
        for k, (number, offset) in enumerate(pairs):
            stop = pairs[k + 1][1] if k + 1 < len(pairs) else len(text) - start
            packed = text[start + offset : start + stop]
            self._packed[number] = plain_names(pdftokens.plain_text(packed))
        self.__dict__.pop("_packed_text", None)  # (read again with these objects)

    @functools.cached_property
    def _packed_text(self) -> bytes:
        """The texts of the packed objects, end to end (a key found in it is in one)."""
        return b"\0".join(self._packed.values())

    @functools.cached_property
    def _sorted(self) -> tuple[list[tuple[tuple[int, int], int]], list[int]]:
        """The spans of the file's objects in order, with their numbers, and their starts."""
        spans = sorted((span, n) for n, span in self._raw.items())
        return spans, [span[0] for span, _ in spans]

    def window(self, at: int) -> bytes:
        """The dictionary of the stream whose ``stream`` keyword starts at ``at``, from its
        object's number, its strings and comments written as blanks (where no object's
        text ends there: the bytes before it, from the last ``obj``)."""
        window = self._streams.get(at)
        return stream_window(self.data, at) if window is None else window

    def text(self, number: int) -> bytes:
        """The text of object ``number`` (its dictionary, for a stream; empty: not found).
        An object packed in an object stream is taken over one of the file's (an object
        stream is written by the update that packs it)."""
        packed = self._packed.get(number)
        if packed is not None:
            return packed
        span = self._raw.get(number)
        if span is None:
            return b""
        return self._plain.get(number) or self.data[span[0] : span[1]]

    def holding(self, key: bytes) -> list[tuple[int, bytes]]:
        """The objects whose text holds ``key``, with their text (by number)."""
        found = set()
        if key in self._packed_text:  # (most keys are in no packed object: one search)
            found = {n for n, text in self._packed.items() if key in text}
        if key in self.data:
            spans, starts = self._sorted
            at = self.data.find(key)
            while at >= 0:
                k = bisect.bisect_right(starts, at) - 1
                if k >= 0 and at + len(key) <= spans[k][0][1]:
                    found.add(spans[k][1])
                at = self.data.find(key, at + 1)
        return [(n, self.text(n)) for n in sorted(found) if key in self.text(n)]


def stream_end(data: bytes, start: int, window: bytes, objects: Objects | None) -> int:
    """Where the data of the stream that starts at ``start`` ends, as PDFium finds it: its
    ``/Length`` (in its dictionary ``window``, or in the object that refers to, looked up
    in ``objects``) where ``endstream`` follows it, else at the first ``endstream`` (the
    bytes of a stream's data may write one: a stored block of a Flate stream)."""
    found = _LENGTH.findall(plain_names(window))
    if found:
        number, reference = found[-1]
        length = int(number)
        if reference:
            held = objects.text(length).strip() if objects is not None else b""
            length = int(held) if held.isdigit() else -1
        if length >= 0 and _ENDSTREAM.match(data, start + length):
            return start + length
    if objects is not None and objects.data is data:
        end = objects.endstream_after(start)
    else:
        end = data.find(b"endstream", start)
    return len(data) if end == -1 else end


_KIDS = re.compile(rb"/Kids\s*(?:\[([^\]]*)\]|(\d+)\s+\d+\s+R)")
#: An indirect reference, ``12 0 R``: the object number (the generation is not read).
INDIRECT_REF = re.compile(rb"(\d+)\s+\d+\s+R\b")


def page_tree(objects: Objects) -> dict[int, list[int]]:
    """The objects that list kids (``/Kids``, in the file's objects and its object streams),
    each with the objects it lists, in order, as often as it lists them.  Every ``/Kids``
    counts (a form field's too: more, never fewer)."""
    tree: dict[int, list[int]] = {}
    for number, text in objects.holding(b"/Kids"):
        for found in _KIDS.finditer(text):
            refs = found[1] if found[1] is not None else objects.text(int(found[2]))
            tree.setdefault(number, []).extend(int(ref) for ref in INDIRECT_REF.findall(refs))
    return tree


def page_objects(objects: Objects) -> int:
    """How many objects the page tree's nodes list that are no nodes themselves: the most
    pages a tree that lists each page once can have (0: no ``/Kids`` found, or an object
    stream not read)."""
    if objects.partial:
        return 0
    tree = page_tree(objects)
    return len({kid for kids in tree.values() for kid in kids} - tree.keys())


def listed_pages(tree: dict[int, list[int]], cost: Callable[[int], int]) -> int | None:
    """What the pages that ``tree`` (:func:`page_tree`) lists cost together, a page costing
    ``cost(number)`` each time it is listed, from every node that no node lists (the
    catalog's root, and the trees of form fields: more, never less); None when a node lists
    itself through its kids (PDFium then lists its pages again, 512 levels deep)."""
    listed = {kid for kids in tree.values() for kid in kids}
    roots = [node for node in tree if node not in listed]
    totals: dict[int, int] = {}
    for root in roots:
        stack, active = [(root, 0)], {root}  # (no recursion: trees go 1024 levels deep)
        while stack:
            node, at = stack[-1]
            kids = tree[node]
            while at < len(kids) and (kids[at] not in tree or kids[at] in totals):
                at += 1
            if at < len(kids):
                if kids[at] in active:
                    return None
                stack[-1] = (node, at + 1)
                stack.append((kids[at], 0))
                active.add(kids[at])
                continue
            stack.pop()
            active.discard(node)
            totals[node] = sum(totals[kid] if kid in tree else cost(kid) for kid in kids)
    if len(totals) < len(tree):
        return None  # (nodes that only a cycle of nodes lists)
    return sum(totals[root] for root in roots)
