"""The GDPR's Danish and Swedish names in the genitive, before the article they cite
(``databeskyttelsesforordningens artikel 6``, ``dataskyddsförordningens artikel 13``), as
privacy notices write them; the sources are in eurefs/data/popular_names.json.  The
pinpoint after a back-reference in the genitive is its pinpoint (``genitive_endings`` of the
Danish and Swedish records; ``eurefs.short_forms.genitive_pinpoints``)."""

from __future__ import annotations

import pytest

from tests.support.extracted import extracted


def _names(text: str) -> list[tuple[str, str | None]]:
    return extracted(text, "text", "celex", kind="short_form", how="popular_name")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Danish privacy notices and a processing agreement in public repositories (found
        # with find_string); each was nothing
        ("Vores behandling sker på baggrund af interesseafvejningsreglen i "
         "databeskyttelsesforordningens artikel 6, stk. 1, litra f, med det formål at hjælpe.",
         [("databeskyttelsesforordningens", "32016R0679")]),
        ("indgås dette udkast til databehandleraftale efter databeskyttelsesforordningens "
         "artikel 28.", [("databeskyttelsesforordningens", "32016R0679")]),
        # Swedish texts in public repositories
        ("AK1A:s fullständiga redovisning av personuppgiftsbehandlingen enligt "
         "dataskyddsförordningens artikel 13: vilka uppgifter vi samlar in",
         [("dataskyddsförordningens", "32016R0679")]),
        # (the name in full, 'allmänna dataskyddsförordningen', in the genitive its compound
        # takes: alias_forms.compound_forms; was the shorter name's span)
        ("enligt den allmänna dataskyddsförordningens artikel 6",
         [("allmänna dataskyddsförordningens", "32016R0679")]),
    ],
)  # fmt: skip
def test_the_genitive_names_the_gdpr(text: str, expected: list[tuple[str, str]]) -> None:
    assert _names(text) == expected


def _pinpoints(text: str) -> list[tuple[str, str | None, str | None]]:
    return extracted(text, "text", "celex", "pinpoint", kinds="short_form")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Danish privacy notices in public repositories (found with find_string); each pinpoint
        # was None
        ("Vores behandling sker på baggrund af interesseafvejningsreglen i "
         "databeskyttelsesforordningens artikel 6, stk. 1, litra f, med det formål at hjælpe.",
         [("databeskyttelsesforordningens", "32016R0679", "artikel 6, stk. 1, litra f")]),
        ("Retsgrundlaget er databeskyttelsesforordningens artikel 6, stk. 1, litra b (opfyldelse "
         "af aftale) og artikel 9, stk. 2, litra h (sundhedsfaglig behandling), samt "
         "bogføringsloven.",
         [("databeskyttelsesforordningens", "32016R0679", "artikel 6, stk. 1, litra b")]),
        ("er kernen i det, de kræver, indeholdt i GDPR's artikel 5, stk. 1, litra f), hvori det "
         "hedder, at:", [("GDPR", "32016R0679", "artikel 5, stk. 1, litra f)")]),
        # Swedish texts in public repositories
        ("När prenumerationen upphör raderas dina övningsresultat automatiskt — vi sparar dem "
         "inte i onödan (dataskyddsförordningens artikel 5.1 e). Detta gäller även om du ångrar "
         "ett köp.", [("dataskyddsförordningens", "32016R0679", "artikel 5.1 e")]),
        ("Även om bestämmelserna om datasekretess varierar i fråga om deras specificitet, ingår "
         "kärnan i vad de kräver i GDPR:s artikel 5.1 f, där det anges att",
         [("GDPR", "32016R0679", "artikel 5.1 f")]),
        # the link word after the pinpoint is no point's letter of it
        ("enligt dataskyddsförordningens artikel 6.1 f i kombination med lagen.",
         [("dataskyddsförordningens", "32016R0679", "artikel 6.1 f")]),
        # a heading on its own line after the genitive is no pinpoint
        ("Innehållet i dataskyddsförordningens\nArtikel 5\nPrinciperna gäller.",
         [("dataskyddsförordningens", "32016R0679", None)]),
        # a footnote call glued to the genitive, no blank after it (the Danish data protection
        # authority's decision 2019-431-0031 of 22 December 2021, datatilsynet.dk); was None
        ("Efter en gennemgang af sagen finder Datatilsynet, at Det Konservative Folkepartis "
         "behandling af personoplysninger er sket inden for rammerne af "
         "databeskyttelsesforordningens[1]artikel 6, stk. 1.",
         [("databeskyttelsesforordningens", "32016R0679", "artikel 6, stk. 1")]),
        # (after the call, words that are no pinpoint: none)
        ("Efter en gennemgang af sagen finder Datatilsynet, at behandlingen følger "
         "databeskyttelsesforordningens[1] regler, jf. artikel 6.",
         [("databeskyttelsesforordningens", "32016R0679", None)]),
    ],
)  # fmt: skip
def test_the_pinpoint_after_a_genitive(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert _pinpoints(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the GDPR's other Danish name (da.wikipedia.org: 'Databeskyttelsesforordningen (også
        # kaldet persondataforordningen)'), in a company's privacy notice (ssi-schaefer.com,
        # pages corpus); was nothing
        ("Endelig kan behandlingen også være baseret på artikel 6, stk. 1, litra f, i "
         "persondataforordningen.",
         [("persondataforordningen", "32016R0679", "artikel 6, stk. 1, litra f")]),
        ("Efter persondataforordningens artikel 13 skal oplysninger gives.",
         [("persondataforordningens", "32016R0679", "artikel 13")]),
    ],
)  # fmt: skip
def test_persondataforordningen(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert _pinpoints(text) == expected


def test_eu_s_dataskyddsforordning() -> None:
    # the title of the Swedish act supplementing the GDPR (SFS 2018:218, cited so in public
    # repositories), as Finnish writes 'EU:n tietosuoja-asetus'
    text = "Lag (2018:218) med kompletterande bestämmelser till EU:s dataskyddsförordning"
    assert _names(text) == [("EU:s dataskyddsförordning", "32016R0679")]


def test_eu_s_allmanna_dataskyddsforordning() -> None:
    # Swedish privacy notices in public repositories (find_string: ten hits), before the
    # English acronym they gloss it with; was nothing
    text = (
        "Norge är en del av EES, så EU:s allmänna dataskyddsförordning (GDPR) gäller fullt ut "
        "för oss, tillsammans med den norska personuppgiftslagen (personopplysningsloven)."
    )
    assert _names(text) == [("EU:s allmänna dataskyddsförordning", "32016R0679")]
