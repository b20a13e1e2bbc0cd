"""A number and a dot right after a subdivision word written after the act are the next
word's ordinal, not the word's number (``grammar/after_pinpoint_patterns``): Latvian
``pielikuma 1. punkta e) apakšpunktu`` is point 1(e) of the annex; its pinpoint was
``pielikuma 1``, an annex 1, which the directive does not have (it has one annex).

Real text: the judgment in C-738/19, paragraph 1 (EUR-Lex 62019CJ0738, LV; pages corpus).
"""

from __future__ import annotations

import eurefs

JUDGMENT = (
    "Lūgums sniegt prejudiciālu nolēmumu ir par to, kā interpretēt Padomes Direktīvas "
    "93/13/EEK (1993. gada 5. aprīlis) par negodīgiem noteikumiem patērētāju līgumos (OV "
    "1993, L 95, 29. lpp.) pielikuma 1. punkta e) apakšpunktu."
)


def test_no_annex_1() -> None:
    (act,) = (r for r in eurefs.extract(JUDGMENT) if r.kind == "legal_act")
    assert (act.celex, act.pinpoint) == ("31993L0013", None)  # type: ignore[attr-defined]


def test_an_article_and_its_paragraph_still_read() -> None:
    # (the ordinal before its word: keywords of the same judgment's line, the topics between
    # left out)
    text = "Direktīva 93/13/EEK – 3. panta 1. un 3. punkts – 4. panta 1. punkts – Kritēriji"
    (act,) = eurefs.extract(text)
    assert act.pinpoint == "3. panta 1. un 3. punkts; 4. panta 1. punkts"  # type: ignore[attr-defined]
