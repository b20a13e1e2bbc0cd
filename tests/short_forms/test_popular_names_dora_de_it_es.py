"""The Digital Operational Resilience Act by its English name in German, Italian and
Spanish texts, which write it so (``eurefs/data/popular_names.json``): each was nothing
outside English.  Texts: the pages corpus of the workplace's search tool (URLs in the
comments)."""

from __future__ import annotations

import pytest

from tests.support.short_form_mentions import popular_names

DORA = "32022R2554"
NAME = "Digital Operational Resilience Act"


@pytest.mark.parametrize(
    "text",
    [
        # KPMG Germany, 'Digital Operational Resilience Act: Das kommt auf die Finanzbranche
        # zu' (launch.kpmg.com/de)
        "Der Digital Operational Resilience Act (DORA) ist eine neue EU-Verordnung, die im"
        " Januar 2023 in Kraft getreten ist. Sie ist Teil des digitalen Finanzpakets der"
        " EU-Kommission mit dem Ziel, die digitale Widerstandsfähigkeit des europäischen"
        " Finanzmarkts zu erhöhen.",
        # teichmann-it.com, '2025 Digital Operational Resilience Act'
        "Mit der Verordnung (EU) 2022/2554 hat die Europäische Union Anfang 2025 den Digital"
        " Operational Resilience Act (DORA) in Kraft gesetzt. Damit wird erstmals ein"
        " einheitlicher europäischer Rechtsrahmen geschaffen.",
        # grupocibernos.com, 'DORA: la resiliencia digital ya no es opcional'
        "La Digital Operational Resilience Act (DORA) es la nueva normativa europea que"
        " transformará la manera en que las empresas financieras y tecnológicas gestionan el"
        " riesgo cibernético. A partir de 2025, el cumplimiento de este reglamento será"
        " obligatorio.",
    ],
)
def test_the_english_name_in_german_and_spanish(text: str) -> None:
    assert popular_names(text) == [(NAME, DORA, None)]


def test_the_english_name_glossing_the_acronym_in_italian() -> None:
    # laprevidenzacomplementare.it, 'Anche i fondi pensione devono applicare il DORA': the
    # name inside the acronym's bracket, the number after it
    text = (
        "Il Regolamento DORA (Digital Operational Resilience Act – Regolamento 2022/2554/UE)"
        " è una normativa europea che mira a rafforzare la resilienza operativa digitale del"
        " mercato interno UE."
    )
    assert popular_names(text) == [(NAME, DORA, None)]
