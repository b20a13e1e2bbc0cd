# ruff: noqa: E501
"""Articles of the Euratom Treaty (``EAEC``) and of the ECSC Treaty (``ECSC``) in every
language: never the EC Treaty, whose long name starts theirs in most languages."""

from __future__ import annotations

import pytest

import eurefs
from eurefs.languages import LANGUAGES
from tests.support.extracted import extracted

# The enacting formula of a Euratom act: (language, text, span, normal form)
FORMULAS = [
    ("en", "Having regard to the Treaty establishing the European Atomic Energy Community, and in particular Article 31 thereof,", "Article 31", "Article 31 EA"),
    ("fr", "vu le traité instituant la Communauté européenne de l'énergie atomique, et notamment son article 31,", "article 31", "article 31 du traité CEEA"),
    ("de", "gestützt auf den Vertrag zur Gründung der Europäischen Atomgemeinschaft, insbesondere auf Artikel 31,", "Artikel 31", "Artikel 31 EAG"),
    ("it", "visto il trattato che istituisce la Comunità europea dell'energia atomica, in particolare l'articolo 31,", "articolo 31", "articolo 31 del trattato che istituisce la Comunità europea dell'energia atomica"),
    ("es", "Visto el Tratado constitutivo de la Comunidad Europea de la Energía Atómica, y en particular su artículo 31,", "artículo 31", "artículo 31 del Tratado constitutivo de la Comunidad Europea de la Energía Atómica"),
    ("pt", "Tendo em conta o Tratado que institui a Comunidade Europeia da Energia Atómica, nomeadamente o artigo 31.º,", "artigo 31.º", "artigo 31.º do Tratado Euratom"),
    ("ro", "având în vedere Tratatul de instituire a Comunității Europene a Energiei Atomice, în special articolul 31,", "articolul 31", "articolul 31 din Tratatul de instituire a Comunității Europene a Energiei Atomice"),
    ("nl", "Gezien het Verdrag tot oprichting van de Europese Gemeenschap voor Atoomenergie, en met name artikel 31,", "artikel 31", "artikel 31 van het Euratom-verdrag"),
    ("pl", "uwzględniając Traktat ustanawiający Europejską Wspólnotę Energii Atomowej, w szczególności jego art. 31,", "art. 31", "art. 31 Traktatu ustanawiającego Europejską Wspólnotę Energii Atomowej"),
    ("bg", "като взе предвид Договора за създаване на Европейската общност за атомна енергия, и по-специално член 31 от него,", "член 31", "член 31 от Договора за създаване на Европейската общност за атомна енергия"),
    ("hr", "uzimajući u obzir Ugovor o osnivanju Europske zajednice za atomsku energiju, a posebno njegov članak 31.,", "članak 31", "članak 31 Ugovora o osnivanju Europske zajednice za atomsku energiju"),
    ("cs", "s ohledem na Smlouvu o založení Evropského společenství pro atomovou energii, a zejména na článek 31 uvedené smlouvy,", "článek 31", "článek 31 Smlouvy o založení Evropského společenství pro atomovou energii"),
    ("sk", "so zreteľom na Zmluvu o založení Európskeho spoločenstva pre atómovú energiu, a najmä na článok 31,", "článok 31", "článok 31 Zmluvy o založení Európskeho spoločenstva pre atómovú energiu"),
    ("sl", "ob upoštevanju Pogodbe o ustanovitvi Evropske skupnosti za atomsko energijo in zlasti člena 31 Pogodbe,", "člena 31", "člen 31 Pogodbe o ustanovitvi Evropske skupnosti za atomsko energijo"),
    ("da", "under henvisning til traktaten om oprettelse af Det Europæiske Atomenergifællesskab, særlig artikel 31,", "artikel 31", "artikel 31 i traktaten om oprettelse af Det Europæiske Atomenergifællesskab"),
    ("sv", "med beaktande av fördraget om upprättandet av Europeiska atomenergigemenskapen, särskilt artikel 31,", "artikel 31", "artikel 31 i fördraget om upprättandet av Europeiska atomenergigemenskapen"),
    ("el", "Έχοντας υπόψη τη Συνθήκη για την ίδρυση της Ευρωπαϊκής Κοινότητας Ατομικής Ενέργειας, και ιδίως το άρθρο 31,", "άρθρο 31", "άρθρο 31 της Συνθήκης για την ίδρυση της Ευρωπαϊκής Κοινότητας Ατομικής Ενέργειας"),
    ("ga", "Ag féachaint don Chonradh lena mbunaítear an Comhphobal Eorpach do Fhuinneamh Adamhach, agus go háirithe Airteagal 31 de,", "Airteagal 31", "Airteagal 31 den Chonradh lena mbunaítear an Comhphobal Eorpach do Fhuinneamh Adamhach"),
]  # fmt: skip

