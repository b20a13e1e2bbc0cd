"""A dated citation whose title its number closes (``grammar/closing_numbers``)."""

from __future__ import annotations

import pytest

import eurefs


@pytest.mark.parametrize(
    ("text", "celex"),
    [
        # the provisions a judgment of the Polish administrative courts applies, as their
        # database lists them (CBOSA; the form reported from a judgment kept aside): before,
        # 'Dyrektywa Rady z dnia 28 listopada 2006' without a number or CELEX
        ("Powołane przepisy\nDz.U.UE.L 2006 nr 347 poz 1 art. 168\nDyrektywa Rady z dnia 28 "
         "listopada 2006 r. w sprawie wspólnego systemu podatku od wartości dodanej Nr "
         "2006/112/WE\nSentencja", "32006L0112"),
        ("Dz.U.UE.L 1977 nr 145 poz 1 art. 13\nSzósta Dyrektywa Rady z dnia 17 maja 1977 r. w "
         "sprawie harmonizacji ustawodawstw Państw Członkowskich w odniesieniu do podatków "
         "obrotowych - wspólny system podatku od wartości dodanej: ujednolicona podstawa "
         "wymiaru podatku Nr 77/388/EWG", "31977L0388"),
    ],
)  # fmt: skip
def test_the_number_closing_the_title(text: str, celex: str) -> None:
    (act,) = [r for r in eurefs.extract(text) if r.kind == "legal_act"]
    assert act.text.startswith("Dyrektywa Rady z dnia ") and text.find(act.text) > 0
    assert act.text.endswith(("Nr 2006/112/WE", "Nr 77/388/EWG"))
    assert act.celex == celex
    assert eurefs.parse(act.normalized).celex == celex


@pytest.mark.parametrize(
    "text",
    [
        # an Official Journal citation, a sentence end, another act's type word between:
        # the number is not the dated act's
        "Dyrektywa Rady z dnia 28 listopada 2006 r. w sprawie wspólnego systemu podatku od "
        "wartości dodanej (Dz.U. L 347 z 11.12.2006, s. 1) i decyzja Nr 2004/54/WE",
        "Dyrektywa Rady z dnia 28 listopada 2006 r. w sprawie podatku. Zgodnie z Nr 2004/54/WE",
        "Dyrektywa Rady z dnia 28 listopada 2006 r. w sprawie podatku oraz rozporządzenie Nr "
        "1777/2005/WE",
        # no domain: perhaps a national number
        "Dyrektywa Rady z dnia 28 listopada 2006 r. w sprawie podatku Nr 54/2004",
    ],
)
def test_no_number_from_beyond_the_title(text: str) -> None:
    dated = [r for r in eurefs.extract(text) if r.text.startswith("Dyrektywa")]
    assert [(r.text, r.celex) for r in dated] == [("Dyrektywa Rady z dnia 28 listopada 2006", None)]
