"""French legal writing's short name of the TFEU, ``traité FUE`` (as ``traité CE``, ``traité
UE``): the articles before it were nothing."""

from __future__ import annotations

import pytest

import eurefs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Mémentos - Droit de l'Union européenne, 8th ed., Gualino, p. 44 (nxtbook.com; pages
        # corpus)
        ("67. La nomenclature visée à l'article 288, du traité FUE est loin d'être exclusive.",
         [("article 288, du traité FUE", "article 288 TFUE")]),
        ("de tels actes n'ont rien de commun avec le règlement tel que prévu par l'article 288,"
         " alinéa 2, du traité FUE. En effet, ces « règlements »",
         [("article 288, alinéa 2, du traité FUE", "article 288, alinéa 2 TFUE")]),
        ("les articles 232, 235, 240, 249, 287, 303, 306, du traité FUE invitent respectivement"
         " le Parlement européen",
         [("articles 232, 235, 240, 249, 287, 303, 306, du traité FUE",
           "articles 232, 235, 240, 249, 287, 303, 306 TFUE")]),
    ],
)  # fmt: skip
def test_the_short_name(text: str, expected: list[tuple[str, str]]) -> None:
    refs = eurefs.extract(text, kinds="treaty_article")
    assert [(r.text, r.normalized) for r in refs] == expected
    assert [r.treaty for r in refs] == ["TFEU"] * len(expected)  # type: ignore[union-attr]
