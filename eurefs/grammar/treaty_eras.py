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

Articles written with Maastricht's letters (``Article K.3``, ``Artikel K.3 des Vertrags über
die Europäische Union``: Joint Action 98/699/JHA) are the EU Treaty before Amsterdam
renumbered it (1993-1999), whatever the text's date: the Lisbon TEU has no lettered
article.  Their treaty is ``EU`` (the Treaty before Lisbon); their normal form keeps the
abbreviation they were cited with then (``Article K.3 TEU``, ``Artikel K.3 EUV``).
"""

from __future__ import annotations

from collections.abc import Sequence

from eurefs.grammar.whole_text import WholeText
from eurefs.languages import BY_CODE
from eurefs.models.light import BaseReference

#: The year the Treaty of Lisbon was signed (13 December 2007): a text of that year or
#: after may cite its numbers
LISBON = 2007


def apply(refs: Sequence[BaseReference], whole: WholeText) -> None:
    """Make the TEU articles of a text dated before :data:`LISBON`, and those written with
    Maastricht's letters, the EU Treaty's (in place)."""
    teu = [r for r in refs if r.kind == "treaty_article" and r.treaty == "TEU"]  # type: ignore[attr-defined]
    if not teu:
        return
    numbered = []
    for ref in teu:
        if all(a[:1].isalpha() for a in ref.articles):  # type: ignore[attr-defined]
            vars(ref)["treaty"] = "EU"  # (Maastricht's ``K.3``: a new object, as below)
        else:
            numbered.append(ref)
    year = whole.year() if numbered else None
    if year is None or year >= LISBON:
        return
    for ref in numbered:
        treaties = BY_CODE[ref.lang].treaties
        old, new = treaties.get("EU"), treaties["TEU"].code
        articles = ref.articles  # type: ignore[attr-defined]
        if old is None or not ref.normalized.endswith(" " + new):
            continue
        if not all(a[:1].isdigit() for a in articles):
            continue
        fields = vars(ref)  # (a new object nobody else holds, as the scanner's shifts)
        fields["normalized"] = ref.normalized[: -len(new)] + old.code
        fields["treaty"] = "EU"
