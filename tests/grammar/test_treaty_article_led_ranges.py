"""A range of treaty articles written with a word before its first number (the record's
``article_ranges``: Italian ``articoli da 258 a 260``), read as one range
(``grammar/treaty_article_patterns.py``, ``article_lists.designations``)."""

from __future__ import annotations

import pytest

import eurefs

# Osservatorio sulle fonti, "Fonti dell'Unione europea e internazionali" (2013, 2014, 2017,
# each the same sentence; osservatoriosullefonti.it, pages corpus)
_OSF = (
    "La sua disciplina è contenuta negli articoli da 258 a 260 del Trattato sul Funzionamento "
    "dell’Unione europea (TFUE). I ricorsi possono essere proposti dalla Commissione (art. 258 "
    "TFUE) oppure da un altro Stato membro (art. 259 TFUE)."
)


def _articles(text: str) -> list[tuple[str, str | None, tuple[str, ...]]]:
    return [
        (r.text, r.treaty, tuple(r.articles)) for r in eurefs.extract(text, kinds="treaty_article")
    ]


def test_a_range_led_by_its_word() -> None:
    # the first was nothing
    assert _articles(_OSF) == [
        ("articoli da 258 a 260 del Trattato sul Funzionamento dell’Unione europea (TFUE)",
         "TFEU", ("258-260",)),
        ("art. 258 TFUE", "TFEU", ("258",)),
        ("art. 259 TFUE", "TFEU", ("259",)),
    ]  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        # the lead word without its pair's last word after the first number is no range's
        "gli articoli da 258 e 260 TFUE",
        # Latvian ``no`` (``no 5 līdz 7``) is English prose before a number
        "Article no 5 TFEU",
    ],
)
def test_no_range_without_its_last_word(text: str) -> None:
    assert _articles(text) == []
