"""grammar/legal_acts: a type word joined to the Union's domain by a hyphen, as German
writes it outside the OJ (``EU-Richtlinie 2019/1937``), a compound prefix of no subtype."""

from __future__ import annotations

import pytest

import eurefs


@pytest.mark.parametrize(
    ("text", "span", "normalized", "celex"),
    [
        # an interview on the German whistleblower act (arbeit-und-arbeitsrecht.de)
        ("mit dem die EU-Whistleblower-Richtlinie (EU-Richtlinie 2019/1937) umgesetzt "
         "werden soll", "EU-Richtlinie 2019/1937", "Richtlinie 2019/1937", "32019L1937"),
        ("Die EU-Richtlinie 2006/123/EG wurde umgesetzt.", "EU-Richtlinie 2006/123/EG",
         "Richtlinie 2006/123/EG", "32006L0123"),
        ("Die EU-Verordnung (EU) 2016/679 gilt.", "EU-Verordnung (EU) 2016/679",
         "Verordnung (EU) 2016/679", "32016R0679"),
        ("Die EU-Verordnung Nr. 1215/2012 gilt.", "EU-Verordnung Nr. 1215/2012",
         "Verordnung Nr. 1215/2012", "32012R1215"),
    ],
)  # fmt: skip
def test_an_eu_compound_cites_the_act(text: str, span: str, normalized: str, celex: str) -> None:
    (ref,) = eurefs.extract(text)
    assert (ref.text, ref.lang, ref.normalized, ref.celex) == (span, "de", normalized, celex)
    assert ref.subtype is None
    assert ref.eli == eurefs.parse(normalized).eli  # as without the prefix
    assert eurefs.parse(span).celex == eurefs.parse(normalized).celex == celex


def test_the_implementing_compound_keeps_its_subtype() -> None:
    (ref,) = eurefs.extract("Die Durchführungsverordnung (EU) 2019/947 gilt.")
    assert (ref.subtype, ref.celex) == ("implementing", "32019R0947")


@pytest.mark.parametrize(
    "text",
    [
        "Die EU-Richtlinie zum Schutz von Whistleblowern gilt seit 2019/2020.",  # no number
        "Die Nicht-EU-Richtlinie 2006/123/EG",  # the domain inside a longer word
    ],
)
def test_no_act_without_a_compound_of_its_own(text: str) -> None:
    assert [r for r in eurefs.extract(text) if r.kind == "legal_act"] == []
