"""Hungarian keyword lines start the Charter's keyword with the definite article (the
Hungarian record's ``back_references.articles``, ``grammar/treaty_names.keyword_name``)."""

from __future__ import annotations

import eurefs

# The keyword line of the Opinion of AG Kokott in C-73/16 Puškár (EUR-Lex 62016CC0073, HU;
# pages corpus).
_PUSKAR = (
    "Előzetes döntéshozatal – Az Európai Unió Alapjogi Chartája – 7., 8. és 47. cikk – "
    "95/46/EK irányelv – 1., 7. és 13. cikk – Személyes adatok kezelése – Az EUSZ 4. cikk (3) "
    "bekezdése – Személyes adatok nyilvántartásának felállítása"
)


def test_the_charters_articles_after_its_name_with_the_article() -> None:
    """Before, the Charter's articles were missed (the name after ``Az`` opened no keyword)."""
    arts = [r for r in eurefs.extract(_PUSKAR) if r.kind == "treaty_article"]
    assert [(r.text, r.treaty, r.lang) for r in arts] == [  # type: ignore[attr-defined]
        ("Európai Unió Alapjogi Chartája – 7., 8. és 47. cikk", "CFR", "hu"),
        ("EUSZ 4. cikk (3) bekezdése", "TEU", "hu"),
    ]


def test_another_languages_name_after_the_article_is_not_read() -> None:
    """``Az`` is Hungarian's: a Finnish name after it opens no keyword."""
    text = "Ennakkoratkaisupyyntö – Az Euroopan unionin perusoikeuskirja – 47 artikla – Oikeus"
    assert [r for r in eurefs.extract(text) if r.kind == "treaty_article"] == []
