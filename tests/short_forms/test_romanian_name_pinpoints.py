"""The pinpoint before a popular name in Romanian writing: ``pct.`` (punctul) and the blank
after an abbreviation's dot left out (``eurefs.languages.ro``, ``grammar.act_pinpoints``).

Real writing: 'Operator în sensul art. 4 pct. 7 GDPR', 'conform Art. 4 pct. 7 din GDPR',
'(GDPR art. 4 pct. 12)', 'CF art.20 alin.(1) lit.b)' (privacy notices and code in public
repositories).
"""

from __future__ import annotations

import functools

import pytest

from tests.support.short_form_mentions import mentions

GDPR = "32016R0679"


names = functools.partial(mentions, how="popular_name")


@pytest.mark.parametrize(
    ("text", "pinpoint"),
    [
        # were None
        ("Operator în sensul art. 4 pct. 7 GDPR: persoană fizică rezidentă în România.",
         "art. 4 pct. 7"),
        ("Edinio stabilește scopurile și mijloacele de prelucrare conform Art. 4 pct. 7 din "
         "GDPR.", "Art. 4 pct. 7"),
        ("Potrivit art.4 pct.7 din GDPR, operatorul este persoana care stabilește scopurile și "
         "mijloacele prelucrării datelor cu caracter personal.", "art.4 pct.7"),
        ("Prelucrarea se face în baza art.6 alin.(1) lit.f) GDPR, interesul legitim.",
         "art.6 alin.(1) lit.f)"),
        # unchanged
        ("Prelucrarea se face în baza art. 6 alin. (1) lit. f) din GDPR, interesul legitim.",
         "art. 6 alin. (1) lit. f)"),
        # 'pct' without its dot, as Romanian national writing also has it (was None)
        ("Potrivit art. 4 pct 7 GDPR, operatorul stabilește scopurile prelucrării.",
         "art. 4 pct 7"),
    ],
)  # fmt: skip
def test_pinpoint_before_a_name(text: str, pinpoint: str) -> None:
    assert names(text) == [("GDPR", GDPR, pinpoint)]


@pytest.mark.parametrize(
    "text",
    [
        # the pinpoint after the name is not read before it
        "Încălcare a securității datelor cu caracter personal (GDPR art. 4 pct. 12): distrugere.",
        # a point of the citing text, no article before it
        "Potrivit pct 7 GDPR, operatorul stabilește scopurile prelucrării.",
    ],
)
def test_no_pinpoint(text: str) -> None:
    assert [pin for _, _, pin in names(text)] == [None]
