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

import functools
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from itertools import chain

from eurefs.errors import UnsafeDocument
from eurefs.readers.pdfobjects import INDIRECT_REF, Objects, plain_names
from eurefs.readers.pdftype3 import Type3Fonts

#: What one drawing of a form, or one glyph of a Type3 font, costs beyond its content, in
#: bytes of paths (of which PDFium parses about 5 MiB a second and keeps about 18 bytes a
#: byte: 4.2 MB of ``0 0 m 1 1 l S`` lines, 0.19 s and 76 MB).  PDFium keeps 1.6-1.9 KB
#: and takes 3-5 us for a drawing of a small form as it loads the page (100,000 drawings
#: of a one-line path: 0.26-0.42 s, 163 MB; of a matplotlib marker of 371 bytes: 0.51 s,
#: 198 MB; of a line of text: 0.34 s, 170 MB, its text then laid out by the text page,
#: which the count of text objects bounds), and as much for a glyph (256 codes of each of
#: 400 Type3 fonts: 0.41 s, 191 MB): as much as 90-110 bytes of paths, the form's content
#: priced as paths besides (the marker's 371 bytes of curves took 350 bytes more than the
#: line's 13).  4 KiB, the memory of a drawing of the line of text laid out, priced a
#: matplotlib scatter plot of 20,000 points at over 64 MiB (PDFium reads it in 0.2 s and
#: 39 MB; 100,000 points, 1.6 MB, in 1.0 s and 194 MB, now 54 MiB).
DRAW_COST = 128
#: What reading a page costs beyond its content (a page listed 200,000 times, one line of
#: text, took 55 s to read: ~0.3 ms a page, about as long as 2 KB of content takes).
PAGE_COST = 4096
#: What PDFium parses and keeps for one string a page shows, beyond its bytes: showing
#: text costs far more than drawing paths (8 MiB of ``(ab) Tj``: 1.8 s and 979 MB, 2.1M
#: characters; 8 MiB of paths: 0.35 s).  A string (``(`` or ``<`` not ``<<``) weighs this
#: many bytes more, so text costs about four times its bytes: the real PDFs of the tests
#: show one string in 10 bytes (Council st 5419/16: 221,000 in 2.1 MB) to 2,400 bytes, and
#: their pages cost 0.2 to 6.2 times their file's size (st 5419/16: 7.7 MiB from 1.3 MB),
#: far below 200 times (:data:`~eurefs.readers.pdfbomb.MAX_RATIO`).
STRING_COST = 24
#: The most strings a page's content streams may show, counted before PDFium parses them.
#: PDFium keeps about 350 bytes for each string it parses as a text object, and the
#: count of a page's text objects (:data:`~eurefs.readers.pdf.MAX_TEXT_OBJECTS`) is
#: known only once it has: a 13 MB page of 2.3 million ``(a)Tj`` took 1.5 s and 793 MB
#: to refuse.  The real PDFs of the tests show at most 3,009 on a page.  The strings of
#: the forms a page draws count as often as it draws them (PDFium parses each drawing).
MAX_PAGE_STRINGS = 100_000
_NAME = rb"/([^\s/\[\]<>(){}%]+)"
_DO = re.compile(_NAME + rb"\s*Do\b")
_TF = re.compile(_NAME + rb"\s+[-+]?[\d.]+\s+Tf\b")
_XOBJECTS = re.compile(rb"/XObject\s*<<((?:[^<>]|<<[^<>]*>>)*)>>")
_FONTS = re.compile(rb"/Font\s*<<((?:[^<>]|<<[^<>]*>>)*)>>")
#: A resource dictionary of fonts written as an object of its own (``/Font 3 0 R``:
#: matplotlib writes them so), which PDFium reads as if written there.
_FONTS_HELD = re.compile(rb"/Font\s+(\d+)\s+\d+\s+R\b")
#: The same for the forms a page or a form draws (``/XObject 7 0 R``).
_XOBJECTS_HELD = re.compile(rb"/XObject\s+(\d+)\s+\d+\s+R\b")
_BINDING = re.compile(_NAME + rb"\s*(\d+)\s+\d+\s+R")
_OBJECT = re.compile(rb"(\d+)\s+\d+\s+obj\b")
_FORM = re.compile(rb"/Subtype\s*/Form\b")
_CONTENTS = re.compile(rb"/Contents\s*(?:\[([^\]]*)\]|(\d+)\s+\d+\s+R)")
#: Streams that PDFium decodes whole whatever their bytes: the XML metadata (the catalog's,
#: decoded and parsed as PDFium opens the file), and what a page's fonts and colours load
#: as it is parsed: font programs, ``/ToUnicode`` and other CMaps, ICC profiles, the lookup
#: tables of indexed colours, functions (a separation's tint, a shading's).  A 3 KB PDF
#: whose catalog names 1 GiB of zeros as its metadata took 100 s and 8.5 GB to open; a
#: font program, a ``/ToUnicode``, an ICC profile or a tint function of 256 MiB of zeros,
#: 1.9 KB, about 650 MB to read.
_DECODED = re.compile(
    rb"/(?:Metadata|FontFile[23]?|ToUnicode|CIDToGIDMap|Encoding|UseCMap|Function)"
    rb"\s*(\d+)\s+\d+\s+R\b"
)
#: The arrays whose streams are decoded so: functions, and colour spaces.
_DECODED_LISTS = re.compile(
    rb"(?:/Functions?\s*\[|\[\s*/(?:ICCBased|Indexed|Separation|DeviceN)\b)"
    rb"((?:[^\[\]]|\[[^\[\]]*\])*)\]"
)
#: A cross-reference stream, which PDFium decodes whole as it opens the file (a 1.2 KB PDF
#: whose cross-reference stream inflates to 256 MiB took 3.3 s and 612 MB).
_XREF = re.compile(rb"/Type\s*/XRef\b")
_DECODED_KEYS = (
    b"/Metadata", b"/FontFile", b"/ToUnicode", b"/CIDToGIDMap", b"/Encoding", b"/UseCMap",
    b"/Function", b"/ICCBased", b"/Indexed", b"/Separation", b"/DeviceN",
)  # fmt: skip
#: Forms drawn inside forms deeper than this are not drawn (as PDFium's parser stops).
_MAX_DEPTH = 40
#: Bytes of one piece kept to be read with the next (a dictionary cut in two).
_OVERLAP = 4096
#: What a stream holds: its decoded size (each string in it weighing :data:`STRING_COST`
#: more), the forms it draws (by name, how often), the fonts it selects (by name).
Content = tuple[int, Counter[bytes], frozenset[bytes]]


