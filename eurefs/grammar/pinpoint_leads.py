"""The lower subdivisions some languages write *before* the article of a pinpoint
(``pinpoints.leads``): English ``point (a) of the first subparagraph of Article 6(1)``,
Portuguese ``alínea a) do n.º 1 do artigo 6.º``, each joined to what follows by a link
word; in a language with no link words, declined and joined by a blank alone (Slovenian
``točke (f) člena 6(1) Uredbe``).

``grammar/act_pinpoints`` adds them to its pinpoints: :func:`source` is the pattern of
the leads up to the article, :func:`ends` what the text before the article must end in
for them to be searched, and :func:`tail` the cheap test of the text before them
(matched on the reversed text; ``grammar/pinpoint_search``).
"""

from __future__ import annotations

from eurefs.grammar import ordinal_parts, pinpoint_numbers
from eurefs.grammar.capitals import with_capitals
from eurefs.grammar.common import words
from eurefs.grammar.ordinal_signs import set_apart
from eurefs.languages.base import Language

# The number of a subdivision written first: ``(a)``, Portuguese ``a)``, ``n.º 1``; a letter in
# capitals too, as a headnote sets it (``ALÍNEA A) DO N.º 1 DO``); a point numbered by its
# section, with dots, as annexes number theirs (``point 1.3 of Annex IX to Regulation (EC) No
# 889/2008``; never a date's ``1.3.2004``: no part of four figures, nor a dot and a figure after).
_LEAD_NUMBER = (
    r"(?:\(?(?:[a-z0-9]{1,4}|[A-Z])\)|[0-9]{1,3}(?:\.[0-9]{1,3}){0,3}(?![\w])(?!\.[0-9]))"
)
_BLANKS = " \n\t\u00a0"
_ELIDED = ("'", "\u2019")


def source(lg: Language, link: str) -> str | None:
    """The lower subdivisions written before the article, each with its link (``link``:
    the pattern of the record's link words), up to the article: ``point (a) of``, ``the
    first subparagraph of`` (English), ``alínea a) do n.º 1 do``, ``n.º 3, alínea g), do``
    (Portuguese: several joined by commas), Slovenian ``točke (e) ali (f)`` (no link)."""
    if not lg.pinpoints.leads and not lg.pinpoints.ordinal_leads:
        # (links glued to the article word, Maltese ``tal-Artikolu``: the record's own leads,
        # each ending in such a link, ``il-punt 1 tal-``)
        glued = lg.pinpoints.glued_leads
        return r"(?:" + "|".join(glued) + r")\Z" if glued else None
    # ``points (a) and (b) of`` (in capitals too: ``ALÍNEA A) DO``, ``grammar/capitals``)
    alts = []
    if lg.pinpoints.leads:
        lead = words(*set_apart(with_capitals(lg.pinpoints.leads))) + r"[ ]"
        alts.append(lead + pinpoint_numbers.list_of(_LEAD_NUMBER, lg))
    if (ordinals := ordinal_parts.of_language(lg)) is not None:
        # ``the first (and third) subparagraph(s) of``; not where articles fuse with the link's
        # preposition (Portuguese ``no primeiro parágrafo``: ``no`` is ``in the``)
        articles = lg.back_references.articles
        fused = set(articles) & set(lg.pinpoints.links)
        article = (
            r"(?:" + words(*with_capitals(articles)) + r"[ ])?" if articles and not fused else ""
        )
        alts.append(article + ordinals)
    if not alts:
        return None
    lead = "|".join(alts)
    leads = r"(?:" + lead + r")(?:,[ ](?:" + lead + r")){0,2}"
    if not lg.pinpoints.links:
        # a declined lead right before the article, no link (Slovenian ``točke (f) člena
        # 6(1)``); no comma (``v točki 40, člen 6``: a paragraph of the citing text); at the
        # very end (``$`` would also end before a line break, which :func:`tail` rules out)
        return r"(?:" + leads + r"[ ]){1,3}\Z"
    # (no blank after an elided link: French ``paragraphe 1 de l'article 6``; the article right
    # after it, not after a line break, which ``$`` would end before)
    return r"(?:" + leads + r",?[ ]" + link + r"(?:[ ]|(?<=['\u2019])(?!\s))){1,3}$"


def ends(lg: Language) -> tuple[str, ...]:
    """What the text before an article must end in for leads to be searched: the last
    word of a link and a blank (``of ``), or a blank alone where there is no link word."""
    links = [w.split()[-1] for w in with_capitals(lg.pinpoints.links) if not w.endswith("-")]
    if not links and lg.pinpoints.glued_leads:  # (glued links: Maltese ``tal-``)
        return tuple(w for w in with_capitals(lg.pinpoints.links) if w.endswith("-"))
    if not lg.pinpoints.links:
        links = [""]
    # (an elided link, no blank: ``de l'``)
    return tuple(w + blank for w in links for blank in _BLANKS) + tuple(
        w for w in links if w.endswith(_ELIDED)
    )


def tail(lg: Language) -> str:
    """What the text before a pinpoint ends in where :func:`source` can match there, read
    backwards (the pattern is matched on the reversed text): a link word between
    blanks, a comma, then the end of a lead: a bracket, a digit (or its ordinal sign:
    ``apartado 1º del``), an ordinal noun or an ordinal (``point (a) of``, ``the first
    subparagraph of``); with no link words, a blank and the end of a lead.  Most texts
    before a pinpoint end in a link word (``on the basis of``) but not in a lead; this
    test spares them the search of the leads, which tries every character."""
    links = [w[::-1] for w in with_capitals(lg.pinpoints.links) if not w.endswith("-")]
    if not links and lg.pinpoints.links:  # (glued links only: Maltese ``tad-``)
        return "" if lg.pinpoints.glued_leads else "(?!)"  # (their leads end in the link)
    nouns = [w[::-1] for w in with_capitals(ordinal_parts.last_words(lg))]
    # (a number with its ordinal sign, as the view has it: ``apartado 1º del``, ``n.º 1``)
    end = r"\)|[0-9]|[o°]\.?[0-9]" + (r"|" + words(*nouns) if nouns else "")
    if not links:  # a declined lead, no link (see :func:`source`)
        return r"[ ](?:" + end + r")"
    # (no blank after an elided link: ``de l'article``, reversed ``'l ed``)
    return r"(?:[ ]|(?=['\u2019]))" + words(*links) + r"[ ],?(?:" + end + r")"
