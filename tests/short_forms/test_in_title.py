"""The title word before a citation (``definition_words._in_title``), written as one
alternation of branches each led by its first character, matches where the pattern as
first written, led by word boundaries, matches: in every language, on the real texts
of its corpus, at every place a citation may start."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from eurefs.languages import BY_CODE
from eurefs.short_forms.common import alternation, words
from eurefs.short_forms.definition_words import _in_title, _in_title_ends, title_word_before

_DATA = Path(__file__).parents[1] / "data"


def _plain(lang: str) -> re.Pattern[str]:
    """``_in_title`` as first written (``\\b`` before each alternation)."""
    w, record = words(lang), BY_CODE[lang]
    if not w.in_title_before:
        return re.compile(r",\s*$")
    joins = (*record.article_conjunctions, *record.list_conjunctions)
    verbs = [v for v in w.in_title_before if v not in joins]
    arts = [a for a in w.articles if not a.endswith("-")]
    article = rf"(?:\s+{alternation(arts)})?" if verbs and arts else ""
    verb = rf"\b{alternation(verbs)}{article}|" if verbs else ""
    return re.compile(rf"(?:{verb}\b{alternation(list(w.in_title_before))}|,)\s*$")


def _texts(lang: str) -> list[str]:
    """The language's corpus texts, and words of its titles in the places around them
    where a boundary and an article decide (after a letter, a blank, a line break)."""
    found = [p.read_text(encoding="utf-8") for p in sorted(_DATA.glob(f"corpus-{lang}/docs/*"))]
    if lang == "en":
        found += [p.read_text(encoding="utf-8") for p in sorted(_DATA.glob("corpus/docs/*"))]
    w = words(lang)
    arts = [a for a in w.articles if not a.endswith("-")]
    pieces = [
        f"{before}{item}{after}"
        for item in w.in_title_before
        for before in ("", "x", " ", "\n", "(", "1")
        for after in ("", " ", " \n", ",", *(f" {a} " for a in arts[:3]), " x")
    ]
    return [*found, " | ".join(pieces)]


@pytest.mark.parametrize("lang", sorted(BY_CODE))
def test_the_same_title_words_as_the_pattern_led_by_boundaries(lang: str) -> None:
    plain, flat = _plain(lang), _in_title(lang)
    ends = _in_title_ends(lang)
    tried = matched = 0
    for text in _texts(lang):
        for start in range(1, min(len(text), 40_000) + 1):
            lo = start - 25 if start > 25 else 0
            # every place the search is made at, and every seventh place besides
            if start % 7 and not text[lo:start].rstrip().endswith(ends):
                continue
            want, got = plain.search(text, lo, start), flat.search(text, lo, start)
            assert (got and got.span()) == (want and want.span()), (lang, text[lo:start])
            tried += 1
            matched += want is not None
    assert tried > 1000
    assert matched > 20 or not words(lang).in_title_before


def test_a_title_word_is_found_before_a_citation() -> None:
    """The real title of Regulation (EU) 2022/868 (Data Governance Act), EUR-Lex."""
    text = "on European data governance and amending Regulation (EU) 2018/1724"
    m = title_word_before(text, text.index("Regulation"), "en")
    assert m is not None and m.group() == "amending "
    assert title_word_before(text, text.index("data"), "en") is None
