"""Act numbers written after the act's type, author and date, as the Court's Italian texts
wrote them until the 2010s: ``la direttiva del Consiglio 29 giugno 2000, 2000/43/CE``
(Opinion of Advocate General Poiares Maduro in C-54/07, EUR-Lex), ``regolamento (CE) del
Consiglio 22 dicembre 2000, n. 44/2001``.

Languages whose record sets ``dated_numbers``.  The number follows the date and a comma;
before them stand a type word of the record, perhaps its domain in brackets, one of the
record's author phrases (an EU institution: ``del Consiglio``, not ``del Consiglio
comunale``) and a date with the record's month.  The span is the number (with its
marker), as after an author phrase in ``legal_acts``; the normal form takes the domain
written after the type word (``regolamento (CE) n. 44/2001``).  The number's year must be
the date's or the next (an act adopted in December may be numbered in the next year).

A regulation's number may stand without its year, which the date then gives: ``del
regolamento (CEE) del Consiglio 27 giugno 1968, n. 805, relativo all'organizzazione
comune dei mercati nel settore delle carni bovine, come modificato dal regolamento (CE)
del Consiglio 18 novembre 1996, n. 2222`` (a summary of the Court's judgment in C-375/05,
ambientediritto.it) is ``regolamento (CEE) n. 805/68`` and ``regolamento (CE) n.
2222/96``.  Not for a date in December (Regulation (EC) No 44/2001 is ``del Consiglio 22
dicembre 2000``: the number's year is not told), nor for the other types, numbered year
first.  Found at the date's year (the search ``legal_acts_dated`` makes anyway).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from eurefs.grammar.base import Anchor, Context, Family
from eurefs.grammar.common import lazy_compile, words
from eurefs.grammar.legal_act_numbers import GROUPS, make, number_pattern
from eurefs.grammar.legal_act_words import Act
from eurefs.languages import LANGUAGES, Language
from eurefs.models.light import BaseReference
from eurefs.pattern_store import compile_pattern

_RECORDS = tuple(lg for lg in LANGUAGES if lg.dated_numbers)


def _types(lg: Language) -> dict[str, str]:
    """The record's type words (not abbreviations), as written and capitalised -> type."""
    return {
        w: act_type
        for act_type, forms in lg.act_types.items()
        for form in forms
        if not form.endswith(".")
        for w in (form, form[:1].upper() + form[1:])
    }


_TYPES = {lg.code: _types(lg) for lg in _RECORDS}
# What stands before the number: type, domain, author, date, comma (the end of ``before``)
_HEADS = {
    lg.code: lazy_compile(
        r"(?<![\w-])(?P<type>" + words(*_TYPES[lg.code]) + r")"
        r"(?:[ ]\((?P<dom>" + words(*lg.domains) + r")\))?"
        r"[ ](?P<author>" + words(*lg.author_phrases) + r")"
        r"[ ][0-9]{1,2}[ ](?P<month>" + words(*(m for ms in lg.months for m in ms)) + r")"
        r"[ ](?P<year>(?:19|20)[0-9]{2}),[ ]$"
    )
    for lg in _RECORDS
}
_REACH = 140  # characters before the number the head may take
PATTERN = lazy_compile(r"(?<=[0-9]{4},[ ])" + number_pattern(""))


def _head(at: int, ctx: Context) -> tuple[Language, re.Match[str]] | None:
    """The record and the head (type, domain, author, date) right before the number at
    region offset ``at``."""
    before = ctx.before(at, _REACH)
    for lg in _RECORDS:
        head = _HEADS[lg.code].search(before)
        if head is not None:
            return lg, head
    return None


def build(m: re.Match[str], ctx: Context) -> Sequence[BaseReference]:
    """A :class:`~eurefs.models.light.LegalActRef` for the number after its head."""
    if (found := _head(m.start(), ctx)) is None:
        return ()
    lg, head = found
    act_type = _TYPES[lg.code][head.group("type")]
    number = m.group(*GROUPS)
    if head.group("dom") and number[2] is None:  # the domain written after the type word
        number = (*number[:2], head.group("dom"), *number[3:])
    author = head.group("author")
    act = Act(act_type, lg.code, lg.act_types[act_type][0], None, None)
    ref = make(m, m.start(), act, number, legislator_named=author in lg.legislator_forms)
    if ref is None or ref.year is None or ref.year - int(head.group("year")) not in (0, 1):
        return ()
    return (ref,)


