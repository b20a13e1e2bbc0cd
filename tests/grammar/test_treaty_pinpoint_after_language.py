"""A pinpoint word after the treaty tells the article's language (``(Art. 101 TFUE, ap. 1)``,
the Court's Spanish summaries): the article word and the treaty are written alike in several
languages, and the words around a keyword bracket standing alone tell none."""

from __future__ import annotations

import pytest

from tests.support.extracted import extracted


def _langs(text: str) -> list[tuple[str, str, str]]:
    return extracted(text, "kind", "text", "lang", short_forms=False)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the keyword brackets of the General Court's Spanish summary in T-472/13 Lundbeck
        # (curia.europa.eu, ES, ECLI:EU:T:2016:449; pages corpus), each on a line of its
        # own: was Polish (``art.`` is Polish's normal form; no word around told)
        # (the pinpoint is the article's, in its span: test_treaty_pinpoint_after_treaty)
        ("(Art. 101 TFUE, ap. 1)", [("treaty_article", "Art. 101 TFUE, ap. 1", "es")]),
    ],
)  # fmt: skip
def test_the_pinpoint_after_the_treaty_tells_the_language(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _langs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the same summary's next bracket: its own words (``y``, ``del Consejo``) tell Spanish
        # (the second article with the treaty again after the first one's pinpoint:
        # test_treaty_articles_repeated_after_pinpoint)
        ("[Arts. 101 TFUE, ap. 1, y 263 TFUE; Reglamento (CE) n.º 1/2003 del Consejo, art. 2]",
         [("treaty_article", "Arts. 101 TFUE, ap. 1, y 263 TFUE", "es"),
          ("legal_act", "Reglamento (CE) n.º 1/2003", "es")]),
        # the same summary in its Spanish lines: Spanish already
        ("Restricción de la competencia potencial\n\n(Art. 101 TFUE, ap. 1)\n\n2.      Competencia",
         [("treaty_article", "Art. 101 TFUE, ap. 1", "es")]),
        # no pinpoint word after the treaty: the tie as before (Polish, the normal form ``art.``)
        ("(Art. 101 TFUE)", [("treaty_article", "Art. 101 TFUE", "pl")]),
        # a word after the comma that is no pinpoint word before a number: nothing read; the
        # text's language, Spanish by that word, breaks the tie the words near leave
        ("(Art. 101 TFUE, apartado)", [("treaty_article", "Art. 101 TFUE", "es")]),
        # a Polish pinpoint before the treaty stays Polish
        ("art. 101 ust. 1 TFUE", [("treaty_article", "art. 101 ust. 1 TFUE", "pl")]),
    ],
)  # fmt: skip
def test_a_tag_that_stays(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _langs(text) == expected


@pytest.mark.parametrize("text", ["ap. 1", "(ap. 1)", "TFUE, ap. 1"])
def test_no_reference(text: str) -> None:
    assert _langs(text) == []
