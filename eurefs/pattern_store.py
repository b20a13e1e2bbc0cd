"""Compiled patterns, and the pattern text built from word lists, kept between runs.

The grammar's patterns hold the words of 24 languages.  Python's regular-expression
compiler is written in Python, and compiling those patterns (and building their word
tries, ``grammar.common.words``) was most of the time a command took to start (issue
10).  This store keeps, in one file of the cache directory
(:func:`eurefs.cache_dir.default_cache_dir`), what ``re.compile`` makes of each pattern
(the engine's code, flags and groups) and the built texts, so that a later run hands
the code straight to the engine, as Python keeps bytecode in ``__pycache__``.

Why it cannot make a pattern wrong:

* A compiled entry is kept with the pattern's whole text and flags, and used only for
  that text and those flags.  Its code is what ``re.compile`` makes, but for the
  optional groups compiled as branches (``eurefs.pattern_code``: the same matches,
  faster), and its key names that code: ``CODE`` and a digest of the source of
  ``eurefs.pattern_code`` (an edited rewriting retires every entry made by the old
  one); the engine checks any code it is handed, and any failure to use an entry
  compiles the pattern again.
* A built text is found by its inputs and a digest of the source file of the function
  that builds it: editing that module retires every text it built.
* The file is named after the interpreter (``sys.implementation.cache_tag``) and stamped
  with its full version and the engine's code version; a file with another stamp, or
  an index that fails its checksum or does not load, is ignored (and replaced at the
  next save), and so is an entry that fails its own checksum.  Entries are read from
  the file and decoded only when asked for: a store that holds every language's
  patterns, and other versions' too, costs a command that needs a few of them little
  more than reading its index.
* New entries are written once, at exit, to a temporary file renamed over the store
  (atomic; entries other processes saved meanwhile are kept).  A directory that cannot
  be created or written (read-only) only means nothing is kept: every run compiles, as
  it would without the store, and nothing fails.

Only CPython has the engine interface (``_sre``); elsewhere every call compiles.
"""

from __future__ import annotations

import array
import atexit
import importlib
import os
import re
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any, cast

from eurefs import pattern_code
from eurefs.pattern_store_file import Key as _Key
from eurefs.pattern_store_file import StoreFile

try:  # hashlib's own BLAKE2, without hashlib loading OpenSSL (2% of a start-up)
    from _blake2 import blake2b
except ImportError:  # pragma: no cover - a Python without the module
    from hashlib import blake2b

__all__ = [
    "ENV_STORE",
    "PatternStore",
    "compile_pattern",
    "default_store",
    "store_off",
    "stored_text",
]

#: Bump when the layout of the file changes.
FORMAT = 1
#: The kind of a compiled pattern's key, naming the code made of it (``re.compile``'s,
#: optional groups as branches: ``eurefs.pattern_code``), with a digest of that module's
#: source after it (:meth:`PatternStore.code_kind`).
#: Entries of another kind (an older eurefs sharing the directory) are left alone, not
#: used, and the two versions do not replace each other's file.
CODE = "pattern:" + pattern_code.VERSION
#: Above this many entries a save keeps only those the saving process used: a store
#: does not grow without bound as the grammar changes between versions.  Room for two
#: versions' entries with room to grow (one used some 800 at first, 1,025 by the
#: thirtieth session's grammar, about 13 MB): two environments or checkouts of different
#: versions sharing the cache directory keep each other's entries, where at 1,024 each
#: save dropped the other's and every other start compiled them all again (some 0.15 s).
#: A command reads only the index and the entries it asks for, whatever the file's size.
MAX_ENTRIES = 4096

# (text, flags) -> (flags the engine was given, code as machine words, groups - 1,
# {name: group}, (name or None per group))
_Entry = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]


