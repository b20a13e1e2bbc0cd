"""The folded view of a text that the grammar runs on, and the map back to the original.

Text that others extracted from PDFs and Word files breaks references in many
ways: line breaks and runs of spaces inside them, blank lines, Markdown heading
marks left by converters, soft hyphens, ligatures.  Rather than teach every
pattern each of these, the scanner runs the patterns on a *view* of the text:

* space-like and dash-like characters are made ASCII (same length);
* every run of white space becomes one space, or, when it holds a blank line
  (two or more line breaks, or a page break), a paragraph break: two spaces;
  heading and quotation marks at the start of a line (``### ``, ``> ``, ``* ``)
  belong to the run;
* soft hyphens are dropped, with the line break after one, and a word hyphenated
  at the end of a line is joined (``Regu-\\nlation``);
* footnote calls set as superscript characters after a word or number are dropped,
  with the one space before them (``2016/679¹``, ``Article 5 ¹ of``, ``⁽²⁾``): typed
  text glues them to the number (``2016/679¹ on``), where a superscript digit is a word
  character for ``re`` and would end no reference; the readers set them apart;
* ligatures are spelt out (``ﬁ`` -> ``fi``).

So in the view a pattern sees one ``" "`` wherever the text had any white space
inside a paragraph, and ``"  "`` where a paragraph ends; a pattern allows a
paragraph break only where the continuation of a reference is unambiguous
(``eurefs.grammar.common.SEP``).

:meth:`TextView.orig_start` and :meth:`TextView.orig_end` map view offsets back,
so spans always index the original text.  Building the view costs a few literal
searches: runs that are already in their folded form (one space, one line
break, one blank line) are not edits: ``str.replace`` turns their line breaks
into spaces.
"""

from __future__ import annotations

import bisect
import operator
import sys
from collections.abc import Iterable
from itertools import accumulate, chain, compress, count

from eurefs.data.journal import JOURNAL_NAMES, names_source
from eurefs.data.ligatures import LIGATURES
from eurefs.languages.codes import LANGUAGES as OFFICIAL_LANGUAGES
from eurefs.latin1 import latin1_copy, wide_chars
from eurefs.pattern_store import compile_pattern
from eurefs.spans import merge_spans
from eurefs.superscripts import SUPERSCRIPTS
from eurefs.textview_drops import (
    DROPPED,
    INVISIBLE,
    SOFT_HYPHEN,
    UPPER_LETTERS,
    SoftHyphens,
    capital_break,
)
from eurefs.textview_drops import JOIN_LETTERS as _JOIN
from eurefs.textview_drops import LOWER_LETTERS as _LOWER

#: Same-length translation: spaces and dashes to their ASCII forms, the view's (the grammar
#: and the short forms read a text's characters so too).
CLEAN_TABLE = str.maketrans(
    {
        "\u00a0": " ", "\u2000": " ", "\u2001": " ", "\u2002": " ", "\u2003": " ",
        "\u2004": " ", "\u2005": " ", "\u2006": " ", "\u2007": " ", "\u2008": " ",
        "\u2009": " ", "\u200a": " ", "\u202f": " ", "\u205f": " ", "\u3000": " ",
        "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-",
        "\u2015": "-", "\u2212": "-", "\ufe58": "-", "\ufe63": "-", "\uff0d": "-",
        "\u2044": "/", "\u2215": "/", "\uff0f": "/",
        "\u00ba": "o",  # masculine ordinal in French 'nº'
        # the micro sign that Greek PDFs' fonts give for mu ('Κανονισµός (ΕΟΚ) αριθ.')
        "\u00b5": "\u03bc",
        # Romanian s/t with cedilla (older texts) read as the comma-below letters
        "\u015f": "\u0219", "\u0163": "\u021b", "\u015e": "\u0218", "\u0162": "\u021a",
        # fullwidth digits (CJK text) are digits; other scripts' digits make no reference
        **{chr(0xFF10 + i): str(i) for i in range(10)},
    }
)  # fmt: skip

