"""What the report shows: the input texts, their references, and one row per work cited."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from eurefs.errors import ResolveError
from eurefs.identifiers import CELEX_RE
from eurefs.lookup import lookup_for
from eurefs.models.references import BaseReference
from eurefs.models.results import ResolveResult
from eurefs.works import cited_works

if TYPE_CHECKING:
    from eurefs.resolver import Resolver


@dataclass(frozen=True)
class ReportInput:
    """One input document: its name, its text, the references found in it, its pages.

    ``page_starts`` are the offsets where pages start (from a PDF reader); empty
    for texts without pages.
    """

    name: str
    text: str
    references: Sequence[BaseReference]
    page_starts: tuple[int, ...] = ()

    def location(self, offset: int) -> str:
        """Where ``offset`` is, for people: ``page 3, line 12`` or ``line 12``."""
        if len(self.page_starts) > 1:
            page = bisect_right(self.page_starts, offset)
            start = self.page_starts[page - 1]
            return f"page {page}, line {self.text.count(chr(10), start, offset) + 1}"
        return f"line {line_of(self.text, offset)}"


@dataclass
class WorkRow:
    """One work cited, over all inputs.

    Attributes:
        key: The work's key (:func:`eurefs.works.work_key`).
        label: How people name it.
        kind: The kind of its first mention.
        celex: Its CELEX number, when the text gives one.
        mentions: Mentions over all inputs.
        documents: Indexes of the inputs that cite it, in order.
        first_doc: Index of the input with the first mention.
        first: The first mention.
        result: The resolution, with ``--resolve`` (a document or an error).
        not_resolvable: Why the work was not sent for resolution, if it was not.
        page_lang: The language of its EUR-Lex page: that of the input of its first
            mention (:func:`~eurefs.annotation.text_language`), or the resolver's once
            resolved (:func:`resolve_rows`).
    """

    key: str
    label: str
    kind: str
    celex: str | None
    mentions: int
    documents: list[int]
    first_doc: int
    first: BaseReference
    result: ResolveResult | None = None
    not_resolvable: str | None = None
    page_lang: str | None = None
    references: list[tuple[int, BaseReference]] = field(default_factory=list)

    @property
    def year(self) -> int | None:
        """The work's year: its resolved date, else the year its citation gives."""
        doc = self.result.document if self.result else None
        if doc is not None and doc.date is not None:
            return doc.date.year
        year = getattr(self.first, "year", None)
        if isinstance(year, int):
            return year
        m = CELEX_RE.fullmatch(self.celex or "")
        return int(m["year"]) if m else None

    @property
    def resolved_celex(self) -> str | None:
        """The CELEX number of the document the work resolved to, when the text gives none.

        A procedure, or a COM number whose text leaves ``PC``/``DC`` open, names its
        document only once it is resolved (``2018/0172(COD)`` -> ``32019L0904``).
        """
        doc = self.result.document if self.result else None
        if self.celex or doc is None:
            return None
        return doc.celex

    @property
    def url(self) -> str | None:
        """A link for people: the resolved EUR-Lex page, else the one the citation gives,
        in ``page_lang`` (a work resolved or not: with a resolver, the pages of one report
        are in one language)."""
        from eurefs.annotation.links import eurlex_page_url

        doc = self.result.document if self.result else None
        if doc is not None and doc.urls.eurlex:
            return doc.urls.eurlex
        return eurlex_page_url(self.first, self.page_lang)


def mark_id(doc_index: int, ref: BaseReference) -> str:
    """The HTML id of a reference's highlight in the report's text."""
    return f"r{doc_index}-{ref.start}"


def line_of(text: str, offset: int) -> int:
    """1-based line number of ``offset`` in ``text``."""
    return text.count("\n", 0, offset) + 1


def work_rows(inputs: Sequence[ReportInput]) -> list[WorkRow]:
    """One row per work cited in any input, in order of first mention."""
    from eurefs.annotation.links import text_language

    rows: dict[str, WorkRow] = {}
    for i, doc in enumerate(inputs):
        lang = text_language(doc.references)
        for work in cited_works(doc.references):
            row = rows.get(work.key)
            if row is None:
                row = rows[work.key] = WorkRow(
                    work.key, work.label, work.kind, work.celex, 0, [], i, work.first
                )
                row.page_lang = lang
            row.mentions += work.mentions
            row.documents.append(i)
            row.references += [(i, r) for r in work.references]
    return list(rows.values())


def resolve_rows(
    rows: Sequence[WorkRow],
    resolver: Resolver,
    progress: Callable[[int, int], None] | None = None,
) -> None:
    """Resolve each work once (through its first mention), in batches; record the outcome.

    Works that name no single document (Treaty articles, case numbers with
    several documents...) are not sent: their row says why.  ``progress(done,
    total)`` is called as batches complete.
    """
    from eurefs.annotation.links import why_unlinked

    todo: list[WorkRow] = []
    for row in rows:
        row.page_lang = resolver.lang
        try:
            lookup_for(row.first)
        except ResolveError:
            row.not_resolvable = why_unlinked(row.first, "Cellar resource").replace(
                "Not linked", "Not resolved"
            )
            continue
        todo.append(row)
    if not todo:
        return
    results = resolver.resolve_many([r.first for r in todo], progress=progress)
    for row, result in zip(todo, results, strict=True):
        row.result = result
