"""The Treaty on European Union by its Danish short name (``Art. 6 i EU-traktaten``), as the
EC Treaty is ``EF-traktaten``, and by its genitive before the article (``EU-traktatens
artikel 1``): the Danish record (``eurefs.languages.da``)."""

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


# The Danish Wikipedia's article on the TFEU ('Traktaten om Den Europæiske Unions
# Funktionsmåde', da.wikipedia.org; pages corpus), its third paragraph, shortened.
_WIKIPEDIA = (
    "Så mens tidligere tiders EU- og EF-traktater henviste til to forskellige (om end"
    " institutionelt tilknyttede) institutioner, spiller EUF-traktaten nu kun en supplerende"
    " rolle i forhold til EU-traktaten. Begge traktater har dog i henhold til"
    " EU-traktatens artikel 1 samme juridiske værdi."
)


def test_eu_traktatens_before_the_article() -> None:
    """The name's genitive before the article word (``Treaty.name_leads``), as the
    abbreviation is read there (``TEUF artikel 101``).  Before, nothing."""
    (art,) = eurefs.extract(_WIKIPEDIA, kinds=["treaty_article"])
    assert (art.text, art.treaty, art.normalized, art.lang) == (  # type: ignore[attr-defined]
        "EU-traktatens artikel 1",
        "TEU",
        "artikel 1 TEU",
        "da",
    )