_REPLACEMENTS = {chr(c): str(r) for c, r in CLEAN_TABLE.items()}
_LIGATURE_RE = compile_pattern("[" + "".join(LIGATURES) + "]")
_INVISIBLE_SET = frozenset(INVISIBLE)
# Superscript digits and brackets: footnote calls (``eurefs.superscripts``).
_SUPERSCRIPTS = SUPERSCRIPTS
# The runs that are not already in folded form, found by two literal-led searches (``re``
# scans for a literal at ~5 instructions a character, tries a leading set at every position):
# two spaces, or a line break that has a space before or after it, two more line breaks
# after it, or heading/quotation/list marks after it (``\n\n### ``).
_SPACE_RUN = compile_pattern(r"  [ \n]*")
# A word hyphenated at the end of a line (``Regu-\nlation``, ``Регла-\nмент``): a hyphen and
# a line break between lower-case letters (``JOIN_LETTERS``).  Joined (``C-\n113/14`` is not).
# Found by the search for line breaks (group ``hyphen``; its run starts at the hyphen):
# where a run of the other kind starts at the same break, both end at the same place.
# A run found at its line break takes in the one space or line break before it (group
# ``back``), never more: a line break after a space, or before another and a space,
# starts a run of its own, and ``_SPACE_RUN`` finds two spaces from the first.  So a
# match's run is its span, one character earlier where a group matched (``lastindex``),
# and the runs of one search are apart and in order: none is widened in Python.  The first
# look-around, which every alternative implies, fails at most breaks (1 MB: 11.0 -> 10.2M).
_MARKS = r"[#>*]{1,6}[ ]"
# Last, a line break alone after a compound's hyphen: a no-op edit (``capital_break``).
_BREAK_RUN = compile_pattern(
    rf"\n(?=[ \n#>*]|(?<=[ -]\n))(?:(?<=[{_JOIN}]-\n)(?P<hyphen>[ ]*)(?=[{_JOIN}])"
    r"|(?:(?<=[ ]\n)|(?=[ ]|\n\n|" + _MARKS + r"))(?:(?<=[ \n]\n)(?P<back>)|)"
    r"[ \n]*(?:" + _MARKS + r"[ \n]*)*"
    rf"|(?<=[{_LOWER}{UPPER_LETTERS}]-\n)(?=[{UPPER_LETTERS}]))"
)


# The characters to replace or spell out: those of Latin-1 by ``in`` on the text's
# Latin-1 copy (memchr), the others at the copy's ``?`` (``latin1.wide_chars``).  The copy
# is the one the short forms' name scan reads (``latin1.shared``).  Testing each of the
# 40 characters with ``in`` on the text cost a pass over the text apiece, several times
# longer for those whose low byte is common in UCS-2 text (``U+2000``, ``U+0163``: zero,
# ``c``): 3 MB of the benchmark text, 15 -> 7 ms.
_LATIN1_SPECIALS = tuple((c, ord(c)) for c in (*_REPLACEMENTS, *_SUPERSCRIPTS) if ord(c) < 0x100)
_WIDE = tuple(c for c in (*_REPLACEMENTS, *LIGATURES, *DROPPED) if ord(c) > 255)
#: The characters beyond Latin-1 the view may hold that its text does not: those cleaning
#: writes (``µ`` as Greek ``μ``, Romanian ``ş`` as ``ș``); ligatures are spelt in ASCII.
MADE_BEYOND_LATIN1 = frozenset(c for r in _REPLACEMENTS.values() for c in r if ord(c) > 255)


def _specials(text: str) -> list[str]:
    """The characters of ``_REPLACEMENTS``, ``LIGATURES``, ``_SUPERSCRIPTS`` and
    ``INVISIBLE`` that ``text`` holds.

    Those of Latin-1 are searched as bytes of the Latin-1 copy, one byte a character,
    where the text holds two or four a character wherever one is beyond Latin-1 (1 MB of
    the benchmark text: 5 searches, 1.0 -> 0.5 M instructions)."""
    if text.isascii():
        return []
    copy = latin1_copy(text)
    found = [c for c, byte in _LATIN1_SPECIALS if byte in copy]
    if b"?" in copy:  # (perhaps a character beyond Latin-1)
        found += wide_chars(text, copy, _WIDE)
    return found


def _clean_chars(text: str, specials: list[str]) -> str:
    """Same-length copy of ``text`` with space-like and dash-like characters made ASCII.

    One ``str.replace`` per special character present is several times faster
    than ``str.translate`` with a dict table, which takes a slow path per character.
    """
    for char in specials:
        replacement = _REPLACEMENTS.get(char)
        if replacement is not None:
            text = text.replace(char, replacement)
    return text


