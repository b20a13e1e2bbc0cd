"""The French anaphor ``la même directive``, ``du même règlement`` ("the same directive"),
as French opinions, judgments and notes write it after an act cited in full: the
determiner ``même`` of ``eurefs.languages.fr`` (the article before it stays outside the
span, and is the link of a pinpoint before it)."""

from __future__ import annotations

import pytest

from tests.support.extracted import extracted


def _anaphors(text: str) -> list[tuple[str, str | None, str | None]]:
    return extracted(text, "text", "celex", "pinpoint", kind="short_form", how="anaphor")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Opinion of AG Poiares Maduro in C-465/04 Honyvem (EUR-Lex 62004CC0465, French),
        # shortened where marked [...]; was nothing
        ("elle lui demande de clarifier différents aspects du régime institué par la "
         "directive 86/653/CEE du Conseil, du 18 décembre 1986, relative à la coordination "
         "des droits des États membres concernant les agents commerciaux indépendants [...]. "
         "Plus précisément, [...] l'interdiction, prévue à l'article 19 de la même "
         "directive, des dérogations aux dispositions de l'article 17.",
         [("même directive", "31986L0653", "article 19")]),
        # the masculine after 'du', as French pages write it ('et article 119 du même
        # règlement', a page quoting a regulation's Article 119; public repository)
        ("Vu le règlement (UE) 2016/679. Aux termes de l'article 6 du même règlement, le "
         "traitement est licite.", [("même règlement", "32016R0679", "article 6")]),
        # a capital type word, as a French energy note writes it ('L'Article 21 de la même
        # Directive', a public repository's page on Directive (EU) 2024/1275)
        ("La directive (UE) 2024/1275 s'applique. L'Article 21 de la même Directive "
         "introduit des seuils.", [("même Directive", "32024L1275", "Article 21")]),
    ],
)  # fmt: skip
def test_meme_refers_back(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert _anaphors(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # no directive cited before: a software manual's directive
        "Vous pouvez seulement @extend des sélecteurs depuis l'intérieur de la même directive.",
        # two regulations cited before: which one is not said
        "Vu le règlement (UE) 2016/679 et le règlement (UE) 2018/1725. L'article 6 du même "
        "règlement s'applique.",
        # ``même`` before a full citation is no anaphor (the citation is the reference)
        "au sens de l'article 23 du règlement (CE) n° 1107/2009 ou de l'article 47 du même "
        "règlement (CE) n° 1107/2009",
    ],
)
def test_meme_without_a_single_act_before_is_nothing(text: str) -> None:
    assert _anaphors(text) == []
