"""``in fine`` after an article's number (``Article 45(1), in fine, of Directive 2004/18``):
the end of that provision, part of the pinpoint (English record's ``pinpoints.patterns``)."""

from __future__ import annotations

import pytest

import eurefs


@pytest.mark.parametrize(
    ("text", "act", "pinpoint"),
    [
        # the Court's judgment of 20 December 2017, Mantovani, C-178/16, paragraph 35
        # (ECLI:EU:C:2017:1000, tests/data/documents/html); the pinpoint was lost
        ("In that regard, Article 45(1), in fine, of Directive 2004/18 acknowledges, in the "
         "context of the mandatory grounds for exclusion", "Directive 2004/18",
         "Article 45(1), in fine"),
        # without the commas
        ("Article 45(1) in fine of Directive 2004/18", "Directive 2004/18",
         "Article 45(1) in fine"),
        # other words after the number end the pinpoint as before
        ("Article 5, infinite loops of Directive 2004/18", "Directive 2004/18", None),
        ("Article 45(1), in finem, of Directive 2004/18", "Directive 2004/18", None),
    ],
)  # fmt: skip
def test_in_fine_is_part_of_the_pinpoint(text: str, act: str, pinpoint: str | None) -> None:
    (ref,) = eurefs.extract(text, kinds="legal_act")
    assert (ref.text, ref.pinpoint) == (act, pinpoint)


def test_prose_with_in_fine_is_no_reference() -> None:
    text = "la Fondation a décidé de soutenir les acteurs et, in fine, offrir des horizons"
    assert eurefs.extract(text) == []