def _flatten_controls(text: str) -> str:
    """Tabs and carriage returns to spaces, form and vertical feeds to line breaks (same length)."""
    for char, replacement in (("\t", " "), ("\r", " "), ("\f", "\n"), ("\v", "\n")):
        if char in text:
            text = text.replace(char, replacement)
    return text


# Running heads of the Official Journal that text extraction leaves inside sentences,
# in the orders PDF extractors give them: ``4.5.2016 EN Official Journal of the European
# Union L 119/1``, ``L 119/2 EN Official Journal of the European Union 4.5.2016``,
# ``4.5.2016 L 119/1 EN``.  They belong to the white space around them.
_W = r"[ \n]+"
_HEAD_DATE = r"[0-9]{1,2}\.[0-9]{1,2}\.(?:19|20)[0-9]{2}"
_HEAD_PAGE = r"[LC]" + _W + r"[0-9]{1,4}(?:[ ]?[A-Z])?/[0-9]{1,4}"
# the edition's language: the official languages' codes (``eurefs.languages.codes``)
_HEAD_LANG = r"(?:" + "|".join(code.upper() for code in OFFICIAL_LANGUAGES) + r")"
# the journal's names (``eurefs.data.journal``), ``ffi`` also as the ligature PDF text
# keeps (``Oﬃcial Journal``)
_HEAD_TITLE = names_source(JOURNAL_NAMES, _W).replace("ffi", "(?:ffi|\ufb03)")
# Led by one set (``re`` then tests one character at a time, in C, and tries the rest
# only at a digit, ``L`` or ``C``): the look-behind for the white space before the head
# comes after the first character.
_RUNNING_HEAD = compile_pattern(
    r"[0-9LC](?<![^ \n].)(?:(?<=[0-9])[0-9]?\.[0-9]{1,2}\.(?:19|20)[0-9]{2}" + _W
    + r"(?:" + _HEAD_LANG + _W + _HEAD_TITLE + _W + _HEAD_PAGE
    + r"|" + _HEAD_PAGE + _W + _HEAD_LANG + r"(?:" + _W + _HEAD_TITLE + r")?)"
    + r"|(?<=[LC])" + _HEAD_PAGE[len("[LC]"):] + _W + _HEAD_LANG + _W + _HEAD_TITLE + _W
    + _HEAD_DATE + r")(?![^ \n])"
)  # fmt: skip
# Where to look for one: the edition's language code as a word, found by searches led by
# one letter (``re`` scans for one character about twice as fast as for two), ``EN`` and
# ``DE`` by one for their ``E``, each looking after its letter first (``EU`` fails there).
# A seed is the code's second letter: after the ``E`` of ``EN`` (its empty group), at the others'.
_E_SEEDS = compile_pattern(
    r"E(?![^ \nN])(?:(?<![^ \n]E)(?=N(?![^ \n]))()|(?<=(?<![^ \n])DE)(?![^ \n]))"
)
_R_SEEDS = compile_pattern(r"R(?![^ \n])(?<=(?<![^ \n])FR)")


def _seeds(flat: str) -> list[int]:
    """Where the edition codes ``EN``, ``FR`` and ``DE`` are (their second letters), in order."""
    seeds = [m.start() + (m.lastindex is not None) for m in _E_SEEDS.finditer(flat)]
    return sorted([*seeds, *map(operator.methodcaller("start"), _R_SEEDS.finditer(flat))])


# A head around a seed starts at most this far before it and ends at most this far after.
_BEFORE, _AFTER = 41, 71


def _running_heads(flat: str) -> list[tuple[int, int]]:
    """Spans of OJ running heads: searched in the windows around the seeds, merged
    where they overlap (in C loops: a text of seeds, ``EN 1/1 `` repeated, costs no
    Python per seed), so each character is looked at about once whatever the text."""
    seeds = _seeds(flat)
    if not seeds:
        return []
    # a window ends where the gap to the next seed is wider than a window
    cut = list(map((_BEFORE + _AFTER).__lt__, map(operator.sub, seeds[1:], seeds)))
    starts = [max(0, seeds[0] - _BEFORE), *(p - _BEFORE for p in compress(seeds[1:], cut))]
    ends = [*(p + _AFTER for p in compress(seeds, cut)), seeds[-1] + _AFTER]
    return [
        m.span() for ws, we in zip(starts, ends, strict=True)
        for m in _RUNNING_HEAD.finditer(flat, ws, we)
    ]  # fmt: skip


