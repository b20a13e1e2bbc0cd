"""Builds readable text from the pieces of a markup document (HTML, Formex, DOCX).

Markup readers walk their tree and hand over text, line breaks and superscripts;
this class collapses the white space that markup does not mean (indentation,
line breaks inside a paragraph), keeps at most one blank line between blocks,
and keeps footnote calls apart from the numbers they follow.
"""

from __future__ import annotations

import re

from eurefs.errors import UnsafeDocument

#: The characters a document's text may come to: this many, or :data:`MAX_CHARS_RATIO` a
#: byte of its file.  Text is what extraction reads, and a small file may make much of it
#: (a PDF of 2.3 KB whose one page lists 1 MiB of ``(ab) Tj`` 15 times drew 3.9 million;
#: a Word file of 171 KB whose 60 headers hold 1 MiB of text each, 62.7 million).  The
#: real documents of the tests come to 0.02 to 0.28 characters a byte (PDF: Council st
#: 5419/16, 367,000 from 1.3 MB) and 1.1 to 1.4 (Word: the UKSC judgment [2024] UKSC 36,
#: 354,000 from 255 KB).
MAX_CHARS = 200_000
MAX_CHARS_RATIO = 10

_SPACES = re.compile(r"[ \t\r\n]+")
_SUPERSCRIPT = str.maketrans("0123456789+-=()", "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾")
#: What a footnote call is written with (digits, asterisks, daggers; not ``m²`` units).
CALL_MARK = r"[0-9*†‡]{1,4}"
#: A superscript that is a footnote call.
CALL = re.compile(CALL_MARK)
#: A call in brackets, as the Official Journal prints them: ``(12)``, ``[3]``.
_BRACKETED = re.compile(r"[(\[]" + CALL_MARK + r"[)\]]")
#: Characters a page or a Word file holds but never shows where no line breaks: the soft
#: hyphen (``Datenschutz-Grund&shy;verordnung``), the zero-width space
#: (``(Muster-)&#8203;Versammlungs&shy;stätten&shy;verordnung``), the word joiners.
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u2060\ufeff"))
_INVISIBLE_CHAR = re.compile("[\u00ad\u200b\u2060\ufeff]")
_SPACE_RUN = re.compile(r" {2,}")


def refuse_long_text(chars: int, size: int, source: str, what: str = "its text comes to") -> None:
    """Refuse a document whose text (so far) comes to ``chars`` characters, over
    :data:`MAX_CHARS` and :data:`MAX_CHARS_RATIO` times its file's ``size``
    (:class:`~eurefs.errors.UnsafeDocument`, ``what`` saying whose characters they are)."""
    if chars > max(MAX_CHARS, MAX_CHARS_RATIO * size):
        raise UnsafeDocument(
            f"{what} over {chars} characters from a file of {size} bytes; refused as a "
            "decompression bomb",
            source,
        )


def superscript(call: str) -> str:
    """The superscript form of a footnote call: ``21`` -> ``²¹`` (``*`` stays ``*``).

    Superscript digits are not decimal digits for the grammar, so a call written
    this way never lengthens the number it follows (``2016/1240²¹``).
    """
    return call.translate(_SUPERSCRIPT)


