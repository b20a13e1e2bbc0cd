"""A recital right before an act (or a back-reference), its number written first, as the
Court's Danish writes it: ``33. betragtning til direktiv 2001/29``, ``I 4., 9.-11., 21.,
22., 31. og 33. betragtning til direktiv 2001/29`` (pinpoint ``4., 9.-11., 21., 22., 31.
og 33. betragtning``), and the Czech Style Guide: ``v 1. bodě odůvodnění``; or between a
recital's two words, as the Court's Czech writes it: ``bodu 12 odůvodnění směrnice
2011/92/EU`` (beside ``bodu odůvodnění 12``, read by ``act_pinpoints``), as the Court's Dutch
wrote it: ``punt 8 van de considerans van richtlijn 95/46``; or its ordinal
written out, as the Court's English writes it: ``the first and eleventh recitals in the
preamble to the directive`` (``pinpoints.recital_ordinals``).

Languages whose record sets ``pinpoints.recitals_after_number``: the words after the number
(Danish ``betragtning``; Czech ``odůvodnění``).  A number written first is an ordinal
before them, or before the record's recitals ending in them (Czech ``bodě odůvodnění``:
then only before those); the point word before a number between them is the first word of
such a recital (``bodu``, ``Bod``).  The links are those of pinpoints and annexes before
acts (Danish ``til``, ``i``; Czech none: the act is declined).  The word after an ordinal
is read as the record writes it, in small letters: after a paragraph's number a capital
starts a sentence (``12. Betragtning``, a heading's ``Odůvodnění``).  Asked first, where
the text before the act ends in such a word and its link: no other pinpoint ends so.
"""

from __future__ import annotations

import re

from eurefs.grammar.common import RANGE, lazy_compile, words
from eurefs.languages import LANGUAGES
from eurefs.languages.base import Language

#: How far before an act such a pinpoint may start.
REACH = 120


def _links(lg: Language) -> list[str]:
    """The words between the pinpoint and the act (none: the act declined)."""
    links = (*lg.pinpoints.links, *lg.pinpoints.annex_links)
    return [w for w in links if not w.endswith("-")]


def _pattern(lg: Language) -> re.Pattern[str]:
    after = lg.pinpoints.recitals_after_number
    # (a recital's first word and what follows its number: Czech ``bod`` ``odůvodnění``,
    # Dutch ``punt`` ``van de considerans``)
    split = [(r[: -len(a) - 1], r) for r in lg.pinpoints.recitals for a in after
             if r.endswith(" " + a)]  # fmt: skip
    recitals = [r for _, r in split]
    points = {p for p, _ in split}
    points |= {p[:1].upper() + p[1:] for p in points}
    join = r"(?:,[ ]|[ ]" + words(*lg.article_conjunctions) + r"[ ])"
    ordinal = r"[0-9]{1,3}\.(?:" + RANGE + r"[0-9]{1,3}\.)?"
    number = r"[0-9]{1,3}(?:" + RANGE + r"[0-9]{1,3})?"
    if lg.pinpoints.recital_ordinals:  # ``the first and eleventh recitals in the preamble to``
        ordinal = r"(?:" + "|".join(lg.pinpoints.recital_ordinals) + r")"
        articles = lg.back_references.articles
        lead = r"(?<![\w-])" + (r"(?:" + words(*articles) + r"[ ])?" if articles else "")
    else:  # the number and its dot (``33.``)
        lead = r"(?<![\w.])"
    items = [
        lead + ordinal + r"(?:" + join + ordinal + r"){0,9}[ ]" + words(*(recitals or after))
    ]  # fmt: skip
    if points:  # ``bodu 12 odůvodnění``, ``bodech 4 a 5 odůvodnění``
        items.append(
            r"(?<![\w])" + words(*points) + r"[ ]" + number + r"(?:" + join + number
            + r"){0,9}[ ]" + words(*after)
        )  # fmt: skip
    links = _links(lg)
    end = r"[ ]" + words(*links) + r"[ ]$" if links else r"[ ]$"
    return lazy_compile(r"(?P<pin>" + "|".join(items) + r")" + end)


_RECORDS = [lg for lg in LANGUAGES if lg.pinpoints.recitals_after_number]
_PATTERNS = {lg.code: _pattern(lg) for lg in _RECORDS}
#: What the text before the act must end in: a word after the number and its link.
_TAILS = {
    lg.code: tuple(
        f"{w} {link} " if link else f"{w} "
        for w in lg.pinpoints.recitals_after_number
        for link in (_links(lg) or [""])
    )
    for lg in _RECORDS
}


def find(text: str, lo: int, hi: int, lang: str) -> str | None:
    """The recital written number first that ``text[lo:hi]`` ends in, if any."""
    tails = _TAILS.get(lang)
    if tails is None or not text.endswith(tails, lo, hi):
        return None
    found = _PATTERNS[lang].search(text, max(lo, hi - REACH), hi)
    return found.group("pin") if found else None


#: The articles a defined term may follow its link with, a blank before and after each.
_ARTICLES = {lg.code: tuple(f" {a} " for a in lg.back_references.articles) for lg in _RECORDS}


def before(text: str, end: int, lang: str) -> str | None:
    """The same right before ``end`` of a text as written (a back-reference: ``33.
    betragtning til nævnte direktiv``), its blanks folded as the view's are."""
    tails = _TAILS.get(lang)
    lo = max(0, end - REACH)
    if tails is None:
        return None
    if not text.endswith(tails, lo, end):
        # an article between the link and a defined term (``recitals in the preamble to the
        # directive``): the term's span leaves it out
        articles = _ARTICLES[lang]
        if not articles or not text.endswith(articles, lo, end):
            return None
        end = next(end - len(a) + 1 for a in articles if text.endswith(a, lo, end))
        if not text.endswith(tails, lo, end):
            return None
    folded = " ".join(text[lo:end].split()) + " "
    return find(folded, 0, len(folded), lang)


def probe(lang: str) -> tuple[str, int] | None:
    """What a back-reference's pinpoint finder (``short_forms.pinpoints``) tests before it
    asks :func:`before`, in a language that writes a recital number first (None: one that
    does not): the start all tails share (perhaps with an article after it) and how far back
    from the back-reference it must start.  Where it is not there, no tail ends the text (a
    slice and ``in``: most back-references follow no recital; the tails' own test,
    ``str.endswith`` of each and each with an article, costs ~1.7 k a call)."""
    if lang not in _TAILS:
        return None
    reach = max(len(t) + len(a) - 1 for t in _TAILS[lang] for a in (" ", *_ARTICLES[lang]))
    first, last = min(_TAILS[lang]), max(_TAILS[lang])
    shared = next(
        (i for i, (a, b) in enumerate(zip(first, last, strict=False)) if a != b), len(first)
    )
    return first[:shared], reach


def tails(lang: str) -> tuple[str, ...]:
    """What the text before a back-reference ends in where :func:`before` reads a recital:
    each tail, and each with an article after it (``recital of ``, ``recital of the ``)."""
    own = _TAILS.get(lang, ())
    return own + tuple(t + a[1:] for t in own for a in _ARTICLES.get(lang, ()))
