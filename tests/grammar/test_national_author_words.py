"""National authors after an act's number in the languages that write them in the
genitive or after a link (Czech, Slovak, Greek, Bulgarian, Croatian, Romanian), also in
small letters, and the Slovak national qualifier before the type word
(``eurefs/grammar/national_acts.py``; the records' ``national_author_links``,
``eu_author_words``, ``national_author_words`` and ``national_qualifiers``)."""

from __future__ import annotations

import pytest

from tests.support.extracted import extracted


def _acts(text: str) -> list[tuple[str, str | None]]:
    return extracted(text, "text", "celex", kind="legal_act")


@pytest.mark.parametrize(
    "text",
    [
        # Czech and Slovak authors in small letters: the capital, a region, the government
        # (the authors as the regions', towns' and capital's journals name them; the form
        # after the number UNCONFIRMED in a text read; were 32010R0001, 32011R0005,
        # 32010R0003, 32012R0003)
        "podle nařízení č. 1/2010 hlavního města Prahy se stanoví",
        "nařízení č. 5/2011 kraje Vysočina stanoví",
        "nařízení č. 3/2010 vlády",
        "Nařízení č. 1/2010 města Svitavy",
        "podľa nariadenia č. 3/2012 hlavného mesta Slovenskej republiky Bratislavy",
        "nariadenie č. 3/2012 vlády Slovenskej republiky",
        # an institution's word whose name goes on in small letters (was 32010R0001)
        "nařízení č. 1/2010 Rady hlavního města Prahy",
        "nařízení č. 1/2003 Rady kraje Vysočina",
        # capitalised national authors (were 32010R0001)
        "nařízení č. 1/2010 Libereckého kraje",
        "κανονισμός αριθ. 1/2010 του Δήμου Αθηναίων",
        "Регламент № 1/2010 на Българската народна банка",
        "Uredba br. 1/2010 Vlade Republike Hrvatske",
        # decisions: no CELEX before, but read as EU acts
        "Απόφαση αριθ. 123/2010 του Υπουργού Οικονομικών",
        "Decizia nr. 123/2010 a Guvernului",
        "Decizia nr. 1/2010 a Consiliului Concurenței",
        "Решение № 123/2010 на Министерския съвет",
        "Odluka br. 123/2010 Vlade Republike Hrvatske",
        "rozhodnutie č. 123/2010 vlády Slovenskej republiky",
    ],
)
def test_a_national_author_after_the_number_makes_no_eu_act(text: str) -> None:
    assert _acts(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nařízení č. 1/2010 hlavního města Prahy provádí nařízení (EU) č. 305/2011.",
            [("nařízení (EU) č. 305/2011", "32011R0305")],
        ),
        (
            "Podle nařízení č. 1/2003 Rady a nařízení č. 5/2011 kraje Vysočina se stanoví.",
            [("nařízení č. 1/2003", "32003R0001")],
        ),
        (
            "Nariadenie č. 1/2003 Rady a nariadenie č. 3/2012 hlavného mesta Bratislavy.",
            [("Nariadenie č. 1/2003", "32003R0001")],
        ),
        (
            "Απόφαση αριθ. 123/2010 του Υπουργού Οικονομικών για την εφαρμογή του "
            "κανονισμού αριθ. 1/2003 του Συμβουλίου",
            [("κανονισμού αριθ. 1/2003", "32003R0001")],
        ),
        (
            "Decizia nr. 123/2010 a Guvernului privind aplicarea Regulamentului nr. 1/2003 "
            "al Consiliului",
            [("Regulamentului nr. 1/2003", "32003R0001")],
        ),
        (
            "Решение № 123/2010 на Министерския съвет за прилагане на Регламент № 1/2003 на Съвета",
            [("Регламент № 1/2003", "32003R0001")],
        ),
        # the national author's name ends before the next citation's number: the EU
        # author of the next one is not its (the first was 32010R0001 before)
        (
            "Регламент № 1/2010 на Българската народна банка и Регламент № 1/2003 на Съвета",
            [("Регламент № 1/2003", "32003R0001")],
        ),
        (
            "Uredba br. 1/2010 Vlade Republike Hrvatske i Uredba br. 1/2003 Vijeća",
            [("Uredba br. 1/2003", "32003R0001")],
        ),
    ],
)
def test_the_eu_act_beside_a_national_one_keeps_its_celex(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _acts(text) == expected


@pytest.mark.parametrize(
    ("text", "celex"),
    [
        ("nařízení č. 1/2003 Rady", "32003R0001"),
        ("nařízení č. 1/2003 Rady ze dne 16. prosince 2002", "32003R0001"),
        ("nařízení č. 1/2003 Rady (ES)", "32003R0001"),
        ("nařízení č. 1/2003 Evropského parlamentu a Rady", "32003R0001"),
        ("nařízení č. 1/2003 Komise Evropských společenství", "32003R0001"),
        ("nařízení č. 1/2003 Úř. věst. L 1, 4.1.2003, s. 1", "32003R0001"),
        ("podle nařízení č. 1/2003 se stanoví", "32003R0001"),
        # an EU author between the type word and the number: whoever is named after it
        ("nařízení Rady č. 1/2003 Brusel I", "32003R0001"),
        ("nariadenie č. 1/2003 Rady z 16. decembra 2002", "32003R0001"),
        ("nariadenie č. 1/2003 Európskeho parlamentu a Rady", "32003R0001"),
        ("nariadenie č. 1/2003 Ú. v. ES L 1", "32003R0001"),
        ("κανονισμός αριθ. 1/2003 του Συμβουλίου της 16ης Δεκεμβρίου 2002", "32003R0001"),
        ("κανονισμός αριθ. 1/2003 της Επιτροπής των Ευρωπαϊκών Κοινοτήτων", "32003R0001"),
        ("κανονισμός αριθ. 17/62 του Συμβουλίου της ΕΟΚ", "31962R0017"),
        ("Регламент № 1/2003 на Съвета от 16 декември 2002 година", "32003R0001"),
        ("Регламент № 1/2003 на Съвета на Европейския съюз", "32003R0001"),
        ("Uredba br. 1/2003 Vijeća od 16. prosinca 2002.", "32003R0001"),
        ("Uredba br. 1/2003 Europskog parlamenta i Vijeća", "32003R0001"),
        ("Uredba br. 1/2003 SL L 1", "32003R0001"),
    ],
)
def test_an_eu_author_or_journal_after_the_number_keeps_the_celex(text: str, celex: str) -> None:
    assert [c for _, c in _acts(text)] == [celex]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # EU decisions numbered without domain stay references (without CELEX)
        ("Decizia nr. 1/2010 a Comisiei", "Decizia nr. 1/2010"),
        ("Odluka br. 1/2010 Komisije", "Odluka br. 1/2010"),
        ("Решение № 1/2010 на Комисията", "Решение № 1/2010"),
        ("απόφαση αριθ. 1/2010 της Επιτροπής", "απόφαση αριθ. 1/2010"),
        # an agreement body's decision, read before the author
        (
            "Odluka br. 1/2010 Zajedničkog odbora EGP-a",
            "Odluka br. 1/2010 Zajedničkog odbora EGP-a",
        ),
    ],
)
def test_an_eu_decision_without_celex_stays(text: str, span: str) -> None:
    assert _acts(text) == [(span, None)]