class TextBuilder:
    """Accumulates text; ``block()`` ends a paragraph, ``line_break()`` a line."""

    __slots__ = ("_blank", "_lead", "_lines", "_parts", "_preserve")

    def __init__(self) -> None:
        self._lines: list[str] = []
        self._parts: list[str] = []
        self._preserve = 0
        self._blank = 0  # (the parts of the line known to be white space, from its start)
        self._lead = False  # a paragraph ended before any line: after lines, a blank one

    def text(self, value: str | None) -> None:
        """Add running text; white space runs count as one space (unless preserved)."""
        if not value:
            return
        if self._preserve:
            head, *rest = value.split("\n")
            self._parts.append(head)
            for line in rest:
                self.line_break()
                self._parts.append(line)
            return
        self._parts.append(_SPACES.sub(" ", value))

    def raw(self, value: str) -> None:
        """Add text as it is (tabs, symbols)."""
        self._parts.append(value)

    def call(self, value: str, *, only_when_glued: bool = False) -> None:
        """Add a superscript (footnote call) without gluing it to a preceding letter or digit.

        With ``only_when_glued``, a call that does not touch a letter or digit (``(1)``)
        is kept as written.  A call in brackets is always kept as written unless it
        touches one or follows a number and a space: ``Article 5(3)`` and ``Article 5
        (3)`` would be a paragraph, ``Article 5 ⁽³⁾`` is not.  White space set as a
        superscript is still white space: ``26<sup> </sup>July`` is ``26 July``.
        """
        core = value.strip()
        self._spaces_of(value[: len(value) - len(value.lstrip())])
        if core:
            self._call(core, only_when_glued)
            self._spaces_of(value[len(value.rstrip()) :])

    def _spaces_of(self, white: str) -> None:
        """Add the white space around a superscript's text (as running text's, one space
        for a run, unless it is kept as it is; a no-break space stays one)."""
        if white:
            self._parts.append(white if self._preserve else _SPACES.sub(" ", white))

    def _call(self, value: str, only_when_glued: bool) -> None:
        glued = self.last_char().isalnum()
        if CALL.fullmatch(value) and (glued or not only_when_glued):
            self._parts.append(" " + superscript(value) if glued else superscript(value))
        elif (glued or self.follows_number()) and _BRACKETED.fullmatch(value):
            self._parts.append((" " if glued else "") + superscript(f"({value[1:-1]})"))
        else:
            self._parts.append(value)

    def take_back(self, char: str) -> bool:
        """Take ``char`` off the end of the line so far, if it ends with it."""
        for i in range(len(self._parts) - 1, -1, -1):
            part = self._parts[i]
            if part.strip(" "):
                if not part.rstrip(" ").endswith(char):
                    return False
                self._parts[i:] = [part.rstrip(" ")[: -len(char)]]
                self._blank = min(self._blank, i)
                return True
        return False

    def follows_number(self) -> bool:
        """Whether the line so far ends with a digit, white space aside (``Article 8 ``): a
        call in brackets written there would read as a paragraph (``Article 8 (2) of``).
        Read from the line's last part back (joining the line for each of a Formex
        paragraph's 40,000 notes took 52 s)."""
        for part in reversed(self._parts):
            written = part.rstrip(" \t\n\u00a0")
            if written:
                return written[-1].isdigit()
        return False

    def preserve(self, on: bool) -> None:
        """Keep white space as it is inside ``pre`` blocks."""
        self._preserve += 1 if on else -1

    def line_break(self) -> None:
        """End the current line (an empty line is kept as one blank line)."""
        self._lines.append("".join(self._parts).strip(" "))
        self._parts, self._blank = [], 0

    def block(self) -> None:
        """End the current paragraph, if it has any text."""
        if not self.at_line_start():
            self.line_break()
        else:
            self._parts, self._blank = [], 0
            if self._lines and self._lines[-1]:
                self._lines.append("")
            self._lead = self._lead or not self._lines

    def extend(self, later: TextBuilder) -> None:
        """Go on with what ``later`` was given (from its start) as if it had been given to
        this builder: what is rendered before what it comes after is known (the running
        heads of a Word file before its body, which names them).  This builder must be at
        a line's start, with no white space kept as it is."""
        if self._parts or self._preserve:
            raise ValueError("a builder is extended only at a line's start")
        if later._lead and self._lines and self._lines[-1]:
            self._lines.append("")  # (the blank line its first paragraph's end would leave)
        self._lines += later._lines
        self._parts, self._blank, self._preserve = later._parts, later._blank, later._preserve

    def page_break(self) -> None:
        """End the current page (a form feed between the pages in :meth:`result`)."""
        self.block()
        self._lines.append("\f")

    def at_line_start(self) -> bool:
        """Whether the current line holds no text yet (white space aside).  The parts
        found blank are not read again (a page asking it for each of 20,000 boxes of
        white space in one paragraph, EUR-Lex's ``span.num``, took 84 s)."""
        parts = self._parts
        while self._blank < len(parts) and not parts[self._blank].strip():
            self._blank += 1
        return self._blank == len(parts)

    def last_char(self) -> str:
        """The last character of the line so far ("" at its start)."""
        for part in reversed(self._parts):
            if part:
                return part[-1]
        return ""

    def result(self) -> str:
        """The text: lines joined, runs of blank lines cut to one, ending with a newline;
        characters that are never seen (soft hyphens, zero-width spaces) left out.  Each
        line is changed only where it needs it (translating every line, and running a
        pattern over it, took a third of reading an EUR-Lex page)."""
        self.block()
        out: list[str] = []
        for line in self._lines:
            if not line.isascii() and _INVISIBLE_CHAR.search(line):
                line = line.translate(_INVISIBLE)
            if "  " in line:
                line = _SPACE_RUN.sub(" ", line)
            line = line.strip(" ")
            if line or (out and out[-1]):
                out.append(line)
        while out and not out[-1]:
            out.pop()
        text = "\n".join(out) + "\n" if out else ""
        # a page ends with its last line; the next starts right after the form feed
        return re.sub(r"\n*\f\n*", "\n\f", text).lstrip("\n\f") if "\f" in text else text
