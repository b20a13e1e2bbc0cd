"""The text of a document as eurefs reads it: one string, its page boundaries, its source.

Readers (``eurefs.readers``) turn files into a :class:`DocumentText`; extraction
runs on its ``text``, so every span of a reference indexes that string, and
``eurefs text FILE`` prints exactly it.  Pages are separated by a form feed
(``\\f``), the convention of ``pdftotext``, so the printed text read back as plain
text has the same pages and the same spans.
"""

from __future__ import annotations

import bisect

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

    @classmethod
    def from_pages(
        cls, pages: list[str], *, source: str, format: str, notes: tuple[str, ...] = ()
    ) -> DocumentText:
        """Join page texts with :data:`PAGE_BREAK` and remember where each page starts."""
        starts: list[int] = []
        offset = 0
        for page in pages:
            starts.append(offset)
            offset += len(page) + len(PAGE_BREAK)
        return cls(PAGE_BREAK.join(pages), tuple(starts), source, format, notes)

    @classmethod
    def from_plain(cls, text: str, *, source: str = "<text>", format: str = "text") -> DocumentText:
        """A plain text; form feeds (as ``pdftotext`` writes them) mark pages."""
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
        """The 1-based page holding ``offset``, or None when the text has no pages."""
        if not self.page_starts:
            return None
        return max(1, bisect.bisect_right(self.page_starts, offset))

    def page_text(self, page: int) -> str:
        """The text of one page (1-based), without the page break."""
        if not 1 <= page <= self.page_count:
            raise IndexError(f"page {page} out of range 1..{self.page_count}")
        start = self.page_starts[page - 1]
        end = self.page_starts[page] - len(PAGE_BREAK) if page < self.page_count else None
        return self.text[start:end]

    def __str__(self) -> str:
        return self.text
