"""An act's number with hyphens for its slashes, read where the domain ends it
(``eurefs/grammar/legal_act_numbers.py``, ``_DASHED``): ``directive 93-13-CEE``."""

from __future__ import annotations

import pytest

from tests.support.extracted import extracted

# The Court's judgment in C-482/13 (Unicaja Banco) as app.livv.eu's LawLex text prints it
# (pages corpus): every slash of the Court's text is a hyphen there.
_LAWLEX = (
    "1 Les demandes de décisions préjudicielles portent sur l'interprétation de l'article 6 de "
    "la directive 93-13-CEE du Conseil, du 5 avril 1993, concernant les clauses abusives dans "
    "les contrats conclus avec les consommateurs (JO L 95, p. 29).\nLe cadre juridique\nLa "
    "directive 93-13\n3 L'article 1er, paragraphe 2, de la directive 93-13 prévoit:"
)


def _acts(text: str) -> list[tuple[str, str | None, str, str | None]]:
    return extracted(text, "text", "celex", "normalized", "pinpoint", kinds="legal_act")


def test_a_number_with_hyphens_and_its_domain() -> None:
    # was nothing; the short ``directive 93-13`` after it stays nothing (no domain)
    assert _acts(_LAWLEX) == [
        ("directive 93-13-CEE", "31993L0013", "directive 93/13/CEE", "article 6")
    ]


def test_a_list_of_them() -> None:
    # the list as such a text writes it (the form of _LAWLEX, two directives of the Court's
    # consumer case law)
    text = "les directives 85-577-CEE et 93-13-CEE"
    assert [(t, c) for t, c, _, _ in _acts(text)] == [
        ("directives 85-577-CEE", "31985L0577"),
        ("93-13-CEE", "31993L0013"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # French national numbers, with hyphens and no domain: the Cour de cassation's
        # (lynxlex.com; pages corpus), a law (CNIL deliberation 2024-011; pages corpus)
        "Civ. 1e, 28 mars 2006, n° 03-17045 [Conv. Bruxelles, art. 47]",
        "Vu la loi n° 78-17 du 6 janvier 1978 modifiée relative à l'informatique",
        # no domain after the hyphens: not told from a national number
        "La directive 93-13\n3 L'article 1er, paragraphe 2, de la directive 93-13 prévoit:",
        "le règlement (CE) n° 44-2001 du Conseil",
        # a slash and a hyphen mixed
        "la directive 93-13/CEE du Conseil",
    ],
)
def test_no_act_without_the_domain_after_hyphens(text: str) -> None:
    assert _acts(text) == []
