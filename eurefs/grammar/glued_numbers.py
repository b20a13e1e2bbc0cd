"""A footnote call glued to the second half of an act's number (``2016/124021``: ``2016/1240``
and note 21), split off where the act could not have the digits as written (see
``footnote_calls``); used by ``legal_act_numbers``."""

from __future__ import annotations

from eurefs.grammar import footnote_calls, years
from eurefs.grammar.legal_act_words import Act
from eurefs.grammar.number_order import YEAR_FIRST_SINCE, YEAR_FIRST_TYPES, plausible, split_number


def split_glued_call(
    act: Act, a: str, digits: str, no_written: str | None, suffix: str | None, dom: str | None
) -> tuple[str, str] | None:
    """The second half of an act number and a footnote call glued to it, if any
    (``2016/124021`` is ``2016/1240`` and note 21; see ``footnote_calls``), leaving a
    year an act of the type can have (``Regulation 1/1945`` is not ``1/19`` and note 45)."""
    act_type = act.act_type  # (a year may be written short: see ``legal_act_numbers._read``)

    def possible(b: str) -> bool:
        parts = split_number(act_type, a, b, bool(no_written), suffix, act.lang, dom)
        if parts is None:
            return False
        year, _, number_first = parts
        read = years.shortened_act_year(year) if no_written or dom or suffix else year
        if b != digits and not years.act_year_can_exist(read, act_type):
            return False
        return number_first or footnote_calls.act_number_possible(year, b)

    if suffix:  # a call comes after the suffix (``93/13/EEC1``), never inside the number
        return (digits, "") if possible(digits) else None
    head = digits[:4]
    if (
        act_type == "regulation"
        and head.isdigit()
        and int(head) >= YEAR_FIRST_SINCE
        and not (len(a) == 4 and plausible(a, years.latest_year()))
    ):
        # ``No 2/2020``, ``n. 40/2018``: no call to split off a year that only a number
        # first reading could give (regulations since 2015 are numbered year first)
        return None
    if (
        act_type in YEAR_FIRST_TYPES
        and len(a) < 4
        and len(digits) == 4
        and plausible(digits, years.latest_year())
    ):
        # ``direttiva n. 12/2016 del Ministero``: number 12 of 2016, which no directive
        # is (never numbered number first), not directive 2012/201 and a call 6
        return None
    return footnote_calls.split_call(digits, possible)
