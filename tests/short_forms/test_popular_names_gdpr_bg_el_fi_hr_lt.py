"""The GDPR's popular names in Bulgarian, Greek, Finnish, Croatian and Lithuanian read in real
texts (the sources in eurefs/data/popular_names.json), with the pinpoint written before or
after; an acronym in another script than Latin read only in its own language; the Data
Protection Directive's Bulgarian name."""

from __future__ import annotations

import pytest

from eurefs.short_forms.popular_names import names_for
from tests.support.extracted import extracted


def _names(text: str) -> list[tuple[str, str | None, str | None]]:
    return extracted(text, "text", "celex", "pinpoint", kind="short_form", how="popular_name")


@pytest.mark.parametrize(
    ("text", "name", "pinpoint"),
    [
        # Greek privacy notices and terms in public repositories (was nothing)
        ("Ο πάροχος φιλοξενίας επεξεργάζεται τα δεδομένα με σύμβαση κατά το Άρθρο 28 του ΓΚΠΔ."
         " Η σύνδεση με Google είναι προαιρετική.", "ΓΚΠΔ", "Άρθρο 28"),
        ("είναι ο υπεύθυνος επεξεργασίας των προσωπικών σας δεδομένων βάσει του Γενικού"
         " Κανονισμού Προστασίας Δεδομένων (ΓΚΠΔ) (ΕΕ) 2016/679.",
         "Γενικού Κανονισμού Προστασίας Δεδομένων", None),
        # the EDPB's Guidelines 4/2018 in Greek (docplayer.gr) and gdpr.grandvalue.gr: the
        # wording with 'για την', the accusative (was nothing)
        ("σχετικά με τη διαπίστευση των φορέων πιστοποίησης βάσει του άρθρου 43 του Γενικού"
         " Κανονισμού για την Προστασία Δεδομένων (2016/679) Εκδόθηκαν",
         "Γενικού Κανονισμού για την Προστασία Δεδομένων", "άρθρου 43"),
        ("Με τον Γενικό Κανονισμό Προστασίας Δεδομένων, που ψηφίστηκε το 2016 και τέθηκε σε"
         " εφαρμογή", "Γενικό Κανονισμό Προστασίας Δεδομένων", None),
        # the accusative with 'για την' (kolokotroni.gr's privacy policy): was nothing
        ("Τηρούμε ρητά και αμετάκλητα τον Γενικό Κανονισμό για την Προστασία Δεδομένων (ΓΚΠΔ),"
         " και προτρέπουμε όλους", "Γενικό Κανονισμό για την Προστασία Δεδομένων", None),
        # Bulgarian privacy notices in public repositories, EDPB Guidelines 2/2019 in
        # Bulgarian (pdfslide.tips): was nothing
        ("гарантирано от правото на достъп и правото на преносимост на данните (чл. 20) от"
         " Общия регламент относно защитата на данните.",
         "Общия регламент относно защитата на данните", None),
        ("съгласно член 6, параграф 1, буква б) от Общия регламент относно защита на данните при"
         " предоставянето на онлайн услуги", "Общия регламент относно защита на данните",
         "член 6, параграф 1, буква б)"),
        ("Правна основа: Договор — чл. 6, ал. 1, б. „б\" ОРЗД и съответните разпоредби на"
         " българското законодателство.", "ОРЗД", "чл. 6, ал. 1, б. „б\""),
        # the wording 'за защита на' (court.bg, 25 May 2018; privacy notices in public
        # repositories, find_string): was nothing
        ("Поради установени технически грешки в превода на български език (а и на други езици)"
         " на Общия регламент за защита на данните, е стартирана официална процедура",
         "Общия регламент за защита на данните", None),
        ("Личните данни на клиентите се обработват съгласно Закона за защита на личните данни и"
         " Общия регламент за защита на данните (GDPR).", "Общия регламент за защита на данните",
         None),
        # lrhto.fi, 27.1.2023 (was nothing)
        ("Yleisen tietosuoja-asetuksen (GDPR) mukaan henkilötietojen käsittely edellyttää",
         "Yleisen tietosuoja-asetuksen", None),
        # the title of a Finnish presentation (docplayer.fi), in a Finnish sentence (a title
        # alone is too short for its language to be told)
        ("Tämä on esitys, joka kertoo, mitä jokaisen pitää tietää EU:n tietosuoja-asetuksesta ja"
         " sen mukaisesta käsittelystä.", "EU:n tietosuoja-asetuksesta", None),
        # the illative (tietosuojauutiset.fi, 23.8.2016: was nothing)
        ("Tästä traditiosta, sekä aikaisemman henkilötietodirektiivin 7(f) artiklasta, uuteen"
         " EU:n tietosuoja-asetukseen periytyi 6(1)(f) artikla.", "EU:n tietosuoja-asetukseen",
         None),
        # (the name before the article, as Finnish writes it: UNCONFIRMED with this name)
        ("yleisen tietosuoja-asetuksen 6 artiklan 1 kohdan f alakohdan mukaan",
         "yleisen tietosuoja-asetuksen", "6 artiklan 1 kohdan f alakohdan"),
        # the Article 29 Working Party's guidelines WP260 in Croatian (cupdf.com)
        ("Zahtjevi transparentnosti iz Opće uredbe o zaštiti podataka primjenjuju se neovisno",
         "Opće uredbe o zaštiti podataka", None),
        # Hrvatska internetska enciklopedija
        ("Opća uredba o zaštiti podataka (GDPR) (EU) 2016/679 uredba je Europske unije",
         "Opća uredba o zaštiti podataka", None),
        # ltsa.lrv.lt, a Lithuanian state agency
        ("asmens duomenų subjektas atšaukia sutikimą, kuriuo pagal Bendrojo duomenų apsaugos"
         " reglamento 6 straipsnio 1 dalies a punktą buvo grindžiamas duomenų tvarkymas",
         "Bendrojo duomenų apsaugos reglamento", "6 straipsnio 1 dalies a punktą"),
        # nenustokmokytis.lt
        ("arba kurio tapatybę galima nustatyti (BDAR 4 straipsnis).", "BDAR", "4 straipsnis"),
        # alpina-baltic.com
        ("Duomenų valdytoju pagal ES Bendrąjį duomenų apsaugos reglamentą (BDAR), taip pat",
         "Bendrąjį duomenų apsaugos reglamentą", None),
    ],
)  # fmt: skip
def test_the_gdprs_name(text: str, name: str, pinpoint: str | None) -> None:
    assert _names(text) == [(name, "32016R0679", pinpoint)]