# An article of the Euratom Treaty named in full, in every language: (language, text, normal form)
ARTICLES = [
    ("en", "Article 31 of the Treaty establishing the European Atomic Energy Community", "Article 31 EA"),
    ("fr", "article 31 du traité instituant la Communauté européenne de l'énergie atomique", "article 31 du traité CEEA"),
    ("de", "Artikel 31 des Vertrags zur Gründung der Europäischen Atomgemeinschaft", "Artikel 31 EAG"),
    ("it", "articolo 31 del trattato che istituisce la Comunità europea dell'energia atomica", "articolo 31 del trattato che istituisce la Comunità europea dell'energia atomica"),
    ("es", "artículo 31 del Tratado constitutivo de la Comunidad Europea de la Energía Atómica", "artículo 31 del Tratado constitutivo de la Comunidad Europea de la Energía Atómica"),
    ("pt", "artigo 31.º do Tratado que institui a Comunidade Europeia da Energia Atómica", "artigo 31.º do Tratado Euratom"),
    ("ro", "articolul 31 din Tratatul de instituire a Comunității Europene a Energiei Atomice", "articolul 31 din Tratatul de instituire a Comunității Europene a Energiei Atomice"),
    ("nl", "artikel 31 van het Verdrag tot oprichting van de Europese Gemeenschap voor Atoomenergie", "artikel 31 van het Euratom-verdrag"),
    ("pl", "art. 31 Traktatu ustanawiającego Europejską Wspólnotę Energii Atomowej", "art. 31 Traktatu ustanawiającego Europejską Wspólnotę Energii Atomowej"),
    ("bg", "член 31 от Договора за създаване на Европейската общност за атомна енергия", "член 31 от Договора за създаване на Европейската общност за атомна енергия"),
    ("hr", "članak 31. Ugovora o osnivanju Europske zajednice za atomsku energiju", "članak 31. Ugovora o osnivanju Europske zajednice za atomsku energiju"),
    ("cs", "článek 31 Smlouvy o založení Evropského společenství pro atomovou energii", "článek 31 Smlouvy o založení Evropského společenství pro atomovou energii"),
    ("sk", "článok 31 Zmluvy o založení Európskeho spoločenstva pre atómovú energiu", "článok 31 Zmluvy o založení Európskeho spoločenstva pre atómovú energiu"),
    ("sl", "člen 31 Pogodbe o ustanovitvi Evropske skupnosti za atomsko energijo", "člen 31 Pogodbe o ustanovitvi Evropske skupnosti za atomsko energijo"),
    ("da", "artikel 31 i traktaten om oprettelse af Det Europæiske Atomenergifællesskab", "artikel 31 i traktaten om oprettelse af Det Europæiske Atomenergifællesskab"),
    ("sv", "artikel 31 i fördraget om upprättandet av Europeiska atomenergigemenskapen", "artikel 31 i fördraget om upprättandet av Europeiska atomenergigemenskapen"),
    ("el", "άρθρο 31 της Συνθήκης για την ίδρυση της Ευρωπαϊκής Κοινότητας Ατομικής Ενέργειας", "άρθρο 31 της Συνθήκης για την ίδρυση της Ευρωπαϊκής Κοινότητας Ατομικής Ενέργειας"),
    ("ga", "Airteagal 31 den Chonradh lena mbunaítear an Comhphobal Eorpach do Fhuinneamh Adamhach", "Airteagal 31 den Chonradh lena mbunaítear an Comhphobal Eorpach do Fhuinneamh Adamhach"),
    ("mt", "Artikolu 31 tat-Trattat li jistabbilixxi l-Komunità Ewropea tal-Enerġija Atomika", "Artikolu 31 tat-Trattat li jistabbilixxi l-Komunità Ewropea tal-Enerġija Atomika"),
    ("fi", "Euroopan atomienergiajärjestön perustamissopimuksen 31 artikla", "Euroopan atomienergiajärjestön perustamissopimuksen 31 artikla"),
    ("et", "Euroopa Aatomienergiaühenduse asutamislepingu artikkel 31", "Euroopa Aatomienergiaühenduse asutamislepingu artikkel 31"),
    ("lv", "Eiropas Atomenerģijas kopienas dibināšanas līguma 31. pants", "Eiropas Atomenerģijas kopienas dibināšanas līguma 31. pants"),
    ("lt", "Europos atominės energijos bendrijos steigimo sutarties 31 straipsnis", "Europos atominės energijos bendrijos steigimo sutarties 31 straipsnis"),
    ("hu", "Európai Atomenergia-közösséget létrehozó szerződés 31. cikke", "Európai Atomenergia-közösséget létrehozó szerződés 31. cikk"),
]  # fmt: skip

