"""Regulation (EU) No 1215/2012 by the English names that write its recast otherwise than
'Brussels I bis': 'Brussels Ibis' and 'the Brussels I Regulation (recast)' (the sources in
eurefs/data/popular_names.json); the bare 'Brussels I Regulation' is Regulation (EC) No
44/2001's and stays no name."""

from __future__ import annotations

import pytest

from tests.support.short_form_mentions import popular_names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a contract's and a note's wording (public documents, find_string)
        ("For jurisdiction, if suit is filed in Germany, the Brussels Ibis Regulation "
         "governs.", "Brussels Ibis Regulation"),
        ("This clause is without prejudice to the mandatory application of Brussels Ibis for "
         "EU/EEA consumers.", "Brussels Ibis"),
        # the House of Lords EU Committee's report 'Brexit: justice for families, individuals
        # and businesses?' (HL Paper 134, chapter 2; pages corpus)
        ("17. The Brussels I Regulation (recast) (and the two other Regulations that form the "
         "focus of this report) can be traced back to the original 1957 Treaty of Rome.",
         "Brussels I Regulation (recast)"),
        ("Post-Brexit, the UK is no longer subject to the Brussels I Regulation (Recast); the "
         "Hague Convention applies.", "Brussels I Regulation (Recast)"),
    ],
)  # fmt: skip
def test_the_recast_by_its_english_names(text: str, name: str) -> None:
    assert popular_names(text) == [(name, "32012R1215", None)]


def test_the_brussels_i_regulation_alone_is_no_name() -> None:
    # (the 2001 Regulation, which the recast replaced)
    assert popular_names("agreed the Brussels I Regulation, which replaced the Convention") == []


@pytest.mark.parametrize(
    ("text", "name", "pinpoint"),
    [
        # a conflictoflaws.net title as a public document cites it (find_string): was nothing
        ("12. CJEU on the place of the damage under Article 7(2) of Brussels Ia as regards "
         "violation of personality rights of a legal person", "Brussels Ia", "Article 7(2)"),
        # the recast in small letters, before its number, as a public document's note on an
        # employment contract writes it (find_string): was nothing
        # (with its number right after it: ``name_numbers``)
        ("- **Jurisdiction — Brussels I recast (EU) 1215/2012, Arts. 20–23:** employer may sue "
         "employee only in employee's domicile (Art. 22(1));", "Brussels I recast (EU) 1215/2012",
         None),
    ],
)  # fmt: skip
def test_brussels_ia_and_the_recast_in_small_letters(
    text: str, name: str, pinpoint: str | None
) -> None:
    assert popular_names(text) == [(name, "32012R1215", pinpoint)]
