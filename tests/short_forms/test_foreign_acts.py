"""Another legislature's statute named as an EU act is no mention of the EU act.

Real texts comparing the EU's acts with American and Korean ones (sources in the
English record, ``foreign_act_marks``): each name after the other legislature's mark
was the EU act's CELEX.
"""

from __future__ import annotations

import pytest

import eurefs
from tests.support.extracted import extracted

AI_ACT, CHIPS_ACT = "32024R1689", "32023R1781"


def _names(text: str) -> list[tuple[str, str | None]]:
    return extracted(text, "text", "celex", kind="short_form")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # https://english.bdi.eu/publication/news/comparison-and-experiences-us-vs-eu-chips-act
        (
            "The US Chips Act and the European Chips Act have very similar goals - to "
            "strengthen the domestic semiconductor sector. However, compared to the U.S. "
            "Chips Act, is the EU Chips Act strong enough in its design?",
            [("European Chips Act", CHIPS_ACT), ("Chips Act", CHIPS_ACT)],
        ),
        # https://blog.cronozen.com/en/post/1303
        (
            "The Colorado AI Act takes effect June 30, 2026. The EU AI Act's full "
            "enforcement begins August 2, 2026.",
            [("AI Act", AI_ACT)],
        ),
        # https://www.barbieriadvogados.com/brazil-ai-act (the title; pages corpus)
        (
            "Brazil’s AI Act in the Making: A Comparative Analysis of PL 2.338/2023 and the "
            "EU AI Act",
            [("AI Act", AI_ACT)],
        ),
        # https://euaicompass.com/eu-ai-act-vs-colorado-ai-act.html
        (
            "The EU AI Act and Colorado AI Act are not equivalent. The EU AI Act uses "
            "provider/deployer roles.",
            [("AI Act", AI_ACT), ("AI Act", AI_ACT)],
        ),
        # https://captaincompliance.com/?p=11470 (a possessive after the mark)
        (
            "Colorado's AI Act imposes the most structurally rigorous requirements, "
            "demanding impact assessments.",
            [],
        ),
        # https://dhirubhai.net/pulse/united-korean-ai-act-bill-contents-comparison-eu-english-min-h98kc
        (
            "The United Korean AI Act Bill: Contents in Comparison with the EU AI Act",
            [("AI Act", AI_ACT)],
        ),
    ],
)
def test_a_name_after_another_legislatures_mark_is_not_the_eu_act(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # https://link.springer.com/chapter/10.1007%2F978-3-030-15577-3_1
        "Singapore’s Cybersecurity Act 2018 (CSA) establishes a solid and precise framework "
        "for the CII protection.",
        # https://orionw.com/news-insights/amendments-to-cybersecurity-act-2018-passed
        "On 7 May 2024, the Singapore Parliament passed the Cybersecurity (Amendment) Bill, "
        "which amends the Cybersecurity Act 2018 (Act).",
        # https://www.i46.cz/2024/05/23/a-deep-dive-comparing-cybersecurity-regulations-eu-nis2-directive-vs-singapore-cybersecurity-act/
        "In contrast, the Singapore Cybersecurity Act takes a more focused approach.",
        # http://www.mondaq.com/unitedstates/x/455696/ (title and text)
        "President Obama Signs Cybersecurity Act Of 2015 To Encourage Cybersecurity "
        "Information Sharing",
        "The Cybersecurity Act of 2015 aims to address many of those concerns.",
        # https://cms.law/fr/fra/news-information/japan-ai-act-and-eu-ai-act-same-name-but-false-siblings
        "Once we transcend the obvious difference in size between the EU Act (113 "
        "articles) and the Japan AI Act (only 28 articles), we can notice a similarity.",
        # https://nope.net/regs/jp-ai-promotion (the page's heading)
        "Japan AI Act\n\nAI Promotion Act\n\nCreates a duty to make reasonable efforts.",
        # https://www.modernghana.com/news/1073354/ghanas-cybersecurity-act-at-a-glance.html
        "Ghana’s Cybersecurity Act at a glance\n\nBy Sherrif Issah\n\nThis article provides "
        "key highlights and issues of interest from the act.",
        # https://audreygrey.co/notes/2021/03/09/overview-of-the-cybersecurity-act-2020/
        # (a Commonwealth statute's year after a comma)
        "On 29 December 2020, the Cybersecurity Act, 2020 came into force with the assent "
        "of the President of the Republic of Ghana.",
        # Brazil's bill PL 2338/2023 and Texas's TRAIGA named as the EU act is (public
        # repositories, find_string "Brazil's AI Act", 'Brazilian AI Act', 'Texas AI Act')
        "It aligns with Brazil's AI Act requirements for high-risk AI systems used in "
        "employment decisions.",
        '| "Brazilian AI Act" | "Brazil\'s proposed AI governance legislation (PL 2338/2023)" '
        "| Misnomer |",
        "- **Texas AI Act (HB 149)**: signed 2025; consequential decisions; impact "
        "assessments; notice requirements",
        "| Texas AI Act | `texas-ai-act` | Project | Texas Responsible AI Governance Act "
        "(TRAIGA) |",
    ],
)
def test_a_name_with_another_legislatures_mark_or_year_is_not_the_eu_act(text: str) -> None:
    assert _names(text) == []


