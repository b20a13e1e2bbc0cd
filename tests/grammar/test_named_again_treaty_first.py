"""The Charter named again by its short name where the language writes the treaty first
(Lithuanian ``Chartijos 51 straipsnio``, Estonian ``harta artikli 51``, Finnish
``perusoikeuskirjan 51 artiklan``, Hungarian ``a Charta 51. cikkének``, Latvian ``Hartas
51. panta``) once the text has named it in full:
``eurefs/grammar/treaty_articles_abbr_first.py`` with the records' ``short_names`` and
``eurefs/grammar/named_again.py``."""

from __future__ import annotations

import pytest

import eurefs
from eurefs import family_scan
from eurefs.grammar import treaty_articles_abbr_first

# e-justice.europa.eu, part III on the Charter ('scope, interpretation and effects'), in
# Lithuanian, Estonian and Finnish (pages corpus): the Charter named in full in the
# heading, then its articles by the short name
LT = (
    "ES pagrindinių teisių chartija. Taikymo sritis, aiškinimas ir poveikis. [...] Kaip"
    " aiškinama II dalies 2 skirsnyje, Chartijos 51 straipsnio 1 dalyje nustatyta apsauga"
    " nuo pažeidimų, atsirandančių dėl nacionalinių priemonių."
)
ET = (
    "ELi põhiõiguste harta: kohaldamisala, tõlgendamine ja mõju. [...] Vastavalt II osa 2."
    " jao selgitustele tagatakse harta artikli 51 lõikega 1 kaitse rikkumiste eest."
)
FI = (
    "EU:n perusoikeuskirjan soveltamisala, tulkinta ja oikeusvaikutukset. [...] Kuten osan"
    " II kohdassa 2 todetaan, perusoikeuskirjan 51 artiklan 1 kohta suojaa perusoikeuksien"
    " loukkauksilta."
)
# e-justice.europa.eu, part III on the Charter, in Latvian (pages corpus): the Charter named
# in full in the heading, in the nominative
LV = (
    "ES Pamattiesību harta: piemērošanas joma, interpretācija un iedarbība. [...] Kā"
    " izskaidrots II daļas 2. punktā, Hartas 51. panta 1. punktā ir paredzēta aizsardzība"
    " pret pārkāpumiem, kas izriet no valstu pasākumiem."
)
# the Opinion of AG Pitruzzella in C-817/19 Ligue des droits humains (EUR-Lex
# 62019CC0817, Hungarian; pages corpus): the Charter in full in the keywords, then a
# heading of the analysis
HU = (
    "Az Európai Unió Alapjogi Chartája – 7. és 8. cikk, valamint az 52. cikk (1) bekezdése."
    " [...] 1. A Charta 7. és 8. cikkében megállapított alapvető jogokról"
)


def _short(text: str) -> list[tuple[str, str, list[str]]]:
    refs = eurefs.extract(text.split("[...]")[1], kinds="treaty_article")
    named = eurefs.extract(text, kinds="treaty_article")
    shorts = [r for r in named if r.start >= text.index("[...]")]
    assert len(refs) == 0  # never before the Charter is named in full
    return [(r.text, r.normalized, r.articles) for r in shorts if r.treaty == "CFR"]  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (LT, [("Chartijos 51 straipsnio 1 dalyje",
               "Europos Sąjungos pagrindinių teisių chartijos 51 straipsnio 1 dalyje", ["51"])]),
        (ET, [("harta artikli 51 lõikega 1",
               "Euroopa Liidu põhiõiguste harta artikli 51 lõikega 1", ["51"])]),
        (FI, [("perusoikeuskirjan 51 artiklan 1 kohta",
               "EU:n perusoikeuskirjan 51 artiklan 1 kohta", ["51"])]),
        (HU, [("Charta 7. és 8. cikkében", "Alapjogi Charta 7. és 8. cikk", ["7", "8"])]),
        (LV, [("Hartas 51. panta 1. punktā", "ES Pamattiesību hartas 51. panta 1. punktā",
               ["51"])]),
    ],
)  # fmt: skip
def test_short_name_before_the_article(
    text: str, expected: list[tuple[str, str, list[str]]]
) -> None:
    assert _short(text) == expected
    for _, normal, _ in expected:
        assert eurefs.parse(normal).treaty == "CFR"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("named", "other"),
    [
        (HU, " Az Európai Szociális Charta 6. cikke és az ENSZ Charta 2. cikke."),
        (FI, " Kanadan perusoikeuskirjan 7 artikla."),
        (LT, " Europos socialinės chartijos 6 straipsnis."),
        (LV, " Eiropas Sociālās Hartas 24. pants un ANO Hartas 2. pants."),
        (ET, " Euroopa sotsiaalharta artikli 24 ja ÜRO harta artikli 2."),
    ],
)
def test_never_another_charter(named: str, other: str) -> None:
    before = eurefs.extract(named, kinds="treaty_article")
    assert eurefs.extract(named + other, kinds="treaty_article") == before


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (ET, "kaitse rikkumiste eest"),
        (LV, "pret pārkāpumiem, kas izriet no valstu pasākumiem"),
        (LT, "nuo pažeidimų, atsirandančių dėl nacionalinių priemonių"),
        (HU, "megállapított alapvető jogokról"),
        (FI, "suojaa perusoikeuksien loukkauksilta"),
    ],
)
def test_a_text_read_in_chunks_reads_the_same(text: str, words: str) -> None:
    """The Charter named in full in an earlier chunk counts in a later one; between them
    the words of the text's language (a chunk is searched for the short names only where
    it holds the language's letter, ``Treaty.short_name_letter``: ``õ``, ``ī``, ``ė``,
    ``ő``)."""
    head, tail = text.split("[...]")
    long = head + f" {words}." * (40_000 // len(words)) + tail
    whole = [(r.start, r.text) for r in eurefs.extract(long, kinds="treaty_article")]
    assert whole and whole[-1][0] > 30_000
    chunked = eurefs.iter_extract(long, kinds="treaty_article", chunk_size=10_000)
    assert [(r.start, r.text) for r in chunked] == whole


def test_not_searched_in_a_text_without_the_language_letter() -> None:
    """The short names are common letters (``harta`` is in ``Charta``): a text without
    the language's letter is not searched for them at all."""
    anchors = [a for a in treaty_articles_abbr_first.FAMILY.anchors if a.pattern.match("harta ")]
    assert len(anchors) == 1
    text = "Die Charta der Grundrechte; harta artikli 51; Harta artikli 7."
    assert family_scan._positions(anchors[0], text, {}) == []
    found = family_scan._positions(anchors[0], text + " Põhiõigused.", {})
    assert found == [text.index("harta a"), text.index("Harta")]
    # never inside a word (Estonian ``sotsiaalharta``, German ``Charta``)
    assert family_scan._positions(anchors[0], "õ Charta sotsiaalharta ", {}) == []
