"""Regulations cited with their year written out after the number and a link word, as
Italian legal writing has them: ``Reg. CE n. 44 del 2001`` (Regulation (EC) No 44/2001),
``Regolamento UE n. 679 del 2016`` (Regulation (EU) 2016/679), where EUR-Lex writes
``regolamento (CE) n. 44/2001``.  The records' ``number_year_links`` (Italian ``del``).

Only a regulation (a directive or a decision is cited by its number as EUR-Lex writes
it, ``direttiva 95/46/CE``) and only with an EU domain before the number: national acts
are cited alike (``legge n. 218 del 1995``, ``Regolamento n. 20 del 2008 dell'ISVAP``).
The number names the act as numbered: number first up to 2014 (``n. 44/2001``), year
first since 2015 (``2016/679``), the normal form so; a year the domain had no acts in
(``Reg. CE n. 1 del 1980``) or to come makes none.  The pinpoint before it is read as
before any act (``art. 4 del Reg. CE n. 44 del 2001``).

The family runs only around the years written right after a link word (``del 2001``), in
windows that reach back over the type word.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from eurefs.grammar import domain_eras, title_ordinals, years
from eurefs.grammar.base import Anchor, Context, Family
from eurefs.grammar.common import lazy_compile, words
from eurefs.grammar.legal_act_numbers import make
from eurefs.grammar.legal_act_words import Act
from eurefs.grammar.number_order import YEAR_FIRST_SINCE
from eurefs.languages import BY_CODE, LANGUAGES
from eurefs.models.light import BaseReference
from eurefs.pattern_store import compile_pattern

_LANGS = [lg for lg in LANGUAGES if lg.number_year_links]
#: a regulation's type word as written (and capitalised, in capitals) -> language
_TYPES = {
    form: lg.code
    for lg in reversed(_LANGS)
    for w in lg.act_types.get("regulation", ())
    for form in (w, w[:1].upper() + w[1:], w[:1].lower() + w[1:], w.upper())
}
_LINKS = {w for lg in _LANGS for w in lg.number_year_links}
_DOMAINS = words(*sorted({d for lg in _LANGS for d in lg.domains}))
PATTERN = lazy_compile(
    r"(?<![\w-])(?P<type>" + words(*_TYPES) + r")[ ]"
    r"(?:\((?P<bdom>" + _DOMAINS + r")\)|(?P<dom>" + _DOMAINS + r")(?![\w]))[ ]"
    r"(?:(?P<no>" + words(*sorted({n for lg in _LANGS for n in lg.number_markers})) + r")[ ]?)?"
    r"(?P<num>[0-9]{1,4})[ ](?P<link>"
    + words(*sorted(_LINKS))
    + r")[ ](?P<year>(?:19|20)[0-9]{2})(?![\w/])"
)
# (the longest head: ``REGOLAMENTO (CEE) n. 1234 del ``)
_REACH = 45


#: The year right after a link word (``del 2001``): an anchor led by the year's first two
#: digits, searched in the one pass that finds the other anchors led by them
#: (``anchor_scan``), so a text without such a year costs next to nothing.
_ANCHORS = tuple(
    Anchor(
        compile_pattern(
            c
            + "(?:"
            + "|".join(f"(?<=[ ]{re.escape(w)}[ ]{c})" for w in sorted(_LINKS))
            + r")(?=[0-9]{2}(?![0-9/]))"
        ),
        before=_REACH,
        after=6,
    )
    for c in ("19", "20")
    if _LINKS
)


def build(m: re.Match[str], ctx: Context) -> Sequence[BaseReference]:
    """Turn ``Reg. CE n. 44 del 2001`` into a :class:`LegalActRef` (none where the words
    are not one language's, or the year does not fit the domain)."""
    lang = _TYPES[m.group("type")]
    lg = BY_CODE[lang]
    domain, year, num = m.group("bdom") or m.group("dom"), m.group("year"), int(m.group("num"))
    if m.group("link") not in lg.number_year_links or domain not in lg.domains or num == 0:
        return ()
    if not years.act_year_can_exist(int(year), "regulation") or not domain_eras.allows(
        domain, lang, year
    ):
        return ()
    number: tuple[str | None, ...]
    if int(year) < YEAR_FIRST_SINCE:  # ``(CE) n. 44/2001``, ``(CEE) n. 1408/71`` (before 1999)
        written = year if int(year) >= years.FOUR_FIGURE_YEARS_SINCE else year[2:]
        number = (str(num), written, domain, None, lg.number_marker, None, None, None)
    else:  # ``(UE) 2016/679``
        number = (year, str(num), domain, None, None, None, None, None)
    act = Act("regulation", lang, lg.act_types["regulation"][0], None, None)
    pinpoint = title_ordinals.find(ctx, m.start(), m.end(), lang)
    ref = make(m, m.start(), act, number, pinpoint=pinpoint, glued=False)
    return () if ref is None else (ref,)


#: Only when some loaded language writes such numbers.
FAMILIES: tuple[Family, ...] = (
    (
        Family(
            kind="legal_act",
            pattern=PATTERN,
            build=build,
            anchors=_ANCHORS,
            priority=10,
        ),
    )
    if _LANGS
    else ()
)