def test_a_name_with_its_own_acts_year_or_number_is_the_eu_act() -> None:
    text = "The EU Cybersecurity Act 2019 strengthened ENISA. The AI Act 2024/1689 applies."
    # (the act's own number right after the name is the same mention's: ``name_numbers``)
    assert _names(text) == [
        ("Cybersecurity Act", "32019R0881"),
        ("AI Act 2024/1689", AI_ACT),
    ]


def test_the_alias_of_the_eu_act_after_the_mark_is_no_use_of_it() -> None:
    text = (
        "Regulation (EU) 2023/1781 (the 'Chips Act') differs from the US Chips Act. "
        "The Chips Act funds pilot lines."
    )
    uses = [(r.start, r.celex) for r in eurefs.extract(text) if r.kind == "short_form"]
    assert uses == [(text.rindex("Chips Act"), CHIPS_ACT)]


@pytest.mark.parametrize(
    "text",
    [
        # a mark before a name that is no statute word of other legislatures, or before
        # an acronym: the EU act's (the adjective modifies what follows)
        "US GDPR compliance programmes follow Article 3(2) of the regulation.",
        "The UK and US Data Act debates differ from the EU Data Act.",
    ],
)
def test_a_mark_before_an_acronym_or_an_eu_named_act_is_no_foreign_act(text: str) -> None:
    assert _names(text)


def test_the_eu_names_stay_names() -> None:
    assert _names("The European Chips Act and the AI Act apply.") == [
        ("European Chips Act", CHIPS_ACT),
        ("AI Act", AI_ACT),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # https://audreygrey.co/notes/2021/03/09/overview-of-the-cybersecurity-act-2020/
        # (the statute named with its year first; then bare, in a heading and in prose)
        "On 29 December 2020, the Cybersecurity Act, 2020 came into force with the assent "
        "of the President of the Republic of Ghana. The Act establishes the Cybersecurity "
        "Authority and regulates cybersecurity activities in Ghana.  Below is a Q & A on "
        "some of the key aspects of the governance framework under the Cybersecurity Act."
        "\n\nd) Who/What does the Cybersecurity Act apply to?\n\nThe Cybersecurity Act "
        "applies to everyone who is involved or could potentially be affected by "
        "cybercrime or a cybersecurity incident.",
        # https://bentsienchill.com/licensing-of-cybersecurity-industry-players-in-ghana/
        "The Cybersecurity Act, 2020 (Act 1038) (Cybersecurity Act) came into force on 29 "
        "December 2020. It regulates cybersecurity activities and promotes the development "
        "of cybersecurity in Ghana. With the passing of the Cybersecurity Act, the National "
        "Cyber Security Centre has transitioned into the Cybersecurity Authority.",
        # the bare name before the marked one (the heading of modernghana.com's page last)
        "The Cybersecurity Act establishes the Cyber Security Authority.\n\n"
        "Ghana’s Cybersecurity Act at a glance",
    ],
)
def test_a_bare_name_in_a_text_that_names_another_legislatures_statute_so(text: str) -> None:
    """Each bare 'Cybersecurity Act' was Regulation (EU) 2019/881 (32019R0881): the text
    names Ghana's statute so and never the EU's."""
    assert _names(text) == []


def test_a_text_that_marks_the_name_as_the_unions_keeps_its_bare_uses() -> None:
    text = (
        "Unlike the Cybersecurity Act of 2015 in the US, the EU's Cybersecurity Act "
        "sets up certification. The Cybersecurity Act gives ENISA a permanent mandate."
    )
    assert _names(text) == [("Cybersecurity Act", "32019R0881")] * 2
