"""Reading the FILE inputs of ``annotate``, ``report`` and ``graph``.

HTML is kept as source (``annotate`` links inside it; the text is its text
content).  Other formats go through :mod:`eurefs.readers` (PDF, DOCX, Formex)
when that package is installed; without it, UTF-8 text and HTML are read here.
"""

from __future__ import annotations

import importlib
import importlib.util
import re
import sys
from dataclasses import dataclass
from typing import Any

from eurefs.annotation.htmltext import html_text
from eurefs.cli.errors import UsageError
from eurefs.errors import EurefsError

_HTML_START = re.compile(
    rb"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)[\s>]",
    re.I | re.S,
)


@dataclass(frozen=True)
class InputDocument:
    """One input: its name, its text, and the HTML source when it is a page."""

    name: str
    text: str
    html: str | None = None


def _load(path: str) -> bytes:
    try:
        if path == "-":
            return sys.stdin.buffer.read()
        with open(path, "rb") as fh:
            return fh.read()
    except FileNotFoundError:
        raise UsageError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise UsageError(f"{path}: is a directory, expected a document") from None
    except PermissionError:
        raise UsageError(f"{path}: permission denied") from None
    except OSError as exc:
        raise UsageError(f"{path}: cannot read ({exc.strerror or exc})") from None


def _decode(data: bytes, name: str) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UsageError(
            f"{name}: not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
            "convert the file to UTF-8 first"
        ) from None


def _readers() -> Any | None:
    """The readers package (issue 7), or None where it is not part of this install."""
    if importlib.util.find_spec("eurefs.readers") is None:
        return None
    return importlib.import_module("eurefs.readers")


def _is_html(data: bytes, readers: Any | None, name: str) -> bool:
    if readers is not None:
        return bool(readers.sniff_format(data, name) == "html")
    return _HTML_START.match(data[:4096].lstrip(b"\xef\xbb\xbf")) is not None


def read_input(path: str) -> InputDocument:
    """Read one FILE argument (``-`` for stdin) for the show commands.

    Raises:
        UsageError: when the file cannot be read or decoded (one line for the user).
    """
    name = "stdin" if path == "-" else path
    data = _load(path)
    readers = _readers()
    try:
        if _is_html(data, readers, name):
            source = _decode(data, name)
            return InputDocument(name, html_text(source).text, source)
        if readers is not None:
            return InputDocument(name, readers.read_document(data, name=name).text)
    except EurefsError as exc:
        raise UsageError(f"{name}: {exc}") from None
    return InputDocument(name, _decode(data, name))
