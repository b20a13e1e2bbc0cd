"""A footnote call glued to an act's number the number could carry, told by the calls after it.

``grammar/footnote_calls`` splits a call off a number only where the number as written is
impossible (``2016/124021``).  Before 2015 an act of a year numbered first can carry any
number of up to four figures, so ``d-Deċiżjoni 2011/1991`` (the Court's press release No
154/12 on Pringle, in Maltese, its calls glued to the words they follow: ``Fil-25 ta’ Marzu
2011, il-Kunsill Ewropew adotta d-Deċiżjoni 2011/1991 li tipprevedi ... ta’ dispożizzjoni
ġdida2 li tipprovdi ... l-Istati taż-żona euro3 kkonkludew``, europa.eu/rapid
CJE-12-154_mt; pages corpus) read Decision 2011/1991, 32011D1991: it is Decision
2011/199/EU and call 1.

A text that glues its calls to the words they follow numbers them in order: where the next
two calls glued to words after such a number are the number's last figures plus one and
plus two (``1`` then ``2`` and ``3``), the last figures are the call before them, and the
number is what stands before them.  Read only for the numbers where a call can hide: an
act numbered year first before 2015 (when the year's acts came to share one sequence of
numbers, which ``footnote_calls`` bounds), four figures after the year (``2011/1991``;
the acts of those years that bear four figures are few) and nothing after them that
belongs to the number (``/EU``).  A call is glued to a word of at least three letters
ending in a small letter (``ġdida2``, ``euro3``; not ``CO2``, ``m2``), and the number
must not be cited in full elsewhere near (``2011/1991/EU``).

A call is also told by its footnote: where a note below the number starts with the last
figures of the number, its line citing the number without them, they are that note's call,
whatever the year (the High Court's request in C-64/20, in Irish: ``Airteagal 7 de
Rialachán (AE) 2019/61 , 11ú Nollaig 2018`` over the note ``1 Rialachán (AE) 2019/6 ó
Pharlaimint na hEorpa agus ón gComhairle an 11 Nollaig 2018``, curia.europa.eu; pages
corpus: Regulation (EU) 2019/6 and call 1, not Regulation (EU) 2019/61, ``32019R0061``).
Not where the number is written whole elsewhere near.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence

from eurefs.grammar.footnote_calls import FIRST_SINGLE_SEQUENCE_YEAR, MAX_CALL_DIGITS, is_call
from eurefs.models.light import BaseReference, LegalActRef
from eurefs.pattern_store import compile_pattern

#: How far after a number its next calls are looked for (within the scanner's margin
#: around a chunk: a stream reads what the whole text reads)
REACH = 1500
#: How much of the text before a number is read again with the number cut short
CONTEXT = 600
# how much of a note's line its cited number is looked for in, and what follows its call
_NOTE_HEAD = 100
_AFTER_CALL = (" ", "\t", "\u00a0")
# a call glued to a word: three letters or more, the last a small one, then one to three
# figures, then no word character
_GLUED = compile_pattern(r"(?<![\w])[^\W\d_]{2,}[^\W\d_](?P<call>[1-9][0-9]{0,2})(?!\w)")

#: ``rescan(string)``: the references of ``string`` (its offsets)
Rescan = Callable[[str], Sequence[BaseReference]]


def _calls(text: str, start: int, end: int) -> Iterator[int]:
    """The calls glued to words in ``text[start:end]``, in order."""
    for m in _GLUED.finditer(text, start, end):
        call = m.group("call")
        if text[m.start("call") - 1].islower():
            yield int(call)


def _hidden_call(ref: LegalActRef, text: str) -> int:
    """How many of the last figures of the act ``ref``'s number are a footnote call
    (0: none)."""
    year, number = ref.year, ref.number
    if ref.number_first:
        return 0
    if year is None or year >= FIRST_SINGLE_SEQUENCE_YEAR or number is None:
        return 0
    end = ref.end
    if len(number) != 4 or not text.endswith(number, 0, end) or text[end : end + 1] == "/":
        return 0
    if text.find(f"{year}/{number}/", max(0, end - REACH), end + REACH) >= 0:
        return 0
    following = _calls(text, end, end + REACH)
    after = (next(following, None), next(following, None))
    for size in range(1, len(number)):
        call = number[-size:]
        if is_call(call) and after == (int(call) + 1, int(call) + 2):
            return size
    return 0


def _call_of_its_note(ref: LegalActRef, text: str, cited: _Cited) -> int:
    """How many of the last figures of the act ``ref``'s number are the call of a note
    below it, whose line starts with them and cites, in its first characters, an act of the
    same type and year numbered without them (0: none).  ``cited`` holds the acts of the
    text by type, year and number."""
    year, number = ref.year, ref.number
    if ref.number_first or year is None or number is None or len(number) < 2:
        return 0
    end = ref.end
    if not text.endswith(number, 0, end) or text[end : end + 1] == "/":
        return 0
    for size in range(1, min(len(number), MAX_CALL_DIGITS + 1)):
        call, short = number[-size:], number[:-size]
        if not is_call(call):
            continue
        for at in cited.get((ref.act_type, year, short), ()):
            if end < at <= end + REACH and _opens_note(text, at, call):
                if _written_once(text, ref.start, end, f"{year}/{number}"):
                    return size
    return 0


def _opens_note(text: str, at: int, call: str) -> bool:
    """Whether the line of ``text[at]`` starts with the note call ``call`` (``1 ``, ``(1)
    ``), ``at`` in its first characters."""
    line = text.rfind("\n", max(0, at - _NOTE_HEAD), at)
    if line < 0:
        return False
    head = text[line + 1 : at]
    marker = head.lstrip(" ")
    for lead in (call, f"({call})"):
        if marker.startswith(lead) and marker[len(lead) : len(lead) + 1] in _AFTER_CALL:
            return True
    return False


def _written_once(text: str, start: int, end: int, whole: str) -> bool:
    """Whether ``whole`` is written near ``text[start:end]`` only there."""
    return (
        text.find(whole, max(0, start - REACH), start) < 0
        and text.find(whole, end, end + REACH) < 0
    )


#: the acts of a text: where each starts, by type, year and number
_Cited = dict[tuple[str, int, str], list[int]]


def _shorter_acts(refs: list[BaseReference]) -> _Cited:
    """Where the acts of ``refs`` start whose number is another act's of the same type and
    year less its last figures (a possible note call), by type, year and number; mostly
    none, so that each act costs a set's entry, not a search."""
    keys = {(r.act_type, r.year, r.number) for r in refs if isinstance(r, LegalActRef)}
    shorter = {
        (kind, year, number[:-size])
        for kind, year, number in keys
        if year is not None and number
        for size in range(1, min(len(number), MAX_CALL_DIGITS + 1))
    }
    shorter &= keys
    cited: _Cited = {}
    if shorter:
        for ref in refs:
            if not isinstance(ref, LegalActRef):
                continue
            key = (ref.act_type, ref.year, ref.number)
            if key in shorter:
                cited.setdefault(key, []).append(ref.start)
    return cited


def split(refs: list[BaseReference], text: str, rescan: Rescan) -> None:
    """Read again, without their last figures, the acts' numbers in ``refs`` whose last
    figures are a footnote call (in place; ``text`` is the one the offsets are in)."""
    cited = _shorter_acts(refs)
    for i, ref in enumerate(refs):
        if not isinstance(ref, LegalActRef):
            continue
        size = _hidden_call(ref, text) or (_call_of_its_note(ref, text, cited) if cited else 0)
        if not size:
            continue
        lo = max(0, ref.start - CONTEXT)
        cut = ref.end - size
        for again in rescan(text[lo:cut]):
            if again.start == ref.start - lo and again.end == cut - lo and again.kind == ref.kind:
                fields = vars(again)  # (a new object nobody else holds)
                fields["start"], fields["end"] = ref.start, cut
                refs[i] = again
                break
