"""Slovak and Czech titles that repeal or amend an act by a noun, ``a o zrušení smernice
95/46/ES`` ("and on the repeal of Directive 95/46/EC"), as Slovak and Czech privacy notices
write the GDPR's title (the official title has the verb, ``ktorým sa zrušuje``, ``kterým se
zrušuje``; EUR-Lex's titles use the noun too: ``a o zrušení smerníc Rady 90/385/EHS a
93/42/EHS``).  The repealed act is part of the title, so an alias defined after it names
the act whose title it is (``languages.sk``/``cs`` ``in_title_before``).  Without the
noun, the bracket was read as the repealed directive's and the type word alias ``nariadenie``
("regulation") agreed with no act: its uses were nothing."""

from __future__ import annotations

from tests.support.short_form_mentions import defined_terms


def test_slovak_alias_after_a_repealed_directive_in_the_title() -> None:
    # a Slovak e-shop's privacy notice in a public repository (find_string
    # '(ďalej len „nariadenie', id 55126867770), shortened
    text = (
        "2.1.1. plnenie zmluvy medzi Vami a prevádzkovateľom alebo na vykonanie opatrení"
        " správcom pred uzavretím takejto zmluvy v zmysle čl. 6 ods. 1 písm. b) Nariadenie"
        " Európskeho parlamentu a Rady 2016/679 o ochrane fyzických osôb pri spracovaní"
        " osobných údajov a o voľnom pohybe týchto údajov a o zrušení smernice 95/46/ES"
        " (všeobecné nariadenie o ochrane osobných údajov) (ďalej len „nariadenie“);\n\n"
        "2.1.2. splnenie právnych povinností, ktoré sa na správcu vzťahujú, v zmysle čl. 6"
        " ods. 1 písm. c) nariadenia, a to konkrétne najmä splnenie povinností."
    )
    assert defined_terms(text) == [("nariadenia", "32016R0679", "čl. 6 ods. 1 písm. c)")]


def test_czech_alias_after_a_repealed_directive_in_the_title() -> None:
    # a Czech parish's consent form in a public repository (find_string 'o zrušení
    # směrnice 95/46/ES (obecné nařízení', id 70945314348), shortened
    text = (
        "Udělujete tímto souhlas Římskokatolické farnosti Kuřim (dále jen „Správce“), aby ve"
        " smyslu nařízení Evropského parlamentu a Rady (EU) č.\n2016/679 o ochraně fyzických"
        " osob v souvislosti se zpracováním osobních údajů a o volném pohybu těchto\núdajů a"
        " o zrušení směrnice 95/46/ES (obecné nařízení o ochraně osobních údajů) (dále jen"
        " „Nařízení“)\nzpracovávala tyto osobní údaje:\n\n"
        "Vezměte, prosíme, na vědomí, že podle Nařízení máte právo:"
    )
    assert defined_terms(text) == [("Nařízení", "32016R0679", None)]


def test_an_alias_of_the_repealed_acts_type_is_read_as_after_the_verb() -> None:
    # (the noun takes the directive into the title, as the verb does: 'ktorým sa zrušuje
    # smernica 95/46/ES („smernica“)' is nothing, as 'repealing Directive 95/46/EC
    # ('the Directive')' is in English; it was the directive's after the noun)
    text = (
        "Nariadenie Európskeho parlamentu a Rady 2016/679 o ochrane fyzických osôb a o"
        " zrušení smernice 95/46/ES (ďalej len „smernica“). Podľa článku 7 smernice."
    )
    assert defined_terms(text) == []
