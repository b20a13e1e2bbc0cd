"""How much content a page makes PDFium parse through the forms it draws, and the forms they draw.

A form XObject is content of its own that a page draws with ``/Fm1 Do``; a form may draw
forms in turn.  PDFium parses a form each time it is drawn and keeps an object for each
operator of each drawing: a 2.7 KB PDF whose page draws a form that draws ten forms, seven
levels deep (10^6 drawings of one line of text), took 6.8 GB and 78 s, one level more
over 19 GB.  No stream inflates: :mod:`eurefs.readers.pdfbomb` sees nothing.

So the streams' ``Do`` operators are counted as their text is decoded, the names they draw
are bound to objects by the ``/XObject`` dictionaries of the file (in its objects and in
its object streams; a name bound to several objects costs the dearest), and what each
stream that is not a form costs is added up: its own bytes, and for each form it draws
:data:`DRAW_COST` and that form's cost, a form already being drawn costing nothing (PDFium
draws none inside itself).  A page over :data:`~eurefs.readers.pdfbomb.MAX_STREAM_BYTES`
is refused, as a stream that inflates past it is.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from itertools import chain

#: What PDFium keeps for one drawing of a form, beyond its content (~6 KB measured).
DRAW_COST = 4096
_NAME = rb"/([^\s/\[\]<>(){}%]+)"
_DO = re.compile(_NAME + rb"\s*Do\b")
_XOBJECTS = re.compile(rb"/XObject\s*<<((?:[^<>]|<<[^<>]*>>)*)>>")
_BINDING = re.compile(_NAME + rb"\s*(\d+)\s+\d+\s+R")
_OBJECT = re.compile(rb"(\d+)\s+\d+\s+obj\b")
_FORM = re.compile(rb"/Subtype\s*/Form\b")
#: Forms drawn inside forms deeper than this are not drawn (as PDFium's parser stops).
_MAX_DEPTH = 40
#: Bytes of one piece kept to be read with the next (a dictionary cut in two).
_OVERLAP = 4096


class FormDraws:
    """The forms and drawings of one PDF, fed stream by stream."""

    def __init__(self) -> None:
        self.forms: dict[int, tuple[int, Counter[bytes]]] = {}
        self.others: list[tuple[int, Counter[bytes]]] = []
        self.names: defaultdict[bytes, set[int]] = defaultdict(set)
        self._draws: Counter[bytes] = Counter()
        self._window = b""
        self.form = False  # whether the stream read now is a form

    def bind(self, text: bytes) -> None:
        """Read the ``/XObject`` dictionaries of ``text`` (raw file or decoded stream)."""
        if b"/XObject" not in text:
            return
        for found in _XOBJECTS.finditer(text):
            for name, number in _BINDING.findall(found[1]):
                self.names[name].add(int(number))

    def scan(self, pieces: Iterator[bytes]) -> Iterator[bytes]:
        """``pieces`` (a text stream's decoded text) as they are, their drawings counted."""
        self._draws = Counter()
        tail = b""
        for piece in pieces:
            text = tail + piece
            if b"Do" in text:
                self._draws.update(m[1] for m in _DO.finditer(text) if m.end() > len(tail))
            self.bind(text)
            tail = text[-_OVERLAP:]
            yield piece

    def open(self, window: bytes) -> None:
        """Begin a stream whose dictionary is ``window`` (from its ``N 0 obj``)."""
        self._window, self.form = window, _FORM.search(window) is not None

    def close(self, size: int) -> None:
        """End the stream begun last: its decoded text is ``size`` bytes."""
        draws, self._draws = self._draws, Counter()
        number = _OBJECT.search(self._window[:40]) if self.form else None
        if number is not None:
            self.forms[int(number[1])] = (size, draws)
        elif draws:
            self.others.append((size, draws))

    def worst(self) -> int:
        """The cost of the dearest stream that is no form (0 when none draws a form)."""
        memo: dict[int, int] = {}

        def cost(size: int, draws: Counter[bytes], stack: frozenset[int]) -> int:
            total = size
            for name, times in draws.items():
                targets = [n for n in self.names.get(name, ()) if n in self.forms]
                dearest = max((form(n, stack) for n in targets), default=-1)
                if dearest >= 0:
                    total += times * (DRAW_COST + dearest)
            return total

        def form(number: int, stack: frozenset[int]) -> int:
            if number in stack or len(stack) >= _MAX_DEPTH:
                return 0
            if number not in memo:
                size, draws = self.forms[number]
                memo[number] = cost(size, draws, stack | {number})
            return memo[number]

        pages = (cost(size, draws, frozenset()) for size, draws in self.others)
        # (a form alone: a page whose drawings were not read may draw it)
        return max(chain(pages, (form(n, frozenset()) for n in self.forms)), default=0)
