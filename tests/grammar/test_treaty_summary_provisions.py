"""A treaty among the provisions the Court's summaries list in one bracket, apart by
semicolons, named first with a comma before its article (grammar/treaty_brackets.bracket_lead):
``(Art. 16, lid 2, VWEU; Handvest van de grondrechten van de Europese Unie, art. 8, lid 3;
richtlijn 95/46 ...)``."""

from __future__ import annotations

import pytest

import eurefs


def _articles(text: str) -> list[tuple[str, str, str, list[str], str]]:
    return [
        (r.text, r.normalized, r.treaty, r.articles, r.lang)
        for r in eurefs.extract(text, kinds="treaty_article", short_forms=False)
    ]


# The summary of the Court's judgment in Schrems, C-362/14, in Dutch (curia.europa.eu;
# pages corpus): the provisions a keyword rests on listed in one bracket apart by
# semicolons, the Charter named first, its article after a comma and before the next
# semicolon; it was nothing. The same list in English and German as the Court writes its
# summaries in every language (the English '(EEC Treaty, Arts 48 and 51; Council Regulation
# No 1408/71, Art. 73)' as comma_pinpoints reads the regulation's).
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("(Art. 16, lid 2, VWEU; Handvest van de grondrechten van de Europese Unie, art. 8, "
         "lid 3; richtlijn 95/46 van het Europees Parlement en de Raad, tweeënzestigste "
         "overweging en art. 28, lid 1)",
         [("Art. 16, lid 2, VWEU", "artikel 16, lid 2 VWEU", "TFEU", ["16"], "nl"),
          ("Handvest van de grondrechten van de Europese Unie, art. 8, lid 3",
           "artikel 8, lid 3 Handvest", "CFR", ["8"], "nl")]),
        ("(EEC Treaty, Arts 48 and 51; Council Regulation No 1408/71, Art. 73)",
         [("EEC Treaty, Arts 48 and 51", "Articles 48 and 51 EEC", "EEC", ["48", "51"],
           "en")]),
        ("(Art. 16(2) TFEU; Charter of Fundamental Rights of the European Union, Art. 8(3); "
         "European Parliament and Council Directive 95/46, Art. 28(1))",
         [("Art. 16(2) TFEU", "Article 16(2) TFEU", "TFEU", ["16(2)"], "en"),
          ("Charter of Fundamental Rights of the European Union, Art. 8(3)",
           "Article 8(3) CFR", "CFR", ["8(3)"], "en")]),
        ("(Art. 16 Abs. 2 AEUV; Charta der Grundrechte der Europäischen Union, Art. 8 Abs. 3; "
         "Richtlinie 95/46)",
         [("Art. 16 Abs. 2 AEUV", "Artikel 16 Abs. 2 AEUV", "TFEU", ["16"], "de"),
          ("Charta der Grundrechte der Europäischen Union, Art. 8 Abs. 3",
           "Artikel 8 Abs. 3 GRCh", "CFR", ["8"], "de")]),
    ],
)  # fmt: skip
def test_a_treaty_among_the_provisions_of_a_summary(
    text: str, found: list[tuple[str, ...]]
) -> None:
    assert _articles(text) == found


@pytest.mark.parametrize(
    "text",
    [
        # no open bracket: prose about the Charter
        "The Charter of Fundamental Rights of the European Union, Article 47; and more.",
        "see the Charter of Fundamental Rights of the European Union, Article 47; and (Art. 6)",
        # the bracket closed before the semicolon
        "(see above) Charter of Fundamental Rights of the European Union, Art. 8(3); then",
    ],
)
def test_no_treaty_before_a_semicolon_outside_a_bracket(text: str) -> None:
    assert [a for a in _articles(text) if a[2] == "CFR"] == []
