"""Which years and dates a reference can carry.

A reference cannot name a document from the future: ``COM(2099) 1 final``,
``Regulation (EU) 2099/1`` and ``OJ L 1, 1.1.2099, p. 1`` are not references.
"Future" is measured against today's date plus :data:`FUTURE_ALLOWANCE` (a text
dated a little ahead, or read across a time zone, still counts).

Numbered acts wrote two-digit years only until 1998 (``Directive 95/46/EC``), so a
two-digit act year is 19xx; before :data:`FIRST_ACT_YEAR` there were no Community
acts, so such a year gives no CELEX (``Regulation (EEC) No 1/45``), and each type of act
has its own first year (:func:`first_act_year`: no regulation before 1958, so
``Regulation 1993/1952`` is no regulation number 1993 of 1952).  Texts still
shorten the four-digit years since 1999 (``regolamento (CE) n. 261/04`` for Regulation
(EC) No 261/2004): a two-digit year no act can have in 19xx (``04``) is read as 20xx
when that year has come and the citation is an act's by its form (see
:func:`shortened_act_year`).
Commission documents and case numbers still use two-digit years today
(``C (22) 4755``, ``C-131/12``): see :func:`eurefs.identifiers.full_year`.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Iterator
from contextlib import contextmanager

#: How far past today a date may lie and still be taken.
FUTURE_ALLOWANCE = dt.timedelta(days=31)
#: The first year with acts of the Communities (ECSC, 1952).
FIRST_ACT_YEAR = 1952
#: The first year the Official Journal writes in four figures in an act's number
#: (``Directive 98/34/EC``, ``Regulation (EC) No 2679/98``; ``1999/93/EC``, ``No 1257/1999``).
FOUR_FIGURE_YEARS_SINCE = 1999
#: The first year an act of each type could carry (the types as the grammar names them,
#: before their CELEX descriptor is chosen).  Only the ECSC (Treaty of Paris, in force
#: 23 July 1952) adopted acts before 1958: the High Authority's decisions (EUR-Lex
#: 31952S0002 is its decision No 2-52 of 23 December 1952) and recommendations (K).
#: The EEC and Euratom, from 1 January 1958, adopted the first regulations (EUR-Lex
#: 31958R0001, Regulation No 1 of 15 April 1958) and directives.  The CFSP and JHA acts
#: came with the Treaty of Maastricht (1 November 1993), framework decisions and common
#: strategies with that of Amsterdam (1 May 1999), the ECB's guidelines with the Bank
#: (1 June 1998).  These are the treaties' dates, bounds no act can precede; the first
#: CELEX year of each type may be later (UNCONFIRMED for directives, 1958, and for the
#: Maastricht and Amsterdam types: their first CELEX numbers were not looked up).
_FIRST_YEARS = {
    "regulation": 1958,
    "directive": 1958,
    "decision": FIRST_ACT_YEAR,
    "recommendation": FIRST_ACT_YEAR,
    "joint_action": 1993,
    "common_position": 1993,
    "framework_decision": 1999,
    "common_strategy": 1999,
    "guideline": 1998,
}


# (monotonic time until which the cached date holds, the date): asking the clock for
# every reference found cost more than building some references.
_TODAY: tuple[float, dt.date] = (0.0, dt.date.min)


def today() -> dt.date:
    """Today's date (a function, so tests can move the clock), read at most once a second."""
    global _TODAY
    now = time.monotonic()
    if now >= _TODAY[0]:
        _TODAY = (now + 1.0, dt.date.today())
    return _TODAY[1]


# (the date :func:`today` gave last, the latest date and year from it): most references
# ask, and a date's sum with the allowance is a new object each time
_LATEST: tuple[dt.date, dt.date, int] = (dt.date.min, dt.date.min, 0)


def _latest(day: dt.date) -> tuple[dt.date, dt.date, int]:
    """``_LATEST`` for ``day``, made anew where the day moved on."""
    global _LATEST
    if day is not _LATEST[0]:
        latest = day + FUTURE_ALLOWANCE
        _LATEST = (day, latest, latest.year)
    return _LATEST


# ``_LATEST`` as one extraction reads it, fixed at its start (None: outside an extraction,
# the clock's): its references ask ~1,500 times a MB, a read of the clock each
_FIXED: tuple[dt.date, dt.date, int] | None = None


@contextmanager
def day_fixed() -> Iterator[None]:
    """Within it, the latest date and year are those of today as :func:`today` gives it on
    entry: an extraction reads one day, and asks no clock for each reference.  (Threads
    share it: one leaving it leaves the others reading the clock again, the same day.)"""
    global _FIXED
    if _FIXED is not None:  # (an extraction inside another: the outer's day)
        yield
        return
    _FIXED = _latest(today())
    try:
        yield
    finally:
        _FIXED = None


def latest_date() -> dt.date:
    """The latest date a reference may carry."""
    if _FIXED is not None:
        return _FIXED[1]
    day = today()
    return _LATEST[1] if day is _LATEST[0] else _latest(day)[1]


def latest_year() -> int:
    """The latest year a reference may carry."""
    if _FIXED is not None:
        return _FIXED[2]
    # (the cached year read here, not through a call: most references ask, several times)
    day = today()
    return _LATEST[2] if day is _LATEST[0] else _latest(day)[2]


def is_future_year(year: int) -> bool:
    """True when no document can carry ``year`` yet."""
    return year > latest_year()


def is_future_date(date: dt.date) -> bool:
    """True when no document can carry ``date`` yet."""
    return date > latest_date()


def past_date(year: int, month: int, day: int) -> dt.date | None:
    """The date, or None when it does not exist (31 February) or lies in the future."""
    try:
        date = dt.date(year, month, day)
    except ValueError:
        return None
    return None if is_future_date(date) else date


def act_year(written: str) -> int:
    """The year of a numbered act as written: two digits are 19xx (``95`` -> 1995)."""
    year = int(written)
    return 1900 + year if len(written) <= 2 else year


def shortened_act_year(year: int) -> int:
    """The year of an act whose four-digit year was written with two digits.

    ``year`` was read as 19xx (:func:`act_year`); one before :data:`FIRST_ACT_YEAR`
    had no acts, so the two digits shorten 20xx (``261/04``: 2004), unless that year
    is still to come (``No 1/45`` stays 1945, which has no CELEX).
    """
    if 1900 <= year < FIRST_ACT_YEAR and year + 100 <= latest_year():
        return year + 100
    return year


def first_act_year(act_type: str) -> int:
    """The first year an act of ``act_type`` could carry (``regulation``: 1958); for a
    type not listed, the first year with acts (:data:`FIRST_ACT_YEAR`)."""
    return _FIRST_YEARS.get(act_type, FIRST_ACT_YEAR)


def act_year_can_exist(year: int, act_type: str = "") -> bool:
    """True when acts (of ``act_type``, else of any type) with CELEX numbers were
    adopted in ``year``."""
    return first_act_year(act_type) <= year <= latest_year()
