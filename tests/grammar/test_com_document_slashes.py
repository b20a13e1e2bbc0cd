"""C documents in EUR-Lex's slash form (``eurefs/grammar/com_documents.py``): the line under
an act's title on EUR-Lex names the Commission decision that adopted it, ``C/2019/788``
for ``C(2019) 788 final``; it was nothing (only ``COM/2023/200 final`` and the other
types of two letters or more were read so).  From 2023 the Official Journal's C series
numbers its acts alike (``OJ C, C/2024/1234``): such a number alone stays unread.
"""

from __future__ import annotations

import pytest

import eurefs


def _com(text: str) -> list[tuple[str, str]]:
    return [
        (r.text, r.normalized)
        for r in eurefs.extract(text, short_forms=False)
        if r.kind == "com_document"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Commission Delegated Regulation (EU) 2019/886, EUR-Lex 32019R0886, BG (pages corpus)
        ("Делегиран регламент (ЕС) 2019/886 на Комисията от 12 февруари 2019 година за"
         " изменение и поправка на Делегиран регламент (ЕС) № 480/2014\n\nC/2019/788\n\nOJ L"
         " 142, 29.5.2019, p. 9–15 (BG, ES, CS, DA, DE, ET, EL, EN, FR, HR, IT, LV, LT, HU,"
         " MT, NL, PL, PT, RO, SK, SL, FI, SV)\n",
         [("C/2019/788", "C(2019) 788 final")]),
        # Commission Delegated Regulation (EU) 2019/2126, EUR-Lex 32019R2126, ET (pages corpus)
        ("Komisjoni delegeeritud määrus (EL) 2019/2126, 10. oktoober 2019, millega täiendatakse"
         " Euroopa Parlamendi ja nõukogu määrust (EL) 2017/625 (EMPs kohaldatav tekst)\n"
         "C/2019/7007\nELT L 321, 12.12.2019, p. 104–110\n",
         [("C/2019/7007", "C(2019) 7007 final")]),
        # the Portuguese Bar's list of EU references (portal.oa.pt, 'Referências da União
        # Europeia: A-Z', V; pages corpus): in brackets after the title
        ("(4) Regulamento de Execução (UE) 2021/442 da Comissão, de 11 de março de 2021, que"
         " sujeita a exportação de determinados produtos à apresentação de uma autorização de"
         " exportação [C/2021/1659]. JO L 85 de 12.3.2021, p. 190-197.\n",
         [("C/2021/1659", "C(2021) 1659 final")]),
    ],
)  # fmt: skip
def test_the_slash_form_is_a_c_document(text: str, expected: list[tuple[str, str]]) -> None:
    assert _com(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "C/2024/1234\n",
        "C/2023/6021\n",
        "Commission notice, OJ C, C/2024/1234, 5.3.2024\n",
    ],
)
def test_a_number_of_the_act_by_act_years_stays_unread(text: str) -> None:
    assert _com(text) == []
