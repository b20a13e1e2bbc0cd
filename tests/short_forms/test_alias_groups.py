"""Several aliases in one bracket, and the act that owns them
(``eurefs/short_forms/alias_groups.py``).

The "and" form is the one of the issue (``(hereinafter "the Regulation" and "the
GDPR")``, UNCONFIRMED in a text read for the project); the two-act form, where "and"
joins the aliases of two acts, is the one the docs cite ('Directive 2009/72/EC and
Directive 2009/73/EC ('the Electricity Directive' and 'the Gas Directive')').
"""

from __future__ import annotations

import pytest

import eurefs

GDPR, DSA, P2B = "32016R0679", "32022R2065", "32019R1150"


def defined(text: str) -> list[tuple[str, str | None]]:
    return [
        (r.text, r.celex)
        for r in eurefs.extract(text, kinds="short_form")
        if r.how == "defined_term"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Regulation (EU) 2016/679 (hereinafter "the Regulation" and "the GDPR") applies. '
            "Under the GDPR it is so; the Regulation says it.",
            [("GDPR", GDPR), ("Regulation", GDPR)],
        ),
        (
            "le règlement (UE) 2016/679 (ci-après le « règlement » et le « RGPD »). Le RGPD "
            "s'applique, et l'article 5 du règlement aussi.",
            [("RGPD", GDPR), ("règlement", GDPR)],
        ),
        (
            "die Verordnung (EU) 2016/679 (im Folgenden „Verordnung“ und „DSGVO“). Die DSGVO "
            "gilt; Art. 5 der Verordnung auch.",
            [("DSGVO", GDPR), ("Verordnung", GDPR)],
        ),
    ],
)
def test_aliases_joined_by_and_after_one_act_name_it(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert defined(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # two acts, two aliases: which names which is not said
        "Directive 2009/72/EC and Directive 2009/73/EC ('the Electricity Directive' and "
        "'the Gas Directive') apply. The Gas Directive and the Electricity Directive too.",
        'Regulation (EU) 2019/1150 and Directive 2000/31/EC ("the Regulation" and "the '
        'Directive") apply. The Regulation and the Directive too.',
        # the title's act reached past the acts it amends
        "Directive 2005/29/EC concerning unfair practices and amending Directives 97/7/EC "
        "and 2002/65/EC ('the Directive' and 'the UCPD') applies. The UCPD too.",
        # an alias of another type than the act
        "Regulation (EU) 2016/679 ('the Regulation' and 'the Directive') applies. "
        "The Directive too.",
    ],
)
def test_aliases_joined_by_and_otherwise_name_nothing(text: str) -> None:
    assert defined(text) == []


def test_a_name_after_the_last_act_of_a_list_is_that_acts() -> None:
    text = (
        'Regulation (EU) 2019/1150 and Regulation (EU) 2022/2065 ("DSA") apply. The DSA sets rules.'
    )
    assert defined(text) == [("DSA", DSA)]
    text = "Regulation (EU) 2022/2065 and Regulation (EU) 2016/679 ('GDPR') apply. The GDPR too."
    # (the name the text defines is a defined term from there on)
    assert defined(text) == [("GDPR", GDPR)]


@pytest.mark.parametrize(
    "text",
    [
        # a bare alias may be the title's act or any of the list
        'Regulation (EU) 2022/2065 and Regulation (EU) 2019/1150 ("the Regulation") apply. '
        "The Regulation sets rules.",
        # the name of another act of the list than the last one
        'Regulation (EU) 2022/2065 and Regulation (EU) 2019/1150 ("DSA") apply. '
        "The DSA sets rules.",
        # no acronym of the last act's names
        'Regulation (EU) 2019/1150 and Regulation (EU) 2022/2065 ("DMA") apply. '
        "The DMA sets rules.",
    ],
)
def test_other_aliases_after_a_list_name_nothing(text: str) -> None:
    assert defined(text) == []
    assert P2B in [r.celex for r in eurefs.extract(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name of the act a title amends is that act's, not the title's
        (
            "Regulation (EU) 2018/1725 of 23 October 2018 on the protection of natural "
            "persons, amending Regulation (EU) 2016/679 ('GDPR') applies. The GDPR too.",
            [("GDPR", GDPR)],
        ),
        (
            "Directive (EU) 2019/1 amending Regulation (EU) 2022/2065 ('DSA') applies. "
            "The DSA too.",
            [("DSA", DSA)],
        ),
        # an alias that names no act of the title stays the title's act's (as before)
        (
            "Directive (EU) 2019/1 amending Regulation (EU) 2016/679 ('the Directive') "
            "applies. The Directive too.",
            [("Directive", "32019L0001")],
        ),
    ],
)
def test_a_name_in_a_title_is_the_named_acts(text: str, expected: list[tuple[str, str]]) -> None:
    assert defined(text) == expected


def test_a_popular_name_given_to_another_work_is_that_works_in_the_text() -> None:
    # the GDPR's name right after the Data Act's citation: the text has taken the name
    # (see test_defined_popular_names.py for the real form, 809/2004 as "the Prospectus
    # Regulation")
    text = "Regulation (EU) 2023/2854 ('GDPR') applies. The GDPR too."
    assert defined(text) == [("GDPR", "32023R2854")]
