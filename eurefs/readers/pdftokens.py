"""Where a PDF object's text ends, its strings and comments read as PDFium's lexer reads them.

The checks made before PDFium reads a PDF find objects and keys by searching the file's
bytes (:mod:`eurefs.readers.pdfobjects`).  A literal string may hold any bytes, and so
may a comment: ``/T (endobj)`` or ``/T (stream`` and a line break) ended an object
where PDFium reads on, and the keys after it (``/Kids``, ``/Filter``) went unread; a
string may also write keys PDFium never reads as keys (``/T (/Filter /FlateDecode)``).
So an object's end is looked for outside its strings and comments, and its text is read
with their bytes written as blanks.  A string runs to the parenthesis that balances its
first, a backslash escaping the byte after it (ISO 32000-1, 7.3.4.2); a comment, from
``%`` to the end of its line (7.2.4).
"""

from __future__ import annotations

import re

#: What ends an object's text (the keyword ``endobj``; ``stream`` and its end of line,
#: where a stream's data begins), or opens a string or a comment.  A name written like a
#: keyword (``/endobj``) is a name.
_TOKEN = re.compile(rb"[(%]|(?<![/\w])(?:endobj\b|stream(?:\r\n|[\r\n]))")
_PAREN = re.compile(rb"[()\\]")
_EOL = re.compile(rb"[\r\n]")


def _string_end(data: bytes, at: int, stop: int) -> int:
    """Where the literal string whose ``(`` ends at ``at`` ends (after its ``)``); -1
    when it is not closed before ``stop``."""
    depth = 1
    while depth:
        found = _PAREN.search(data, at, stop)
        if found is None:
            return -1
        at = found.end()
        if found[0] == b"\\":
            at += 1
        else:
            depth += 1 if found[0] == b"(" else -1
    return at


#: ``close``: no end found before the bound.
NO_END = -1
#: ``close``: a string or a comment runs on past the bound.
OPEN = -2


def close(data: bytes, at: int, stop: int) -> tuple[int, list[tuple[int, int]]]:
    """Where the text of the object whose ``obj`` keyword ends at ``at`` ends (the start
    of its ``endobj`` or ``stream`` keyword, looked for before ``stop``; :data:`NO_END`,
    :data:`OPEN`), and the spans of the bytes of its strings and comments."""
    spans: list[tuple[int, int]] = []
    while True:
        found = _TOKEN.search(data, at, stop)
        if found is None:
            return NO_END, spans
        token = found[0]
        if token == b"(":
            end = _string_end(data, found.end(), stop)
            if end < 0:
                return OPEN, spans
            if end - 1 > found.end():  # (an empty one blanks nothing)
                spans.append((found.end(), end - 1))
        elif token == b"%":
            line = _EOL.search(data, found.end(), stop)
            if line is None:
                return OPEN, spans
            end = line.start()
            if end > found.end():
                spans.append((found.end(), end))
        else:
            return found.start(), spans
        at = end


def blanked(text: bytes, spans: list[tuple[int, int]], offset: int = 0) -> bytes:
    """``text`` with the bytes of ``spans`` (shifted by ``offset``) written as blanks."""
    if not spans:
        return text
    out = bytearray(text)  # (not a piece a span: a file of comments made 100 bytes a byte)
    for start, end in spans:
        out[start - offset : end - offset] = b" " * (end - start)
    return bytes(out)


def plain_text(text: bytes) -> bytes:
    """``text`` (an object's text, read whole) with its strings' and comments' bytes
    written as blanks."""
    if b"(" not in text and b"%" not in text:
        return text
    return blanked(text, close(text, 0, len(text))[1])
