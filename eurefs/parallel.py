"""Extraction over many documents: on every core, streaming, in input order.

:func:`extract_many` takes ``(doc, text)`` pairs, :func:`extract_files` takes
paths.  Both are generators that yield one :class:`DocumentReferences` per input,
in input order, as soon as that input (and every one before it) is done; a bounded
number of inputs is in flight at once, so memory stays flat however long the
stream.  A document that cannot be read or scanned gives a result with ``error``
set; the others go on.

With ``jobs=1`` (or a single input) everything runs in this process; otherwise a
pool of worker processes scans the documents (workers read files themselves, so
file contents never cross a pipe).
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from itertools import chain, islice
from typing import TypeVar

from eurefs.errors import ReadError
from eurefs.models.references import Reference
from eurefs.readers import read_document
from eurefs.scanner import extract

__all__ = ["DocumentReferences", "default_jobs", "extract_files", "extract_many"]

_In = TypeVar("_In")

#: Inputs in flight per worker: enough to keep each busy, few enough to keep memory flat.
_IN_FLIGHT_PER_JOB = 4


@dataclass(frozen=True)
class DocumentReferences:
    """The references of one input document, or why there are none.

    Attributes:
        doc: The document's name (the path, or the id given with its text).
        references: Its references in text order (empty on error).
        error: ``"ErrorType: message"`` when the document could not be read or scanned.
    """

    doc: str
    references: list[Reference] = field(default_factory=list)
    error: str | None = None

    @property
    def ok(self) -> bool:
        """True when the document was read and scanned."""
        return self.error is None


def default_jobs() -> int:
    """The number of worker processes used when none is given: the usable cores."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not on Linux
        return max(1, os.cpu_count() or 1)


def _scan_text(item: tuple[str, str], kinds: tuple[str, ...] | None) -> DocumentReferences:
    doc, text = item
    try:
        return DocumentReferences(doc, extract(text, kinds=kinds))
    except Exception as exc:  # a batch goes on: this document gets an error record
        return DocumentReferences(doc, error=f"{type(exc).__name__}: {exc}")


def _scan_file(path: str, kinds: tuple[str, ...] | None) -> DocumentReferences:
    # Any format eurefs reads (PDF, DOCX, HTML, Formex, text); PDF references get doc_page.
    try:
        doc = read_document(path)
    except ReadError as exc:
        return DocumentReferences(path, error=f"{type(exc).__name__}: {exc}")
    try:
        return DocumentReferences(path, extract(doc, kinds=kinds))
    except Exception as exc:  # a batch goes on: this document gets an error record
        return DocumentReferences(path, error=f"{type(exc).__name__}: {exc}")


def extract_many(
    documents: Iterable[tuple[str, str]],
    *,
    kinds: Iterable[str] | None = None,
    jobs: int | None = None,
) -> Iterator[DocumentReferences]:
    """Extract the references of many ``(doc, text)`` pairs, in input order.

    Args:
        documents: Pairs of a document name and its text (any iterable, consumed lazily).
        kinds: Only these reference kinds; all when None.
        jobs: Worker processes; None uses every usable core, 1 runs in this process.

    Yields:
        One :class:`DocumentReferences` per pair, in the order given.

    Raises:
        ValueError: for an unknown kind or ``jobs < 1``.
        TypeError: when ``documents`` is a string.
    """
    if isinstance(documents, str | bytes):
        raise TypeError("extract_many() needs an iterable of (doc, text) pairs, not a string")
    return _run(documents, _scan_text, _check_kinds(kinds), jobs)


def extract_files(
    paths: Iterable[str | os.PathLike[str]],
    *,
    kinds: Iterable[str] | None = None,
    jobs: int | None = None,
) -> Iterator[DocumentReferences]:
    """Extract the references of many documents, in input order.

    Files may be PDF, DOCX, HTML, Formex or text (see :func:`eurefs.read_document`).
    A file that cannot be read gives a result with ``error`` set; the others go on.

    Args:
        paths: The files (any iterable, consumed lazily).
        kinds: Only these reference kinds; all when None.
        jobs: Worker processes; None uses every usable core, 1 runs in this process.

    Yields:
        One :class:`DocumentReferences` per path, in the order given.

    Raises:
        ValueError: for an unknown kind or ``jobs < 1``.
        TypeError: when ``paths`` is a single string.
    """
    if isinstance(paths, str | bytes):
        raise TypeError("extract_files() needs an iterable of paths, not a single string")
    return _run((os.fspath(p) for p in paths), _scan_file, _check_kinds(kinds), jobs)


def _check_kinds(kinds: Iterable[str] | None) -> tuple[str, ...] | None:
    if kinds is None:
        return None
    wanted = (kinds,) if isinstance(kinds, str) else tuple(kinds)
    extract("", kinds=wanted)  # raises ValueError for an unknown kind, here and not in a worker
    return wanted


def _run(
    items: Iterable[_In],
    work: Callable[[_In, tuple[str, ...] | None], DocumentReferences],
    kinds: tuple[str, ...] | None,
    jobs: int | None,
) -> Iterator[DocumentReferences]:
    n_jobs = default_jobs() if jobs is None else jobs
    if n_jobs < 1:
        raise ValueError(f"jobs must be at least 1, not {n_jobs}")
    return _ordered(iter(items), work, kinds, n_jobs)


def _ordered(
    items: Iterator[_In],
    work: Callable[[_In, tuple[str, ...] | None], DocumentReferences],
    kinds: tuple[str, ...] | None,
    n_jobs: int,
) -> Iterator[DocumentReferences]:
    first = list(islice(items, 2))
    if n_jobs == 1 or len(first) < 2:
        for item in chain(first, items):
            yield work(item, kinds)
        return
    window = n_jobs * _IN_FLIGHT_PER_JOB
    with ProcessPoolExecutor(max_workers=n_jobs) as pool:
        pending: deque[Future[DocumentReferences]] = deque()
        for item in chain(first, items):
            pending.append(pool.submit(work, item, kinds))
            if len(pending) >= window:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
