"""A pinpoint written after an act and a dash, as the Court's keyword lines write it.

Every judgment and opinion of the Court of Justice opens with its subject matter, keywords
apart by dashes, an act followed by the article it turns on: ``Reference for a preliminary
ruling – … – Regulation (EU) 2016/679 – Article 88(1) and (2) – Processing in the context of
employment – …``, French ``Règlement (UE) 2016/679 – Article 88, paragraphes 1 et 2 –``,
German ``Verordnung (EU) 2016/679 – Art. 88 Abs. 1 und 2 –``, Croatian ``Direktiva 95/46/EZ
— Članak 4. stavak 1. —``, Finnish ``Asetus (EU) 2016/679 – 15 artiklan 3 kohta –``.

The pinpoint is the language's own pinpoint (``act_pinpoints.pinpoint_body``: its article
words, numbers and lower subdivisions; where the language writes pinpoints after the act,
``after_pinpoint_patterns.after_parts``), read after the act's end and a dash between
blanks (in the view an en dash, an em dash and a hyphen are all ``-``).  It is taken only
where it is the whole keyword: the next dash, a closing bracket or quotation mark, the
paragraph's end or the text's end follows it.  Anything else makes the article another's
(``– Article 267 TFEU –``, ``– Article 5 of Directive 2000/78/EC –``) or prose (``– Article 7
of which …``): no pinpoint.  An act in a list (``Directives 2001/29 and 2004/48 – Article
8``) never ends right before the dash: the list's last member takes no pinpoint.
"""

from __future__ import annotations

import re
from functools import partial

from eurefs.grammar.act_pinpoints import has_body, pinpoint_body, written
from eurefs.grammar.after_pinpoint_patterns import after_parts
from eurefs.grammar.common import KEYWORD_END, lazy_built, lazy_compile, words
from eurefs.languages import LANGUAGES
from eurefs.languages.base import Language

#: What the text after the act starts with where such a pinpoint may follow.
START = " - "
# A closing bracket right after a point's bare letter or roman number is the point's own
# (``letra d)``), not the keyword's: the pinpoint cut there would end in half a point
# (EUR-Lex's Spanish title of C-264/18: ``Directiva 2014/24/UE — Artículo 10, letra c), y
# letra d), incisos i), ii) y v) — Validez``, read as ``Artículo 10, letra c), y letra d``)
_POINT_BRACKET = r"(?!(?<=[ (][a-z])\)|(?<=[ (][ivx]{2})\)|(?<=[ (][ivx]{3})\))"
# What ends the keyword (``common.KEYWORD_END``), but not a dash before a bare number that is
# the whole next keyword: the end of a range written with blanks around its dash, which the
# pinpoint would cut (EUR-Lex's Estonian title of C-132/21: ``Määrus (EL) 2016/679 –
# Artiklid 77 – 79 – Õiguskaitsevahendid``, read as ``Artiklid 77``)
_END = r"(?![ ]-[ ][0-9]{1,3}[a-z]?\.?" + KEYWORD_END + r")" + _POINT_BRACKET + KEYWORD_END


def _source(lg: Language) -> str | None:
    """The pattern of a keyword pinpoint in ``lg``, matched at the act's end (None: none,
    where ``lg`` has no ``has_body`` and writes no pinpoint after an act)."""
    body = pinpoint_body(lg)
    if body is not None:
        return r"[ ]-[ ]" + body + _END
    if not lg.pinpoints.after:
        return None
    item, more = after_parts(lg, lg.pinpoints.after)
    # (Hungarian keywords may start with the article: ``– A 88. cikk (1) és (2) bekezdése –``)
    articles = [a for a in lg.back_references.articles if a[:1].isupper()]
    article = r"(?:" + words(*articles) + r"[ ])?" if articles else ""
    return r"[ ]-[ ]" + article + r"(?P<pin>" + item + r"(?![\w])" + more + r"{0,11})" + _END


_PATTERNS = {
    lg.code: lazy_built(partial(_source, lg))
    for lg in LANGUAGES
    if has_body(lg) or lg.pinpoints.after
}
# A recital by its ordinal written out, as the whole keyword (the record's
# ``pinpoints.keyword_recitals``: EUR-Lex's Spanish title of C-280/13, ``Directiva 93/13/CEE
# — Considerando decimotercero — Artículo 1, apartado 2 —``; its English ``Directive
# 93/13/EEC — Thirteenth recital in the preamble — Article 1(2) —``)
_RECITALS = {
    lg.code: lazy_compile(
        r"[ ]-[ ](?P<pin>" + "|".join(lg.pinpoints.keyword_recitals) + r")" + KEYWORD_END
    )
    for lg in LANGUAGES
    if lg.pinpoints.keyword_recitals
}


def find(region: str, end: int, lang: str) -> str | None:
    """The pinpoint written after a dash after the act that ends at ``region[end]``, if
    any (``Regulation (EU) 2016/679 – Article 88(1) and (2) –`` -> ``Article 88(1) and (2)``)."""
    found = match(region, end, lang)
    return None if found is None else found[0]


def match(region: str, at: int, lang: str) -> tuple[str, int] | None:
    """The pinpoint that is the whole keyword after the dash at ``region[at]`` (``" - "``),
    as written, and the offset where it ends; None where the keyword is none."""
    if not region.startswith(START, at):
        return None
    pattern = _PATTERNS.get(lang)
    if pattern is None:
        return None
    m: re.Match[str] | None = pattern.match(region, at)  # (bounded: no ``$`` at a limit)
    if m is None and (recitals := _RECITALS.get(lang)) is not None:
        if (r := recitals.match(region, at)) is not None:
            return r.group("pin"), r.end()
    if m is None or _SPACED_DASH.search(m.group("pin")):
        # (a dash between numbers with a blank, which a pinpoint before an act may hold as a
        # range, ``art. 37 – 39 din``: here the keywords' own, ``Articles 77 – 79 –``)
        return None
    return written(m.group("pin"), lang), m.end()


_SPACED_DASH = re.compile(r"[ ]-|-[ ]")
