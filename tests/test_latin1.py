"""One Latin-1 copy of a text for the core's view and the short forms' name scan
(``eurefs.latin1``)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import eurefs
from eurefs import latin1, textview
from eurefs.short_forms import name_search

DATA = Path(__file__).resolve().parent / "data"


def test_the_copy_is_made_once_within_its_block() -> None:
    text = "it’s the GDPR " * 3
    with latin1.shared(text):
        first = latin1.latin1_copy(text)
        assert latin1.latin1_copy(text) is first
        # an equal text that is another object gets a copy of its own
        other = "".join(list(text))
        assert latin1.latin1_copy(other) == first and latin1.latin1_copy(other) is not first
    assert first == text.encode("latin-1", "replace") and len(first) == len(text)
    assert latin1.latin1_copy(text) is not first  # (dropped at the block's end)


def test_the_name_scan_reads_the_copy_the_core_made(monkeypatch: pytest.MonkeyPatch) -> None:
    # the Court's judgment in C-590/22 (tests/data/corpus D02): curly quotes beyond
    # Latin-1 ('Concept of ‘non-material damage’'), and the GDPR named in full
    text = (DATA / "corpus" / "docs" / "D02-cjeu-c-590-22.txt").read_text(encoding="utf-8")
    made_before: list[bool] = []

    def copy(t: str) -> bytes:
        held = latin1._SHARED.get()
        made_before.append(held is not None and held.text is t and held.copy is not None)
        return latin1.latin1_copy(t)

    monkeypatch.setattr(name_search, "latin1_copy", copy)
    refs = eurefs.extract(text)
    assert any(r.kind == "short_form" for r in refs)
    assert made_before == [True]


_PIECES = st.sampled_from(
    [*textview._WIDE, "a", " ", "?", "’", "é", "\xa0", "α", "Ж", "č", "\U0001f600", "\udcff"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=400).map("".join))
@example("α" * 200 + "\u2013")  # dense from the start: read by the second byte of the codes
@example("a" * 5000 + "?" * 100 + "\u2013")  # the text's own ``?``, then dense
@example("a" * 5000 + "\u2013" + "Ж" * 300)
@example("č" * 300 + "\u0163\u2013" + "\U0001f600" * 10 + "\u2011")  # U+01xx dense, beyond the BMP
@example("α" * 300 + "\u2013" * 300 + "\u2011")  # U+20xx dense
@example("α" * 5000 + "\u2013")  # dense in its first 4,096 characters
def test_the_wide_characters_are_those_the_text_holds(text: str) -> None:
    wanted = textview._WIDE
    copy = text.encode("latin-1", "replace")
    assert sorted(latin1.wide_chars(text, copy, wanted)) == sorted(c for c in wanted if c in text)
