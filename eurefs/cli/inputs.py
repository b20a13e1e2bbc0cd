"""Reading the documents named on the command line (files or ``-`` for stdin)."""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING

from eurefs.cli.errors import UsageError, say, stdin_once
from eurefs.cli.progress import ProgressBar
from eurefs.errors import CorruptDocument, ReadError
from eurefs.kinds import INPUT_FORMATS

# The readers are imported when a document is read, not to build the parser (start-up).
if TYPE_CHECKING:
    from eurefs.text import DocumentText

INPUT_FORMAT_HELP = (
    f"read inputs as this format instead of sniffing their content: {', '.join(INPUT_FORMATS)}"
)
ENCODING_HELP = (
    "encoding of text inputs (default utf-8, or utf-16/utf-32 with a byte-order mark; "
    "e.g. cp1252, iso-8859-2, utf-16-le)"
)


#: The files read from a directory given as an input: the document formats' extensions.
DOCUMENT_SUFFIXES = (".pdf", ".docx", ".html", ".htm", ".xhtml", ".xml", ".txt", ".text")


def expand_inputs(
    paths: list[str], files_from: str | None = None, max_bytes: int | None = None
) -> tuple[list[str], bool]:
    """The documents the inputs name, and whether they are a collection (records then name
    their ``doc`` even when it holds one file).

    A file or ``-`` (stdin) stands for itself; a directory for every file under it whose
    extension is a document format's (:data:`DOCUMENT_SUFFIXES`, any case), recursively,
    in sorted order, hidden files and directories left out (how many other files were
    left out is said on stderr; one with no document is a usage error when it is the one
    input, else said on stderr and kept, so that its reading fails in its place);
    ``files_from`` names a file (``-``: stdin) listing one path per line, for corpora
    too large for a command line, read no further than a text document's limit
    (``max_bytes``: ``--max-input-mb``).
    """
    listed = list(paths)
    stdin_once(listed)
    if files_from is not None:
        if files_from == "-" and "-" in listed:
            raise UsageError("--files-from - reads the list of files from stdin: no - input too")
        listed += _listed(files_from, max_bytes)
    found: list[str] = []
    for path in listed:
        if not os.path.isdir(path):
            found.append(path)
        elif documents := _documents_under(path):
            found.extend(documents)
        elif len(listed) == 1:  # (nothing to read at all)
            raise UsageError(f"{path}: {_NO_DOCUMENT}")
        else:  # its reading fails, in its place among the others: their records were lost
            say(f"{path}: {_NO_DOCUMENT}")
            found.append(path)
    many = files_from is not None or len(found) != len(listed) or any(map(os.path.isdir, listed))
    return found, many


def _listed(files_from: str, max_bytes: int | None) -> list[str]:
    """The paths a list names, one a line, or separated by NUL bytes (``find -print0``);
    read no further than a text document's limit (``--files-from /dev/zero`` read until
    memory ran out).

    A list with a UTF-16 or UTF-32 byte-order mark (saved as "Unicode" by Notepad) is
    decoded as a text document is (:func:`eurefs.readers.plain.decode_text`); any other
    is read as bytes, each path decoded as the system decodes file names
    (:func:`os.fsdecode`): a name that is not UTF-8 (``ls`` in a directory of Latin-1
    names) still names its file, and refuses nothing but itself.  A UTF-8 byte-order
    mark (a list saved by Notepad) is no part of the first path.
    """
    from eurefs.errors import DocumentTooLarge
    from eurefs.readers.limits import ENV_MAX_INPUT_MB, format_limit, read_limited, to_raise

    limit = format_limit("text", max_bytes)
    try:
        if files_from == "-":
            data = read_limited(sys.stdin.buffer, "stdin", limit)
        else:
            with open(files_from, "rb") as fh:
                data = read_limited(fh, files_from, limit)
    except DocumentTooLarge:
        raise UsageError(
            f"--files-from {files_from}: over {limit:,} bytes; refused "
            f"({to_raise(limit, f'--max-input-mb or {ENV_MAX_INPUT_MB}')} to read a longer list)"
        ) from None
    except FileNotFoundError:
        from eurefs.readers import missing_file

        raise UsageError(f"--files-from {files_from}: {missing_file(files_from)}") from None
    except OSError as exc:
        reason = exc.strerror or exc
        raise UsageError(f"--files-from {files_from}: cannot read ({reason})") from None
    paths = [path for path in _list_entries(data, files_from) if path.strip()]
    if not paths:
        raise UsageError(f"--files-from {files_from}: lists no file")
    return paths


