"""A popular name the text defines for another act than the name's own
(``eurefs/short_forms/definitions.py``, ``_named_owner``).

Texts before Regulation (EU) 2017/1129 called Commission Regulation (EC) No 809/2004
"the Prospectus Regulation" (ESMA, Questions and Answers Prospectuses, 21st updated
version, ESMA/2014/35: "Item 20.1 of Annex I Prospectus Regulation"; PwC, "ESMA
publishes updated Q&A on Prospectus issues", 2014: "Annex XXII of the Prospectus
Regulation"; Lexology: "Article 24(3) of the Prospectus Regulation (Regulation
809/2004)"): in such a text the name is not the 2017 Regulation's.
"""

from __future__ import annotations

import pytest

import eurefs
from eurefs.chunked import iter_extract
from tests.support.extracted import extracted

OLD, NEW = "32004R0809", "32017R1129"
GDPR, DSA = "32016R0679", "32022R2065"


def uses(text: str) -> list[tuple[str, str, str | None]]:
    return extracted(text, "text", "how", "celex", kinds="short_form")


def test_a_name_right_after_the_citation_is_that_acts() -> None:
    text = (
        'Commission Regulation (EC) No 809/2004 (the "Prospectus Regulation") lays down '
        "the schedules. Under Annex I of the Prospectus Regulation, the issuer shall "
        "include its historical financial information."
    )
    assert uses(text) == [("Prospectus Regulation", "defined_term", OLD)]


def test_a_footnote_call_may_stand_between() -> None:
    text = (
        'Commission Regulation (EC) No 809/2004 1 (the "Prospectus Regulation") applies. '
        "The Prospectus Regulation lists the schedules."
    )
    assert uses(text) == [("Prospectus Regulation", "defined_term", OLD)]


@pytest.mark.parametrize(
    "text",
    [
        # the name after the act's title: the site is not certain, and the name is
        # not the 2017 Regulation's in this text
        "Commission Regulation (EC) No 809/2004 of 29 April 2004 implementing Directive "
        "2003/71/EC of the European Parliament and of the Council as regards information "
        'contained in prospectuses (the "Prospectus Regulation") applies. Under the '
        "Prospectus Regulation, the issuer shall publish.",
        "Commission Regulation (EC) No 809/2004 of 29 April 2004 "
        '(the "Prospectus Regulation") applies. Under the Prospectus Regulation, it is so.',
    ],
)
def test_an_uncertain_site_gives_the_name_nothing(text: str) -> None:
    assert uses(text) == []
    assert OLD in [r.celex for r in eurefs.extract(text)]


@pytest.mark.parametrize(
    "text",
    [
        # a name of yet another work after a list's last act: the list's bracket may name
        # any of its acts or all, as a bare ("the Regulation") there does; the text has
        # taken the name from its work all the same
        'Regulation (EU) 2019/1150 and Regulation (EU) 2022/2065 ("GDPR"). The GDPR applies.',
        "Regulation (EU) 2019/1150 and Regulation (EU) 2022/2065 "
        '("the Prospectus Regulation"). The Prospectus Regulation applies.',
        "Regulation (EU) 2019/1150 and Commission Regulation (EC) No 809/2004 of 29 April "
        '2004 (the "Prospectus Regulation") apply. Under the Prospectus Regulation, it is so.',
    ],
)
def test_a_name_after_a_lists_last_act_gives_nothing(text: str) -> None:
    assert uses(text) == []
    assert list(iter_extract(text, chunk_size=60)) == eurefs.extract(text)


@pytest.mark.parametrize(
    "text",
    [
        # the bracket defines the name of the words before it, no act's citation
        "Regulation (EU) 2022/2065 applies to platforms. The General Data Protection "
        'Regulation ("GDPR") applies. The GDPR applies.',
        "Regulation (EU) 2022/2065 and the General Data Protection Regulation "
        '("GDPR") apply. The GDPR applies.',
    ],
)
def test_a_name_defined_after_its_own_words_keeps_its_work(text: str) -> None:
    assert [u for u in uses(text) if u[0] == "GDPR"] == [("GDPR", "popular_name", GDPR)]


def test_without_the_definition_the_name_is_its_works() -> None:
    text = "Under the Prospectus Regulation, the issuer shall publish a prospectus."
    assert uses(text) == [("Prospectus Regulation", "popular_name", NEW)]
    text = "Directive 2003/71/EC applies. The Prospectus Regulation replaced it."
    assert uses(text) == [("Prospectus Regulation", "popular_name", NEW)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the name of the last act of a list, or of the act a title amends, stays its own
        (
            'Regulation (EU) 2019/1150 and Regulation (EU) 2022/2065 ("DSA") apply. '
            "The DSA sets rules.",
            [("DSA", "defined_term", DSA)],
        ),
        (
            "Regulation (EU) 2018/1725 of 23 October 2018 on the protection of natural "
            "persons, amending Regulation (EU) 2016/679 ('GDPR') applies. The GDPR too.",
            [("GDPR", "defined_term", GDPR)],
        ),
        # the name's own act
        (
            "Regulation (EU) 2017/1129 (the 'Prospectus Regulation') applies. The "
            "Prospectus Regulation too.",
            [("Prospectus Regulation", "defined_term", NEW)],
        ),
    ],
)
def test_a_name_of_the_cited_act_keeps_it(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert uses(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        'Commission Regulation (EC) No 809/2004 (the "Prospectus Regulation") applies. '
        "The Prospectus Regulation lists the schedules.",
        "Commission Regulation (EC) No 809/2004 of 29 April 2004 "
        '(the "Prospectus Regulation") applies. Under the Prospectus Regulation, it is so.',
    ],
)
def test_a_stream_binds_the_same(text: str) -> None:
    assert list(iter_extract(text, chunk_size=60)) == eurefs.extract(text)
