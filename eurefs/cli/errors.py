"""How the CLI reports problems: one line on stderr, and the exit codes."""

from __future__ import annotations

import sys

#: Every input gave a result.
EXIT_OK = 0
#: At least one input failed (each failure is an error record in the output).
EXIT_SOME_FAILED = 1
#: Usage or I/O error: nothing (or not everything) could be read or written.
EXIT_USAGE = 2


class UsageError(Exception):
    """A problem with the command line or its files; reported in one line, exit 2."""


def say(message: str) -> None:
    """Print one line for the user on stderr."""
    print(f"eurefs: {message}", file=sys.stderr)


_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


def read_bytes(path: str, expected: str = "a document") -> bytes:
    """The bytes of a file, or of stdin for ``-``; :class:`UsageError` with a clear reason.

    ``expected`` names what a directory given instead should have been.  It is read no
    further than a text document's limit (:mod:`eurefs.readers.limits`): ``parse -``
    given ``/dev/zero`` read until memory ran out.
    """
    from eurefs.errors import DocumentTooLarge
    from eurefs.readers.limits import format_limit, read_limited

    try:
        if path == "-":
            return read_limited(sys.stdin.buffer, "stdin", format_limit("text"))
        with open(path, "rb") as fh:
            return read_limited(fh, path, format_limit("text"))
    except DocumentTooLarge as exc:
        raise UsageError(str(exc)) from None
    except FileNotFoundError:
        raise UsageError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise UsageError(f"{path}: is a directory, expected {expected}") from None
    except PermissionError:
        raise UsageError(f"{path}: permission denied") from None
    except OSError as exc:
        raise UsageError(f"{path}: cannot read ({exc.strerror or exc})") from None


def read_text(path: str, encoding: str = "utf-8") -> str:
    """Read a text file, or stdin for ``-``; raise :class:`UsageError` with a clear reason.

    A UTF-8 byte-order mark is dropped (``utf-8`` reads as ``utf-8-sig``), as is the
    BOM of ``utf-16``; line ends are kept as they are (``\\r\\n`` stays two characters),
    so offsets into the result are offsets into the file's text after its BOM.
    """
    data = read_bytes(path, "a text file")
    name = "stdin" if path == "-" else path
    codec = "utf-8-sig" if encoding.lower().replace("_", "-") in ("utf-8", "utf8") else encoding
    try:
        return data.decode(codec)
    except LookupError:
        raise UsageError(f"unknown encoding {encoding!r} (e.g. utf-8, utf-16, cp1252)") from None
    except UnicodeDecodeError as exc:
        hint = "pass --encoding (e.g. --encoding cp1252) or convert the file to UTF-8"
        if codec == "utf-8-sig" and data.startswith(_UTF16_BOMS):
            hint = "it starts with a UTF-16 byte-order mark: pass --encoding utf-16"
        shown = "UTF-8" if codec == "utf-8-sig" else encoding
        raise UsageError(
            f"{name}: not valid {shown} (byte 0x{data[exc.start]:02x} at offset "
            f"{exc.start}); {hint}"
        ) from None
