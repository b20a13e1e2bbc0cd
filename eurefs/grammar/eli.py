"""ELI URIs: ``http://data.europa.eu/eli/reg/2016/679/oj`` and EUR-Lex's ``/eli/.../oj/eng``
(also with a format: ``/oj/eng/pdf``, ``/oj/eng/html``).

Also consolidated versions (``.../reg/2016/679/2016-05-04``) and the act-by-act
OJ C series (``.../eli/C/2024/1645/oj``).  Normalised to the Publications Office
form ``http://data.europa.eu/eli/...`` without the language segment.  CELEX
follows from the typedoc (``reg*`` -> R, ``dir*`` -> L, ``dec*`` -> D; a
consolidated version gives the sector-0 CELEX with its date); none from a C-series
ELI (its CELEX descriptor depends on the kind of document).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from eurefs import identifiers as ids
from eurefs.grammar import years
from eurefs.grammar.base import Anchor, Context, Family
from eurefs.grammar.common import lazy_compile
from eurefs.grammar.written_alike import UNDECIDED
from eurefs.models.light import BaseReference, EliRef
from eurefs.models.prototypes import reference
from eurefs.pattern_store import compile_pattern

# typedocs up to 24 letters (``agree_interinstit``)
PATTERN = lazy_compile(
    r"(?:https?://)?(?:data\.europa\.eu|(?:www\.)?eur-lex\.europa\.eu)/eli/"
    r"(?P<typedoc>[a-z][a-z_]{1,23}|C)/(?P<year>(?:19|20)[0-9][0-9])/(?P<num>[0-9]{1,5})"
    # (a second act of the type, year and number: ``dec/2010/96(1)``)
    r"(?P<twin>\([0-9]{1,2}\))?"
    r"(?:/(?P<corr>corrigendum/[0-9]{4}-[0-9]{2}-[0-9]{2}))?"
    r"(?:/(?P<ver>oj|(?P<cy>[0-9]{4})-?(?P<cm>[0-9]{2})-?(?P<cd>[0-9]{2})))?"
    # a language and a format after it (``/oj/eng/pdf``, ``/oj/eng/html``: EUR-Lex links)
    r"(?:/(?P<lang>[a-z]{3})(?:/(?:pdf|html))?)?"
    r"(?![\w/])"
)


def build(m: re.Match[str], ctx: Context) -> Sequence[BaseReference]:
    """Turn a match into an :class:`EliRef`."""
    typedoc, year, num = m.group("typedoc"), int(m.group("year")), m.group("num")
    if years.is_future_year(year):
        return ()
    twin = m.group("twin")
    path = f"{typedoc}/{year}/{num}{twin or ''}"
    if m.group("corr"):
        path += "/" + m.group("corr")
    if m.group("ver"):
        path += "/" + m.group("ver")
    eli = f"{ids.ELI_BASE}/{path}"
    can_exist = years.act_year_can_exist(year, ids.eli_act_type(typedoc) or "")
    # (no CELEX for a twin: which of the acts numbered alike the bracket names is not
    # the CELEX's order, ``dec/2010/96(1)/2013-01-01`` heads EUR-Lex's 02010D0096-20130101)
    derivable = can_exist and not m.group("corr") and not twin
    celex = ids.eli_celex(typedoc, year, num) if derivable else None
    if m.group("cy") and not ids.consolidation_date_ok(
        year, m.group("cy") + m.group("cm") + m.group("cd")
    ):
        return ()  # ``.../2016-13-04``: no version has that date
    if celex and m.group("cy"):
        # a consolidated version: sector 0 with the consolidation date (02016R0679-20160504)
        celex = f"0{celex[1:]}-{m.group('cy')}{m.group('cm')}{m.group('cd')}"
    return (
        reference(
            EliRef,
            m.group(0),
            m.start(),
            m.end(),
            normalized=eli,
            celex=celex,
            celex_candidates=(celex,) if celex else (),
            eli=eli,
            cellar_ids=(f"eli:{path}",),
            eurlex_url=f"{ids.EURLEX_BASE}/eli/{path}",
            typedoc=typedoc,
            year=year,
            number=num,
            version=m.group("ver"),
            lang=UNDECIDED,
        ),
    )


FAMILY = Family(
    kind="eli",
    pattern=PATTERN,
    build=build,
    anchors=(Anchor(compile_pattern(r"/(?=eli/)"), before=30, after=70),),
    priority=20,
)