def test_a_national_number_cited_again_bare_makes_no_eu_act() -> None:
    text = (
        "Podle nařízení č. 1/2010 hlavního města Prahy se stanoví. Nařízení č. 1/2010 dále stanoví."
    )
    assert _acts(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # Slovak municipalities' generally binding regulations (obecvlkas.sk, Pezinok on
        # docplayer.cz, 123peniaze.sk; pages corpus; the capitals as headings there write
        # them, the number here N/2012): were 32012R0001, 32012R0012, 32012R0010, 32011R0017
        "Všeobecne záväzné nariadenie č. 1/2012 o miestnych daniach",
        "podľa všeobecne záväzného nariadenia č. 12/2012 o miestnych daniach",
        "VŠEOBECNE ZÁVÄZNÉ NARIADENIE Č. 10/2012",
        "Všeobecné záväzné nariadenie č. 17/2011",
        # the same number cited again without the qualifier
        "Všeobecne záväzné nariadenie č. 1/2012 o miestnych daniach. Nariadenie č. 1/2012 sa mení.",
    ],
)
def test_a_slovak_generally_binding_regulation_is_no_eu_act(text: str) -> None:
    assert _acts(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Všeobecne záväzné nariadenie č. 1/2012 vykonáva nariadenie (EÚ) č. 1303/2013",
            [("nariadenie (EÚ) č. 1303/2013", "32013R1303")],
        ),
        (
            "nariadenie č. 1/2003 o vykonávaní pravidiel hospodárskej súťaže",
            [("nariadenie č. 1/2003", "32003R0001")],
        ),
        (
            "Všeobecne záväzné nariadenie č. 1/2012 o miestnych daniach. Nariadenie č. 1/2013.",
            [("Nariadenie č. 1/2013", "32013R0001")],
        ),
    ],
)
def test_a_slovak_eu_act_without_the_qualifier_keeps_the_celex(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _acts(text) == expected