# An article of the ECSC Treaty named in full, in every language
ECSC_ARTICLES = [
    ("en", "Article 41 of the Treaty establishing the European Coal and Steel Community", "Article 41 of the ECSC Treaty"),
    ("fr", "article 41 du traité instituant la Communauté européenne du charbon et de l'acier", "article 41 du traité CECA"),
    ("de", "Artikel 41 des Vertrags über die Gründung der Europäischen Gemeinschaft für Kohle und Stahl", "Artikel 41 EGKS-Vertrag"),
    ("it", "articolo 41 del trattato che istituisce la Comunità europea del carbone e dell'acciaio", "articolo 41 del trattato che istituisce la Comunità europea del carbone e dell'acciaio"),
    ("es", "artículo 41 del Tratado constitutivo de la Comunidad Europea del Carbón y del Acero", "artículo 41 del Tratado constitutivo de la Comunidad Europea del Carbón y del Acero"),
    ("pt", "artigo 41.º do Tratado que institui a Comunidade Europeia do Carvão e do Aço", "artigo 41.º do Tratado que institui a Comunidade Europeia do Carvão e do Aço"),
    ("ro", "articolul 41 din Tratatul de instituire a Comunității Europene a Cărbunelui și Oțelului", "articolul 41 din Tratatul de instituire a Comunității Europene a Cărbunelui și Oțelului"),
    ("nl", "artikel 41 van het Verdrag tot oprichting van de Europese Gemeenschap voor Kolen en Staal", "artikel 41 van het Verdrag tot oprichting van de Europese Gemeenschap voor Kolen en Staal"),
    ("pl", "art. 41 Traktatu ustanawiającego Europejską Wspólnotę Węgla i Stali", "art. 41 Traktatu ustanawiającego Europejską Wspólnotę Węgla i Stali"),
    ("bg", "член 41 от Договора за създаване на Европейската общност за въглища и стомана", "член 41 от Договора за създаване на Европейската общност за въглища и стомана"),
    ("hr", "članak 41. Ugovora o osnivanju Europske zajednice za ugljen i čelik", "članak 41. Ugovora o osnivanju Europske zajednice za ugljen i čelik"),
    ("cs", "článek 41 Smlouvy o založení Evropského společenství uhlí a oceli", "článek 41 Smlouvy o založení Evropského společenství uhlí a oceli"),
    ("sk", "článok 41 Zmluvy o založení Európskeho spoločenstva uhlia a ocele", "článok 41 Zmluvy o založení Európskeho spoločenstva uhlia a ocele"),
    ("sl", "člen 41 Pogodbe o ustanovitvi Evropske skupnosti za premog in jeklo", "člen 41 Pogodbe o ustanovitvi Evropske skupnosti za premog in jeklo"),
    ("da", "artikel 41 i traktaten om oprettelse af Det Europæiske Kul- og Stålfællesskab", "artikel 41 i traktaten om oprettelse af Det Europæiske Kul- og Stålfællesskab"),
    ("sv", "artikel 41 i fördraget om upprättandet av Europeiska kol- och stålgemenskapen", "artikel 41 i fördraget om upprättandet av Europeiska kol- och stålgemenskapen"),
    ("el", "άρθρο 41 της Συνθήκης για την ίδρυση της Ευρωπαϊκής Κοινότητας Άνθρακα και Χάλυβα", "άρθρο 41 της Συνθήκης για την ίδρυση της Ευρωπαϊκής Κοινότητας Άνθρακα και Χάλυβα"),
    ("ga", "Airteagal 41 den Chonradh lena mbunaítear an Comhphobal Eorpach do Ghual agus Cruach", "Airteagal 41 den Chonradh lena mbunaítear an Comhphobal Eorpach do Ghual agus Cruach"),
    ("mt", "Artikolu 41 tat-Trattat li jistabbilixxi l-Komunità Ewropea tal-Faħam u l-Azzar", "Artikolu 41 tat-Trattat li jistabbilixxi l-Komunità Ewropea tal-Faħam u l-Azzar"),
    ("fi", "Euroopan hiili- ja teräsyhteisön perustamissopimuksen 41 artikla", "Euroopan hiili- ja teräsyhteisön perustamissopimuksen 41 artikla"),
    ("et", "Euroopa Söe- ja Teraseühenduse asutamislepingu artikkel 41", "Euroopa Söe- ja Teraseühenduse asutamislepingu artikkel 41"),
    ("lv", "Eiropas Ogļu un tērauda kopienas dibināšanas līguma 41. pants", "Eiropas Ogļu un tērauda kopienas dibināšanas līguma 41. pants"),
    ("lt", "Europos anglių ir plieno bendrijos steigimo sutarties 41 straipsnis", "Europos anglių ir plieno bendrijos steigimo sutarties 41 straipsnis"),
    ("hu", "Európai Szén- és Acélközösséget létrehozó szerződés 41. cikke", "Európai Szén- és Acélközösséget létrehozó szerződés 41. cikk"),
]  # fmt: skip


