"""A pinpoint written number first right before an act, as Slovenian national texts
write it: ``prvega odstavka 3. člena Uredbe Sveta (ES) št. 343/2003``, ``v skladu s 6.
členom Direktive 2003/88/ES`` (pinpoint ``prvega odstavka 3. člena``, ``6. členom``),
perhaps after a numbered or a lettered point (``1. točko prvega odstavka 6. člena``,
``točka (f) prvega odstavka 6. člena``).

Languages whose record sets ``article_ordinal_first``; the words come from the record
(lower-case article words, ordinals and ordinal nouns, conjunctions).  Asked by
``act_pinpoints.find`` only where its own cheap test failed and the text before the act
ends in an article word.
"""

from __future__ import annotations

import re

from eurefs.grammar.base import Context
from eurefs.grammar.common import RANGE, lazy_compile, words
from eurefs.languages import LANGUAGES
from eurefs.languages.base import Language

#: How far before an act such a pinpoint may start.
REACH = 90


def _pattern(lg: Language) -> re.Pattern[str]:
    articles = [w for w in lg.article_words if w.islower()]
    number = r"[0-9]{1,3}[a-z]?\."
    first = r"[0-9]{1,3}[a-z]?(?:\.|(?=" + RANGE + r"[0-9]))"
    join = r"(?:" + RANGE + r"|,[ ]|[ ]" + words(*lg.article_conjunctions) + r"[ ])"
    lead = (
        r"(?:"
        + words(*lg.pinpoints.ordinals)
        + r"[ ]"
        + words(*lg.pinpoints.ordinal_nouns)
        + r"[ ])?"
        if lg.pinpoints.ordinals and lg.pinpoints.ordinal_nouns
        else ""
    )
    if lg.pinpoints.leads:  # a point before them: ``1. točko``, ``točka (f) prvega odstavka``
        lead = _point(lg, join) + lead
    return lazy_compile(
        # (the first number of a range may go without its dot: ``3–5. člena``)
        r"(?<![\w.])(?P<pin>" + lead + first + r"(?:" + join + number + r"){0,5}[ ]"
        + words(*articles) + r")[ ]$"
    )  # fmt: skip


def _point(lg: Language, join: str) -> str:
    """A point written before the paragraph and the article, perhaps (the pattern is
    optional): numbered, its number first (``1. točko``), or lettered, its word first and
    the letters in brackets, perhaps a list (``točka (f)``, ``s točko (b)``, ``točki (a) in
    (b)``; at a sentence's start ``Točka (f)``)."""
    leads = words(*lg.pinpoints.leads)
    first = words(*(w[:1].upper() + w[1:] for w in lg.pinpoints.leads))
    letter = r"\(?[a-z]{1,4}\)"
    letters = r"(?:" + leads + r"|" + first + r")[ ]" + letter + r"(?:" + join + letter + r"){0,5}"
    return r"(?:[0-9]{1,3}\.[ ]" + leads + r"[ ]|" + letters + r"[ ])?"


_PATTERNS = {lg.code: _pattern(lg) for lg in LANGUAGES if lg.article_ordinal_first}
_TAILS = {
    lg.code: tuple(f"{w} " for w in lg.article_words if w.islower())
    for lg in LANGUAGES
    if lg.article_ordinal_first
}


def find(ctx: Context, start: int, lang: str) -> str | None:
    """The pinpoint written number first right before region offset ``start``, if any."""
    pattern = _PATTERNS.get(lang)
    if pattern is None:
        return None
    text = ctx.before(start, REACH)
    if not text.endswith(_TAILS[lang]):
        return None
    found = pattern.search(text)
    return found.group("pin") if found else None


def before(text: str, end: int, lang: str) -> str | None:
    """The same right before ``end`` of a text as written (a short name: ``6. člen
    GDPR``), its blanks folded as the view's are."""
    pattern = _PATTERNS.get(lang)
    lo = max(0, end - REACH)
    if pattern is None or not text.endswith(_TAILS[lang], lo, end):
        return None
    found = pattern.search(" ".join(text[lo:end].split()) + " ")
    return found.group("pin") if found else None
