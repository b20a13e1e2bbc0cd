"""Acts cited by date alone, the date written as a template in the language's record says.

Before the type word, for the languages whose record has ``dated_forms_before``: Latvian
``Komisijas 2003. gada 6. maija Ieteikums``, Lithuanian ``2003 m. gegužės 6 d. Komisijos
rekomendacija``, Estonian ``komisjoni 6. mai 2003. aasta soovitus``, Hungarian ``a
Bizottság 2003. május 6-i ajánlása``, Finnish ``6.5.2003 annettu komission suositus``.
The span runs from an institution written in front (or the date) through the type word;
the normal form is the date as written and the type word's dictionary form (``2003. gada
6. maija Ieteikums``).  No number, so no CELEX.  A type word followed by a number is a
numbered act (``Padomes 1993. gada 23. novembra Direktīvā 93/104/EK``), left to
``legal_acts``.

After the type word and its institution, for ``dated_forms_after``, where the date is
built unlike ``legal_acts_dated``'s date word, day, month and year: Maltese
``ir-Rakkomandazzjoni tal-Kummissjoni tas-6 ta’ Mejju 2003`` (the article joined to the
day), normalised as dictionary form and date (``Rakkomandazzjoni tas-6 ta’ Mejju 2003``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Sequence
from typing import NamedTuple

from eurefs.grammar import years
from eurefs.grammar.base import Anchor, Context, Family
from eurefs.grammar.common import collapse_spaces, lazy_compile, words
from eurefs.grammar.legal_act_words import UNION_ONLY_TYPES
from eurefs.grammar.record_dates import FIELD, template_source
from eurefs.languages import BY_CODE, LANGUAGES, Language
from eurefs.models.light import BaseReference, LegalActRef
from eurefs.models.prototypes import construct

_LANGS = [
    lg
    for lg in LANGUAGES
    if (lg.dated_forms_before or lg.dated_forms_after) and lg.dated_form_act_types
]


def _types(lang: Language) -> dict[str, str]:
    """Written type form (lower case) -> act type."""
    return {
        f.lower(): act
        for act in lang.dated_form_act_types
        for f in lang.act_types.get(act, ())
        if not f.endswith(".")
    }


def _before(lang: Language, template: str) -> str:
    """Institution, date, link word, institution, type word (``Komisijas 2003. gada ...``)."""
    authors = words(*lang.authors) if lang.authors else r"(?!)"
    after = words(*lang.authors, *lang.author_phrases) if lang.authors else r"(?!)"
    link = rf"(?P<link>{words(*lang.dated_form_links)})\s+" if lang.dated_form_links else ""
    markers = words(*{m.rstrip(".") for m in lang.number_markers})
    date = template_source(template, lang)
    return (
        rf"(?<![\w-])(?:(?P<author>{authors})\s+)?(?P<date>{date})\s+{link}"
        rf"(?:(?P<author2>{after})\s+)?(?P<type>{words(*_types(lang))})(?![\w-])"
        # a number after the type word, perhaps after the language's number marker (any
        # case: ``Nr.``, ``nr``), makes it a numbered act, cited by number
        rf"(?!\s*(?:[0-9(]|(?i:{markers})\.?\s*[0-9]))"
    )


def _after(lang: Language, template: str) -> str:
    """Type word (after a joined article: ``ir-Rakkomandazzjoni``), institution, date."""
    authors = words(*lang.author_phrases) if lang.author_phrases else r"(?!)"
    return (
        rf"(?<!\w)(?P<type>{words(*_types(lang))})(?![\w-])"
        rf"(?:\s+(?P<author2>{authors}))?,?\s+(?P<date>{template_source(template, lang)})(?![\w-])"
    )


class _Form(NamedTuple):
    """One date form of one language: its template, and whether the date follows."""

    lang: Language
    template: str
    after: bool


# one pattern per date form (each names its own groups), compiled when its cue is first
# seen: compiling the forms of every language at import cost each command's start-up
_FORMS = [_Form(lg, t, False) for lg in _LANGS for t in lg.dated_forms_before] + [
    _Form(lg, t, True) for lg in _LANGS for t in lg.dated_forms_after
]
#: compiled pattern -> its form (filled as the forms are compiled; read by ``build``)
_FORM_OF: dict[re.Pattern[str], _Form] = {}
_COMPILED: list[re.Pattern[str] | None] = [None] * len(_FORMS)


def _source(form: _Form) -> str:
    return (_after if form.after else _before)(form.lang, form.template)


def _pattern(i: int) -> re.Pattern[str]:
    """The pattern of ``_FORMS[i]``, compiled on first use."""
    compiled = _COMPILED[i]
    if compiled is None:
        form = _FORMS[i]
        compiled = re.compile(_source(form), re.IGNORECASE)
        _COMPILED[i] = compiled
        _FORM_OF.setdefault(compiled, form)
    return compiled


_MONTH_NUMBERS = {
    lg.code: {n.lower(): i + 1 for i, names in enumerate(lg.months) for n in names} for lg in _LANGS
}


def _cue(lang: Language, template: str) -> tuple[tuple[str, ...], ...]:
    """What a lower-cased window must hold for a date form to be tried: one string of
    each group (a month name, the form's longest literal part such as ``gada`` or
    ``-i``, the start of a link word such as ``annet``)."""
    groups = []
    if "{month}" in template:
        groups.append(tuple({n.lower() for names in lang.months for n in names}))
    literal = max(FIELD.split(template)[::2], key=lambda part: len(part.strip(" .")))
    if len(literal.strip(" .")) >= 2:
        groups.append((literal.strip(" ").lower(),))
    if lang.dated_form_links:
        groups.append(tuple({w[:5].lower() for w in lang.dated_form_links}))
    return tuple(groups)


_CUES = [_cue(form.lang, form.template) for form in _FORMS]
# the last group of each cue is its most telling one: a window with none of them is
# passed over after one search
# (written in lower case in the texts: month names, ``gada``, ``aasta``, ``annettu``)
_ANY_CUE = lazy_compile(words(*(c for cue in _CUES for c in cue[-1])) or r"(?!)")


def _when(m: re.Match[str], lang: str) -> dt.date | None:
    parts = m.groupdict()
    month = (
        int(parts["mnum"])
        if parts.get("mnum")
        else _MONTH_NUMBERS[lang].get((parts.get("month") or "").lower())
    )
    if month is None:
        return None
    return years.past_date(int(m.group("year")), month, int(m.group("day")))


def find_matches(text: str, pos: int, endpos: int) -> Iterator[re.Match[str]]:
    """Matches of every date-first form in a window around a year, in text order; a form
    is tried only where its cue is in the window (most windows hold none)."""
    if _ANY_CUE.search(text, pos, endpos) is None:
        return
    low = text[pos:endpos].lower()
    found: list[re.Match[str]] = []
    for i, cue in enumerate(_CUES):
        if all(any(c in low for c in group) for group in cue):
            found.extend(_pattern(i).finditer(text, pos, endpos))
    found.sort(key=lambda m: (m.start(), -m.end()))
    end = pos
    for m in found:
        if m.start() >= end:
            end = m.end()
            yield m


def _normal_form(m: re.Match[str], form: _Form, word: str, act_type: str) -> str:
    """Date and dictionary word; the institution too, and the link word the pattern
    needs with it, where the institution alone makes the act an EU act's (``Komisijas
    2003. gada 6. maija Ieteikums``, ``komission 6 päivänä toukokuuta 2003 antama
    suositus``), so that the normal form parses."""
    date_text = collapse_spaces(m.group("date"))
    parts = m.groupdict()  # a date after the type word has no institution before it
    before, link, between = parts.get("author"), parts.get("link"), parts.get("author2")
    if act_type in UNION_ONLY_TYPES:
        before = link = between = None
    if form.after:
        return " ".join(p for p in (word, between, date_text) if p)
    return " ".join(collapse_spaces(p) for p in (before, date_text, link, between, word) if p)


def build(m: re.Match[str], ctx: Context) -> Sequence[BaseReference]:
    """A match of a dated form as a :class:`LegalActRef` without CELEX."""
    form = _FORM_OF[m.re]
    lang = form.lang.code
    record = BY_CODE[lang]
    date = _when(m, lang)
    if date is None:
        return ()
    written = m.group("type")
    act_type = _types(record)[written.lower()]
    parts = m.groupdict()
    author = parts.get("author") or parts.get("author2")
    if author is None and act_type not in UNION_ONLY_TYPES:
        return ()  # ``Lietuvos banko 2016 m. gegužės 12 d. rekomendacija``: a national one
    return (
        construct(
            LegalActRef,
            text=m.group(0),
            start=m.start(),
            end=m.end(),
            normalized=_normal_form(m, form, record.type_word(act_type, written), act_type),
            lang=lang,
            act_type=act_type,
            author=author,
            date=date,
        ),
    )


def _year_cues(lang: Language, template: str) -> list[tuple[str, str]]:
    """``(look-behind, look-ahead)`` pairs around a year that only this date form writes:
    what the template puts right after the year (``. gada``, `` m.``, a month after
    ``. ``), else the link words after the date (``tehty``), else the month right before
    the year (``Mejju 2003``: one look-behind of fixed width per month name)."""
    after = template.split("{year}", 1)[1]
    literal = FIELD.split(after)[0]
    if literal.strip():
        ahead = re.escape(literal).replace(r"\ ", r"\s")
        if after.startswith(literal + "{month}"):
            months = words(*(n for names in lang.months for n in names))
            ahead += f"(?:{months})"
        return [("", ahead)]
    if lang.dated_form_links:
        return [("", r"\s(?:" + "|".join(sorted({w[:5] for w in lang.dated_form_links})) + ")")]
    before = template.split("{year}", 1)[0]
    if before.endswith("{month} "):
        return [(f"{re.escape(n)} ", "") for names in lang.months for n in names]
    return [("", "")]


# Where to look: a year with what only a dated form writes around it (``2003. gada``,
# ``2002 m.``, ``2003. aasta``, ``2002. június``, ``2002 tehty``, ``Mejju 2003``), so that
# the years of other texts (``of 4 May 2003``) open no window; the type word follows.
# One anchor per century holds every cue (the cues share the window, so the regions are
# those of one anchor per cue): the shared search of ``19``/``20`` then tries one group
# for them, not one per cue at every year of the text.
_CUES_AROUND = sorted({cue for lg, t, _ in _FORMS for cue in _year_cues(lg, t)})


def _year_anchor(c: str) -> Anchor:
    """``c`` (``19``, ``20``) where a year holds one of the dated forms' cues."""
    aheads = [ahead for behind, ahead in _CUES_AROUND if not behind]
    alts = [f"(?=[0-9]{{2}}(?:{'|'.join(aheads)}))"] if aheads else []
    by_width: dict[int, list[str]] = {}  # look-behinds of one width: one look-behind
    for behind, ahead in _CUES_AROUND:
        if behind and ahead:
            alts.append(rf"(?<={behind}{c})(?=[0-9]{{2}}{ahead})")
        elif behind:
            by_width.setdefault(len(re.sub(r"\\(.)", r"\1", behind)), []).append(behind)
    alts.extend(f"(?<=(?:{'|'.join(group)}){c})" for _, group in sorted(by_width.items()))
    held = "" if ("", "") in _CUES_AROUND else "(?:" + "|".join(alts) + ")"
    return Anchor(lazy_compile(c + r"(?=[0-9]{2}(?![0-9/]))" + held), before=90, after=80)


_YEAR_ANCHORS = tuple(_year_anchor(c) for c in ("19", "20")) if _CUES_AROUND else ()

#: Acts cited by date alone in a templated form (empty when no loaded language has one).
FAMILIES: tuple[Family, ...] = (
    (
        Family(
            kind="legal_act",
            # the finder runs the forms; this one stands for them (compiled if used)
            pattern=lazy_compile(_source(_FORMS[0]), re.IGNORECASE),
            build=build,
            anchors=_YEAR_ANCHORS,
            finder=find_matches,
            priority=9,
            # every anchor is such a year: a text without one (a one-line extract)
            # searches none of the anchors and compiles none of them
            requires=(lazy_compile(r"(?:19|20)[0-9]{2}"),),
        ),
    )
    if _FORMS
    else ()
)

__all__ = ["FAMILIES", "build", "find_matches"]
