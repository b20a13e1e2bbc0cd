"""National acts cited number first with a date without year after the number are no EU
acts (``eurefs/grammar/national_acts.py``, the records' ``national_dates``)."""

from __future__ import annotations

import pytest

from tests.support.extracted import extracted


def _acts(text: str) -> list[tuple[str, str | None]]:
    return extracted(text, "text", "celex", kind="legal_act")


@pytest.mark.parametrize(
    "text",
    [
        # BOE-A-2005-15939 (boe.es), the act that amends it: the Spanish judiciary's
        # council's regulation (was Regulation (EC) No 1/2005, 32005R0001)
        "Acuerdo de 15 de octubre de 2013, del Pleno del Consejo General del Poder Judicial, "
        "por el que se modifica el Reglamento 1/2005, de 15 de septiembre, de los aspectos "
        "accesorios de las actuaciones judiciales",
        # UNCONFIRMED (the form of the Diário da República's 'Regulamento da CMVM
        # 2/2023, de 28 de Julho', dre.tretas.org)
        "aprovado pelo Regulamento n.º 2/2023, de 28 de julho",
    ],
)
def test_a_national_act_by_its_date_is_no_eu_act(text: str) -> None:
    assert _acts(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # EUR-Lex titles: the date has its year, or the number its domain
        (
            "el Reglamento (CE) n.º 1/2005 del Consejo, de 22 de diciembre de 2004",
            [("Reglamento (CE) n.º 1/2005", "32005R0001")],
        ),
        (
            "o Regulamento (UE) 2022/2554 do Parlamento Europeu e do Conselho, de 14 de "
            "dezembro de 2022",
            [("Regulamento (UE) 2022/2554", "32022R2554")],
        ),
        # UNCONFIRMED (national style for EU acts): a domain, or a year-first number
        (
            "el Reglamento (UE) 2016/679, de 27 de abril",
            [("Reglamento (UE) 2016/679", "32016R0679")],
        ),
        ("el Reglamento 2016/679, de 27 de abril", [("Reglamento 2016/679", "32016R0679")]),
        ("el Reglamento 1/2005, de 22 de diciembre de 2004", [("Reglamento 1/2005", "32005R0001")]),
        ("el Reglamento n.º 1/2005", [("Reglamento n.º 1/2005", "32005R0001")]),
    ],
)
def test_an_eu_act_keeps_its_reading(text: str, expected: list[tuple[str, str]]) -> None:
    assert _acts(text) == expected


def test_a_hungarian_decree_by_its_roman_date_is_no_eu_act() -> None:
    # The Hungarian Gazette's table of contents (Magyar Közlöny 2011/40, as
    # docplayer.hu/561216 reproduces it; pages corpus): each entry's type word ends it,
    # the next one's number follows with its date, the month in Roman numerals.
    # 'rendelet 66/2011' was Regulation No 66/2011 (32011R0066), 'határozat 1096/2011' a
    # decision; the directive cited on the same page keeps its CELEX.
    text = (
        "/2011. (IV. 15.) Korm. rendelet 66/2011. (IV. 15.) Korm. rendelet 16/2011. "
        "(IV. 15.) NGM rendelet 14/2011. (IV. 15.) NFM rendelet 1095/2011. (IV. 15.) "
        "Korm. határozat 1096/2011. (IV. 15.) Korm. határozat 34/2011. (IV. 15.) ME "
        "határozat\n261/2011. (XII. 7.) Korm. Rendelet; 2003/59/EK irányelv"
    )
    assert _acts(text) == [("2003/59/EK irányelv", "32003L0059")]


@pytest.mark.parametrize(
    "text",
    [
        # the Hungarian Constitutional Court's decisions cited whole in English, each an EU
        # decision before (legal_act, no CELEX): a heading of an English paper on its case
        # law (9dok.org/article/answers-question-decision-iii-ab.zwvwrmjl) ...
        "4. Decision 2/2019. (III. 5.) AB\n\n4.1. Answers to the First Question",
        # ... M. Szabó's case note, Hungarian Yearbook of International Law and European
        # Law 2020 (elevenjournals.com) ...
        "In its Decision No. 2/2019. (III. 5.) AB, the Constitutional Court did not only "
        "interpret the provision in question",
        # ... and CYIL vol. 10 (2019), p. 154 (rozkotova.cld.bz; pages corpus)
        "Decision 571/D/2010 then refused a constitutional complaint. In this latter "
        "context, Decision 29/2011 (IV. 7.) AB argued that under the then effective legal "
        "framework, the HCC did not have legal grounds",
    ],
)
def test_a_roman_dated_number_is_national_in_any_language(text: str) -> None:
    assert _acts(text) == []


def test_an_eu_decision_before_a_roman_numeral_in_brackets_stays() -> None:
    # (a Roman numeral alone, no day: a list's mark, no date)
    assert _acts("Decision 2019/1 (III) and Regulation (EU) 2016/679 (I. Scope)") == [
        ("Decision 2019/1", "32019D0001"),
        ("Regulation (EU) 2016/679", "32016R0679"),
    ]
