"""A year-first reading that the act's date right after the number rules out gets no CELEX
(``eurefs/grammar/later_dates.py``)."""

from __future__ import annotations

import pytest

import eurefs

# The Danish Ministry of Justice's report on the GDPR (Betænkning nr. 1565, Del I, bind 2,
# as dokumen.tips copies it; pages corpus): the EEA Joint Committee's decision 83 of 1999,
# whose number the text writes with a two-digit year.
_EEA = (
    "Databeskyttelsesforordningen · 670Ifølge EØS -Kommiteens beslutning 83/99 af 25. juni "
    "1999 er EØSlandene Island, Liechtenstein og Norge forpligtet til at implementere "
    "databeskyttelsesdirektivet"
)


def test_a_date_after_the_number_in_a_later_year_leaves_no_celex() -> None:
    """Before, decision 99 of 1983: 31983D0099."""
    (ref,) = [r for r in eurefs.extract(_EEA) if r.kind == "legal_act"]
    assert (ref.text, ref.lang) == ("beslutning 83/99", "da")
    assert (ref.celex, ref.celex_candidates, ref.eli) == (None, [], None)


@pytest.mark.parametrize(
    ("text", "celex"),
    [
        # numbered in the year after its date (EUR-Lex 32000D0024, the decision's title)
        ("Council Decision 2000/24/EC of 22 December 1999 granting a Community guarantee to "
         "the European Investment Bank", "32000D0024"),
        # the date of the number's year (Presidential Decree 77/1993, Article 1, as
        # legislation.di.uoa.gr/eli/pd/1993/77 prints it; pages corpus)
        ("προς την οδηγία του Συμβουλίου 88/642/ΕΟΚ της 16ης Δεκεμβρίου 1988 «Για την "
         "τροποποίηση της οδηγίας 80/1107/ΕΟΚ", "31988L0642"),
        # no date after it
        ("Rådets beslutning 83/99", "31983D0099"),
    ],
)  # fmt: skip
def test_a_date_of_the_numbers_year_or_before_keeps_it(text: str, celex: str) -> None:
    ref = next(r for r in eurefs.extract(text) if r.kind == "legal_act")
    assert ref.celex == celex
