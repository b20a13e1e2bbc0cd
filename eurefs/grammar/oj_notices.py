"""A C-series notice's number in the Official Journal: ``(2019/C 323/04)``.

The journal numbers each item of a C issue (year, series, issue, item: the fourth
notice of C 323 of 2019) and prints the number in brackets under the notice's title and
in the issue's contents (``2019/C 192/03 Communication from the Commission amending
Communication 2012/C 72/07 — Guidelines ...``, EUR-Lex OJ:C:2019:192:FULL); texts cite
the notice by it, the same in every language (``Communication de la Commission relative
à la notion d'«aide d'État» ... (2016/C 262/01)``, EUR-Lex 52016XC0719(05), French; the
Notice on direct business taxation ``(98/C 384/03)``, the year in two figures until
1999, as news.pwc.be cites it; a special issue's letter after the issue, ``2020/C 91
I/01``).  The slash before the series sets it apart from every other citation of the
journal (``OJ C 323, 27.9.2019, p. 4``), whose series follows a space.

Read as an :class:`OjRef` with its series, issue, year and ``item``; no date, page or
Cellar id (the number names no page), no CELEX.  From October 2023 the C series is
published act by act (``C/2024/390``, ``grammar/official_journal``) and has no such
numbers: a later year is none.  The language is the text's around it
(``grammar/written_alike``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from eurefs.grammar import years
from eurefs.grammar.base import Anchor, Context, Family
from eurefs.grammar.common import collapse_spaces, lazy_compile
from eurefs.grammar.written_alike import UNDECIDED
from eurefs.models.light import BaseReference, OjRef
from eurefs.models.prototypes import reference
from eurefs.pattern_store import compile_pattern

#: The last year of the numbers (the C series act by act from October 2023).
LAST_YEAR = 2023

PATTERN = lazy_compile(
    r"(?<![\w/.-])(?P<year>(?:19[6-9]|20[0-2])[0-9]|[6-9][0-9])/C[ ]?"
    # (the issue in three figures, as EUR-Lex's Finnish contents of OJ C 81 of 2013 write it,
    # ``2013/C 081/02``; a special issue's or the former electronic edition's letter: ``91 I``,
    # ``103 E``)
    r"(?P<issue>(?:0(?=[1-9][0-9]/)|00(?=[1-9]/))?[1-9][0-9]{0,3}(?:[ ]?[AEI])?)"
    r"/(?P<item>[0-9]{2,3})(?![\w/]|[.,][0-9])"
)


def build(m: re.Match[str], ctx: Context) -> Sequence[BaseReference]:
    """Turn a match into an :class:`OjRef` of the notice's number."""
    written, item = m.group("year"), int(m.group("item"))
    year = int(written) + (1900 if len(written) == 2 else 0)
    if item == 0 or year < 1968 or year > LAST_YEAR or years.is_future_year(year):
        return ()
    return (
        reference(
            OjRef,
            m.group(),
            m.start(),
            m.end(),
            normalized=collapse_spaces(m.group()),
            series="C",
            issue=collapse_spaces(m.group("issue")).lstrip("0"),
            year=year,
            item=item,
            lang=UNDECIDED,
        ),
    )


FAMILY = Family(
    kind="oj",
    pattern=PATTERN,
    build=build,
    # the slash before the series: searched in one pass with the act, case and
    # procedure numbers' (``eurefs.anchor_scan``)
    anchors=(Anchor(compile_pattern(r"/(?<=[0-9]/)(?=C[ ]?[0-9])"), before=4, after=15),),
    priority=8,
)
