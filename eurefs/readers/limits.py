"""How many bytes a document may have: a limit for each format, far above real EU documents.

Nothing else bounds what a reader is handed: a 2 GB file, or ``/dev/zero``, was read whole
into memory before any check looked at it.  A file is now read no further than the limit
(its size, where the system knows it, is checked first), and once its format is known,
held to that format's limit.  What a reader builds from a small file (a zip bomb, a PDF
page drawing a form a million times, entity expansion) has limits of its own, in
:mod:`eurefs.readers.docxparts`, :mod:`eurefs.readers.pdfbomb` and
:mod:`eurefs.readers.builder`; the two that a Word part and a PDF stream share are here.

The limits (:data:`MAX_INPUT_BYTES`) leave a margin of ten times and more over the largest
real documents: the OJ's 88 pages of the GDPR are a PDF of 4 MB, a judgment of the UK
Supreme Court a Word file of 255 KB, the AI Act proposal's EUR-Lex page 0.7 MB.  Reading
HTML takes about 9 MB of memory a MB of markup (libxml2's tree: the page's style sheets
are matched against it), Formex about 6 (rendered as it is parsed), so their 128 MiB
come to about 1.2 GB and 0.8 GB.  One limit for every format replaces them: ``max_bytes`` of
:func:`~eurefs.readers.read_document`, or the environment variable ``EUREFS_MAX_INPUT_MB``
(mebibytes, e.g. ``EUREFS_MAX_INPUT_MB=2048``), which the command line and its worker
processes follow; the command line's ``--max-input-mb`` before it, as ``max_bytes`` of
:func:`~eurefs.parallel.extract_files` for the files it reads in its workers.
"""

from __future__ import annotations

import os
from typing import BinaryIO

from eurefs.errors import ConfigurationError, DocumentTooLarge

__all__ = [
    "ENV_MAX_INPUT_MB",
    "MAX_INPUT_BYTES",
    "SetLimit",
    "chosen_limit",
    "format_limit",
    "mebibytes",
    "read_limited",
    "to_raise",
]

_MIB = 1 << 20
#: The most bytes of a stream read at once.
_PIECE = 16 * _MIB

#: The largest document each format's reader takes, in bytes.
MAX_INPUT_BYTES = {
    "pdf": 512 * _MIB,
    "docx": 512 * _MIB,
    "html": 128 * _MIB,
    "formex": 128 * _MIB,
    "text": 128 * _MIB,
}

#: The most bytes one compressed part of a document is read to when inflated: a PDF's text
#: stream (:data:`~eurefs.readers.pdfbomb.MAX_STREAM_BYTES`), a Word file's XML part
#: (:data:`~eurefs.readers.docxparts.MAX_PART_BYTES`); real documents are far below it.
MAX_INFLATED_BYTES = 64 * _MIB
#: An inflated/deflated ratio above this, for such a part over 1 MiB, is a bomb.
MAX_INFLATION_RATIO = 200

#: The environment variable that sets one limit for every format, in mebibytes.
ENV_MAX_INPUT_MB = "EUREFS_MAX_INPUT_MB"


class SetLimit(int):
    """A limit of bytes that names the setting it came from (``max_bytes``,
    ``--max-input-mb``, ``$EUREFS_MAX_INPUT_MB``): the message that refuses a document
    past it names that setting, as the user gave it.  An ``int`` everywhere else, and
    so handed to worker processes (pickled with its setting)."""

    setting: str

    def __new__(cls, value: int, setting: str) -> SetLimit:
        limit = super().__new__(cls, value)
        limit.setting = setting
        return limit

    def __reduce__(self) -> tuple[type[SetLimit], tuple[int, str]]:
        return (SetLimit, (int(self), self.setting))


