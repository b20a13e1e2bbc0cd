"""A popular name followed by an act's number, with no type word between: the name and the
number are one mention.

The languages whose names hold the type word inside (Czech ``Obecné nařízení o ochraně
osobních údajů``, Greek ``Γενικός Κανονισμός Προστασίας Δεδομένων``) write the act's number
after the whole name, where no family reads it (no type word right before it):
``podle Obecného nařízení o ochraně osobních údajů (EU) 2016/679 („GDPR")`` (a Czech privacy
page in a public repository; find_string 'osobních údajů (EU) 2016/679'), ``Ο Γενικός
Κανονισμός Προστασίας Δεδομένων 2016/679 είναι ένας κανονισμός`` (smartmanagement.gr; pages
corpus).  The name's mention then spans the number.  A number of another act there is the
text's own word against the name's: the name gives no mention (its work would be a guess).
"""

from __future__ import annotations

import re
from typing import Literal

from eurefs.pattern_store import compile_pattern

# a blank, a domain in brackets (``(EU)``, ``(ΕΕ)``, ``(EU, Euratom)``), a number marker,
# then the two numbers and a directive's domain after them; no date (``25/05/2018``)
_NUMBER = compile_pattern(
    r"[ \u00a0]{1,2}(?:\([^\W\d_]{2,4}(?:,[ ]?[^\W\d_]{2,8})?\)[ \u00a0]?)?"
    r"(?:(?:No|Nr|n[°º]|č|br|št|nr|αριθ)\.?[ \u00a0]?)?"
    r"(?P<a>[0-9]{1,4})/(?P<b>[0-9]{1,4})(?:/[^\W\d_]{2,8})?(?![\w/])"
)
# a CELEX of an act of secondary law: its year and its number
_ACT = re.compile(r"3(?P<year>[0-9]{4})[RLD](?P<number>[0-9]{4})")


def number_after(text: str, end: int, celex: str) -> int | Literal[False] | None:
    """Where the number of the work ``celex`` written right after a name ending at ``end``
    ends; False where the number there is another act's; None where none is written (or
    the work is no act of secondary law)."""
    act = _ACT.fullmatch(celex)
    if act is None:
        return None
    m = _NUMBER.match(text, end)
    if m is None:
        return None
    year, number = int(act.group("year")), int(act.group("number"))
    a, b = int(m.group("a")), int(m.group("b"))
    years = (year, year % 100)
    # the year first (``2016/679``, ``95/46/EC``) or the number first (``1049/2001``)
    if (a in years and b == number) or (a == number and b in years):
        return m.end()
    return False
