"""Acts cited by their date with a citation of the Official Journal qualified by the
Economic Community after them, as national law cites the directives of before 1993
(``grammar/legal_acts_dated``; the citations themselves: ``test_official_journal_national``).
Each was nothing before (the Communities' ``ABl. EG`` and ``JO CE`` were read)."""

from __future__ import annotations

import datetime as dt

import pytest

import eurefs


@pytest.mark.parametrize(
    ("text", "act", "citation"),
    [
        ("la directive du 25 juillet 1985 (JO CEE L 210 du 7.8.1985, p. 29) relative",
         "directive du 25 juillet 1985", "JO CEE L 210 du 7.8.1985, p. 29"),
        ("die Richtlinie des Rates vom 25. Juli 1985 (ABl. EWG Nr. L 210 vom 7.8.1985, S. 29)",
         "Richtlinie des Rates vom 25. Juli 1985", "ABl. EWG Nr. L 210 vom 7.8.1985, S. 29"),
        # without its institution, the series right after the date says it is an EU act
        ("die Richtlinie vom 25. Juli 1985 (ABl. EWG Nr. L 210 S. 29)",
         "Richtlinie vom 25. Juli 1985", "ABl. EWG Nr. L 210 S. 29"),
    ],
)  # fmt: skip
def test_a_dated_act_with_its_citation(text: str, act: str, citation: str) -> None:
    # the act by its date, no number: no CELEX from the citation (one page may hold several)
    refs = eurefs.extract(text)
    assert [(r.kind, r.text) for r in refs] == [("legal_act", act), ("oj", citation)]
    assert refs[0].date == dt.date(1985, 7, 25)
    assert all(r.celex is None for r in refs)
