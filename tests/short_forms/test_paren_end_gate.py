"""The brackets that may close a definition (``definition_words.paren_end``) are the same
with the test of the character before the ``)`` that goes first as without it: every
branch asks for one of those characters, so the test only fails sooner."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from eurefs.languages import BY_CODE
from eurefs.short_forms.definition_words import paren_end, quotation_marks

_DATA = Path(__file__).parents[1] / "data"
# the test of the character before the ``)``, right after the literal
_GATE = re.compile(r"^\\\)\(\?<=\[(?:\\.|[^\]\\])*\]\\\)\)")


def _ungated(lang: str) -> re.Pattern[str]:
    pattern = paren_end(lang).pattern
    assert _GATE.match(pattern), pattern[:80]
    return re.compile(_GATE.sub(lambda m: r"\)", pattern, count=1))


def _brackets(lang: str) -> str:
    """Every character of Latin-1, the language's closing quotation marks and a few others
    before a ``)``, after the words and marks a definition's bracket ends with."""
    closing = re.sub(r"\\(.)", r"\1", quotation_marks(lang)[1])
    chars = [chr(i) for i in range(32, 256)] + list(closing) + ["\u2019", "\u2009", "\u03b1"]
    leads = ["Regulation", "Directive", "Act", "the ‘GDPR’ 1", "« RGPD » 12", "(WFD", "12", "’ "]
    tails = [w[-3:] for w in BY_CODE[lang].back_references.short_title_words]
    return " ".join(f"({lead}{c})" for lead in [*leads, *tails] for c in chars)


@pytest.mark.parametrize("lang", sorted(BY_CODE))
def test_the_same_brackets_as_without_the_first_test(lang: str) -> None:
    texts = [_brackets(lang)]
    texts += [p.read_text(encoding="utf-8") for p in sorted(_DATA.glob("corpus*/docs/*.txt"))[:60]]
    gated, ungated = paren_end(lang), _ungated(lang)
    for text in texts:
        assert [m.span() for m in gated.finditer(text)] == [
            m.span() for m in ungated.finditer(text)
        ]
