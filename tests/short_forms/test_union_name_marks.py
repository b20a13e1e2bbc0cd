"""A pinpoint linked to a name that the Union's mark follows the article of (``Article 6 of
the EU GDPR``, against the United Kingdom's copy, ``the UK GDPR``): the English record's
``union_name_marks``; ``short_forms/pinpoints._past_union_mark``; Dutch ``de Europese
AI-verordening``, a name after the Dutch record's mark (``popular_names._inside_longer_name``)."""

from __future__ import annotations

import pytest

from tests.support.extracted import extracted


def _short_forms(text: str) -> list[tuple[str, str | None, str | None]]:
    return extracted(text, "text", "celex", "pinpoint", kinds="short_form")


@pytest.mark.parametrize(
    ("text", "pinpoint"),
    [
        # as privacy notices write it (before: the name, no pinpoint)
        ("Processing is lawful under Article 6 of the EU GDPR.", "Article 6"),
        ("No right equivalent to Article 22 of the EU GDPR exists.", "Article 22"),
        ("as defined in Article 4(1) of the EU GDPR and in the Act", "Article 4(1)"),
        ("For the purposes of article 27 of the EU GDPR, our representative is X.", "article 27"),
        (
            "Regulation (EU) 2016/679 applies. Under Article 6(1)(f) of the EU GDPR it is lawful.",
            "Article 6(1)(f)",
        ),
        # as before, with no mark
        ("Processing is lawful under Article 6 of the GDPR.", "Article 6"),
    ],
)
def test_pinpoint_before_the_union_mark(text: str, pinpoint: str) -> None:
    assert _short_forms(text) == [("GDPR", "32016R0679", pinpoint)]


@pytest.mark.parametrize(
    "text",
    [
        # a bare mark: ``Article 6 EU`` is also the former Treaty on European Union's article
        "Article 6 EU GDPR compliance matters.",
        # no link, or something else between the link and the mark
        "Article 6 of the law and the EU GDPR apply.",
        "Article 6 of the statute, the EU GDPR and others apply.",
        # the mark glued to a word before it is no mark
        "Article 6 of theEU GDPR applies.",
    ],
)
def test_no_pinpoint_without_the_linked_mark(text: str) -> None:
    assert [pin for _, _, pin in _short_forms(text)] == [None]


@pytest.mark.parametrize(
    "text",
    [
        "Processing is lawful under Article 6 of the UK GDPR.",
        "Regulation (EU) 2016/679 applies. Processing is lawful under Article 6 of the UK GDPR.",
        "Article 22 of the UK GDPR and Article 22 of the U.K. GDPR differ.",
    ],
)
def test_uk_gdpr_stays_no_mention_of_the_eu_act(text: str) -> None:
    assert _short_forms(text) == []


@pytest.mark.parametrize(
    ("text", "pinpoint"),
    [
        # Dutch writes the Union's adjective, with its capital, between the article and the
        # name (the Dutch record's mark): before, the name was read as the tail of a longer
        # title and missed.  tweakers.net (nieuws 224992), security.nl (posting 852260),
        # accountancyvanmorgen.nl (5 February 2025)
        ("De Europese AI-verordening is van kracht.", None),
        ("Morgen treedt de Europese AI-verordening officieel in werking", None),
        ("De regels vloeien voort uit de Europese AI-verordening (AI Act) die", None),
        # a pinpoint linked past the mark, as in English
        ("Op grond van artikel 5 van de Europese AI-verordening is dat verboden.", "artikel 5"),
    ],
)
def test_dutch_union_mark_before_a_name(text: str, pinpoint: str | None) -> None:
    assert _short_forms(text) == [("AI-verordening", "32024R1689", pinpoint)]


def test_another_capitalised_word_still_makes_a_longer_title() -> None:
    # (not the mark: a capitalised word before the name is a longer title's, as before)
    assert _short_forms("de Nederlandse AI-verordening") == []
