"""A pinpoint before an act named with its ordinal (``grammar/title_ordinals``)."""

from __future__ import annotations

import pytest

import eurefs


@pytest.mark.parametrize(
    ("text", "span", "pinpoint"),
    [
        # Swedish: the author, then the ordinal (reported from a Swedish text kept aside;
        # the pinpoint was None)
        ("enligt artikel 17.2 i rådets sjätte direktiv 77/388/EEG om harmonisering",
         "direktiv 77/388/EEG", "artikel 17.2"),
        ("artikel 17.2 i sjätte direktivet 77/388/EEG", "direktivet 77/388/EEG",
         "artikel 17.2"),
        # English, with and without the article (Opinion of AG Geelhoed in C-155/01 and of
        # AG Kokott in C-310/11, taxlawapp.eu and bailii.org)
        ("Interpretation of Article 17 of Sixth Council Directive 77/388/EC of 17 May 1977",
         "Council Directive 77/388/EC", "Article 17"),
        ("(Taxation – Value added tax – Article 8(a) of Second Directive 67/228/EEC – Basis",
         "Directive 67/228/EEC", "Article 8(a)"),
        ("Article 17(2) of the Sixth Council Directive 77/388/EEC", "Council Directive 77/388/EEC",
         "Article 17(2)"),
        # French and Dutch, the ordinal after the link's article
        ("l'article 13, B, sous b), de la sixième directive 77/388/CEE du Conseil",
         "directive 77/388/CEE", "article 13, B, sous b)"),
        ("artikel 17, lid 2, van de Zesde richtlijn 77/388/EEG", "richtlijn 77/388/EEG",
         "artikel 17, lid 2"),
    ],
)  # fmt: skip
def test_the_pinpoint_before_the_ordinal(text: str, span: str, pinpoint: str) -> None:
    (act,) = [r for r in eurefs.extract(text) if r.kind == "legal_act"]
    assert (act.text, act.pinpoint) == (span, pinpoint)


@pytest.mark.parametrize(
    "text",
    [
        # no link right before the ordinal: the pinpoint is another act's
        "Article 3 of the Directive and the Sixth Council Directive 77/388/EEC",
        "Article 3 of Regulation (EU) 2016/679, the second Council Directive 89/646/EEC",
    ],
)
def test_no_pinpoint_without_a_link_before_the_ordinal(text: str) -> None:
    acts = [r for r in eurefs.extract(text) if r.kind == "legal_act"]
    assert acts[-1].pinpoint is None
