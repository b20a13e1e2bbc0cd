"""A footnote call glued to a treaty's name after its article (``članka 267. Ugovora o
funkcioniranju Europske unije1``): the article is read, the call left out of its span; the
article was nothing (the name's last word with the call was no word of the name)."""

from __future__ import annotations

import eurefs

# An article on inadmissible requests for a preliminary ruling (informator.hr, 22.11.2024,
# Croatian; pages corpus), its footnote 1 called after the treaty's name
INFORMATOR = (
    "S obzirom na navedenu obvezu odredbom članka 267. Ugovora o funkcioniranju Europske"
    " unije1 dana je mogućnost nacionalnim sudovima, u bilo kojem stadiju postupka, da zatraže"
    " od Suda Europske unije"
)


def test_the_call_after_the_name() -> None:
    refs = eurefs.extract(INFORMATOR, kinds="treaty_article")
    assert [(r.text, r.normalized) for r in refs] == [
        ("članka 267. Ugovora o funkcioniranju Europske unije", "članak 267. UFEU")
    ]


def test_a_year_after_the_name_is_no_call() -> None:
    # four figures glued are no call: the name is not read there, as before (the call's
    # figures are at most three, as after an abbreviation: ``TFEU1``)
    text = INFORMATOR.replace("unije1", "unije2016")
    assert eurefs.extract(text, kinds="treaty_article") == []
