"""A pinpoint before an act named with its ordinal: ``Article 17(2) of the Sixth Council
Directive 77/388/EEC``, Swedish ``artikel 17.2 i rådets sjätte direktiv 77/388/EEG``,
French ``l'article 17, paragraphe 2, de la sixième directive 77/388/CEE``.

The act's span starts at its author or type word, so the ordinal (and, where the
language writes the author first, the author: ``rådets sjätte``) stands between the
pinpoint's link and the act, and ``act_pinpoints`` found nothing there.  Where the text
before the act ends in such a gap, the pinpoint is looked for before the gap instead.
The ordinals are the record's (``Language.pinpoints.ordinals``: ``first`` ... ``sixth``), the
authors its ``authors``; in a language that declines the act (no link word), its
``pinpoints.title_ordinals``, declined with it (Polish ``art. 17 ust. 2 lit. a) szóstej
dyrektywy Rady 77/388/EWG``).
"""

from __future__ import annotations

import re

from eurefs.grammar import (
    act_pinpoints,
    comma_pinpoints,
    enacting_pinpoints,
    keyword_lines,
    unlinked_pinpoints,
)
from eurefs.grammar.base import Context
from eurefs.grammar.common import lazy_compile, words
from eurefs.languages import LANGUAGES
from eurefs.languages.base import Language

#: How far before an act the gap may start.
_REACH = 60


def _ordinals(lg: Language) -> tuple[str, ...]:
    """The ordinals of an act's title: the record's own list, else its pinpoints' ordinals."""
    return lg.pinpoints.title_ordinals or lg.pinpoints.ordinals


def _forms(lg: Language) -> tuple[str, ...]:
    """The ordinals, in lower case and capitalised (``Sixth Council Directive``)."""
    return tuple(dict.fromkeys(f for o in _ordinals(lg) for f in (o, o[:1].upper() + o[1:])))


def _gap(lg: Language) -> re.Pattern[str]:
    author = r"(?:" + words(*lg.authors) + r"[ ])?" if lg.authors else ""
    # (after a blank, or after a link's glued article: Maltese ``tas-Sitt``)
    return lazy_compile(r"(?<![^ -])" + author + words(*_ordinals(lg)) + r"[ ]$", re.IGNORECASE)


# (where a link word joins a pinpoint to its act, or where the record gives the ordinals
# declined with the act: elsewhere they are the pinpoints' own, ``akapit pierwszy``)
_LANGS = [
    lg
    for lg in LANGUAGES
    if (lg.pinpoints.ordinals and lg.pinpoints.links) or lg.pinpoints.title_ordinals
]
_TAILS = {lg.code: tuple(f"{o} " for o in _forms(lg)) for lg in _LANGS}
_GAPS = {lg.code: _gap(lg) for lg in _LANGS}
_COMMA_LEADS = comma_pinpoints.LEADS
_DASH = keyword_lines.START
_ENACTING, _INTRO_REACH = enacting_pinpoints.LANGS, enacting_pinpoints.REACH


def find(ctx: Context, start: int, end: int, lang: str) -> str | None:
    """The pinpoint of the act at region offsets ``start``-``end`` (``act_pinpoints.find``),
    or else the one written before an ordinal (and author) right before ``start``, or else
    the one after a comma after the act (``comma_pinpoints``: ``Directive 93/13, Art. 4)``)
    or after a dash (``dash_pinpoints``: ``Regulation (EU) 2016/679 – Article 88(1) –``),
    and further along its keyword line (``keyword_lines``: ``– Data protection – Article 23
    –``),
    neither for an act cited as amending the one before it (``Directive 2006/112/EC, as
    amended by Directive 2008/8/EC – Articles 44, 45 and 47``: the amended act's articles);
    or else the one after its title in the enacting formula that cites it
    (``enacting_pinpoints``: ``Gezien Verordening ..., en met name artikel 32, lid 7,``);
    before an initialism type word, perhaps with no link word (``unlinked_pinpoints``:
    ``Art. 5 VO (EG) Nr. 1/2003``)."""
    pinpoint = act_pinpoints.find(ctx, start, end, lang)
    if pinpoint is None:
        pinpoint = unlinked_pinpoints.find(ctx.region, start, lang)
    if pinpoint is None and lang in _TAILS:
        pinpoint = _before_gap(ctx, start, end, lang)
    region = ctx.region
    if (
        pinpoint is None
        and end < len(region)
        and region[end] in _COMMA_LEADS.get(lang, "")
        and not _amending(ctx, start, lang)
    ):
        # (the character after the act first: a comma, or the blank before an author)
        pinpoint = comma_pinpoints.find(region, end, lang)
    if (
        pinpoint is None
        and region.startswith(_DASH, end)  # (the test first: no call)
        and not _amending(ctx, start, lang)
    ):
        pinpoint = keyword_lines.find(region, ctx.before(start, 3), end, lang)
    if pinpoint is None and lang in _ENACTING:  # (``Gezien Verordening ..., en met name artikel``)
        pinpoint = enacting_pinpoints.find(ctx.before(start, _INTRO_REACH), region, end, lang)
    return pinpoint


#: the words before an act cited as amending the act before it, a blank after each (none
#: after an article glued to the act: Maltese ``kif emendata bid-Direttiva 98/48``)
_AMENDED_BY = {
    lg.code: tuple(w if w.endswith("-") else f"{w} " for w in lg.pinpoints.amended_by)
    for lg in LANGUAGES
    if lg.pinpoints.amended_by
}


def _amending(ctx: Context, start: int, lang: str) -> bool:
    """Whether the act at ``start`` is cited as amending the act before it (``Richtlijn
    85/337, zoals gewijzigd bij richtlijn 2003/35, art. 1, lid 5``; the keyword line of
    C-931/19 Titanium: ``Directive 2006/112/EC, as amended by Directive 2008/8/EC – Articles
    44, 45 and 47 –``): the pinpoint after it is the amended act's."""
    tails = _AMENDED_BY.get(lang)
    return tails is not None and ctx.before(start, 40).endswith(tails)


def _before_gap(ctx: Context, start: int, end: int, lang: str) -> str | None:
    """The pinpoint written before an ordinal (and author) right before ``start``."""
    text = ctx.before(start, _REACH)
    if not text.endswith(_TAILS[lang]):
        return None
    gap = _GAPS[lang].search(text)
    if gap is None or len(text) - gap.start() > start:  # (the gap must lie in the region)
        return None
    return act_pinpoints.find(ctx, start - (len(text) - gap.start()), end, lang)
