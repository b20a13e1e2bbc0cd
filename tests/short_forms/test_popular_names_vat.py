"""The VAT Directive (2006/112/EC) by its names in German, Dutch, Swedish, Danish and
Polish writing, and the Sixth Directive it replaced, named with its ordinal, never it
(``short_forms/name_forms.after_ordinal``) but the Sixth (77/388/EEC) by names of its own;
the sources are in eurefs/data/popular_names.json."""

from __future__ import annotations

import functools

import pytest

import eurefs
from tests.support.short_form_mentions import mentions

_names = functools.partial(mentions, how="popular_name")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # German e-invoicing texts in public repositories (id 71020348814, 46217569711);
        # each was nothing
        ("Steuerschuldnerschaft des Leistungsempfängers — innergemeinschaftliche Lieferung "
         "(Art. 138 MwStSystRL)", [("MwStSystRL", "32006L0112", "Art. 138")]),
        # rechtslupe.de on a judgment of the Bundesfinanzhof
        ("Diese Vorschrift beruht auf Art. 13 der Richtlinie 77/388/EWG (nunmehr Art. 132 "
         "Abs. 1 Buchst. c MwStSystRL).",
         [("MwStSystRL", "32006L0112", "Art. 132 Abs. 1 Buchst. c")]),
        ("Die Mehrwertsteuersystemrichtlinie gilt seit 2007.",
         [("Mehrwertsteuersystemrichtlinie", "32006L0112", None)]),
        # Parket bij de Hoge Raad, ECLI:NL:PHR:2019:1366 (ndfr.nl)
        ("Dit gerechtshof heeft overwogen dat de tekst van artikel 15, lid 4, van de Wet op "
         "de omzetbelasting 1968 en artikel 184 van de Btw-richtlijn geen aanwijzing bevatten",
         [("Btw-richtlijn", "32006L0112", "artikel 184")]),
        # the acronym in capitals, the Hoge Raad's 'BTW-richtlijn 2006' (HR 1 March 2013,
        # 10/04806, ndfr.nl; was nothing); the long pinpoint read back as an act's is
        ("art. 132, lid 1, aanhef en letter e, art. 140, aanhef en letters a en b, en art. "
         "143, aanhef en letter a, BTW-richtlijn 2006; Is ter zake van een "
         "intracommunautaire verwerving",
         [("BTW-richtlijn", "32006L0112", "art. 132, lid 1, aanhef en letter e, art. 140, "
           "aanhef en letters a en b, en art. 143, aanhef en letter a")]),
        # Swedish and Danish invoices in public repositories (ids 57497181912, 60913860154)
        ("Omvänd betalningsskyldighet — köparen redovisar moms enligt artikel 196 i "
         "mervärdesskattedirektivet.", [("mervärdesskattedirektivet", "32006L0112",
                                        "artikel 196")]),
        ("Foreign (EU B2B, momsloven §46 / momsdirektivet art. 196/199) gælder",
         [("momsdirektivet", "32006L0112", None)]),
        # Polish invoice notes in public repositories (found with find_string)
        ("Odwrotne obciążenie (reverse charge) – art. 194 dyrektywy VAT",
         [("dyrektywy VAT", "32006L0112", "art. 194")]),
        ("Podstawa prawna: Art. 135-138 Dyrektywy VAT, Art. 26 ustawy o VAT",
         [("Dyrektywy VAT", "32006L0112", "Art. 135-138")]),
    ],
)  # fmt: skip
def test_the_vat_directive_by_its_names(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert _names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the Sixth Directive, 77/388/EEC (the Opinion of AG Mazák in C-277/09, Dutch,
        # taxlawapp.eu; the Swedish as in grammar/title_ordinals' tests)
        "Uitlegging van artikel 17, lid 3, sub a, van Zesde btw-richtlijn – Handelingen",
        "volgens de zesde BTW-richtlijn",
        "enligt artikel 17.2 i sjätte mervärdesskattedirektivet ska avdrag medges",
        "i 6. momsdirektivet",
        # the ordinal in figures with its ending (pinpoints.ordinal_endings): Dutch as the
        # Style Guide's Dutch part writes it (1e, 4e, 28e) and the Taalunie's other system
        # (1ste, 2de), Swedish as Språkrådet has it (3:e, 4:e); before these names
        # UNCONFIRMED in a text read. Each was the VAT Directive, 2006/112/EC
        "Artikel 13 van de 6e btw-richtlijn bepaalde dat.",
        "volgens de 6de BTW-richtlijn",
        "Enligt artikel 17 i 6:e mervärdesskattedirektivet ska avdrag medges",
        # an ordinal past the sixth (pinpoints.title_ordinals): the Eighth Directive,
        # 79/1072/EEC; each was the VAT Directive (UNCONFIRMED in a text read)
        "enligt artikel 2 i åttonde mervärdesskattedirektivet",
        "artikel 2 van de Achtste btw-richtlijn",
        # Polish: the ordinal, or its Roman numeral, before a name led by its type word
        "zgodnie z art. 13 część B lit. b szóstej dyrektywy VAT",
        "w świetle art. 13 VI Dyrektywy VAT",
        # compounds built on the name are other words
        "die MwStSystRL-Vorschrift",
    ],
)
def test_no_vat_directive_after_an_ordinal(text: str) -> None:
    assert all(celex != "32006L0112" for _, celex, _ in _names(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the Opinions of AG Jacobs in C-346/95 Blasi and AG Ruiz-Jarabo Colomer in C-284/03
        # Temco (German, taxlawapp.eu); each was nothing
        ("stellt sich die Frage, ob Artikel 13 Teil B Buchstabe b der Sechsten "
         "Mehrwertsteuerrichtlinie es einem Mitgliedstaat erlaubt",
         [("Sechsten Mehrwertsteuerrichtlinie", "31977L0388", "Artikel 13 Teil B Buchstabe b")]),
        ("Die Sechste Mehrwertsteuerrichtlinie befreit in Artikel 13 Teil B Buchstabe b die "
         "Vermietung.", [("Sechste Mehrwertsteuerrichtlinie", "31977L0388", None)]),
        # the Opinion of AG Jacobs in C-326/99 Goed Wonen (Dutch, taxlawapp.eu); and AG
        # Mazák's in C-277/09, which before gave nothing
        ("over de uitlegging van de artikelen 5, lid 3, en 13, B, sub b, van de Zesde "
         "BTW-richtlijn. In geding is",
         [("Zesde BTW-richtlijn", "31977L0388", "artikelen 5, lid 3, en 13, B, sub b")]),
        ("Uitlegging van artikel 17, lid 3, sub a, van Zesde btw-richtlijn – Handelingen",
         [("Zesde btw-richtlijn", "31977L0388", "artikel 17, lid 3, sub a")]),
        # the Opinion of AG Kokott in C-428/02 (EUR-Lex 62002CC0428, Swedish)
        ("Enligt artikel 2.1 i sjätte mervärdesskattedirektivet skall som huvudregel "
         "mervärdesskatt betalas",
         [("sjätte mervärdesskattedirektivet", "31977L0388", "artikel 2.1")]),
        # the judgment in C-428/02 (EUR-Lex 62002CJ0428, Danish): the heading, its keyword's
        # pinpoint after the name (short_forms/name_pinpoints.keyword_pinpoint; was None)
        ("»Sjette momsdirektiv – artikel 13, punkt B, litra b) – afgiftsfritagelser«",
         [("Sjette momsdirektiv", "31977L0388", "artikel 13, punkt B, litra b)")]),
        # beside the VAT Directive's own name
        ("artikel 184 van de btw-richtlijn en artikel 17 van de Zesde btw-richtlijn",
         [("btw-richtlijn", "32006L0112", "artikel 184"),
          ("Zesde btw-richtlijn", "31977L0388", "artikel 17")]),
    ],
)  # fmt: skip
def test_the_sixth_vat_directive_by_its_names(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert _names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the bare ordinal and type word is no name: other acts are sixth directives too
        "Artikel 13 Teil B der Sechsten Richtlinie befreit die Vermietung.",
        "de Zesde richtlijn vennootschapsrecht",
        "enligt sjätte direktivet",
    ],
)
def test_no_sixth_directive_without_the_vat_word(text: str) -> None:
    assert _names(text) == []


def test_the_sixth_vat_directive_in_polish() -> None:
    """The NSA's order for a reference in I FSK 748/08 (14 July 2009, orzeczenia.nsa.gov.pl):
    the name glossed by the act's number, whose pinpoint it gives (before, the act had none),
    and the name alone (shortened; before, nothing)."""
    text = (
        "1) czy zasady wspólnotowego systemu VAT, w szczególności art. 17 ust. 6 Szóstej "
        "Dyrektywy VAT (dyrektywa 77/388/EWG), nie sprzeciwiają się ustawodawstwu Państwa "
        "Członkowskiego"
    )
    acts = [r for r in eurefs.extract(text) if r.kind == "legal_act"]
    assert [(r.celex, r.pinpoint) for r in acts] == [  # type: ignore[attr-defined]
        ("31977L0388", "art. 17 ust. 6")
    ]
    alone = "w szczególności art. 17 ust. 6 Szóstej Dyrektywy VAT"
    assert _names(alone) == [("Szóstej Dyrektywy VAT", "31977L0388", "art. 17 ust. 6")]
