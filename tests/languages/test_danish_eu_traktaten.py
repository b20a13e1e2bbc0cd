"""The Treaty on European Union by its Danish short name (``Art. 6 i EU-traktaten``), as the
EC Treaty is ``EF-traktaten``: the Danish record (``eurefs.languages.da``)."""

from __future__ import annotations

import eurefs

# The Folketing's EU consultant on the Højesteret's judgment in case 15/2014 (EU-note of
# 23 December 2016, eu.dk, EUU Alm.del EU-note 14; pages corpus).
_EU_NOTE = (
    "Generelle retsprincipper er uskrevne kilder, som er uddraget af Domstolens praksis. "
    "Art. 6 i EU-traktaten fastholder den europæiske menneskerettighedskonvention og "
    "EU-landenes fælles forfatningsmæssige traditioner som generelle retsprincipper."
)


def test_eu_traktaten() -> None:
    """Before, nothing."""
    (art,) = eurefs.extract(_EU_NOTE, kinds=["treaty_article"])
    assert (art.text, art.treaty, art.lang) == (  # type: ignore[attr-defined]
        "Art. 6 i EU-traktaten",
        "TEU",
        "da",
    )
