"""An article of the TEU given by its number before Lisbon (``grammar/treaty_eras``).

The consolidated TEU heads its articles with the number each had before the Treaty of
Lisbon: ``Article 3 (ex Article 2 TEU)`` (the consolidated version of the TEU, Title I, as
en.wikisource.org reproduces it; pages corpus).  The bracket's article is the EU Treaty as
numbered from Amsterdam, whose Article 2 set the Union's objectives, now Article 3; it was
read as the Lisbon TEU's Article 2 (the Union's values).  Folketingets EU-Oplysning writes
the Danish heading ``Artikel 2 EU: Unionens værdier [tidligere artikel 6, stk. 1, TEU]``
(eu.dk, its text of the TEU; pages corpus): Article 6(1) before Lisbon, now Article 2.
"""

from __future__ import annotations

import eurefs
from eurefs.chunked import iter_extract
from tests.support.extracted import extracted

CONSOLIDATED_TEU = (
    "Article 2\n\nThe Union is founded on the values of respect for human dignity, freedom, "
    "democracy, equality, the rule of law and respect for human rights.\n\nArticle 3\n\n"
    "(ex Article 2 TEU)\n\n1. The Union's aim is to promote peace, its values and the "
    "well-being of its peoples.\n"
)
# the consolidated TFEU's headings name both former treaties (EUR-Lex 12016E067, 12016E329)
CONSOLIDATED_TFEU = (
    "Article 67\n(ex Article 61 TEC and ex Article 29 TEU)\n\nArticle 329\n(ex Articles 27a "
    "to 27e, 40 to 40b and 43 to 45 TEU and ex Articles 11 and 11a TEC)\n"
)
EU_DK = (
    "Artikel 2 EU: Unionens værdier\n\n[tidligere artikel 6, stk. 1, TEU]\n\nUnionen bygger "
    "på værdierne respekt for den menneskelige værdighed, frihed, demokrati, ligestilling"
)


def _treaties(text: str) -> list[tuple[str, str]]:
    return extracted(text, "normalized", "treaty", kind="treaty_article")


def test_the_former_number_of_a_teu_article_is_the_eu_treaty_s() -> None:
    assert _treaties(CONSOLIDATED_TEU) == [("Article 2 EU", "EU")]
    assert list(iter_extract(CONSOLIDATED_TEU, chunk_size=50)) == eurefs.extract(CONSOLIDATED_TEU)


def test_the_tfeu_headings_name_the_ec_and_the_eu_treaty_before_lisbon() -> None:
    assert _treaties(CONSOLIDATED_TFEU) == [
        ("Article 61 EC", "EC"),
        ("Article 29 EU", "EU"),
        ("Articles 27a to 27e, 40 to 40b and 43 to 45 EU", "EU"),
        ("Articles 11 and 11a EC", "EC"),
    ]


def test_danish_tidligere_gives_the_number_before_lisbon() -> None:
    assert _treaties(EU_DK)[-1] == ("artikel 6, stk. 1 EU", "EU")


def test_an_article_without_the_word_keeps_the_teu() -> None:
    # the Lisbon TEU's own numbers, in a text of 2016 or undated
    text = "Article 3 TEU sets the Union's aim; see also Article 4(3) TEU (ex officio)."
    assert _treaties(text) == [("Article 3 TEU", "TEU"), ("Article 4(3) TEU", "TEU")]


def test_danish_eu_is_the_current_treaty_where_teu_is_the_former() -> None:
    # eu.dk heads the current Treaty's articles 'Artikel 2 EU' and writes TEU only for the
    # former numbers: its EU is the Lisbon TEU (was the EU Treaty before Lisbon, whose
    # Article 2 set the Union's objectives, not its values)
    assert _treaties(EU_DK) == [("artikel 2 TEU", "TEU"), ("artikel 6, stk. 1 EU", "EU")]
    for size in (40, 80):
        assert list(iter_extract(EU_DK, chunk_size=size)) == eurefs.extract(EU_DK)


def test_danish_eu_stays_the_former_treaty_beside_the_current_teu() -> None:
    # the Court's Danish: EU for the Treaty before Lisbon, TEU for the current one
    text = "artikel 35 EU og artikel 19 TEU"
    assert _treaties(text) == [("artikel 35 EU", "EU"), ("artikel 19 TEU", "TEU")]
