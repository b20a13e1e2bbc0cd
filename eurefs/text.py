"""The text of a document as eurefs reads it: one string, its page boundaries, its source.

Readers (``eurefs.readers``) turn files into a :class:`DocumentText`; extraction
runs on its ``text``, so every span of a reference indexes that string, and
``eurefs text FILE`` prints exactly it.  Pages are separated by a form feed
(``\\f``), the convention of ``pdftotext``, so the printed text read back as plain
text has the same pages and the same spans.
"""

from __future__ import annotations

import bisect
from itertools import pairwise
from os import PathLike
from typing import Any

from eurefs.arguments import checked_items, checked_str
from eurefs.errors import WrongArgumentType
from eurefs.records import field, record

#: Separates two pages in :attr:`DocumentText.text`.
PAGE_BREAK = "\f"


@record
class DocumentText:
    """The text of one document.

    Attributes:
        text: The whole text; reference spans index this string.
        page_starts: Offset in ``text`` where each page starts (page 1 at index 0);
            empty for formats without pages (HTML, DOCX, Formex, plain text
            without form feeds).
        source: Where the text came from (a path, or a name given by the caller).
        format: The format it was read as: ``pdf``, ``docx``, ``html``, ``formex``, ``text``.
        notes: Things the reader wants the user to know (pages without text, ...).
    """

    text: str
    page_starts: tuple[int, ...] = ()
    source: str = "<text>"
    format: str = "text"
    notes: tuple[str, ...] = field(default=())

    def __post_init__(self) -> None:
        """Check what a caller built directly (``DocumentText(text, page_starts, ...)``):
        a text of bytes or None failed only when printed, and page starts out of order or
        past the text gave each reference a wrong ``doc_page`` without a word.

        Raises:
            WrongArgumentType: (a TypeError) ``text``, ``source`` or ``format`` no str,
                ``page_starts`` no iterable of int, ``notes`` no iterable of str.
            ValueError: page starts that do not begin at 0, rise, and stay within the text.
        """
        _text("DocumentText()", self.text)
        _settings(self.source, self.format)
        starts = tuple(checked_items("DocumentText()", self.page_starts, "page starts (int)"))
        for start in starts:
            _whole("a page start", start)
        if starts and (
            starts[0] != 0
            or starts[-1] > len(self.text)
            or any(a >= b for a, b in pairwise(starts))
        ):
            raise ValueError(
                f"DocumentText() page starts must begin at 0, rise, and be offsets in its "
                f"text of {len(self.text):,} characters: {starts[:5]!r}"
                + (" ..." if len(starts) > 5 else "")
            )
        notes = tuple(_strings("DocumentText()", self.notes, "notes (str)"))
        vars(self).update(page_starts=starts, notes=notes)  # (a list kept the record unhashable)

    @classmethod
    def from_pages(
        cls, pages: list[str], *, source: str, format: str, notes: tuple[str, ...] = ()
    ) -> DocumentText:
        """Join page texts with :data:`PAGE_BREAK` and remember where each page starts.

        Raises:
            WrongArgumentType: (a TypeError) ``pages`` no iterable of str, ``source`` or
                ``format`` no str, ``notes`` no iterable of str.
        """
        pages = _strings("DocumentText.from_pages()", pages, "page texts (str)")
        notes = tuple(_strings("DocumentText.from_pages()", notes, "notes (str)"))
        _settings(source, format)
        starts: list[int] = []
        offset = 0
        for page in pages:
            starts.append(offset)
            offset += len(page) + len(PAGE_BREAK)
        return cls(PAGE_BREAK.join(pages), tuple(starts), source, format, notes)

    @classmethod
    def from_plain(cls, text: str, *, source: str = "<text>", format: str = "text") -> DocumentText:
        """A plain text; form feeds (as ``pdftotext`` writes them) mark pages.

        Raises:
            WrongArgumentType: (a TypeError) ``text``, ``source`` or ``format`` no str
                (a file is read with :func:`eurefs.read_document`).
        """
        _text("DocumentText.from_plain()", text)
        _settings(source, format)
        if PAGE_BREAK not in text.rstrip(PAGE_BREAK):
            return cls(text, (), source, format)
        starts = [0]
        pos = text.find(PAGE_BREAK)
        body_end = len(text.rstrip(PAGE_BREAK))
        while pos != -1 and pos < body_end:
            starts.append(pos + 1)
            pos = text.find(PAGE_BREAK, pos + 1)
        return cls(text, tuple(starts), source, format)

    @property
    def page_count(self) -> int:
        """Number of pages (0 for formats without pages)."""
        return len(self.page_starts)

    def page_at(self, offset: int) -> int | None:
        """The 1-based page holding ``offset``, or None when the text has no pages.

        Raises:
            WrongArgumentType: (a TypeError) ``offset`` no int.
        """
        _whole("offset", offset)
        if not self.page_starts:
            return None
        return max(1, bisect.bisect_right(self.page_starts, offset))

    def page_text(self, page: int) -> str:
        """The text of one page (1-based), without the page break.

        Raises:
            WrongArgumentType: (a TypeError) ``page`` no int.
            IndexError: ``page`` is not one of the text's pages.
        """
        _whole("page", page)
        if not 1 <= page <= self.page_count:
            raise IndexError(f"page {page} out of range 1..{self.page_count}")
        start = self.page_starts[page - 1]
        end = self.page_starts[page] - len(PAGE_BREAK) if page < self.page_count else None
        return self.text[start:end]

    def __str__(self) -> str:
        return self.text


def _strings(caller: str, given: object, what: str) -> list[str]:
    """``given`` as a list of str, or a :class:`WrongArgumentType`."""
    items: list[Any] = checked_items(caller, given, what)
    for item in items:
        if not isinstance(item, str):
            raise WrongArgumentType(f"{caller} takes {what}, not {item!r}")
    return items


def _text(caller: str, text: object) -> None:
    if not isinstance(text, str):
        hint = ""
        if isinstance(text, PathLike | bytes):
            hint = ": read a file with eurefs.read_document"
        raise WrongArgumentType(f"{caller} needs a str, not {type(text).__name__}{hint}")


def _settings(source: object, format: object) -> None:
    checked_str("source", source)
    checked_str("format", format)


def _whole(name: str, value: object) -> None:
    if not isinstance(value, int) or isinstance(value, bool):
        raise WrongArgumentType(f"{name} must be an int, not {value!r}")
