"""An ELI of an act that shares its type, year and number with another
(``grammar/eli``): ``dec/2010/96(1)``.

EUR-Lex's page of the consolidated Council Decision 2010/96/CFSP in Finnish (CELEX
02010D0096-20130101; pages corpus) gives its ELI as
``http://data.europa.eu/eli/dec/2010/96(1)/2013-01-01``.  The ELI was read up to ``96``:
``http://data.europa.eu/eli/dec/2010/96``, another identifier than the one written (that of
the other act numbered 2010/96, or of none), with the CELEX derived from it.
"""

from __future__ import annotations

import eurefs

PAGE = (
    "Consolidated text: Neuvoston päätös 2010/96/YUTP, annettu 15 päivänä helmikuuta 2010 , "
    "Somalian turvallisuusjoukkojen kouluttamiseen osallistumista koskevasta Euroopan unionin "
    "sotilasoperaatiosta\n\nELI: http://data.europa.eu/eli/dec/2010/96(1)/2013-01-01\n\n"
    "2010D0096 — FI — 01.01.2013 — 002.001\n"
)


def test_the_twins_bracket_is_part_of_the_eli_and_gives_no_celex() -> None:
    (eli,) = [r for r in eurefs.extract(PAGE) if r.kind == "eli"]
    assert eli.text == eli.normalized == "http://data.europa.eu/eli/dec/2010/96(1)/2013-01-01"
    # (which act of the two the bracket names is not told by the CELEX's order)
    assert eli.celex is None
    # the act's own citation and the consolidated CELEX beside it still give theirs
    assert [(r.kind, r.celex) for r in eurefs.extract(PAGE) if r.kind != "eli"] == [
        ("legal_act", "32010D0096"),
        ("celex", "02010D0096-20130101"),
    ]


def test_an_eli_without_a_bracket_keeps_its_celex() -> None:
    assert eurefs.parse("http://data.europa.eu/eli/dec/2010/96/oj").celex == "32010D0096"
