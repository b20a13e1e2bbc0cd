"""The act's type word a text gives a popular name as its alias, after the language's intro
(``eurefs/short_forms/name_acronyms.py``): ``ES Bendrasis duomenų apsaugos reglamentas
(toliau – Reglamentas)``.

The form is that of a Lithuanian paper on the data protection authority's fines
(Šidlauskas, 'Valstybinės duomenų apsaugos inspekcijos administracinių baudų skyrimo
praktika ES šalių kontekste', Socialiniai tyrimai 44(2), 2021, zurnalai.vu.lt; pages corpus).
"""

from __future__ import annotations

import pytest

import eurefs
from eurefs.models.references import ShortFormRef

GDPR = "32016R0679"


def shorts(text: str) -> list[tuple[str, str, str | None, str | None]]:
    return [
        (r.text, r.how, r.celex, r.pinpoint)
        for r in eurefs.extract(text)
        if isinstance(r, ShortFormRef)
    ]


def test_the_type_word_after_a_name_is_its_alias() -> None:
    # the paper's abstract; the uses were none (the name had no act cited before it)
    text = (
        "Santrauka. ES Bendrasis duomenų apsaugos reglamentas (toliau – Reglamentas) pradėtas "
        "taikyti 2018 m. gegužės 25 d., kurio vienas iš tikslų yra pašalinti įvairių "
        "nacionalinių sistemų skirtumus ir nereikalingą administracinę naštą. Organizacijos, "
        "tvarkančios asmens duomenis, privalo užtikrinti atitiktį Reglamento reikalavimams. "
        "Už Reglamento nuostatų pažeidimus Priežiūros institucijos organizacijoms gali skirti "
        "dideles administracines baudas."
    )
    assert shorts(text) == [
        ("Bendrasis duomenų apsaugos reglamentas", "popular_name", GDPR, None),
        ("Reglamento", "defined_term", GDPR, None),
        ("Reglamento", "defined_term", GDPR, None),
    ]


def test_a_use_takes_its_pinpoint() -> None:
    text = (
        "ES Bendrasis duomenų apsaugos reglamentas (toliau – Reglamentas) taikomas nuo 2018 m. "
        "Duomenys tvarkomi pagal Reglamento 6 straipsnio 1 dalies f punktą."
    )
    pinpoint = "6 straipsnio 1 dalies f punktą"
    assert shorts(text)[-1] == ("Reglamento", "defined_term", GDPR, pinpoint)


@pytest.mark.parametrize(
    "text",
    [
        # another type than the name's act: no alias of it
        "ES Bendrasis duomenų apsaugos reglamentas (toliau – Direktyva) taikomas. Direktyvos "
        "6 straipsnis.",
        # no intro: the bracket is no definition of the name
        "ES Bendrasis duomenų apsaugos reglamentas (Reglamentas) taikomas. Reglamento 6 "
        "straipsnis.",
        # the bracket not right after the name: a national act's alias
        "ES Bendrasis duomenų apsaugos reglamentas ir Asmens duomenų teisinės apsaugos "
        "įstatymas (toliau – Reglamentas) taikomi. Reglamento 6 straipsnis.",
    ],
)
def test_no_alias_of_the_name(text: str) -> None:
    assert [s for s in shorts(text) if s[1] == "defined_term"] == []