def _treaty_articles(text: str) -> list[eurefs.Reference]:
    return extracted(text, kind="treaty_article", short_forms=False)


def _reads_back(normalized: str, treaty: str) -> None:
    again = eurefs.parse(normalized)
    assert (again.kind, again.normalized, again.treaty) == ("treaty_article", normalized, treaty)


def test_every_language_has_both_treaties_and_every_example() -> None:
    codes = {lg.code for lg in LANGUAGES}
    assert all({"EAEC", "ECSC"} <= set(lg.treaties) for lg in LANGUAGES)
    assert {lang for lang, *_ in ARTICLES} == codes == {lang for lang, *_ in ECSC_ARTICLES}


@pytest.mark.parametrize(("lang", "text", "span", "normalized"), FORMULAS)
def test_the_enacting_formula_of_a_euratom_act(
    lang: str, text: str, span: str, normalized: str
) -> None:
    (ref,) = _treaty_articles(text)
    assert (ref.text, ref.normalized, ref.treaty, ref.lang) == (span, normalized, "EAEC", lang)
    _reads_back(normalized, "EAEC")


@pytest.mark.parametrize(("lang", "text", "normalized"), ARTICLES)
def test_an_article_of_the_euratom_treaty_named_in_full(
    lang: str, text: str, normalized: str
) -> None:
    (ref,) = _treaty_articles(text)
    assert (ref.normalized, ref.treaty, ref.lang) == (normalized, "EAEC", lang)
    _reads_back(normalized, "EAEC")


@pytest.mark.parametrize(("lang", "text", "normalized"), ECSC_ARTICLES)
def test_an_article_of_the_ecsc_treaty_named_in_full(lang: str, text: str, normalized: str) -> None:
    (ref,) = _treaty_articles(text)
    assert (ref.normalized, ref.treaty, ref.lang) == (normalized, "ECSC", lang)
    _reads_back(normalized, "ECSC")


