"""The Habitats Directive (92/43/EEC) by its Finnish, Swedish and Polish names; the sources
are in eurefs/data/popular_names.json."""

from __future__ import annotations

import functools

import pytest

from tests.support.short_form_mentions import mentions

_names = functools.partial(mentions, how="popular_name")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Finnish: a hunting guide in a public repository (find_string id 15024528430) and
        # fi.wikipedia ('Euroopan unionin luontodirektiivi'); each was nothing
        ("- species: Susi (Canis lupus)\n    status: Tiukasti suojeltu (luontodirektiivin "
         "liite IV)", [("luontodirektiivin", "31992L0043", "liite IV")]),
        ("Luontodirektiivi on toimeenpantu Suomessa pääosin luonnonsuojelulailla ja "
         "-asetuksella.", [("Luontodirektiivi", "31992L0043", None)]),
        # the EU's own Finnish name: the title of COM(2015) 219 (EUR-Lex LEGISSUM l28076, FI)
        ("Lintu- ja luontotyyppidirektiivien kattamien luontotyyppien ja lajien suojelutasoa "
         "ja kehityssuuntia koskeva kertomus (2007–2012) luontotyyppidirektiivin 17 artiklan "
         "ja lintudirektiivin 12 artiklan mukaisesti",
         [("luontotyyppidirektiivin", "31992L0043", "17 artiklan")]),
        # Swedish: the Commission's guide on Article 6 (2000, docplayer.se) and sv.wikipedia
        ("I artikel 6 i art- och habitatdirektivet anges vilka åtgärder som skall vidtas.",
         [("art- och habitatdirektivet", "31992L0043", "artikel 6")]),
        ("Svenska myndigheter har vid upprepade tillfällen haft andra uppfattningar än "
         "Europeiska kommissionen om hur habitatdirektivet bör tillämpas",
         [("habitatdirektivet", "31992L0043", None)]),
        # Polish: public repositories (find_string ids 26336940927, 70219820697) and
        # pl.wikipedia ('Dyrektywa siedliskowa')
        ("350 tysięcy hektarów znajduje się na obszarach chronionych Natura 2000. Raport z "
         "wdrażania Dyrektywy Siedliskowej stan większości z nich ocenia jako "
         "niezadowalający", [("Dyrektywy Siedliskowej", "31992L0043", None)]),
        ("Największy chrząszcz Europy i gatunek flagowy dyrektywy siedliskowej dla gnijącego "
         "drewna liściastego", [("dyrektywy siedliskowej", "31992L0043", None)]),
        ("Łąka trzęślicowa (Selino-Molinietum) – jedno z siedlisk chronionych dyrektywą "
         "habitatową", [("dyrektywą habitatową", "31992L0043", None)]),
    ],
)  # fmt: skip
def test_the_habitats_directive_by_its_names(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert _names(text) == expected


def test_the_annexes_roman_numerals_before_a_polish_name() -> None:
    # a public repository's species list (find_string id 27992538056): the Roman numerals
    # after the annex word were taken for an ordinal (``VI dyrektywy VAT``, the Sixth
    # Directive), so the name was nothing
    text = (
        "Objęty w Polsce ścisłą ochroną gatunkową. Ujęty w załącznikach II i IV dyrektywy "
        "siedliskowej UE – wymaga w Unii Europejskiej ścisłej ochrony gatunkowej"
    )
    assert _names(text) == [("dyrektywy siedliskowej", "31992L0043", "załącznikach II i IV")]
    # an ordinal alone still names another act
    assert _names("gatunek wymieniony w tabeli IV dyrektywy siedliskowej") == []
