"""European Case Law Identifiers: ``ECLI:EU:C:2014:317`` and the Court's ``EU:C:2014:317``.

Without the ``ECLI:`` prefix only EU identifiers (``EU:`` + court ``C``, ``T``
or ``F``) are taken, as the Court writes them; national ECLIs need the prefix.
No CELEX follows from an ECLI (its ordinal is unrelated to the case number).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from eurefs import identifiers as ids
from eurefs.grammar import judgment_pinpoints, years
from eurefs.grammar.base import Anchor, Context, Family
from eurefs.grammar.common import first_chars, lazy_compile
from eurefs.models.prototypes import reference
from eurefs.models.references import BaseReference, EcliRef
from eurefs.pattern_store import compile_pattern

# ``%3A`` is a percent-encoded colon (EUR-Lex and Cellar URLs); EUR-Lex also
# writes ``uri=ecli:ECLI:...``.
_C = r"(?::|%3[Aa])"
PATTERN = lazy_compile(
    first_chars("ECLI", "EU")  # what every match starts with (see ``first_chars``)
    + r"(?:(?<![\w:])|(?<=ecli:))(?:"
    r"ECLI(?:[ ]?:[ ]?|%3[Aa])(?P<cc>[A-Z]{2})"
    + _C
    + r"(?P<court>[A-Z][A-Z0-9]{0,6})"
    + _C
    + r"(?P<year>(?:19|20)[0-9][0-9])"
    + _C
    + r"(?P<ord>[0-9A-Za-z]{1,25}(?:\.[0-9A-Za-z]{1,25}){0,3})"
    r"|(?P<cc2>EU):(?P<court2>[CTF]):(?P<year2>(?:19|20)[0-9][0-9]):(?P<ord2>[0-9]{1,6})"
    r")(?![\w:])"
)


def build(m: re.Match[str], ctx: Context) -> Sequence[BaseReference]:
    """Turn a match into an :class:`EcliRef`."""
    cc, cc2, court, court2, year_s, year2, ordinal, ord2 = m.group(
        "cc", "cc2", "court", "court2", "year", "year2", "ord", "ord2"
    )
    cc, court, ordinal = cc or cc2, court or court2, ordinal or ord2
    year = int(year_s or year2)
    if years.is_future_year(year):
        return ()
    ecli = f"ECLI:{cc}:{court}:{year}:{ordinal}"
    return (
        reference(
            EcliRef,
            m.group(0),
            m.start(),
            m.end(),
            pinpoint=judgment_pinpoints.after(m.string, m.end()),
            normalized=ecli,
            cellar_ids=(f"ecli:{ecli}",) if cc == "EU" else (),
            eurlex_url=ids.eurlex_uri_url(f"ecli:{ecli}") if cc == "EU" else None,
            country=cc,
            court=court,
            year=year,
            ordinal=ordinal,
        ),
    )


FAMILY = Family(
    kind="ecli",
    pattern=PATTERN,
    build=build,
    # ``E(?=U:|CLI)``, not ``EU:|ECLI``: literal first, so it shares the search for ``E``
    anchors=(Anchor(compile_pattern(r"E(?=U:|CLI)"), before=8, after=45, at_start=True),),
    priority=20,
)
