"""Pinpoints after a case number or ECLI in each language (``EU:C:2020:559, pkt 45``)."""

from __future__ import annotations

import pytest

import eurefs

_ECLI = "C-311/18, EU:C:2020:559, "


@pytest.mark.parametrize(
    ("before", "pin", "lang"),
    [
        ("wyrok z dnia 16 lipca 2020 r., Facebook Ireland i Schrems, ", "pkt 45", "pl"),
        ("rozsudek ze dne 16. července 2020, Facebook Ireland a Schrems, ", "bod 45", "cs"),
        ("sentenza del 16 luglio 2020, Facebook Ireland e Schrems, ", "punti 45 e 46", "it"),
        ("sentencia de 16 de julio de 2020, Facebook Ireland y Schrems, ", "apartado 45", "es"),
        ("acórdão de 16 de julho de 2020, Facebook Ireland e Schrems, ", "n.º 45", "pt"),
        ("acórdão de 16 de julho de 2020, Facebook Ireland e Schrems, ", "n.° 45", "pt"),
        ("arrest van 16 juli 2020, Facebook Ireland en Schrems, ", "punten 45 en 46", "nl"),
        ("hotărârea din 16 iulie 2020, Facebook Ireland și Schrems, ", "punctul 45", "ro"),
        ("решение от 16 юли 2020 г., Facebook Ireland и Schrems, ", "точка 45", "bg"),
        ("απόφαση της 16ης Ιουλίου 2020, Facebook Ireland και Schrems, ", "σκέψη 45", "el"),
        ("sodba z dne 16. julija 2020, Facebook Ireland in Schrems, ", "točka 45", "sl"),
        ("presuda od 16. srpnja 2020., Facebook Ireland i Schrems, ", "t. 45", "hr"),
        ("dom af 16. juli 2020, Facebook Ireland og Schrems, ", "præmis 45", "da"),
        ("dom av den 16 juli 2020, Facebook Ireland och Schrems, ", "punkt 45", "sv"),
        ("sentenza tas-16 ta’ Lulju 2020, Facebook Ireland u Schrems, ", "punt 45", "mt"),
        ("breithiúnas an 16 Iúil 2020, Facebook Ireland agus Schrems, ", "mír 45", "ga"),
        ("acórdão de 16 de julho de 2020, Schrems, ", "n.os 45 e 46", "pt"),
        ("sodba z dne 16. julija 2020, Schrems, ", "točki 45 in 46", "sl"),
        ("Urteil vom 16. Juli 2020, Schrems, ", "Randnrn. 45 und 46", "de"),
        ("rozsudok zo 16. júla 2020, Schrems, ", "body 45 a 46", "sk"),
    ],
)
def test_pinpoint_word_of_each_language(before: str, pin: str, lang: str) -> None:
    refs = eurefs.extract(before + _ECLI + pin)
    ecli = next(r for r in refs if r.kind == "ecli")
    assert (ecli.text, ecli.pinpoint, ecli.lang) == ("EU:C:2020:559", pin, lang)


@pytest.mark.parametrize(
    ("tail", "pin"),
    [
        ("paragraph 71", "paragraph 71"),  # the words there were stay
        ("point 49", "point 49"),
        ("Rn. 49", "Rn. 49"),
        ("punkts 45", None),  # the number-first languages' words only after the number
        ("45. punkt", None),  # nor the others' words after it
        ("2020. gada 16. jūlija spriedums", None),  # a date is no pinpoint
        ("pkt. 45", None),  # not a word of any record
        ("punkty 45", None),
    ],
)
def test_what_stays(tail: str, pin: str | None) -> None:
    ecli = next(r for r in eurefs.extract(_ECLI + tail) if r.kind == "ecli")
    assert ecli.pinpoint == pin


def test_the_ordinal_sign_the_view_reads_as_o_is_given_back() -> None:
    ecli = next(r for r in eurefs.extract("acórdão, " + _ECLI + "n.o 45") if r.kind == "ecli")
    assert ecli.pinpoint == "n.º 45"


def test_parse_takes_a_polish_pinpoint_after_a_reference_alone() -> None:
    assert eurefs.parse("ECLI:EU:C:2014:317, pkt 71").pinpoint == "pkt 71"


@pytest.mark.parametrize(
    ("before", "pin", "lang"),
    [
        ("2020. gada 16. jūlija spriedums Facebook Ireland un Schrems, ", "45. punkts", "lv"),
        ("2020. gada 16. jūlija spriedums Schrems, ", "45.-47. punkts", "lv"),
        ("2020. gada 16. jūlija spriedums Schrems, ", "197. un 198. punkts", "lv"),
        ("tuomio 16.7.2020, Facebook Ireland ja Schrems, ", "45 kohta", "fi"),
        ("tuomio 16.7.2020, Schrems, ", "45 ja 46 kohta", "fi"),
        ("2020. július 16-i Facebook Ireland és Schrems ítélet, ", "45. pont", "hu"),
        ("2020. július 16-i Schrems ítélet, ", "43. pontját", "hu"),
        ("2020 m. liepos 16 d. Sprendimas Facebook Ireland ir Schrems, ", "45 punktas", "lt"),
        ("2020 m. liepos 16 d. Sprendimas Schrems, ", "197 ir 198 punktus", "lt"),
    ],
)
def test_the_number_written_first(before: str, pin: str, lang: str) -> None:
    ecli = next(r for r in eurefs.extract(before + _ECLI + pin) if r.kind == "ecli")
    assert (ecli.text, ecli.pinpoint, ecli.lang) == ("EU:C:2020:559", pin, lang)


def test_a_number_first_pinpoint_not_right_after_the_reference_stays_apart() -> None:
    text = "lietā C-311/18, 2020. gada 16. jūlija spriedums, 45. punkts"
    case = next(r for r in eurefs.extract(text) if r.kind == "case")
    assert case.pinpoint is None


def test_parse_takes_a_number_first_pinpoint() -> None:
    assert eurefs.parse("ECLI:EU:C:2020:559, 45 kohta").pinpoint == "45 kohta"