class FormDraws:
    """The forms, fonts and drawings of one PDF, fed stream by stream."""

    def __init__(self) -> None:
        self.forms: dict[int, Content] = {}
        self.others: list[Content] = []
        self.streams: dict[int, Content] = {}  # (those that are no form, by number)
        self.names: defaultdict[bytes, set[int]] = defaultdict(set)
        self.fonts: defaultdict[bytes, set[int]] = defaultdict(set)
        self.glyphs = Type3Fonts()
        self.contents: set[int] = set()
        self.decoded: set[int] = set()  # (metadata, font programs ...: :data:`_DECODED`)
        self.pages: dict[int, list[int]] = {}  # (an object's content streams, as listed)
        self.strings: dict[int, int] = {}  # (the strings of content streams and forms)
        self._type3 = False  # whether the PDF has a Type3 font
        self._draws: Counter[bytes] = Counter()
        self._selects: set[bytes] = set()
        self._kept: list[bytes] = []
        self._strings = 0  # (the strings of the stream read now)
        self._window = b""
        self.form = False  # whether the stream read now is a form
        self.whole = False  # whether it is read whatever its first bytes (a form, a glyph)
        self.keep = False  # whether its text is kept (an object stream)

    def bind(self, text: bytes) -> None:
        """Read the ``/XObject`` dictionaries of ``text`` (raw file or decoded stream)."""
        if b"/XObject" not in text:
            return
        for found in _XOBJECTS.finditer(text):
            for name, number in _BINDING.findall(found[1]):
                self.names[name].add(int(number))

    def scan(self, pieces: Iterator[bytes]) -> Iterator[bytes]:
        """``pieces`` (a text stream's decoded text) as they are, their drawings counted."""
        self._draws, self._selects, self._kept = Counter(), set(), []
        self._strings = 0
        tail = b""
        for piece in pieces:
            opened = piece.count(b"<") - 2 * piece.count(b"<<")  # (a dictionary: none)
            self._strings += piece.count(b"(") + max(opened, 0)
            # (names read as PDFium reads them: ``/F#6d1 Do`` draws ``/Fm1``)
            text, seen = plain_names(tail + piece), len(plain_names(tail))
            if b"Do" in text:
                self._draws.update(m[1] for m in _DO.finditer(text) if m.end() > seen)
            if self._type3 and b"Tf" in text:
                self._selects.update(m[1] for m in _TF.finditer(text))
            self.bind(text)
            tail = (tail + piece)[-_OVERLAP:]
            if self.keep:
                self._kept.append(piece)
            yield piece

    def read_objects(self, objects: Objects) -> None:
        """Find the Type3 fonts, the pages' content streams and the streams of
        :data:`_DECODED` among ``objects``: those streams and the fonts' glyphs are read
        whatever their first bytes (a page may show bytes that are no text; PDFium decodes
        the others whole)."""
        self.glyphs.read(objects)
        self._type3 = bool(self.glyphs.fonts or self.glyphs.inline)
        self._bind_held(objects)
        if self._type3:  # (the names of fonts matter only where one is Type3)
            for _, text in objects.holding(b"/Font"):
                apart = [objects.text(int(n)) for n in _FONTS_HELD.findall(text)]
                for found in chain((m[1] for m in _FONTS.finditer(text)), apart):
                    for name, number in _BINDING.findall(found):
                        self.fonts[name].add(int(number))
        for key in _DECODED_KEYS:
            for _, text in objects.holding(key):
                self.decoded.update(int(number) for number in _DECODED.findall(text))
                for found in _DECODED_LISTS.finditer(text):
                    self.decoded.update(int(number) for number in INDIRECT_REF.findall(found[1]))
        for page, text in objects.holding(b"/Contents"):
            for found in _CONTENTS.finditer(text):
                refs = found[1]
                if refs is None:  # a stream, or an array of streams written apart
                    number = int(found[2])
                    held = objects.text(number).lstrip()
                    refs = held if held.startswith(b"[") else b"%d 0 R" % number
                listed = [int(number) for number in INDIRECT_REF.findall(refs)]
                self.pages.setdefault(page, []).extend(listed)
                self.contents.update(listed)

    def _bind_held(self, objects: Objects) -> None:
        """Bind the names drawn through an ``/XObject`` dictionary written as an object of
        its own (``/XObject 7 0 R``, in a page's resources, a form's, or resources written
        apart): a page whose dictionary is so written (as matplotlib writes every page)
        drawing one form 100,000 times, 1.9 KB, was priced as its 0.7 MB of content and
        took 2-4 s and 214 MB to read on 173ffd8; forms that draw forms so, seven levels
        deep (2.7 KB), 28 s and 1.9 GB on 6f84822."""
        for _, text in objects.holding(b"/XObject"):
            for number in _XOBJECTS_HELD.findall(text):
                for name, bound in _BINDING.findall(objects.text(int(number))):
                    self.names[name].add(int(bound))

    def open(self, window: bytes) -> None:
        """Begin a stream whose dictionary is ``window`` (from its ``N 0 obj``)."""
        self._window, self.form = window, _FORM.search(window) is not None
        number = _OBJECT.search(window[:40])
        self._number = int(number[1]) if number else -1
        own = self._number
        listed = own in self.glyphs.procs or own in self.contents or own in self.decoded
        # (an object stream, a cross-reference stream: read whole too)
        self.whole = self.form or self.keep or listed or _XREF.search(window) is not None

    def close(self, size: int) -> bytes | None:
        """End the stream begun last: its decoded text is ``size`` bytes; that text when
        it was kept."""
        cost = size + STRING_COST * self._strings
        if self._number in self.contents or (self.form and self._number >= 0):
            self.strings[self._number] = self._strings
        content: Content = (cost, self._draws, frozenset(self._selects))
        self._draws, self._selects, self._strings = Counter(), set(), 0
        if self.form and self._number >= 0:
            self.forms[self._number] = content
        elif content[1] or content[2]:
            self.others.append(content)
        if not self.form and (self._number in self.glyphs.procs or self._number in self.contents):
            self.streams[self._number] = content
        kept, self._kept = self._kept, []
        return b"".join(kept) if self.keep else None

    def worst(self) -> int:
        """The cost of the dearest stream that is no form (0 when none draws a form or
        selects a font)."""
        prices = _Prices(self)
        pages = (prices.cost(content) for content in self.others)
        # (a form alone: a page whose drawings were not read may draw it)
        return max(chain(pages, map(prices.form, self.forms)), default=0)

    def refuse_many_strings(self, source: str) -> None:
        """Refuse a PDF whose page shows over :data:`MAX_PAGE_STRINGS` strings: those of its
        content streams, each as often as the page lists it, and of the forms they draw,
        each as often as it is drawn (PDFium parses a form at each drawing: a page drawing
        a form of a million strings, 6 MB, took 360 MB to refuse once parsed)."""
        prices = _Prices(self)
        for page, listed in self.pages.items():
            shown = sum(map(prices.strings, listed))
            if shown > MAX_PAGE_STRINGS:
                raise UnsafeDocument(
                    f"a page (object {page}) shows over {MAX_PAGE_STRINGS:,} strings ({shown:,}), "
                    "each kept as a text object once parsed; refused as a decompression bomb",
                    source,
                )

    def page_costs(self) -> Callable[[int], int]:
        """What reading the page that is object ``number`` costs: :data:`PAGE_COST`, and
        each content stream it lists with what it draws, as often as it lists it (the
        glyphs of Type3 fonts that are objects: once a document, :meth:`shared_glyphs`)."""
        prices = _Prices(self, shared=True)

        @functools.cache
        def page(number: int) -> int:
            listed = self.pages.get(number, ())
            return PAGE_COST + sum(prices.cost(self.streams.get(n, _NONE)) for n in listed)

        return page

    def shared_glyphs(self) -> int:
        """What the glyphs of the Type3 fonts that are objects cost, each font once however
        many pages select it: PDFium keeps a font's glyphs while the document is open (10
        pages showing 4 codes of a 900 KB procedure took 0.54 s, 1 page 0.58 s), where
        pricing them a page made a real 30-chart matplotlib report 305 times its size."""
        prices = _Prices(self, shared=True)
        for content in chain(self.streams.values(), self.others):
            prices.cost(content)
        for number in self.forms:
            prices.form(number)
        total, done = 0, set[int]()
        while pending := prices.used - done:
            number = pending.pop()
            done.add(number)
            total += prices.font(number)
        return total


