"""Czech, Slovak and Slovenian article words in the cases real texts put them in before an act
(the records ``eurefs/languages/cs.py``, ``sk.py``, ``sl.py``): Czech ``článkem``,
``článcích``, Slovak ``článkoch``, Slovenian ``členih``, ``členoma``."""

from __future__ import annotations

import pytest

import eurefs


@pytest.mark.parametrize(
    ("text", "celex", "pinpoint"),
    [
        # a Czech consent form in a public repository (found with find_string)
        ("Zaškrtnutím políčka „Souhlas se zpracováním osobních údajů“ udělujete v souladu s "
         "článkem 6 odst. 1 písm. a) nařízení Evropského parlamentu a Rady (EU) č. 2016/679 "
         "(dále jen „GDPR“) spolku", "32016R0679", "článkem 6 odst. 1 písm. a)"),
        # COM(2021) 626 final, explanatory memorandum (EUR-Lex 52021PC0626, Slovak), with
        # the directive's number where the memorandum names it by its alias
        ("V článkoch 168 a 169 smernice 2006/112/ES sa stanovuje, že zdaniteľná osoba má právo "
         "na odpočet DPH", "32006L0112", "článkoch 168 a 169"),
        # the Slovenian dual's instrumental (by the Committee of the Regions' use below,
        # before an act UNCONFIRMED in a text read)
        ("v skladu s členoma 6 in 7 Uredbe (EU) 2016/679", "32016R0679", "členoma 6 in 7"),
    ],
)  # fmt: skip
def test_an_article_word_in_a_case_before_an_act(text: str, celex: str, pinpoint: str) -> None:
    (ref,) = [r for r in eurefs.extract(text) if r.kind == "legal_act"]
    assert (ref.celex, ref.pinpoint) == (celex, pinpoint)


@pytest.mark.parametrize(
    ("text", "span", "normalized"),
    [
        # the GDPR's Czech text, Article 26(1) (EUR-Lex 32016R0679), the articles of the Treaty
        # in the case the GDPR's own cite: 'informací uvedených v článcích 13 a 14'
        ("povinností uvedených v článcích 101 a 102 SFEU", "článcích 101 a 102 SFEU",
         "články 101 a 102 SFEU"),
        ("v souladu s článkem 267 SFEU", "článkem 267 SFEU", "článek 267 SFEU"),
        # 'navedenih v členih 94 in 95 zakona' (a Slovenian form text, public repository)
        ("navedenih v členih 101 in 102 PDEU", "členih 101 in 102 PDEU", "členi 101 in 102 PDEU"),
        # the dual's dative: the opinion of the Committee of the Regions on COM(2016) 799
        # final (EUR-Lex 52017AR2776, Slovenian; pages corpus): was nothing
        ("o prilagoditvi številnih zakonodajnih aktov, v katerih je določena uporaba regulativnega"
         " postopka s pregledom, členoma 290 in 291 Pogodbe o delovanju Evropske unije",
         "členoma 290 in 291 Pogodbe o delovanju Evropske unije", "členi 290 in 291 PDEU"),
    ],
)  # fmt: skip
def test_a_treaty_article_in_such_a_case(text: str, span: str, normalized: str) -> None:
    (ref,) = eurefs.extract(text)
    assert (ref.kind, ref.text, ref.normalized) == ("treaty_article", span, normalized)
    assert eurefs.parse(ref.normalized).normalized == normalized
