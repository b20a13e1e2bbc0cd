"""National copies of EU acts named after them: ``the UK GDPR`` is no mention of the GDPR.

After its withdrawal the United Kingdom kept EU acts in its own law under their names
with a mark before them (``the UK GDPR``, ``UK EMIR``): a popular name or a defined
alias after such a mark (a language's ``national_name_marks``) names the national law,
which has no EU CELEX.  So does an alias defined with such a mark (``('the UK General
Data Protection Regulation')``) or after a phrase that takes the cited act into the
national law (``Regulation (EU) 2016/679 as it forms part of domestic law ... ('the
UK GDPR')``, a language's ``national_copy_phrases``): the full citation stays, the
alias is bound to nothing.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from eurefs.languages import BY_CODE, LANGUAGES
from eurefs.models.light import BaseReference
from eurefs.short_forms.common import alternation

_SPACES = " \t\u00a0"
# How far after an act's citation a phrase may take it into national law when no title
# stands between them (``Regulation (EU) No 596/2014 as retained ("UK MAR")``).
_REACH = 300


@lru_cache(maxsize=1)
def _national_mark() -> tuple[re.Pattern[str], frozenset[str], int, re.Pattern[str]] | None:
    """A national mark of any language right before a name (``UK`` in ``the UK GDPR``),
    the last characters of the marks (a cheap first test), how far before the name a
    mark may start, and a mark leading an alias (``UK GDPR``); the acronyms of every
    language are looked for in every text, so are the marks."""
    marks = sorted(
        {m for lg in LANGUAGES for m in lg.back_references.national_name_marks},
        key=lambda m: (-len(m), m),
    )
    if not marks:
        return None
    alts = "|".join(map(re.escape, marks))
    return (
        re.compile(rf"(?<![\w.])(?:{alts})[ \t\u00a0]+$"),
        frozenset(m[-1] for m in marks),
        len(marks[0]) + 8,
        re.compile(rf"(?:{alts})[ \t\u00a0]+\S"),
    )


def national_copy(text: str, start: int) -> bool:
    """Whether the name at ``start`` names a national law's copy of the act (``the UK
    GDPR``, the GDPR as retained in United Kingdom law), not the act itself."""
    found = _national_mark()
    if found is None or not start or text[start - 1] not in _SPACES:
        return False
    k = start - 1
    while k and text[k] in _SPACES:
        k -= 1
    if text[k] not in found[1]:
        return False
    return found[0].search(text, max(0, start - found[2]), start) is not None


@lru_cache(maxsize=32)
def _copy_phrases(lang: str) -> tuple[re.Pattern[str], frozenset[str]] | None:
    """The language's national-copy phrases, lowercased, and the longest word of each
    (a gap holding none of these words is passed with ``str.find``, at C speed)."""
    phrases = [p.lower() for p in BY_CODE[lang].back_references.national_copy_phrases]
    if not phrases:
        return None
    keys = frozenset(max(p.split(), key=len) for p in phrases)
    return re.compile(rf"\b{alternation(phrases)}\b"), keys


def national_definition(text: str, lang: str, cited_end: int, at: int, alias: str) -> bool:
    """Whether an alias defined at ``at``, after a citation ending at ``cited_end``,
    names a national copy of the cited act: it starts with a national mark (``UK
    GDPR``), or a phrase between the two takes the act into national law (``as it
    forms part of domestic law``, ``as retained``; case is ignored)."""
    found = _national_mark()
    if found is not None and found[3].match(alias):
        return True
    phrases = _copy_phrases(lang)
    if phrases is None:
        return False
    gap = text[cited_end:at].lower()
    return any(k in gap for k in phrases[1]) and phrases[0].search(gap) is not None


def known_alias(alias: str, known_names: frozenset[str]) -> bool:
    """Whether ``alias`` is a popular name, also after a national mark (``UK GDPR``: an
    alias of the national copy, which binds as one: see ``national_site``)."""
    if alias in known_names:
        return True
    found = _national_mark()
    m = found[3].match(alias) if found is not None else None
    return m is not None and alias[m.end() - 1 :] in known_names


def copied(cited_end: int, at: int, copies: dict[int, int]) -> bool:
    """Whether the mention of an act ending at ``cited_end`` was taken into national law
    before ``at`` by an alias defined for its national copy (``copies``: where such
    citations end -> where the alias's site starts): an anaphor at ``at`` speaks of the
    copy, which has no EU act (``Regulation (EU) 2016/679 as it forms part of domestic
    law ("the UK GDPR"). Under that Regulation``)."""
    return bool(copies) and copies.get(cited_end, at) < at


def national_site(
    text: str,
    lang: str,
    refs: list[BaseReference],
    starts: list[int],
    i: int | None,
    at: int,
    alias: str,
) -> int | None:
    """The index in ``refs`` of the act whose national copy the alias defined at ``at``
    names, if it names one: the act cited before it (``refs[i]``, the alias's antecedent;
    None: the latest act cited, within a short reach and no paragraph break, as a
    national phrase is no title)."""
    if i is None:
        i = bisect.bisect_left(starts, at) - 1
        while i >= 0 and refs[i].kind in ("oj", "celex", "eli"):
            i -= 1
        if i < 0 or refs[i].kind != "legal_act" or not 0 <= at - refs[i].end <= _REACH:
            return None
        if "\n\n" in text[refs[i].end : at]:
            return None
    return i if national_definition(text, lang, refs[i].end, at, alias) else None
