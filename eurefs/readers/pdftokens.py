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

#: The bytes of a string up to a parenthesis that is not escaped (a backslash escapes the
#: byte after it, pairs of them first).
_PLAIN = rb"[^()\\]*(?:\\.[^()\\]*)*"
#: What ends an object's text (the keyword ``endobj``; ``stream`` and its end of line,
#: where a stream's data begins), or opens a string or a comment.  A name written like a
#: keyword (``/endobj``) is a name.  A string that holds no parenthesis but escaped ones
#: is read whole (group 1; a backslash escapes the byte after it, pairs of them first),
#: as is a comment whose line ends before the bound (2); others are found by their first
#: byte (3, 4): a Python step a string, where a search and a call or two made 1 MB of
#: ``(a)`` in an object take 0.44 s to read, of ``(a\)b)`` 1.3 s.
_NEXT = re.compile(
    rb"\((%s(?:\(%s\)%s)*)\)|%%([^\r\n]*)(?=[\r\n])|(\()|(%%)"
    rb"|(?<![/\w])(?:endobj\b|stream(?:\r\n|[\r\n]))" % ((_PLAIN,) * 3),
    re.DOTALL,
)
#: A parenthesis, or an escape (a backslash and the byte after it).
_PAREN_OR_ESCAPE = re.compile(rb"\\.|[()]", re.DOTALL)
#: The parentheses and escapes of a string read one at a time before pieces are.
_STEPS = 32
_PARENTHESIS = re.compile(rb"[()]")
_NOT_PARENTHESES = bytes(sorted(set(range(256)) - set(b"()")))
_DEPTH_STEP = {ord("("): 1, ord(")"): -1}
#: The bytes of a string read at once: the first piece, and at most (pieces double).
_FIRST_PIECE, _LAST_PIECE = 256, 1 << 16


def _unescaped(piece: bytes) -> bytes:
    """``piece`` with its escaped backslashes and parentheses written as blanks (a
    backslash escapes the byte after it: pairs of backslashes first, left to right)."""
    if b"\\" not in piece:
        return piece
    piece = piece.replace(b"\\\\", b"  ")
    return piece.replace(b"\\(", b"  ").replace(b"\\)", b"  ")


def _string_end(data: bytes, at: int, stop: int) -> int:
    """Where the literal string whose ``(`` ends at ``at`` ends (after its ``)``); -1
    when it is not closed before ``stop``.  Its first :data:`_STEPS` parentheses and
    escapes are read one at a time (a string that nests one in another, ``(a (b (c)))``:
    1 MB of ``(((a)))`` took 1.9 s to read a piece of 256 bytes a string), the others
    a piece at a time."""
    depth = 1
    for steps, found in enumerate(_PAREN_OR_ESCAPE.finditer(data, at, stop)):
        if steps == _STEPS:
            return _pieces_end(data, found.start(), stop, depth)
        if found[0] == b"(":
            depth += 1
        elif found[0] == b")":
            depth -= 1
            if depth == 0:
                return found.end()
    return -1


def _pieces_end(data: bytes, at: int, stop: int, depth: int) -> int:
    """Where the string read from ``at``, ``depth`` parentheses deep, ends (after its
    ``)``; -1: not before ``stop``), read a piece at a time, the parentheses of each
    counted in C (a Python step a parenthesis: 1 MB of ``(`` took 2.5 to 6 s to check)."""
    size = _FIRST_PIECE
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
        for found in _NEXT.finditer(data, at, stop):
            kind = found.lastindex
            if kind == 1 or kind == 2:  # (a string of no parenthesis or escape, a comment)
                if found.end(kind) > found.start(kind):  # (an empty one blanks nothing)
                    spans.append(found.span(kind))
            elif kind == 3:  # (a string that nests or escapes: read in pieces)
                end = _string_end(data, found.end(), stop)
                if end < 0:
                    return OPEN, spans
                if end - 1 > found.end():
                    spans.append((found.end(), end - 1))
                at = end
                break
            elif kind == 4:  # (a comment with no end of line before the bound)
                return OPEN, spans
            else:
                return found.start(), spans
        else:
            return NO_END, spans


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
