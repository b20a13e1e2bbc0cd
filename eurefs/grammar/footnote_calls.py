"""Footnote calls glued to the number before them, as text extracted from PDFs has them.

A PDF sets a footnote call as a small raised number; text extraction often loses
the size and the gap, so ``Case C-113/14`` with note 19 reads ``C-113/1419`` and
``Regulation (EU) 2016/1240`` with note 21 reads ``2016/124021``.  The call is
split off only where the number as written is impossible (an act number too long
for its year, a case year of more than two digits): the longest possible number
is kept, and what follows must look like a call (one to three digits, not
starting with ``0``).  Where the number as written is possible it is taken as it
stands: ``2016/2791`` stays ``2016/2791``.
"""

from __future__ import annotations

from collections.abc import Callable

#: Since 2015 the acts of a year share one sequence of numbers; none has reached this.
MAX_MODERN_ACT_NUMBER = 3999
#: The first year of that single sequence.
FIRST_SINGLE_SEQUENCE_YEAR = 2015
#: Longest footnote call taken (notes of a long document run into the hundreds).
MAX_CALL_DIGITS = 3


def is_call(digits: str) -> bool:
    """True when ``digits`` can be a footnote call."""
    return 0 < len(digits) <= MAX_CALL_DIGITS and digits[0] != "0"


def split_call(digits: str, possible: Callable[[str], bool]) -> tuple[str, str] | None:
    """``(number, call)`` with ``digits == number + call``, or None when nothing fits.

    ``possible(number)`` says whether a number can be what was cited.  The whole
    run is kept when possible (``call`` is then empty); otherwise the longest
    possible number followed by a valid call.
    """
    if possible(digits):
        return digits, ""
    for cut in range(len(digits) - 1, 0, -1):
        number, call = digits[:cut], digits[cut:]
        if not is_call(call):
            if len(call) > MAX_CALL_DIGITS:
                return None
            continue
        if possible(number):
            return number, call
    return None


def act_number_possible(year: int, number: str) -> bool:
    """Whether an act of ``year`` can carry the sequential ``number``."""
    if not 0 < len(number) <= 4:
        return False
    return year < FIRST_SINGLE_SEQUENCE_YEAR or int(number) <= MAX_MODERN_ACT_NUMBER
