"""The popular-name scan's search on a one-byte copy of the text (``name_search``) finds
what one pass of the names' pattern over the text finds."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from eurefs.languages import BY_CODE
from eurefs.short_forms import name_search, popular_names
from eurefs.short_forms.definition_words import paren_end
from eurefs.short_forms.popular_names import names_for

DATA = Path(__file__).resolve().parents[1] / "data"
# what may stand around a name: blanks beyond Latin-1 (read ``?`` in the copy), dashes,
# letters glued to it, a ``\x01`` and a ``?`` of the text itself, runs of capitals
_SEPARATORS = [
    " ", "\n", "\u2009", "\u3000 ", "\xa0", "-", "\u2011", "s ", "x", "", "’s ", "\x01",
    "?", " GDPRX ", "THE OPCVM ", "(", ") ", "É", "-t ", "-n. ",
]  # fmt: skip


def _one_pass(monkeypatch: pytest.MonkeyPatch, text: str, lang: str) -> popular_names.NameScan:
    with monkeypatch.context() as m:
        m.setattr(popular_names, "name_starts", lambda text, names, joins="": None)
        return popular_names.scan_names(text, lang, paren_end(lang))


@pytest.mark.parametrize("lang", sorted(BY_CODE))
def test_the_search_on_the_copy_gives_what_one_pass_gives(
    monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    names = sorted(names_for(lang))
    pattern = popular_names.name_pattern(lang)
    if pattern is None:
        pytest.skip("no names that start with a capital")
    rng = random.Random(lang)
    texts = [p.read_text(encoding="utf-8") for p in sorted(DATA.glob("corpus*/docs/*.txt"))[:8]]
    for _ in range(25):
        words = [rng.choice(names) + rng.choice(_SEPARATORS) for _ in range(rng.randint(1, 80))]
        texts.append("".join(words) + " " * 2000)  # long: no check for short texts
    for text in texts:
        scan = popular_names.scan_names(text, lang, paren_end(lang))
        assert scan == _one_pass(monkeypatch, text, lang)
        if scan.starts is not None:
            joins = popular_names._joins(lang)
            every = [
                i
                for i in range(len(text))
                if pattern.match(text, i) and name_search.may_start(text, i, joins)
            ]
            assert sorted(s for found in scan.starts.values() for s in found) == every


def test_every_start_of_a_name_is_a_place_found_on_the_copy() -> None:
    names = popular_names._pattern_names("en")
    text = "The GDPR,\u2009the General Data\u2003\nProtection Regulation; MiFID\u2011II; DSA-t"
    text += "; the ePrivacy Directive"  # (its tail's capital after a letter)
    found = name_search.name_starts(text, names, popular_names._joins("en"))
    assert found is not None
    pattern = popular_names.name_pattern("en")
    assert pattern is not None
    starts = [i for i in range(len(text)) if pattern.match(text, i)]
    assert starts and set(starts) <= set(found)


def test_a_byte_one_of_the_text_is_no_capital_in_the_copy() -> None:
    # (the names' first capitals become ``\x01`` there: the text's own reads ``?``)
    names = popular_names._pattern_names("en")
    assert name_search.name_starts("\x01\x01\x01\x01 x", names) == []
    assert name_search.name_starts("\x01GDPR x", names)[:1] == [1]


@pytest.mark.parametrize("lang", ["bg", "el"])
def test_names_that_start_beyond_latin_1_are_found_by_one_pass(lang: str) -> None:
    # (Cyrillic and Greek capitals have no byte in the copy)
    assert name_search.prefilter(popular_names._pattern_names(lang)) is None
    text = " ".join(sorted(names_for(lang))[:50]) + " " * 2000
    assert popular_names.scan_names(text, lang).spans


def test_a_space_of_a_name_is_every_blank_of_latin_1_in_the_copy() -> None:
    found = name_search.prefilter(popular_names._pattern_names("en"))
    assert found is not None
    table = found[0]
    blanks = "".join(chr(i) for i in range(0x100) if chr(i).isspace())
    assert set(blanks.encode("latin-1").translate(table)) == {name_search._BREAK}
