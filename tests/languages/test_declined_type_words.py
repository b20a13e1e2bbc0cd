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


@pytest.mark.parametrize(
    ("text", "span", "celex"),
    [
        # the allative, ablative, essive and translative of the Finnish type words
        ("asetukselle (EU) 2016/679", "asetukselle (EU) 2016/679", "32016R0679"),
        ("asetukselta (EU) 2016/679", "asetukselta (EU) 2016/679", "32016R0679"),
        ("asetuksena (EU) 2016/679", "asetuksena (EU) 2016/679", "32016R0679"),
        ("direktiiville 2006/123/EY", "direktiiville 2006/123/EY", "32006L0123"),
        ("direktiiviltä 2006/123/EY", "direktiiviltä 2006/123/EY", "32006L0123"),
        ("direktiiviksi 2006/123/EY", "direktiiviksi 2006/123/EY", "32006L0123"),
        ("päätökselle 2011/753/EU", "päätökselle 2011/753/EU", "32011D0753"),
        ("puitepäätökselle 2002/584/YOS", "puitepäätökselle 2002/584/YOS", "32002F0584"),
        ("suositukselle 2003/361/EY", "suositukselle 2003/361/EY", "32003H0361"),
        ("täytäntöönpanoasetukselle (EU) 2019/947", "täytäntöönpanoasetukselle (EU) 2019/947",
         "32019R0947"),
    ],
)  # fmt: skip
def test_the_other_finnish_cases(text: str, span: str, celex: str) -> None:
    """Before, nothing: the records listed no allative, ablative, essive or translative."""
    (act,) = eurefs.extract(text, kinds="legal_act", short_forms=False)
    assert (act.text, act.lang, act.celex) == (span, "fi", celex)
    assert eurefs.parse(act.normalized).celex == celex


def test_a_finnish_statute_number_in_the_new_cases_stays_national() -> None:
    # a bare statute-book number after the type word is national (``national_bare_numbers``)
    assert eurefs.extract("asetukselle 234/2009", kinds="legal_act") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the plural's local cases before a list of numbers (the genitive plural
        # asetusten was read before: EUR-Lex 32022R0562)
        ("direktiiveissä 2000/43/EY ja 2000/78/EY",
         [("direktiiveissä 2000/43/EY", "32000L0043"), ("2000/78/EY", "32000L0078")]),
        ("direktiiveihin 2000/43/EY ja 2000/78/EY",
         [("direktiiveihin 2000/43/EY", "32000L0043"), ("2000/78/EY", "32000L0078")]),
        ("asetuksissa (EY) N:o 1234/2007 ja (EU) N:o 1308/2013",
         [("asetuksissa (EY) N:o 1234/2007", "32007R1234"),
          ("(EU) N:o 1308/2013", "32013R1308")]),
        ("päätöksistä 2011/753/EU ja 2011/754/EU",
         [("päätöksistä 2011/753/EU", "32011D0753"), ("2011/754/EU", "32011D0754")]),
        # national statute-book numbers stay national in the plural too
        ("asetuksissa 234/2009 ja 336/2013", []),
        # the Estonian partitive plural in the title of Directive (EU) 2019/2161 (EUR-Lex
        # 32019L2161, ET; the Council's PE-CONS 83/1/19 on docplayer.ee; pages corpus)
        ("ning Euroopa Parlamendi ja nõukogu direktiive 98/6/EÜ, 2005/29/EÜ ja 2011/83/EL, et",
         [("Euroopa Parlamendi ja nõukogu direktiive 98/6/EÜ", "31998L0006"),
          ("2005/29/EÜ", "32005L0029"), ("2011/83/EL", "32011L0083")]),
    ],
)  # fmt: skip
def test_plural_cases_before_a_list(text: str, expected: list[tuple[str, str]]) -> None:
    """Before, nothing: the plural's local cases (and Estonian's partitive) were no type
    words."""
    refs = eurefs.extract(text, kinds="legal_act", short_forms=False)
    assert [(r.text, r.celex) for r in refs] == expected


def test_finnish_plural_cases_are_no_singular_type_words() -> None:
    # (short forms take singular forms only: an anaphor names one act)
    from eurefs.short_forms.common import singular_type_forms

    forms = singular_type_forms("fi")
    assert "direktiiveissä" not in forms and "asetuksiin" not in forms
    assert "direktiivissä" in forms and "direktiiviin" in forms  # the singular's
