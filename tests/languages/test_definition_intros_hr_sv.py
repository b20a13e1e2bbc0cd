"""Intros of a defined name: the Court's Croatian ``u daljnjem tekstu`` (the record had only
``dalje u tekstu``) and Swedish ``härefter kallad``: the alias after it is the act's, and its
later uses take their pinpoints (the records' ``back_references.definition_intros``)."""

from __future__ import annotations

import pytest

import eurefs


@pytest.mark.parametrize(
    ("text", "use", "pinpoint", "celex"),
    [
        # the Opinion of AG Saugmandsgaard Øe in C-341/16 Hanssen Beleggingen (EUR-Lex
        # 62016CC0341, Croatian; pages corpus): the use was nothing
        ("uputio je Sudu zahtjev za prethodnu odluku koji se odnosi na tumačenje članka 22. "
         "točke 4. Uredbe Vijeća (EZ) br. 44/2001 od 22. prosinca 2000. o [sudskoj] "
         "nadležnosti, priznavanju i izvršenju sudskih odluka u građanskim i trgovačkim "
         "stvarima (u daljnjem tekstu: Uredba Bruxelles I) ( 2 ).\n"
         "Sud koji je uputio zahtjev želi doznati primjenjuje li se pravilo o isključivoj "
         "nadležnosti propisano u članku 22. točki 4. Uredbe Bruxelles I za postupke",
         "Uredbe Bruxelles I", "članku 22. točki 4.", "32001R0044"),
        # the judgment in C-267/15 Gemeente Woerden (taxlawapp.eu, Croatian; pages corpus): the
        # intro inside the bracket of the Croatian special edition, after a semicolon
        ("1 Zahtjev za prethodnu odluku odnosi se na tumačenje Direktive Vijeća 2006/112/EZ od "
         "28. studenoga 2006. o zajedničkom sustavu poreza na dodanu vrijednost (SL L 347, str. "
         "1.) (SL, posebno izdanje na hrvatskom jeziku, poglavlje 9., svezak 1., str. 120.; u "
         "daljnjem tekstu: Direktiva o PDV-u).\n"
         "3 Članak 2. stavak 1. točka (a) Direktive o PDV-u određuje:",
         "Direktive o PDV-u", "Članak 2. stavak 1. točka (a)", "32006L0112"),
    ],
)  # fmt: skip
def test_the_courts_intro(text: str, use: str, pinpoint: str, celex: str) -> None:
    uses = [r for r in eurefs.extract(text) if r.kind == "short_form"]
    assert [(r.text, r.pinpoint, r.celex) for r in uses] == [(use, pinpoint, celex)]  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "text",
    [
        # a national act, the Court, the Union: no act of the EU before the intro
        "Zakon o porezu na dodanu vrijednost (Narodne novine, br. 73/13.; u daljnjem tekstu: "
        "Zakon o PDV-u). Članak 40. Zakona o PDV-u propisuje.",
        "Sud Europske unije (u daljnjem tekstu: Sud) presudio je. Članak 5. Suda.",
        "Pravo Europske unije (u daljnjem tekstu: EU) je autonomni pravni poredak.",
    ],
)
def test_no_eu_act_before_it(text: str) -> None:
    assert eurefs.extract(text) == []


def test_the_swedish_intro_harefter_kallad() -> None:
    # Skattenytt 1995 nr 4 (faronline.se; pages corpus): the use after the intro was nothing
    text = (
        "Bestämmelserna om tillämpliga regler finns dels i förordningen (EEG) nr 1408/71 "
        "(härefter kallad ”förordningen”), dels i förordningen (EEG) nr 574/72 om tillämpning "
        "av förordning nr 1408/71 (härefter kallad ”tillämpningsförordningen”). Förordningen "
        "innehåller de materiella reglerna om vilket lands lagstiftning som är tillämplig."
    )
    uses = [r for r in eurefs.extract(text) if r.kind == "short_form"]
    assert [(r.text, r.celex) for r in uses] == [("Förordningen", "31971R1408")]


def test_no_swedish_act_before_the_intro() -> None:
    text = "Aktiebolaget Exempel AB (härefter kallad ”Bolaget”). Bolaget ska enligt avtalet betala."
    assert eurefs.extract(text) == []
