"""Which years and dates a reference can carry.

A reference cannot name a document from the future: ``COM(2099) 1 final``,
``Regulation (EU) 2099/1`` and ``OJ L 1, 1.1.2099, p. 1`` are not references.
"Future" is measured against today's date plus :data:`FUTURE_ALLOWANCE` (a text
dated a little ahead, or read across a time zone, still counts).

Numbered acts wrote two-digit years only until 1998 (``Directive 95/46/EC``), so a
two-digit act year is 19xx; before :data:`FIRST_ACT_YEAR` there were no Community
acts, so such a year gives no CELEX (``Regulation (EEC) No 1/45``).  Texts still
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

#: How far past today a date may lie and still be taken.
FUTURE_ALLOWANCE = dt.timedelta(days=31)
#: The first year with acts of the Communities (ECSC, 1952).
FIRST_ACT_YEAR = 1952


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


def _latest() -> tuple[dt.date, dt.date, int]:
    global _LATEST
    day = today()
    if day is not _LATEST[0]:
        latest = day + FUTURE_ALLOWANCE
        _LATEST = (day, latest, latest.year)
    return _LATEST


def latest_date() -> dt.date:
    """The latest date a reference may carry."""
    return _latest()[1]


def latest_year() -> int:
    """The latest year a reference may carry."""
    return _latest()[2]


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


def act_year_can_exist(year: int) -> bool:
    """True when acts with CELEX numbers were adopted in ``year``."""
    return FIRST_ACT_YEAR <= year <= latest_year()
