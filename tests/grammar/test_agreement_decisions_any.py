"""Decisions of a body on no list, named between the type word and the number
(``Décision du comité « commerce » no 1/2014``): read by the form of its name, as after
the number; the body is the author, in the span and normal form, and there is no CELEX."""

from __future__ import annotations

import pytest

from tests.grammar.body_decisions import acts, assert_body_decision


@pytest.mark.parametrize(
    ("text", "lang", "cited", "body"),
    [
        # (UNCONFIRMED wordings: the order of the listed bodies' titles, with the names of
        # bodies the records read after the number)
        ("Décision du comité « commerce » no 1/2014 du 5 mai", "fr",
         "Décision du comité « commerce » no 1/2014", "comité « commerce »"),
        ("Decision of the EU-Korea Trade Committee No 1/2014 of 5 May", "en",
         "Decision of the EU-Korea Trade Committee No 1/2014", "EU-Korea Trade Committee"),
        # the number's marker is not part of the name
        ("Decision of the Committee on Trade and Sustainable Development No 1/2019", "en",
         "Decision of the Committee on Trade and Sustainable Development No 1/2019",
         "Committee on Trade and Sustainable Development"),
        ("Decisión del Comité de Comercio n.º 1/2014", "es",
         "Decisión del Comité de Comercio n.º 1/2014", "Comité de Comercio"),
        ("Beschluss des Handelsausschusses Nr. 1/2014", "de",
         "Beschluss des Handelsausschusses Nr. 1/2014", "Handelsausschusses"),
    ],
)  # fmt: skip
def test_a_body_on_no_list_between_type_word_and_number(
    text: str, lang: str, cited: str, body: str
) -> None:
    assert_body_decision(text, lang, cited, body)


@pytest.mark.parametrize(
    "text",
    [
        # an EU institution the form of a body's name takes in
        "Decision of the Committee of the Regions No 1/2014",
        # an EU domain in the number: not a body's decision
        "Décision du comité « commerce » no 2010/427/UE",
    ],
)
def test_no_body_decision_of_an_institution_or_an_eu_number(text: str) -> None:
    assert [r for r in acts(text) if r.author or r.celex is None] == []
