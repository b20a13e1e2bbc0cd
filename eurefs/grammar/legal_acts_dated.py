"""Acts cited by date only.

English: ``Commission Recommendation of 6 May 2003``, ``Council Framework Decision of
13 June 2002`` (span from the institution through the date, normalised without it:
``Recommendation of 6 May 2003``); a plain ``Decision of ...`` needs its institution,
as a bare "decision of 4 May" is usually a procedural step.

French and German:

``Rahmenbeschluss des Rates vom 26. Juni 2001``, ``Gemeinsamen Maßnahme vom
17. Dezember 1996``, ``décision-cadre du Conseil du 13 juin 2002``.  The span runs
from the type word through the date (an author phrase in between is inside); the
normalised form drops the author (``Rahmenbeschluss vom 26. Juni 2001``).  No
number, so no CELEX.  A list continues with ``sowie vom 19. März 1998`` /
``et du 5 mai 1998`` (the further date is its own reference).  Decisions are not
taken (``décision du Conseil du 23 juillet 2014`` is a procedural step), nor
upper-case type words (``GEMEINSAME MAßNAHME vom 3. Dezember 1998`` is a title).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from eurefs.grammar import years
from eurefs.grammar.base import Anchor, Context, Family
from eurefs.grammar.common import SEP, collapse_spaces, words
from eurefs.grammar.legal_acts import type_word_of
from eurefs.grammar.vocabulary import (
    ACT_TYPES_BY_LANG,
    AUTHOR_PHRASES,
    AUTHORS,
    DATE_WORDS,
    DATED_ACT_TYPES,
    LIST_CONJUNCTIONS,
    MONTHS,
)
from eurefs.models.references import BaseReference, LegalActRef

_LANGS = ("fr", "de")
#: written type form (lower case) -> (language, act_type)
_TYPES = {
    f.lower(): (lang, act)
    for lang in _LANGS
    for act, (_, forms) in ACT_TYPES_BY_LANG[lang].items()
    if act in DATED_ACT_TYPES
    for f in forms
}
_MONTHS = {
    name.lower(): i + 1 for lang in _LANGS for i, ns in enumerate(MONTHS[lang]) for name in ns
}
_DATE_WORD = words(*(w for lang in _LANGS for w in DATE_WORDS[lang]))
_DATE = (
    r"(?P<prep>" + _DATE_WORD + r")" + SEP + r"(?P<day>[0-9]{1,2})(?:\.|er)?" + SEP
    + r"(?P<month>" + words(*_MONTHS) + r")" + SEP + r"(?P<year>(?:19|20)[0-9][0-9])(?![\d/])"
)  # fmt: skip

PATTERN = re.compile(
    r"(?<![\w-])(?P<type>" + words(*_TYPES) + r")(?![\w-])"
    r"(?:"
    + SEP
    + r"(?P<author>"
    + words(*(p for lang in _LANGS for p in AUTHOR_PHRASES[lang]))
    + r"))?"
    + SEP
    + _DATE,
    re.IGNORECASE,
)

_MORE = {
    lang: re.compile(
        r"[^;.]{0,300}?(?<![\w])" + words(*LIST_CONJUNCTIONS[lang]) + SEP + _DATE,
        re.IGNORECASE,
    )
    for lang in _LANGS
}


def _date(m: re.Match[str]) -> dt.date | None:
    try:
        date = dt.date(int(m.group("year")), _MONTHS[m.group("month").lower()], int(m.group("day")))
    except ValueError:
        return None
    return None if years.is_future_date(date) else date


def _ref(m: re.Match[str], start: int, lang: str, act_type: str, word: str) -> LegalActRef | None:
    date = _date(m)
    if date is None:
        return None
    date_text = collapse_spaces(m.string[m.start("prep") : m.end()])
    return LegalActRef(
        text=m.string[start : m.end()],
        start=start,
        end=m.end(),
        normalized=f"{word} {date_text}",
        lang=lang,
        act_type=act_type,
        date=date,
    )


def build(m: re.Match[str], ctx: Context) -> Sequence[BaseReference]:
    """Turn a match (and any ``sowie vom ...`` after it) into date-only :class:`LegalActRef`."""
    written = m.group("type")
    if not any(c.islower() and c != "ß" for c in written):
        return ()  # an upper-case title, not a citation
    lang, act_type = _TYPES[written.lower()]
    if m.group("prep").lower() not in DATE_WORDS[lang]:
        return ()
    word = type_word_of(lang, act_type, written)
    first = _ref(m, m.start(), lang, act_type, word)
    if first is None:
        return ()
    refs: list[BaseReference] = [first]
    more = _MORE[lang].match(ctx.region, m.end())
    if more is not None and more.group("prep").lower() in DATE_WORDS[lang]:
        member = _ref(more, more.start("prep"), lang, act_type, word)
        if member is not None:
            refs.append(member)
    return refs


# English: the institution and qualifier come before the type word (inside the span).
_EN_TYPES = {
    f: act
    for act, (_, forms) in ACT_TYPES_BY_LANG["en"].items()
    if act in (*DATED_ACT_TYPES, "decision")
    for f in forms
    if f[0].isupper() and not f.endswith(".")
}
_EN_MONTHS = {name: i + 1 for i, ns in enumerate(MONTHS["en"]) for name in ns}
PATTERN_EN = re.compile(
    r"(?<![\w-])(?:(?P<author>" + words(*AUTHORS) + r")" + SEP + r")?"
    r"(?:(?P<sub>Delegated|Implementing)" + SEP + r")?"
    r"(?P<type>" + words(*_EN_TYPES) + r")" + SEP
    + r"(?P<prep>of)" + SEP + r"(?P<day>[0-9]{1,2})" + SEP + r"(?P<month>" + words(*_EN_MONTHS)
    + r")" + SEP + r"(?P<year>(?:19|20)[0-9][0-9])(?![\d/])"
)  # fmt: skip


def build_en(m: re.Match[str], ctx: Context) -> Sequence[BaseReference]:
    """An English act cited by date: a :class:`LegalActRef` without number or CELEX."""
    act_type = _EN_TYPES[m.group("type")]
    if act_type == "decision" and not m.group("author"):
        return ()
    try:
        date = dt.date(int(m.group("year")), _EN_MONTHS[m.group("month")], int(m.group("day")))
    except ValueError:
        return ()
    if years.is_future_date(date):
        return ()
    word = ACT_TYPES_BY_LANG["en"][act_type][0]
    date_text = collapse_spaces(m.string[m.start("prep") : m.end()])
    sub = m.group("sub")
    return (
        LegalActRef(
            text=m.group(0),
            start=m.start(),
            end=m.end(),
            normalized=f"{word} {date_text}",
            act_type=act_type,
            subtype=sub.lower() if sub else None,
            author=m.group("author"),
            date=date,
        ),
    )


FAMILY_EN = Family(
    kind="legal_act",
    pattern=PATTERN_EN,
    build=build_en,
    # " of 6 May 2003": one literal-led search; the window reaches back to the author
    anchors=(Anchor(re.compile(r" of [0-9]"), before=70, after=24),),
    priority=9,
)

FAMILY = Family(
    kind="legal_act",
    pattern=PATTERN,
    build=build,
    # one literal-led search per word: an alternation first is much slower to scan
    anchors=(
        Anchor(re.compile(r"vom\s[0-9]"), before=90, after=40),
        Anchor(re.compile(r"du\s[0-9]"), before=90, after=40),
    ),
    priority=9,
)
