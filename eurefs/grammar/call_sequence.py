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
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence

from eurefs.grammar.footnote_calls import FIRST_SINGLE_SEQUENCE_YEAR, is_call
from eurefs.models.light import BaseReference, LegalActRef
from eurefs.pattern_store import compile_pattern

#: How far after a number its next calls are looked for (within the scanner's margin
#: around a chunk: a stream reads what the whole text reads)
REACH = 1500
#: How much of the text before a number is read again with the number cut short
CONTEXT = 600
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


def split(refs: list[BaseReference], text: str, rescan: Rescan) -> None:
    """Read again, without their last figures, the acts' numbers in ``refs`` whose last
    figures are a footnote call (in place; ``text`` is the one the offsets are in)."""
    for i, ref in enumerate(refs):
        size = _hidden_call(ref, text) if isinstance(ref, LegalActRef) else 0
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
