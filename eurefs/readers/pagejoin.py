"""What a page break cuts, joined: the texts of pages (a PDF's, a Word file's) changed
where the end of a page and the start of the next are one word or one reference.

A page break is a paragraph break for the grammar, and the footnotes a reader puts at the
end of each page stand between the two halves of a sentence that runs on; both readers
put the notes of a page after its text (``eurefs.readers.layout``, ``eurefs.readers.docx``).
What is moved up is moved to the page it starts on: the rest of a word hyphenated at the
foot of a page, of an act number broken after its slash, of a case number after its
letter's hyphen, and a number or a date that the notes cut from the reference it ends.
"""

from __future__ import annotations

import re

from eurefs.readers.builder import superscript

_TAIL_HYPHEN = re.compile(r"[-\u00ad\x02](?<=[^\W\d_][-\u00ad\x02])\n?$")
_HEAD_WORD = re.compile(r"^[a-zß-ÿ]+[,.;:]?")
# an act number broken after its slash (``Directive 2000/31/``), as within a page
_TAIL_SLASH = re.compile(r"/(?<=[0-9]/)[ \t]*\n?$")
_HEAD_NUMBER = re.compile(r"^[A-Za-z0-9]+(?:/[A-Za-z0-9]+)*[,.;:]?")
# a case number broken after its letter's hyphen (``Case C-`` above ``131/12``)
_TAIL_CASE_LETTER = re.compile(r"[-\u2010\u2011](?<=\b[A-Z][-\u2010\u2011])$")
# what only continues a reference: a number with a slash (``2016/679``, ``131/12``,
# ``95/46/EC``) or a date (``4.5.2016,``)
_HEAD_FIGURE = re.compile(
    r"(?:[0-9]+(?:/[0-9A-Za-z]+)+|[0-9]{1,2}\.[0-9]{1,2}\.[0-9]{4})[,;:]?(?![\w/])"
)
#: The marks a note at a page's foot starts with: the reader writes footnote calls as
#: superscripts (``¹ OJ C 115, 11.3.2022, p. 5.``, ``⁽²⁾ ...``).
_NOTE_MARKS = frozenset(superscript("0123456789("))
#: Where a sentence ends: a page whose text before its notes ends so is not cut by them.
_SENTENCE_ENDS = ".!?;:"
# (the end of a page, what starts the next, what joins them: a line break keeps the tail)
_Tail = tuple[re.Pattern[str], re.Pattern[str], str]
_TAILS: tuple[_Tail, ...] = (
    (_TAIL_CASE_LETTER, _HEAD_FIGURE, "\n"),  # ``C-⏎131/12``, as within a page
    (_TAIL_HYPHEN, _HEAD_WORD, ""),
    (_TAIL_SLASH, _HEAD_NUMBER, "/"),
)
#: How far from the end of a page's text its tails are looked for (``2003/   `` at most).
_TAIL_REACH = 16


def _notes_start(text: str) -> int:
    """Where the footnotes that end a page's text start: its length where there are none."""
    start = len(text)
    while (blank := text.rfind("\n\n", 0, start - 1)) != -1:
        if text[blank + 2 : blank + 3] not in _NOTE_MARKS:
            break
        start = blank + 2
    return start


def _continued(
    body: str, head: str, noted: bool, tails: tuple[_Tail, ...]
) -> tuple[int, str, int] | None:
    """How the head of the next page completes the ``body`` of a page (its text before its
    notes, ``noted``: there are some): where the body is cut, what replaces its end, and
    how much of the head is moved up; None: it does not."""
    reach = max(0, len(body) - _TAIL_REACH)
    for tail_pattern, head_pattern, joint in tails:
        if (tail := tail_pattern.search(body, reach)) and (found := head_pattern.match(head)):
            cut = tail.end() if joint == "\n" else tail.start()
            return cut, joint + found.group(0), found.end()
    if noted and body and body[-1] not in _SENTENCE_ENDS and not body[-1].isspace():
        if found := _HEAD_FIGURE.match(head):
            return len(body), "\n" + found.group(0), found.end()
    return None


def join_across_pages(texts: list[str], *, printed_hyphens: bool = True) -> None:
    """Move the end of a word hyphenated at the foot of a page, of an act number broken
    after its slash there, or of a case number after its letter's hyphen, up to its start
    (above the page's footnotes); so too a number with a slash or a date that goes on
    where the footnotes cut a sentence (``Regulation (EU)``, notes, page, ``2016/679``).

    ``printed_hyphens``: whether a hyphen at a page's foot may be the printer's, cutting a
    word (a PDF's); in a Word file it is one the author typed (``self-employed``)."""
    tails = _TAILS if printed_hyphens else tuple(t for t in _TAILS if t[0] is not _TAIL_HYPHEN)
    for k in range(len(texts) - 1):
        notes = _notes_start(texts[k])
        body = texts[k][:notes].rstrip("\n")
        joined = _continued(body, texts[k + 1], notes < len(texts[k]), tails)
        if joined is None:
            continue
        cut, moved, used = joined
        rest = texts[k][notes:]
        texts[k] = body[:cut] + moved + ("\n\n" + rest if rest else "\n")
        texts[k + 1] = texts[k + 1][used:].lstrip(" \n")