def _run_spans(flat: str, heads: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Maximal runs of white space (with marks and the running ``heads``) not already folded."""
    spans = [(m.start() - (m.lastindex is not None), m.end()) for m in _BREAK_RUN.finditer(flat)]
    spaces = [m.span() for m in _SPACE_RUN.finditer(flat)]
    if not heads and not (spans and spaces):  # the runs of one search: apart, in order
        return spans or spaces
    end = len(flat)
    for s, e in heads:
        # a head takes in the spaces and line breaks around it
        while s > 0 and flat[s - 1] in " \n":
            s -= 1
        while e < end and flat[e] in " \n":
            e += 1
        spans.append((s, e))
    spans.extend(spaces)
    spans.sort()
    return merge_spans(spans)


#: Edits of the view: their starts, ends (in the text) and replacements.
Edits = tuple[list[int], list[int], list[str]]


def _edits(flat: str, ligatures: bool) -> Edits:
    """Every folded run and ligature (where ``ligatures`` says the text may hold one),
    in order.  A run becomes nothing after a word hyphenated at the end of a line
    (joined), a paragraph break (two spaces) where it holds two line breaks, else one
    space.  No Python loop over the edits but one: a text may hold one every few
    characters (``COM \\n\\n(`` or ``ﬁnal`` repeated)."""
    heads = _running_heads(flat)
    spans = _run_spans(flat, heads)
    reps = [
        "" if flat[s] == "-" else "  " if flat.count("\n", s, e) >= 2 else " " for s, e in spans
    ]
    found = _ligatures(flat, spans if heads else []) if ligatures else ([], [], [])
    if not found[0]:
        return [s for s, _ in spans], [e for _, e in spans], reps
    if not spans:
        return found
    runs = ((s, e, r) for (s, e), r in zip(spans, reps, strict=True))
    merged = sorted(chain(zip(*found, strict=True), runs))
    return [s for s, _, _ in merged], [e for _, e, _ in merged], [r for _, _, r in merged]


def _ligatures(flat: str, runs: list[tuple[int, int]]) -> Edits:
    """The ligatures of ``flat`` outside the ``runs`` (a running head may hold one),
    spelt out: found by ``split``, their offsets the lengths of the pieces between
    (no match object per ligature)."""
    pieces = _LIGATURE_RE.split(flat)
    starts = list(map(operator.add, accumulate(map(len, pieces[:-1])), count()))
    if runs:
        run_starts = [s for s, _ in runs]
        starts = [
            p for p in starts
            if (i := bisect.bisect_right(run_starts, p) - 1) < 0 or runs[i][1] <= p
        ]  # fmt: skip
    return starts, [p + 1 for p in starts], [LIGATURES[flat[p]] for p in starts]


class TextView:
    """The folded view of a text (see the module docstring) with its offset map.

    Attributes:
        text: The original text.
        view: The folded text the grammar runs on.
        identical: True when ``view`` has the offsets of ``text`` (no run was
            folded, nothing dropped or spelt out), so no mapping is needed.
        dropped: True when a soft hyphen, a zero-width character or the line break of a
            word hyphenated at a line end was dropped (``short_forms.unseen``).
    """

    __slots__ = (
        "_o_end", "_o_start", "_rep_len", "_soft", "_v_start", "dropped", "identical", "text",
        "view",
    )  # fmt: skip

    def __init__(self, text: str) -> None:
        self.text = text
        # cleaning adds ASCII and Romanian letters, never a ligature: the ligatures of
        # ``text`` are those of ``flat``
        specials = _specials(text)
        flat = _flatten_controls(_clean_chars(text, specials))
        invisible, soft = not _INVISIBLE_SET.isdisjoint(specials), SOFT_HYPHEN in flat
        self._soft = SoftHyphens.of(flat, specials, invisible, soft)
        if self._soft is not None:
            flat = self._soft.text
        starts, ends, reps = _edits(flat, any(c in LIGATURES for c in specials))
        spaced = _spaced(flat)
        self.identical = not starts and self._soft is None
        self.dropped = invisible or soft or "" in reps
        if not starts:
            self.view = spaced
            self._v_start = self._o_start = self._o_end = self._rep_len = []
            return
        # Built in C loops (map, accumulate), not one Python loop: texts with an edit
        # every few characters (soft hyphens, short runs, ligatures) must stay cheap.
        # (the tail joined with the rest: ``self.view += tail`` would copy the whole view)
        gaps = map(spaced.__getitem__, map(slice, [0, *ends], starts))
        pieces = chain.from_iterable(zip(gaps, reps, strict=True))
        self.view = "".join(chain(pieces, (spaced[ends[-1] :],)))
        rep_len = list(map(len, reps))
        shifts = accumulate(map(operator.sub, rep_len, map(operator.sub, ends, starts)), initial=0)
        self._v_start = list(map(operator.add, starts, shifts))
        self._o_start, self._o_end, self._rep_len = starts, ends, rep_len

    @property
    def unseen(self) -> bool:
        """True when the view :attr:`dropped` something, or where the text breaks a line
        after a compound's hyphen (:func:`capital_break`): what the short forms read names
        through (``short_forms.unseen``).  Read when asked: the references alone never ask."""
        return self.dropped or capital_break(self.text, self.edit_starts())

    def edit_starts(self) -> list[int] | None:
        """Where the view's edits start in the text (None: it dropped characters first)."""
        return self._o_start if self._soft is None else None

    def orig_start(self, pos: int) -> int:
        """Original offset of the view character at ``pos`` (a span start)."""
        i = bisect.bisect_right(self._v_start, pos) - 1
        if i >= 0:
            inside = pos - self._v_start[i]
            if inside < self._rep_len[i]:
                pos = self._o_start[i]
            else:
                pos = self._o_end[i] + inside - self._rep_len[i]
        return pos if self._soft is None else self._soft.orig_start(pos)

    def orig_spans(self, spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
        """Original ``(start, end)`` of view spans: :meth:`orig_start` and :meth:`orig_end`
        of each, in one loop (the scanner maps every reference it keeps).

        The spans come in text order, and most lie between the same two edits as the span
        before: the edit last found is kept with the view offsets it covers, ``[lo, hi)``,
        so a point there is mapped after a comparison, not a binary search."""
        soft = self._soft
        mapped = []
        lo = hi = 0  # (no edit found yet)
        vend = o_s = o_e = shift = 0
        for start, end in spans:
            if not lo <= start < hi:
                lo, hi, vend, o_s, o_e, shift = self._edit_at(start)
            start = o_s if start < vend else start + shift
            if end > 0:
                if not lo <= end - 1 < hi:
                    lo, hi, vend, o_s, o_e, shift = self._edit_at(end - 1)
                end = o_e if end - 1 < vend else end + shift
            if soft is not None:
                start, end = soft.orig_start(start), soft.orig_end(end)
            mapped.append((start, end))
        return mapped

    def _edit_at(self, pos: int) -> tuple[int, int, int, int, int, int]:
        """The last edit at or before view offset ``pos`` as :meth:`orig_spans` reads it:
        the view offsets it covers up to the next edit ``[lo, hi)``, where its replacement
        ends in the view, its original start and end, and the shift of the offsets after
        its replacement (before the first edit: ``lo`` -1, nothing replaced, no shift)."""
        v_start = self._v_start
        i = bisect.bisect_right(v_start, pos) - 1
        hi = v_start[i + 1] if i + 1 < len(v_start) else sys.maxsize
        if i < 0:
            return -1, hi, -1, 0, 0, 0
        lo, o_end = v_start[i], self._o_end[i]
        vend = lo + self._rep_len[i]
        return lo, hi, vend, self._o_start[i], o_end, o_end - vend

    def orig_end(self, pos: int) -> int:
        """Original offset just after the view character at ``pos - 1`` (a span end)."""
        if pos <= 0:
            return 0
        last = pos - 1
        i = bisect.bisect_right(self._v_start, last) - 1
        if i >= 0:
            inside = last - self._v_start[i]
            if inside < self._rep_len[i]:
                pos = self._o_end[i]
            else:
                pos = self._o_end[i] + inside - self._rep_len[i] + 1
        return pos if self._soft is None else self._soft.orig_end(pos)


def _spaced(flat: str) -> str:
    """``flat`` with line breaks made spaces: a blank line (``\\n\\n``) becomes two spaces."""
    return flat.replace("\n", " ") if "\n" in flat else flat