def chosen_limit(max_bytes: int | None) -> int | None:
    """The one limit the caller (``max_bytes``) or the environment sets, else None; a
    :class:`SetLimit` naming where it was set.

    Raises:
        ConfigurationError: a limit that is not a positive number.
    """
    if max_bytes is not None:
        if isinstance(max_bytes, bool) or not isinstance(max_bytes, int) or max_bytes < 1:
            raise ConfigurationError(f"max_bytes must be a whole number over 0, not {max_bytes!r}")
        return max_bytes if isinstance(max_bytes, SetLimit) else SetLimit(max_bytes, "max_bytes")
    value = os.environ.get(ENV_MAX_INPUT_MB, "").strip()
    if not value:
        return None
    return mebibytes(value, ENV_MAX_INPUT_MB)


def mebibytes(value: str, setting: str) -> SetLimit:
    """The bytes a limit given in mebibytes comes to (``"2048"``, ``"0.5"``): the one
    reading of ``$EUREFS_MAX_INPUT_MB`` and of the command line's ``--max-input-mb``,
    named by ``setting``.

    Raises:
        ConfigurationError: not a number of MiB that comes to a byte or more (``setting``
            names where it was given).
    """
    try:
        mib = float(value)
    except ValueError:
        mib = 0.0
    if not 1 <= mib * _MIB < float("inf"):  # (also NaN; 1e308 MiB overflowed to inf)
        raise ConfigurationError(
            f"{setting} must be a number of MiB over 0 (e.g. 2048), not {value!r}"
        )
    return SetLimit(int(mib * _MIB), setting)


def format_limit(input_format: str | None, max_bytes: int | None = None) -> int:
    """The bytes a document of ``input_format`` may have (None: of any format, the
    largest limit: the format is not known before the bytes are read)."""
    chosen = chosen_limit(max_bytes)
    if chosen is not None:
        return chosen
    if input_format is None:
        return max(MAX_INPUT_BYTES.values())
    return MAX_INPUT_BYTES.get(input_format, max(MAX_INPUT_BYTES.values()))


#: How an error names a document of each format.
_NAMED = {
    "pdf": "a PDF",
    "docx": "a DOCX",
    "html": "an HTML",
    "formex": "a Formex",
    "text": "a text",
}


def to_raise(limit: int, default: str = ENV_MAX_INPUT_MB) -> str:
    """How a user reads past ``limit``, for the message that refuses: raise the setting it
    came from (a :class:`SetLimit`: ``--max-input-mb 0.5`` is not raised by the
    environment), else set ``default``, the setting that raises a format's own limit."""
    if isinstance(limit, SetLimit):
        return f"raise {limit.setting}"
    return f"set {default}"


def refuse_large(size: int, input_format: str | None, source: str, limit: int) -> None:
    """Raise :class:`~eurefs.errors.DocumentTooLarge` when ``size`` is over ``limit``."""
    if size > limit:
        raise DocumentTooLarge(
            f"over the limit of {limit:,} bytes ({limit / _MIB:.3g} MiB) for "
            f"{_NAMED.get(input_format or '', 'a')} document; refused ({to_raise(limit)} "
            "to read larger ones)",
            source,
        )


def read_limited(fh: BinaryIO, source: str, limit: int) -> bytes:
    """The bytes of an open file, read no further than one byte past ``limit``.

    A file whose size the system knows is refused before it is read, and read as
    ``read()`` would (one buffer of its size: ``read(limit + 1)`` would ask for the limit's
    512 MiB whatever the file); a stream (a pipe, ``/dev/zero``) is read in pieces, and
    refused when it goes past the limit.

    Raises:
        DocumentTooLarge: the file has more than ``limit`` bytes.
    """
    try:
        known = os.fstat(fh.fileno()).st_size
    except (OSError, ValueError, AttributeError):  # no descriptor (a test's buffer)
        known = 0
    refuse_large(known, None, source, limit)
    first = fh.read(known + 1) if known else b""
    if known and len(first) <= known:
        return first  # read to its end
    pieces, total = [first], len(first)  # a stream, or a file that grew as it was read
    while total <= limit:
        piece = fh.read(min(_PIECE, limit + 1 - total))
        if not piece:
            break
        pieces.append(piece)
        total += len(piece)
    refuse_large(total, None, source, limit)
    return b"".join(pieces)
