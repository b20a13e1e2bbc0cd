"""Danish and Swedish compounds ending in a declined type word take its genitive, defined
terms and names alike (``momsdirektivet`` -> ``momsdirektivets artikel 178``):
``short_forms.definition_words.compound_forms``."""

from __future__ import annotations

import pytest

import eurefs


def _short_forms(text: str) -> list[tuple[str, str | None, str | None, str]]:
    found = [r for r in eurefs.extract(text) if r.kind == "short_form"]
    return [(r.text, r.celex, r.pinpoint, r.how) for r in found]  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the definition of the Opinion of AG Wahl in C-374/16 Geissel (taxcon.dk, Danish;
        # pages corpus), then its use in the genitive, as the record's genitive pinpoints
        # are written ('databeskyttelsesforordningens artikel 6, stk. 1, litra b': see the
        # Danish sources); the use was nothing
        ("Det første spørgsmål vedrører fortolkningen af kravet fastsat i artikel 226, nr. 5), "
         "i Rådets direktiv 2006/112/EF af 28. november 2006 om det fælles "
         "merværdiafgiftssystem (herefter »momsdirektivet«) (2) om angivelse af den "
         "afgiftspligtige persons adresse på en faktura. Efter momsdirektivets artikel 178, "
         "litra a), skal den afgiftspligtige person have en faktura.",
         [("momsdirektivets", "32006L0112", "artikel 178, litra a)", "defined_term")]),
        # the definition of the Swedish government bill prop. 2008/09:187 (lagen.nu; pages
        # corpus), then the genitive
        ("I propositionen föreslås åtgärder för att genomföra Europaparlamentets och rådets "
         "direktiv 2006/123/EG av den 12 december 2006 om tjänster på den inre marknaden "
         "(tjänstedirektivet). Enligt tjänstedirektivets artikel 16 ska medlemsstaterna",
         [("tjänstedirektivets", "32006L0123", "artikel 16", "defined_term")]),
        # the names of eurefs/data/popular_names.json ('momsdirektivet', 'sjätte
        # mervärdesskattedirektivet') in the genitive
        ("momslovens § 37, jf. momsdirektivets artikel 168, litra a",
         [("momsdirektivets", "32006L0112", "artikel 168, litra a", "popular_name")]),
        ("enligt sjätte mervärdesskattedirektivets artikel 13 B b",
         [("sjätte mervärdesskattedirektivets", "31977L0388", "artikel 13 B b", "popular_name")]),
    ],
)  # fmt: skip
def test_the_genitive_of_a_compound(text: str, expected: list[tuple[str, ...]]) -> None:
    assert _short_forms(text) == expected


def test_no_genitive_of_a_word_that_only_ends_alike() -> None:
    # (the type word must follow a letter of the compound: ``direktivets`` alone is the
    # bare type word's own form, read as an anaphor where the record says so)
    from eurefs.short_forms.definition_words import compound_forms

    assert compound_forms("direktivet", "da") == ()
    assert compound_forms("momsdirektivet", "da") == ("momsdirektivet", "momsdirektivets")
    assert compound_forms("momsdirektivet", "de") == ()  # no genitive endings
