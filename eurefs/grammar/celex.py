"""CELEX numbers written out: ``32016R0679``, ``52021PC0752``, ``CELEX%3A52025PC0553``.

The number must look like a real CELEX (sector, plausible year, one or two
letters, three or four digits, optional ``(01)``/``R(02)`` suffix or
consolidation date) and stand alone: inside a longer token it is not taken,
except after ``CELEX:``, ``celex%3A`` and similar URL prefixes.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from eurefs import identifiers as ids
from eurefs.grammar import years
from eurefs.grammar.base import Anchor, Context, Family
from eurefs.models.references import BaseReference, CelexRef

PATTERN = re.compile(
    r"(?:(?<=%3A)|(?<=%3a)|(?<![\dA-Za-z]))"
    r"(?P<sector>[0-9CE])(?P<year>19[5-9][0-9]|20[0-4][0-9])(?P<descr>[A-Z]{1,2})"
    r"(?P<num>[0-9]{3,4}(?:\([0-9]{2}\))?(?:R\([0-9]{2}\))?)(?P<cons>-[0-9]{8})?"
    r"(?![\dA-Za-z])"
)


def build(m: re.Match[str], ctx: Context) -> Sequence[BaseReference]:
    """Turn a match into a :class:`CelexRef`."""
    celex = m.group(0)
    if years.is_future_year(int(m.group("year"))):
        return ()
    eli: str | None = None
    if m.group("sector") == "3" and m.group("num").isdigit() and not m.group("cons"):
        if m.group("descr") == "L":
            eli = ids.legal_act_eli("directive", None, int(m.group("year")), m.group("num"))
    return (
        CelexRef(
            text=celex,
            start=m.start(),
            end=m.end(),
            normalized=celex,
            celex=celex,
            celex_candidates=[celex],
            eli=eli,
            cellar_ids=[f"celex:{celex}"],
            eurlex_url=ids.eurlex_celex_url(celex),
            sector=m.group("sector"),
            year=int(m.group("year")),
            descriptor=m.group("descr"),
            number=m.group("num") + (m.group("cons") or ""),
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
        Anchor(re.compile(rf"{c}(?<=[0-9CE]{c})(?=[0-9][0-9][A-Z])"), before=1, after=30)
        for c in ("19", "20")
    ),
    priority=4,
)
