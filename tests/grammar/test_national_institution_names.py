"""An EU institution's word in a body's name after an act's number
(``eurefs/grammar/national_acts.py``): a name before it (``Dublin City Council``), a link
and words after it (``Commission des opérations de bourse``, ``Council of Dublin``), or a
qualifier the records list (``Consiglio comunale``, ``Gemeinderates``) make another
body's act, which gets no CELEX; the EU's institutions in the same place keep theirs."""

from __future__ import annotations

import pytest

import eurefs
from tests.support.extracted import extracted


def _acts(text: str) -> list[tuple[str, str | None]]:
    return extracted(text, "text", "celex", kind="legal_act")


@pytest.mark.parametrize(
    "text",
    [
        # a name before the institution's word (were 32014R0012)
        "Regulation No 12/2014 of the Dublin City Council",
        "Regulation No 12/2014 of the Cork County Council",
        "Regulation No 12/2014 of the Irish Commission",
        # the first word of a link and a name after it (was 32014R0012)
        "Regulation No 12/2014 of the Council of Dublin",
        # a link and words in small letters after it (was 32014R0012)
        "règlement n° 12/2014 de la Commission des opérations de bourse",
        # a qualifier of the record (were 32014R0012)
        "regolamento n. 12/2014 del Consiglio comunale di Roma",
        "regolamento n. 12/2014 della Commissione nazionale per le società e la borsa",
        "Verordnung Nr. 12/2014 der Kommission für Jugendmedienschutz",
        "Regulamentul nr. 12/2014 al Consiliului local al municipiului Cluj",
        "Reglamento 12/2014 del Consejo insular de Tenerife",
        # a council or commission named for a task (were 32014R0012)
        "forordning nr. 12/2014 af Rådet for Sikker Trafik",
        "förordning nr 12/2014 av Rådet för högskoleutbildning",
        # councils German reads as an agreement body's ``-rates`` (were decisions
        # 'Beschluss Nr. 12/2014 des Gemeinderates' without CELEX)
        "Beschluss Nr. 12/2014 des Gemeinderates",
        "Beschluss Nr. 12/2014 des Stadtrates von München",
        # already national, kept so
        "Verordnung Nr. 12/2014 des Rates der Stadt Wien",
        "décision n° 12/2014 de la Commission nationale de l'informatique",
        "décision n° 12/2014 du Conseil municipal de Lyon",
    ],
)
def test_a_body_named_with_an_institution_word_is_no_eu_author(text: str) -> None:
    assert _acts(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Regulation (EEC) No 1408/71 of the Council",
            ("Regulation (EEC) No 1408/71", "31971R1408"),
        ),
        ("Council Regulation (EC) No 1/2003", ("Council Regulation (EC) No 1/2003", "32003R0001")),
        (
            "Regulation No 1/2003 of the Council of the European Union",
            ("Regulation No 1/2003", "32003R0001"),
        ),
        (
            "Commission Regulation (EU) No 12/2014",
            ("Commission Regulation (EU) No 12/2014", "32014R0012"),
        ),
        ("Regulation No 12/2014 of the Commission", ("Regulation No 12/2014", "32014R0012")),
        (
            "Regulation No 12/2014 of the Council of 3 March 2014",
            ("Regulation No 12/2014", "32014R0012"),
        ),
        (
            "Regulation No 12/2014 of the Council on fisheries",
            ("Regulation No 12/2014", "32014R0012"),
        ),
        (
            "Regulation No 12/2014 of the Governing Council of the ECB",
            ("Regulation No 12/2014", "32014R0012"),
        ),
        (
            "DECISION 2010/427 OF THE COUNCIL AND THE COMMISSION",
            ("DECISION 2010/427", "32010D0427"),
        ),
        (
            "règlement n° 1/2003 du Conseil du 16 décembre 2002",
            ("règlement n° 1/2003", "32003R0001"),
        ),
        (
            "règlement n° 12/2014 de la Commission des Communautés européennes",
            ("règlement n° 12/2014", "32014R0012"),
        ),
        ("Verordnung Nr. 1408/71 des Rates", ("Verordnung Nr. 1408/71", "31971R1408")),
        ("forordning nr. 1/2003 af Rådet", ("forordning nr. 1/2003", "32003R0001")),
        ("förordning nr 1/2003 av rådet", ("förordning nr 1/2003", "32003R0001")),
        (
            "regolamento n. 12/2014 del Consiglio relativo alla pesca",
            ("regolamento n. 12/2014", "32014R0012"),
        ),
    ],
)
def test_the_eu_institutions_keep_their_celex(text: str, expected: tuple[str, str]) -> None:
    assert _acts(text) == [expected]


def test_an_agreement_body_with_the_council_word_stays_one() -> None:
    (ref,) = eurefs.extract("Decision No 1/95 of the EC-Turkey Association Council")
    assert (ref.kind, ref.normalized, ref.celex) == (
        "legal_act",
        "Decision No 1/95 of the EC-Turkey Association Council",
        None,
    )


@pytest.mark.parametrize(
    "text",
    [
        # the EDPB's binding decisions: published by the Board, not in the OJ (was
        # 'decision 1/2021', a decision without CELEX)
        "EDPB binding decision 1/2021",
        "the Urgent Binding Decision 01/2021 of the EDPB",
        "EDPB Decision 1/2021",
        # a Greek ministerial decision (was 'Απόφαση 12/2016')
        "Υπουργική Απόφαση 12/2016",
        "κοινή υπουργική απόφαση 12/2016",
    ],
)
def test_acts_of_other_bodies_before_the_type_word_are_no_eu_acts(text: str) -> None:
    assert _acts(text) == []
