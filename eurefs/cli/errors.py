"""How the CLI reports problems: one line on stderr, and the exit codes."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

from eurefs.cli import progress

if TYPE_CHECKING:
    from collections.abc import Callable

#: Every input gave a result.
EXIT_OK = 0
#: At least one input failed (each failure is an error record in the output).
EXIT_SOME_FAILED = 1
#: Usage or I/O error: nothing (or not everything) could be read or written.
EXIT_USAGE = 2


class RunStatus:
    """The exit status a command has earned so far: the worst of its inputs' outcomes.

    A command notes each failure as it meets it (before writing its error record), so
    that a run cut short when its reader goes away (``| head -1``: a broken pipe) still
    exits with the failures it met, not 0 (``set -o pipefail`` sees them).
    """

    def __init__(self) -> None:
        self.code = EXIT_OK

    def failed(self, code: int) -> None:
        """Note an input's failure: ``EXIT_SOME_FAILED`` or ``EXIT_USAGE``."""
        self.code = max(self.code, code)


class UsageError(Exception):
    """A problem with the command line or its files; reported in one line, exit 2."""


def say(message: str) -> None:
    """Print one line for the user on stderr (on its own line: a progress bar shown is
    cleared first).

    Control characters and line ends are written as their escapes: a file's name (or
    an input) holding an ESC drove the terminal (colours, its title), one holding a
    line end split the message in two lines, one holding a carriage return overwrote it.
    """
    progress.clear()
    if not message.replace("\t", " ").isprintable():  # (rare: the import only then)
        from eurefs.cli.display_width import escape_line

        message = escape_line(message)
    print(f"eurefs: {message}", file=sys.stderr)


def stdin_once(inputs: list[str]) -> None:
    """Refuse ``-`` (stdin) given twice among ``inputs``: stdin is read once, and the
    second ``-`` read nothing (``parse - -``, ``resolve - -``: no input) or an empty
    document (``extract - -``)."""
    if inputs.count("-") > 1:
        raise UsageError("- is given twice: stdin is read once")


def read_bytes(path: str, expected: str = "a document") -> bytes:
    """The bytes of a file, or of stdin for ``-``; :class:`UsageError` with a clear reason.

    ``expected`` names what a directory given instead should have been.  It is read no
    further than a text document's limit (:mod:`eurefs.readers.limits`): ``parse -``
    given ``/dev/zero`` read until memory ran out.
    """
    from eurefs.errors import DocumentTooLarge
    from eurefs.readers.limits import format_limit, read_limited

    name = "stdin" if path == "-" else path  # as the other messages name it
    try:
        if path == "-":
            return read_limited(sys.stdin.buffer, "stdin", format_limit("text"))
        with open(path, "rb") as fh:
            return read_limited(fh, path, format_limit("text"))
    except DocumentTooLarge as exc:
        raise UsageError(str(exc)) from None
    except FileNotFoundError:
        from eurefs.readers import missing_file

        raise UsageError(f"{path}: {missing_file(path)}") from None
    except IsADirectoryError:
        raise UsageError(f"{path}: is a directory, expected {expected}") from None
    except PermissionError:
        raise UsageError(f"{path}: permission denied") from None
    except OSError as exc:
        raise UsageError(f"{name}: cannot read ({exc.strerror or exc})") from None


def read_text(path: str, encoding: str | None = None) -> str:
    """Read a text file, or stdin for ``-``; raise :class:`UsageError` with a clear reason.

    Decoded as a text document is (:func:`eurefs.readers.plain.decode_text`): without
    ``encoding`` UTF-8, or UTF-16 or UTF-32 when a byte-order mark says so; a BOM is no
    text; line ends are kept as they are (``\\r\\n`` stays two characters).
    """
    from eurefs.errors import UnsupportedFormat
    from eurefs.readers.plain import decode_text

    data = read_bytes(path, "a text file")
    try:
        return decode_text(data, "stdin" if path == "-" else path, encoding)
    except UnsupportedFormat as exc:
        raise UsageError(str(exc)) from None


class Terminated(KeyboardInterrupt):
    """The command was sent SIGTERM (``timeout 60 eurefs ...``, a job scheduler): it stops
    as on Ctrl-C, its workers with it, and exits 143 (128 + SIGTERM)."""


def stop_on_sigterm() -> None:
    """Make SIGTERM stop this process as Ctrl-C does (:class:`Terminated`).

    Python's default ended the process at once and left the workers of ``--jobs`` running
    (orphans, blocked writing results nobody reads).  A worker forked after this keeps
    the handler: there it ends the worker at once, as before, so that the pool's
    ``terminate()`` still ends it.
    """
    import os
    import signal

    leader = os.getpid()

    def on_sigterm(signum: int, frame: object) -> None:
        if os.getpid() != leader:  # a worker: die of the signal, as it did
            signal.signal(signal.SIGTERM, signal.SIG_DFL)
            os.kill(os.getpid(), signal.SIGTERM)
            return
        raise Terminated

    signal.signal(signal.SIGTERM, on_sigterm)
    sys.unraisablehook = _stopping_again(sys.unraisablehook)


def _stopping_again(hook: Callable[[Any], object]) -> Callable[[Any], object]:
    """``hook`` (the unraisable-exception hook), but a stop that Python dropped is made
    again, once this code has returned.

    A signal's handler runs in whatever Python code is running when the signal comes;
    its exception, raised in a callback after ``fork`` (logging's, as the pool of
    ``--jobs`` starts its workers), a ``__del__`` or a weakref's callback, was printed
    ('Exception ignored in ...') and dropped: the command ran to its end and exited 0.
    The signal is sent again to the main thread from another thread: sent from here, its
    handler would run here, at once, and be dropped again."""
    import signal

    def unraisable(info: Any) -> object:
        if not issubclass(info.exc_type, KeyboardInterrupt):
            return hook(info)
        import _thread

        again = signal.SIGTERM if issubclass(info.exc_type, Terminated) else signal.SIGINT
        # to this thread, the main one (where handlers run); from a new thread, but not a
        # threading.Thread: its start waits, and the handler would run in that wait
        _thread.start_new_thread(signal.pthread_kill, (_thread.get_ident(), again))
        return None

    return unraisable
