"""Pinpoints written right after a back-reference, in the languages that write pinpoints
after acts (Finnish, Hungarian, Estonian, Latvian, Lithuanian)."""

from __future__ import annotations

import pytest

import eurefs
from eurefs.short_forms.after_pinpoints import after_pinpoint_finder


@pytest.mark.parametrize(
    ("text", "short_form", "pinpoint"),
    [
        ("Asiassa sovelletaan direktiiviä 2003/88/EY, ja kyseisen direktiivin 7 artiklan 1 "
         "kohdassa säädetään vuosilomasta.", "kyseisen direktiivin", "7 artiklan 1 kohdassa"),
        ("Az (EU) 2016/679 rendelet alkalmazandó. Az említett rendelet 6. cikkének (1) "
         "bekezdése szerint", "Az említett rendelet", "6. cikkének (1) bekezdése"),
        ("Az (EU) 2016/679 rendelet (a továbbiakban: GDPR) alkalmazandó. A GDPR 6. cikke "
         "szerint", "GDPR", "6. cikke"),
        ("kohaldatakse direktiivi 2003/88/EÜ ja kõnealuse direktiivi artikli 7 lõike 1 "
         "kohaselt", "kõnealuse direktiivi", "artikli 7 lõike 1"),
        ("piemēro Direktīvu 2003/88/EK un minētās direktīvas 7. panta 1. punktā ir noteikts",
         "minētās direktīvas", "7. panta 1. punktā"),
        ("taikoma Direktyva 2003/88/EB, o minėtos direktyvos 7 straipsnio 1 dalyje "
         "nustatyta", "minėtos direktyvos", "7 straipsnio 1 dalyje"),
        # the word glued to the ordinal's dot (a Latvian privacy notice, public repository,
        # find_string 'regulas 6.panta'; was none)
        ("3.3. Personas datu apstrādes juridiskais pamats ir Vispārīgās datu aizsardzības "
         "regulas 6.panta 1.punkta a), b), c) un f) apakšpunkts:",
         "Vispārīgās datu aizsardzības regulas", "6.panta 1.punkta a), b), c) un f) apakšpunkts"),
        # the anaphor at the start of a sentence
        ("Asiassa sovelletaan direktiiviä 2003/88/EY. Kyseisen direktiivin 7 artiklan 1 "
         "kohdassa säädetään", "Kyseisen direktiivin", "7 artiklan 1 kohdassa"),
        ("Kohaldatakse direktiivi 2003/88/EÜ. Kõnealuse direktiivi artikli 7 lõike 1 kohaselt",
         "Kõnealuse direktiivi", "artikli 7 lõike 1"),
        ("Piemēro Direktīvu 2003/88/EK. Minētās direktīvas 7. panta 1. punktā ir noteikts",
         "Minētās direktīvas", "7. panta 1. punktā"),
        ("Taikoma Direktyva 2003/88/EB. Minėtos direktyvos 7 straipsnio 1 dalyje nustatyta",
         "Minėtos direktyvos", "7 straipsnio 1 dalyje"),
        # a full stop after the last number ends the sentence, not the pinpoint
        ("Direktiivi 2003/88/EÜ kohaldatakse. Vt kõnealuse direktiivi artikli 7.",
         "kõnealuse direktiivi", "artikli 7"),
        # a line break between the short form and its pinpoint
        ("Asiassa sovelletaan direktiiviä 2003/88/EY, ja kyseisen direktiivin\n7 artiklan "
         "mukaan", "kyseisen direktiivin", "7 artiklan"),
    ],
)  # fmt: skip
def test_the_pinpoint_after_a_back_reference(text: str, short_form: str, pinpoint: str) -> None:
    (ref,) = [r for r in eurefs.extract(text) if r.kind == "short_form"]
    assert (ref.text, ref.pinpoint) == (short_form, pinpoint)


@pytest.mark.parametrize(
    "text",
    [
        # a number that is no subdivision (a date, a count)
        "Az (EU) 2016/679 rendelet (a továbbiakban: GDPR) alkalmazandó. A GDPR 2018. május "
        "25-től alkalmazandó.",
        "taikoma Direktyva 2003/88/EB, o minėtos direktyvos 2 valstybės narės.",
        # a sentence ends after the short form
        "Asiassa sovelletaan direktiiviä 2003/88/EY, ja sovelletaan kyseisen direktiivin. "
        "7 artiklan mukaan",
    ],
)  # fmt: skip
def test_no_pinpoint_across_other_words(text: str) -> None:
    (ref,) = [r for r in eurefs.extract(text) if r.kind == "short_form"]
    assert ref.pinpoint is None


def test_languages_that_write_pinpoints_first_have_no_finder_after() -> None:
    assert after_pinpoint_finder("en") is None and after_pinpoint_finder("fr") is None
    find = after_pinpoint_finder("fi")
    assert find is not None
    assert find("kyseisen direktiivin 7 artiklan", 20) == "7 artiklan"
    assert find("kyseisen direktiivin vuoden 2003", 20) is None


# ssi-schaefer.com/fi-fi/lainmukaiset-kaesittelyperusteet-554570, a privacy notice, and
# lrhto.fi/blogi/oikeutettu-etu-henkilotietojen-kasittelyperusteena (pages corpus): the
# popular name with its genitive ending after a colon, then the pinpoint
@pytest.mark.parametrize(
    ("text", "pinpoints"),
    [
        ("Jos olet antanut suostumuksesi henkilötietojesi käyttöön erityistä tarkoitusta "
         "varten, käsittely perustuu GDPR:n 6 artiklan 1 kohdan a alakohtaan. Jos käsittely on "
         "tarpeen sellaisen sopimuksen täytäntöön panemiseksi, jossa sinä olet osapuolena, "
         "käsittely perustuu GDPR:n 6 artiklan 1 kohdan b alakohtaan.",
         ["6 artiklan 1 kohdan a alakohtaan", "6 artiklan 1 kohdan b alakohtaan"]),
        ("Yleisen tietosuoja-asetuksen (GDPR) mukaan henkilötietojen käsittely edellyttää "
         "GDPR:n 6 artiklan 1 kohdassa mainittua käsittelyperustetta. [...] GDPR:n 6 artiklan 1 "
         "kohdan f alakohdan mukaan henkilötietojen käsittely on lainmukaista",
         ["6 artiklan 1 kohdassa", "6 artiklan 1 kohdan f alakohdan"]),
    ],
)  # fmt: skip
def test_the_pinpoint_after_a_case_ending_glued_to_the_name(
    text: str, pinpoints: list[str]
) -> None:
    """Before, no pinpoint: the pinpoint had to follow the short form after a blank."""
    # (the Finnish name before '(GDPR)' is a popular name too: tests/short_forms/
    # test_popular_names_gdpr_el_fi_hr_lt.py)
    refs = [r for r in eurefs.extract(text) if r.kind == "short_form" and r.text == "GDPR"]
    assert [(r.text, r.celex, r.pinpoint) for r in refs] == [
        ("GDPR", "32016R0679", p) for p in pinpoints
    ]


def test_a_longer_word_after_the_colon_is_no_case_ending() -> None:
    (ref,) = [
        r
        for r in eurefs.extract("Käsittely perustuu GDPR:nää 6 artiklaan.")
        if r.kind == "short_form"
    ]
    assert ref.pinpoint is None
