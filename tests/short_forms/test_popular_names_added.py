"""Popular names in Danish, Dutch, Swedish, German, Hungarian, Czech, Slovak, Spanish and
Italian read in real texts (the sources in eurefs/data/popular_names.json): the GDPR's, the
Services Directive's and Brussels I bis'; the GDPR's acronyms in the languages that use
them."""

from __future__ import annotations

import pytest

from tests.support.extracted import extracted


def _names(text: str) -> list[tuple[str, str | None]]:
    return extracted(text, "text", "celex", kind="short_form", how="popular_name")


@pytest.mark.parametrize(
    ("text", "name", "celex"),
    [
        ("Persondatapolitikken er udarbejdet med henvisning til reglerne i "
         "databeskyttelsesforordningen og den danske lov.", "databeskyttelsesforordningen",
         "32016R0679"),
        ("De Dienstenrichtlijn vormt het hart van de interne markt voor diensten.",
         "Dienstenrichtlijn", "32006L0123"),
        ("Syftet med tjänstedirektivet är att stimulera tjänstesektorn.", "tjänstedirektivet",
         "32006L0123"),
        ("Die Dienstleistungsrichtlinie stützt sich auf Artikel 53 AEUV.",
         "Dienstleistungsrichtlinie", "32006L0123"),
        ("Az általános adatvédelmi rendelet 6. cikke szerint jogszerű az adatkezelés.",
         "általános adatvédelmi rendelet", "32016R0679"),
        ("Podle čl. 6 odst. 1 obecného nařízení o ochraně osobních údajů je zpracování "
         "zákonné.", "obecného nařízení o ochraně osobních údajů", "32016R0679"),
        ("Obecné nařízení o ochraně osobních údajů se použije od 25. května 2018.",
         "Obecné nařízení o ochraně osobních údajů", "32016R0679"),
        ("Všeobecné nariadenie o ochrane údajov sa uplatňuje od 25. mája 2018.",
         "Všeobecné nariadenie o ochrane údajov", "32016R0679"),
        ("Podľa všeobecného nariadenia o ochrane údajov je spracúvanie zákonné.",
         "všeobecného nariadenia o ochrane údajov", "32016R0679"),
        ("Con arreglo al artículo 24 del Reglamento Bruselas I bis, son competentes.",
         "Reglamento Bruselas I bis", "32012R1215"),
        ("Ai sensi dell'articolo 24 del regolamento Bruxelles I bis sono competenti.",
         "regolamento Bruxelles I bis", "32012R1215"),
        ("Il Regolamento Bruxelles I bis si applica dal 10 gennaio 2015.",
         "Regolamento Bruxelles I bis", "32012R1215"),
        # acronyms are names in every language
        ("El RGPD se aplica al tratamiento.", "RGPD", "32016R0679"),
        ("O RGPD aplica-se ao tratamento.", "RGPD", "32016R0679"),
        ("Il GDPR si applica al trattamento.", "GDPR", "32016R0679"),
        ("Il RGPD si applica al trattamento.", "RGPD", "32016R0679"),
        ("Zgodnie z art. 6 ust. 1 lit. f RODO administrator przetwarza dane.", "RODO",
         "32016R0679"),
        ("Podle čl. 6 odst. 1 písm. f) GDPR správce zpracovává údaje.", "GDPR", "32016R0679"),
        ("Podľa čl. 6 ods. 1 písm. f) GDPR prevádzkovateľ spracúva údaje.", "GDPR",
         "32016R0679"),
    ],
)  # fmt: skip
def test_the_name_is_a_mention(text: str, name: str, celex: str) -> None:
    assert _names(text) == [(name, celex)]


@pytest.mark.parametrize(
    "text",
    [
        # the Danish act supplementing the GDPR, a national law
        "Efter databeskyttelseslovens § 6 er behandlingen lovlig.",
        # the GDPR's own short title in its title (a gloss, not a mention)
        "om ophævelse af direktiv 95/46/EF (generel forordning om databeskyttelse)",
        # another word ending in the name
        "Het voorstel voor een Dienstenrichtlijnwijziging ligt voor.",
        # a compound on the name (the proposal): another word (a case ending the record
        # lists is the name in that case: tests/short_forms/test_name_forms.py)
        "Az általános adatvédelmi rendeletjavaslatot 2012-ben terjesztették elő.",
        # Brussels I (Regulation (EC) No 44/2001) and Brussels II bis are other acts
        "El Reglamento Bruselas I se aplicaba antes; el Reglamento Bruselas II bis también.",
        "Il regolamento Bruxelles I si applicava; il regolamento Bruxelles II bis anche.",
    ],
)
def test_no_mention(text: str) -> None:
    assert _names(text) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # the NIS 2 Directive's bare acronym, in any language (sources in the data file)
        ("Enterprises may be subject to DORA, NIS2, neither, or both.", [("NIS2", "32022L2555")]),
        ("La direttiva NIS2 si applica ai soggetti essenziali.", [("NIS2", "32022L2555")]),
        (
            "the NIS2 Directive replaces the NIS Directive",
            [("NIS2 Directive", "32022L2555"), ("NIS Directive", "32016L1148")],
        ),
        # not with a space: the Israeli shekel; not inside a longer word
        ("a fine of NIS 2 million", []),
        ("the NIS2-compliant firms and NIS25", []),
    ],
)
def test_the_nis2_acronym(text: str, names: list[tuple[str, str]]) -> None:
    assert _names(text) == names


def test_the_spanish_name_with_personales_is_read_whole() -> None:
    """blog.murcit.com.ar (May 2018; pages corpus) writes the GDPR's Spanish name with
    'Personales' after it: the span ended before that word."""
    text = (
        "El viernes 25 de mayo de 2018, entró en vigencia el nuevo Reglamento General de "
        "Protección de Datos Personales (en inglés, General Data Protection Regulation o “ GDPR "
        "”), con el fin de devolverles a los ciudadanos europeos el control de sus datos "
        "personales."
    )
    assert _names(text)[0] == ("Reglamento General de Protección de Datos Personales", "32016R0679")
