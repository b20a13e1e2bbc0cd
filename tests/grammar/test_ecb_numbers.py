"""Acts of the European Central Bank cited by the Bank's number
(``eurefs.grammar.ecb_numbers``), and the OJ-number CELEX their citations lose.

The CELEX of each act is as EUR-Lex files it (module docstring of ``ecb_numbers``):
Guideline ECB/2011/14 32011O0014, Guideline (EU) 2015/510 (ECB/2014/60) 32014O0060,
Decision (EU) 2015/2218 (ECB/2015/38) 32015D0038, Decision (EU) 2020/1306 (ECB/2020/44)
32020D1306, Guideline (EU) 2021/2253 (ECB/2021/49) 32021O2253.
"""

from __future__ import annotations

import pytest

import eurefs
from eurefs.languages import LANGUAGES, Language


def _acts(text: str) -> list[tuple[str, str, str | None, str]]:
    return [
        (r.text, r.normalized, r.celex, r.lang)
        for r in eurefs.extract(text, short_forms=False)
        if r.kind == "legal_act"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # titles and recitals of the Bank's acts (EUR-Lex 32014O0031 quoting them)
        ("Guideline ECB/2011/14 of 20 September 2011",
         ("Guideline ECB/2011/14", "Guideline ECB/2011/14", "32011O0014", "en")),
        ("Annex I to Guideline ECB/2007/9", ("Guideline ECB/2007/9", "Guideline ECB/2007/9",
                                             "32007O0009", "en")),
        ("Decision ECB/2010/14 on the authenticity", ("Decision ECB/2010/14",
                                                       "Decision ECB/2010/14", None, "en")),
        ("Leitlinie EZB/2011/14", ("Leitlinie EZB/2011/14", "Leitlinie EZB/2011/14",
                                   "32011O0014", "de")),
        ("Beschluss EZB/2010/14", ("Beschluss EZB/2010/14", "Beschluss EZB/2010/14", None, "de")),
        ("l'orientation BCE/2011/14", ("orientation BCE/2011/14", "orientation BCE/2011/14",
                                        "32011O0014", "fr")),
        ("la decisione BCE/2010/14", ("decisione BCE/2010/14", "decisione BCE/2010/14", None,
                                      "it")),
        ("Decizia BCE/2003/14", ("Decizia BCE/2003/14", "Decizia BCE/2003/14", None, "ro")),
        ("Απόφαση ΕΚΤ/2010/14", ("Απόφαση ΕΚΤ/2010/14", "απόφαση ΕΚΤ/2010/14", None, "el")),
        ("Решение ЕЦБ/2010/14", ("Решение ЕЦБ/2010/14", "Решение ЕЦБ/2010/14", None, "bg")),
        ("Richtsnoer ECB/2000/1", ("Richtsnoer ECB/2000/1", "Richtsnoer ECB/2000/1",
                                   "32000O0001", "nl")),
        ("Odluke ESB/2013/6", ("Odluke ESB/2013/6", "Odluka ESB/2013/6", None, "hr")),
        ("wytyczne EBC/2014/31", ("wytyczne EBC/2014/31", "wytyczne EBC/2014/31", "32014O0031",
                                  "pl")),
        # up to 2019 a guideline is filed under the Bank's number (EUR-Lex 32015O0012,
        # 32015O0035, 32018O0004); in 2020 the practice changed (32020O1691): none
        ("Guideline ECB/2015/12", ("Guideline ECB/2015/12", "Guideline ECB/2015/12", "32015O0012",
                                   "en")),
        ("Guideline ECB/2018/4", ("Guideline ECB/2018/4", "Guideline ECB/2018/4", "32018O0004",
                                  "en")),
        ("Guideline ECB/2020/47", ("Guideline ECB/2020/47", "Guideline ECB/2020/47", None, "en")),
        ("Guideline ECB/2021/49", ("Guideline ECB/2021/49", "Guideline ECB/2021/49", None, "en")),
        ("Regulation ECB/2014/17", ("Regulation ECB/2014/17", "Regulation ECB/2014/17", None,
                                    "en")),
    ],
)  # fmt: skip
def test_a_number_of_the_bank_with_its_type_word(
    text: str, expected: tuple[str, str, str | None, str]
) -> None:
    assert _acts(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the Bank's number after the OJ number: the same act, never another CELEX
        ("Decision (EU) 2015/2218 of the European Central Bank of 20 November 2015 (ECB/2015/38)",
         [("Decision (EU) 2015/2218", "Decision (EU) 2015/2218", None, "en"),
          ("ECB/2015/38", "Decision ECB/2015/38", None, "en")]),
        ("Guideline (EU) 2015/510 of the European Central Bank (ECB/2014/60)",
         [("Guideline (EU) 2015/510", "Guideline (EU) 2015/510", None, "en"),
          ("ECB/2014/60", "Guideline ECB/2014/60", "32014O0060", "en")]),
        ("Guideline (EU) 2015/510 (ECB/2014/60)",
         [("Guideline (EU) 2015/510", "Guideline (EU) 2015/510", None, "en"),
          ("ECB/2014/60", "Guideline ECB/2014/60", "32014O0060", "en")]),
        # a regulation keeps its regulation number's CELEX (EUR-Lex 32014R0468)
        ("Regulation (EU) No 468/2014 of the European Central Bank (ECB/2014/17)",
         [("Regulation (EU) No 468/2014", "Regulation (EU) No 468/2014", "32014R0468", "en"),
          ("ECB/2014/17", "Regulation ECB/2014/17", None, "en")]),
        # since 2020 (decisions) and 2021 (guidelines) EUR-Lex files them by the OJ number
        ("Decision (EU) 2020/1306 of the European Central Bank of 16 September 2020 (ECB/2020/44)",
         [("Decision (EU) 2020/1306", "Decision (EU) 2020/1306", "32020D1306", "en"),
          ("ECB/2020/44", "Decision ECB/2020/44", None, "en")]),
        ("Guideline (EU) 2021/2253 of the European Central Bank (ECB/2021/49)",
         [("Guideline (EU) 2021/2253", "Guideline (EU) 2021/2253", "32021O2253", "en"),
          ("ECB/2021/49", "Guideline ECB/2021/49", None, "en")]),
        # 2015 to 2019: a guideline by the Bank's number; a decision by neither (EUR-Lex
        # adds a suffix: Decision (EU) 2019/1312 (ECB/2019/22) is 32019D0022(01))
        ("Guideline (EU) 2016/65 of the European Central Bank of 18 November 2015 (ECB/2015/35)",
         [("Guideline (EU) 2016/65", "Guideline (EU) 2016/65", None, "en"),
          ("ECB/2015/35", "Guideline ECB/2015/35", "32015O0035", "en")]),
        ("Decision (EU) 2019/1311 of the ECB (ECB/2019/21)",
         [("Decision (EU) 2019/1311", "Decision (EU) 2019/1311", None, "en"),
          ("ECB/2019/21", "Decision ECB/2019/21", None, "en")]),
        # 2020: the practice changed within the year (32020O1691 for a guideline of
        # September); neither number gives a guideline's CELEX
        ("Guideline (EU) 2020/1691 of the European Central Bank (ECB/2020/47)",
         [("Guideline (EU) 2020/1691", "Guideline (EU) 2020/1691", None, "en"),
          ("ECB/2020/47", "Guideline ECB/2020/47", None, "en")]),
        ("décision (UE) 2015/2218 de la Banque centrale européenne (BCE/2015/38)",
         [("décision (UE) 2015/2218", "décision (UE) 2015/2218", None, "fr"),
          ("BCE/2015/38", "décision BCE/2015/38", None, "fr")]),
    ],
)  # fmt: skip
def test_the_bank_number_after_a_citation(text: str, expected: list[object]) -> None:
    assert _acts(text) == expected