@pytest.mark.parametrize(
    "text",
    [
        # the bare Finnish name is also part of other regulations' names: left out
        "Sähköisen viestinnän tietosuoja-asetus on yhä neuvoteltavana.",
        "EU:n toimielinten tietosuoja-asetus koskee komissiota.",
        "Komissio on sitoutunut EU:n toimielinten tietosuoja-asetukseen kaikessa toiminnassaan.",
        "Tietosuoja-asetuksen 6 artiklan 1 kohdan mukaan",
        # a national act's name
        "Zakon o provedbi Opće uredbe",
        # the Bulgarian national act, whose name holds 'за защита на'
        "Съгласно Закона за защита на личните данни администраторът отговаря.",
    ],
)
def test_no_name(text: str) -> None:
    assert _names(text) == []


def test_an_acronym_in_greek_or_cyrillic_letters_is_read_only_in_its_language() -> None:
    """Before, 'ΓΚΠΔ' joined the pattern of every language's names: a first character
    beyond Latin-1 made the scan of an English text 1% dearer (``cg.sh ... sf``)."""
    assert "ΓΚΠΔ" in names_for("el") and "ΓΚΠΔ" not in names_for("en")
    assert "ОРЗД" in names_for("bg") and "ОРЗД" not in names_for("de")
    # acronyms in Latin letters are still read in every language
    assert "BDAR" in names_for("en") and "RODO" in names_for("el")
    text = "The English privacy notice cites ΓΚΠΔ and ОРЗД in passing, and nothing else."
    assert _names(text) == []


def test_the_bulgarian_data_protection_directive() -> None:
    # su-rudozem.eu, GDPR (pages corpus): the Directive's name capitalised, its number after
    # it with a Latin E (was nothing); the mention spans the number (short_forms/name_numbers)
    text = (
        "Общият регламент за защита на личните данните на ЕС (GDPR) заменя Директивата за"
        " защита на данните 95/46/EО и има за цел да хармонизира законите"
    )
    assert _names(text) == [("Директивата за защита на данните 95/46/EО", "31995L0046", None)]
    # in small letters it may start another directive's description: not a name
    assert _names("директивата за защита на данните в правоприлагането") == []
