"""A popular name joined by a conjunction to the capitalised words of a longer title
before it is that title's tail, no mention of the EU act (``short_forms/longer_titles``):
Canada's Artificial Intelligence and Data Act (AIDA, Part 3 of Bill C-27) is no Data Act.
Another act's name before the conjunction keeps the mention."""

from __future__ import annotations

import pytest

from tests.support.extracted import extracted

DATA_ACT = "32023R2854"


def _names(text: str) -> list[tuple[str, str | None]]:
    return extracted(text, "text", "celex", kind="short_form")


@pytest.mark.parametrize(
    "text",
    [
        # public repositories' notes on AI laws (find_string 'Artificial Intelligence and
        # Data Act', ids 66040719583, 53443445863, 56849905003): each 'Data Act' was
        # Regulation (EU) 2023/2854
        "assess agentic AI interactions against PIPEDA and the proposed Artificial "
        "Intelligence and Data Act (AIDA) framework.",
        "| Canada | Artificial Intelligence and Data Act (AIDA) | Legislative progress "
        "uncertain; framework language already influential. |",
        "The Artificial Intelligence and Data Act died with Bill C-27 at prorogation "
        "(January 2025).",
        # the session's brief
        "Canada's Artificial Intelligence and Data Act was proposed.",
    ],
)
def test_a_longer_title_joined_by_and_is_no_mention(text: str) -> None:
    assert _names(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Data Governance Act and Data Act apply.",
            [("Data Governance Act", "32022R0868"), ("Data Act", DATA_ACT)],
        ),
        ("The GDPR and Data Act apply.", [("GDPR", "32016R0679"), ("Data Act", DATA_ACT)]),
        ("The Data Act applies.", [("Data Act", DATA_ACT)]),
    ],
)
def test_another_name_before_the_conjunction_keeps_the_mention(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _names(text) == expected