def test_a_bracketed_number_after_a_title_naming_acts_of_other_types() -> None:
    # the number may be the first act's (a decision) or the guideline's: no CELEX
    text = "Decision of the ECB of 21 March 2012 amending Guideline ECB/2011/14 (ECB/2012/4)"
    assert _acts(text)[-1] == ("ECB/2012/4", "Guideline ECB/2012/4", None, "en")


@pytest.mark.parametrize(
    ("text", "celex"),
    [
        # the Bank as author before the type word or right after the number
        ("ECB Decision 2010/597/EU", None),
        ("Decision 2010/597/EU of the European Central Bank", None),
        ("Beschluss (EU) 2015/2218 der Europäischen Zentralbank", None),
        ("Beschluss (EU) 2015/2218 vom 20. November 2015 über das Verfahren (EZB/2015/38)", None),
        # another author, another sentence, or another act number between: kept
        ("Commission Decision 2010/597/EU of 16 September 2010 (ECB/2010/14)", "32010D0597"),
        ("Decision 2010/597/EU. Then (ECB/2010/14)", "32010D0597"),
        ("Decision 2010/597/EU and Directive 2010/1/EU (ECB/2010/14)", "32010D0597"),
        ("Decision 2010/597/EU", "32010D0597"),
        # a guideline, the Bank's, by its OJ number before 2021 (EUR-Lex: 32011O0014)
        ("Guideline 2011/817/EU", None),
    ],
)
def test_the_oj_number_of_an_act_of_the_bank(text: str, celex: str | None) -> None:
    assert _acts(text)[0][2] == celex


@pytest.mark.parametrize(
    "text",
    [
        "the ECB/2011/14 figures",  # no type word: which act it is stays unsaid
        "see ECB/2015/38",
        "Decision ECB/1997/1",  # before the Bank
        "Decision ECB/2099/1",  # from the future
        "Guideline ECB/2011/14/5",
        "Guideline XECB/2011/14",
        "(ECB/2015/38)",  # bracketed, but no type word before it
    ],
)
def test_no_reference(text: str) -> None:
    assert _acts(text) == []


def test_normal_forms_parse_back() -> None:
    for text in ("Guideline ECB/2011/14", "Decision ECB/2015/38", "Leitlinie EZB/2011/14"):
        ref = eurefs.parse(text)
        assert ref.normalized == text
        assert eurefs.parse(ref.normalized) == ref


@pytest.mark.parametrize(
    "lang",
    [lg for lg in LANGUAGES if lg.ecb_prefixes and not lg.number_before_type],
    ids=lambda lg: lg.code,
)
def test_every_language_reads_its_abbreviation(lang: Language) -> None:
    for prefix in lang.ecb_prefixes:
        text = f"{lang.act_types['decision'][0]} {prefix}/2010/14"
        (ref,) = eurefs.extract(text, short_forms=False)
        assert (ref.kind, ref.text, ref.act_type, ref.celex) == (
            "legal_act",
            text,
            "decision",
            None,
        )
        assert ref.normalized.endswith(f" {lang.ecb_prefixes[0]}/2010/14")
        assert eurefs.parse(ref.normalized).act_type == "decision"
