"""The AI Act's Lithuanian names (``DI aktas``, ``Dirbtinio intelekto aktas``) with their
pinpoints after them, and a sentence dated year first (``2023 m. gruodžio 8 dieną``), as
Lithuanian writes dates: a text of the draft's time names the proposal, not Regulation (EU)
2024/1689 (``short_forms/dated_names``, ``grammar/record_dates.YEAR_FIRST``)."""

from __future__ import annotations

import pytest

from tests.support.extracted import extracted

AI_ACT = "32024R1689"


def _names(text: str) -> list[tuple[str, str | None, str | None]]:
    return extracted(text, "text", "celex", "pinpoint", kind="short_form", how="popular_name")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the Communications Regulatory Authority (rrt.lt, DI reguliavimas; pages corpus):
        # each name was nothing
        ("Reglamentas (ES) 2024/1689 (DI aktas) priimtas siekiant užtikrinti aukšto lygio"
         " žmonių sveikatos apsaugą. Pagrindiniai DI akto tikslai: užtikrinti, kad DI sistemos"
         " būtų saugios.", [("DI akto", AI_ACT, None)]),
        ("DI aktas NETAIKOMAS DI sistemoms, kurių naudojimas priklauso tik karinei, gynybos ar"
         " nacionalinio saugumo sričiai (DI akto 2 str. 3 d.).",
         [("DI aktas", AI_ACT, None), ("DI akto", AI_ACT, "2 str. 3 d.")]),
        # the Commission's AI literacy questions and answers (digital-strategy.ec.europa.eu/lt;
        # pages corpus): the pinpoint after the name
        ("DI akto 4 straipsnyje minima DI raštingumo sąvoka grindžiama DI akto 3 straipsnio 56"
         " punkte pateikta termino apibrėžtimi",
         [("DI akto", AI_ACT, "4 straipsnyje"), ("DI akto", AI_ACT, "3 straipsnio 56 punkte")]),
        ("sustiprinamos į reglamentą įtrauktos skaidrumo (Dirbtinio intelekto akto 13"
         " straipsnis) nuostatos", [("Dirbtinio intelekto akto", AI_ACT, "13 straipsnis")]),
    ],
)  # fmt: skip
def test_the_ai_act_s_lithuanian_names(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert _names(text) == expected


# expertlab.lt, 'Naujasis Europos dirbtinio intelekto aktas: ką turime žinoti?' (pages
# corpus): the political agreement on the draft, dated year first; the name after it is the
# proposal's (was Regulation (EU) 2024/1689 once the names were read: the date was not)
EXPERTLAB = (
    "Po ilgų diskusijų, 2023 m. gruodžio 8 dieną Europos Parlamentas ir Taryba pasiekė politinį"
    " susitarimą dėl Europos Sąjungos dirbtinio intelekto akto projekto (DI aktas), kuriuo"
    " siekiama užtikrinti, kad Europos rinkai pateiktos ir ES naudojamos dirbtinio intelekto"
    " sistemos būtų saugios.\n\nŠio svarbaus susitarimo vienas iš tikslų yra skatinti"
    " investicijas ir inovacijas dirbtinio intelekto srityje Europoje. DI aktas, su jame"
    " nustatytomis išimtimis, įsigalios per dvejus metus nuo jo priėmimo dienos."
)


def test_a_text_dated_year_first_before_the_act_names_the_proposal() -> None:
    assert _names(EXPERTLAB) == []
    # the same text dated after the act's own date names it
    later = EXPERTLAB.replace("2023 m. gruodžio 8 dieną", "2024 m. liepos 12 dieną")
    assert _names(later) == [("DI aktas", AI_ACT, None)]
