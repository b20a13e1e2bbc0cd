"""The scanner's choice among overlapping candidates (``eurefs.selection``)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from eurefs.models.light import BaseReference, CelexRef
from eurefs.models.prototypes import construct
from eurefs.selection import _cluster, drop_overlaps
from tests.support.hypothesis_profiles import examples


def _ref(start: int, end: int) -> CelexRef:
    return construct(
        CelexRef, text="x" * (end - start), start=start, end=end, normalized=f"{start}-{end}",
        sector="3", year=2016, descriptor="R", number="0679",
    )  # fmt: skip


def _spans(refs: list[tuple[BaseReference, int]]) -> list[tuple[int, int]]:
    return [(r.start, r.end) for r in drop_overlaps(refs)]


def test_the_longer_span_wins_then_the_higher_priority_then_the_earlier_start() -> None:
    assert _spans([(_ref(0, 5), 1), (_ref(2, 10), 0)]) == [(2, 10)]
    assert _spans([(_ref(0, 5), 0), (_ref(3, 8), 1)]) == [(3, 8)]
    assert _spans([(_ref(3, 8), 0), (_ref(0, 5), 0)]) == [(0, 5)]


def test_references_apart_are_all_kept_in_order() -> None:
    refs: list[tuple[BaseReference, int]] = [(_ref(20, 25), 0), (_ref(0, 5), 0), (_ref(5, 9), 0)]
    assert _spans(refs) == [(0, 5), (5, 9), (20, 25)]


def test_a_chain_of_overlaps_keeps_what_does_not_overlap_the_winner() -> None:
    # 0-4 and 8-12 both overlap the longest, 3-9, which wins; they overlap nothing else
    refs: list[tuple[BaseReference, int]] = [
        (_ref(0, 4), 0),
        (_ref(3, 9), 0),
        (_ref(8, 12), 0),
        (_ref(12, 14), 0),
    ]
    assert _spans(refs) == [(3, 9), (12, 14)]


def _plain(refs: list[tuple[BaseReference, int]]) -> list[BaseReference]:
    """The selection as written before its clusters were found in C loops."""
    refs = sorted(refs, key=lambda rp: rp[0].start)
    kept: list[BaseReference] = []
    i = 0
    while i < len(refs):
        j, reach = i + 1, refs[i][0].end
        while j < len(refs) and refs[j][0].start < reach:
            reach = max(reach, refs[j][0].end)
            j += 1
        kept.extend(_cluster(refs[i:j]))
        i = j
    return kept


_SPANS = st.lists(st.tuples(st.integers(0, 40), st.integers(1, 12), st.integers(0, 3)), max_size=30)


@settings(max_examples=examples(300))
@given(_SPANS)
def test_the_choice_is_the_greedy_one_cluster_by_cluster(spans: list[tuple[int, int, int]]) -> None:
    refs: list[tuple[BaseReference, int]] = [(_ref(s, s + n), p) for s, n, p in spans]
    assert drop_overlaps(list(refs)) == _plain(refs)
