"""A pinpoint written right before an act: ``Article 6(1)(a) of Regulation (EU) 2016/679``.

The pinpoint is kept on the act's reference (``pinpoint``), outside its span, written as
in the text with its blanks folded (and the ordinal sign of ``artigo 6.º`` restored).
One pattern per language, built from the words of its record:

* the words a pinpoint starts with: article words (``Article``, ``art.``, ``Artikel``,
  ``čl.``) and the back-reference pinpoint words (``Annex``, ``considérant``, ``Anhang``);
* the numbers after them, with a list joined by the article conjunctions
  (``articles 5 et 6``);
* the lower subdivisions after the number: the pinpoint words of treaty articles
  (``, paragraphe 1``, `` Abs. 1``, `` ust. 1``), after a comma or a space as the
  language writes them, ordinals with their nouns (``, premier alinéa``) and the
  record's further pinpoint patterns (Polish ``akapit trzeci``);
* the lower subdivisions some languages write first (``act_pinpoint_leads``: English
  ``point (a) of``, ``the first subparagraph of``);
* the words that link the pinpoint to the act (``act_pinpoint_links``: ``of``, ``du``,
  ``der``, ``della``, ``van``); languages that decline the act instead (Polish
  ``art. 6 ust. 1 rozporządzenia``) have none and take the pinpoint right before it.

Languages that write the pinpoint *after* the act (Finnish, Hungarian, Estonian,
Latvian, Lithuanian: ``asetuksen (EU) 2016/679 6 artiklan``) are not covered here.

Every act found asks for its pinpoint, so a cheap literal test runs first: the text
before the act must end in a link word (or, without link words, in a number or a
closing bracket and a space); only then is the pattern searched.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from eurefs.grammar.base import Context
from eurefs.grammar.common import lazy_compile, words
from eurefs.languages import BY_CODE, LANGUAGES
from eurefs.languages.base import Language

#: How far before an act its pinpoint may start.
REACH = 120

# The number of an article or of a division: ``6``, ``6a``, ``1er``, ``6(1)(a)``, ``6.º``
# (the view folds ``º`` to ``o``; a PDF may set it apart), ``6 bis``, Swedish ``7.1 a``,
# an annex's ``II``.  Bounded repeats over disjoint characters: linear.
_NUMBER = (
    r"(?:[0-9]{1,3}(?:er|[a-z])?(?![\w])(?:\.[ ]?o(?![\w]))?"
    r"(?:[ ](?:bis|ter|quater|quinquies|sexies)(?![\w]))?"
    r"(?:\([0-9]{1,3}[a-z]?\)){0,3}(?:\([a-z]{1,4}\)){0,3}"
    r"(?:(?:\.[0-9]{1,3}){1,2}(?:[ ][a-z](?![\w]))?)?"
    r"|[IVXLC]{1,6}(?![\w]))"
)
# The number after a lower subdivision's word: ``1``, ``a)``, ``(a)``, ``(1)``, ``a``, ``iii``
# (letters of any script: Greek ``α)``, Bulgarian ``а)``).
_SUB_NUMBER = (
    r"(?:[0-9]{1,3}[a-z]?(?:\.[ ]?o(?![\w]))?(?:\([0-9]{1,3}\))?(?![\w])"
    r"|\(?[^\W\d_]{1,4}\)|\([0-9]{1,3}[a-z]?\)|[^\W\d_](?![\w])|[ivx]{2,5}(?![\w]))"
)
# ``6.o``, ``n.o``, ``n. o`` as the view has them: written ``.º`` in the pinpoint.
_SIGN = re.compile(r"(?<=[0-9n])\.[ ]?o(?=s?(?![\w]))")
_SIGN_AT_END = re.compile(r"\.o(?=s?$)")  # a pinpoint word ending in the sign (``n.o``)


def _both_cases(items: Iterable[str]) -> list[str]:
    """Words as written and with their first letter in the other case (sentence starts)."""
    return [v for w in items for v in {w, w[:1].upper() + w[1:], w[:1].lower() + w[1:]}]


def _set_apart(items: Iterable[str]) -> list[str]:
    """Words, and those ending in an ordinal sign with the sign set apart (``n. o``)."""
    return [v for w in items for v in {w, _SIGN_AT_END.sub(". o", w)}]


def _list_of(number: str, conjunctions: tuple[str, ...]) -> str:
    """Numbers joined by a comma or a conjunction: ``5 et 6``, ``a), b) ou c)``."""
    join = r"(?:,[ ]" + (r"(?:" + words(*conjunctions) + r"[ ])?" if conjunctions else "")
    join += r"|[ ]" + words(*conjunctions) + r"[ ])" if conjunctions else r")"
    return number + r"(?:" + join + number + r"){0,5}"


def _lower_parts(lg: Language) -> list[str]:
    """The lower subdivisions written after the number (``, paragraphe 1``, `` Abs. 1``)."""
    parts = []
    if lg.pinpoint_words:
        sep = r",[ ]" if lg.pinpoints_after_comma else r",?[ ]"
        parts.append(
            sep + words(*_set_apart(lg.pinpoint_words)) + r"[ ]"
            + _list_of(_SUB_NUMBER, lg.article_conjunctions)
        )  # fmt: skip
    if lg.ordinals and lg.ordinal_nouns:
        parts.append(r",?[ ]" + words(*lg.ordinals) + r"[ ]" + words(*lg.ordinal_nouns))
    parts.extend(r",?[ ](?:" + p + r")(?![\w])" for p in lg.pinpoint_patterns)
    return parts


def _leads(lg: Language, link: str) -> str:
    """The lower subdivisions written before the article, each with its link:
    ``point (a) of``, ``the first subparagraph of`` (English)."""
    if not lg.act_pinpoint_leads:
        return ""
    lead = words(*lg.act_pinpoint_leads) + r"[ ]\([a-z0-9]{1,4}\)"
    if lg.ordinals and lg.ordinal_nouns:
        articles = lg.back_references.articles
        article = r"(?:" + words(*articles) + r"[ ])?" if articles else ""
        lead += r"|" + article + words(*lg.ordinals) + r"[ ]" + words(*lg.ordinal_nouns)
    return r"(?:(?:" + lead + r")[ ]" + link + r"[ ]){0,3}"


def _links(lg: Language) -> tuple[str, str]:
    """The link between the pinpoint and a lead (``of``) and the end of the pattern:
    a link word and the space after it, or (glued links, Maltese ``tad-``) no space."""
    spaced = [w for w in lg.act_pinpoint_links if not w.endswith("-")]
    glued = [w for w in lg.act_pinpoint_links if w.endswith("-")]
    if not spaced and not glued:
        return "(?!)", r"[ ]$"
    ends = []
    if spaced:
        ends.append(words(*spaced) + r"[ ]")
    if glued:
        ends.append(words(*glued) + r"[ ]?")
    return words(*spaced) if spaced else "(?!)", r",?[ ](?:" + "|".join(ends) + r")$"


def pattern_source(lg: Language) -> str | None:
    """The pattern of a pinpoint right before an act in ``lg`` (None: the language has
    no article words, or writes its pinpoints after the act)."""
    heads = [*lg.article_words, *lg.back_references.pinpoint_words]
    if not heads or lg.act_pinpoint_after:
        return None
    link, end = _links(lg)
    lower = _lower_parts(lg)
    return (
        r"(?<![\w.])(?P<pin>" + _leads(lg, link)
        + words(*_both_cases(heads)) + r"[ ]" + _list_of(_NUMBER, lg.article_conjunctions)
        + (r"(?:" + "|".join(lower) + r"){0,6}" if lower else "")
        + r")" + end
    )  # fmt: skip


def cue(lg: Language) -> tuple[str, ...]:
    """What the text before an act must end in for a pinpoint to be possible: a link word
    and a space (``of ``), or, without link words, a number or bracket and a space."""
    if lg.act_pinpoint_links:
        links = lg.act_pinpoint_links
        return tuple(t for w in links for t in ((w, w + " ") if w.endswith("-") else (w + " ",)))
    return tuple(c + " " for c in "0123456789)")


_SOURCES = {lg.code: pattern_source(lg) for lg in LANGUAGES}
_PATTERNS = {code: lazy_compile(src) for code, src in _SOURCES.items() if src}
_CUES = {code: cue(BY_CODE[code]) for code in _PATTERNS}


def find(ctx: Context, start: int, lang: str) -> str | None:
    """The pinpoint written right before region offset ``start`` in ``lang``, if any."""
    pattern = _PATTERNS.get(lang)
    if pattern is None:
        return None
    tails = _CUES[lang]
    # the cheap test, in the region itself where the characters before lie in it (no copy)
    if start >= REACH:
        if not ctx.region.endswith(tails, start - REACH, start):
            return None
        before = ctx.region[start - REACH : start]
    else:
        before = ctx.before(start, REACH)
        if not before.endswith(tails):
            return None
    found = pattern.search(before)
    if found is None:
        return None
    pin = found.group("pin")
    if "  " in pin or not pin.isprintable():
        pin = " ".join(pin.split())
    return _SIGN.sub(".º", pin) if ".o" in pin or ". o" in pin else pin
