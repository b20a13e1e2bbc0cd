"""An act's number before the title that cites it by date, as EUR-Lex titles the decisions
and recommendations numbered year first: ``93/97/EEC: Council Decision of 9 February 1993
on the conclusion of the Protocol ...`` (EUR-Lex 31993D0097, as Harvard Dataverse's copy of
EUR-Lex lists it), ``94/800/EC: Council Decision of 22 December 1994``.

The dated citation (``legal_acts_dated``) names no number.  Where the number with its
domain after it (``/EEC``, ``/EC, ECSC``) and a colon stand right before it, the reference
is the number, typed by the dated citation's type word (span ``93/97/EEC``, normalised
``Decision 93/97/EEC``, 31993D0097).  Not after a word (``Directive 2000/60/EC: Council
Decision of ...`` is a heading naming two acts), not with a bracketed domain or a number
marker (EUR-Lex writes neither in this form).
"""

from __future__ import annotations

from eurefs.grammar.base import Context
from eurefs.grammar.common import lazy_compile
from eurefs.grammar.legal_act_numbers import GROUPS, make, number_pattern
from eurefs.grammar.legal_act_words import Act
from eurefs.languages import Language
from eurefs.models.light import LegalActRef

#: How far before the dated citation its number may start (``2001/462/EC, ECSC: ``).
_REACH = 40
# (the colon and blank right before the citation: the search ends there, ``\Z``)
_LEADING = lazy_compile(r"(?<![\w/.-])(?<![^\W\d_][ ])" + number_pattern("") + r"(?=:[ ]\Z)")


def find(
    ctx: Context, start: int, record: Language, act_type: str, subtype: str | None
) -> LegalActRef | None:
    """The numbered reference of the dated citation at region offset ``start`` (an act of
    ``act_type`` and ``subtype`` in ``record``'s language) whose number stands before it (see
    the module docstring), or None."""
    region = ctx.region
    if start < 6 or region[start - 2] != ":":
        return None
    found = _LEADING.search(region, max(0, start - _REACH), start)
    if found is None or not found.group("suf") or found.group("dom") or found.group("no"):
        return None
    word = record.with_subtype(record.act_types[act_type][0], act_type, subtype)
    act = Act(act_type, record.code, word, None, subtype)
    return make(found, found.start("num"), act, found.group(*GROUPS))
