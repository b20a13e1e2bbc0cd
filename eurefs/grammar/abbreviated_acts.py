"""Acts named by one abbreviation of their type and domain before the number, as the
norm chains of German court decisions (juris) write them: ``Art 15 Abs 1 EUV 2016/679``
(Regulation (EU) 2016/679), ``Art 1 Buchst g EWGV 1408/71``, ``EURL 7/2011`` (Directive
2011/7/EU), ``EWGRL 388/77`` (Directive 77/388/EEC), ``EGBes 1031/2000`` (Decision No
1031/2000/EC).  The abbreviations are the records' ``act_abbreviations``.

A regulation's number is written as the act is numbered (``EUV 2016/679``, ``EWGV
1408/71``).  A directive's is written number first (``EURL 7/2011``, ``EGRL 96/2003``,
``EWGRL 388/77``), where the act is numbered year first; a number is read only as the act
the domain and the numbering allow: a year the domain had acts in (``domain_eras``), a
directive's number below 1000 before 2015 (no directive series reached it; a decision
numbered number first did: ``Nr. 1031/2000/EG``), and no span of years (``2020/2021``).
Where both halves may be a directive's year, the first is its number, as juris writes
every directive: ``Art 27 Abs 1 Buchst d EWGRL 83/92`` over a headnote citing ``Art. 27
Abs. 1 Buchst. d der Richtlinie 92/83/EWG`` (BFH VII R 22/14).  A decision is numbered
number first (``Beschluss Nr. 1031/2000/EG``) or year first (``Beschluss 2000/520/EG``),
the same CELEX either way: its normal form is as written; where both halves may be its
year there is no CELEX, the CELEX numbers of both readings are its candidates, and the
normal form keeps the number as written.  Otherwise the normal form is the act's
own (``Verordnung (EU) 2016/679``, ``Richtlinie 2011/7/EU``), the span the abbreviation
and the number; the pinpoint written right before, with no link word (``Art 15 Abs 1``),
or else right after, as a norm chain's item ends (``EWGV 1697/79 Art. 5 Abs. 2;``), is the
act's.

The family runs only around the slashes of numbers right after a letter an abbreviation
ends in and a space (:data:`CUE`), in windows just wide enough for one and its number.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from eurefs.grammar import act_pinpoints, comma_pinpoints, domain_eras, unlinked_pinpoints, years
from eurefs.grammar.base import Anchor, Context, Family
from eurefs.grammar.common import lazy_compile, undecided_celex, words
from eurefs.grammar.legal_act_numbers import make
from eurefs.grammar.legal_act_words import Act
from eurefs.grammar.number_order import YEAR_FIRST_SINCE, plausible
from eurefs.grammar.pinpoint_edges import ends_as_pinpoint
from eurefs.grammar.pinpoint_search import search
from eurefs.languages import BY_CODE, LANGUAGES
from eurefs.models.light import BaseReference, LegalActRef
from eurefs.pattern_store import compile_pattern

#: abbreviation -> (language, act type, domain as the record writes it)
_ABBREVIATIONS = {
    abbr: (lg.code, act_type, domain)
    for lg in reversed(LANGUAGES)  # (the first language's reading wins)
    for abbr, (act_type, domain) in lg.act_abbreviations.items()
}
PATTERN = lazy_compile(
    r"(?<![\w-])(?P<abbr>" + words(*_ABBREVIATIONS) + r")[ ]"
    r"(?P<a>[0-9]{1,4})/(?P<b>[0-9]{1,4})(?![\w/])"
)
#: A pinpoint right before the abbreviation, with no link word (``Art 15 Abs 1 EUV``); no
#: comma between (``EGRL 96/2003 Art 17 Abs 1 Buchst a, EGRL 96/2003 Art 2 Abs 5``: a norm
#: chain's items, each act before its provision, the article the first act's).
_PINPOINTS = {
    code: p
    for code in {lang for lang, _, _ in _ABBREVIATIONS.values()}
    if (p := act_pinpoints.pinpoints(BY_CODE[code], r"[ ]$")) is not None
}
_LONGEST = max(map(len, _ABBREVIATIONS), default=0)
#: The slash of a number right after an abbreviation's last letter and a space (``V 2016/``,
#: ``L 7/``): a look-behind per length of the first half, tried only at slashes (in the
#: search the numbered acts' slash shares, ``anchor_scan``), so that texts without such
#: an abbreviation give this family no window at all.
_LAST = "".join(sorted({re.escape(a[-1]) for a in _ABBREVIATIONS}))
_BEHIND = "|".join(f"(?<=[{_LAST}][ ][0-9]{{{n}}}/)" for n in range(1, 5)) if _LAST else "(?!)"
CUE = compile_pattern(r"/(?=[0-9])(?:" + _BEHIND + r")")

#: A reading of a number: the year and the number as written, and whether the act is
#: numbered number first.
_Reading = tuple[str, str, bool]


def _readings(act_type: str, domain: str, lang: str, a: str, b: str) -> list[_Reading]:
    """The readings of ``a/b`` an act of the type and domain can have, number first
    (as directives are written) before year first."""
    found: list[_Reading] = []
    latest = years.latest_year()
    if plausible(a, latest) and plausible(b, latest) and (int(a) + 1) % 100 == int(b) % 100:
        return found  # a span of years (``EUV 2020/2021``, the lithography's, ``2019/20``)
    for year, number in ((b, a), (a, b)):
        if not plausible(year, latest) or int(number) == 0:
            continue
        full = years.act_year(year)
        full = years.shortened_act_year(full) if len(year) == 2 else full
        if not years.act_year_can_exist(full, act_type) or not domain_eras.allows(
            domain, lang, year
        ):
            continue
        before_reform = full < YEAR_FIRST_SINCE
        if act_type == "regulation":
            if before_reform != (year == b):  # written as numbered: number first until 2015
                continue
        elif before_reform and int(number) >= 1000 and act_type == "directive":
            continue  # (a decision numbered number first may be: ``Nr. 1031/2000/EG``)
        reading = (year, str(int(number)), act_type == "regulation" and before_reform)
        if reading not in found:
            found.append(reading)
    return found


def _number(reading: _Reading, act_type: str, domain: str, lang: str) -> tuple[str | None, ...]:
    """The groups of an act number (``legal_act_numbers.GROUPS``) as the act is numbered:
    ``(EG) Nr. 44/2001``, ``(EU) 2016/679``, ``2011/7/EU``."""
    year, number, number_first = reading
    if act_type != "regulation":
        return (year, number, None, domain, None, None, None, None)
    if number_first:
        return (number, year, domain, None, BY_CODE[lang].number_marker, None, None, None)
    return (year, number, domain, None, None, None, None, None)


def _pinpoint(ctx: Context, start: int, lang: str, first: bool = True) -> str | None:
    """The pinpoint written right before the abbreviation at ``start`` (``Art 15 Abs 1``)."""
    patterns = _PINPOINTS.get(lang)
    text = ctx.region
    if patterns is None or not ends_as_pinpoint(text, start):
        return None
    found = search(patterns, text, max(0, start - act_pinpoints.REACH), start)
    if found is None:
        return None
    if unlinked_pinpoints.after_an_act(text, found[0]) and not (
        first and _article_first(ctx, found[0], lang)
    ):
        return None  # the act's before it, as a chain writes each act before its provision
    return act_pinpoints.written(text[found[0] : found[1]], lang)


#: An abbreviated act ending right before a pinpoint, a blank between (a line break in the
#: text): the item before it in a norm chain
_ACT_BEFORE = compile_pattern(
    r"(?<![\w-])(?:" + words(*_ABBREVIATIONS) + r")[ ][0-9]{1,4}/[0-9]{1,4}[ ]{1,2}$"
)


def _article_first(ctx: Context, pin_start: int, lang: str) -> bool:
    """Whether the abbreviated act right before the pinpoint at ``pin_start`` has a pinpoint
    right before it too: the chain writes each provision before its act (``Art 132 Abs 1
    Buchst h EGRL 112/2006`` then ``Art 132 Abs 1 Buchst m EGRL 112/2006``, one a line), so
    the pinpoint is the next act's; else each act before its provision (``EGRL 96/2003 Art
    17 Abs 1 Buchst a`` then ``EGRL 96/2003 Art 2 ...``), and it is the act's before it."""
    before = _ACT_BEFORE.search(ctx.region, max(0, pin_start - 30), pin_start)
    return before is not None and _pinpoint(ctx, before.start(), lang, first=False) is not None