@pytest.mark.parametrize(
    ("text", "normalized", "treaty"),
    [
        # the Court's abbreviation (C-123/04), the short names
        ("Article 150 EA", "Article 150 EA", "EAEC"),
        ("Articles 31 and 32 of the EURATOM Treaty", "Articles 31 and 32 EA", "EAEC"),
        ("Article 37 of the ECSC Treaty", "Article 37 of the ECSC Treaty", "ECSC"),
        ("les articles 31 et 32 du traité EURATOM", "articles 31 et 32 du traité CEEA", "EAEC"),
        ("l'article 103, alinéa 3, du traité CEEA", "article 103, alinéa 3 du traité CEEA", "EAEC"),
        ("article 65 du traité CECA", "article 65 du traité CECA", "ECSC"),
        ("Artikel 195 EAG-Vertrag", "Artikel 195 EAG", "EAEC"),
        ("Artikel 106a EAG", "Artikel 106a EAG", "EAEC"),
        ("Artikel 95 des EGKS-Vertrages", "Artikel 95 EGKS-Vertrag", "ECSC"),
        ("artikel 203 van het Euratom-verdrag", "artikel 203 van het Euratom-verdrag", "EAEC"),
        ("artigo 2.º do Tratado Euratom", "artigo 2.º do Tratado Euratom", "EAEC"),
        # short names of real texts (each was nothing): 'Under Article 37 Euratom' (an EU
        # text as wordscope.be quotes it), 'Euratomfördraget' (europarl.europa.eu, sv),
        # 'Euratom-fördraget' (ekonomifakta.se), 'Euratom-traktaten', 'Tratado Euratom',
        # 'Traktatem Euratom' (articles on the Treaty in da, es, pl)
        ("Under Article 37 Euratom, before", "Article 37 EA", "EAEC"),
        ("enligt artikel 37 i Euratomfördraget ska",
         "artikel 37 i fördraget om upprättandet av Europeiska atomenergigemenskapen", "EAEC"),
        ("artikel 37 i Euratom-fördraget",
         "artikel 37 i fördraget om upprättandet av Europeiska atomenergigemenskapen", "EAEC"),
        ("artikel 37 i Euratom-traktaten",
         "artikel 37 i traktaten om oprettelse af Det Europæiske Atomenergifællesskab", "EAEC"),
        ("el artículo 37 del Tratado Euratom",
         "artículo 37 del Tratado constitutivo de la Comunidad Europea de la Energía Atómica",
         "EAEC"),
        ("art. 37 Traktatu Euratom",
         "art. 37 Traktatu ustanawiającego Europejską Wspólnotę Energii Atomowej", "EAEC"),
    ],
)  # fmt: skip
def test_short_names_and_abbreviations(text: str, normalized: str, treaty: str) -> None:
    (ref,) = _treaty_articles(text)
    assert (ref.normalized, ref.treaty) == (normalized, treaty)
    _reads_back(normalized, treaty)


@pytest.mark.parametrize(
    ("text", "normalized"),
    [
        ("vu le traité instituant la Communauté européenne, et notamment son article 95,", "article 95 CE"),
        ("article 95 du traité instituant la Communauté européenne", "article 95 CE"),
        ("visto il trattato che istituisce la Comunità europea, in particolare l'articolo 95,", "articolo 95 CE"),
        ("Tendo em conta o Tratado que institui a Comunidade Europeia, nomeadamente o artigo 95.º,", "artigo 95.º CE"),
        ("având în vedere Tratatul de instituire a Comunității Europene, în special articolul 95,", "articolul 95 CE"),
        ("Visto el Tratado constitutivo de la Comunidad Europea, y en particular su artículo 95,", "artículo 95 CE"),
        ("Gezien het Verdrag tot oprichting van de Europese Gemeenschap, en met name artikel 95,", "artikel 95 EG"),
        ("Artikel 95 des Vertrags zur Gründung der Europäischen Gemeinschaft", "Artikel 95 EG"),
        # a word after the name that starts no other treaty's name (``a fost``: has been)
        ("articolul 95 din Tratatul de instituire a Comunității Europene a fost modificat", "articolul 95 CE"),
    ],
)  # fmt: skip
def test_the_ec_treaty_is_still_the_ec_treaty(text: str, normalized: str) -> None:
    (ref,) = _treaty_articles(text)
    assert (ref.normalized, ref.treaty) == (normalized, "EC")


