"""Extraction over many documents: on every core, streaming, in input order.

:func:`extract_many` takes ``(doc, text)`` pairs, :func:`extract_files` takes
paths.  Both are generators that yield one :class:`DocumentReferences` per input,
in input order, as soon as that input (and every one before it) is done; a bounded
number of inputs is in flight at once, so memory stays flat however long the
stream.  A document that cannot be read or scanned gives a result with ``error``
set; the others go on.

With ``jobs=1`` (or a single input) everything runs in this process; otherwise a
pool of worker processes scans the documents (workers read files themselves, so
file contents never cross a pipe).  The workers ignore Ctrl-C: interrupted, or left
by its reader (``close()``, a broken pipe), the run ends them at once.
"""

from __future__ import annotations

import os
import signal
import warnings
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from itertools import chain, islice
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from eurefs.arguments import checked_flag
from eurefs.collector import collector_paused
from eurefs.errors import ReaderWarning, WrongArgumentType
from eurefs.scanner import extract, extract_light
from eurefs.setting_bounds import JOBS_PER_CORE, checked_count
from eurefs.text import DocumentText

if TYPE_CHECKING:
    from eurefs.models import light
    from eurefs.models.references import Reference

__all__ = [
    "DocumentReferences",
    "DocumentWarning",
    "default_jobs",
    "extract_files",
    "extract_many",
]

_In = TypeVar("_In")
#: The references of a result: the public models, or the engine's light references
#: (:func:`extract_files_light`, for the command line).
R = TypeVar("R")

#: Inputs in flight per worker: enough to keep each busy, few enough to keep memory flat.
_IN_FLIGHT_PER_JOB = 4


@dataclass(frozen=True)
class DocumentWarning:
    """A :class:`~eurefs.errors.ReaderWarning` a document gave when it was read (the
    warning itself does not cross from a worker process).

    Attributes:
        category: The warning's class name (``CharsetWarning`` ...).
        message: What it says, without the document's name.
    """

    category: str
    message: str


@dataclass(frozen=True)
class DocumentReferences(Generic[R]):
    """The references of one input document, or why there are none.

    Attributes:
        doc: The document's name (the path, or the id given with its text).
        references: Its references in text order (empty on error); references
            from a paged document (PDF) carry ``doc_page``.
        error: The error's class name when the document could not be read or
            scanned (``ReadError``, ``NoTextLayer``, ``FileNotFoundError`` ...).
        message: What went wrong, for the user.
        notes: What the reader wants the user to know, the document's
            :attr:`~eurefs.DocumentText.notes` (pages without text, Word comments not
            read ...).
        warnings: What the reader warned of: the text may be off (a page whose charset
            its bytes contradict ...), one :class:`DocumentWarning` a warning, in the
            order given (they were among the ``notes`` before this field came).
    """

    doc: str
    references: list[R] = field(default_factory=list)
    error: str | None = None
    message: str | None = None
    notes: tuple[str, ...] = ()
    warnings: tuple[DocumentWarning, ...] = ()

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


def _failed(doc: str, exc: Exception) -> DocumentReferences[R]:
    return DocumentReferences(doc, error=type(exc).__name__, message=str(exc))


@dataclass(frozen=True)
class _Job:
    """What a worker needs to know besides the document: what to find, how to read."""

    kinds: tuple[str, ...] | None
    short_forms: bool = True
    input_format: str | None = None
    encoding: str | None = None
    max_bytes: int | None = None  # (as read_document's)


def _scan_text(item: tuple[str, str], job: _Job) -> DocumentReferences[Reference]:
    doc, text = item
    try:
        return DocumentReferences(doc, extract(text, kinds=job.kinds, short_forms=job.short_forms))
    except Exception as exc:  # a batch goes on: this document gets an error record
        return _failed(doc, exc)


