"""Interinstitutional procedure numbers: ``2021/0401(NLE)``, ``2020/0279 (COD)``,
``2016/0400A(COD)`` (split procedures).

Also Cellar's own ``2018/0172/COD``.  The number after the slash has four
digits, which keeps act numbers such as ``2016/679`` out.  No CELEX.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from eurefs import identifiers as ids
from eurefs.errors import ParseError
from eurefs.grammar import years
from eurefs.grammar.base import SLASH_YYYY_NNNN, Anchor, Context, Family
from eurefs.grammar.common import lazy_compile, words
from eurefs.grammar.vocabulary import PROCEDURE_TYPES
from eurefs.grammar.written_alike import UNDECIDED
from eurefs.models.light import BaseReference, ProcedureRef
from eurefs.models.prototypes import reference

_TYPES = words(*PROCEDURE_TYPES)
PATTERN = lazy_compile(
    r"(?<![\w/])(?P<year>(?:19|20)[0-9][0-9])[ ]?/[ ]?(?P<num>[0-9]{4}[A-Z]?)"
    r"(?:[ ]?\([ ]?(?P<type>" + _TYPES + r")[ ]?\)|/(?P<type2>" + _TYPES + r")(?![\w]))"
)


def build(m: re.Match[str], ctx: Context) -> Sequence[BaseReference]:
    """Turn a match into a :class:`ProcedureRef`."""
    year, num = int(m.group("year")), m.group("num")
    if years.is_future_year(year):
        return ()
    ptype = m.group("type") or m.group("type2")
    try:
        proc_id = ids.procedure_id(year, num)
    except ParseError:
        return ()  # not a number Cellar could have (e.g. non-ASCII digits)
    return (
        reference(
            ProcedureRef,
            m.group(0),
            m.start(),
            m.end(),
            normalized=f"{year}/{num}({ptype})",
            cellar_ids=(f"procedure:{proc_id}",),
            year=year,
            number=num,
            procedure_type=ptype,
            lang=UNDECIDED,
        ),
    )


FAMILY = Family(
    kind="procedure",
    pattern=PATTERN,
    build=build,
    anchors=(Anchor(SLASH_YYYY_NNNN, before=6, after=20),),
    priority=15,
    requires=(lazy_compile(_TYPES),),
)
