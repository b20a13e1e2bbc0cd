"""German ``f.`` and ``ff.`` after an article's number, "and the one (those) following", in a
pinpoint right before a short form (``Art. 13 f. DSGVO``,
``Art. 44 ff. DS-GVO``), as they are before an act after ``der``
(``Art. 13 ff. der Verordnung``) and after a treaty article (``Art. 56 ff. AEUV``): in the
pinpoint as written, the article the first number (``grammar/pinpoint_edges.ends_as_pinpoint``
lets the pinpoint patterns look)."""

from __future__ import annotations

import pytest

import eurefs


def _pinpoints(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(r.text, r.celex, r.pinpoint) for r in eurefs.extract(text) if r.kind != "oj"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # privacy notices and notes in public repositories (ids 70103418289, 60381638341,
        # 42678301251, 44101235862), found with find_string; each pinpoint was None
        ("Bei einer Verletzung des Schutzes personenbezogener Daten informieren wir Sie und die "
         "Aufsichtsbehörde gem. Art. 33 f. DSGVO.", [("DSGVO", "32016R0679", "Art. 33 f.")]),
        ("§§ 15 f. KDG (Art. 13 f. DSGVO) verlangen die Information zum Zeitpunkt der Erhebung",
         [("DSGVO", "32016R0679", "Art. 13 f.")]),
        ("so müssen diese die besonderen Voraussetzungen der Art. 44 ff. DS-GVO erfüllen.",
         [("DS-GVO", "32016R0679", "Art. 44 ff.")]),
        ("wenn die besonderen Voraussetzungen der Artt. 44 ff. DS-GVO erfüllt sind.",
         [("DS-GVO", "32016R0679", "Artt. 44 ff.")]),
        # (as before: a point's letter alone, and ``der`` between)
        ("auf Grundlage des Art 6 Abs 1 lit f DSGVO rechtmäßig",
         [("DSGVO", "32016R0679", "Art 6 Abs 1 lit f")]),
        ("Art. 13 ff. der DSGVO", [("DSGVO", "32016R0679", "Art. 13 ff.")]),
    ],
)  # fmt: skip
def test_following_articles_in_the_pinpoint(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert _pinpoints(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # pages and paragraphs are no articles (``Asylmagazin 9/2018, S. 310 ff.``, asyl.net)
        "Asylmagazin 9/2018, S. 310 ff. DSGVO",
        "für Einzelheiten siehe Rn. 63 ff. DSGVO und BDSG",
        # ``f.`` glued to the number is no ``f.`` apart (an inserted article's letter)
        "gemäß Art. 13f. DSGVO",
        # a word's ``f.`` is none (``Anm. d. Verf.``)
        "Art. 13 Verf. DSGVO",
    ],
)
def test_no_pinpoint_from_following_pages_or_words(text: str) -> None:
    assert [r.pinpoint for r in eurefs.extract(text) if r.kind == "short_form"] == [None]
