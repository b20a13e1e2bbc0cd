"""The date a text gives as its own, in its first lines (``short_forms/dated_names``,
``grammar/treaty_eras``).

The first date written in a text's first ``HEAD`` characters on a line of at most
``LINE`` (a heading: ``29.10.2021 | EN | Official Journal of the European Union``,
``Brussels, 15.12.2020``, ``JUDGMENT OF THE COURT ... 6 October 2015``, ``COUNCIL
FRAMEWORK DECISION`` / ``of 13 June 2002``, europarl's ``PV 19/10/2020``).  A date right
after an act's number or an Official Journal's issue is that act's or issue's
(``Directive 2000/31/EC of 8 June 2000``, ``OJ L 178, 17.7.2000``): not the text's.
Dates are those of ``grammar/oj_dates`` (the month in figures or in the words of any
language); a year in two figures is not read.
"""

from __future__ import annotations

import re
from functools import lru_cache

from eurefs.grammar import oj_dates
from eurefs.pattern_store import compile_pattern

#: How far into a text its own date is looked for, and how long its line may be
HEAD = 500
LINE = 200
#: A date of :mod:`~eurefs.grammar.oj_dates`, its groups named ``t...``
DATE = compile_pattern(oj_dates.pattern("t"))
# before a date, an act's number (``2000/31/EC of``, ``No 1049/2001 of``) or an Official
# Journal's issue (``L 178, ``): the date is the act's or the issue's
_CITED = compile_pattern(r"[0-9]/[0-9]|\b(?:No|Nr|n[°º]|Nº)\.?[ ]?[0-9]|\b[LC][ ][0-9]{1,4}\b")
_CITED_REACH = 90


def year_of(m: re.Match[str]) -> int | None:
    """The year of a :data:`DATE` match, written in four figures (None otherwise)."""
    written = m.group("ty") or m.group("ty_") or m.group("tyw")
    return int(written) if written and len(written) == 4 else None


def cited(text: str, start: int, lo: int) -> bool:
    """Whether the date at ``start`` follows an act's number or a journal's issue (read
    back to ``lo`` at most)."""
    return _CITED.search(text, max(lo, start - _CITED_REACH), start) is not None


@lru_cache(maxsize=8)
def head_date(head: str) -> tuple[int, int, int] | None:
    """The year of the text's own date, in its first characters ``head`` (``text[:HEAD]``),
    and where its line starts and ends (None: none)."""
    for m in DATE.finditer(head):
        line_start = head.rfind("\n", 0, m.start()) + 1
        line_end = head.find("\n", m.end())
        line_end = line_end if line_end >= 0 else len(head)
        if line_end - line_start > LINE or cited(head, m.start(), line_start):
            continue
        year = year_of(m)
        if year is not None:
            return year, line_start, line_end
    return None
