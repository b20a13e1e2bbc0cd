"""The lower subdivisions written before a treaty article (``the fourth paragraph of Article
263 TFEU``, ``point (b) of the first paragraph of Article 267 TFEU``, French ``au quatrième
alinéa de l'article 263 TFUE``): in the article's span, as the pinpoints written after its
number are (``Article 263(4) TFEU``), and in its normal form as written, blanks folded, before
the article (``the fourth paragraph of Article 263 TFEU``).

The leads are those of pinpoints before an act (the records' ``pinpoints.leads`` and ordinal
subdivisions with their link: ``grammar/pinpoint_leads``), searched by the same patterns and
only where the text before the article ends in a link word and a blank (``of ``), as there;
where a language glues its links to the article word (Maltese ``tal-Artikolu``), the record's
own patterns (``pinpoints.glued_leads``: ``ir-raba’ paragrafu tal-``), searched only where the
text before the article ends in such a link.
"""

from __future__ import annotations

import re

from eurefs.grammar.act_pinpoints import LEAD_PATTERNS, REACH
from eurefs.grammar.common import lazy_compile
from eurefs.grammar.pinpoint_search import lead_start
from eurefs.languages import LANGUAGES

#: How far before the article a glued lead may start
_GLUED_REACH = 60
_GLUED = {
    lg.code: (
        lazy_compile(r"(?:" + "|".join(lg.pinpoints.glued_leads) + r")\Z"),
        tuple(w for w in lg.pinpoints.links if w.endswith("-")),
    )
    for lg in LANGUAGES
    if lg.pinpoints.glued_leads
}


def start(string: str, at: int, lang: str) -> int:
    """Where the subdivisions written before the treaty article at ``string[at:]`` in ``lang``
    start (``at``: none)."""
    if (glued := _GLUED.get(lang)) is not None:
        return _glued_start(string, at, *glued)
    p = LEAD_PATTERNS.get(lang)
    if p is None or p.leads is None:
        return at
    lo = max(0, at - REACH)
    if not string.endswith(p.lead_links, lo, at):
        return at
    return lead_start(p, string, lo, at)


def _glued_start(string: str, at: int, pattern: re.Pattern[str], links: tuple[str, ...]) -> int:
    lo = max(0, at - _GLUED_REACH)
    if not string.endswith(links, lo, at):
        return at
    found = pattern.search(string, lo, at)
    return found.start() if found is not None else at


def written(string: str, lead: int, at: int) -> str:
    """The subdivisions at ``string[lead:at]`` as the normal form writes them before the
    article: blanks folded, one blank after (none after an elided link, ``de l'article``, nor
    after a glued one, ``tal-Artikolu``)."""
    text = " ".join(string[lead:at].split())
    return text if text.endswith(("'", "\u2019", "-")) else text + " "
