"""A division of a Treaty above its articles, cited without an article: ``Chapter 2 of Title
V of the TEU`` (the GDPR's Article 2(2)(b)), ``Title V of Part Three TFEU``.

Such a citation is recorded as a treaty article is (``treaty_article``): its treaty, no
article (``articles`` empty: a division is no article's number), the divisions in the normal
form as written, each joined to the one above it by the record's link, and the treaty's code
after them as after an article (``Chapter 2 of Title V TEU``; ``parse`` reads it back).  The
words are the records' (``treaty_divisions``, lowest first, and ``treaty_division_link``);
the lowest division is read only with the one above it, which numbers it (``Chapter 2 TEU``
alone is nothing: each Title of the TEU numbers its own chapters), the others alone too.
The treaty is one of the record's abbreviations, after the link and the language's article
or right after the divisions; one read only before a number (``EU``, the Treaty before
Lisbon, as ``grammar/treaty_eras`` names a TEU division in a text dated before it) only
right after them (``of the EU`` is the Union).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from eurefs.grammar.base import Anchor, Context, Family
from eurefs.grammar.common import collapse_spaces, lazy_compile, words
from eurefs.languages import LANGUAGES, Language
from eurefs.models.light import BaseReference, TreatyArticleRef
from eurefs.models.prototypes import construct
from eurefs.pattern_store import compile_pattern


def _codes(lg: Language, closed: bool) -> dict[str, str]:
    """The record's treaty abbreviations read after a division -> the treaty's code; those
    read only before a number too where ``closed`` (``Title V EU``, as ``treaty_eras``
    writes the Treaty before Lisbon, never after the link: ``of the EU`` is the Union)."""
    return {
        a: code
        for code, treaty in lg.treaties.items()
        for a in treaty.abbreviations
        if closed or a not in treaty.closed_abbreviations
    }


def _source(lg: Language) -> str:
    """The pattern of ``lg``'s divisions and treaty (groups ``divs``, ``abbr``)."""
    link = r"[ ]" + re.escape(lg.treaty_division_link) + r"[ ]"
    lowest, *higher = (d.replace(" ", "[ ]") for d in lg.treaty_divisions)
    # each division above the lowest, alone or with those above it; the lowest with them
    chains = [""]
    for division in reversed(higher):
        above = r"(?:" + link + chains[0] + r")?" if chains[0] else ""
        chains.insert(0, r"(?:" + division + above + r")")
    starts = [r"(?:" + lowest + link + r")?" + chains[0], *chains[1:-1]]
    articles = [a for a in lg.back_references.articles if a.islower()]
    the = r"(?:" + words(*articles) + r"[ ])?" if articles else ""
    return (
        r"(?<![\w-])(?P<divs>" + "|".join(starts) + r")"
        r"(?:" + link + the + r"(?P<abbr>" + words(*_codes(lg, False)) + r")"
        r"|[ ](?P<bare>" + words(*_codes(lg, True)) + r"))(?![\w-])"
    )


def _family(lg: Language) -> Family:
    codes = _codes(lg, True)
    link = f" {lg.treaty_division_link} "

    def build(m: re.Match[str], ctx: Context) -> Sequence[BaseReference]:
        """Turn a match into a :class:`TreatyArticleRef` without articles."""
        code = codes[m.group("abbr") or m.group("bare")]
        divisions = link.join(_DIVISION[lg.code].findall(collapse_spaces(m.group("divs"))))
        return (
            construct(
                TreatyArticleRef,
                text=m.group(),
                start=m.start(),
                end=m.end(),
                normalized=f"{divisions} {lg.treaties[code].code}",
                lang=lg.code,
                treaty=code,
                articles=[],
            ),
        )

    # (the divisions above the lowest start with a literal word: ``Title``, ``Part``)
    anchors = tuple(Anchor(compile_pattern(d), 40, 120) for d in lg.treaty_divisions[1:])
    return Family(
        kind="treaty_article",
        pattern=lazy_compile(_source(lg)),
        build=build,
        anchors=anchors,
        priority=3,
    )


_RECORDS = [lg for lg in LANGUAGES if lg.treaty_divisions]
# one division as written, to join them in the normal form
_DIVISION = {
    lg.code: compile_pattern("|".join(d.replace(" ", "[ ]") for d in lg.treaty_divisions))
    for lg in _RECORDS
}

#: One family per language whose record writes the Treaties' divisions.
FAMILIES: tuple[Family, ...] = tuple(_family(lg) for lg in _RECORDS)
