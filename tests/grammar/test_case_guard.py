"""The cases family's guard (``cases._GUARD``): what must be somewhere in a text for it
to cite a case (a court letter and a dash, an ECLI of the Court before 2000, a case,
Opinion or Reports word).  One alternation of the three, led by the court letters' set,
had no first characters ``re`` could skip to: it was entered at every character and tried
each of its first branches there, 74-95 ns a character over a text without any.  Most
texts that cite only acts are such texts, and read it whole: Joint Action 98/699/JHA as
consolidated (tests/data/corpus-fr-de, F03), an EP report in Croatian (corpus-hr, K01)."""

from __future__ import annotations

import random
import re
from pathlib import Path

from eurefs.grammar import cases
from eurefs.grammar.case_lists import COURT
from eurefs.grammar.common import words
from eurefs.textview import TextView
from tests.support.search_leads import skips_ahead

DATA = Path(__file__).resolve().parents[1] / "data"
TEXTS = [p.read_text(encoding="utf-8") for p in sorted(DATA.glob("corpus*/docs/*.txt"))]
# the texts without a case (a search of the whole text each, found nothing)
WITHOUT = ["corpus-fr-de/docs/F03-de-joint-action-98-699-consolidated.txt",
           "corpus-hr/docs/K01-hr-ep-report-a8-0088-2016.txt"]  # fmt: skip

# the guard as one alternation (before the searches apart)
_WORDS = sorted({*cases.CASE_LANGS, *cases._OPINION_LANGS, *cases._REPORT_LANGS})
_ONE = re.compile(COURT + r" ?-|EU:C:19|" + words(*_WORDS))


def _guarded(text: str) -> bool:
    return any(search.search(text) for search in cases.FAMILY.requires or ())


def test_each_search_of_the_guard_skips_to_where_a_match_can_start() -> None:
    assert isinstance(cases.FAMILY.requires, tuple)
    assert all(skips_ahead(search) for search in cases.FAMILY.requires)


def test_the_texts_without_a_case_are_read_whole() -> None:
    for name in WITHOUT:
        view = TextView((DATA / name).read_text(encoding="utf-8")).view
        assert not _guarded(view) and _ONE.search(view) is None, name


def test_the_guard_finds_what_the_one_alternation_found() -> None:
    rng = random.Random(44)
    pieces = ["C", "T", "F", "\u0421", "\u0422", " ", "-", "\u2013", "EU:C:19", "EU:C:2",
              "Case", "case", "aff.", "ase", "x", "\n", *rng.sample(_WORDS, 40)]  # fmt: skip
    made = ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 6))) for _ in range(20_000)]
    for text in [*TEXTS, *(TextView(t).view for t in TEXTS), *made]:
        assert _guarded(text) == (_ONE.search(text) is not None), text[:80]
    for text in TEXTS:  # (each text's end without what it starts with)
        for cut in range(0, len(text), max(1, len(text) // 40)):
            assert _guarded(text[cut:]) == (_ONE.search(text[cut:]) is not None), cut
