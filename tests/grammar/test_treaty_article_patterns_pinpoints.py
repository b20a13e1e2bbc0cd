"""The pinpoints after a treaty article's list (``_PINPOINT`` of
``eurefs/grammar/treaty_article_patterns.py``): the ordinals and the records' own patterns
written after one ``,?[ ]`` match as each after its own (the pattern as it was), at every
article word of the development texts, in capitals too."""

from __future__ import annotations

import re
from pathlib import Path

from eurefs.grammar import treaty_article_patterns as tap
from eurefs.textview import TextView

CORPUS = Path(__file__).resolve().parents[1] / "data"

# Lists with pinpoints of several languages (the development texts hold the rest)
LISTS = [
    "Article 5, second subparagraph, point (a), and Article 6 of the GDPR",
    "Article 288, third paragraph, TFEU and Article 4(3) TEU",
    "article 16, paragraphe 1, point a), et article 17 du traité",
    "Art. 20 Abs. 2 Satz 1 Nr. 3 und 4 AEUV, Art. 101 ff. AEUV",
    "art. 101 ust. 1 lit a) i b) TFUE",
    "artikel 3, aanhef en onder b, van het Verdrag",
    "άρθρο 107 παράγραφος 3 στοιχείο γ' ΣΛΕΕ",
    "artigo 267.º, primeiro parágrafo, do TFUE",
    "artículo 101, párrafo primero, letra a), y artículo 102 TFUE",
    "článku 107 ods. 3 písm. c) ZFEÚ",
    "Article 4(2) and Article 5, first and third subparagraphs, thereof",
]


def _old_pinpoint() -> str:
    """``_PINPOINT`` as it was: each ordinal and pattern after its own ``,?[ ]``."""
    return "|".join(
        [
            *tap._PIN_LISTS,
            *([r",?[ ]" + tap._ORDINALS] if tap._ORDINALS else []),
            *(r",?[ ](?:" + p + r")(?![\w])" for p in tap._PIN_PATTERNS),
        ]
    )


def _views() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("corpus*/docs/*.txt"))]
    texts += LISTS
    return [TextView(t).view for t in (*texts, *(t.upper() for t in texts))]


def test_the_pinpoints_after_one_blank_match_as_each_after_its_own() -> None:
    new, old = tap._PINPOINT, _old_pinpoint()
    assert new != old and new in tap.PATTERN.pattern
    patterns = [(tap.PATTERN.pattern, re.compile(tap.PATTERN.pattern.replace(new, old)))]
    patterns.append((tap.CHAIN.pattern, re.compile(tap.CHAIN.pattern.replace(new, old))))
    pinned = tried = 0
    for view in _views():
        for source, before in patterns:
            after = re.compile(source)
            for m in before.finditer(view):
                again = after.match(view, m.start())
                assert again is not None, view[m.start() : m.end()]
                assert (again.regs, again.lastgroup) == (m.regs, m.lastgroup)
                tried += 1
                pinned += m.end() > m.end("nums" if "nums" in after.groupindex else "chain")
            assert [m.regs for m in before.finditer(view)] == [m.regs for m in after.finditer(view)]
        old_pins, new_pins = re.compile(old), tap.PINPOINTS
        assert [m.span() for m in old_pins.finditer(view)] == [
            m.span() for m in new_pins.finditer(view)
        ]
    assert tried > 1_000 and pinned > 250  # (1,221 and 289)


def test_the_further_article_is_looked_ahead_for_without_its_pinpoints() -> None:
    """The look-ahead ``more`` of ``PATTERN`` asks for a further article without the
    pinpoints after it (``_ARTICLE_AGAIN``; they may match nothing): the same matches as
    with them (``_REPEATED``, as it was), at every article word of the development texts."""
    new = "(?P<more>(?=" + tap._ARTICLE_AGAIN + ")"
    old = "(?P<more>(?=" + tap._REPEATED + ")"
    assert new in tap.PATTERN.pattern and tap._REPEATED in tap.CHAIN.pattern
    before = re.compile(tap.PATTERN.pattern.replace(new, old))
    more = 0
    for view in _views():
        found = list(before.finditer(view))
        assert [(m.regs, m.lastgroup) for m in found] == [
            (m.regs, m.lastgroup) for m in tap.PATTERN.finditer(view)
        ]
        more += sum(m.group("more") is not None for m in found)
    assert more > 10
