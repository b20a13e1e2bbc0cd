"""A dash glued before an act's type word opens an aside, as the Federal Finance Court
writes its abbreviations between double hyphens (``eurefs/grammar/legal_acts.py``); a
hyphen after a word joins a compound, which stays no act of the Union."""

from __future__ import annotations

import pytest

from tests.support.extracted import extracted


def _acts(text: str) -> list[tuple[str, str | None]]:
    return extracted(text, "text", "celex", kinds="legal_act")


@pytest.mark.parametrize(
    ("text", "span", "celex"),
    [
        # BFH XI R 22/15 of 26 July 2017 (ra.de; pages corpus): the act named again as the
        # court's short name between double hyphens; was nothing at all
        ("über die Umsatzsteuern --Richtlinie 77/388/EWG-- (nunmehr Art. 135 Abs. 1",
         "Richtlinie 77/388/EWG", "31977L0388"),
        # bundesfinanzhof.de writes the hyphens non-breaking (U+2011: '(‑‑StromStG‑‑,',
        # BFH VII R 17/18; pages corpus)
        ("über die Umsatzsteuern \u2011\u2011Richtlinie 77/388/EWG\u2011\u2011 (nunmehr",
         "Richtlinie 77/388/EWG", "31977L0388"),
        # an em dash glued, after a blank
        ("the Directive \u2014Directive 95/46/EC\u2014 was repealed", "Directive 95/46/EC",
         "31995L0046"),
    ],
)  # fmt: skip
def test_an_act_after_a_glued_dash(text: str, span: str, celex: str) -> None:
    assert _acts(text) == [(span, celex)]


@pytest.mark.parametrize(
    "text",
    [
        # a hyphen after a word joins a compound: a Land's or a trade's guideline
        "nach der Landes-Richtlinie 12/2010 des Landes",
        "nach der Bau-Richtlinie 12/2010 des Landes",
    ],
)
def test_a_hyphen_after_a_word_is_no_dash(text: str) -> None:
    assert _acts(text) == []
