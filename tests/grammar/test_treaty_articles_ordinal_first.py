"""Treaty articles written number first, as Slovenian national texts write them."""

from __future__ import annotations

import pytest

import eurefs


@pytest.mark.parametrize(
    ("text", "span", "normalized", "treaty", "articles"),
    [
        ("v skladu s 47. členom Listine Evropske unije o temeljnih pravicah je",
         "47. členom Listine Evropske unije o temeljnih pravicah",
         "člen 47 Listine o temeljnih pravicah", "CFR", ["47"]),
        ("Ker 267. člen PDEU določa, da", "267. člen PDEU", "člen 267 PDEU", "TFEU", ["267"]),
        ("Sodišče je poudarilo, da tretji odstavek 267. člena PDEU nalaga",
         "tretji odstavek 267. člena PDEU", "člen 267, tretji odstavek PDEU", "TFEU", ["267"]),
        ("iz drugega odstavka 6. člena PEU izhaja", "drugega odstavka 6. člena PEU",
         "člen 6, drugega odstavka PEU", "TEU", ["6"]),
        ("v skladu s 4. in 5. členom PEU je", "4. in 5. členom PEU", "členi 4 in 5 PEU", "TEU",
         ["4", "5"]),
        ("na podlagi 288. člena Pogodbe o delovanju Evropske unije se",
         "288. člena Pogodbe o delovanju Evropske unije", "člen 288 PDEU", "TFEU", ["288"]),
    ],
)  # fmt: skip
def test_slovenian_ordinal_articles(
    text: str, span: str, normalized: str, treaty: str, articles: list[str]
) -> None:
    (ref,) = eurefs.extract(text, short_forms=False)
    assert (ref.kind, ref.text, ref.normalized, ref.lang) == (
        "treaty_article", span, normalized, "sl"
    )  # fmt: skip
    assert (ref.treaty, ref.articles) == (treaty, articles)
    again = eurefs.parse(normalized)
    assert (again.normalized, again.treaty) == (normalized, treaty)


@pytest.mark.parametrize(
    "text",
    [
        # articles of national laws and of other conventions (a Slovenian Constitutional
        # Court decision, Uradni list RS 67/2022)
        "kršitve 3.a, 22. in 23. člena Ustave ter 6. člena Konvencije o varstvu",
        "sklicevanjem na 367.a člena Zakona o pravdnem postopku",
        # a date, then the article word without a number before it
        "z dne 27. 5. 2024 člen PDEU",
        # a capital after the number starts a heading
        "47. Člen Listine",
        # the charter alone
        "v skladu s 47. členom Listine je",
        # a number that is no ordinal
        "47 členov PDEU",
    ],
)  # fmt: skip
def test_no_ordinal_article_without_a_treaty_or_an_ordinal(text: str) -> None:
    assert "treaty_article" not in [r.kind for r in eurefs.extract(text, short_forms=False)]


def test_an_ordinal_article_of_an_act_is_the_acts_not_a_treatys() -> None:
    text = "prvega odstavka 3. člena Uredbe Sveta (ES) št. 343/2003 z dne"
    kinds = [r.kind for r in eurefs.extract(text, short_forms=False)]
    assert kinds == ["legal_act"]
