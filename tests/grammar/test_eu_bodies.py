"""Decisions of EU bodies that are no institutions, named in full before the type word
(``eurefs.grammar.eu_bodies``): the body is the author, in the span, and there is no CELEX."""

from __future__ import annotations

import pytest

from tests.support.extracted import extracted


def _acts(text: str) -> list[tuple[str, str | None, str | None]]:
    return extracted(text, "text", "author", "celex", kind="legal_act")


@pytest.mark.parametrize(
    ("text", "span", "author"),
    [
        # the EDPB's decisions under Article 65 GDPR (was 'Decision 1/2021', without author)
        ("under European Data Protection Board Decision 1/2021, the DPC",
         "European Data Protection Board Decision 1/2021", "European Data Protection Board"),
        # a number read year first gave another act's CELEX (32021D0001): none
        ("European Data Protection Board Decision 2021/1", "European Data Protection Board "
         "Decision 2021/1", "European Data Protection Board"),
        # the name starts at its EU word, not at an earlier one of the sentence
        ("the EU and the European Data Protection Board Decision 1/2021",
         "European Data Protection Board Decision 1/2021", "European Data Protection Board"),
        # the European Medicines Agency's, in Finnish and Swedish; EUIPO's (two EU words)
        ("Euroopan unionin teollisoikeuksien viraston päätös N:o 1/2010",
         "Euroopan unionin teollisoikeuksien viraston päätös N:o 1/2010",
         "Euroopan unionin teollisoikeuksien viraston"),
        ("Euroopan lääkeviraston päätös N:o 1/2010", "Euroopan lääkeviraston päätös N:o 1/2010",
         "Euroopan lääkeviraston"),
        ("Europeiska läkemedelsmyndighetens beslut nr 1/2010",
         "Europeiska läkemedelsmyndighetens beslut nr 1/2010", "Europeiska läkemedelsmyndighetens"),
    ],
)  # fmt: skip
def test_an_eu_body_named_before_the_type_word_is_the_author(
    text: str, span: str, author: str
) -> None:
    assert _acts(text) == [(span, author, None)]


def test_every_member_of_a_list_is_the_bodys() -> None:
    acts = _acts("European Data Protection Board Decisions 1/2021 and 2/2022")
    assert acts == [
        ("European Data Protection Board Decisions 1/2021", "European Data Protection Board", None),
        ("2/2022", "European Data Protection Board", None),
    ]


def test_the_body_after_the_number_as_before() -> None:
    # (agreement_bodies: a body on no list, read by its form)
    assert _acts("Decision 1/2021 of the European Data Protection Board") == [
        (
            "Decision 1/2021 of the European Data Protection Board",
            "European Data Protection Board",
            None,
        )
    ]


@pytest.mark.parametrize(
    "text",
    [
        # by its acronym, or a binding decision: left out, as before (no EU word before)
        "EDPB Binding Decision 1/2021",
        "EDPB Decision 1/2021",
        "the European Data Protection Board Binding Decision 1/2021",
        # a board with no EU word before it: a national body's, left out
        "Management Board Decision 1/2021",
        "the European Commission. Management Board Decision 1/2021",
    ],
)
def test_acronyms_and_other_boards_are_left_out(text: str) -> None:
    assert _acts(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an EU domain makes it an act of the OJ's series: the CELEX stays
        (
            "European Data Protection Board Decision (EU) 2021/1",
            ("Decision (EU) 2021/1", None, "32021D0001"),
        ),
        # the institutions are no such bodies
        ("Commission Decision 2021/1", ("Commission Decision 2021/1", "Commission", "32021D0001")),
    ],
)
def test_eu_acts_keep_their_celex(text: str, expected: tuple[str, str | None, str]) -> None:
    assert _acts(text) == [expected]


@pytest.mark.parametrize(
    ("text", "span", "author"),
    [
        # an EU authority or agency, before or after the number (each gave 32021D0001 or
        # 32011D0001, another act's CELEX)
        ("European Banking Authority Decision 2021/1 applies",
         "European Banking Authority Decision 2021/1", "European Banking Authority"),
        ("Decision 2021/1 of the European Banking Authority, which",
         "Decision 2021/1 of the European Banking Authority", "European Banking Authority"),
        ("Decision 2011/1 of the European Securities and Markets Authority",
         "Decision 2011/1 of the European Securities and Markets Authority",
         "European Securities and Markets Authority"),
        ("Decision 2018/1 of the European Union Agency for Railways",
         "Decision 2018/1 of the European Union Agency for Railways",
         "European Union Agency for Railways"),
    ],
)  # fmt: skip
def test_an_eu_authority_or_agency_is_the_author_without_celex(
    text: str, span: str, author: str
) -> None:
    assert _acts(text) == [(span, author, None)]


@pytest.mark.parametrize(
    "text",
    [
        # a national authority's, or a board of supervisors': no EU act (gave 32021D0001)
        "Financial Conduct Authority Decision 2021/1",
        "Decision 2021/1 of the Financial Conduct Authority",
        "EBA Board of Supervisors Decision 2016/1",
    ],
)
def test_national_authorities_are_left_out(text: str) -> None:
    assert _acts(text) == []


def test_an_act_about_an_authority_keeps_its_celex() -> None:
    text = "Commission Decision 2021/1 of 1 January 2021 on the European Banking Authority"
    assert _acts(text) == [("Commission Decision 2021/1", "Commission", "32021D0001")]


def test_the_high_authority_is_an_eu_author() -> None:
    # ECSC: 'High Authority' is an EU author word that ends in the authority's word
    assert _acts("High Authority Decision No 2/52 of 1952") == [
        ("High Authority Decision No 2/52", "High Authority", None)
    ]
