"""A case number without a court letter after another court's name and the case word is
no EU case (``eurefs/grammar/other_courts``, the English record's
``cases.other_courts``): the European Court and Commission of Human Rights numbered
applications N/YY as the Court of Justice numbered its cases before 1989."""

from __future__ import annotations

import pytest

from tests.support.extracted import extracted


def _cases(text: str) -> list[str]:
    return list(extracted(text, "text", kind="case"))


@pytest.mark.parametrize(
    "text",
    [
        # the session's brief and the Strasbourg bodies' names as real texts write them
        # ('The European Commission of Human Rights sitting in private', Application No.
        # 15344/89, app.lexploria.com; 'Judgment of the ECtHR in Jehovah's Witnesses v.
        # Finland', johan-callewaert.eu; pages corpus); the name right before the case
        # word UNCONFIRMED in a text read (each was the EU case 'Case 8225/78')
        "See ECtHR, Case 8225/78.",
        "European Court of Human Rights, Case 8225/78.",
        "the European Commission of Human Rights, Case 1474/62, held",
        "Eur. Comm. H.R., Case 1474/62",
    ],
)
def test_another_courts_case_is_no_eu_case(text: str) -> None:
    assert _cases(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # Ashingdane's application number as the judgment gives it ('CASE OF ASHINGDANE
        # v. THE UNITED KINGDOM (Application no. 8225/78)', bailii.org/eu/cases/ECHR/
        # 1985/8.html; pages corpus), cited with the case word and no court named: the
        # session's brief's form, UNCONFIRMED in a text read (was the EU case 8225/78)
        "Case 8225/78 Ashingdane v. the United Kingdom",
        "the Ashingdane case (Case 8225/78)",
        # (the Commission's application of 1962 the tests above cite by its court)
        "Case 1474/62, the Belgian linguistic case",
    ],
)
def test_an_application_number_is_no_eu_case(text: str) -> None:
    assert _cases(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Case 26/62 Van Gend en Loos", ["26/62"]),
        ("Case C-131/12", ["C-131/12"]),
        # a lettered number is the Court of Justice's whatever comes before it
        ("unlike the ECtHR, Case C-131/12 held", ["C-131/12"]),
        # the Convention's abbreviation is no court's name
        ("Article 6 ECHR, Case 222/84 Johnston", ["222/84"]),
        # the one year the Court of Justice took over a thousand cases: its staff cases
        # ('Case 1253/79', Battaglia v Commission, judgment of 4 February 1982,
        # bailii.org/eu/cases/EUECJ/1982/C125379.html; pages corpus)
        ("Case 1253/79 Battaglia v Commission", ["1253/79"]),
        ("Case 812/79 Burgoa", ["812/79"]),
    ],
)
def test_eu_cases_stay(text: str, expected: list[str]) -> None:
    assert _cases(text) == expected
