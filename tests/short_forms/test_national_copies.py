"""A national law's copy of an act named after it (``the UK GDPR``) is no mention of the act."""

from __future__ import annotations

import pytest

import eurefs
from eurefs.short_forms.national_copies import national_copy
from tests.support.extracted import extracted


def _names(text: str) -> list[tuple[str, str | None]]:
    return extracted(text, "text", "celex", kind="short_form")


@pytest.mark.parametrize(
    "text",
    [
        "In a conflict between the UK GDPR and the DPA 2018, the UK GDPR prevails.",
        "Firms report under UK EMIR and UK MiFIR.",
        "The FCA enforces the UK Market Abuse Regulation.",
        "The U.K. GDPR applies from 1 January 2021.",
        "the UK\u00a0GDPR",
    ],
)
def test_a_uk_copy_is_not_the_eu_act(text: str) -> None:
    assert _names(text) == []


def test_the_eu_act_next_to_its_uk_copy_is_found() -> None:
    text = "This meant that the EU GDPR became the UK GDPR; the GDPR still binds EU firms."
    found = [(r.start, r.celex) for r in eurefs.extract(text) if r.kind == "short_form"]
    assert found == [(text.index("GDPR"), "32016R0679"), (text.rindex("GDPR"), "32016R0679")]


def test_a_defined_alias_after_the_mark_is_no_use_of_it() -> None:
    text = (
        'The 2018 Act supplements Regulation (EU) 2016/679 ("the GDPR"). After exit day, '
        "the UK GDPR replaced the GDPR in domestic law."
    )
    uses = [r.start for r in eurefs.extract(text) if r.kind == "short_form"]
    assert uses == [text.rindex("GDPR")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the UK GDPR", True),
        ("the U.K. GDPR", True),
        ("UK  GDPR", True),
        ("the EU GDPR", False),
        ("the FUK GDPR", False),  # not a word of its own
        ("GDPR", False),
        ("the UK-GDPR", False),  # the name does not start after a space
    ],
)
def test_national_copy(text: str, expected: bool) -> None:
    assert national_copy(text, text.rindex("GDPR")) is expected