def find_matches(text: str, pos: int, endpos: int) -> Iterator[re.Match[str]]:
    """The matches of ``PATTERN`` in the region, tried only after a year and a comma."""
    comma = text.find(", ", pos, endpos)
    while comma >= 0:
        if text[comma - 4 : comma].isdigit():
            found = PATTERN.match(text, comma + 2, endpos)
            if found is not None:
                yield found
        comma = text.find(", ", comma + 2, endpos)


# A regulation's number without its year: the marker and the number, nothing after them
# that continues a number (``n. 2222/96`` is read above)
_MARKERS = sorted({m for lg in _RECORDS for m in lg.number_markers}, key=len, reverse=True)
# Where ``BARE`` may match: the years the acts cited by date search for (``legal_acts_dated``:
# a year after a word), a comma, a marker and a digit after them; members of those shared
# searches, so the positions cost a try at each year and nothing more
_BARE_ANCHORS = tuple(
    c + r"(?<=[^\W\d_] " + c + r")(?=[0-9]{2},[ ](?:" + words(*_MARKERS) + r")[ ]?[1-9])"
    for c in ("19", "20")
)
#: Tried at the date's year (``1968, n. 805``), the span the marker and the number
BARE = lazy_compile(
    r"(?:19|20)[0-9]{2},[ ](?P<no>" + words(*_MARKERS) + r")[ ]?(?P<n>[1-9][0-9]{0,3})"
    r"(?![\w/]|[.,][0-9])"
)


def build_bare(m: re.Match[str], ctx: Context) -> Sequence[BaseReference]:
    """The regulation whose number ``m`` the date before it gives its year (see the module
    docstring)."""
    if (found := _head(m.start("no"), ctx)) is None:
        return ()
    lg, head = found
    act_type = _TYPES[lg.code][head.group("type")]
    month = head.group("month").lower()
    if act_type != "regulation" or any(month == w.lower() for w in lg.months[11]):
        return ()
    year = head.group("year")
    number = (m.group("n"), year if int(year) >= 1999 else year[2:], head.group("dom"))
    act = Act(act_type, lg.code, lg.act_types[act_type][0], None, None)
    ref = make(m, m.start("no"), act, (*number, None, m.group("no"), None, None, None))
    return (ref,) if ref is not None else ()


def _anchor() -> Anchor:
    """The slash of a number after a comma and a blank, or a number marker and a blank
    (``2000, 2000/43``, ``2000, n. 44/2001``): a look-behind per length of the number's
    first part, each failing at its first character at most other slashes, so that the
    search is one with the other slashes' (``anchor_scan``) and finds few places."""
    ends = sorted({",", *(m[-1] for lg in _RECORDS for m in lg.number_markers)})
    lead = "[" + re.escape("".join(ends)) + "][ ]"
    behind = "|".join(f"(?<={lead}[0-9]{{{n}}}/)" for n in range(1, 5))
    return Anchor(compile_pattern("/(?:" + behind + ")"), before=16, after=24)


FAMILY = Family(
    kind="legal_act",
    pattern=PATTERN,
    build=build,
    anchors=(_anchor(),),
    finder=find_matches,
    priority=10,
)


BARE_FAMILY = Family(
    kind="legal_act",
    pattern=BARE,
    build=build_bare,
    # the date's year before ``, n. 805``: the pattern tried at each year a word leads
    # cost 1.6M a MB (callgrind), at the shared search's few positions next to nothing
    anchors=tuple(
        Anchor(compile_pattern(source), before=0, after=24, at_start=True)
        for source in _BARE_ANCHORS
    ),
    priority=10,
)

#: Empty when no loaded language writes these numbers.
FAMILIES: tuple[Family, ...] = (FAMILY, BARE_FAMILY) if _RECORDS else ()
