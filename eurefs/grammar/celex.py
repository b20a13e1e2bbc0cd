"""CELEX numbers written out: ``32016R0679``, ``52021PC0752``, ``CELEX%3A52025PC0553``.

The number must look like a real CELEX (sector, plausible year, one or two
letters, three to five digits (five since act-by-act publication in 2023),
optional ``(01)``/``R(02)`` suffix or consolidation date) and stand alone:
inside a longer token it is not taken, except after ``CELEX:``, ``celex%3A`` and
similar URL prefixes.

A consolidated text on EUR-Lex heads each page with the act's number, the language, the
date of the version and its numbers (``01998L0026 — FR — 27.06.2019 — 005.001``; in the
older texts without the sector, ``1998L0026 — FR — 16.08.2012 — 003.001``): the whole
header names that version, whose CELEX number is the act's in sector ``0`` with the date
(``01998L0026-20190627``, ``01998L0026-20120816``: EUR-Lex's addresses of those texts).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from eurefs import identifiers as ids
from eurefs.grammar import years
from eurefs.grammar.base import Anchor, Context, Family
from eurefs.grammar.common import lazy_compile
from eurefs.grammar.written_alike import UNDECIDED
from eurefs.languages import BY_CODE
from eurefs.models.light import BaseReference, CelexRef
from eurefs.models.prototypes import reference
from eurefs.pattern_store import compile_pattern

# A consolidated text's page header after the number (its dashes are hyphens in the view):
# the language, the version's date and its numbers.
_HEADER = (
    r"[ ]-[ ](?P<hlang>[A-Z]{2})[ ]-[ ](?P<hd>[0-9]{2})\.(?P<hm>[0-9]{2})\."
    r"(?P<hy>(?:19|20)[0-9]{2})[ ]-[ ][0-9]{3}\.[0-9]{3}"
)
PATTERN = lazy_compile(
    r"(?:(?<=%3A)|(?<=%3a)|(?<![\dA-Za-z]))"
    # (no sector only in a header: ``1998L0026 — FR — ...``)
    r"(?P<sector>[0-9CE])?(?P<year>19[5-9][0-9]|20[0-4][0-9])(?P<descr>[A-Z]{1,2})"
    r"(?P<num>(?P<digits>[0-9]{3,5})(?:\([0-9]{2}\))?(?:R\([0-9]{2}\))?)(?P<cons>-[0-9]{8})?"
    r"(?:" + _HEADER + r")?(?![\dA-Za-z])"
)


# Before the sector-6 renumbering, court documents had one-letter descriptors:
# ``62001J0408`` is now ``62001CJ0408`` (reference-formats.md S8).  Only ``J`` is
# confirmed there; the others follow the same scheme (UNCONFIRMED).
OLD_COURT_DESCRIPTORS = {"J": "CJ", "C": "CC", "O": "CO", "A": "TJ", "B": "TO"}
# Five-digit numbers came with act-by-act publication (October 2023): ``52024XC01645``.
_FIVE_DIGIT_SINCE = 2023


def build(m: re.Match[str], ctx: Context) -> Sequence[BaseReference]:
    """Turn a match into a :class:`CelexRef` (old court descriptors in today's form)."""
    year = int(m.group("year"))
    if years.is_future_year(year):
        return ()
    if len(m.group("digits")) == 5 and year < _FIVE_DIGIT_SINCE:
        return ()
    sector, cons, lang = m.group("sector"), m.group("cons"), UNDECIDED
    if cons and not ids.consolidation_date_ok(year, cons[1:]):
        return ()  # ``-20141301``: no version has that date, so no such CELEX number
    # (without a header, or with one that names no version, the number alone)
    end = m.end("cons") if cons else m.end("num")
    version = _version(m, year) if m.group("hlang") and sector in (None, "0") else None
    if version is not None and not cons:  # a consolidated text's header
        sector, cons, end = "0", version, m.end()
        lang = m.group("hlang").lower() if m.group("hlang").lower() in BY_CODE else UNDECIDED
    elif sector is None:
        return ()
    descriptor = m.group("descr")
    if sector == "6":
        descriptor = OLD_COURT_DESCRIPTORS.get(descriptor, descriptor)
    celex = f"{sector}{year}{descriptor}{m.group('num')}{cons or ''}"
    eli: str | None = None
    if sector == "3" and m.group("num").isdigit() and not cons:
        if m.group("descr") == "L":
            eli = ids.legal_act_eli("directive", None, int(m.group("year")), m.group("num"))
    return (
        reference(
            CelexRef,
            m.string[m.start() : end],
            m.start(),
            end,
            normalized=celex,
            celex=celex,
            celex_candidates=(celex,),
            eli=eli,
            cellar_ids=(f"celex:{celex}",),
            eurlex_url=ids.eurlex_celex_url(celex),
            sector=sector,
            year=year,
            descriptor=descriptor,
            number=m.group("num") + (cons or ""),
            lang=lang,
        ),
    )


def _version(m: re.Match[str], year: int) -> str | None:
    """The consolidation-date suffix a header's date gives (``-20190627``); None for no
    date, one before the act's year or to come."""
    digits = m.group("hy") + m.group("hm") + m.group("hd")
    if not ids.consolidation_date_ok(year, digits) or years.is_future_year(int(m.group("hy"))):
        return None
    return f"-{digits}"


# Anchors: sector, century and the first descriptor letter (``32016R``), led by
# the century literal so that ``re`` scans at memchr speed (a leading character
# class is tried at every position).
FAMILY = Family(
    kind="celex",
    pattern=PATTERN,
    build=build,
    anchors=(
        *(
            Anchor(compile_pattern(rf"{c}(?<=[0-9CE]{c})(?=[0-9][0-9][A-Z])"), before=1, after=60)
            for c in ("19", "20")
        ),
        # (a header's number without its sector)
        *(
            Anchor(
                compile_pattern(rf"{c}(?<![0-9A-Za-z]{c})(?=[0-9][0-9][A-Z]{{1,2}}[0-9]{{4}}[ ]-)"),
                before=0,
                after=60,
            )
            for c in ("19", "20")
        ),
    ),
    priority=4,
)
