"""An acronym of the act's name between its type word and its number (legal_act_numbers.ACRONYM)."""

from __future__ import annotations

import pytest

from tests.support.extracted import extracted


def _acts(text: str) -> list[tuple[str, str | None, str | None]]:
    return extracted(text, "text", "celex", "pinpoint", kinds="legal_act", short_forms=False)


@pytest.mark.parametrize(
    ("text", "span", "celex", "pinpoint"),
    [
        # invoice notes in public repositories (find_string): French, Spanish, Polish
        ("Autoliquidation par le preneur, article 262 ter I, 1° du CGI et article 138 de la "
         "directive TVA 2006/112/CE", "directive TVA 2006/112/CE", "32006L0112", "article 138"),
        ('El mecanismo se llama "inversión del sujeto pasivo" (art. 194 Directiva IVA '
         "2006/112/CE)", "Directiva IVA 2006/112/CE", "32006L0112", None),  # (no 'de la')
        ("zgodnie z art. 194 dyrektywy VAT 2006/112/WE", "dyrektywy VAT 2006/112/WE",
         "32006L0112", "art. 194"),
        # the same in Italian, Portuguese and Romanian
        ("ai sensi dell'articolo 196 della direttiva IVA 2006/112/CE",
         "direttiva IVA 2006/112/CE", "32006L0112", "articolo 196"),
        ("nos termos do artigo 196.º da Diretiva IVA 2006/112/CE", "Diretiva IVA 2006/112/CE",
         "32006L0112", "artigo 196.º"),
        ("conform articolului 196 din Directiva TVA 2006/112/CE", "Directiva TVA 2006/112/CE",
         "32006L0112", "articolului 196"),
        # with the domain in brackets
        ("le règlement REACH (CE) n° 1907/2006", "règlement REACH (CE) n° 1907/2006",
         "32006R1907", None),
    ],
)  # fmt: skip
def test_acronym_between_type_word_and_number(
    text: str, span: str, celex: str, pinpoint: str | None
) -> None:
    assert _acts(text) == [(span, celex, pinpoint)]


@pytest.mark.parametrize(
    "text",
    [
        "le règlement REACH 1907/2006",  # no domain: which numbering is not told
        "la décision BCE 2004/2",  # the Bank's own number, no domain
    ],
)
def test_acronym_before_a_number_without_domain(text: str) -> None:
    assert _acts(text) == []


def test_domain_and_marker_are_no_acronyms() -> None:
    assert _acts("Regulation EU 2016/679 and REGULATION NO 1234/2001") == [
        ("Regulation EU 2016/679", "32016R0679", None),
        ("REGULATION NO 1234/2001", "32001R1234", None),
    ]
