"""Which half of a decision's number is its year, by the years of the domain after it.

A ``No`` before a number says number first (``Decision No 1082/2013/EU``), but older
texts put it before year-first numbers too (``décision n° 66/532/CEE``; ``Council
Decision No 87/95/EEC`` is decision 95 of 1987, EUR-Lex 31987D0095, not 31995D0087).
The domain after the number names the years an act can have
(``/work/shared/research/reference-formats.md`` 2.3, after the Interinstitutional Style
Guide): EEC, ECSC and Euratom before 1 November 1993; EC, CFSP and JHA from then; no
ECSC after 23 July 2002; EU from 1 December 2009, with no more EC or JHA.  Only some
decisions were numbered number first: the ECSC's general decisions, and from codecision
(1993) until the numbering reform of 2015 those of the European Parliament and the
Council, whose domain is EC or EU (``legislator``).

So a reading whose year the domain rules out is no reading (``87/95/EEC``: no EEC act of
1995), and when the domain leaves both readings (``Decision No 94/95/EC``) or neither
(``Decision No 95/96/EEC``) the number names no act for certain: no CELEX.  The record
maps its domains to the English ones (``domain_eras``).

The eras also say which domains an act writes after another (:data:`DOMAINS`).
"""

from __future__ import annotations

import functools
import re

from eurefs.grammar import years
from eurefs.grammar.common import words
from eurefs.languages import LANGUAGES

YEAR_FIRST, NUMBER_FIRST, BOTH, NEITHER = "year_first", "number_first", "both", "neither"

_OPEN = 9999  # (no end: the latest year with acts)
#: the years of the acts with each domain
_YEARS = {
    "EEC": (1958, 1993),
    "ECSC": (1952, 2002),
    "Euratom": (1958, _OPEN),
    "EC": (1993, 2009),
    "CFSP": (1993, _OPEN),
    "JHA": (1993, 2009),
    "EU": (2009, _OPEN),
}
#: the years in which decisions with each domain were numbered number first
_NUMBER_FIRST = {"ECSC": (1952, 2002), "EC": (1993, 2009), "EU": (2009, 2014)}


def _era_forms(eras: frozenset[str]) -> list[str]:
    """The records' domains of ``eras``, as written and in capitals."""
    found = (
        v
        for lg in LANGUAGES
        for d, n in lg.domains.items()
        if lg.domain_eras.get(n) in eras
        for v in (d, d.upper())
    )
    return sorted(set(found))


# The domains an act writes after another (``Decision 95/1/EC, Euratom, ECSC``, the
# accession adjustments of 1995; ``(ECSC, EEC, Euratom) No 300/76``): Euratom and the ECSC
# after any, the EEC and EC only right after one of those two (``(Euratom, EC) No 2185/96``);
# the EU, CFSP and JHA come first or alone.  So a word after the comma is no domain (``la
# Directiva 2003/88/CE, el plazo``, ``es decir``, ``della direttiva 2003/88/CE, ce ne``,
# ``EU-breed``, ``la Directiva 2003/88/CE, EL Tribunal`` were read as a second domain).  A
# further domain is written as a record writes it or in capitals (the act patterns ignore
# case), no hyphen or letter after it.  (The EEC or EC is checked by look-behinds, tried only
# after a comma, so that a domain alone costs what it did.)
_SIDE = _era_forms(frozenset({"Euratom", "ECSC"}))
_AFTER_SIDE = "|".join(rf"(?<={re.escape(w)},[ ])|(?<={re.escape(w)},)" for w in _SIDE)
#: A domain written after another, with its comma (``, Euratom``).
LATER_DOMAIN = (
    r"(?:[ ]?,[ ]?(?-i:" + words(*_SIDE) + r"|(?:" + _AFTER_SIDE + r")"
    + words(*_era_forms(frozenset({"EEC", "EC"}))) + r")(?![\w-]))"
)  # fmt: skip
#: One act's domains, up to three (the act patterns ignore case).
DOMAINS = words(*(d for lg in LANGUAGES for d in lg.domains)) + LATER_DOMAIN + r"{0,2}"


