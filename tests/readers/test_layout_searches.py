"""The PDF reader's searches of each page (``readers/layout``) are led by what a match starts
with, not by a look-behind: ``re`` entered each of them at every character of every page
(~25 ms a MB of text for the hyphenated line ends, the PDFium hyphen marks and the hyphen
at a page's foot, ~12 ms for the numbers broken after a slash; finditer over 1 MB of the
benchmark text).  Each finds what the look-behind-led form found."""

from __future__ import annotations

import random
import re
from pathlib import Path
from types import ModuleType

import pytest

from eurefs import read_document
from eurefs.readers import layout, pagejoin
from tests.support.search_leads import skips_ahead

DATA = Path(__file__).resolve().parents[1] / "data"
# the development texts (tests/data/corpus*/SOURCES.md) and the sample PDFs' texts as the
# reader gives them (tests/data/documents/pdf, PROVENANCE.md there)
TEXTS = [p.read_text(encoding="utf-8") for p in sorted(DATA.glob("corpus*/docs/*.txt"))]
PAGES = [read_document(p).text for p in sorted(DATA.glob("documents/pdf/*.pdf"))]
PIECES = ["a", "é", "1", "٣", "/", "-", "\u00ad", "\x02", " ", "\t", "\n", "Z", "ß", "_", "."]
MADE = ["".join(random.Random(k).choice(PIECES) for _ in range(k % 13)) for k in range(20_000)]
# (name, the look-behind-led form, what the reader replaces a match with)
FORMS = [
    ("_HYPHEN_BREAK", r"(?<=[^\W\d_])[-\u00ad\x02][ \t]*\n(?=[a-zß-ÿ])", "", ""),
    ("_SLASH_BREAK", r"(?<=\d/)[ \t]*\n(?=[A-Za-z0-9])", "", "/"),
    ("_SOFT_JOIN", r"(?<=[^\W\d_])\x02(?=[a-zß-ÿ])", "", ""),
    ("_TAIL_HYPHEN", r"(?<=[^\W\d_])[-\u00ad\x02]\n?$", "", ""),
]


def _home(name: str) -> ModuleType:
    """The module that holds a search: the page's, or the one that joins pages."""
    return pagejoin if hasattr(pagejoin, name) else layout


@pytest.mark.parametrize("name", [f[0] for f in FORMS] + ["_OJ_HEAD"])
def test_a_page_search_skips_to_where_a_match_can_start(name: str) -> None:
    assert skips_ahead(getattr(_home(name), name)), name


@pytest.mark.parametrize(("name", "old", "was", "now"), FORMS)
def test_a_page_search_finds_what_the_look_behind_found(
    name: str, old: str, was: str, now: str
) -> None:
    before, pattern = re.compile(old), getattr(_home(name), name)
    for text in [*TEXTS, *PAGES, *MADE]:
        assert pattern.sub(now, text) == before.sub(was, text), (name, text[:80])
        if not now:
            assert [m.span() for m in pattern.finditer(text)] == [
                m.span() for m in before.finditer(text)
            ]


def test_the_running_heads_are_those_the_look_behind_found() -> None:
    old = re.compile(
        layout._OJ_HEAD.pattern.replace("[0-9](?<![\\w/.][0-9])[0-9]?", "(?<![\\w/.])[0-9]{1,2}", 1)
    )
    assert old.pattern != layout._OJ_HEAD.pattern
    made = [
        "".join(
            random.Random(k).choice(["4", "5.", "2016", " ", "/", "x", "1.", "EN "])
            for _ in range(9)
        )
        + " L 119/1"
        for k in range(5000)
    ]
    for text in [*TEXTS, *PAGES, *made]:
        assert [m.span() for m in layout._OJ_HEAD.finditer(text)] == [
            m.span() for m in old.finditer(text)
        ], text[:80]
