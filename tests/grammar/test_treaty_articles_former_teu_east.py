"""The EU Treaty as numbered from Amsterdam to Lisbon (``Article 35 EU``) in the Court's
Czech, Slovak, Polish, Swedish, Finnish and Hungarian (sources in ``eurefs/languages/
_treaty_sources.FORMER_TEU``): a treaty of its own (``EU``), read only where the citation
ends after the abbreviation (after the article, Finnish and Hungarian write it before:
``EU 35 artiklan 1 kohta``, ``EU 35. cikk``).  Each was nothing, the Swedish list a Danish
reference (``da``, the one record with ``artikel`` and the treaty ``EU``)."""

from __future__ import annotations

import pytest

import eurefs


def _treaty_articles(text: str) -> list[tuple[str, str, str, str]]:
    return [
        (r.text, r.normalized, r.treaty, r.lang)  # type: ignore[union-attr]
        for r in eurefs.extract(text, short_forms=False)
        if r.kind == "treaty_article"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the Opinion of AG Kokott in C-105/03 Pupino, curia.europa.eu (CS, SK, SV) and
        # docplayer.pl (PL); pages corpus
        ("Normativní účinky rámcových rozhodnutí vyplývají z článku 34 odst. 2 písm. b) EU:",
         [("článku 34 odst. 2 písm. b) EU", "článek 34 odst. 2 písm. b) EU", "EU", "cs")]),
        ("pro právní akty podle Hlavy VI Smlouvy o Evropské unii vyplývá z článku 35 EU. Itálie",
         [("článku 35 EU", "článek 35 EU", "EU", "cs")]),
        ("Soudní dvůr je v projednávané věci poprvé povolán na základě článku 31 EU a čl. 34",
         [("článku 31 EU", "článek 31 EU", "EU", "cs")]),
        # the summary of C-507/10 (EUR-Lex 62010CJ0507_SUM, Czech)
        ("(Článek 34 EU; listina základních práv Evropské unie, čl. 47; rámcové rozhodnutí "
         "Rady 2001/220, čl. 2, 3 a 8)",
         [("Článek 34 EU", "článek 34 EU", "EU", "cs")]),
        ("Normatívne účinky rámcových rozhodnutí vyplývajú z článku 34 ods. 2 písm. b) EÚ:",
         [("článku 34 ods. 2 písm. b) EÚ", "článok 34 ods. 2 písm. b) EÚ", "EU", "sk")]),
        ("podľa Hlavy VI Zmluvy o Európskej únii vyplýva z článku 35 EÚ. Taliansko",
         [("článku 35 EÚ", "článok 35 EÚ", "EU", "sk")]),
        ("wykładni decyzji ramowej na podstawie art. 31 i art. 34 ust. 2 lit. b) UE, mianowicie",
         [("art. 31 i art. 34 ust. 2 lit. b) UE", "art. 31 i 34 ust. 2 lit. b) UE", "EU", "pl")]),
        ("Zakres oddziaływania decyzji ramowych określa art. 34 ust. 2 lit. b) UE: [...]",
         [("art. 34 ust. 2 lit. b) UE", "art. 34 ust. 2 lit. b) UE", "EU", "pl")]),
        ("tolka ett rambeslut på grundval av artikel 31 och artikel 34.2 b EU. Det rör sig",
         [("artikel 31 och artikel 34.2 b EU", "artiklarna 31 och 34.2 b EU", "EU", "sv")]),
        # the summary of C-303/05 Advocaten voor de Wereld (EUR-Lex 62005CJ0303_SUM, Finnish)
        ("(EU 34 artiklan 2 kohdan b alakohta ja EU 35 artiklan 1 kohta)",
         [("EU 34 artiklan 2 kohdan b alakohta", "EU 34 artiklan 2 kohdan b alakohta", "EU",
           "fi"),
          ("EU 35 artiklan 1 kohta", "EU 35 artiklan 1 kohta", "EU", "fi")]),
        ("(EU 34 artiklan 2 kohta; neuvoston puitepäätöksen 2002/584 31 artiklan 1 kohta)",
         [("EU 34 artiklan 2 kohta", "EU 34 artiklan 2 kohta", "EU", "fi")]),
        ("1. EU 35 artiklan 1 kohdan perusteella yhteisöjen tuomioistuimella on toimivalta",
         [("EU 35 artiklan 1 kohdan", "EU 35 artiklan 1 kohdan", "EU", "fi")]),
        # the Opinion of AG Kokott in C-404/07 Katz (curia.europa.eu, Hungarian)
        ("előzetes döntéshozatali hatáskörét az EU 35. cikk (2) és (3) bekezdése szabályozza:",
         [("EU 35. cikk (2) és (3) bekezdése", "EU 35. cikk (2) és (3) bekezdése", "EU", "hu")]),
    ],
)  # fmt: skip
def test_the_former_eu_treaty(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert _treaty_articles(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a word after it: the sentence goes on (as 'artikel 35, lid 1, EU is'), no reference
        "Z art. 35 UE wynika zastosowanie trybu prejudycjalnego",
        "I artikel 34.2 b EU föreskrivs följande med avseende på ett rambesluts verkan:",
        "článku 34 odst. 2 písm. b) EU vyložit rámcové rozhodnutí",
        # the Union before a noun, an act's name or number
        "artikel 17 EU dataskyddsförordningen",
        "článek 3, EU instituce musí jednat",
        "art. 3 UE ogłasza",
        "Państwa UE 27 oraz",
        "EU 27 jäsenvaltiota",
        "EU:n 6 artikla",
        "az EU 27 tagállama",
    ],
)
def test_prose_is_no_treaty(text: str) -> None:
    assert [r for r in _treaty_articles(text) if r[2] == "EU"] == []