class _Engine:
    """CPython's regular-expression compiler, in its parts: parse, generate code, build."""

    def __init__(self) -> None:
        self.sre: Any = importlib.import_module("_sre")
        sizes = [t for t in "ILQ" if array.array(t).itemsize == self.sre.CODESIZE]
        if not sizes:
            raise ImportError("no array type holds a regular-expression code word")
        self.typecode = sizes[0]
        self.stamp = (FORMAT, sys.version, self.sre.MAGIC, self.sre.CODESIZE, sys.maxunicode)

    def make(self, source: str, flags: int) -> _Entry:
        """What the engine is given for ``source`` (``re.compile``'s code, with the
        optional groups compiled as branches: ``eurefs.pattern_code``)."""
        code, parsed = pattern_code.code(source, flags)
        groupindex = dict(parsed.state.groupdict)
        indexgroup: list[str | None] = [None] * parsed.state.groups
        for name, i in groupindex.items():
            indexgroup[i] = name
        return (
            flags | parsed.state.flags,
            array.array(self.typecode, code).tobytes(),
            parsed.state.groups - 1,
            groupindex,
            tuple(indexgroup),
        )

    def build(self, source: str, entry: _Entry) -> re.Pattern[str]:
        """The compiled pattern of ``entry``."""
        flags, code, groups, groupindex, indexgroup = entry
        words = array.array(self.typecode, code).tolist()
        pattern: re.Pattern[str] = self.sre.compile(
            source, flags, words, groups, groupindex, indexgroup
        )
        return pattern


def _engine() -> _Engine | None:
    if sys.implementation.name != "cpython":
        return None
    try:
        return _Engine()
    except (ImportError, AttributeError):
        return None


class PatternStore:
    """Compiled patterns and built texts, read from ``path`` on first use and saved
    there by :meth:`save` (None: kept in memory only).

    The file is an index (the entries' keys as checksums, where each entry lies, and
    the entry's own checksum) and the entries; an entry is decoded only when asked for,
    and it holds its whole key, compared with the one asked for.
    """

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self._engine = _engine()
        self._lock = threading.Lock()
        self._new: dict[_Key, object] = {}
        self._used: set[_Key] = set()
        self._file: StoreFile | None = None
        self._opened = False
        self._writable: bool | None = None
        self._digests: dict[str, str | None] = {}

    def compile(self, source: str, flags: int = 0) -> re.Pattern[str]:
        """``re.compile(source, flags)``, from the store when it holds the pattern."""
        flags = int(flags)
        key: _Key = (self.code_kind(), source, flags)
        entry = self._get(key)
        if entry is not None and self._engine is not None:
            try:
                pattern = self._engine.build(source, cast(_Entry, entry))
            except (RuntimeError, TypeError, ValueError, OverflowError):
                pass  # not what this engine takes: compile
            else:
                self._used.add(key)
                return pattern
        if self._engine is None or flags & re.DEBUG:
            return re.compile(source, flags)
        try:
            made = self._engine.make(source, flags)  # (an invalid pattern raises re.error)
            pattern = self._engine.build(source, made)
        except (AttributeError, IndexError, RuntimeError, TypeError, ValueError, OverflowError):
            # a Python whose compiler's parts differ, or code its engine does not take
            return re.compile(source, flags)
        if self._can_save():
            self._add(key, made)
        return pattern

    def text(self, key: str, build: Callable[[], str], builder: Callable[..., Any]) -> str:
        """``build()``, from the store when it holds the text built for ``key`` by the
        current source of ``builder`` (the function ``build`` calls)."""
        digest = self._digest(builder)
        if digest is None:
            return build()
        full: _Key = ("text", digest, key)
        value = self._get(full)
        if not isinstance(value, str):
            value = build()
            if self._can_save():
                self._add(full, value)
        self._used.add(full)
        return value

    def save(self) -> None:
        """Write the new entries, merged with what the file holds now; never fails."""
        if self.path is None or not self._new or self._engine is None:
            return
        with self._lock:
            found = StoreFile.read(self.path, self._engine.stamp)
            entries = found.all() if found is not None else {}
            if found is not None:
                found.close()
            entries.update(self._new)
            if len(entries) > MAX_ENTRIES:
                entries = {k: v for k, v in entries.items() if k in self._used}
            self._write(StoreFile.dump(self._engine.stamp, entries))
            self._new = {}

    def _get(self, key: _Key) -> object | None:
        if key in self._new:
            return self._new[key]
        if not self._opened:
            with self._lock:
                if not self._opened and self.path is not None and self._engine is not None:
                    self._file = StoreFile.read(self.path, self._engine.stamp)
                self._opened = True
        return self._file.get(key) if self._file is not None else None

    def _add(self, key: _Key, value: object) -> None:
        with self._lock:
            self._new[key] = value
            self._used.add(key)

    def _write(self, blob: bytes) -> None:
        import tempfile

        assert self.path is not None
        tmp = None
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=".patterns-", suffix=".tmp", dir=self.path.parent)
            with os.fdopen(fd, "wb") as out:
                out.write(blob)
            os.replace(tmp, self.path)
            tmp = None
        except OSError:
            pass  # a cache that cannot be written keeps nothing
        finally:
            if tmp is not None:
                try:
                    os.unlink(tmp)
                except OSError:
                    pass

    def _can_save(self) -> bool:
        """Whether new entries can be saved (the nearest existing directory on the way
        to the file is writable); the first time, the save at exit is arranged."""
        if self._writable is None:
            self._writable = self.path is not None and _writable(self.path.parent)
            if self._writable:
                atexit.register(self.save)
        return self._writable

    def code_kind(self) -> str:
        """The kind of this store's compiled-pattern keys: :data:`CODE` and a digest of
        the source of ``eurefs.pattern_code``, so code made by another rewriting of the
        patterns (another eurefs, an edit) is never used."""
        return f"{CODE}:{self._module_digest('eurefs.pattern_code')}"

    def _digest(self, builder: Callable[..., Any]) -> str | None:
        """A digest of the source file of ``builder``'s module (None: no file to read)."""
        return self._module_digest(builder.__module__)

    def _module_digest(self, module: str) -> str | None:
        """A digest of the source file of ``module`` (None: no file to read)."""
        if module not in self._digests:
            file = getattr(sys.modules.get(module), "__file__", None)
            try:
                with open(file or "", "rb") as f:
                    digest: str | None = blake2b(f.read(), digest_size=16).hexdigest()
            except OSError:
                digest = None
            self._digests[module] = f"{module}:{digest}" if digest else None
        return self._digests[module]


