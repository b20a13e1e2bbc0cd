"""Slovak typed without its diacritics (č, é, á ...), as web shops' terms write the EU acts
they must name: the forms the Slovak record (``eurefs/languages/sk.py``) lists beside the
written ones; normal forms keep the diacritics."""

from __future__ import annotations

import eurefs

# A Slovak web shop's terms in a public repository, its section on out-of-court dispute
# resolution (find_string 'Europskeho parlamentu a Rady'): the two regulations were nothing
TERMS = (
    "3. Europske spotrebitelske centrum Slovenska republika, so sidlom Mlynske nivy 44/a, "
    "827 15 Bratislava, internetova adresa http://esc-sr.sk/ je kontaktnym miestom podla "
    "Nariadenia Europskeho parlamentu a Rady (EU) c. 524/2013 z 21. maja 2013 o rieseni "
    "spotrebitelskych sporov on-line a o zmene nariadenia (ES) c. 2006/2004 a smernice "
    "2009/22/ES (nariadenie o rieseni spotrebitelskych sporov on-line)."
)


def _acts(text: str) -> list[tuple[str, str | None, str]]:
    return [
        (r.text, r.celex, r.normalized)  # type: ignore[attr-defined]
        for r in eurefs.extract(text, short_forms=False)
        if r.kind == "legal_act"
    ]


def test_the_legislator_and_the_number_marker_without_diacritics() -> None:
    assert _acts(TERMS) == [
        ("Nariadenia Europskeho parlamentu a Rady (EU) c. 524/2013", "32013R0524",
         "nariadenie (EU) č. 524/2013"),
        ("nariadenia (ES) c. 2006/2004", "32004R2006", "nariadenie (ES) č. 2006/2004"),
        ("smernice 2009/22/ES", "32009L0022", "smernica 2009/22/ES"),
    ]  # fmt: skip
    assert all(r.lang == "sk" for r in eurefs.extract(TERMS, short_forms=False))


def test_the_governments_regulation_stays_national() -> None:
    # (the same terms cite Slovak acts so: 'zakona c. 40/1964 Zb.', 'zakonom c. 250/2007 Z. z.')
    assert _acts("podla nariadenia vlady SR c. 391/2006 Z. z. o") == []
    assert _acts("a zakonom c. 250/2007 Z. z., o ochrane spotrebitela") == []