@pytest.mark.parametrize(
    "text",
    [
        # the Euratom Treaty's name written otherwise than the records have it (no accent,
        # Brazilian spelling, another word): no treaty, never the EC Treaty
        "vu le traité instituant la Communauté Européenne de l'Energie Atomique, et notamment son article 31,",
        "article 31 du traité instituant la Communauté européenne de l'Energie atomique",
        "Tendo em conta o Tratado que institui a Comunidade Europeia da Energia Atômica, nomeadamente o artigo 31.º,",
        "artículo 41 del Tratado constitutivo de la Comunidad Europea del Carbon y del Acero",
        "articolul 31 din Tratatul de instituire a Comunitatii Europene a Energiei Atomice",
        "člen 31 Pogodbe o ustanovitvi Evropske skupnosti za atomsko energiju",
        "31. člena Pogodbe o ustanovitvi Evropske skupnosti za atomsko energiju",
    ],
)  # fmt: skip
def test_a_longer_treaty_name_written_otherwise_is_never_the_ec_treaty(text: str) -> None:
    assert not [r for r in _treaty_articles(text) if r.treaty == "EC"]


def test_a_bulgarian_euratom_regulation() -> None:
    # Commission Regulation (Euratom) No 1352/2003 (EUR-Lex 32003R1352, Bulgarian)
    text = (
        "като взе предвид Договора за създаване на Европейската общност за атомна енергия, "
        "и по-специално членове 41-44 от него,\nкато взе предвид Регламент (Евратом) № "
        "2587/1999 на Съвета, предвидени в член 41 от Договора за Евратом"
    )
    refs = _treaty_articles(text)
    assert [(r.text, r.treaty, r.articles) for r in refs] == [
        ("членове 41-44", "EAEC", ["41-44"]),
        ("член 41 от Договора за Евратом", "EAEC", ["41"]),
    ]
    for ref in refs:
        _reads_back(ref.normalized, "EAEC")


def test_the_treaty_of_the_nearest_formula() -> None:
    # acts under both Treaties name each in its own formula (the Financial Regulation)
    text = (
        "Having regard to the Treaty on the Functioning of the European Union, and in "
        "particular Article 322 thereof,\nHaving regard to the Treaty establishing the "
        "European Atomic Energy Community, and in particular Article 106a thereof,"
    )
    assert [(r.normalized, r.treaty) for r in _treaty_articles(text)] == [
        ("Article 322 TFEU", "TFEU"),
        ("Article 106a EA", "EAEC"),
    ]
    text = (
        "vu le traité sur le fonctionnement de l'Union européenne, et notamment son article "
        "322,\nvu le traité instituant la Communauté européenne de l'énergie atomique, et "
        "notamment son article 106,"
    )
    assert [(r.normalized, r.treaty) for r in _treaty_articles(text)] == [
        ("article 322 TFUE", "TFEU"),
        ("article 106 du traité CEEA", "EAEC"),
    ]
    # both named in one formula: the lead refers to the last named
    text = (
        "Having regard to the Treaty on the Functioning of the European Union and to the "
        "Treaty establishing the European Atomic Energy Community, and in particular "
        "Article 106a thereof,"
    )
    assert [(r.normalized, r.treaty) for r in _treaty_articles(text)] == [
        ("Article 106a EA", "EAEC")
    ]