def _writable(directory: Path) -> bool:
    while not directory.exists():
        if directory.parent == directory:
            return False
        directory = directory.parent
    return directory.is_dir() and os.access(directory, os.W_OK | os.X_OK)


_DEFAULT: PatternStore | None = None
_DEFAULT_LOCK = threading.Lock()


#: The environment variable that turns the store off (``0``, ``off``, ``no``, ``false``):
#: nothing is read or written, every start compiles the patterns (for a process that
#: must not write to the user's cache directory).
ENV_STORE = "EUREFS_PATTERN_STORE"


def store_off(value: str) -> bool:
    """Whether a ``$EUREFS_PATTERN_STORE`` value turns the store off.

    Raises:
        ConfigurationError: for a value that is neither on nor off (``disable``, ``none``
            kept the store on without a word, writing where the user meant it not to).
    """
    word = value.strip().lower()
    if word in ("0", "off", "no", "false"):
        return True
    if word in ("", "1", "on", "yes", "true"):
        return False
    from eurefs.errors import ConfigurationError

    raise ConfigurationError(
        f"{ENV_STORE} must be off (0, off, no, false) or on (1, on, yes, true), not {value!r}"
    )


def default_store() -> PatternStore:
    """The store of this process, in the default cache directory (in memory only when
    ``$EUREFS_PATTERN_STORE`` turns it off)."""
    global _DEFAULT
    if _DEFAULT is None:
        with _DEFAULT_LOCK:
            if _DEFAULT is None:
                from eurefs.cache_dir import default_cache_dir

                name = f"patterns-{sys.implementation.cache_tag or 'python'}.bin"
                off = store_off(os.environ.get(ENV_STORE, ""))
                _DEFAULT = PatternStore(None if off else default_cache_dir() / name)
    return _DEFAULT


def compile_pattern(source: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(source, flags)``, through the default store (see the module's notes).

    For the grammar's fixed patterns; a pattern made from a text's own words would only
    fill the store."""
    return default_store().compile(source, flags)


def stored_text(key: str, build: Callable[[], str], builder: Callable[..., Any]) -> str:
    """``build()``, through the default store: ``key`` says what it is built from, and
    ``builder`` is the function that builds it (its module's source is in the key)."""
    return default_store().text(key, build, builder)
