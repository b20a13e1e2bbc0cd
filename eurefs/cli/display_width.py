"""How wide a text is on a terminal, for the table output: by the cells it takes, not
its characters."""

from __future__ import annotations

import unicodedata

#: The control characters a table cell writes as their escapes (a terminal would act on
#: them: ``\x1b`` starts an escape sequence, ``\x08`` moves back a cell).
_CONTROLS = {c: f"\\x{c:02x}" for c in (*range(0x20), *range(0x7F, 0xA0)) if chr(c) not in "\t\n\r"}


#: And the line ends, for a text that must stay on one line (a message on stderr).
_LINE_CONTROLS = {**_CONTROLS, ord("\n"): "\\n", ord("\r"): "\\r"}


def escape_controls(text: str) -> str:
    """``text`` with each control character written as its escape (``\\x1b``)."""
    return text.translate(_CONTROLS)


def escape_line(text: str) -> str:
    """``text`` on one line: its control characters and line ends written as their
    escapes (``\\x1b``, ``\\n``), a tab kept."""
    return text.translate(_LINE_CONTROLS)


def char_width(char: str) -> int:
    """The cells a terminal gives ``char``: none for a combining mark or a format
    character (a zero-width joiner), two for a wide or full-width one (CJK), else one."""
    if unicodedata.combining(char) or unicodedata.category(char) in ("Mn", "Me", "Cf"):
        return 0
    return 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1


def display_width(text: str) -> int:
    """The cells a terminal gives ``text`` (one line, controls escaped)."""
    if text.isascii():
        return len(text)
    return sum(map(char_width, text))


def fit(text: str, width: int) -> str:
    """``text`` padded with spaces to ``width`` cells, or cut to ``width - 1`` cells and
    ended with ``…`` when wider (a wide character is never cut in half)."""
    shown = display_width(text)
    if shown > width:
        kept, used = [], 0
        for char in text:
            cells = char_width(char)
            if used + cells > width - 1:
                break
            kept.append(char)
            used += cells
        text, shown = "".join(kept) + "…", used + 1
    return text + " " * (width - shown)


def fit_end(text: str, width: int) -> str:
    """``text`` when it takes at most ``width`` cells, else ``…`` and as much of its end as
    fits in the cells left (a path's end says most): never a wide character cut in half,
    nor a combining mark without its letter; empty when ``width`` is under 2."""
    if display_width(text) <= width:
        return text
    if width < 2:
        return ""
    start, used = len(text), 0
    while start and used + char_width(text[start - 1]) <= width - 1:
        start -= 1
        used += char_width(text[start])
    while start < len(text) and char_width(text[start]) == 0:  # marks of a letter cut off
        start += 1
    return "…" + text[start:]