def read_warning_apart(
    read: Callable[[], DocumentText],
) -> tuple[DocumentText, tuple[DocumentWarning, ...]]:
    """``read()``'s document and the reader warnings it gave, which, unlike the warnings,
    cross the process boundary (any other warning is passed on as it came)."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", ReaderWarning)
        document = read()
    said: list[DocumentWarning] = []
    for found in caught:
        if isinstance(found.message, ReaderWarning):
            said.append(DocumentWarning(type(found.message).__name__, found.message.detail))
        else:
            warnings.warn_explicit(found.message, found.category, found.filename, found.lineno)
    return document, tuple(said)


def _read_file(path: str, job: _Job) -> tuple[DocumentText, tuple[DocumentWarning, ...]]:
    from eurefs.readers import read_document

    return read_warning_apart(
        lambda: read_document(
            path, input_format=job.input_format, encoding=job.encoding, max_bytes=job.max_bytes
        )
    )


def _scan_file_light(path: str, job: _Job) -> DocumentReferences[light.Reference]:
    try:
        document, said = _read_file(path, job)
        refs = extract_light(document, kinds=job.kinds, short_forms=job.short_forms)
    except Exception as exc:  # a batch goes on: this file gets an error record
        return _failed(path, exc)
    return DocumentReferences(path, refs, notes=document.notes, warnings=said)


def _scan_file(path: str, job: _Job) -> DocumentReferences[Reference]:
    """:func:`_scan_file_light`, its references turned into the public models (in the
    worker, as :func:`eurefs.extract` turns them)."""
    from eurefs.models.public import to_models

    found = _scan_file_light(path, job)
    try:
        with collector_paused():  # (as in extraction: they all stay alive)
            refs = to_models(found.references)
    except Exception as exc:  # a batch goes on: this file gets an error record
        return _failed(path, exc)
    return DocumentReferences(path, refs, found.error, found.message, found.notes, found.warnings)


def extract_many(
    documents: Iterable[tuple[str, str]],
    *,
    kinds: str | Iterable[str] | None = None,
    jobs: int | None = None,
    short_forms: bool = True,
) -> Iterator[DocumentReferences[Reference]]:
    """Extract the references of many ``(doc, text)`` pairs, in input order.

    Args:
        documents: Pairs of a document name and its text (any iterable, consumed lazily).
        kinds: Only these reference kinds; all when None.
        jobs: Worker processes; None uses every usable core, 1 runs in this process;
            no more than :data:`~eurefs.setting_bounds.JOBS_PER_CORE` per usable core
            are started (more only share the cores).
        short_forms: Also find back-references (as :func:`eurefs.extract` does).

    Yields:
        One :class:`DocumentReferences` per pair, in the order given.

    Raises:
        ValueError: for an unknown kind, or ``jobs`` not a whole number of at least 1
            (:class:`~eurefs.errors.ConfigurationError`).
        WrongArgumentType: (a TypeError) when ``documents`` is a string or no iterable;
            as they are consumed, for an item that is no pair of a str and a text (a
            text that is no str gives its pair a result with that ``error``).
    """
    pairs = map(_pair, _inputs(documents, "extract_many", "(doc, text) pairs"))
    job = _Job(_check_kinds(kinds), checked_flag("short_forms", short_forms))
    return _run(pairs, _scan_text, job, jobs)


def extract_files(
    paths: Iterable[str | os.PathLike[str]],
    *,
    kinds: str | Iterable[str] | None = None,
    jobs: int | None = None,
    input_format: str | None = None,
    encoding: str | None = None,
    short_forms: bool = True,
    max_bytes: int | None = None,
) -> Iterator[DocumentReferences[Reference]]:
    """Extract the references of many files (PDF, DOCX, HTML, Formex, text), in input order.

    Each file is read with :func:`eurefs.read_document` in the worker that scans it.
    A file that cannot be read gives a result with ``error`` set; the others go on.

    Args:
        paths: The files (any iterable, consumed lazily).
        kinds: Only these reference kinds; all when None.
        jobs: As for :func:`extract_many`.
        input_format: Read every file as this format instead of sniffing it.
        encoding: The encoding of text files (default UTF-8, or UTF-16 with a BOM).
        short_forms: Also find back-references (as :func:`eurefs.extract` does).
        max_bytes: The most bytes a file may have, whatever its format, as for
            :func:`eurefs.read_document` (default: ``$EUREFS_MAX_INPUT_MB`` mebibytes,
            else each format's limit); a file over it gives a ``DocumentTooLarge``
            result, and the others go on.

    Yields:
        One :class:`DocumentReferences` per path, in the order given.

    Raises:
        ValueError: for an unknown kind, ``jobs`` not a whole number of at least 1, or a
            ``max_bytes`` below 1 (:class:`~eurefs.errors.ConfigurationError`).
        WrongArgumentType: (a TypeError) when ``paths`` is a single string or no
            iterable, or ``input_format`` or ``encoding`` no str; as they are consumed,
            for an item that is no path (a path in bytes is decoded as ``os.fsdecode``).
    """
    from eurefs.readers import file_path

    items = _inputs(paths, "extract_files", "paths")
    job = _file_job(kinds, short_forms, input_format, encoding, max_bytes)
    return _run((file_path(p, "extract_files") for p in items), _scan_file, job, jobs)


def _inputs(given: object, caller: str, what: str) -> Iterator[Any]:
    """An iterator over ``given``: a string (one path, one text) or what is no iterable
    is a :class:`WrongArgumentType` (it was a bare TypeError, or a wrong run)."""
    if not isinstance(given, str | bytes | bytearray):
        iterable: Any = given
        try:
            return iter(iterable)
        except TypeError:
            pass
    raise WrongArgumentType(f"{caller}() needs an iterable of {what}, not {type(given).__name__}")


def _pair(item: object) -> tuple[str, str]:
    """A ``(doc, text)`` pair as given, or a :class:`WrongArgumentType` ('not enough
    values to unpack', a ValueError, or 'cannot unpack non-iterable', in a worker)."""
    if isinstance(item, tuple | list) and len(item) == 2 and isinstance(item[0], str):
        return item[0], item[1]
    raise WrongArgumentType(
        f"extract_many() needs (doc, text) pairs, a str and a text, not {_shown(item)}"
    )


def _shown(item: object) -> str:
    said = repr(item)
    return said if len(said) <= 60 else f"{said[:57]}..."


def extract_files_light(
    paths: Iterable[str],
    *,
    kinds: Iterable[str] | None = None,
    jobs: int | None = None,
    input_format: str | None = None,
    encoding: str | None = None,
    short_forms: bool = True,
    max_bytes: int | None = None,
) -> Iterator[DocumentReferences[light.Reference]]:
    """:func:`extract_files` with the engine's light references (``eurefs.models.light``),
    which ``eurefs extract`` writes without pydantic."""
    job = _file_job(kinds, short_forms, input_format, encoding, max_bytes)
    return _run(iter(paths), _scan_file_light, job, jobs)


def _file_job(
    kinds: str | Iterable[str] | None,
    short_forms: bool,
    input_format: str | None,
    encoding: str | None,
    max_bytes: int | None,
    *,
    environment: bool = True,
) -> _Job:
    """What the workers reading files need, checked here (not once in every worker):
    the kinds, and the limit (a ConfigurationError for one below a byte), ``max_bytes``
    or, with ``environment``, ``$EUREFS_MAX_INPUT_MB`` here; without it the variable is
    left to the workers, whose environment on a cluster is their own (``eurefs.dask``)."""
    from eurefs.readers import check_str_settings
    from eurefs.readers.limits import chosen_limit

    check_str_settings(input_format=input_format, encoding=encoding)
    if max_bytes is not None or environment:
        chosen_limit(max_bytes)
    flag = checked_flag("short_forms", short_forms)
    return _Job(_check_kinds(kinds), flag, input_format, encoding, max_bytes)


def _check_kinds(kinds: str | Iterable[str] | None) -> tuple[str, ...] | None:
    if kinds is None:
        return None
    wanted: Any = (kinds,) if isinstance(kinds, str) else kinds
    wanted = tuple(wanted) if isinstance(wanted, Iterable) else wanted  # (read once)
    extract_light("", kinds=wanted)  # a kind unknown or of a wrong type: here, not in a worker
    return wanted  # type: ignore[no-any-return]


def _run(
    items: Iterable[_In],
    work: Callable[[_In, _Job], DocumentReferences[R]],
    job: _Job,
    jobs: int | None,
) -> Iterator[DocumentReferences[R]]:
    cores = default_jobs()
    n_jobs = cores if jobs is None else checked_count("jobs", jobs, least=1, most=None)
    return _ordered(iter(items), work, job, min(n_jobs, JOBS_PER_CORE * cores))


def _ordered(
    items: Iterator[_In],
    work: Callable[[_In, _Job], DocumentReferences[R]],
    job: _Job,
    n_jobs: int,
) -> Generator[DocumentReferences[R], None, None]:
    first = list(islice(items, 2))
    if n_jobs == 1 or len(first) < 2:
        for item in chain(first, items):
            yield work(item, job)
        return
    window = n_jobs * _IN_FLIGHT_PER_JOB
    with ProcessPoolExecutor(max_workers=n_jobs, initializer=_leave_interrupts) as pool:
        pending: deque[Future[DocumentReferences[R]]] = deque()
        try:
            for item in chain(first, items):
                pending.append(pool.submit(work, item, job))
                if len(pending) >= window:
                    yield pending.popleft().result()
            while pending:
                yield pending.popleft().result()
        except BaseException:  # Ctrl-C, or the reader stopped (close(), a broken pipe)
            _stop_now(pool)
            raise


def _leave_interrupts() -> None:
    """A worker ignores Ctrl-C, which a terminal sends to every process of the run: the
    process that started it stops the pool (a worker waiting for its next document printed
    a KeyboardInterrupt traceback)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _stop_now(pool: ProcessPoolExecutor) -> None:
    """Drop the documents not yet scanned and end the workers, now: their results would be
    thrown away (``shutdown`` alone waits for every document already handed to them).
    ``ProcessPoolExecutor.terminate_workers`` of Python 3.14 does the same."""
    workers = list((pool._processes or {}).values())
    # (taken before shutdown, which lets go of it)
    result_queue: Any = getattr(pool, "_result_queue", None)
    pool.shutdown(wait=False, cancel_futures=True)
    for worker in workers:
        worker.terminate()
    for worker in workers:
        worker.join()
    # A worker ended while it wrote a result leaves part of it in the result pipe, and the
    # pool's thread reading it waited for the rest for ever (this process holds the pipe's
    # write end too), so the process never ended (Python joins that thread at exit):
    # closing that end ends the read.
    if result_queue is not None:
        result_queue._writer.close()
