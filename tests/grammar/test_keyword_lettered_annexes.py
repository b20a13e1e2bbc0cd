"""The keyword line of the judgment in C-369/14 Sommer (EUR-Lex 62014CJ0369; pages corpus): an
annex's roman number with a capital letter (``Annexes I A and I B`` of Directive 2002/96/EC;
``pinpoint_numbers``, ``after_pinpoint_patterns``), and a keyword's list of more than seven
subdivisions in the languages that write them after the act (``dash_pinpoints``).  Each
directive's keyword pinpoint was nothing (the second's in English was read already)."""

from __future__ import annotations

import pytest

import eurefs

_LINES = {
    # (EUR-Lex's English page, as BAILII copies it: [2015] EUECJ C-369/14)
    "en": "(Reference for a preliminary ruling — Waste electrical and electronic equipment —"
    " Directive 2002/96/EC — Articles 2(1) and 3(a) and Annexes I A and I B — Directive"
    " 2012/19/EU — Articles 2(1)(a), 2(3)(b) and 3(1)(a) and (b), and Annexes I and II —"
    " Concepts of ‘electrical and electronic equipment’ and ‘electrical and electronic tools’ —"
    " Garage-door operating devices)",
    "fi": "”Ennakkoratkaisupyyntö — Sähkö- ja elektroniikkalaiteromu — Direktiivi 2002/96/EY — 2"
    " artiklan 1 kohta ja 3 artiklan a alakohta sekä liitteet I A ja I B — Direktiivi"
    " 2012/19/EU — 2 artiklan 1 kohdan a alakohta, 2 artiklan 3 kohdan b alakohta ja 3 artiklan"
    " 1 kohdan a ja b alakohta sekä liitteet I ja II — ”Sähkö- ja elektroniikkalaitteiden”"
    " sekä ”sähkö- ja elektroniikkatyökalujen” käsitteet — Autotallin ovien käyttölaitteet”",
    "lv": "“Lūgums sniegt prejudiciālu nolēmumu — Elektrisko un elektronisko iekārtu atkritumi —"
    " Direktīva 2002/96/EK — 2. panta 1. punkts un 3. panta a) punkts, kā arī I A un I B"
    " pielikums — Direktīva 2012/19/ES — 2. panta 1. punkta a) apakšpunkts, 2. panta 3. punkta"
    " b) apakšpunkts un 3. panta 1. punkta a) un b) apakšpunkts, kā arī I un II pielikums —"
    " Jēdzieni “elektriskās un elektroniskās iekārtas” un “elektriskie un elektronikas"
    " instrumenti” — Garāžas vārtu motori”",
    "lt": "„Prašymas priimti prejudicinį sprendimą — Elektros ir elektroninės įrangos atliekos —"
    " Direktyva 2002/96/EB — 2 straipsnio 1 dalis, 3 straipsnio a punktas ir IA ir IB priedai"
    " — Direktyva 2012/19/ES — 2 straipsnio 1 dalies a punktas, 2 straipsnio 3 dalies b"
    " punktas, 3 straipsnio 1 dalies a ir b punktai ir I ir II priedai — Sąvokos „elektros ir"
    " elektroninė įranga“ ir „elektriniai ir elektroniniai įrankiai“ — Garažo vartų automatika“",
}
_EXPECTED = {
    "en": ["Articles 2(1) and 3(a) and Annexes I A and I B",
           "Articles 2(1)(a), 2(3)(b) and 3(1)(a) and (b), and Annexes I and II"],
    "fi": ["2 artiklan 1 kohta ja 3 artiklan a alakohta sekä liitteet I A ja I B",
           "2 artiklan 1 kohdan a alakohta, 2 artiklan 3 kohdan b alakohta ja 3 artiklan 1 kohdan"
           " a ja b alakohta sekä liitteet I ja II"],
    "lv": ["2. panta 1. punkts un 3. panta a) punkts, kā arī I A un I B pielikums",
           "2. panta 1. punkta a) apakšpunkts, 2. panta 3. punkta b) apakšpunkts un 3. panta 1."
           " punkta a) un b) apakšpunkts, kā arī I un II pielikums"],
    "lt": ["2 straipsnio 1 dalis, 3 straipsnio a punktas ir IA ir IB priedai",
           "2 straipsnio 1 dalies a punktas, 2 straipsnio 3 dalies b punktas, 3 straipsnio 1"
           " dalies a ir b punktai ir I ir II priedai"],
}  # fmt: skip


@pytest.mark.parametrize("lang", sorted(_LINES))
def test_each_directives_keyword_pinpoint(lang: str) -> None:
    refs = eurefs.extract(_LINES[lang], kinds="legal_act")
    assert [r.celex for r in refs] == ["32002L0096", "32012L0019"]
    assert [r.pinpoint for r in refs] == _EXPECTED[lang]  # type: ignore[attr-defined]
