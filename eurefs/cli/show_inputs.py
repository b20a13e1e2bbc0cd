"""Reading the FILE inputs of ``annotate``, ``report`` and ``graph``.

Every format goes through :mod:`eurefs.readers` (PDF, DOCX, HTML, Formex,
text), as for ``eurefs extract``, so offsets and pages agree between commands.
``annotate`` alone keeps an HTML page as source, since it links inside it; its
text is then the page's text content as :func:`eurefs.annotation.html_text` reads it.
The page is decoded as its charset says, checked against its bytes as the HTML
reader does (:mod:`eurefs.readers.charset`), so that the linked page can be
written back in that charset.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from eurefs.annotation.htmltext import HtmlText, html_text
from eurefs.cli.errors import UsageError, say
from eurefs.cli.inputs import document_bytes, expand_inputs, say_notes_of
from eurefs.cli.inputs import read_input as read_document_input
from eurefs.errors import ReadError
from eurefs.readers import read_document, sniff_format
from eurefs.readers.charset import checked_charset
from eurefs.readers.limits import format_limit, refuse_large


@dataclass(frozen=True)
class InputDocument:
    """One input: its name, its text, its page starts, and an HTML page to keep (read once).

    ``encoding`` is the codec of that page, to write it back in.
    """

    name: str
    text: str
    html: HtmlText | None = None
    page_starts: tuple[int, ...] = ()
    encoding: str = "utf-8"


def _html_source(data: bytes, name: str) -> tuple[str, str]:
    """The page's source and codec; bytes the codec cannot decode become U+FFFD (warned)."""
    charset = checked_charset(data, name, stacklevel=4)
    return data.decode(charset.codec, errors="replace"), charset.codec


def read_input(
    path: str,
    *,
    keep_html: bool = False,
    encoding: str | None = None,
    input_format: str | None = None,
    max_bytes: int | None = None,
) -> InputDocument:
    """Read one FILE argument (``-`` for stdin).

    Args:
        path: The file, or ``-``.
        keep_html: Keep an HTML page as source (for ``annotate``).
        encoding: The encoding of a text input (``--encoding``).
        input_format: The format to read it as (``--input-format``), not sniffed.
        max_bytes: The most bytes it may have (``--max-input-mb``), as for
            :func:`~eurefs.readers.read_document`.

    Raises:
        UsageError: when the file cannot be read (one line for the user).
    """
    name = "stdin" if path == "-" else path
    try:
        if not keep_html:
            doc = read_document_input(path, input_format, encoding, max_bytes)
            return InputDocument(name, doc.text, None, doc.page_starts)
        data = document_bytes(path, max_bytes)
        fmt = input_format or sniff_format(data, name, encoding)
        if fmt == "html":  # (read here, not by read_document: held to its limit here)
            refuse_large(len(data), fmt, name, format_limit(fmt, max_bytes))
            source, codec = _html_source(data, name)
            page = html_text(source)
            return InputDocument(name, page.text, page, encoding=codec)
        doc = read_document(
            data, input_format=fmt, name=name, encoding=encoding, max_bytes=max_bytes
        )
        say_notes_of(doc)
        return InputDocument(name, doc.text, None, doc.page_starts)
    except ReadError as exc:
        raise UsageError(str(exc)) from None


def readable_inputs(
    paths: Iterable[str],
    errors: list[tuple[str, str]],
    encoding: str | None = None,
    input_format: str | None = None,
    max_bytes: int | None = None,
) -> Iterator[InputDocument]:
    """Each FILE read in turn (for ``report`` and ``graph``), no more than ``max_bytes``
    (``--max-input-mb``) each.

    One that cannot be read is named on stderr, added to ``errors`` as
    ``(path, message)`` and passed over, so the others still count.
    """
    for path in expand_inputs(list(paths))[0]:
        try:
            yield read_input(
                path, encoding=encoding, input_format=input_format, max_bytes=max_bytes
            )
        except UsageError as exc:
            say(f"error: {exc}")
            errors.append((path, str(exc)))
