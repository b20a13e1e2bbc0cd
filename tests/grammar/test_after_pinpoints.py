"""Whose is a pinpoint written after an act in Lithuanian and Latvian
(``eurefs.grammar.after_pinpoints``): the act's in the genitive, not that of an act its
title names in another case; the act reaches it across its title and the brackets after."""

from __future__ import annotations

import pytest

import eurefs

_LT_TITLE = (
    "2016 m. balandžio 27 d. Europos Parlamento ir Tarybos reglamento (ES) 2016/679 dėl "
    "fizinių asmenų apsaugos tvarkant asmens duomenis ir dėl laisvo tokių duomenų judėjimo ir "
    "kuriuo panaikinama Direktyva 95/46/EB (Bendrasis duomenų apsaugos reglamentas)"
)
_LV_TITLE = (
    "EIROPAS PARLAMENTA UN PADOMES REGULAS (ES) 2016/679 (2016. gada 27. aprīlis) par fizisku "
    "personu aizsardzību attiecībā uz personas datu apstrādi un šādu datu brīvu apriti un ar "
    "ko atceļ Direktīvu 95/46/EK (Vispārīgā datu aizsardzības regula)"
)


def _pinpoints(text: str) -> dict[str, str | None]:
    return {r.celex: r.pinpoint for r in eurefs.extract(text) if r.kind == "legal_act"}  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("text", "gdpr", "directive"),
    [
        # the title and the popular name as privacy notices write them (see the records'
        # sources; the pinpoint after them UNCONFIRMED in a text read): was the directive's
        ("Duomenys tvarkomi pagal " + _LT_TITLE + " 6 straipsnio 1 dalies f punktą.",
         "6 straipsnio 1 dalies f punktą", None),
        ("Duomenys tvarkomi pagal " + _LT_TITLE + " (OL 2016 L 119, p. 1) 6 straipsnio 1 "
         "dalies f punktą.", "6 straipsnio 1 dalies f punktą", None),
        ("Dati apstrādā saskaņā ar " + _LV_TITLE + " 6. panta 1. punkta f) apakšpunktu.",
         "6. panta 1. punkta f) apakšpunktu", None),
        # as before: the short act, the act in the genitive right before its pinpoint
        ("pagal Reglamento (ES) 2016/679 6 straipsnio 1 dalį", "6 straipsnio 1 dalį", None),
        ("saskaņā ar Regulas (ES) 2016/679 6. panta 1. punkta f) apakšpunktu",
         "6. panta 1. punkta f) apakšpunktu", None),
        # an act in another case takes none (the nominative, the accusative)
        ("Direktyva 95/46/EB 7 straipsnis taikomas.", None, None),
        ("ar ko atceļ Direktīvu 95/46/EK 7. pantu", None, None),
        # ... nor does the act across a title that names an act in the genitive (whose
        # the article is, is not clear), a sentence's end, or where the act is not itself in
        # the genitive
        ("pagal Reglamento (ES) 2016/679 dėl Direktyvos 95/46/EB taikymo (OL L 1) 6 straipsnį",
         None, None),
        ("pagal Reglamento (ES) 2016/679 dėl duomenų. Tai (BDAR) 6 straipsnį", None, None),
        ("Reglamentas (ES) 2016/679 dėl duomenų apsaugos (BDAR) 6 straipsnis", None, None),
        # the title ended by a comma before the pinpoint's number (the Latvian Supreme Court's
        # summary of its decision in SKA-353/2025, at.gov.lv; pages corpus): was None
        ("sūdzības iesniedzējam ir juridiski saistošs un rada tiesiskas sekas Eiropas "
         "Parlamenta un Padomes 2016.gada 27.aprīļa regulas (ES) 2016/679 par fizisko personu "
         "aizsardzību attiecībā uz personas datu apstrādi un šādu datu brīvu apriti un ar ko "
         "atceļ direktīvu 95/46/EK, 78.panta 1.punkta izpratnē. Proti, tas ir administratīvais "
         "akts.", "78.panta 1.punkta", None),
        # (after the comma a year, no subdivision: none; a title naming an act in the genitive
        # stays ambiguous)
        ("saskaņā ar Regulas (ES) 2016/679 par fizisku personu aizsardzību, 2018. gada "
         "redakcijā", None, None),
        ("pagal Reglamento (ES) 2016/679 dėl Direktyvos 95/46/EB taikymo, 6 straipsnį", None,
         None),
    ],
)  # fmt: skip
def test_whose_is_a_pinpoint_after_an_act(
    text: str, gdpr: str | None, directive: str | None
) -> None:
    found = _pinpoints(text)
    assert found.get("32016R0679") == gdpr
    assert found.get("31995L0046") == directive
