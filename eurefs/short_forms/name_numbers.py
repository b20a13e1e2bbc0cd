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
So too another act's number right before the name, as Hungarian writes the number first
with the marker 'numbered' after it (``az Európai Unió 2016/679 számú általános
adatvédelmi rendelete``, privacy notices in public repositories; ``a 2018/1725 számú
általános adatvédelmi rendelete`` names another act).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Literal

from eurefs.languages import BY_CODE
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
    # the year first (``2016/679``, ``95/46/EC``) or the number first (``1049/2001``)
    return m.end() if _same_act(act, int(m.group("a")), int(m.group("b"))) else False


# the two numbers (and a directive's domain) right before a name, the language's markers
# written after a number between them (Hungarian ``számú``); searched in this many characters
_BEFORE_REACH = 30
_NUMBER_BEFORE = r"(?<![\w/.])(?P<a>[0-9]{1,4})/(?P<b>[0-9]{1,4})(?:/[^\W\d_]{2,8})?[ \u00a0]"


@lru_cache(maxsize=4)
def _before(lang: str) -> re.Pattern[str]:
    markers = [re.escape(m) for m in BY_CODE[lang].number_markers if m[:1].islower()]
    marker = r"(?:(?:" + "|".join(markers) + r")[ \u00a0])?" if markers else ""
    return re.compile(_NUMBER_BEFORE + marker + r"\Z")


def other_number_before(text: str, start: int, celex: str, lang: str) -> bool:
    """Whether the number of an act other than ``celex`` is written right before the name
    starting at ``start`` (perhaps with a marker after it: ``2018/1725 számú``)."""
    act = _ACT.fullmatch(celex)
    if act is None or not text[start - 2 : start - 1].isalnum():
        return False
    m = _before(lang).search(text, max(0, start - _BEFORE_REACH), start)
    if m is None:
        return False
    return not _same_act(act, int(m.group("a")), int(m.group("b")))


def _same_act(act: re.Match[str], a: int, b: int) -> bool:
    """Whether the numbers ``a``/``b`` are the act's (its year first or after the number)."""
    year, number = int(act.group("year")), int(act.group("number"))
    years = (year, year % 100)
    return (a in years and b == number) or (a == number and b in years)
