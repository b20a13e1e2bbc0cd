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
from tests.support.hypothesis_profiles import examples

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


@settings(max_examples=examples(300))
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


def _rare_keys(char: str) -> list[str]:
    from eurefs import family_scan

    family_scan._absent_rare("", {})  # (the table made on first use)
    return [key for key, rare in family_scan._RARE[0] if rare == char]


def test_anchors_of_a_character_the_text_does_not_hold_are_not_searched(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The Court's judgment in C-590/22 (tests/data/corpus D02: curly quotes beyond Latin-1)
    # holds no Czech ``č``: the anchors of ``čl`` get no positions, without a pass over
    # the view each (13 such tests cost ~5.6M instructions on 1 MB of the benchmark text);
    # the Czech JRC-Acquis sentences (tests/data/corpus-cs C01: ``podle čl. 104 odst. 7``) hold it
    from eurefs import family_scan

    en = (DATA / "corpus" / "docs" / "D02-cjeu-c-590-22.txt").read_text(encoding="utf-8")
    cs = (DATA / "corpus-cs" / "docs" / "C01-cs-jrc-acquis-sentences.txt").read_text(
        encoding="utf-8"
    )
    keys = _rare_keys("č")
    assert keys
    for text, absent in ((en, True), (cs, False)):
        cache: dict[str, list[int]] = {}
        with latin1.shared(text):
            textview.TextView(text)
            # (known in the English text, where they are few; the Czech is dense with them)
            assert (latin1.beyond_latin1(text) is not None) is absent
            family_scan._absent_rare(text, cache)
        assert all((cache.get(key) == []) is absent for key in keys), text[:40]
        found = eurefs.extract(text)
        monkeypatch.setattr(family_scan, "_absent_rare", lambda text, cache: None)
        assert eurefs.extract(text) == found
        monkeypatch.undo()


def test_the_characters_beyond_latin1_are_known_only_within_the_block() -> None:
    text = "Article 5 GDPR ‘personal data’ " * 3
    assert latin1.beyond_latin1(text) is None
    with latin1.shared(text):
        assert latin1.beyond_latin1(text) is None  # (not read yet)
        textview.TextView(text)
        assert latin1.beyond_latin1(text) == {"‘", "’"}
        assert latin1.beyond_latin1("".join(list(text))) is None  # another object
    with latin1.shared("Article 5 GDPR"):
        assert latin1.beyond_latin1("Article 5 GDPR") == frozenset()  # (ASCII: none)
    latin = "Art. 5 DSGVO – é " * 3
    with latin1.shared(latin):
        textview.TextView(latin)  # (the dash is beyond Latin-1)
        assert latin1.beyond_latin1(latin) == {"–"}
