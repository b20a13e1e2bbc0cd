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


def read_text(path: str) -> str:
    """Read a UTF-8 text file, or stdin for ``-``; raise :class:`UsageError` with a clear reason."""
    try:
        if path == "-":
            data = sys.stdin.buffer.read()
            name = "stdin"
        else:
            with open(path, "rb") as fh:
                data = fh.read()
            name = path
    except FileNotFoundError:
        raise UsageError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise UsageError(f"{path}: is a directory, expected a text file") from None
    except PermissionError:
        raise UsageError(f"{path}: permission denied") from None
    except OSError as exc:
        raise UsageError(f"{path}: cannot read ({exc.strerror or exc})") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UsageError(
            f"{name}: not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
            "convert the file to UTF-8 first"
        ) from None
