"""The appeal's ``P`` glued to a case number after a court letter, as BAILII cites the
Court's judgments (``[2004] EUECJ C-3/01P``): part of the reference, normalised with its
blank (``C-3/01 P``); the span was cut short before it (``C-3/01``)."""

from __future__ import annotations

import pytest

import eurefs
from tests.support.extracted import extracted


def _cases(text: str) -> list[tuple[str, str, str | None]]:
    return extracted(text, "text", "normalized", "suffix", kind="case")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # swarb.co.uk's list of the Court's judgments of 2004, BAILII's citation
        ("Bundesverband Der Arzneimittel-Importeure v Bayer And Commission (Competition) "
         "C-3/01; [2004] EUECJ C-3/01P 6 Jan 2004 ECJ European",
         [("C-3/01", "C-3/01", None), ("C-3/01P", "C-3/01 P", "P")]),
        ("Joined Cases C-2/01P and C-3/01P, BAI and Commission v Bayer [2004] ECR I-23.",
         [("C-2/01P", "C-2/01 P", "P"), ("C-3/01P", "C-3/01 P", "P")]),
    ],
)  # fmt: skip
def test_glued_appeal_suffix(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert _cases(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # other suffixes and words glued to the number stay outside it
        ("the order in Case C-3/01PPU was made", [("C-3/01", "C-3/01", None)]),
        ("see T-3/01Pa for the annex", [("T-3/01", "T-3/01", None)]),
        # no court letter: the glued letter is no suffix
        ("Case 26/62P", [("26/62", "Case 26/62", None)]),
    ],
)  # fmt: skip
def test_other_glued_letters_are_no_suffix(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert _cases(text) == expected


def test_parse_reads_the_glued_suffix() -> None:
    ref = eurefs.parse("C-3/01P")
    assert (ref.normalized, ref.suffix) == ("C-3/01 P", "P")
