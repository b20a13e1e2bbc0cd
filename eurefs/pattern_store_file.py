"""The pattern store's file (``eurefs.pattern_store``): an index and the entries, each
read from the file and decoded only when asked for.

The layout: a magic line; the length and CRC-32 of the index; the index, a ``marshal``
of the interpreter's stamp and, for each entry, its key's kind, length and CRC-32 ->
where the entry lies, its length and its own CRC-32; then the entries, each a
``marshal`` of its whole key and its value.
"""

from __future__ import annotations

import marshal
import os
import zlib
from pathlib import Path
from typing import Any, cast

MAGIC = b"eurefs pattern store\n"
# (CODE, text, flags) or ("text", builder's source digest, key)
Key = tuple[str, str, object]


def _crc(data: bytes) -> bytes:
    return zlib.crc32(data).to_bytes(4, "big")


def key_sum(key: Key) -> tuple[str, int, int]:
    """What the index holds of a key: its kind, and the length and CRC-32 of its text
    (the entry itself holds the whole key)."""
    kind, text, more = key
    data = f"{text}\0{more}".encode("utf-8", "surrogatepass")
    return kind, len(data), zlib.crc32(data)


class StoreFile:
    """A store file as read: its index decoded, each entry read from the file and decoded
    when asked for (a store that holds other versions' entries too can be many MB: a
    command reads the few hundred entries it needs, not the file)."""

    def __init__(self, blobs: _Blobs, start: int, index: dict[Any, tuple[int, int, int]]) -> None:
        self._blobs, self._start, self._index = blobs, start, index

    @classmethod
    def read(cls, path: Path, stamp: tuple[object, ...]) -> StoreFile | None:
        """The file at ``path``; None when it is missing, damaged or of another Python."""
        try:
            blobs = _Blobs.open(path)
        except OSError:
            return None
        m = len(MAGIC)
        lead = blobs.read(0, m + 8)
        size = int.from_bytes(lead[m : m + 4], "big")
        head = blobs.read(m + 8, size)
        if lead[:m] != MAGIC or len(head) != size or lead[m + 4 :] != _crc(head):
            blobs.close()
            return None
        try:
            found, index = marshal.loads(head)
        except (EOFError, ValueError, TypeError):
            found = index = None
        if found != stamp or not isinstance(index, dict):
            blobs.close()
            return None
        return cls(blobs, m + 8 + size, index)

    @staticmethod
    def dump(stamp: tuple[object, ...], entries: dict[Key, object]) -> bytes:
        """The file holding ``entries``."""
        index: dict[tuple[str, int, int], tuple[int, int, int]] = {}
        blobs: list[bytes] = []
        at = 0
        for key, value in entries.items():
            blob = marshal.dumps(cast(Any, (key, value)))
            index[key_sum(key)] = (at, len(blob), zlib.crc32(blob))
            blobs.append(blob)
            at += len(blob)
        head = marshal.dumps(cast(Any, (stamp, index)))
        sizes = len(head).to_bytes(4, "big") + _crc(head)
        return b"".join([MAGIC, sizes, head, *blobs])

    def get(self, key: Key) -> object | None:
        """The value stored under ``key``, if the file holds it intact."""
        where = self._index.get(key_sum(key))
        if where is None:
            return None
        found = self._entry(where)
        return found[1] if found is not None and found[0] == key else None

    def all(self) -> dict[Key, object]:
        """Every intact entry."""
        found = (self._entry(where) for where in self._index.values())
        return {entry[0]: entry[1] for entry in found if entry is not None}

    def close(self) -> None:
        """Let the file go (its entries can no longer be read)."""
        self._blobs.close()

    def _entry(self, where: tuple[int, int, int]) -> tuple[Key, object] | None:
        at, size, crc = where
        blob = self._blobs.read(self._start + at, size)
        if len(blob) != size or zlib.crc32(blob) != crc:
            return None
        try:
            key, value = marshal.loads(blob)
        except (EOFError, ValueError, TypeError):
            return None
        return key, value


class _Blobs:
    """The bytes of a store file, read a piece at a time from the open file where the
    system reads at an offset (``os.pread``: no shared position, so threads and forked
    workers may read at once); elsewhere the whole file, read once.  A save replaces the
    file by renaming a new one over it: the open one stays whole and consistent."""

    def __init__(self, fd: int | None, size: int, data: bytes = b"") -> None:
        self._fd, self._size, self._data = fd, size, data

    @classmethod
    def open(cls, path: Path) -> _Blobs:
        """The file at ``path`` (``OSError``: it cannot be read)."""
        if not hasattr(os, "pread"):  # pragma: no cover - Windows
            data = path.read_bytes()
            return cls(None, len(data), data)
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
        try:
            return cls(fd, os.fstat(fd).st_size)
        except OSError:
            os.close(fd)
            raise

    def read(self, at: int, size: int) -> bytes:
        """``size`` bytes from offset ``at``, fewer where the file ends (or cannot be read)."""
        size = min(size, self._size - at)  # (a damaged length asks for no more than there is)
        if self._fd is None or size <= 0:
            return self._data[at : at + size] if size > 0 else b""
        try:
            return os.pread(self._fd, size, at)
        except OSError:
            return b""

    def close(self) -> None:
        """Close the file (idempotent)."""
        fd, self._fd, self._data = self._fd, None, b""
        if fd is not None:
            os.close(fd)

    def __del__(self) -> None:
        self.close()
