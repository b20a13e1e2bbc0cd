"""The issue dates of Official Journal citations (``grammar/official_journal``).

``4.5.2016`` (the Style Guide's form); Croatian and Latvian write ``4.5.2016.``, the
Bulgarian Style Guide ``4.5.2016 г.`` (other texts glue it: ``2007г``); Hungarian and
Lithuanian put the year first (``2016.5.4.``, ``2016 5 4``); UK statutory instruments' notes
write the year in two figures (``11.12.91``: see ``_full_year``). National legal writing
also writes ``04/05/2016``, ``23-05-2018`` (Spanish, French) and the month in words with the
language's day suffixes, joiners and year suffixes (French ``du 24 novembre 2009``, Spanish
``de 31 de diciembre de 2010``, Polish ``z 4 maja 2016 r.``, German ``vom 4. Mai 2016``).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Literal

from eurefs.grammar import years
from eurefs.grammar.common import words
from eurefs.languages import LANGUAGES, index

#: Month name -> codes of the languages that write it.
MONTH_LANGS = index(lambda lg: (n for names in lg.months for n in names))
_MONTH_NUMBERS = {
    lg.code: {n: i + 1 for i, names in enumerate(lg.months) for n in names} for lg in LANGUAGES
}


def braced(pattern: str) -> str:
    """``pattern`` inside a format template."""
    return pattern.replace("{", "{{").replace("}", "}}")


_YEAR = r"(?:19|20)[0-9][0-9]"
# Two figures of a year after the day and month (``22.07.92``, ``5.7.85`` in UK statutory
# instruments' notes): never ambiguous in an OJ citation, as the journal began in 1952 (see
# ``_full_year``).  Only day first: a year first is always written in full.
_YY = r"|[0-9][0-9](?![0-9])"
#: A date in figures, day first (``4.5.2016``, ``22.07.92``).
NUMERIC_DATE = r"[0-9]{1,2}\.[0-9]{1,2}\.(?:" + _YEAR + _YY + ")"
#: Written after the year, with a space or glued to it (Bulgarian ``4.5.2016 г.``,
#: ``2007г``, Polish ``r.``); never before a letter (``2016 година`` is no suffix).
YEAR_SUFFIX = "(?:" + words(*(s for lg in LANGUAGES for s in lg.year_suffixes)) + r")(?![^\W\d_])"
_YEAR_SUFFIX = braced(YEAR_SUFFIX)
_DAY_SUFFIX = braced("(?:" + words(*(s for lg in LANGUAGES for s in lg.day_suffixes)) + ")?")
_JOINER = braced("(?:" + words(*(j for lg in LANGUAGES for j in lg.date_joiners)) + "[ ])?")
_MONTHS = braced(words(*MONTH_LANGS))
# The month in words (``du 24 novembre 2009``, ``de 31 de diciembre de 2010``).
_WORDS_DATE = (
    r"(?P<{d}w>[0-9]{{1,2}})" + _DAY_SUFFIX + "[ ]" + _JOINER + "(?P<{m}w>" + _MONTHS + ")[ ]"
    + _JOINER + "(?P<{y}w>" + _YEAR + ")(?:[ ]?" + _YEAR_SUFFIX + ")?"
)  # fmt: skip
# (the final dot is taken only before the comma of a page, not at a sentence end)
_DATE = (
    r"(?:(?P<{d}>[0-9]{{1,2}})(?:[ ]?\.[ ]?(?P<{m}>[0-9]{{1,2}})[ ]?\.[ ]?"
    r"|/(?P<{m}s>[0-9]{{1,2}})/|-(?P<{m}h>[0-9]{{1,2}})-)(?P<{y}>" + _YEAR + _YY + ")"
    r"(?:\.(?=,)|[ ]?" + _YEAR_SUFFIX + ")?"
    r"|(?P<{y}_>" + _YEAR + r")(?:\.[ ]?|[ ])(?P<{m}_>[0-9]{{1,2}})(?:\.[ ]?|[ ])"
    r"(?P<{d}_>[0-9]{{1,2}})(?:\.(?=,))?"
    r"|" + _WORDS_DATE + ")"
)  # fmt: skip

#: The words before a year alone (the records' ``oj.year_words``: Polish ``z``, ``rok``).
YEAR_PREPS = words(*(w for lg in LANGUAGES for w in lg.oj.year_words))


def year_of(group: str) -> str:
    """A year in ``group``, written as national journals' years are before the issue or the
    series: after a word, before a suffix (Polish ``z 2016 r.``: ``Dz. Urz. UE L z 2016 r.
    Nr 119``, ``Dz. Urz. UE z 2016 r. L 119 s.1``; ``L rok 2005 nr 44``), or alone (``OJ
    2016 L 119``)."""
    return (
        r"(?:" + YEAR_PREPS + r"[ ])?(?P<" + group + ">" + _YEAR + r")(?:[ ]" + YEAR_SUFFIX + r")?"
    )


def pattern(g: str) -> str:
    """The date, its groups named after ``g`` (``gd``, ``gm``, ``gy`` and their variants)."""
    return _DATE.format(d=f"{g}d", m=f"{g}m", y=f"{g}y")


def words_pattern(g: str) -> str:
    """The date with its month in words only (``28 marzo 2014``), its groups those of
    :func:`pattern`'s month in words (``gdw``, ``gmw``, ``gyw``)."""
    return _WORDS_DATE.format(d=f"{g}d", m=f"{g}m", y=f"{g}y")


