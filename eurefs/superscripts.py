"""Footnote calls set as superscripts, which the view drops (``eurefs.textview``); those
glued as plain digits are ``eurefs.grammar.footnote_calls``'.

Typed text and word processors glue a call set as a superscript digit to the word or
number it follows (``Regulation (EU) 2016/679¹ on``, ``Article 5¹ of``); ``re`` reads a
superscript digit as a word character (not a digit), so no reference would end there.
The document readers write the calls they find as superscripts too, set apart
(``Article 5 ⁽³⁾ of``).  :func:`call_spans` finds the calls to drop.
"""

from __future__ import annotations

from eurefs.pattern_store import compile_pattern
from eurefs.spans import merge_spans

#: Superscript digits and brackets.
SUPERSCRIPTS = "\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079\u207d\u207e"
# A run of one of them, found by a search led by the literal, one per superscript the text
# holds: ``re`` scans for a literal at memchr speed, but tries a class, a repeat (``¹+``) or
# a look-behind at every position (1 MB of the benchmark text with one ``²``: ``²²*``
# 0.4 ms, ``²+`` 50 ms, one pattern for the calls led by a look-behind 470 ms).
_RUNS = {c: compile_pattern(c + c + "*") for c in SUPERSCRIPTS}


def call_spans(text: str, superscripts: list[str]) -> list[tuple[int, int]]:
    """The footnote calls of ``text`` (which holds the ``superscripts``) to drop, in order: a
    run of superscripts (in brackets: ``(¹)``) after a character that is no blank, with the
    one space before it if there is one (``2016/679¹``, ``Article 5 ¹ of``, ``EEC ⁽²⁾``) and
    no letter or digit after it (``No 40/94 ¹of``: the space stays);
    not at a line's start, where a note's own mark stands (``¹ Regulation ...``, ``(¹) ...``,
    kept whole), nor after two blanks.  One literal-led search per superscript the text
    holds, then a little Python per run (a text holds few)."""
    runs = sorted(m.span() for c in superscripts for m in _RUNS[c].finditer(text))
    calls = []
    for start, end in merge_spans(runs):  # (``¹²``: two runs, one call)
        if text[start - 1 : start] == "(" and text[end : end + 1] == ")":
            start, end = start - 1, end + 1
        spaced = text[start - 1 : start] == " "
        if spaced:
            start -= 1
        if start > 0 and text[start - 1] not in " \n":
            # a call glued to the word after it leaves its space: 'No 40/94 ¹of' is 'No
            # 40/94 of', not '40/94of' (a note link whose white space a copy lost)
            calls.append((start + (spaced and text[end : end + 1].isalnum()), end))
    return calls
