"""Opinions of bodies other than the Court: no Opinion procedure of the Court.

The Court's Opinions on agreements are numbered ``N/YY`` (``Opinion 1/15``, ``Avis
1/09``, ``Gutachten 2/13``), and so were the opinions of the data-protection Working
Party set up by Article 29 of Directive 95/46/EC (``Opinion 4/07 on the concept of
personal data``, WP 136), which the European Data Protection Board and Supervisor after
it number the same way (``EDPB Opinion 1/18``, ``EDPS Opinion 7/15``).  Such an opinion
names its author right before the Opinion word (``WP29 Opinion 4/07``, ``the Working
Party's Opinion 4/07``) or after the number (``Opinion 4/07 of the Article 29 Working
Party``, ``avis 4/07 du groupe de travail « article 29 »``, ``parere 4/07 del Gruppo di
lavoro articolo 29``): it is no case of the Court.  The Court's own (``Opinion 2/13 of
the Court``, ``Opinion 2/13 (Accession to the ECHR)``) name none of these bodies.
"""

from __future__ import annotations

import re

from eurefs.languages import LANGUAGES
from eurefs.pattern_store import compile_pattern


def _alternation(field: str) -> str:
    """The records' ``cases.<field>``, one space each blank (``WP 29``), as alternatives."""
    found = dict.fromkeys(w for lg in LANGUAGES for w in getattr(lg.cases, field))
    return "|".join(re.escape(w).replace(r"\ ", "[ ]") for w in found)


#: The bodies' abbreviations and the ends of their names before the Opinion word, in
#: the languages' forms (the records' ``cases.opinion_bodies`` and ``opinion_body_words``:
#: EDSA, EDSB: German; CEPD: French, Spanish, Italian, Portuguese; G29: French for the
#: Working Party; EWSA, CESE, AdR, CdR: the Economic and Social Committee and the Committee
#: of the Regions; the Bank's, whose opinions are numbered ``CON/2014/1``) and ``Joint``
#: (``EDPB-EDPS Joint Opinion``): the Court gives no joint opinions.
_BEFORE = compile_pattern(
    r"(?<![\w-])(?:" + _alternation("opinion_bodies")
    + r"|(?i:" + _alternation("opinion_body_words") + r"))[ ]+[^\W\d_]+[ ]$"
)  # fmt: skip
#: The bodies after the number (the records' ``cases.opinion_bodies_after``), after at most
#: three short words (the link: ``of the``, ``du``, ``del``, ``der``, ``van de``), as the
#: texts of the bodies and of those citing them write them.
_AFTER = compile_pattern(
    r"[ ,]*(?:[^\W\d_]{1,5}['’]?[ ]?){0,3}(?i:" + _alternation("opinion_bodies_after") + r")"
)


def other_body(text: str, start: int, end: int) -> bool:
    """Whether the Opinion numbered ``text[start:end]`` (its word right before ``start``)
    is a body's other than the Court: one named right before the Opinion word or right
    after the number."""
    if _BEFORE.search(text, max(0, start - 60), start) is not None:
        return True
    return _AFTER.match(text, end, end + 60) is not None
