"""The numbers with hyphens for slashes kept out of the other texts' way
(``eurefs/grammar/hyphen_numbers.py``): their anchor searched with the anchors led by the
same letter, their branch of the number only in a region that may hold one."""

from __future__ import annotations

from pathlib import Path

import pytest

import eurefs
from eurefs import anchor_scan, family_scan
from eurefs.grammar import hyphen_numbers, legal_acts
from eurefs.textview import TextView

# The Court's judgment in C-482/13 (Unicaja Banco) as app.livv.eu's LawLex text prints it,
# every slash a hyphen (pages corpus: app.livv.eu/decisions/LawLex201500000054JBJ)
_LAWLEX = (
    "CJUE, 1re ch., 21 janvier 2015, n° C-482/13\nCOUR DE JUSTICE DE L’UNION EUROPEENNE\n"
    "Arrêt\nLA COUR (première chambre),\n1 Les demandes de décisions préjudicielles portent "
    "sur l'interprétation de l'article 6 de la directive 93-13-CEE du Conseil, du 5 avril "
    "1993, concernant les clauses abusives dans les contrats conclus avec les consommateurs "
    "(JO L 95, p. 29)."
)
# The Court's order in C-613/15 (Ibercaja Banco) as bailii.org prints it: the slashes
# (pages corpus: beta.bailii.org/eu/cases/EUECJ/2016/C61315_CO.html)
_BAILII = (
    "1 La demande de décision préjudicielle porte sur l’interprétation des articles 3, "
    "paragraphe 1, 4, paragraphe 1, 6, paragraphe 1, et 7, paragraphe 1, de la directive "
    "93/13/CEE du Conseil, du 5 avril 1993, concernant les clauses abusives dans les contrats "
    "conclus avec les consommateurs (JO L 95, p. 29)."
)
_DOCS = sorted(Path(__file__).parents[1].glob("data/corpus*/docs/*.txt"))


def _matches(text: str) -> list[tuple[str, bool]]:
    """What ``legal_acts`` matches in ``text`` (one region), and whether with the pattern
    that reads the numbers with hyphens."""
    view = TextView(text).view
    found = legal_acts.find_matches(view, 0, len(view))
    return [(m.group(), "dash" in m.re.groupindex) for m in found]


def test_a_region_with_such_a_number_runs_the_pattern_with_their_branch() -> None:
    assert _matches(_LAWLEX) == [("directive 93-13-CEE", True)]
    refs = [(r.text, r.celex) for r in eurefs.extract(_LAWLEX, kinds="legal_act")]
    assert refs == [("directive 93-13-CEE", "31993L0013")]


def test_a_region_without_one_runs_the_pattern_without() -> None:
    # (the branch only fails there: every other text paid it at every number)
    assert _matches(_BAILII) == [("directive 93/13/CEE", False)]
    refs = [(r.text, r.celex) for r in eurefs.extract(_BAILII, kinds="legal_act")]
    assert refs == [("directive 93/13/CEE", "31993L0013")]


def test_no_act_in_the_case_line() -> None:
    # the first line of the LawLex page: a case number, no act; nothing with hyphens
    line = _LAWLEX.split("\n", 1)[0]
    assert eurefs.extract(line, kinds="legal_act") == []
    assert _matches(line) == []


def test_the_windows_of_the_second_hyphen() -> None:
    # the anchor is the domain's first letter; its windows are still 80 characters
    # before the second hyphen and 30 after it
    view = TextView(_LAWLEX).view
    hyphen = view.index("93-13-CEE") + 5
    slash = view.index("482/13") + 3
    regions = family_scan._regions(legal_acts.FAMILY, view, {})
    assert regions == [(max(0, slash - 80), slash + 30), (hyphen - 80, hyphen + 30)]


def test_the_anchor_is_searched_with_those_led_by_its_letter() -> None:
    # (as a rare string, tested first, it was a pass over every text)
    (anchor,) = hyphen_numbers.ANCHORS
    assert not anchor.rare
    group = family_scan._anchor_groups()[anchor.pattern.pattern]
    text = (_BAILII + "\n") * 250 + _LAWLEX  # long enough for the shared search
    assert len(text) >= anchor_scan.MIN_TEXT
    view = TextView(text).view
    found = group.positions(view)
    assert found is not None
    assert found[anchor.pattern.pattern] == [view.rindex("93-13-CEE") + 6]


@pytest.mark.parametrize("doc", _DOCS, ids=lambda p: f"{p.parent.parent.name}/{p.name}")
def test_the_pattern_without_their_branch_finds_what_it_finds(
    doc: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # every development text's acts as they are found, and as they are found with the
    # branch in every region (the empty string: what every region holds)
    text = doc.read_text(encoding="utf-8")
    found = eurefs.extract(text, kinds="legal_act", short_forms=False)
    monkeypatch.setattr(hyphen_numbers, "HYPHENS", ("",))
    assert eurefs.extract(text, kinds="legal_act", short_forms=False) == found
