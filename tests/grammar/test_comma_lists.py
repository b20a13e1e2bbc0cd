"""A list of articles written with commas alone before an act (``pinpoints.comma_lists``):
German norm chains (``im Sinne von Art. 3 Abs. 1, Art. 2 Buchst. c der Richtlinie
95/46/EG``) give every article to the act; languages that may end a phrase with a comma
before a clause starting with an article (English) still need a list word."""

from __future__ import annotations

import pytest

import eurefs


def _pinpoints(text: str) -> dict[str, str | None]:
    return {r.text: r.pinpoint for r in eurefs.extract(text) if hasattr(r, "pinpoint")}


@pytest.mark.parametrize(
    ("text", "act", "pinpoint"),
    [
        # a BGH judgment on a health insurer's expert report (rechtslupe.de; pages corpus): was
        # 'Art. 2 Buchst. c', the first article lost
        ("Ein solches (einzelnes) Gutachten ist keine Datei im Sinne von Art. 3 Abs. 1, Art. 2 "
         "Buchst. c der Richtlinie 95/46/EG des Europäischen Parlaments und des Rates vom "
         "24.10.1995", "Richtlinie 95/46/EG", "Art. 3 Abs. 1, Art. 2 Buchst. c"),
        # a privacy notice (public repository): before a short form too (was 'Art. 6 Abs. 1
        # lit. a')
        ("Sie können Ihre Einwilligung gemäß Art. 7 Abs. 1, Art. 6 Abs. 1 lit. a DSGVO "
         "erteilen", "DSGVO", "Art. 7 Abs. 1, Art. 6 Abs. 1 lit. a"),
        # notes on BVerfG case-law (public repository), the list before an EU act: a
        # paragraph's list inside ('Abs. 2, 3') and a range
        ("Art. 3 Abs. 2, 3, Art. 6 Abs. 5, Art. 33 Abs. 1–3 der Richtlinie 95/46/EG",
         "Richtlinie 95/46/EG", "Art. 3 Abs. 2, 3, Art. 6 Abs. 5, Art. 33 Abs. 1-3"),
        # Austrian writing, no dots
        ("gemäß Art 6 Abs 1 lit f, Art 9 Abs 2 lit b der Verordnung (EU) 2016/679",
         "Verordnung (EU) 2016/679", "Art 6 Abs 1 lit f, Art 9 Abs 2 lit b"),
        # ... and a list word may still end it
        ("Art. 3 Abs. 1, Art. 5 und Art. 7 der Richtlinie 95/46/EG", "Richtlinie 95/46/EG",
         "Art. 3 Abs. 1, Art. 5 und Art. 7"),
    ],
)  # fmt: skip
def test_a_german_comma_list_is_the_acts(text: str, act: str, pinpoint: str) -> None:
    assert _pinpoints(text)[act] == pinpoint


@pytest.mark.parametrize(
    ("text", "act", "pinpoint"),
    [
        # an enumeration of different acts: each its own article
        ("Art. 5 der Verordnung (EG) Nr. 1/2003, Art. 6 der Richtlinie 95/46/EG",
         "Richtlinie 95/46/EG", "Art. 6"),
        ("Art. 5 der Verordnung (EG) Nr. 1/2003, Art. 6 der Richtlinie 95/46/EG",
         "Verordnung (EG) Nr. 1/2003", "Art. 5"),
        # a treaty's article, a national statute's, a national paragraph before the list
        ("Art. 5 EGV, Art. 6 der Richtlinie 95/46/EG", "Richtlinie 95/46/EG", "Art. 6"),
        ("§ 839 BGB iVm Art. 1, Art. 2 Abs. 1, Art. 34 GG, Art. 6 der Richtlinie 95/46/EG",
         "Richtlinie 95/46/EG", "Art. 6"),
        ("(TTDSG § 25 Abs. 1, Art. 6 Abs. 1 lit. a DSGVO)", "DSGVO", "Art. 6 Abs. 1 lit. a"),
        # a sentence's end, an annex after a comma alone (no article: the citing text's)
        ("Siehe Art. 5. Art. 6 der Richtlinie 95/46/EG", "Richtlinie 95/46/EG", "Art. 6"),
        ("nach Art. 5, Anhang II der Richtlinie 95/46/EG", "Richtlinie 95/46/EG", "Anhang II"),
        # English: a comma may end a phrase before a clause that starts with an article
        ("Under Article 5, Article 6 of Regulation (EU) 2016/679 applies",
         "Regulation (EU) 2016/679", "Article 6"),
        # French and Polish: no record says so (a list word ends their lists)
        ("En vertu de l'article 5, l'article 6 de la directive 95/46/CE s'applique",
         "directive 95/46/CE", "article 6"),
    ],
)  # fmt: skip
def test_no_comma_list_where_it_may_be_a_clause_or_another_act(
    text: str, act: str, pinpoint: str
) -> None:
    assert _pinpoints(text)[act] == pinpoint