# The groups a date is read from, by the prefix ``g`` and by whether the pattern is
# :func:`pattern`'s (day, month and year in figures, in either order, or the month in words,
# and the month after a slash or a hyphen) or :func:`words_pattern`'s (the month in words
# only): all read in one call (a ``group`` call and an f-string a part cost more than the
# rest of :func:`read`)
_FIGURES = ("y", "y_", "yw", "m", "m_", "mw", "d", "d_", "dw", "ms", "mh")
_NAMES: dict[tuple[str, bool], tuple[str, ...]] = {}


def _names(g: str, figures: bool) -> tuple[str, ...]:
    found = _NAMES.get((g, figures))
    if found is None:
        found = _NAMES[g, figures] = tuple(g + k for k in (_FIGURES if figures else _FIGURES[2::3]))
    return found


def read(m: re.Match[str], g: str, lang: str) -> dt.date | Literal[False] | None:
    """The date of :func:`pattern` or :func:`words_pattern` ``g`` in ``m``: None where none
    is written, False where what is written is no date (``31.2.2016``) or a date to come."""
    # its parts written day first (``y``), year first (``y_``) or the month in words
    # (``yw``, its number in the language of the citation; alone in ``words_pattern``)
    if g + "y" in m.re.groupindex:
        y, y_, yw, mo, mo_, mw, d, d_, dw, ms, mh = m.group(*_names(g, True))
        year, day = y or y_ or yw, d or d_ or dw
        month = str(_month(mw, lang)) if mw else mo or mo_ or ms or mh
    else:
        year, mw, day = m.group(*_names(g, False))
        month = str(_month(mw, lang)) if mw else None
    if not year:
        return None
    try:
        date = dt.date(_full_year(year), int(month), int(day))
    except ValueError:
        return False
    return False if years.is_future_date(date) else date


def _full_year(written: str) -> int:
    """The year of ``written``; two figures are those of 1952-1999 (52-99) or of 2000 on
    (00-51): the years 1900-1951 precede the Official Journal (ECSC 1952, EEC 1958), so no
    citation means them; the years 2000-2051 yet to come are then refused as dates to come."""
    year = int(written)
    if len(written) == 2:
        year += 1900 if year >= 52 else 2000
    return year


def _month(name: str, lang: str) -> int:
    """The number of a month written in words: in the citation's language, else in the
    languages that write the name (0, no month, where they give it different numbers:
    ``listopada`` is November in Polish, October in Croatian)."""
    if name in _MONTH_NUMBERS.get(lang, {}):
        return _MONTH_NUMBERS[lang][name]
    numbers = {_MONTH_NUMBERS[code][name] for code in MONTH_LANGS[name]}
    return numbers.pop() if len(numbers) == 1 else 0
