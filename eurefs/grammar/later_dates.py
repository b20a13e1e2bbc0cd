"""An act's number read year first that the act's own date, written right after it, rules
out: ``EØS -Kommiteens beslutning 83/99 af 25. juni 1999`` (the EEA Joint Committee's
decision 83 of 1999) read as decision 99 of 1983 gave ``31983D0099``; so did ``Decision
83/99 of 25 June 1999``.

A year-first number's year is the year of the act: it was adopted that year, or in the
last days of the one before and numbered when published (Council Decision 2000/24/EC of
22 December 1999, EUR-Lex 32000D0024).  No act is numbered in a year before its date, so
a date in a later year says the year-first reading is not the act's: the reference keeps
its span and normal form and gets no CELEX (the number-first reading, ``83/1999``, is the
reader's guess and may be no EU act at all, as here).
"""

from __future__ import annotations

import re

from eurefs.grammar import years
from eurefs.grammar.common import celex_links, lazy_compile
from eurefs.grammar.legal_acts_dated import date_pattern
from eurefs.languages import LANGUAGES
from eurefs.models.light import LegalActRef

_LANGS = [lg for lg in LANGUAGES if lg.date_words and lg.months]
#: The acts numbered with a year of two digits, the only ones a number read the other way
#: round can pass for (``83/99``): until 1998 (``years.FOUR_FIGURE_YEARS_SINCE``).  A
#: four-digit year is the act's as written.
_TWO_DIGIT_YEARS_UNTIL = years.FOUR_FIGURE_YEARS_SINCE
#: the date right after the number, in any language that writes one so (``of 25 June
#: 1999``, ``af 25. juni 1999``, ``du 25 juin 1999``)
_DATE = lazy_compile(date_pattern(_LANGS), re.IGNORECASE)


def checked(ref: LegalActRef, text: str) -> LegalActRef:
    """``ref`` without its CELEX (and what that gives) when it was read year first and
    the date written right after its number is of a later year (module docstring)."""
    if ref.year is None or ref.year >= _TWO_DIGIT_YEARS_UNTIL or ref.number_first:
        return ref
    if ref.celex is None:
        return ref
    m = _DATE.match(text, ref.end)
    if m is None or int(m.group("year")) <= ref.year:
        return ref
    return ref.model_copy(update=celex_links(None))