_NONE: Content = (0, Counter(), frozenset())


class _Prices:
    """What the streams of a PDF cost to parse, with the forms they draw and the glyphs of
    the Type3 fonts they select (each form, glyph and font priced once)."""

    def __init__(self, draws: FormDraws, shared: bool = False) -> None:
        self.draws = draws
        self.shared = shared  # (fonts that are objects counted apart, in ``used``)
        self.used: set[int] = set()
        self._forms: dict[int, int] = {}
        self._glyphs: dict[int, int] = {}
        self._strings: dict[int, int] = {}
        self._fonts: dict[int | None, int] = {}

    def cost(self, content: Content, stack: frozenset[int] = frozenset()) -> int:
        """The cost of a stream: its size, its drawings and its fonts."""
        size, draws, selects = content
        total = size
        for name, times in draws.items():
            targets = [n for n in self.draws.names.get(name, ()) if n in self.draws.forms]
            dearest = max((self.form(n, stack) for n in targets), default=-1)
            if dearest >= 0:
                total += times * (DRAW_COST + dearest)
        # a font's glyphs are parsed once, whatever names select it; a name bound to
        # several fonts costs the dearest
        chosen = {max(self.draws.fonts.get(name) or [None], key=self.font) for name in selects}
        if self.shared:
            self.used.update(number for number in chosen if number is not None)
            chosen = {number for number in chosen if number is None}
        return total + sum(map(self.font, chosen))

    def form(self, number: int, stack: frozenset[int] = frozenset()) -> int:
        """The cost of form ``number`` (nothing inside itself, or past the depth)."""
        if number in stack or len(stack) >= _MAX_DEPTH:
            return 0
        if number not in self._forms:
            self._forms[number] = self.cost(self.draws.forms[number], stack | {number})
        return self._forms[number]

    def strings(self, number: int, stack: frozenset[int] = frozenset()) -> int:
        """The strings stream ``number`` shows, with those of the forms it draws, each as
        often as it is drawn (nothing inside itself, or past the depth)."""
        if number in stack or len(stack) >= _MAX_DEPTH:
            return 0
        if number not in self._strings:
            draws = self.draws
            content = draws.forms.get(number) or draws.streams.get(number, _NONE)
            total = draws.strings.get(number, 0)
            for name, times in content[1].items():
                targets = [n for n in draws.names.get(name, ()) if n in draws.forms]
                inner = stack | {number}
                total += times * max((self.strings(n, inner) for n in targets), default=0)
            self._strings[number] = total
        return self._strings[number]

    def glyph(self, number: int) -> int:
        """The cost of glyph procedure ``number``."""
        if number not in self._glyphs:
            self._glyphs[number] = 0  # (a glyph drawn inside itself: not drawn again)
            content = self.draws.streams.get(number)
            self._glyphs[number] = self.cost(content) if content else 0
        return self._glyphs[number]

    def font(self, number: int | None) -> int:
        """The cost of font ``number`` (None: the fonts written in a ``/Font`` dictionary)."""
        if number not in self._fonts:
            self._fonts[number] = max(
                (
                    codes * (DRAW_COST + max(map(self.glyph, procs), default=0))
                    for codes, procs in self.draws.glyphs.entries(number)
                ),
                default=0,
            )
        return self._fonts[number]
