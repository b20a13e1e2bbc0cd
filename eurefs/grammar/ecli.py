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
from eurefs.grammar.written_alike import UNDECIDED
from eurefs.models.light import BaseReference, EcliRef
from eurefs.models.prototypes import reference
from eurefs.pattern_store import compile_pattern

# ``%3A`` is a percent-encoded colon (EUR-Lex and Cellar URLs); EUR-Lex also
# writes ``uri=ecli:ECLI:...``.
_C = r"(?::|%3[Aa])"
PATTERN = lazy_compile(
    first_chars("ECLI", "EU")  # what every match starts with (see ``first_chars``)
    # (after the label ``ECLI:`` too, as Slovenia's case-law database heads a decision:
    # ``ECLI:ECLI:SI:VSRS:2020:VIII.IPS.7.2020``)
    + r"(?:(?<![\w:])|(?<=ecli:)|(?<=ECLI:)(?=ECLI))(?:"
    r"ECLI(?:[ ]?:[ ]?|%3[Aa])(?P<cc>[A-Z]{2})"
    + _C
    + r"(?P<court>[A-Z][A-Z0-9]{0,6})"
    + _C
    + r"(?P<year>(?:19|20)[0-9][0-9])"
    + _C
    # (the ordinal whole or not at all: a part of it is another identifier; Czech courts
    # write five parts, ``ECLI:CZ:NS:2021:25.CDO.2850.2020.1``, the Supreme Administrative
    # Court a sheet number after a colon, ``ECLI:CZ:NSS:2017:7.AFS.166.2017:19``: both as
    # jurilogie.cz prints the courts' decisions)
    + r"(?P<ord>[0-9A-Za-z]{1,25}(?:\.[0-9A-Za-z]{1,25}){0,6}(?::[0-9]{1,4})?)"
    r"(?![\w:]|\.[0-9A-Za-z])"
    r"|(?P<cc2>EU):(?P<court2>[CTF]):(?P<year2>(?:19|20)[0-9][0-9]):(?P<ord2>[0-9]{1,6})"
    r"(?![\w:]))"
)
# The Court's ordinals are numbers: what follows one in the national form's ordinal is
# the text's (a full stop then a footnote call or a word: ``ECLI:EU:C:2014:317.12``)
_EU_ORDINAL = compile_pattern(r"[0-9]{1,6}(?=\.)")


def build(m: re.Match[str], ctx: Context) -> Sequence[BaseReference]:
    """Turn a match into an :class:`EcliRef`."""
    cc, cc2, court, court2, year_s, year2, ordinal, ord2 = m.group(
        "cc", "cc2", "court", "court2", "year", "year2", "ord", "ord2"
    )
    cc, court, ordinal = cc or cc2, court or court2, ordinal or ord2
    year = int(year_s or year2)
    end = m.end()
    if cc == "EU" and not ordinal.isdigit():
        number = _EU_ORDINAL.match(ordinal)
        if number is None:
            return ()  # ``EU:C:2014:317:12``, ``EU:C:2014:A1``: none of the Court's
        ordinal, end = number.group(), m.start("ord") + number.end()
    if years.is_future_year(year):
        return ()
    ecli = f"ECLI:{cc}:{court}:{year}:{ordinal}"
    return (
        reference(
            EcliRef,
            m.string[m.start() : end],
            m.start(),
            end,
            pinpoint=judgment_pinpoints.after(m.string, end),
            normalized=ecli,
            cellar_ids=(f"ecli:{ecli}",) if cc == "EU" else (),
            eurlex_url=ids.eurlex_uri_url(f"ecli:{ecli}") if cc == "EU" else None,
            country=cc,
            court=court,
            year=year,
            ordinal=ordinal,
            lang=UNDECIDED,
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
