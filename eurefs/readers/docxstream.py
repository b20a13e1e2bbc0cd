"""The body of a Word file's ``word/document.xml`` as it is parsed, a paragraph or table at
a time (issue 10).

Its whole tree took about 8.5 bytes of memory a byte of the part (54 MB for the 6.3 MB of
the UKSC judgment [2024] UKSC 36 repeated: the file's 0.73 MB took 112 MB to read).  Here
each child of the body (and of the document, the body aside) is handed on once parsed
whole, and once it has been rendered the children before it are dropped: the tree holds
it, the one being rendered (which looks at the one before it: ``mc:Choice``), and what
libxml2 has parsed ahead.  Rendered one after another, they are rendered as the whole
document's walk renders them, as the document and its body themselves write nothing
(:mod:`eurefs.readers.docx`); the elements of a few tags (the running heads' references,
the page-break marks) are kept, or noted, for what is read around the body.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator
from typing import cast

from lxml import etree

#: The elements of these tags are kept (a few in a document: one a section); those of
#: :data:`NOTED`, only noted (one a page).
KEPT_TAGS = ("headerReference", "footerReference")
NOTED_TAGS = ("lastRenderedPageBreak", "altChunk")
# Bytes of the part given to libxml2 at a time (those iterparse reads at a time: 32 KiB).
_FEED = 32_768


class Unstreamable(Exception):
    """The part is not a document with a body, or libxml2 stopped reading it part-way (its
    message is that of a parse of the whole part)."""


class BodyStream:
    """The children of a WordprocessingML document's body (``units``), as parsed whole."""

    def __init__(self, data: bytes, namespace: str) -> None:
        self.data, self.namespace = data, namespace
        self.kept: dict[str, list[etree._Element]] = {tag: [] for tag in KEPT_TAGS}
        self.noted: set[str] = set()
        self.root: etree._Element | None = None  # once every unit has been handed on

    def units(self) -> Iterator[etree._Element]:
        """Each child of the body (and of the document but the body), once parsed whole.

        libxml2 hands on only paragraphs, tables and the elements of the few tags kept or
        noted (the others cost nothing in Python); a paragraph or table of the body hands
        on every child of the body up to it.

        Raises:
            Unstreamable: the root is not ``w:document``, or holds no paragraph or table,
                or the part is not well-formed XML, or past the parser's limits.
        """
        w = self.namespace
        kept = {f"{w}{tag}": self.kept[tag] for tag in KEPT_TAGS}
        noted = {f"{w}{tag}": tag for tag in NOTED_TAGS}
        root = body = last = None  # (last: the last child of the body handed on)
        try:
            for el in self._parsed([f"{w}p", f"{w}tbl", *kept, *noted]):
                if root is None:
                    root = el.getroottree().getroot()
                    if root.tag != f"{w}document":
                        raise Unstreamable
                if el.tag in kept:
                    kept[el.tag].append(el)
                elif el.tag in noted:
                    self.noted.add(noted[el.tag])
                parent = el.getparent()
                if parent is None or parent.tag != f"{w}body" or parent.getparent() is not root:
                    continue
                if body is None:
                    body = parent
                    yield from reversed(list(body.itersiblings(preceding=True)))
                elif parent is not body:
                    continue  # (a second body: read at the end)
                for unit in _after(body, last, el):
                    yield unit
                    last = unit  # (no proxy left on what is dropped: see _parsed)
                    while body[0] is not unit:  # (rendered; the next looks at this one)
                        del body[0]
        except etree.XMLSyntaxError:
            raise Unstreamable from None
        if root is None:
            raise Unstreamable
        yield from self._rest(root, body, last)
        self.root = root

    def _parsed(self, tags: list[str]) -> Iterator[etree._Element]:
        """The elements of ``tags``, each once parsed whole, in document order.

        Fed to libxml2 a slice at a time, and each slice's elements taken out of the
        parser's list of events before they are handed on: an element of that list has a
        Python proxy, and the proxy of an element (or of one inside it) the body drops makes
        lxml walk it to move its namespaces (iterparse kept up to half its events: reading
        the UKSC judgment took 1.9 times the instructions of parsing its whole tree).
        """
        # the settings of eurefs.xmlsafe.hardened_parser (entities were refused before)
        parser = etree.XMLPullParser(
            events=("end",),
            tag=tags,
            resolve_entities=False,
            no_network=True,
            load_dtd=False,
            huge_tree=False,
            recover=False,
            remove_comments=True,
            remove_pis=True,
        )
        for at in range(0, len(self.data), _FEED):
            parser.feed(self.data[at : at + _FEED])
            yield from _drained(parser)
        parser.close()
        yield from _drained(parser)

    def _rest(
        self, root: etree._Element, body: etree._Element | None, last: etree._Element | None
    ) -> Iterator[etree._Element]:
        """What is left once the whole part is parsed, in its order."""
        before = body is not None  # (the document's children before the body, handed on)
        for child in root:
            if child is body:
                before = False
                yield from _after(body, last, None)
            elif not before:
                yield from (child if child.tag == f"{self.namespace}body" else [child])


def _after(
    body: etree._Element, last: etree._Element | None, end: etree._Element | None
) -> Iterator[etree._Element]:
    """The children of ``body`` after ``last`` (from the first) up to ``end`` (to the last)."""
    unit = next(iter(body), None) if last is None else last.getnext()
    del last  # (dropped by the body once ``unit`` is rendered)
    while unit is not None:
        yield unit
        if unit is end:
            return
        unit = unit.getnext()


def _drained(parser: etree.XMLPullParser) -> Iterator[etree._Element]:
    """The elements of the events the parser holds, each out of its list before it is
    handed on."""
    events = deque(parser.read_events())
    while events:
        yield cast(etree._Element, events.popleft()[1])  # (only "end" events: elements)
