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
(``grammar/text_dates``); a text of 2009 (Lisbon came into force on 1 December) or after,
or one that gives no date, keeps TEU.  Articles written with Maastricht's letters
(``Article K.3``) and normal forms without the treaty's code at their end are left alone.
"""

from __future__ import annotations

from collections.abc import Sequence

from eurefs.grammar.whole_text import WholeText
from eurefs.languages import BY_CODE
from eurefs.models.light import BaseReference

#: The year the Treaty of Lisbon came into force (1 December 2009)
LISBON = 2009


def apply(refs: Sequence[BaseReference], whole: WholeText) -> None:
    """Make the TEU articles of a text dated before :data:`LISBON` the EU Treaty's (in
    place)."""
    teu = [r for r in refs if r.kind == "treaty_article" and r.treaty == "TEU"]  # type: ignore[attr-defined]
    if not teu:
        return
    year = whole.year()
    if year is None or year >= LISBON:
        return
    for ref in teu:
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
