"""A recital written number first before an act or a back-reference, as the Court's Danish
and Czech write it (``eurefs.grammar.numbered_recitals``): kept on the act as its pinpoint."""

from __future__ import annotations

import pytest

import eurefs
from eurefs.grammar import numbered_recitals


@pytest.mark.parametrize(
    ("text", "span", "pinpoint"),
    [
        # Danish, the ordinal before the word, linked by til (the order in C-302/10 Infopaq
        # International as CURIA prints it, ELITR/elitr-testset test.elitr.da): was nothing
        ("I 4., 9.-11., 21., 22., 31. og 33. betragtning til direktiv 2001/29 er anført følgende:",
         "direktiv 2001/29", "4., 9.-11., 21., 22., 31. og 33. betragtning"),
        ("jf. 33. betragtning til forordning (EU) 2016/679", "forordning (EU) 2016/679",
         "33. betragtning"),
        ("26. betragtning i forordning (EU) 2016/679", "forordning (EU) 2016/679",
         "26. betragtning"),
        # (a date's day before it is no part of the list)
        ("dom af 16. juli 2009, 33. betragtning til direktiv 2001/29", "direktiv 2001/29",
         "33. betragtning"),
        # Czech, the point's number between the two words (the Opinion in C-314/12 UPC
        # Telekabel, curia.europa.eu: 'Bod 59 odůvodnění směrnice 2001/29 zní'): was nothing
        ("Bod 59 odůvodnění směrnice 2001/29 zní:", "směrnice 2001/29", "Bod 59 odůvodnění"),
        ("podle bodu 12 odůvodnění směrnice 2011/92/EU", "směrnice 2011/92/EU",
         "bodu 12 odůvodnění"),
        ("v bodech 4 a 5 odůvodnění nařízení (EU) 2016/679", "nařízení (EU) 2016/679",
         "bodech 4 a 5 odůvodnění"),
        ("body 26 až 28 odůvodnění nařízení (EU) 2016/679", "nařízení (EU) 2016/679",
         "body 26 až 28 odůvodnění"),
        # ... and the Style Guide's ordinal (2.7: 'v 1. bodě odůvodnění')
        ("v 1. bodě odůvodnění nařízení (EU) 2016/679", "nařízení (EU) 2016/679",
         "1. bodě odůvodnění"),
    ],
)  # fmt: skip
def test_a_recital_written_number_first(text: str, span: str, pinpoint: str) -> None:
    (act,) = eurefs.extract(text, kinds="legal_act")
    assert (act.text, act.pinpoint) == (span, pinpoint)  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "text",
    [
        # no number: 'having regard to', a judgment's heading, 'for that reason'
        "i betragtning til direktiv 2001/29",
        "Odůvodnění směrnice 2011/92/EU",
        "z tohoto důvodu nařízení (EU) 2016/679 platí",
        # a paragraph's number before a capital starts a sentence; an ordinal before the
        # Czech preamble's word alone, or a point's number before no preamble word
        "12. Betragtning til direktiv 2001/29",
        "12. Odůvodnění nařízení (EU) 2016/679",
        "v 12. odůvodnění nařízení (EU) 2016/679",
        "odst. 12 odůvodnění nařízení (EU) 2016/679",
    ],
)
def test_no_numbered_recital(text: str) -> None:
    (act,) = eurefs.extract(text, kinds="legal_act")
    assert act.pinpoint is None  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "short_form", "pinpoint"),
    [
        ("Direktiv 2001/29/EF finder anvendelse. Se 33. betragtning til nævnte direktiv, "
         "hvorefter", "nævnte direktiv", "33. betragtning"),
        ("Direktiv 2001/29/EF finder anvendelse. Se 31. og 33. betragtning til dette direktiv.",
         "dette direktiv", "31. og 33. betragtning"),
        ("Persondata behandles i overensstemmelse med 26. betragtning til "
         "databeskyttelsesforordningen.", "databeskyttelsesforordningen", "26. betragtning"),
        ("Směrnice 2011/92/EU se použije. Podle bodu 12 odůvodnění uvedené směrnice členské "
         "státy", "uvedené směrnice", "bodu 12 odůvodnění"),
        ("Jde o pseudonymizované údaje ve smyslu bodu 26 odůvodnění GDPR, nikoli anonymní.",
         "GDPR", "bodu 26 odůvodnění"),
    ],
)  # fmt: skip
def test_a_recital_written_number_first_before_a_back_reference(
    text: str, short_form: str, pinpoint: str
) -> None:
    (ref,) = [r for r in eurefs.extract(text) if r.kind == "short_form"]
    assert (ref.text, ref.pinpoint) == (short_form, pinpoint)  # type: ignore[union-attr]


def test_only_the_languages_that_write_them() -> None:
    find = numbered_recitals.find
    assert find("33. betragtning til ", 0, 20, "da") == "33. betragtning"
    assert find("33. betragtning til ", 0, 20, "sv") is None
    assert numbered_recitals.probe("sv") is None
    assert numbered_recitals.probe("da") == ("betragtning ", 16)


def test_a_recital_by_its_point_in_the_preamble_before_an_act_in_dutch() -> None:
    # the judgment in C-101/01 Lindqvist, paragraph 95, as the Gerechtshof
    # 's-Hertogenbosch quotes it (ECLI:NL:GHSHE:2018:363, lexboost.com; pages corpus): the
    # Court's Dutch named a recital 'punt ... van de considerans'; was no pinpoint
    text = (
        "“95 Zoals met name blijkt uit punt 8 van de considerans van richtlijn 95/46, wil die "
        "richtlijn de bescherming van de rechten en vrijheden van personen op het stuk van de "
        "verwerking van persoonsgegevens in alle lidstaten op hetzelfde niveau brengen. Punt 10 "
        "van de considerans voegt daaraan toe"
    )
    acts = [(r.text, r.pinpoint) for r in eurefs.extract(text) if r.kind == "legal_act"]  # type: ignore[attr-defined]
    assert acts == [("richtlijn 95/46", "punt 8 van de considerans")]
    # (a list of points; a point without the preamble's words stays the article's, none)
    (ref,) = eurefs.extract("de punten 10 en 11 van de considerans van Richtlijn 95/46/EG")
    assert ref.pinpoint == "punten 10 en 11 van de considerans"  # type: ignore[attr-defined]
    (ref,) = eurefs.extract("punt 3 van Verordening (EU) 2016/679")
    assert ref.pinpoint is None  # type: ignore[attr-defined]


def test_a_recital_of_the_preamble_before_a_popular_name_in_dutch() -> None:
    # 'Privacy recht: het gerechtvaardigd belang bij gegevensverwerking' (equesnijmegen.nl;
    # pages corpus): the recital linked by 'van de preambule van', before the GDPR's Dutch
    # popular name and its article; was no pinpoint
    text = (
        "In overweging 47 van de preambule van de AVG is te lezen dat een gerechtvaardigd "
        "belang aanwezig is indien er sprake is van een relevante en passende verhouding"
    )
    (ref,) = eurefs.extract(text)
    assert (ref.text, ref.celex, ref.pinpoint) == (  # type: ignore[attr-defined]
        "AVG",
        "32016R0679",
        "overweging 47 van de preambule",
    )
