"""Readers: turn a document (PDF, DOCX, HTML/XHTML, Formex 4 XML, plain text) into text.

The one entry point is :func:`read_document`; it sniffs the format from the
content (never from the file name) unless ``input_format`` says otherwise, and
returns a :class:`~eurefs.text.DocumentText` on which :func:`eurefs.extract` runs::

    doc = eurefs.read_document("regulation.pdf")
    for ref in eurefs.extract(doc):
        print(ref.doc_page, ref.text)

Heavy libraries (PDFium for PDF) are imported only when a PDF is read.
"""

from __future__ import annotations

import codecs
import os
from collections.abc import Callable

from eurefs.arguments import checked_callback
from eurefs.errors import CorruptDocument, ReadError, UnsupportedFormat, WrongArgumentType
from eurefs.readers.limits import format_limit, read_limited, refuse_large
from eurefs.readers.sniff import INPUT_FORMATS, sniff_format
from eurefs.text import DocumentText

#: ``progress(done, total)`` is called after each page of a paged document.
Progress = Callable[[int, int], None]

__all__ = [
    "INPUT_FORMATS",
    "Progress",
    "check_str_settings",
    "file_path",
    "load_bytes",
    "missing_file",
    "read_document",
    "sniff_format",
]


def load_bytes(path: str | os.PathLike[str], max_bytes: int | None = None) -> bytes:
    """The bytes of a document file, read no further than the limit
    (:func:`~eurefs.readers.limits.format_limit`: ``max_bytes``, else
    ``$EUREFS_MAX_INPUT_MB``, else the largest format's).

    Raises:
        WrongArgumentType: (a TypeError) ``path`` is no path.
        ReadError: when it cannot be read (no such file, a directory, permission, a
            NUL character in the path);
            :class:`~eurefs.errors.CorruptDocument` for a file of 0 bytes (a failed
            download or copy, not a document without references);
            :class:`~eurefs.errors.DocumentTooLarge` for one over the limit.
    """
    name = file_path(path, "load_bytes")
    if not name:  # ('' opens nothing; its message named no file: "no such file")
        raise ReadError("the path is empty: it names no file")
    limit = format_limit(None, max_bytes)
    try:
        with open(name, "rb") as fh:
            data = read_limited(fh, name, limit)
    except FileNotFoundError:
        raise ReadError(missing_file(name), name) from None
    except IsADirectoryError:
        raise ReadError("is a directory, expected a document", name) from None
    except PermissionError:
        raise ReadError("permission denied", name) from None
    except OSError as exc:
        raise ReadError(f"cannot read ({exc.strerror or exc})", name) from None
    except ValueError:  # (open's 'embedded null byte': a bare ValueError, no file named)
        raise ReadError("the path holds a NUL character: no file can be so named", name) from None
    if not data:  # a failed download or copy, not a document without references
        raise CorruptDocument("the file is empty (0 bytes): there is no document", name)
    return data


def missing_file(name: str) -> str:
    """Why ``name``, which opens no file, opens none: a symbolic link whose target is gone
    says where it points (it said "no such file", and ``ls`` lists it)."""
    try:
        target = os.readlink(name)
    except OSError:  # (no link: nothing there at all)
        return "no such file"
    return f"a broken symbolic link: it points to {target!r}, where there is no file"


def file_path(path: object, caller: str) -> str:
    """``path`` as a str (a path-like object's own; bytes as ``os.fsdecode`` reads them),
    or a :class:`WrongArgumentType` naming ``caller`` for what is no path (``None``, a
    number, a list): ``open`` said "expected str, bytes or os.PathLike object"."""
    name = os.fspath(path) if isinstance(path, os.PathLike) else path
    if isinstance(name, bytes):
        return os.fsdecode(name)
    if not isinstance(name, str):
        raise WrongArgumentType(
            f"{caller}() needs a file path (a str or os.PathLike), not {type(path).__name__}"
        )
    return name


def check_str_settings(**words: object) -> None:
    """A :class:`WrongArgumentType` for a setting given that is no str (``encoding=5``
    was a TypeError from ``codecs.lookup``, ``input_format=5`` 'unknown input format 5')."""
    for setting, value in words.items():
        if value is not None and not isinstance(value, str):
            raise WrongArgumentType(f"{setting} must be a str, not {type(value).__name__}")


def _check_encoding(encoding: str | None, label: str) -> None:
    if encoding is not None:
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise UnsupportedFormat(f"unknown encoding {encoding!r}", label) from None


def read_document(
    source: str | os.PathLike[str] | bytes,
    *,
    input_format: str | None = None,
    name: str | None = None,
    progress: Progress | None = None,
    encoding: str | None = None,
    max_bytes: int | None = None,
) -> DocumentText:
    """Read a document into text.

    Args:
        source: A file path, or the document's bytes.
        input_format: One of :data:`INPUT_FORMATS` to skip content sniffing.
        name: The name recorded as ``source`` (default: the path, or ``<bytes>``).
        progress: Called as ``progress(done, total)`` after each PDF page.
        encoding: The encoding of a text input (default: UTF-8, or UTF-16/UTF-32 when
            the text starts with its byte-order mark); other formats declare their own.
        max_bytes: The most bytes a document may have, whatever its format (default:
            ``$EUREFS_MAX_INPUT_MB`` mebibytes, else each format's limit,
            :data:`~eurefs.readers.limits.MAX_INPUT_BYTES`: 512 MiB for PDF and DOCX,
            128 MiB for HTML, Formex and text).

    Returns:
        The text, its page boundaries (PDF) and its source.

    Raises:
        WrongArgumentType: (a TypeError) ``source`` is neither a path nor bytes, or
            ``input_format``, ``name`` or ``encoding`` is no str, ``progress`` no
            function.
        ReadError: The file cannot be read; subclasses say why
            (:class:`~eurefs.errors.UnsupportedFormat`,
            :class:`~eurefs.errors.CorruptDocument`, also for a file of 0 bytes,
            :class:`~eurefs.errors.EncryptedDocument`,
            :class:`~eurefs.errors.NoTextLayer`, :class:`~eurefs.errors.UnsafeDocument`,
            :class:`~eurefs.errors.DocumentTooLarge`).
    """
    check_str_settings(input_format=input_format, name=name, encoding=encoding)
    checked_callback("progress", progress)
    if isinstance(source, bytes | bytearray):
        data = bytes(source)
        label = name or "<bytes>"
    else:
        label = name or file_path(source, "read_document")
        data = load_bytes(source, max_bytes)
    if input_format is not None and input_format not in INPUT_FORMATS:
        raise UnsupportedFormat(
            f"unknown input format {input_format!r}; choose from {', '.join(INPUT_FORMATS)}",
            label,
        )
    _check_encoding(encoding, label)
    fmt = input_format or sniff_format(data, label, encoding)
    refuse_large(len(data), fmt, label, format_limit(fmt, max_bytes))
    return _read_as(fmt, data, label, progress, encoding)


def _read_as(
    fmt: str, data: bytes, label: str, progress: Progress | None, encoding: str | None
) -> DocumentText:
    """The document read by the reader of its format (imported only now)."""
    if fmt == "pdf":
        from eurefs.readers.pdf import read_pdf

        return read_pdf(data, label, progress=progress)
    if fmt == "docx":
        from eurefs.readers.docx import read_docx

        return read_docx(data, label)
    if fmt == "html":
        from eurefs.readers.html import read_html

        return read_html(data, label)
    if fmt == "formex":
        from eurefs.readers.formex import read_formex

        return read_formex(data, label)
    from eurefs.readers.plain import read_plain

    return read_plain(data, label, encoding)