@pytest.mark.parametrize(
    ("text", "span", "normalized", "articles"),
    [
        # Article 106a of the Euratom Treaty as French, Italian and Spanish number it: not
        # Article 106, another article
        ("vu le traité instituant la Communauté européenne de l'énergie atomique, et notamment son article 106 bis,", "article 106 bis", "article 106 bis du traité CEEA", ["106 bis"]),
        ("visto il trattato che istituisce la Comunità europea dell'energia atomica, in particolare l'articolo 106 bis,", "articolo 106 bis", "articolo 106 bis del trattato che istituisce la Comunità europea dell'energia atomica", ["106 bis"]),
        ("Visto el Tratado constitutivo de la Comunidad Europea de la Energía Atómica, y en particular su artículo 106 bis,", "artículo 106 bis", "artículo 106 bis del Tratado constitutivo de la Comunidad Europea de la Energía Atómica", ["106 bis"]),
        ("article 5 bis du traité CEEA", "article 5 bis du traité CEEA", "article 5 bis du traité CEEA", ["5 bis"]),
        ("articles 5 bis et 7 TFUE", "articles 5 bis et 7 TFUE", "articles 5 bis et 7 TFUE", ["5 bis", "7"]),
        # German ``bis`` joins a range
        ("Artikel 5 bis 7 AEUV", "Artikel 5 bis 7 AEUV", "Artikel 5 bis 7 AEUV", ["5-7"]),
        ("Artikel 5 bis Artikel 7 AEUV", "Artikel 5 bis Artikel 7 AEUV", "Artikel 5 bis 7 AEUV", ["5-7"]),
        ("Art. 101 bis Art. 109 AEUV", "Art. 101 bis Art. 109 AEUV", "Artikel 101 bis 109 AEUV", ["101-109"]),
    ],
)  # fmt: skip
def test_an_inserted_articles_word_after_its_number(
    text: str, span: str, normalized: str, articles: list[str]
) -> None:
    (ref,) = _treaty_articles(text)
    assert (ref.text, ref.normalized, ref.articles) == (span, normalized, articles)
    again = eurefs.parse(normalized)
    assert (again.normalized, again.articles) == (normalized, articles)


def test_a_word_of_another_language_after_the_number_is_no_inserted_article() -> None:
    # Dutch ``ter`` is a preposition, not ``ter`` of an inserted article
    assert _treaty_articles("artikel 5 ter uitvoering van het VWEU") == []
    assert _treaty_articles("artikel 5 ter VWEU") == []


@pytest.mark.parametrize(
    ("text", "span", "articles"),
    [
        # Portuguese writes the inserted article's letter after the ordinal sign
        ("Tendo em conta o Tratado que institui a Comunidade Europeia da Energia Atómica, nomeadamente o artigo 106.º-A,", "artigo 106.º-A", ["106.º-A"]),
        ("artigos 106.º-A e 107.º do Tratado Euratom", "artigos 106.º-A e 107.º do Tratado Euratom", ["106.º-A", "107.º"]),
    ],
)  # fmt: skip
def test_a_portuguese_inserted_article(text: str, span: str, articles: list[str]) -> None:
    (ref,) = _treaty_articles(text)
    assert (ref.text, ref.treaty, ref.articles) == (span, "EAEC", articles)
    assert eurefs.parse(ref.normalized).articles == articles


def test_a_croatian_inserted_article_after_the_ordinal_dot() -> None:
    """Council Regulation (EU, Euratom) No 608/2014, its enacting formula in the OJ's Croatian
    (EUR-Lex 32014R0608 HR): Article 106a Euratom written ``106.a``, before nothing (never
    Article 106)."""
    text = (
        "uzimajući u obzir Ugovor o osnivanju Europske zajednice za atomsku energiju, "
        "a posebno njegov članak 106.a,"
    )
    (ref,) = _treaty_articles(text)
    assert (ref.text, ref.treaty, ref.articles) == ("članak 106.a", "EAEC", ["106.a"])
    assert eurefs.parse(ref.normalized).articles == ["106.a"]
    (ref,) = _treaty_articles(text.replace("106.a", "31."))
    assert ref.articles == ["31"]


@pytest.mark.parametrize("text", ["See Article 5.a TFEU.", "del artículo 6.a TFUE"])
def test_no_letter_after_a_dot_where_the_language_writes_no_ordinal_dot(text: str) -> None:
    # (``Language.pinpoints.ordinal_dot``: Croatian and Slovak alone)
    assert _treaty_articles(text) == []
