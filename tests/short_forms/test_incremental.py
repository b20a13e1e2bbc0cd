"""``ShortFormStream`` gives what ``with_short_forms`` gives, and what it relies on holds.

The equality of ``eurefs.iter_extract`` with ``eurefs.extract`` on whole texts is
in ``tests/test_chunked.py``; here are the pieces the stream's exactness rests on.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import eurefs
from eurefs.languages import LANGUAGES
from eurefs.short_forms import common, with_short_forms
from eurefs.short_forms.common import detect_language, words
from eurefs.short_forms.incremental import LAG, ShortFormStream
from eurefs.short_forms.type_words import _tail_groups, _tails

DATA = Path(__file__).resolve().parents[1] / "data"
CORPUS_FILES = sorted(DATA.glob("corpus*/docs/*.txt"))


@pytest.mark.parametrize("lang", [lang.code for lang in LANGUAGES])
def test_words_found_with_str_find_cannot_be_hidden_by_an_overlap(lang: str) -> None:
    """Type words (by their tails, or the starts tails share) and ``thereof`` are found
    with ``str.find``, which skips an occurrence overlapping the one before, so a window
    starting mid-text may find other occurrences than the whole text.  None of them
    counts: an occurrence overlapping another (its word is letters, not one letter
    repeated) has a letter right before it, and a type word must start a word, a
    ``thereof`` follow a space."""
    stems = [stem for stem, _ in _tail_groups(lang)]
    for word in [*_tails(lang), *stems, *words(lang).thereof]:
        assert word.isalpha() and len(set(word)) > 1, word


def _fed(text: str, step: int) -> list[eurefs.Reference]:
    refs = eurefs.extract(text, short_forms=False)
    stream = ShortFormStream(text, detect_language(text, list(refs)))
    out: list[eurefs.Reference] = []
    for known in range(step, len(text) + step, step):
        chunk = [r for r in refs if known - step <= r.start < known]
        out.extend(stream.feed(chunk, min(known, len(text))))  # type: ignore[arg-type]
    return out


@pytest.mark.parametrize("path", CORPUS_FILES[::4], ids=lambda p: p.name)
def test_fed_in_small_steps_gives_what_with_short_forms_gives(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    refs = eurefs.extract(text, short_forms=False)
    assert _fed(text, 333) == with_short_forms(text, refs)


def test_records_wait_only_for_the_lag() -> None:
    text = "Regulation (EU) 2016/679 ('the GDPR') applies. The GDPR protects data.\n\n" * 200
    refs = eurefs.extract(text, short_forms=False)
    stream = ShortFormStream(text, "en")
    half = len(text) // 2
    given = stream.feed([r for r in refs if r.start < half], half)
    assert given and all(r.start < half - LAG for r in given)
    assert [r.start for r in given] == [r.start for r in eurefs.extract(text)][: len(given)]
    assert any(r.kind == "short_form" for r in given)


def test_the_language_is_read_from_the_first_sample(monkeypatch: pytest.MonkeyPatch) -> None:
    """Citations past ``LANGUAGE_SAMPLE`` do not count: a stream knows the language
    once it has scanned that far."""
    english = "See Regulation (EU) 2016/679.\n\n"
    french = "Voir le règlement (UE) 2016/679 et la directive 95/46/CE.\n\n"
    text = english * 3 + french * 6
    refs = list(eurefs.extract(text, short_forms=False))
    assert detect_language(text, refs) == "fr"
    monkeypatch.setattr(common, "LANGUAGE_SAMPLE", len(english) * 3)
    assert detect_language(text, refs) == "en"
    assert all(r.lang == "en" for r in eurefs.extract(text) if r.kind == "short_form")
    got = list(eurefs.iter_extract(text, chunk_size=len(english)))
    assert got == eurefs.extract(text)


def test_a_use_never_depends_on_a_later_definition() -> None:
    """``the CMO Regulation`` before that alias is defined is a use of ``CMO``
    (defined before it), not a use of the later alias that hides it."""
    text = (
        "Regulation (EU) No 1308/2013 ('the CMO') applies. Under the CMO Regulation rules, "
        "hemp is a crop. Regulation (EU) 2021/2115 ('the CMO Regulation') amends it. "
        "The CMO Regulation applies."
    )
    found = [(r.text, r.celex) for r in eurefs.extract(text) if r.kind == "short_form"]
    assert found == [("CMO", "32013R1308"), ("CMO Regulation", "32021R2115")]
    assert list(eurefs.iter_extract(text, chunk_size=60)) == eurefs.extract(text)
