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
from itertools import accumulate, islice

#: What ends an object's text (the keyword ``endobj``; ``stream`` and its end of line,
#: where a stream's data begins), or opens a string or a comment.  A name written like a
#: keyword (``/endobj``) is a name.
_TOKEN = re.compile(rb"[(%]|(?<![/\w])(?:endobj\b|stream(?:\r\n|[\r\n]))")
_PAREN = re.compile(rb"[()\\]")
_PARENTHESIS = re.compile(rb"[()]")
_NOT_PARENTHESES = bytes(sorted(set(range(256)) - set(b"()")))
_DEPTH_STEP = {ord("("): 1, ord(")"): -1}
#: The bytes of a string read at once: the first piece, and at most (pieces double).
_FIRST_PIECE, _LAST_PIECE = 256, 1 << 16
_EOL = re.compile(rb"[\r\n]")


def _unescaped(piece: bytes) -> bytes:
    """``piece`` with its escaped backslashes and parentheses written as blanks (a
    backslash escapes the byte after it: pairs of backslashes first, left to right)."""
    if b"\\" not in piece:
        return piece
    piece = piece.replace(b"\\\\", b"  ")
    return piece.replace(b"\\(", b"  ").replace(b"\\)", b"  ")


def _string_end(data: bytes, at: int, stop: int) -> int:
    """Where the literal string whose ``(`` ends at ``at`` ends (after its ``)``); -1
    when it is not closed before ``stop``.  Most strings end at their first parenthesis;
    the others are read a piece at a time, the parentheses of each counted in C (a
    Python step a parenthesis: 1 MB of ``(`` took 2.5 to 6 s to check)."""
    found = _PAREN.search(data, at, stop)
    if found is not None and found[0] == b")":
        return found.end()
    depth, size = 1, _FIRST_PIECE
    while at < stop:
        end = min(at + size, stop)
        piece = _unescaped(data[at:end])
        if piece.endswith(b"\\") and end < stop:  # (an escape cut in two: read next)
            piece, end = piece[:-1], end - 1
        parens = piece.translate(None, _NOT_PARENTHESES)
        closing = parens.count(b")")
        if closing < depth:  # (it cannot close in this piece)
            depth += len(parens) - 2 * closing
        else:
            running = list(accumulate(map(_DEPTH_STEP.__getitem__, parens), initial=depth))
            if 0 in running:
                nth = next(islice(_PARENTHESIS.finditer(piece), running.index(0) - 1, None))
                return at + nth.end()
            depth = running[-1]
        at, size = end, min(2 * size, _LAST_PIECE)
    return -1


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