def _by_spelling() -> dict[str, dict[str, str]]:
    """Each language's domains as written (lower case) -> the English domain; ``""``
    holds the spellings every language that has them reads as the same domain."""
    table: dict[str, dict[str, str]] = {}
    shared: dict[str, set[str]] = {}
    for lg in LANGUAGES:
        own = {w.lower(): lg.domain_eras[n] for w, n in lg.domains.items() if n in lg.domain_eras}
        table[lg.code] = own
        for written, english in own.items():
            shared.setdefault(written, set()).add(english)
    table[""] = {w: e.pop() for w, e in shared.items() if len(e) == 1}
    return table


_ENGLISH = _by_spelling()


def english(lang: str, written: str) -> str | None:
    """The English domain of one domain as written in ``lang`` (``EWG`` -> ``EEC``), or
    as every language that has it reads it (German texts write ``EU``), else None."""
    key = written.strip().lower()
    return _ENGLISH.get(lang, {}).get(key) or _ENGLISH[""].get(key)


@functools.lru_cache(maxsize=64)
def _spans(suffix: str, lang: str) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The years a suffix (``EEC``, ``CE, Euratom``) allows, and those in which its
    decisions were numbered number first (every domain's), or None for a domain
    unknown."""
    lo, hi, nf_lo, nf_hi = 0, _OPEN, 0, _OPEN
    for written in suffix.split(","):
        domain = english(lang, written)
        if domain is None:
            return None
        lo, hi = max(lo, _YEARS[domain][0]), min(hi, _YEARS[domain][1])
        first = _NUMBER_FIRST.get(domain, (1, 0))
        nf_lo, nf_hi = max(nf_lo, first[0]), min(nf_hi, first[1])
    return (lo, hi), (max(lo, nf_lo), min(hi, nf_hi))


def _within(span: tuple[int, int], year: str) -> bool:
    read = years.shortened_act_year(years.act_year(year))
    return span[0] <= read <= min(span[1], years.latest_year())


def order(a: str, b: str, b_year: bool, suffix: str | None, lang: str) -> str | None:
    """How a decision written ``No a/b/suffix`` is numbered, ``a`` a possible year:
    :data:`YEAR_FIRST`, :data:`NUMBER_FIRST`, :data:`BOTH` or :data:`NEITHER` by the
    suffix's years; None without a suffix (or with one unknown)."""
    spans = _spans(suffix, lang) if suffix else None
    if spans is None:
        return None
    allowed, number_first = spans
    year_first_ok = _within(allowed, a)
    number_first_ok = b_year and _within(number_first, b)
    if year_first_ok and number_first_ok and len(b) == 4:
        # a year written in full after ``No`` keeps its number-first reading: the EU
        # wrote number-first years in full from 1999 (``Decision No 1639/2006/EC``)
        return NUMBER_FIRST
    if year_first_ok != number_first_ok:
        return YEAR_FIRST if year_first_ok else NUMBER_FIRST
    return BOTH if year_first_ok else NEITHER


def allows(suffix: str, lang: str, year: str) -> bool | None:
    """Whether the domains ``suffix`` written in ``lang`` had acts in ``year`` (a half
    of a number: ``94`` is 1994); None for a domain unknown."""
    spans = _spans(suffix, lang)
    return None if spans is None else _within(spans[0], year)


def first_year(suffix: str, lang: str) -> int | None:
    """The first year the domains ``suffix`` written in ``lang`` had acts in together
    (``EU``: 2009), or None for a domain unknown."""
    spans = _spans(suffix, lang)
    return None if spans is None else spans[0][0]


#: The types of the acts numbered with a domain outside the Community's: the third pillar's
#: (JHA, 1993-2009) were framework decisions, decisions, joint actions and common positions,
#: the common foreign and security policy's decisions, joint actions and common positions;
#: neither pillar made directives or regulations (Treaty on European Union, former Articles
#: 14, 15 and 34), so such a number gets no CELEX (``legal_act_numbers``): the text names
#: an act whose type it misstates, and a CELEX of another type would be a guess.
_PILLAR_TYPES = {"JHA": ("framework_decision", "decision"), "CFSP": ("decision", "common_position")}


def pillar_types(act_type: str, written: str | None, lang: str) -> tuple[str, ...]:
    """The types an act numbered with the one domain ``written`` in ``lang`` can have, when
    ``act_type`` is a directive or a regulation, which no act with that domain is
    (``direttiva 2002/584/GAI`` in an Italian note for Framework Decision 2002/584/JHA);
    else ()."""
    if act_type not in ("directive", "regulation") or not written or "," in written:
        return ()
    return _PILLAR_TYPES.get(english(lang, written) or "", ())
