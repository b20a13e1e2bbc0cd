"""The suite's hypothesis profiles (``tests/support/hypothesis_profiles.py``): by default
every property test draws the same examples at every run, and the hunt can scale them all.

A fresh-clone CI run of 6540043 went red on a random draw (``' \\u200b(¹) '`` in
``tests/test_textview.py``) that had been possible for sessions: the default profile now
makes such a draw happen at every run or at none.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.support import hypothesis_profiles

TESTS = Path(__file__).resolve().parent


def _draws() -> list[str]:
    drawn: list[str] = []

    @settings(max_examples=30)
    @given(st.text(max_size=8))
    def record(text: str) -> None:
        drawn.append(text)

    record()
    return drawn


@pytest.mark.skipif(hypothesis_profiles.profile_name() != "ci", reason="hunting: random draws")
def test_the_suite_draws_the_same_examples_at_every_run() -> None:
    assert settings.default.derandomize
    assert settings.default.database is None
    first = _draws()
    assert len(first) == 30
    assert _draws() == first


def test_every_test_names_its_examples_through_the_profile() -> None:
    # an explicit ``max_examples=300`` would override the hunt profile's scaled count
    fixed = [
        f"{path.relative_to(TESTS)}:{text.count(chr(10), 0, match.start()) + 1}"
        for path in sorted(TESTS.rglob("*.py"))
        if path.name not in (Path(__file__).name, "hypothesis_profiles.py")
        for text in [path.read_text(encoding="utf-8")]
        for match in re.finditer(r"max_examples\s*=\s*(?!examples\()", text)
    ]
    assert not fixed, fixed


def test_the_hunt_scales_every_count(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(hypothesis_profiles.PROFILE_VARIABLE, "hunt")
    monkeypatch.setenv(hypothesis_profiles.SCALE_VARIABLE, "7")
    assert hypothesis_profiles.examples(300) == 2100
    monkeypatch.setenv(hypothesis_profiles.PROFILE_VARIABLE, "ci")
    assert hypothesis_profiles.examples(300) == 300
    monkeypatch.setenv(hypothesis_profiles.PROFILE_VARIABLE, "hnut")
    with pytest.raises(ValueError, match="hnut"):
        hypothesis_profiles.profile_name()