@pytest.mark.parametrize(
    ("text", "act", "pinpoint"),
    [
        # an act's domain after its number, then the pinpoint: the act's (Finnish, Hungarian)
        ("direktiivin 2011/83/EU 6 artiklan 1 kohta", "direktiivin 2011/83/EU",
         "6 artiklan 1 kohta"),
        ("asetuksen (EU) 2016/679 6 artiklan 1 kohta", "asetuksen (EU) 2016/679",
         "6 artiklan 1 kohta"),
        ("a 2011/83/EU irányelv 6. cikke", "2011/83/EU irányelv", "6. cikke"),
        ("článku 5 smernice 2011/83/EÚ", "smernice 2011/83/EÚ", "článku 5"),
        ("art. 6 ust. 1 dyrektywy 2011/83/UE", "dyrektywy 2011/83/UE", "art. 6 ust. 1"),
    ],
)  # fmt: skip
def test_an_acts_domain_stays_the_acts(text: str, act: str, pinpoint: str) -> None:
    refs = eurefs.extract(text, short_forms=False)
    assert [(r.kind, r.text, r.pinpoint) for r in refs] == [("legal_act", act, pinpoint)]  # type: ignore[union-attr]


def test_the_normal_form_reads_back() -> None:
    # (alone, 'artikel 35 EU' is Danish, Dutch or Swedish: the words around tell)
    for normal, lang in (
        ("článek 35 EU", "cs"),
        ("článok 35 EÚ", "sk"),
        ("art. 35 UE", "pl"),
        ("artikel 35 EU", None),
        ("EU 35 artikla", "fi"),
        ("EU 35. cikk", "hu"),
    ):
        ((_, again, treaty, lang_again),) = _treaty_articles(normal)
        assert (again, treaty) == (normal, "EU")
        assert lang is None or lang_again == lang


def test_the_anchor_of_an_abbreviation_first_waits_for_a_number() -> None:
    # the Finnish and Hungarian 'EU' is searched before an article's number only, not at each
    # 'EU' of a text ('EU law'): the family's anchor for the initial 'E'
    from eurefs.grammar import treaty_articles_abbr_first as abbr_first

    (anchor,) = [a for a in abbr_first.FAMILY.anchors if a.pattern.pattern.startswith("E(")]
    assert anchor.pattern.search("EU 35 artiklan 1 kohta") is not None
    assert anchor.pattern.search("EY 234 artikla") is not None
    for prose in ("EU law", "the 27 EU Member States", "EU, 35", "EU:n 6 artikla"):
        assert anchor.pattern.search(prose) is None, prose


# The Hungarian summary of the judgment in C-469/03 Miraglia of 2005 (EUR-Lex 62003CJ0469
# as jogkodex.hu reproduces it; pages corpus): the keyword line's brackets name the EU
# Treaty before Lisbon, a comma before its article, as the Dutch summary writes 'Art. 2,
# eerste alinea, vierde streepje, EU' (was nothing)
_MIRAGLIA_HU = (
    "Az ítélet összefoglalása\n\nEurópai Unió - Büntetőügyekben folytatott rendőrségi és "
    "igazságügyi együttműködés - A schengeni vívmányokat beillesztő jegyzőkönyv - A ne bis in "
    "idem elve - Hatály - Kizártság\n\n(EU-Szerződés, 2. cikk, (1) bekezdés, negyedik francia "
    "bekezdés; A Schengeni Megállapodás végrehajtásáról szóló egyezmény, 54. cikk)\n\nA "
    "kétszeres büntetés tilalmának (ne bis in idem) elve"
)


def test_a_keyword_line_names_the_eu_treaty_before_its_article() -> None:
    (ref,) = [r for r in eurefs.extract(_MIRAGLIA_HU) if r.kind == "treaty_article"]
    assert (ref.text, ref.normalized) == (
        "EU-Szerződés, 2. cikk, (1) bekezdés",
        "EU 2. cikk, (1) bekezdés",
    )
    assert (ref.treaty, ref.articles, ref.lang) == ("EU", ["2"], "hu")  # type: ignore[union-attr]
    assert eurefs.parse(ref.normalized).treaty == "EU"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "text",
    [
        "(EK-Szerződés, 234. cikk)",  # the EC Treaty so written: not found in a text read
        "az EU-Szerződés, 2. cikk szerint",  # not in a keyword line's brackets
    ],
)
def test_a_treaty_and_a_comma_elsewhere_is_no_article(text: str) -> None:
    assert "treaty_article" not in [r.kind for r in eurefs.extract(text, short_forms=False)]