def build(m: re.Match[str], ctx: Context) -> Sequence[BaseReference]:
    """Turn an abbreviated act (``EUV 2016/679``) into a :class:`LegalActRef`."""
    lang, act_type, domain = _ABBREVIATIONS[m.group("abbr")]
    a, b = m.group("a", "b")
    readings = _readings(act_type, domain, lang, a, b)
    if not readings:
        return ()
    act = Act(act_type, lang, BY_CODE[lang].act_types[act_type][0], None, None)
    # (or after it, as a norm chain's item: ``EWGV 1697/79 Art. 5 Abs. 2;``)
    pinpoint = _pinpoint(ctx, m.start(), lang) or comma_pinpoints.find(ctx.region, m.end(), lang)
    refs: list[LegalActRef] = []
    for reading in readings:
        number = _number(reading, act_type, domain, lang)
        ref = make(m, m.start(), act, number, pinpoint=pinpoint, glued=False)
        if ref is not None:
            refs.append(ref)
    normalized = f"{m.group('abbr')} {a}/{b}"  # (no order said: as written)
    if len(refs) < 2:
        # a decision's series is not said (``Nr. 1031/2000/EG`` or ``2000/520/EG``, the
        # same CELEX): its normal form is as written
        if refs and act_type == "decision":
            return [refs[0].model_copy(update={"normalized": normalized})]
        return refs
    if act_type == "directive":
        return refs[:1]  # written number first, as juris writes every directive
    candidates = [r.celex for r in refs if r.celex]
    return (refs[0].model_copy(update={**undecided_celex(candidates), "normalized": normalized}),)


#: Only when some loaded language has such abbreviations.
FAMILIES: tuple[Family, ...] = (
    (
        Family(
            kind="legal_act",
            pattern=PATTERN,
            build=build,
            anchors=(Anchor(CUE, before=_LONGEST + 6, after=8),),
            priority=10,
        ),
    )
    if _ABBREVIATIONS
    else ()
)
