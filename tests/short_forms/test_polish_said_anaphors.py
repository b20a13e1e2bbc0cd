"""Polish ``rzeczonej dyrektywy`` ("the said directive") and ``dyrektywę tę`` ("that directive",
the demonstrative after the type word), as the Court's Polish points back
beside ``tej``, ``wspomnianej`` (``eurefs.languages.pl``, ``anaphor_determiners``). The text
is point 2 of the Opinion of Advocate General Szpunar of 22 January 2019 in C-694/17 Pillar
Securitisation, in Polish as EUR-Lex publishes it (62017CC0694; the search tool's pages
corpus), its footnote calls as the page prints them; the anaphor was nothing."""

from __future__ import annotations

import eurefs

_PILLAR = (
    "Dokładniej rzecz ujmując, w niniejszej sprawie Cour de cassation (sąd kasacyjny,"
    " Luksemburg) stawia Trybunałowi pytanie, czy osoba, która zawarła umowę o kredyt, która to"
    " umowa, zgodnie z art. 2 ust. 2 lit. c) dyrektywy 2008/48/WE ( 2 ), nie jest objęta"
    " zakresem stosowania rzeczonej dyrektywy z tego względu, że całkowita kwota kredytu"
    " przyznanego na podstawie tej umowy jest wyższa niż 75000 EUR, automatycznie nie powinna"
    " być uważana za konsumenta w rozumieniu art. 15 Konwencji o jurysdykcji i uznawaniu oraz"
    " wykonywaniu orzeczeń sądowych w sprawach cywilnych i handlowych ( 3 )."
)


def test_the_said_directive() -> None:
    found = [r for r in eurefs.extract(_PILLAR) if r.kind == "short_form"]
    assert [(r.text, r.how, r.celex) for r in found] == [
        ("rzeczonej dyrektywy", "anaphor", "32008L0048")
    ]
    assert _PILLAR[found[0].antecedent_start : found[0].antecedent_end] == "dyrektywy 2008/48/WE"


def test_the_said_as_a_plural_is_no_anaphor() -> None:
    # ('rzeczone' is also the plural: 'rzeczone dyrektywy', "the said directives")
    text = _PILLAR.replace("rzeczonej dyrektywy", "rzeczone dyrektywy")
    assert [r for r in eurefs.extract(text) if r.kind == "short_form"] == []


# the demonstrative after the type word (``anaphor_determiners_after``), in the Court's
# judgment of 24 January 2012 in C-282/10 Dominguez, the third question referred and
# paragraph 19, as tests/data/corpus-pl/docs/P01-pl-cjeu-c-302-10-c-282-10.txt holds them
_QUESTION = (
    "Ponieważ art. 7 dyrektywy 2003/88 nie przeprowadza żadnego rozróżnienia pomiędzy"
    " pracownikami nieobecnymi w pracy podczas okresu rozliczeniowego z powodu wypadku przy"
    " pracy, choroby zawodowej, wypadku w drodze do pracy lub choroby innej niż zawodowa – czy"
    " pracownicy są na podstawie tej dyrektywy uprawnieni do płatnego urlopu w identycznym"
    " wymiarze bez względu na przyczynę nieobecności ze względów zdrowotnych, czy też dyrektywę"
    " tę należy interpretować w ten sposób, że nie stoi ona na przeszkodzie temu, by wymiar"
    " płatnego urlopu był różny w zależności od przyczyny nieobecności pracownika"
)
_PARAGRAPH_19 = (
    "Szczegółowe zasady wykonywania i zastosowania niezbędne do wdrożenia przepisów dyrektywy"
    " 93/104, skodyfikowanej dyrektywą 2003/88, mogą zawierać pewne rozbieżności dotyczące"
    " warunków wykonywania prawa do corocznego płatnego urlopu, jednak dyrektywa ta nie"
    " zezwala państwom członkowskim na wyłączenie możliwości samego powstania prawa"
)


def _anaphors(text: str) -> list[tuple[str, str | None]]:
    return [(r.text, r.celex) for r in eurefs.extract(text) if r.kind == "short_form"]


def test_the_demonstrative_after_the_directive() -> None:
    assert _anaphors(_QUESTION) == [
        ("tej dyrektywy", "32003L0088"),
        ("dyrektywę tę", "32003L0088"),
    ]


def test_after_two_directives_it_stays_undecided() -> None:
    # (Directive 93/104, codified by Directive 2003/88: which one 'dyrektywa ta' is, the
    # sentence does not say)
    assert _anaphors(_PARAGRAPH_19) == []
