"""Options shared by the commands, checked when the command line is read.

A bad value is an argparse usage error: one line on stderr naming the option,
exit status 2, before anything is read, written or sent.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from eurefs.cli.errors import UsageError, say
from eurefs.errors import ConfigurationError
from eurefs.setting_bounds import (
    JOBS_PER_CORE,
    MOST_RETRIES,
    MOST_SECONDS,
    checked_count,
    checked_seconds,
)

if TYPE_CHECKING:
    from eurefs.resolver import Resolver

__all__ = [
    "add_cache_dir_option",
    "add_document_paths",
    "add_encoding_option",
    "add_input_format_option",
    "add_jobs_option",
    "add_max_input_option",
    "add_resolver_options",
    "cache_dir",
    "encoding",
    "endpoint",
    "job_count",
    "listed_fields",
    "make_resolver",
    "max_input_bytes",
    "parse_fields",
    "record_fields",
    "retry_count",
    "seconds",
    "worker_count",
]


def record_fields() -> tuple[str, ...]:
    """Fields of an output record: the input, then a document's fields or the error, and
    (``--from-text``) the number of ``mentions`` of the work in the text."""
    from eurefs.models.document import Document  # only when --fields is given

    return tuple(dict.fromkeys(("input", "reference", "error", *Document.model_fields, "mentions")))


def endpoint(value: str) -> str:
    """An http(s) URL (``--sparql-endpoint``, ``--cellar-base``)."""
    from eurefs.cellar.endpoints import validate_endpoint  # not to build the parser

    try:
        return validate_endpoint(value, "URL")
    except ConfigurationError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def seconds(value: str) -> float:
    """A positive number of seconds, at most :data:`~eurefs.setting_bounds.MOST_SECONDS` (a
    day), as the library checks it (``--timeout``)."""
    try:
        return checked_seconds("--timeout", float(value))
    except (ValueError, OverflowError):  # (ConfigurationError is a ValueError)
        raise argparse.ArgumentTypeError(
            f"expected a positive number of seconds, at most {MOST_SECONDS:,} (a day), "
            f"not {value!r}"
        ) from None


def retry_count(value: str) -> int:
    """A whole number from 0 to :data:`~eurefs.setting_bounds.MOST_RETRIES`, as the
    library checks it (``--retries``)."""
    try:
        return checked_count("--retries", int(value), least=0, most=MOST_RETRIES)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"expected a whole number from 0 to {MOST_RETRIES}, not {value!r}"
        ) from None


def cache_dir(value: str) -> str:
    """A directory, or a path where one can be made (``--cache-dir``); not a regular file."""
    path = Path(value)
    if not value:  # ("$CACHE" of an unset variable: the cache went to the working directory)
        raise argparse.ArgumentTypeError("empty: give a directory")
    if path.exists() and not path.is_dir():
        raise argparse.ArgumentTypeError(f"{value!r} is a file, not a directory")
    return value


def parse_fields(value: str) -> list[str]:
    """``--fields a,b,c``: known record fields only (the message lists the valid ones)."""
    try:
        return listed_fields(value, record_fields())
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def listed_fields(value: str, valid: tuple[str, ...]) -> list[str]:
    """The field names of a ``--fields a,b,c`` value, in the order given, empty names
    between commas passed over (``input,,error``).

    Raises:
        ValueError: for no name, an unknown one (the message lists the valid ones) or
            one given twice: each is a column, and a repeated one was dropped without a
            word (``--fields doc,doc`` gave one column, and a script reading two
            columns read the next record's).
    """
    fields = [f.strip() for f in value.split(",") if f.strip()]
    unknown = [f for f in fields if f not in valid]
    if unknown or not fields:
        said = f"unknown field(s) {', '.join(map(repr, unknown))}" if unknown else "no field"
        raise ValueError(f"{said}; valid fields: {', '.join(valid)}")
    twice = next((f for i, f in enumerate(fields) if f in fields[:i]), None)
    if twice is not None:
        raise ValueError(f"{twice!r} is given twice: each field is one column, give it once")
    return fields


def add_cache_dir_option(p: Any) -> None:
    """``--cache-dir`` (for every command that reads or looks after the cache)."""
    p.add_argument("--cache-dir", type=cache_dir, help="cache directory (env EUREFS_CACHE_DIR)")


def encoding(value: str) -> str:
    """``--encoding``: a codec Python knows (``cp1252``, ``utf-16``)."""
    import codecs

    try:
        codecs.lookup(value)
    except LookupError:
        raise argparse.ArgumentTypeError(
            f"unknown encoding {value!r} (e.g. utf-8, utf-16, cp1252)"
        ) from None
    return value


def add_encoding_option(p: Any, what: str = "text inputs") -> None:
    """``--encoding ENC``, for the commands that read text (the hint of every decoding error)."""
    from eurefs.cli.inputs import ENCODING_HELP

    p.add_argument(
        "--encoding", type=encoding, metavar="ENC", help=ENCODING_HELP.replace("text inputs", what)
    )


def add_input_format_option(p: Any) -> None:
    """``--input-format FMT``, for the commands that read documents (no content sniffing)."""
    from eurefs.cli.inputs import INPUT_FORMAT_HELP
    from eurefs.kinds import INPUT_FORMATS

    p.add_argument("--input-format", choices=INPUT_FORMATS, help=INPUT_FORMAT_HELP)


def max_input_bytes(value: str) -> int:
    """``--max-input-mb MB``: the bytes of a limit in mebibytes, read as
    ``$EUREFS_MAX_INPUT_MB`` is (:func:`eurefs.readers.limits.mebibytes`)."""
    from eurefs.readers.limits import mebibytes

    try:
        return mebibytes(value, "--max-input-mb")
    except ConfigurationError:
        raise argparse.ArgumentTypeError(
            f"expected a number of MiB over 0 (e.g. 2048), not {value!r}"
        ) from None


def add_max_input_option(p: Any) -> None:
    """``--max-input-mb MB`` (as ``max_input_bytes``), for the commands that read documents."""
    p.add_argument(
        "--max-input-mb",
        dest="max_input_bytes",
        type=max_input_bytes,
        metavar="MB",
        help="the most MiB a document may have, whatever its format (default: "
        "$EUREFS_MAX_INPUT_MB, else 512 for PDF and DOCX, 128 for HTML, Formex and text); "
        "a larger one is refused",
    )


def add_document_paths(p: Any) -> None:
    """The ``FILE ...`` positional of the commands that read several documents."""
    p.add_argument(
        "paths",
        nargs="+",
        metavar="FILE",
        help="documents (text, HTML, PDF, ...), or directories (their documents, recursively)",
    )
    add_input_format_option(p)
    add_encoding_option(p)
    add_max_input_option(p)


def add_resolver_options(p: Any) -> None:
    """The options of every command that resolves: language, endpoints, limits, cache."""
    p.add_argument("--lang", default="en", help="language of titles and labels (default en)")
    p.add_argument(
        "--sparql-endpoint", type=endpoint, help="SPARQL endpoint URL (env EUREFS_SPARQL_ENDPOINT)"
    )
    p.add_argument(
        "--cellar-base",
        type=endpoint,
        help="base of Cellar resource URIs (env EUREFS_CELLAR_BASE)",
    )
    p.add_argument(
        "--timeout",
        type=seconds,
        metavar="SECONDS",
        help="most time one request may take, retries and waits included (default 90, "
        f"at most {MOST_SECONDS})",
    )
    p.add_argument(
        "--retries",
        type=retry_count,
        metavar="N",
        help="retries of a request that may succeed on a second try (default 4, at most "
        f"{MOST_RETRIES})",
    )
    add_cache_dir_option(p)
    p.add_argument("--no-cache", action="store_true", help="neither read nor write the cache")
    p.add_argument("--offline", action="store_true", help="answer from the cache only")


def make_resolver(args: argparse.Namespace) -> Resolver:
    """The resolver the options of :func:`add_resolver_options` ask for.

    Raises:
        UsageError: a bad setting (environment variable, language).
    """
    from eurefs.errors import EurefsError
    from eurefs.resolver import Resolver

    if args.offline and args.no_cache:
        raise UsageError(
            "--offline answers from the cache and --no-cache neither reads nor writes it: "
            "give one of them"
        )
    try:
        return Resolver(
            sparql_endpoint=args.sparql_endpoint,
            cellar_base=args.cellar_base,
            lang=args.lang,
            use_cache=not args.no_cache,
            cache_dir=args.cache_dir,
            offline=args.offline,
            timeout=args.timeout,
            retries=args.retries,
        )
    except (EurefsError, ValueError) as exc:
        raise UsageError(str(exc)) from None


def job_count(value: str) -> int:
    """``--jobs N``: a whole number of at least 1."""
    try:
        jobs = int(value)
    except ValueError:
        jobs = 0
    if jobs < 1:
        raise argparse.ArgumentTypeError(f"must be a whole number of at least 1, not {value!r}")
    return jobs


def add_jobs_option(p: Any) -> None:
    """``--jobs N``: the worker processes for several files (see :func:`worker_count`)."""
    p.add_argument(
        "--jobs",
        type=job_count,
        default=None,
        metavar="N",
        help="worker processes for several files (default: every core); output stays "
        f"in input order.  More than the files, or than {JOBS_PER_CORE} per usable core, is "
        "lowered to that (with a line on stderr for the cores)",
    )


def worker_count(jobs: int | None, documents: int) -> int:
    """The worker processes to start for ``documents``: ``--jobs`` (else every usable
    core), no more than the documents, nor than :data:`JOBS_PER_CORE` per core."""
    from eurefs.parallel import default_jobs

    cores = default_jobs()
    most = JOBS_PER_CORE * cores
    if jobs is not None and min(jobs, documents) > most:
        say(f"--jobs {jobs} lowered to {most} ({JOBS_PER_CORE} per usable core, {cores})")
    return max(1, min(cores if jobs is None else jobs, most, documents))
