"""Polish ``rzeczonej dyrektywy`` ("the said directive"), as the Court's Polish points back
beside ``tej``, ``wspomnianej`` (``eurefs.languages.pl``, ``anaphor_determiners``). The text
is point 2 of the Opinion of Advocate General Szpunar of 22 January 2019 in C-694/17 Pillar
Securitisation, in Polish as EUR-Lex publishes it (62017CC0694; the search tool's pages
corpus), its footnote calls as the page prints them; the anaphor was nothing."""

from __future__ import annotations

import eurefs

_PILLAR = (
    "Dokładniej rzecz ujmując, w niniejszej sprawie Cour de cassation (sąd kasacyjny,"
    " Luksemburg) stawia Trybunałowi pytanie, czy osoba, która zawarła umowę o kredyt, która to"
    " umowa, zgodnie z art. 2 ust. 2 lit. c) dyrektywy 2008/48/WE ( 2 ), nie jest objęta"
    " zakresem stosowania rzeczonej dyrektywy z tego względu, że całkowita kwota kredytu"
    " przyznanego na podstawie tej umowy jest wyższa niż 75000 EUR, automatycznie nie powinna"
    " być uważana za konsumenta w rozumieniu art. 15 Konwencji o jurysdykcji i uznawaniu oraz"
    " wykonywaniu orzeczeń sądowych w sprawach cywilnych i handlowych ( 3 )."
)


def test_the_said_directive() -> None:
    found = [r for r in eurefs.extract(_PILLAR) if r.kind == "short_form"]
    assert [(r.text, r.how, r.celex) for r in found] == [
        ("rzeczonej dyrektywy", "anaphor", "32008L0048")
    ]
    assert _PILLAR[found[0].antecedent_start : found[0].antecedent_end] == "dyrektywy 2008/48/WE"


def test_the_said_as_a_plural_is_no_anaphor() -> None:
    # ('rzeczone' is also the plural: 'rzeczone dyrektywy', "the said directives")
    text = _PILLAR.replace("rzeczonej dyrektywy", "rzeczone dyrektywy")
    assert [r for r in eurefs.extract(text) if r.kind == "short_form"] == []
