"""The Digital Services Act by its Latvian, Bulgarian and Irish names (the own title's
``Digitālo pakalpojumu akts``, ``Законодателен акт за цифровите услуги`` and ``an tAcht um
Sheirbhísí Digiteacha``; Bulgarian platforms drop ``Законодателен``): each was nothing,
and an article cited by the Irish name was lost (``eurefs/data/popular_names.json``).
Texts: public repositories, found with find_string (ids in the comments)."""

from __future__ import annotations

import eurefs
from tests.support.short_form_mentions import popular_names

DSA = "32022R2065"


def test_latvian_accusative_with_its_acronym_defined() -> None:
    # a marketplace's contact page for the DSA, Latvian (id 54991936018)
    text = (
        "Kontaktpunkts iestādēm un lietotājiem saskaņā ar Digitālo pakalpojumu aktu (DSA). "
        "Ziņojiet par nelikumīgu saturu vai sazinieties ar Nevumo DSA jautājumos."
    )
    assert popular_names(text) == [("Digitālo pakalpojumu aktu", DSA, None)]
    assert [r.celex for r in eurefs.extract(text)] == [DSA, DSA]  # (and the DSA defined so)


def test_latvian_nominative_in_a_list_of_laws() -> None:
    # the same marketplace's provider terms, Latvian (id 54581950777)
    text = (
        "9.1 Saskaņā ar piemērojamiem tiesību aktiem (Digitālo pakalpojumu akts, P2B regula "
        "un patērētāju tiesību aizsardzības likums) Nevumo ir pienākums pārbaudīt, vai "
        "Pakalpojumu sniedzēji darbojas kā tirgotāji (uzņēmumi) vai kā privātpersonas."
    )
    assert popular_names(text) == [("Digitālo pakalpojumu akts", DSA, None)]


def test_bulgarian_without_its_first_word() -> None:
    # a platform's moderation notices, Bulgarian (id 68507391027); its provider terms
    # (id 54581950777)
    for text in (
        "Решението е взето след сигнал от трето лице (Акт за цифровите услуги на ЕС, чл. 16).",
        "1. Nevumo е задължено съгласно приложимото законодателство (Акт за цифровите услуги, "
        "Регламент P2B и законодателство за защита на потребителите) да верифицира дали "
        "Доставчиците действат като търговци (стопански субекти) или като физически лица.",
    ):
        assert popular_names(text) == [("Акт за цифровите услуги", DSA, None)], text


def test_irish_name_carries_the_article_to_the_regulation() -> None:
    # a marketplace's contact page for the DSA, Irish (id 54991936018)
    text = (
        "Feidhmíonn an leathanach seo mar ár bpointe aonair teagmhála faoi Airteagal 11 den "
        "Acht um Sheirbhísí Digiteacha (Rialachán (AE) 2022/2065), infheidhme ón 17 Feabhra "
        "2024."
    )
    refs = eurefs.extract(text)
    assert [(r.text, r.celex, r.pinpoint) for r in refs] == [
        ("Rialachán (AE) 2022/2065", DSA, "Airteagal 11")
    ]
