"""What a whole text tells is read once an extraction and kept for its time only
(``grammar/whole_text``): the text's own date and year, whether it cites numbers given
later, the latest year it writes.  Cached by the whole text (``lru_cache`` on
``text_dates.cites_later``, and the dated names' year reading keyed by the text's hash), a
text read anew was hashed whole (~9M instructions a MB) and up to eight whole texts stayed
alive after their extraction."""

from __future__ import annotations

import sys
import tracemalloc

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


# A history of Spain's accession that cites the TEU and the Constitution as CE
# (upohistoriaeconomica.blogspot.com, 2019; pages corpus; test_treaty_national_abbreviations):
# its bare CE makes the treaty articles search the text for the Constitution's marks
ACCESSION = (
    "aunque aún no se había materializado ningún artículo 2 del TUE, concretando tales "
    "valores.\n\nPara que esta adhesión pudiera realizarse era necesario reformar la "
    "Constitución, era objeto imprescindible el artículo 93CE [...] Si tuviera disposiciones "
    "incompatibles el Tratado con ella, sería precisa la reforma previa de la CE (como "
    "sucedió con lamodificación del art. 13.2 CE con la firma del T. de Maastricht)."
)


def test_no_text_is_kept_after_the_search_of_its_national_marks() -> None:
    # the marks' places were kept by treaty_after_articles for the last text asked about:
    # the text's folded view (a copy of it as long) stayed alive after its extraction
    text = "\n\n".join([ACCESSION] * 400)
    eurefs.extract("".join([text, "\n"]))  # (the patterns compiled, the names read)
    eurefs.extract(ACCESSION)  # (the last text asked about a short one)
    tracemalloc.start()
    try:
        held = tracemalloc.get_traced_memory()[0]
        refs = eurefs.extract(text)
        articles = {(r.text, r.treaty) for r in refs if r.kind == "treaty_article"}, len(refs)
        del refs
        kept = tracemalloc.get_traced_memory()[0] - held
    finally:
        tracemalloc.stop()
    assert articles == ({("artículo 2 del TUE", "TEU")}, 400)
    assert kept < len(text) // 2, (kept, len(text))  # (~36 KB now, ~230 KB before)
