"""The GDPR's Romanian popular name as Romanian writing spells it: in the genitive
(``Regulamentului general privind ...``), without diacritics, and with the older letters s
and t with a cedilla (ş, ţ) for ș, ț (``short_forms.name_forms.letter_variants``; the
view of the grammar reads them alike, ``textview.CLEAN_TABLE``, but names are
searched in the text as written).
"""

from __future__ import annotations

import functools

import pytest

from tests.support.short_form_mentions import mentions

GDPR = "32016R0679"


names = functools.partial(mentions, how="popular_name")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Law 190/2018, Article 2(1) (greeno.ro; pages corpus): the genitive (was none)
        ("(1) În aplicarea Regulamentului general privind protecția datelor și a prezentei "
         "legi, termenii și expresiile de mai jos se definesc după cum urmează:",
         [("Regulamentului general privind protecția datelor", GDPR, None)]),
        # the same law, Article 12, as legeagdpr.ro reproduces it without diacritics (was none)
        ("(1) Incalcarea dispozitiilor enumerate la art. 83 alin. (4)-(6) din Regulamentul "
         "general privind protectia datelor constituie contraventie.",
         [("Regulamentul general privind protectia datelor", GDPR, "art. 83 alin. (4)-(6)")]),
        ("in conformitate cu dispozitiile Regulamentului general privind protectia datelor, ale "
         "Legii nr. 102/2005 privind infiintarea, organizarea si functionarea Autoritatii",
         [("Regulamentului general privind protectia datelor", GDPR, None)]),
        # primdata.ro (pages corpus): t with a cedilla, capitalised (was none; the rising
        # range with blanks by its dash, 'art. 37 – 39', is its pinpoint: grammar/pinpoint_numbers)
        ("Desemnarea unui responsabil cu protecţia datelor este obligatorie din 25 mai 2018, "
         "raportat la dispoziţiile art. 37 – 39 din Regulamentul General privind Protecţia "
         "Datelor, în cazul în care operatorul",
         [("Regulamentul General privind Protecţia Datelor", GDPR, "art. 37 – 39")]),
        ("Autoritatea Nationala de Supraveghere a emis un Ghid orientativ referitor la "
         "aplicarea Regulamentului General privind Protecţia Datelor destinat operatorilor.",
         [("Regulamentului General privind Protecţia Datelor", GDPR, None)]),
    ],
)  # fmt: skip
def test_the_name_as_romanian_writing_spells_it(text: str, expected: list) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the proposal, without the article of the name: COM(2012) 11, no act
        "Parlamentul a votat propunerea de Regulament general privind protectia datelor.",
        "Parlamentul a votat propunerea de Regulament general privind protecţia datelor.",
    ],
)
def test_the_proposal_is_no_name(text: str) -> None:
    assert names(text) == []
