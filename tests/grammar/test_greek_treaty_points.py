"""A treaty article's point written as a Greek letter numeral with its keraia, as the Court's
Greek writes it in its keyword lines (``Άρθρο 107, παράγραφος 3, στοιχείο βʹ, ΣΛΕΕ``): the
point of ``grammar/treaty_article_patterns._PIN`` (the article was nothing, only a point in
Latin letters or with its bracket, ``στοιχείο γ)``, was read)."""

from __future__ import annotations

import pytest

import eurefs


def _treaty_articles(text: str) -> list[tuple[str, str, str, list[str]]]:
    return [
        (r.text, r.normalized, r.treaty, r.articles)  # type: ignore[union-attr]
        for r in eurefs.extract(text, short_forms=False)
        if r.kind == "treaty_article"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the Opinion of AG Sharpston in C-431/14 P Greece v Commission (ECLI:EU:C:2015:699,
        # curia.europa.eu, EL), the keraia the modifier prime NFC makes of the numeral sign
        ("συμβατές με την εσωτερική αγορά — Άρθρο 107, παράγραφος 3, στοιχείο βʹ, ΣΛΕΕ — "
         "Προσωρινό κοινοτικό πλαίσιο",
         [("Άρθρο 107, παράγραφος 3, στοιχείο βʹ, ΣΛΕΕ",
           "άρθρο 107, παράγραφος 3, στοιχείο βʹ ΣΛΕΕ", "TFEU", ["107"])]),
        # the summary of T-356/15 Austria v Commission (EUR-Lex 62015TJ0356_SUM, Greek)
        ("Εκτίμηση υπό το πρίσμα του άρθρου 107, παράγραφος 3, στοιχείο γʹ, ΣΛΕΕ – Κριτήρια",
         [("άρθρου 107, παράγραφος 3, στοιχείο γʹ, ΣΛΕΕ",
           "άρθρο 107, παράγραφος 3, στοιχείο γʹ ΣΛΕΕ", "TFEU", ["107"])]),
        # the judgment in C-303/05 Advocaten voor de Wereld (EUR-Lex 62005CJ0303, Greek), the
        # tonos as keraia, the EU Treaty before Lisbon
        ("Αστυνομική και δικαστική συνεργασία σε ποινικές υποθέσεις — Άρθρα 6, παράγραφος 2, και "
         "34, παράγραφος 2, στοιχείο β΄, ΕΕ — Απόφαση-πλαίσιο 2002/584/ΔΕΥ",
         [("Άρθρα 6, παράγραφος 2, και 34, παράγραφος 2, στοιχείο β΄, ΕΕ",
           "άρθρα 6, παράγραφος 2, και 34, παράγραφος 2, στοιχείο β΄ ΕΕ", "EU", ["6", "34"])]),
        # two letters, and a list of them
        ("του άρθρου 87, παράγραφος 3, στοιχεία α΄ και γ΄, ΕΚ.",
         [("άρθρου 87, παράγραφος 3, στοιχεία α΄ και γ΄, ΕΚ",
           "άρθρο 87, παράγραφος 3, στοιχεία α΄ και γ΄ ΕΚ", "EC", ["87"])]),
    ],
)  # fmt: skip
def test_a_point_with_its_keraia(
    text: str, expected: list[tuple[str, str, str, list[str]]]
) -> None:
    assert _treaty_articles(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # no treaty after it, an elided preposition (``σ’``) after a number
        "το άρθρο 107 παράγραφος 3 και σ’ αυτό το πλαίσιο.",
        "το άρθρο 107, στοιχείο γʹ, της Συνθήκης.",
    ],
)
def test_no_treaty_no_reference(text: str) -> None:
    assert _treaty_articles(text) == []


def test_an_acts_point_stays_the_acts() -> None:
    (ref,) = eurefs.extract("το άρθρο 6, στοιχείο στʹ, του κανονισμού (ΕΕ) 2016/679")
    assert (ref.kind, ref.pinpoint) == ("legal_act", "άρθρο 6, στοιχείο στʹ")  # type: ignore[union-attr]
