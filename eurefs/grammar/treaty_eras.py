"""Which Treaty on European Union a text cites: before Lisbon, the Treaty as numbered from
Amsterdam.

A text of 2008 or before that cites ``the Treaty on European Union`` or ``TEU`` by an
article's number cites the Treaty as numbered from Amsterdam (1999) to Lisbon (2009), the
``EU`` treaty of the records (``Article 6(2) EU``): its numbers are not the consolidated
TEU's (Article 34 EU has no Lisbon equivalent, Article 47 EU is Article 40 TEU).  Council
Framework Decision 2002/584/JHA (``of 13 June 2002``) opens ``Having regard to the Treaty on
European Union, and in particular Article 31(a) and (b) and Article 34(2)(b) thereof``: those
are ``Articles 31(a) and (b) and 34(2)(b) EU``, not TEU.

The text's year is the one it gives as its own in its first lines
(``grammar/text_dates``); a text of 2007 or after, or one that gives no date, keeps TEU:
from the Treaty of Lisbon's signing (13 December 2007) to its entry into force (1 December
2009) texts cite its numbers as well as Amsterdam's (the Explanations relating to the
Charter, OJ C 303, 14.12.2007, cite ``Article 6(1) ... of the Treaty on European Union`` as
Lisbon numbers it; the consolidated versions of OJ C 115, 9.5.2008, likewise), so only a
text dated before 2007 decides.  Normal forms without the treaty's code at their end are
left alone.

A Treaty's name followed by the Official Journal that published the version cited says
which it is, whatever the text's date: ``The existing Article 14 Treaty on European Union
(TEU; latest consolidated version OJ 29.12.2006 C 321 E)`` (a blog of January 2008 that
sets the article beside the Treaty of Lisbon's decisions, grahnlaw.blogspot.com) is the
Treaty before Lisbon, as are the consolidated versions of OJ C 325, 24.12.2002 and OJ C
340, 10.11.1997; the Lisbon TEU was published from 2007 (OJ C 306, 17.12.2007, then OJ C
115, 9.5.2008 ...).  The bracket must open right after the Treaty's name or abbreviation
and give the journal before any other number (``(see Directive 2000/43, OJ 2000 L 180)``
cites another act): the first year after the journal is the version's.

Articles written with Maastricht's letters (``Article K.3``, ``Artikel K.3 des Vertrags über
die Europäische Union``: Joint Action 98/699/JHA) are the EU Treaty before Amsterdam
renumbered it (1993-1999), whatever the text's date: the Lisbon TEU has no lettered
article.  Their treaty is ``EU`` (the Treaty before Lisbon); their normal form keeps the
abbreviation they were cited with then (``Article K.3 TEU``, ``Artikel K.3 EUV``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from eurefs.grammar.whole_text import WholeText
from eurefs.languages import BY_CODE
from eurefs.models.light import BaseReference
from eurefs.pattern_store import compile_pattern

#: The year the Treaty of Lisbon was signed (13 December 2007): a text of that year or
#: after may cite its numbers
LISBON = 2007


def apply(refs: Sequence[BaseReference], whole: WholeText, text: str) -> None:
    """Make the TEU articles of a text dated before :data:`LISBON` or followed by the
    Official Journal of a version before it, and those written with Maastricht's letters,
    the EU Treaty's (in place; ``text`` is the one the references' offsets are in)."""
    teu = [r for r in refs if r.kind == "treaty_article" and r.treaty == "TEU"]  # type: ignore[attr-defined]
    if not teu:
        return
    numbered = []
    for ref in teu:
        if all(a[:1].isalpha() for a in ref.articles):  # type: ignore[attr-defined]
            vars(ref)["treaty"] = "EU"  # (Maastricht's ``K.3``: a new object, as below)
        else:
            numbered.append(ref)
    if not numbered:
        return
    for ref in numbered:
        treaties = BY_CODE[ref.lang].treaties
        old, new = treaties.get("EU"), treaties["TEU"].code
        articles = ref.articles  # type: ignore[attr-defined]
        if old is None or not ref.normalized.endswith(" " + new):
            continue
        if not all(a[:1].isdigit() for a in articles):
            continue
        year = version_year(text, ref.end, ref.lang)
        if year is None:
            year = whole.year()
        if year is None or year >= LISBON:
            continue
        fields = vars(ref)  # (a new object nobody else holds, as the scanner's shifts)
        fields["normalized"] = ref.normalized[: -len(new)] + old.code
        fields["treaty"] = "EU"


# a bracket right after the Treaty's name: words without figures (``TEU; latest
# consolidated version``), the journal, then its year, the first in four figures
_BRACKET_REACH = 120
_YEAR = compile_pattern(r"(?<![0-9])(?:19|20)[0-9]{2}(?![0-9])")


@lru_cache(maxsize=32)
def _journal(lang: str) -> re.Pattern[str]:
    journals = sorted(BY_CODE[lang].oj.journals, key=len, reverse=True)
    alternatives = "|".join(map(re.escape, journals))
    return compile_pattern(rf"[ \u00a0]*\([^()0-9]{{0,60}}?(?<!\w)(?:{alternatives})(?!\w)")


def version_year(text: str, end: int, lang: str) -> int | None:
    """The year of the Official Journal a bracket right after a Treaty's name (ending at
    ``end``) cites, the journal coming before any other figure (None: no such bracket)."""
    m = _journal(lang).match(text, end, end + _BRACKET_REACH)
    if m is None:
        return None
    close = text.find(")", m.end(), end + _BRACKET_REACH)
    year = _YEAR.search(text, m.end(), close if close >= 0 else end + _BRACKET_REACH)
    return int(year.group()) if year else None