def _list_entries(data: bytes, files_from: str) -> list[str]:
    """The entries of a list's bytes, each without the blanks around it."""
    import codecs

    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):  # (UTF-32's too)
        from eurefs.errors import UnsupportedFormat
        from eurefs.readers.plain import decode_text

        try:
            text = decode_text(data, f"--files-from {files_from}")
        except UnsupportedFormat as exc:
            raise UsageError(str(exc)) from None
        lines = text.split("\0") if "\0" in text else text.splitlines()
        return [line.strip() for line in lines]
    data = data.removeprefix(codecs.BOM_UTF8)
    if b"\0" not in data:
        return [os.fsdecode(line.strip()) for line in data.splitlines()]
    if data.count(0) * 5 > len(data) * 2:  # no list of paths is so full of NULs
        raise UsageError(
            f"--files-from {files_from}: not a list of paths (UTF-16 or UTF-32 without "
            "a byte-order mark? save it as UTF-8, or with its mark)"
        )
    return [os.fsdecode(entry.strip()) for entry in data.split(b"\0")]


def _documents_under(directory: str) -> list[str]:
    found, other, linked = [], 0, 0
    for root, dirs, files in os.walk(directory):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        # (a link to a directory is not followed, as by find and grep -r: it may loop)
        linked += sum(os.path.islink(os.path.join(root, d)) for d in dirs)
        for name in sorted(files):
            if name.startswith("."):
                continue
            path = os.path.join(root, name)
            if not name.lower().endswith(DOCUMENT_SUFFIXES):
                other += 1
            elif kind := _special(path):  # a FIFO blocked the run until something wrote it
                say(f"{path}: left out, a {kind} (give it as an input to read it)")
            else:
                found.append(path)
    if other:
        say(f"{directory}: {other} file(s) of other types left out (read: "
            f"{' '.join(DOCUMENT_SUFFIXES)})")  # fmt: skip
    if linked:
        say(f"{directory}: {linked} link(s) to a directory not followed (give them as "
            "inputs to read them)")  # fmt: skip
    return found


_NO_DOCUMENT = f"no document under it ({' '.join(DOCUMENT_SUFFIXES)})"


def _special(path: str) -> str | None:
    """What a file found in a directory is, when it is not a regular file (nor a link to
    one): a FIFO, a socket, a device; None for a regular file, or one that cannot be
    looked at (its reading says why, in its error record)."""
    import stat

    try:
        mode = os.stat(path).st_mode
    except OSError:
        return None
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISFIFO(mode):
        return "FIFO"
    if stat.S_ISSOCK(mode):
        return "socket"
    return "device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode) else "special file"


def document_bytes(path: str, max_bytes: int | None = None) -> bytes:
    """The bytes of one document given on the command line; ``-`` reads stdin; no more
    than ``max_bytes`` (``--max-input-mb``: :func:`~eurefs.readers.limits.format_limit`).

    Stdin of 0 bytes is no document, as a file of 0 bytes is not (a download that
    failed before the pipe, ``curl -s URL | eurefs extract -``): the same error.

    Raises:
        ReadError: when it cannot be read (the message names the file and the reason),
            :class:`~eurefs.errors.DocumentTooLarge` past the limit of every format.
    """
    from eurefs.readers import load_bytes
    from eurefs.readers.limits import format_limit, read_limited

    if path != "-":
        return load_bytes(path, max_bytes)
    try:
        data = read_limited(sys.stdin.buffer, "stdin", format_limit(None, max_bytes))
    except OSError as exc:
        raise ReadError(f"cannot read ({exc.strerror or exc})", "stdin") from None
    if not data:
        raise CorruptDocument("the input is empty (0 bytes): there is no document", "stdin")
    return data


def read_input(
    path: str,
    input_format: str | None = None,
    encoding: str | None = None,
    max_bytes: int | None = None,
    *,
    say_notes: bool = True,
) -> DocumentText:
    """Read one document given on the command line; ``-`` reads stdin.

    ``encoding`` applies to text inputs only (other formats say their own); ``max_bytes``
    (``--max-input-mb``) is the most bytes it may have, as for
    :func:`~eurefs.readers.read_document`.  The reader's notes (pages without text ...)
    are said on stderr, one line each, unless the caller says them (``say_notes``).

    Raises:
        ReadError: when it cannot be read (the message names the file and the reason).
    """
    from eurefs.readers import read_document

    if path == "-":
        data = document_bytes(path, max_bytes)
        doc = read_document(
            data, input_format=input_format, name="stdin", encoding=encoding, max_bytes=max_bytes
        )
    else:
        doc = read_document(
            path,
            input_format=input_format,
            encoding=encoding,
            progress=ProgressBar(path, at_least=20, unit=" pages"),
            max_bytes=max_bytes,
        )
    if say_notes:
        say_notes_of(doc)
    return doc


def say_notes_of(doc: DocumentText) -> None:
    """Say the reader's notes of ``doc`` (pages without text ...), one line each."""
    for note in doc.notes:
        say(f"{doc.source}: {note}")
