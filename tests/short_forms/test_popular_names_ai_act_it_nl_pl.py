"""The AI Act by its Italian, Dutch and Polish names: the short titles of its own titles
(``regolamento sull'intelligenza artificiale``, ``verordening artificiële intelligentie``),
the names the press writes (``AI-verordening``, ``Akt o sztucznej inteligencji``) and the
English ``AI Act`` in Italian and Polish texts (``eurefs/data/popular_names.json``): each
was nothing.  Texts: the pages corpus of the workplace's search tool (URLs in the
comments)."""

from __future__ import annotations

import pytest

from tests.support.short_form_mentions import popular_names

AI_ACT = "32024R1689"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # wikiaiact.mywikis.eu (Italian): the own title's short title, then used
        ("Il 12 luglio 2024 è stato pubblicato il testo del nuovo Regolamento (UE) 2024/1689"
         " del Parlamento europeo e del Consiglio, del 13 giugno 2024, che stabilisce regole"
         " armonizzate sull'intelligenza artificiale (Regolamento sull'Intelligenza"
         " artificiale). Il regolamento sull'intelligenza artificiale si applica dal 2 agosto"
         " 2026.", ["regolamento sull'intelligenza artificiale"]),
        # massere.it, 'Il regolamento europeo sull'IA: cos'è l'AI Act'
        ("Il 13 giugno 2024 il European Parliament e il Council of the European Union hanno"
         " adottato il regolamento (UE) 2024/1689, meglio conosciuto come AI Act. L’AI Act"
         " rappresenta il primo quadro normativo completo a livello globale per"
         " l’intelligenza artificiale.", ["AI Act", "AI Act"]),
        # tweakers.net, 'Europese AI-verordening is ingegaan'
        ("De AI-verordening, of Verordening 2024/1689, werd in mei door de Raad van Europa"
         " aangenomen en is per 1 augustus actief. Net als onder de AVG kan een bedrijf hoge"
         " boetes krijgen als het niet voldoet aan de AI-verordening.",
         ["AI-verordening", "AI-verordening"]),
        # android.com.pl, 'AI Act to pewnik'
        ("Od 12 lipca 2024 roku się to zmieniło. W dzienniku urzędowym Komisji Europejskiej"
         " opublikowane zostało Rozporządzenie o sztucznej inteligencji (AI Act), które"
         " określa ramy regulacyjne. Akt o sztucznej inteligencji pozwoli zagwarantować, że"
         " sztuczna inteligencja będzie działała dla dobra wszystkich obywateli.",
         ["Akt o sztucznej inteligencji"]),
        # benchmark.pl, 'AI Act w Polsce' (dated February 2025)
        ("Pierwsze przepisy europejskiego rozporządzenia o sztucznej inteligencji, AI Act,"
         " zaczęły obowiązywać w Polsce. 12 lipca 2024 roku opublikowano europejskie"
         " Rozporządzenie o sztucznej inteligencji, znane jako AI Act.", ["AI Act", "AI Act"]),
    ],
)  # fmt: skip
def test_the_ai_act_s_names(text: str, expected: list[str]) -> None:
    # (the GDPR's Dutch AVG aside)
    found = [m for m in popular_names(text) if m[0] != "AVG"]
    assert found == [(name, AI_ACT, None) for name in expected]


@pytest.mark.parametrize(
    "text",
    [
        # the Commission's decision C/2024/1459 of February 2024 as prawo.pl publishes it: the
        # name in the proposal's title
        "(Dz.U.UE C z dnia 14 lutego 2024 r.) (2) Komisja przedstawiła wniosek dotyczący"
        " rozporządzenia ustanawiającego zharmonizowane przepisy dotyczące sztucznej"
        " inteligencji (akt w sprawie sztucznej inteligencji) i zmieniającego niektóre akty"
        " ustawodawcze Unii.",
        # cyberlaws.it (2021): the proposal, after 'proposta di'
        "Analisi della proposta di Regolamento sull’intelligenza artificiale pubblicata dalla"
        " Commissione Europea il 21 aprile 2021",
    ],
)
def test_the_proposal_s_name_is_not_the_act(text: str) -> None:
    assert popular_names(text) == []
