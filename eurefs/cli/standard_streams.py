"""A command started with a standard stream closed (``eurefs extract a.txt >&-``, ``2>&-``,
``<&-``): each stream stays where the user sent it, and nothing else takes its place.

Python starts with ``sys.stdout`` (or ``sys.stderr``, ``sys.stdin``) None when its
descriptor is closed, and ``print(file=None)`` writes to stdout: with stderr closed every
message went into the records.  The descriptor left free is also the next one a file
gets, so a file the command opened took stdout's or stderr's place.  Here each closed
descriptor is held by ``/dev/null``; a closed stderr takes the messages nowhere, as the
user asked; a closed stdout or stdin fails on its first use with ``EBADF``, which the
command reports in one line (``cannot write the output``, ``stdin: cannot read``).
"""

from __future__ import annotations

import errno
import io
import os
import sys

#: The standard descriptors, and the name of the ``sys`` attribute of each.
_STREAMS = ((0, "stdin"), (1, "stdout"), (2, "stderr"))


class _ClosedStream(io.RawIOBase):
    """A stream the user closed: using it fails with ``EBADF`` once (the command says so
    in one line); after that it takes what is written, so that leaving the process
    (which flushes stdout again) adds no second error."""

    def __init__(self, fd: int, mode: str) -> None:
        super().__init__()
        self._fd = fd
        self._mode = mode
        self._failed = False

    def fileno(self) -> int:
        return self._fd

    def readable(self) -> bool:
        return self._mode == "r"

    def writable(self) -> bool:
        return self._mode == "w"

    def readinto(self, buffer: object) -> int:
        raise OSError(errno.EBADF, "stdin is closed")

    def write(self, data: object) -> int:
        if not self._failed:
            self._failed = True
            raise OSError(errno.EBADF, "stdout is closed")
        return len(data)  # type: ignore[arg-type]


def _hold_with_devnull(fd: int) -> None:
    """Open ``/dev/null`` on ``fd`` when it is closed, so that no file the command opens
    gets it."""
    try:
        os.fstat(fd)
        return
    except OSError:
        pass
    held = os.open(os.devnull, os.O_RDWR)
    if held != fd:
        os.dup2(held, fd)
        os.close(held)


def guard_closed_streams() -> None:
    """Make each standard stream Python found closed at start-up safe to use (see the
    module's docstring); a stream that is open is left as it is."""
    for fd, name in _STREAMS:
        if getattr(sys, name) is not None:
            continue
        _hold_with_devnull(fd)
        if name == "stderr":
            sys.stderr = open(fd, "w", encoding="utf-8", errors="backslashreplace", closefd=False)
            continue
        mode = "r" if name == "stdin" else "w"
        raw = _ClosedStream(fd, mode)
        buffered: io.BufferedIOBase
        buffered = io.BufferedReader(raw) if mode == "r" else io.BufferedWriter(raw)
        setattr(sys, name, io.TextIOWrapper(buffered, encoding="utf-8", errors="strict"))
