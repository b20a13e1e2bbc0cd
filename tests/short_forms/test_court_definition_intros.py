"""The intros of definitions as the Court's Maltese and the Kúria write them (``iktar ’il
quddiem``, ``továbbiakban:`` without its article): the alias in the brackets is no reference,
its later uses are the act's."""

from __future__ import annotations

import pytest

import eurefs
from tests.support.extracted import extracted


def _refs(text: str) -> list[tuple[str, str, str | None, str | None]]:
    return extracted(text, "kind", "text", "celex", "pinpoint")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the Opinion of AG Szpunar in C-394/23 Mousse, ECLI:EU:C:2024:610, curia.europa.eu, MT
        ("1.        Ir-Regolament (UE) 2016/679 (2) (iktar ’il quddiem il-“GDPR”) għandu l-għan "
         "li jiżgura livell għoli ta’ protezzjoni tal-persuni fiżiċi fir-rigward tal-ipproċessar "
         "tad-data personali tagħhom.\n\n3.        Il-premessi 4, 10, 39, 40, 44, 47, 69 u 75 "
         "tal-GDPR jipprovdu:",
         [("legal_act", "Regolament (UE) 2016/679", "32016R0679", None),
          ("short_form", "GDPR", "32016R0679", "premessi 4, 10, 39, 40, 44, 47, 69 u 75")]),
        # the Opinion of AG Pikamäe in C-693/22, ECLI:EU:C:2024:162, curia.europa.eu, MT: the
        # popular name in the title's brackets and the alias both no reference
        ("tar-Regolament (UE) 2016/679 tal-Parlament Ewropew u tal-Kunsill tas‑27 ta’ April 2016 "
         "dwar il-protezzjoni tal-persuni fiżiċi fir-rigward tal-ipproċessar ta’ data personali u "
         "dwar il-moviment liberu ta’ tali data, u li jħassar id-Direttiva 95/46/KE (Regolament "
         "Ġenerali dwar il-Protezzjoni tad-Data, iktar ’il quddiem il-“GDPR”) (2), meta "
         "s-suġġetti tad-data ma jkunux taw il-kunsens tagħhom għal tali bejgħ?",
         [("legal_act", "Regolament (UE) 2016/679", "32016R0679", None),
          ("legal_act", "Direttiva 95/46/KE", "31995L0046", None)]),
        # the Kúria's order for a reference in Kfv.II.37.660/2022/13, kuria-birosag.hu
        ("2016.április 27-i 2016/679 rendelet (továbbiakban: GDPR) 14.cikk (5) bekezdés c.) "
         "pontját – a GDPR 14.cikk (1) bekezdésére és a 62. preambulum bekezdésére figyelemmel –,",
         [("legal_act", "2016/679 rendelet", "32016R0679", "14.cikk (5) bekezdés c.) pontját"),
          ("short_form", "GDPR", "32016R0679",
           "14.cikk (1) bekezdésére és a 62. preambulum bekezdésére")]),
    ],
)  # fmt: skip
def test_the_alias_in_the_definition_is_no_reference(text: str, expected: list) -> None:
    assert _refs(text) == expected


@pytest.mark.parametrize(
    ("text", "alias", "celex"),
    [
        # the alias a type word: the Court's intro before it (built on the Opinion above)
        ("Ir-Regolament (UE) 2016/679 (iktar ’il quddiem ir-“Regolament”) għandu l-għan. "
         "L-Artikolu 6 tar-Regolament", "Regolament", "32016R0679"),
        ("az (EU) 2016/679 rendelet (továbbiakban: Rendelet) 6. cikke szerint. A Rendelet "
         "15. cikke", "Rendelet", "32016R0679"),
    ],
)  # fmt: skip
def test_a_type_word_alias_is_bound(text: str, alias: str, celex: str) -> None:
    last = eurefs.extract(text)[-1]
    assert (last.kind, last.text, last.celex) == ("short_form", alias, celex)


@pytest.mark.parametrize(
    "text",
    [
        # 'iktar' and 'továbbiakban' in prose, no brackets: nothing
        "Il-Qorti tal-Ġustizzja ser teżamina dan il-punt iktar ’il quddiem f’dawn "
        "il-konklużjonijiet.",
        "A továbbiakban a Rendelet szabályait ismertetjük.",
    ],
)
def test_prose_stays_no_reference(text: str) -> None:
    assert eurefs.extract(text) == []
