"""Where the pinpoint finder looks for a pinpoint's first word: by ``str.find`` of the words'
starts in the window's Latin-1 copy lower-cased (``pinpoint_heads.head_prefixes``), in an
extraction, not by the head's pattern, whose search stops at each of its first letters (~12 k
instructions over a window of prose).  The places so found are a superset of the head's; the
body fails at the others, so the finder answers as the head's own search does."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eurefs import latin1
from eurefs.grammar import pinpoint_heads, pinpoint_search
from eurefs.languages import BY_CODE
from eurefs.short_forms import pinpoints
from tests.support.hypothesis_profiles import examples

_LANGS = [code for code in sorted(BY_CODE) if pinpoint_heads.head_prefixes(code)]


class _Unsearched:
    """A head pattern that may not be searched."""

    pattern = ""

    def search(self, text: str, pos: int, endpos: int) -> None:
        raise AssertionError("the head's pattern was searched")


def test_the_head_is_found_by_its_words_starts_in_an_extraction() -> None:
    # Case C-590/22, PS GbR, judgment of 20 June 2024, paragraph 2 (tests/data/corpus D02), a
    # quotation mark beyond Latin-1 put before it
    text = (
        "\u2018the right of the applicants in the main proceedings to be awarded damages, under"
        " Article\u00a082(1) of the GDPR"
    )
    p = pinpoints.pinpoint_pattern("en")
    assert p is not None

    def memo() -> Callable[[str, int, int], tuple[int, int] | None]:
        return pinpoint_search.memo_searcher(p, _Unsearched(), pinpoint_heads.head_prefixes("en"))  # type: ignore[arg-type]

    hi = text.index("GDPR")
    with latin1.shared(text):
        assert memo()(text, hi - 60, hi) == (text.index("Article"), text.index(" of the GDPR"))
    # outside an extraction, with no copy of the text to read, the head's pattern is searched
    with pytest.raises(AssertionError, match="searched"):
        memo()(text, hi - 60, hi)


def test_the_starts_are_the_head_words_first_letters_lower_cased() -> None:
    assert pinpoint_heads.head_prefixes("en") == ("anne", "art", "chap", "reci", "sect", "titl")
    # a word starting beyond ASCII (Czech ``čl.``, Greek, Bulgarian): the head's pattern
    assert pinpoint_heads.head_prefixes("cs") == pinpoint_heads.head_prefixes("el") == ()
    assert pinpoint_heads.prefixes_of(["Erwägungsgrund", "Art."]) == ("art.", "erw")


def _pieces(lang: str) -> list[str]:
    heads = pinpoint_heads.head_words(BY_CODE[lang])
    return [*heads, *(h.upper() for h in heads), "5", "6(1)", "II", "(a)", ",", "and", "of",
            "the", "part", "x", "h", "t", "n", "\u2018", "\u2019", "(", ".", "_", "\u0130",
            "\u010d", "\u00e9", "-"]  # fmt: skip


_BLANKS = st.sampled_from([" ", " ", "\n", "\u00a0", ""])


@pytest.mark.parametrize("lang", _LANGS)
@settings(max_examples=examples(60))
@given(data=st.data())
def test_the_finder_reads_the_places_the_heads_pattern_finds(
    lang: str, data: st.DataObject
) -> None:
    head, prefixes = pinpoints._pinpoint_head(lang)
    pieces = st.sampled_from(_pieces(lang))
    words = data.draw(st.lists(st.tuples(pieces, _BLANKS), min_size=1, max_size=12))
    text = "".join(w + b for w, b in words)
    for p in (pinpoints.pinpoint_pattern(lang), pinpoints._annex_pattern(lang)):
        if p is None:
            continue
        plain = pinpoint_search.memo_searcher(p, head)
        by_prefix = pinpoint_search.memo_searcher(p, head, prefixes)
        with latin1.shared(text):
            for lo in range(0, len(text) + 1, 5):
                for hi in range(lo, len(text) + 1):
                    assert by_prefix(text, lo, hi) == plain(text, lo, hi), (text, lo, hi)


def test_every_head_match_starts_with_a_prefix() -> None:
    # the superset: wherever the head's pattern matches, the window lower-cased holds a start
    for lang in _LANGS:
        prefixes = pinpoint_heads.head_prefixes(lang)
        for word in pinpoint_heads.head_words(BY_CODE[lang]):
            for written in {word, word.upper(), word.lower(), word.capitalize()}:
                m = pinpoints._pinpoint_head(lang)[0].match(written)
                if m is None:
                    continue
                low = written.encode("latin-1", "replace").lower().decode("latin-1")
                assert low.startswith(prefixes), (lang, written)
