"""What a whole text tells is read once an extraction and kept for its time only
(``grammar/whole_text``): the text's own date and year, whether it cites numbers given
later, the latest year it writes.  Cached by the whole text (``lru_cache`` on
``text_dates.cites_later``, and the dated names' year reading keyed by the text's hash), a
text read anew was hashed whole (~9M instructions a MB) and up to eight whole texts stayed
alive after their extraction."""

from __future__ import annotations

import sys

import eurefs
from eurefs.grammar.whole_text import WholeText

# The head of the Explanations relating to the Charter of Fundamental Rights (OJ C 303,
# 14.12.2007) as jitely.info copies the OJ page (pages corpus; tests/grammar/
# test_treaty_eras), a citation of the TEU of the kind they make, and one of an act of
# 2009: the head date is then another document's (``cites_later``)
EXPLANATIONS = (
    "14.12.2007   \n\nDE\n\nOfficial Journal of the European Union\n\nC 303/17\n\n\n"
    "EXPLANATIONS (1) ON THE CHARTER OF FUNDAMENTAL RIGHTS\n\n(2007 / C 303/02)\n\n"
    "in accordance with Article 6(1) of the Treaty on European Union, as amended by "
    "Framework Decision 2009/299/JHA.\n"
)


def test_no_text_is_kept_after_its_extraction() -> None:
    text = "".join([EXPLANATIONS, "\n"])  # (a text of its own, not the constant)
    held = sys.getrefcount(text)
    first = eurefs.extract(text)
    assert sys.getrefcount(text) == held
    assert eurefs.extract(text) == first
    assert list(eurefs.iter_extract(text, chunk_size=120)) == first
    assert sys.getrefcount(text) == held
    assert [r.treaty for r in first if r.kind == "treaty_article"] == ["TEU"]


def test_an_extraction_reads_its_text_once() -> None:
    text = "".join([EXPLANATIONS, "\n"])
    whole = WholeText(text)
    assert WholeText.of(text) is not WholeText.of(text)  # (no extraction under way)
    with whole.under_way():
        assert WholeText.of(text) is whole
        copy = text.replace("\n", " ")
        assert WholeText.of(copy) is WholeText.of(copy)
        assert whole.head() is not None
        assert whole.cites_later(2007)
        assert whole.year() is None
        assert whole.writes_year_since(2009)
        assert not whole.writes_year_since(2010)
    assert WholeText.of(text) is not whole
