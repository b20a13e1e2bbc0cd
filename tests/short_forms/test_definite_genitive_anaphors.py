"""Danish and Swedish anaphors with no determiner: the definite genitive of a type word
before an article's pinpoint (``direktivets artikel 5``, "that directive's Article 5";
``short_forms/definite_genitives``)."""

from __future__ import annotations

import pytest

import eurefs

# the Court's order in Infopaq II (C-302/10, Danish, as CURIA publishes it): no alias is
# defined for the directive
INFOPAQ = (
    "4 Artikel 1, stk. 1, i direktiv 2001/29 bestemmer:\n"
    "»Dette direktiv vedrører retlig beskyttelse af ophavsret og dermed beslægtede "
    "rettigheder inden for rammerne af det indre marked.«\n"
    "5 Direktivets artikel 2, litra a), har følgende ordlyd:\n"
    "»Medlemsstaterne indfører en eneret til at tillade eller forbyde reproduktion.«\n"
    "6 I direktivets artikel 5 er fastsat følgende:\n"
)


def _anaphors(text: str) -> list[tuple[str, str | None, str | None]]:
    return [
        (r.text, r.celex, r.pinpoint)
        for r in eurefs.extract(text, kinds="short_form")
        if r.how == "anaphor"
    ]


def test_the_courts_danish_order() -> None:
    assert _anaphors(INFOPAQ) == [
        ("Dette direktiv", "32001L0029", None),  # (in the quoted act: as before)
        ("Direktivets", "32001L0029", "artikel 2, litra a)"),
        ("direktivets", "32001L0029", "artikel 5"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Forordning (EU) nr. 604/2013 finder anvendelse. Tyskland er forpligtet til at "
            "modtage klageren, jf. forordningens artikel 18, stk. 1, litra b.",
            ("forordningens", "32013R0604", "artikel 18, stk. 1, litra b"),
        ),
        (
            "Direktiv 2013/32/EU har genomförts i svensk rätt. Enligt direktivets artikel "
            "33.2 d får en ansökan avvisas.",
            ("direktivets", "32013L0032", "artikel 33.2 d"),
        ),
        (
            "Förordning (EU) 2024/1348 är direkt tillämplig. Förordningens artikel 38.2 gäller då.",
            ("Förordningens", "32024R1348", "artikel 38.2"),
        ),
    ],
)
def test_definite_genitive_points_back(text: str, expected: tuple[str, str, str]) -> None:
    assert _anaphors(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # another act of the type named by a compound between (the Refugee Appeals Board's
        # decision, as a public repository quotes it): the genitive may be that act's
        "Forordning (EF) nr. 1560/2003 finder anvendelse. Klageren overføres efter "
        "Dublinforordningen. Tyskland er forpligtet, jf. forordningens artikel 18.",
        "Förordning (EU) 2024/1351 ersätter Dublin III. Den nya ansvarsförordningen gäller. "
        "Övergången till förordningens artikel 38.2 kräver analys.",
        # two acts of the type in the sentence of the nearest
        "Förordning (EU) 2024/1348 och förordning (EU) 2024/1351 är tillämpliga. "
        "Förordningens artikel 38.2 gäller.",
        # an adjective and an article before it: an act told by the adjective
        "Förordning (EU) 2024/1351 gäller. Enligt den nya förordningens artikel 38.2 ska ...",
        # a compound: a popular name or another act, never the type word's anaphor
        "Direktiv 2001/29/EF finder anvendelse. Efter DSM-direktivets artikel 4 må man ...",
        # no article's pinpoint after it
        "Direktiv 2001/29/EF finder anvendelse. Direktivets formål er harmonisering.",
        # no act of the type before
        "Efter direktivets artikel 3 skal medlemsstaterne sikre ...",
        # too far from its antecedent
        "Direktiv 2001/29/EF finder anvendelse. "
        + "Sagen angår andet. " * 100
        + "Efter direktivets artikel 3 skal medlemsstaterne sikre ...",
        # in an act, as its own articles
        "EUROPA-PARLAMENTET OG RÅDET FOR DEN EUROPÆISKE UNION HAR VEDTAGET DENNE FORORDNING: "
        "Forordning (EU) nr. 1234/2007 ændres. Forordningens artikel 5 affattes således: ...",
    ],
)
def test_doubtful_definite_genitive_gives_nothing(text: str) -> None:
    assert [a for a in _anaphors(text) if a[0].lower().endswith("s")] == []


def test_a_defined_alias_stays_a_defined_term() -> None:
    text = (
        "Direktiv 2003/88/EF (herefter »direktivet«) finder anvendelse. Efter direktivets "
        "artikel 3 skal medlemsstaterne ..."
    )
    (ref,) = eurefs.extract(text, kinds="short_form")
    assert (ref.text, ref.how, ref.celex, ref.pinpoint) == (
        "direktivets",
        "defined_term",
        "32003L0088",
        "artikel 3",
    )
