"""Dates with the month abbreviated (the records' ``month_abbreviations``) date a sentence or
a text (``grammar/text_dates``, ``short_forms/dated_names``).

A popular name in a sentence dated ``15 Dec 2020`` names the Commission's proposals of that
day, not Regulations (EU) 2022/2065 and 2022/1925: the abbreviated month was not read, so
the sentence had no date and the names gave the acts adopted two years later.
"""

from __future__ import annotations

import datetime as dt

import pytest

import eurefs
from eurefs.grammar.text_dates import head_date

DSA, DMA = "32022R2065", "32022R1925"

# zephtech.net/feed/2020-12-15-eu-digital-services-markets-package.html (pages corpus): the
# proposals' day, then the adoption two years later in a sentence of its own
ZEPHTECH = (
    "On 15 Dec 2020 the European Commission published twin legislative proposals: the "
    "Digital Services Act (DSA) and Digital Markets Act (DMA). The package updates the EU’s "
    "e-commerce rules with due diligence duties for very large online platforms, audited "
    "risk management, and heightened transparency, while imposing ex ante competition "
    "obligations on gatekeeper platforms controlling core platform services.\n"
    "Follow-up: The Digital Markets Act and Digital Services Act were adopted in 2022; DMA "
    "gatekeeper obligations began in March 2024, and DSA duties extend to all intermediary "
    "services from February 2024 onward."
)
# eff.org/ru/pages/commissionproposalDSA (pages corpus)
EFF = (
    "On 15 Dec 2020, the European Commission has released a draft of the Digital Services "
    "Act, the most significant reform of European Internet regulations in two decades."
)


def _named(text: str, end: int) -> list[str | None]:
    return [r.celex for r in eurefs.extract(text) if r.kind == "short_form" and r.start < end]


def test_a_sentence_dated_with_an_abbreviated_month_names_the_proposals() -> None:
    first_sentence = ZEPHTECH.index(". The package")
    assert _named(ZEPHTECH, first_sentence) == []
    assert _named(EFF, len(EFF)) == []


def test_the_adoption_s_own_sentence_still_names_the_acts() -> None:
    follow_up = ZEPHTECH.index("Follow-up")
    later = [(r.text, r.celex) for r in eurefs.extract(ZEPHTECH) if r.start > follow_up]
    assert ("Digital Markets Act", DMA) in later
    assert ("Digital Services Act", DSA) in later


@pytest.mark.parametrize(
    ("line", "date"),
    [
        # public repositories' files (find_string 'Dez. 2020', 'déc. 2020', 'dic. 2020',
        # 'de dez. de 2020', 'mrt. 2021', 'ott 2020')
        ("At 15. Dez. 2020 the sum of IDs in the original Dataset is 273.016.", "2020-12-15"),
        ("Created on: 20 déc. 2020", "2020-12-20"),
        ("Created on 3 dic. 2020", "2020-12-03"),
        ("Created on : 2 de dez. de 2020, 04:38:52", "2020-12-02"),
        ("Created on: 1 mrt. 2021", "2021-03-01"),
        ("Created on: 18 ott 2020", "2020-10-18"),
        ("On 15 Dec 2020 the European Commission published twin legislative", "2020-12-15"),
        # the heads of phpMyAdmin dumps and source files in public repositories, in Polish,
        # Czech, Greek and Bulgarian (find_string 'gru 2020', '. pro 2020', 'Δεκ 2020',
        # 'Време на генериране'): the languages' records' month_abbreviations
        ("-- Czas generowania: 17 Gru 2020, 17:51", "2020-12-17"),
        (" *  Created on: 2 gru 2020", "2020-12-02"),
        ("-- Vytvořeno: Čtv 10. pro 2020, 22:06", "2020-12-10"),
        ("-- Χρόνος δημιουργίας: 07 Δεκ 2020 στις 14:12:54", "2020-12-07"),
        ("-- Време на генериране: 22 апр 2023 в 09:09", "2023-04-22"),
        ("-- Време на генериране: 14 септ 2026 в 17:58", "2026-09-14"),
    ],
)
def test_an_abbreviated_month_dates_a_text(line: str, date: str) -> None:
    own = head_date(line + "\n")
    assert own is not None
    assert own.date == dt.date.fromisoformat(date)
