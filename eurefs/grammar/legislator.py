"""Decisions numbered number first: whose they are, and which CELEX their number gives.

Before 2015 the EU numbered number first (``No N/YYYY``) only its regulations, the
decisions the European Parliament and the Council adopted together (``Decision No
1082/2013/EU of the European Parliament and of the Council``, a domain after the number
since codecision began in 1993) and the general decisions of the ECSC (``Decision No
2496/96/ECSC``, whose CELEX descriptor is ``S``: EUR-Lex 31996S2510 is ``Decisione n.
2510/96/CECA della Commissione``).  Its other decisions are numbered year first
(``Decision 2010/427/EU``, ``84/317/ECSC``: 31984D0317), and since 2015 every act is
(``Decision (EU) 2015/1234``); see ``/work/shared/research/reference-formats.md`` 2.2.

So a decision numbered number first without a domain (``Decision No 1/2014``,
``Decision No 1/80``) is most often a decision of a body set up by an agreement
(association councils, joint committees), which is no sector-3 act: the number it
shares with a year-first EU decision (``32014D0001`` would be decision 2014/1) names
another act.
Such a number gets a CELEX only when the legislator is named with it: before the type
word (``European Parliament and Council Decision``), between it and the number, or
just after the number (``of the European Parliament and of the Council``), in the
language record's ``legislator_forms``.
"""

from __future__ import annotations

import re

from eurefs.grammar.common import SEP, lazy_compile
from eurefs.languages import LANGUAGES

_DECISION = "decision"
_RECOMMENDATION = "recommendation"
#: the domains that make a decision numbered number first an ECSC general decision
_ECSC = frozenset(d.lower() for lg in LANGUAGES for d in lg.ecsc_domains)


def _alternatives(forms: tuple[str, ...]) -> str:
    return "|".join(SEP.join(map(re.escape, f.split())) for f in sorted(forms, key=len)[::-1])


#: each language's forms as its record spells them, by their case-folded words
_SPELLING = {
    lg.code: {" ".join(f.split()).casefold(): f for f in lg.legislator_forms}
    for lg in LANGUAGES
    if lg.legislator_forms
}
_AFTER = {
    code: lazy_compile(SEP + r"(?:" + _alternatives(tuple(forms.values())) + r")(?!\w)", re.I)
    for code, forms in _SPELLING.items()
}


def needs_legislator(act_type: str, number_first: bool, domain: str | None) -> bool:
    """Whether a number gives a CELEX only with the legislator named beside it."""
    return act_type == _DECISION and number_first and not domain


def _ecsc(domain: str | None) -> bool:
    return bool(domain) and any(d.strip().lower() in _ECSC for d in domain.split(","))  # type: ignore[union-attr]


def is_ecsc_decision(act_type: str, number_first: bool, domain: str | None) -> bool:
    """A general decision of the ECSC (``Decision No 3855/91/ECSC``): CELEX descriptor S."""
    return act_type == _DECISION and number_first and _ecsc(domain)


def ecsc_celex_type(act_type: str, number_first: bool, domain: str | None) -> str | None:
    """The CELEX act type of an ECSC act whose descriptor is not its type's: a general
    decision (``S``) or a recommendation (``K``: EUR-Lex 31964K0001 is the High
    Authority's ``Recommendation No 1-64``)."""
    if is_ecsc_decision(act_type, number_first, domain):
        return "ecsc_general_decision"
    if act_type == _RECOMMENDATION and _ecsc(domain):
        return "ecsc_recommendation"
    return None


def no_celex(act_type: str, number_first: bool, domain: str | None) -> bool:
    """Whether a number gives no CELEX whatever is named beside it: a recommendation
    numbered number first other than the ECSC's (the EU's are numbered year first:
    ``Recommendation No 1/64 of the High Authority`` is 31964K0001, not 31964H0001)."""
    return act_type == _RECOMMENDATION and number_first and not _ecsc(domain)


def year_first_decision(act_type: str, a: str, b_year: bool) -> bool:
    """Whether a decision written with a ``No`` before a two-digit first half and no
    domain after it is numbered year first all the same: older texts put ``No`` before
    any number (``décision n° 66/532/CEE``, as ``RICHTLINIE NR. 69/73/EWG``).  It is
    when the second half is no year (``532``).  With a domain after the number, its
    years decide (``domain_eras``: ``Decision No 87/80/EEC`` is decision 87/80, as only
    the ECSC numbered decisions number first before codecision).
    """
    return act_type == _DECISION and len(a) == 2 and int(a) >= 52 and not b_year  # (1952)


def form(lang: str, words: str | None) -> str | None:
    """The legislator as the record spells it, when ``words`` (an author or author
    phrase as written, in any case) name it; else None."""
    if not words:
        return None
    return _SPELLING.get(lang, {}).get(" ".join(words.split()).casefold())


def after(lang: str, text: str, pos: int) -> tuple[str, int] | None:
    """The legislator as the record spells it and where it ends, when ``text`` names it
    just after ``pos`` (the end of a number: ``No 1082/2013 of the European Parliament
    and of the Council``)."""
    pattern = _AFTER.get(lang)
    m = pattern.match(text, pos, pos + 120) if pattern is not None else None
    named = form(lang, m.group(0)) if m is not None else None
    return (named, m.end()) if named is not None and m is not None else None
