"""Act numbers written number first where the act can only be numbered year first:
``Regulamentul (UE) nr. 679/2016`` for Regulation (EU) 2016/679.

Since the numbering reform of 1 January 2015 every regulation is numbered year first,
and no directive (framework decision, joint action ...) ever was numbered number first
(``number_order``).  Texts still write such numbers in the order of the older
regulations, with the marker: Romanian privacy notices cite the GDPR as
``Regulamentului (UE) nr. 679/2016``, and more often without the domain
(``Regulamentul nr. 679/2016``; find_string over public repositories), where EUR-Lex
writes ``Regulamentul (UE) 2016/679``.  As written the number
names no act: no such act is numbered number first.  Read the other way round it
names one, regulation 679 of 2016, but that is the reader's guess at what the writer
meant, not what the text says (as a decision numbered number first since 2015 gets no
CELEX: ``number_order``).  So the reference gets no CELEX; the act so read is its one
candidate (``celex_candidates``), and its normal form keeps the number as written.

Only with the domain, as the older regulations were cited (without a domain
``Regulamentul nr. 5/2018`` is a national regulator's, ``Legea nr. ...`` a law), with a
year the domain had acts in (``(CE) nr. 679/2016``: no EC act after 2009) and a first half
that cannot be a year (``(UE) nr. 12/2016`` may be either half's: nothing); with the marker
or without it, as privacy notices in every Romance language write the GDPR's number the
wrong way round (``Regulamentul (UE) 679/2016 (GDPR)``, ``Regolamento (UE) 679/2016``,
``Règlement (UE) 679/2016``), the normal form with the marker only where the text writes
it.  Decisions are left alone: some were numbered number first.

Where a popular name of the act so read stands in brackets right after the number
(``conform Regulamentului (UE) 679/2016 (GDPR)``, Romanian and Italian privacy notices),
the text says which act it means: the reference is that act's, its CELEX and normal form
those of the number read year first (a name of another act, or one further on, decides
nothing).
"""

from __future__ import annotations

import functools
import re

from eurefs.grammar import domain_eras, years
from eurefs.grammar.common import undecided_celex
from eurefs.grammar.domain_forms import canon_domain
from eurefs.grammar.legal_act_numbers import make
from eurefs.grammar.legal_act_words import Act
from eurefs.grammar.number_order import YEAR_FIRST_SINCE, YEAR_FIRST_TYPES, plausible
from eurefs.languages import BY_CODE
from eurefs.models.light import LegalActRef
from eurefs.pattern_store import compile_pattern

# a name in brackets right after the act, in quotes or not: ``679/2016 (GDPR)``,
# ``679/2016 ("GDPR")``
_BRACKETED = compile_pattern(r"[ ]?\([\"'„“”«‘]?([^()\"'„“”«»‘’\n]{2,80}?)[\"'”“»’]?\)")


@functools.lru_cache(maxsize=1)
def _names() -> dict[str, frozenset[str]]:
    """Every popular name of a work (in any language), by the work's CELEX (the names file,
    read on first use: most texts write no number the wrong way round)."""
    from eurefs.data import popular_name_entries

    return {
        e["celex"]: frozenset(n for ns in e["names"].values() for n in ns)
        for e in popular_name_entries()
    }


def _named_after(text: str, end: int, celex: str) -> bool:
    """Whether a popular name of the work ``celex`` stands in brackets right after ``end``
    (``Regulamentului (UE) 679/2016 (GDPR)``): the text then says which act it means."""
    m = _BRACKETED.match(text, end)
    return m is not None and m.group(1) in _names().get(celex, frozenset())


#: The types never numbered number first but regulations, whose numbers since 2015 are
#: all year first (not the ECSC's recommendations, nor the EDPB's ``Guidelines 9/2022``)
_TYPES = YEAR_FIRST_TYPES - {"recommendation", "guideline"}


def _swappable(act: Act, number: tuple[str | None, ...]) -> bool:
    """Whether ``number`` (``legal_act_numbers.GROUPS``) is one of ``act``'s numbers
    written number first that only its year-first reading can name (module docstring)."""
    a, b, dom, suffix, _, lb, bcall, _ = number
    if not (a and b and dom) or suffix or lb or bcall or len(b) != 4:
        return False
    latest = years.latest_year()
    if plausible(a, latest) or not plausible(b, latest):
        return False
    if act.act_type == "regulation":
        if int(b) < YEAR_FIRST_SINCE:
            return False  # (a regulation of its time: ``No 1/2003``)
    elif act.act_type not in _TYPES:
        return False
    return bool(domain_eras.allows(dom, act.lang, b))


def read(
    m: re.Match[str], start: int, act: Act, number: tuple[str | None, ...], pinpoint: str | None
) -> LegalActRef | None:
    """The reference to a number written number first that only its year-first reading
    names (``(UE) nr. 679/2016``): no CELEX, that reading's its candidate; else None."""
    if not _swappable(act, number):
        return None
    a, b, dom = number[0], number[1], number[2]
    assert a is not None and b is not None and dom is not None
    swapped = (b, a, dom, None, None, None, None, None)  # (no call: ``_swappable``)
    ref = make(m, start, act, swapped, pinpoint=pinpoint, glued=False)
    if ref is None or ref.celex is None:
        return None
    if _named_after(m.string, ref.end, ref.celex):
        return ref  # (the text decides the reading: read as the year-first number it names)
    marker = f"{BY_CODE[act.lang].number_marker} " if number[4] else ""  # (as written)
    norm = f"{act.type_word} ({canon_domain(dom)}) {marker}{a}/{b}"
    update = {**undecided_celex([ref.celex]), "normalized": norm, "number_first": True}
    return ref.model_copy(update=update)
