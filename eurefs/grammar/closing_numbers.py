"""An act cited by its date and title, the title closed by the act's number, as the Polish
administrative courts' database lists the provisions a judgment applies (CBOSA,
orzeczenia.nsa.gov.pl): ``Dyrektywa Rady z dnia 28 listopada 2006 r. w sprawie wspólnego
systemu podatku od wartości dodanej Nr 2006/112/WE``.

The dated citation (``legal_acts_dated``) names no number.  Where the words after its date
run, within one sentence, to a number marker of its language and an act number with its
domain, the reference runs from the type word through that number and is read as a
numbered act's (``legal_act_numbers.make``).  The title between must hold no other act:
no bracket (an Official Journal citation follows a dated act in running text), no slash,
no semicolon or sentence end, no paragraph break and no type word of the language.
"""

from __future__ import annotations

import functools
import re

from eurefs.grammar.base import Context
from eurefs.grammar.common import lazy_compile, words
from eurefs.grammar.legal_act_numbers import GROUPS, make, number_pattern
from eurefs.grammar.legal_act_words import Act
from eurefs.languages import BY_CODE
from eurefs.models.light import LegalActRef

#: How long the title between the date and the number may be.
_REACH = 400
#: What a title holding only its own words has none of (and no sentence end: see _other).
_OTHER = re.compile(r"[()/;]|[ ]{2}")


@functools.cache
def _patterns(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    record = BY_CODE[lang]
    markers = [m.rstrip(".") for m in record.number_markers]
    if not markers:
        return None
    closing = lazy_compile(
        r"(?P<title>.{0," + str(_REACH) + r"}?)[ ](?=" + words(*markers) + r"[ .])"
        + number_pattern(""),
        re.IGNORECASE,
    )  # fmt: skip
    types = [f for forms in record.act_types.values() for f in forms]
    return closing, lazy_compile(r"(?<![\w-])" + words(*types) + r"(?![\w-])", re.IGNORECASE)


def _other(title: str, types: re.Pattern[str]) -> bool:
    """Whether ``title`` holds more than one act's title (see the module docstring)."""
    if _OTHER.search(title) or types.search(title):
        return True
    dot = title.find(". ")
    while dot >= 0:
        if title[dot + 2 : dot + 3].isupper():
            return True  # a sentence ends
        dot = title.find(". ", dot + 1)
    return False


def find(ctx: Context, start: int, end: int, act: Act) -> LegalActRef | None:
    """The numbered reference of the dated citation at region offsets ``start``-``end``
    whose title its number closes (see the module docstring), or None."""
    region = ctx.region
    patterns = _patterns(act.lang)
    if patterns is None or "/" not in region[end : end + _REACH]:
        return None
    found = patterns[0].match(region, end)
    if found is None or not (found.group("suf") or found.group("dom")):
        return None  # (an act's number with its domain only)
    if _other(found.group("title"), patterns[1]):
        return None
    return make(found, start, act, found.group(*GROUPS))
