"""The Charter named again by its short name in Romanian (``articolul 47 din cartă``)
and Slovenian (``člena 7 Listine``) once the text has named it in full:
``eurefs/grammar/named_again.py`` with the records' ``short_names``."""

from __future__ import annotations

import pytest

import eurefs

# the Opinion of AG Wahl in C-470/12 (curia.europa.eu, Romanian): the Charter in full;
# the Court's judgment in C-72/15 Rosneft, paragraphs 73 and 74, as citate.juridice.ro
# quotes it: its articles by the short name (pages corpus)
RO = (
    "Okresný súd Svidník solicită interpretarea unui număr de dispoziții din Directiva"
    " 93/13/CEE coroborate cu articolele 38 și 47 din Carta drepturilor fundamentale a"
    " Uniunii Europene. [...] În plus, articolul 47 din cartă, care constituie o reafirmare a"
    " principiului protecției jurisdicționale efective, prevede, la primul paragraf, că orice"
    " persoană are dreptul la o cale de atac efectivă."
)
# docplayer.si, 'Varstvo osebnih podatkov' (pages corpus): the Charter named in full in
# the instrumental, then an article of it by the short name in the genitive
SL = (
    "Določena je z Listino Evropske unije o temeljnih pravicah (v nadaljevanju: Listina),"
    " katere člen 8 določa: 1. Vsakdo ima pravico do varstva osebnih podatkov. [...] Ta"
    " temeljna pravica je tesno povezana s pravico do spoštovanja zasebnega življenja iz"
    " člena 7 Listine."
)
# e-justice.europa.eu, Slovenian, parts III and II on the Charter (pages corpus)
EJUSTICE_SL = (
    "Listina Evropske unije o temeljnih pravicah: področje uporabe, razlaga in učinki. [...]"
    " Kot je pojasnjeno v oddelku 2 dela II, člen 51(1) Listine ponuja zaščito pred"
    " kršitvami, ki so določena v členu 18 PDEU in zdaj tudi v členu 21(2) Listine."
)


def _charter(text: str) -> list[tuple[str, str]]:
    refs = eurefs.extract(text, kinds="treaty_article")
    return [(r.text, r.normalized) for r in refs if r.treaty == "CFR"]  # type: ignore[union-attr]


def test_romanian_short_name_after_the_charter_in_full() -> None:
    assert _charter(RO) == [
        (
            "articolele 38 și 47 din Carta drepturilor fundamentale a Uniunii Europene",
            "articolele 38 și 47 din Carta drepturilor fundamentale",
        ),
        ("articolul 47 din cartă", "articolul 47 din Carta drepturilor fundamentale"),
    ]
    capital = RO + " Dreptul este consacrat la articolul 47 din Cartă."
    assert _charter(capital)[-1] == (
        "articolul 47 din Cartă",
        "articolul 47 din Carta drepturilor fundamentale",
    )


def test_slovenian_short_name_after_the_charter_in_full_in_any_case() -> None:
    assert _charter(SL) == [("člena 7 Listine", "člen 7 Listine o temeljnih pravicah")]
    assert _charter(EJUSTICE_SL) == [
        ("člen 51(1) Listine", "člen 51(1) Listine o temeljnih pravicah"),
        ("členu 21(2) Listine", "člen 21(2) Listine o temeljnih pravicah"),
    ]


def test_short_names_read_back() -> None:
    normal = (
        "articolul 47 din Carta drepturilor fundamentale",
        "člen 7 Listine o temeljnih pravicah",
    )
    for text in normal:
        assert eurefs.parse(text).treaty == "CFR"  # type: ignore[union-attr]


@pytest.mark.parametrize("text", [RO, SL, EJUSTICE_SL])
def test_never_before_the_charter_is_named_in_full(text: str) -> None:
    assert _charter(text.split("[...]")[1]) == []


@pytest.mark.parametrize(
    ("named", "other"),
    [
        (RO, "Articolul 1 din Carta Organizației Națiunilor Unite se aplică."),
        (RO, "Articolul 24 din Carta socială europeană se aplică."),
        (SL, "Člen 1 Listine Združenih narodov velja."),
        (SL, "Člen 3 Listine o človekovih pravicah velja."),
        (SL, "Člen 5 Temeljne ustavne listine velja."),
    ],
)
def test_not_another_charter_by_the_short_name(named: str, other: str) -> None:
    assert _charter(named + " " + other) == _charter(named)


# the Opinion of AG Emiliou in C-144/23 KUBERA, EUR-Lex 62023CC0144, Romanian: the keyword
# line names the Charter's article by the short name alone (pages corpus); was none
KEYWORDS_RO = (
    "„ Trimitere preliminară – Articolul 267 al treilea paragraf TFUE – Obligația instanțelor"
    " naționale de ultim grad de jurisdicție de a efectua o trimitere preliminară – Articolul"
    " 47 din cartă – Dreptul la un proces echitabil – Motivare ”"
)


def test_romanian_keyword_line_names_the_charter_by_its_short_name() -> None:
    assert _charter(KEYWORDS_RO) == [
        ("Articolul 47 din cartă", "articolul 47 din Carta drepturilor fundamentale")
    ]
    # ... also the line's last keyword, before its closing quotation mark
    assert _charter("„Trimitere preliminară – Articolul 47 din cartă”") == [
        ("Articolul 47 din cartă", "articolul 47 din Carta drepturilor fundamentale")
    ]


@pytest.mark.parametrize(
    "text",
    [
        # an aside between dashes in prose (no capital), the keyword going on, another charter
        "Într-un eseu – articolul 47 din cartă – autorul arată că",
        "Trimitere preliminară – Articolul 47 din cartă, care prevede – Motivare",
        "Trimitere preliminară – Articolul 24 din cartă socială – Drepturi",
        # the short name with a capital is a running text's, not a keyword line's
        "Trimitere preliminară – Articolul 47 din Cartă – Motivare",
    ],
)
def test_no_keyword_short_name(text: str) -> None:
    assert _charter(text) == []
