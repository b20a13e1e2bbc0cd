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

Finnish, Hungarian, Estonian, Latvian and Lithuanian write the pinpoint *after* the act,
each subdivision word declined next to its number (``asetuksen (EU) 2016/679 6 artiklan
1 kohdan a alakohta``, ``az (EU) 2016/679 rendelet 6. cikke (1) bekezdésének a) pontja``,
``määruse (EL) 2016/679 artikli 6 lõike 1 punkt a``): the record gives the stems of
those words (``act_pinpoint_after``) and the pinpoint is read from the act's end.

Every act found asks for its pinpoint, so a cheap literal test runs first: the text
before the act must end in a link word (or, without link words, in a number or a
closing bracket and a space), the text after it must go on with a number, a bracket or
a stem; only then is the pattern searched.
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
# an annex's ``II``; Croatian ordinals ``6.`` (``{dot}``).  Bounded repeats over disjoint
# characters: linear.
_NUMBER = (
    r"(?:[0-9]{{1,3}}(?:er|[a-z])?(?![\w]){dot}(?:\.[ ]?o(?![\w]))?"
    r"(?:[ ](?:bis|ter|quater|quinquies|sexies)(?![\w]))?"
    r"(?:\([0-9]{{1,3}}[a-z]?\)){{0,3}}(?:\([a-z]{{1,4}}\)){{0,3}}"
    r"(?:(?:\.[0-9]{{1,3}}){{1,2}}(?:[ ][a-z](?![\w]))?)?"
    r"|[IVXLC]{{1,6}}(?![\w]){dot})"
)
# The number after a lower subdivision's word: ``1``, ``a)``, ``(a)``, ``(1)``, ``a``, ``iii``
# (letters of any script: Greek ``α)``, Bulgarian ``а)``).
_SUB_NUMBER = (
    r"(?:[0-9]{{1,3}}[a-z]?(?:\.[ ]?o(?![\w]))?(?:\([0-9]{{1,3}}\))?(?![\w]){dot}"
    r"|\(?[^\W\d_]{{1,4}}\)|\([0-9]{{1,3}}[a-z]?\)|[^\W\d_](?![\w])|[ivx]{{2,5}}(?![\w]){dot})"
)
_DOT = r"(?:\.(?=[ ]))?"
# A number next to a declined subdivision word after the act: ``6``, ``6.``, ``(1)``, ``a)``.
_AFTER_NUMBER = r"(?:[0-9]{1,3}[a-z]?\.?|\([0-9]{1,3}[a-z]?\)|[a-z]\)?)"
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
    sub_number = _SUB_NUMBER.format(dot=_DOT if lg.ordinal_dot else "")
    if lg.pinpoint_words:
        sep = r",[ ]" if lg.pinpoints_after_comma else r",?[ ]"
        parts.append(
            sep + words(*_set_apart(lg.pinpoint_words)) + r"[ ]"
            + _list_of(sub_number, lg.article_conjunctions)
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
    number = _NUMBER.format(dot=_DOT if lg.ordinal_dot else "")
    link, end = _links(lg)
    lower = _lower_parts(lg)
    return (
        r"(?<![\w.])(?P<pin>" + _leads(lg, link)
        + words(*_both_cases(heads)) + r"[ ]" + _list_of(number, lg.article_conjunctions)
        + (r"(?:" + "|".join(lower) + r"){0,6}" if lower else "")
        + r")" + end
    )  # fmt: skip


def after_source(lg: Language) -> str | None:
    """The pattern of a pinpoint right after an act in ``lg`` (None: the language writes
    its pinpoints before acts).  Matched at the act's end."""
    if not lg.act_pinpoint_after:
        return None
    word = words(*_both_cases(lg.act_pinpoint_after)) + r"\w{0,8}"
    item = r"(?:" + _AFTER_NUMBER + r"[ ]" + word + r"|" + word + r"[ ]" + _AFTER_NUMBER + r")"
    return r"[ ](?P<pin>" + item + r"(?![\w])(?:[ ]" + item + r"(?![\w])){0,4})"


def cue(lg: Language) -> tuple[str, ...]:
    """What the text before an act must end in for a pinpoint to be possible: a link word
    and a space (``of ``), or, without link words, a number or bracket and a space; what
    the text after it must start with, in a language that writes pinpoints after acts."""
    if lg.act_pinpoint_after:
        return tuple(f" {c}" for c in "0123456789(") + tuple(
            f" {w}" for w in _both_cases(lg.act_pinpoint_after)
        )
    if lg.act_pinpoint_links:
        links = lg.act_pinpoint_links
        return tuple(t for w in links for t in ((w, w + " ") if w.endswith("-") else (w + " ",)))
    return tuple(c + " " for c in "0123456789)" + ("." if lg.ordinal_dot else ""))


_BEFORE = {lg.code: lazy_compile(src) for lg in LANGUAGES if (src := pattern_source(lg))}
_AFTER = {lg.code: lazy_compile(src) for lg in LANGUAGES if (src := after_source(lg))}
_CUES = {code: cue(BY_CODE[code]) for code in (*_BEFORE, *_AFTER)}


def find(ctx: Context, start: int, end: int, lang: str) -> str | None:
    """The pinpoint written right before region offset ``start`` (or, in a language that
    writes it there, right after ``end``) of an act in ``lang``, if any."""
    pattern = _BEFORE.get(lang)
    if pattern is None:
        return _after(ctx.region, end, lang)
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
    return _written(found.group("pin")) if found else None


def _after(region: str, end: int, lang: str) -> str | None:
    """The pinpoint written right after ``region[:end]`` (``6 artiklan 1 kohdan``)."""
    pattern = _AFTER.get(lang)
    if pattern is None or not region.startswith(_CUES[lang], end):
        return None
    found = pattern.match(region, end, end + REACH)
    return _written(found.group("pin")) if found else None


def _written(pin: str) -> str:
    """The pinpoint as written, blanks folded, the ordinal sign restored (``6.º``)."""
    if "  " in pin or not pin.isprintable():
        pin = " ".join(pin.split())
    return _SIGN.sub(".º", pin) if ".o" in pin or ". o" in pin else pin
