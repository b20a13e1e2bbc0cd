"""The footnote of an act that lists the steps of its adoption.

``Opinion of the European Parliament of 13 January 2009 (not yet published in the
Official Journal) and Council Decision of 22 June 2009.`` (Directive 2009/65/EC): the
last step is the Council's adoption of the act itself, cited by date, which is no act
of its own; ``legal_acts_dated`` takes no reference there.
"""

from __future__ import annotations

from eurefs.languages import Language
from eurefs.pattern_store import compile_pattern

#: A sentence's end before a decision (a full stop before a capital, or a line's end):
#: the footnote that lists the steps of an act's adoption is one sentence
_SENTENCE_START = compile_pattern(r"(?s:.*)(?:\.\s+(?=[A-Z])|\n)")


def closes_footnote(text: str, start: int, record: Language) -> bool:
    """Whether a decision cited by date at ``start`` ends the footnote that lists the
    steps of an act's adoption (``Opinion of the European Parliament of 13 January 2009
    (not yet published in the Official Journal) and Council Decision of 22 June 2009``,
    Directive 2009/65/EC): the Council's adoption of the act itself, which is no act
    of its own (the record's ``procedure_footnote_leads``)."""
    if not record.procedure_footnote_leads:
        return False
    lo = max(0, start - 300)
    # (up to the decision's first letter, which the look-ahead after a full stop needs)
    cut = _SENTENCE_START.match(text, lo, start + 1)
    before = text[cut.end() if cut else lo : start]
    return any(lead in before for lead in record.procedure_footnote_leads)
