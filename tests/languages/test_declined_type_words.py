"""Type words in the cases the records' grammar adds beside their EUR-Lex forms
(``eurefs/languages/<code>.py``, ``act_types``): each read with its CELEX, its span the
type word through the number."""

from __future__ import annotations

import pytest

import eurefs


@pytest.mark.parametrize(
    ("text", "span", "lang", "celex"),
    [
        # the dative after atbilst (a Latvian platform's help text) and the plural locative
        ("Sertifikāts atbilst ES Direktīvai 2008/98/EK un", "Direktīvai 2008/98/EK", "lv",
         "32008L0098"),
        ("Direktīvās 2000/43/EK un", "Direktīvās 2000/43/EK", "lv", "32000L0043"),
        ("atbilstīgi Regulai (ES) 2016/679", "Regulai (ES) 2016/679", "lv", "32016R0679"),
        # the Croatian and Slovenian plurals (dual) before a list
        ("u skladu s direktivama 2000/43/EZ i", "direktivama 2000/43/EZ", "hr", "32000L0043"),
        ("v direktivah 2000/43/ES in", "direktivah 2000/43/ES", "sl", "32000L0043"),
        # the Lithuanian dative, the Estonian and Slovak recommendation
        ("prieštarauja reglamentui (ES) 2016/679", "reglamentui (ES) 2016/679", "lt",
         "32016R0679"),
        ("komisjoni soovitust 2003/361/EÜ", "komisjoni soovitust 2003/361/EÜ", "et",
         "32003H0361"),
        ("podľa odporúčaniu 2003/361/ES", "odporúčaniu 2003/361/ES", "sk", "32003H0361"),
    ],
)  # fmt: skip
def test_more_cases_of_the_type_words(text: str, span: str, lang: str, celex: str) -> None:
    act = eurefs.extract(text, kinds="legal_act", short_forms=False)[0]
    assert (act.text, act.lang, act.celex) == (span, lang, celex)
    assert eurefs.parse(act.normalized).celex == celex
