"""CELEX numbers written out: ``32016R0679``, ``52021PC0752``, ``CELEX%3A52025PC0553``.

The number must look like a real CELEX (sector, plausible year, one or two
letters, three to five digits (five since act-by-act publication in 2023),
optional ``(01)``/``R(02)`` suffix or consolidation date) and stand alone:
inside a longer token it is not taken, except after ``CELEX:``, ``celex%3A`` and
similar URL prefixes.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from eurefs import identifiers as ids
from eurefs.grammar import years
from eurefs.grammar.base import Anchor, Context, Family
from eurefs.grammar.common import lazy_compile
from eurefs.grammar.written_alike import UNDECIDED
from eurefs.models.light import BaseReference, CelexRef
from eurefs.models.prototypes import reference
from eurefs.pattern_store import compile_pattern

PATTERN = lazy_compile(
    r"(?:(?<=%3A)|(?<=%3a)|(?<![\dA-Za-z]))"
    r"(?P<sector>[0-9CE])(?P<year>19[5-9][0-9]|20[0-4][0-9])(?P<descr>[A-Z]{1,2})"
    r"(?P<num>(?P<digits>[0-9]{3,5})(?:\([0-9]{2}\))?(?:R\([0-9]{2}\))?)(?P<cons>-[0-9]{8})?"
    r"(?![\dA-Za-z])"
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
    descriptor = m.group("descr")
    if m.group("sector") == "6":
        descriptor = OLD_COURT_DESCRIPTORS.get(descriptor, descriptor)
    celex = f"{m.group('sector')}{year}{descriptor}{m.group('num')}{m.group('cons') or ''}"
    eli: str | None = None
    if m.group("sector") == "3" and m.group("num").isdigit() and not m.group("cons"):
        if m.group("descr") == "L":
            eli = ids.legal_act_eli("directive", None, int(m.group("year")), m.group("num"))
    return (
        reference(
            CelexRef,
            m.group(0),
            m.start(),
            m.end(),
            normalized=celex,
            celex=celex,
            celex_candidates=(celex,),
            eli=eli,
            cellar_ids=(f"celex:{celex}",),
            eurlex_url=ids.eurlex_celex_url(celex),
            sector=m.group("sector"),
            year=int(m.group("year")),
            descriptor=descriptor,
            number=m.group("num") + (m.group("cons") or ""),
            lang=UNDECIDED,
        ),
    )


# Anchors: sector, century and the first descriptor letter (``32016R``), led by
# the century literal so that ``re`` scans at memchr speed (a leading character
# class is tried at every position).
FAMILY = Family(
    kind="celex",
    pattern=PATTERN,
    build=build,
    anchors=tuple(
        Anchor(compile_pattern(rf"{c}(?<=[0-9CE]{c})(?=[0-9][0-9][A-Z])"), before=1, after=30)
        for c in ("19", "20")
    ),
    priority=4,
)
