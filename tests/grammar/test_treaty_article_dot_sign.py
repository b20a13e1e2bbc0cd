"""The ordinal sign after an article number's dot tells Portuguese (``treaty_article_words``).

``art.`` before ``TFUE`` is written alike in Polish, French, Spanish, Italian, Portuguese and
Romanian, and Polish wins a tie (its normal form is the word as written).  But only Portuguese
writes the ordinal sign after the dot of every article's number (``art. 20.º TFUE``; Spanish
only on the first nine's, ``artículo 1.º``; Polish, French and Romanian never): a citation so
written, given alone or with no other Portuguese word near, was Polish, its normal form ``art.
20.º TFUE`` a Polish one that no Polish text writes.
"""

from __future__ import annotations

import pytest

import eurefs

# the citations as written in Portuguese notes in public repositories (find_string '.º TFUE'):
# 'Acórdão Ruiz Zambrano — O art. 20.º TFUE opõe-se a medidas nacionais [...]' (a summary
# of C-34/09 in a course's data), 'queixa por incumprimento do direito da UE (Art. 258.º
# TFUE)' (an index of letter templates); the degree sign typed for the ordinal sign as in
# 'O parágrafo 1 do artigo 263.° do TFUE' (nossaeuropa.eu; pages corpus)
CITATIONS = [
    ("art. 20.º TFUE", "artigo 20.º TFUE", ["20.º"]),
    ("Art. 258.º TFUE", "artigo 258.º TFUE", ["258.º"]),
    ("art. 263.° TFUE", "artigo 263.º TFUE", ["263.º"]),
]


@pytest.mark.parametrize(("written", "normal", "articles"), CITATIONS)
def test_a_citation_with_the_sign_after_the_dot_is_portuguese(
    written: str, normal: str, articles: list[str]
) -> None:
    ref = eurefs.parse(written)
    assert (ref.lang, ref.normalized, ref.articles) == ("pt", normal, articles)  # type: ignore[attr-defined]
    # its normal form reads back the same
    assert eurefs.parse(normal).normalized == normal


def test_in_the_sentences_they_were_written_in() -> None:
    text = (
        "Acórdão Ruiz Zambrano — O art. 20.º TFUE opõe-se a medidas nacionais que tenham por "
        "efeito privar os cidadãos da União do gozo efectivo do essencial dos direitos "
        "conferidos pelo seu estatuto de cidadão da União."
    )
    assert [(r.lang, r.normalized) for r in eurefs.extract(text)] == [("pt", "artigo 20.º TFUE")]


def test_without_the_sign_the_tie_stays() -> None:
    # (the same words with the number alone: Polish, French, Spanish, Italian, Romanian and
    # Portuguese write it alike; Polish's normal form is the word as written)
    assert eurefs.parse("art. 20 TFUE").lang == "pl"  # type: ignore[attr-defined]
    # a single figure's sign: Spanish and Italian write it too, never Polish
    assert eurefs.parse("art. 4.º TUE").lang in {"es", "it", "pt"}  # type: ignore[attr-defined]
