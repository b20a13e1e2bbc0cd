"""Acronyms a text gives a popular name (``eurefs/short_forms/name_acronyms.py``).

The forms are those of public texts on the acts (pages corpus): 'The Digital Services Act
("DSA")' (mondaq.com), 'Regulation on a Single Market For Digital Services (Digital Services
Act, DSA)' (ai-resources.eu), '(Digital Services Act/DSA)' (crc.bg), 'Under Article 40 of
the Digital Services Act (DSA)' (crc.bg), 'Capital Requirements Regulation (CRR)' (eba.europa.eu).
"""

from __future__ import annotations

import pytest

import eurefs
from eurefs.models.references import ShortFormRef
from eurefs.short_forms.alias_groups import initials_of


def shorts(text: str) -> list[tuple[str, str, str | None]]:
    return [(r.text, r.how, r.celex) for r in eurefs.extract(text) if isinstance(r, ShortFormRef)]


DSA = "32022R2065"


@pytest.mark.parametrize(
    "text",
    [
        "the Digital Services Act (DSA) applies. The DSA also sets rules.",
        "the Digital Services Act ('DSA') applies. The DSA also sets rules.",
        'the Digital Services Act (the "DSA") applies. The DSA also sets rules.',
        "the Digital Services Act (hereinafter 'DSA') applies. The DSA also sets rules.",
    ],
)
def test_an_acronym_in_brackets_after_a_name_is_defined(text: str) -> None:
    assert shorts(text) == [
        ("Digital Services Act", "popular_name", DSA),
        ("DSA", "defined_term", DSA),
    ]


def test_the_acronym_of_the_name_in_another_language() -> None:
    text = "Le règlement sur les services numériques (DSA) s'applique. Le DSA impose des règles."
    assert shorts(text) == [
        ("règlement sur les services numériques", "popular_name", DSA),
        ("DSA", "defined_term", DSA),
    ]


@pytest.mark.parametrize(
    "bracket",
    [
        "(the Digital Services Act or DSA)",
        "(Digital Services Act, DSA)",
        "(Digital Services Act/DSA)",
        "(hereinafter the Digital Services Act or DSA)",
    ],
)
def test_an_acronym_joined_to_a_name_that_opens_the_bracket(bracket: str) -> None:
    text = f"Regulation (EU) 2022/2065 {bracket}. The DSA requires it."
    refs = eurefs.extract(text)
    use = refs[-1]
    assert isinstance(use, ShortFormRef)
    assert (use.text, use.how, use.celex, use.name) == ("DSA", "defined_term", DSA, "DSA")
    assert (use.antecedent_start, use.antecedent_end) == (0, len("Regulation (EU) 2022/2065"))
    assert refs[use.antecedent].celex == DSA  # type: ignore[index]


@pytest.mark.parametrize(
    "text",
    [
        # not the name's acronym: a country, an abbreviation, another act, a plural
        "the Data Act (EU) applies. The EU also acts.",
        "the Digital Services Act (DMA) applies. The DMA also.",
        "the Digital Services Act (DSCs) applies. The DSCs also.",
        "the Digital Services Act (Article 5) applies.",
        # two letters: too short to tell
        "the Data Act (DA) applies. The DA also.",
        # the name does not open the bracket
        "(see the Digital Services Act, DSA) applies. The DSA also.",
        "the Digital Services Act, DSA) applies. The DSA also.",
        # unbalanced quotation marks
        'the Digital Services Act ("DSA) applies. The DSA also.',
    ],
)
def test_no_acronym_is_defined(text: str) -> None:
    assert all(how != "defined_term" for _, how, _ in shorts(text))


def test_an_acronym_that_is_a_popular_name_stays_one() -> None:
    text = "The General Data Protection Regulation (GDPR) applies. The GDPR also."
    assert shorts(text) == [
        ("General Data Protection Regulation", "popular_name", "32016R0679"),
        ("GDPR", "popular_name", "32016R0679"),
    ]


def test_a_stream_gives_what_the_whole_text_gives() -> None:
    text = (
        "Regulation (EU) 2022/2065 (the Digital Services Act or DSA) applies. The DSA "
        "requires it.\n\nThe Digital Services Act (DSA) is in force. Under the DSA, "
        "platforms act.\n\n"
    ) * 20
    whole = eurefs.extract(text)
    assert sum(r.kind == "short_form" and r.how == "defined_term" for r in whole) == 40
    for size in (37, 120, 1000):
        assert list(eurefs.iter_extract(text, chunk_size=size)) == whole
    french = (
        "Le règlement (UE) 2022/2065 s'applique. Le règlement sur les services numériques "
        "(DSA) impose des règles ; le DSA s'applique.\n\n"
    ) * 20
    whole = eurefs.extract(french)
    assert sum(r.kind == "short_form" and r.how == "defined_term" for r in whole) == 20
    assert list(eurefs.iter_extract(french, chunk_size=90)) == whole


@pytest.mark.parametrize(
    ("acronym", "name", "expected"),
    [
        ("DSA", "Digital Services Act", True),
        ("GDPR", "General Data Protection Regulation", True),
        ("MiCAR", "Markets in Crypto-Assets Regulation", True),
        ("MCAR", "Markets in Crypto-Assets Regulation", True),
        ("AIA", "AI Act", True),
        ("RGPD", "règlement général sur la protection des données", True),
        ("DSCS", "Digital Services Act", False),  # the act's capitalised word gives nothing
        ("DS", "Digital Services Act", False),  # the last word gives nothing
        ("EU", "Digital Services Act", False),
        ("SA", "Digital Services Act", False),  # the first word gives nothing
        ("D-S", "Digital Services Act", False),
    ],
)
def test_initials_of(acronym: str, name: str, expected: bool) -> None:
    assert initials_of(acronym, name) is expected


@pytest.mark.parametrize(
    ("text", "name", "acronym", "celex"),
    [
        (
            "Das Gesetz über digitale Dienste (DSA) gilt. Nach dem DSA gilt das.",
            "Gesetz über digitale Dienste",
            "DSA",
            DSA,
        ),
        (
            "Die Vorgaben des Gesetzes über digitale Märkte (DMA) gelten. Der DMA regelt das.",
            "Gesetzes über digitale Märkte",
            "DMA",
            "32022R1925",
        ),
    ],
)
def test_the_german_name_with_its_acronym(text: str, name: str, acronym: str, celex: str) -> None:
    # the German short titles (Verordnung (EU) 2022/2065 ... (Gesetz über digitale Dienste))
    # with the acronyms of the English names
    assert shorts(text) == [(name, "popular_name", celex), (acronym, "defined_term", celex)]
