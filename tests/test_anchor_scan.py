"""Anchor searches that share a literal head find exactly what separate searches find."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from eurefs import anchor_scan, family_scan
from eurefs.grammar import FAMILIES
from eurefs.textview import TextView


def _separate(pattern: re.Pattern[str], text: str) -> list[int]:
    return [m.start() for m in pattern.finditer(text)]


def test_the_grammar_shares_searches() -> None:
    groups = family_scan._anchor_groups()
    heads = {g.head.pattern for g in groups.values()}
    # (a head of two characters searched by its last one)
    assert {"/", "9(?<=19)", "0(?<=20)", r"\("} <= heads
    for source, group in groups.items():
        assert source in group.members
        assert len(group.members) > 1


@pytest.mark.parametrize("cost", [10**9, 0], ids=["each-anchor", "one-search"])
def test_grouped_positions_equal_separate_searches(
    cost: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    # a sample decides between one search and a search per anchor: both give the same
    monkeypatch.setattr(anchor_scan, "COST_PER_CANDIDATE", cost)
    monkeypatch.setattr(anchor_scan, "COST_PER_MEMBER", cost)
    monkeypatch.setattr(anchor_scan, "SPARED_PER_TRY", 0)
    monkeypatch.setattr(anchor_scan, "MIN_TEXT", 0)
    rng = random.Random(7)
    pieces = ["/", "1/23", "2016/679", "C-131/12", " 19", "1995", ".1956", "31995L0046",
              "L 119", " S 12", "EU:C:2014:317", "ECLI", "EUSZ ", "(", "COM (", "and (",
              " 2020 ", "x", " ", "M/2021/", "/eli/", "/eli/eli/"]  # fmt: skip
    anchors = {a.pattern.pattern: a for f in FAMILIES for a in f.anchors}
    assert family_scan._anchor_groups()  # the scanner shares searches for these texts
    for _ in range(200):
        text = "".join(rng.choice(pieces) for _ in range(60))
        cache: dict[str, list[int]] = {}
        for source, anchor in anchors.items():
            positions = family_scan._positions(anchor, text, cache)
            assert positions == _separate(anchor.pattern, text), (source, text)


@pytest.mark.parametrize(
    "source",
    [
        r"EU:|ECLI",  # an alternation at the top
        r"ab?(?=c)",  # the head's last character is optional
        r"aa(?=b)",  # a head that overlaps itself could hide a candidate
        r"ab(?=c)x",  # the rest is not zero-width
        r"ab(?=(c))",  # a group of its own
        r"(?=a)b",  # no literal head
    ],
)
def test_other_forms_keep_their_own_search(source: str) -> None:
    assert anchor_scan._split(source) is None


def test_same_head_anchors_group_and_find_each_anchor(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(anchor_scan, "COST_PER_MEMBER", 0)  # a short text: never worth it
    monkeypatch.setattr(anchor_scan, "COST_PER_CANDIDATE", 0)
    first, second = re.compile(r"/(?<=[0-9]/)(?=[0-9])"), re.compile(r"/(?=eli/)")
    groups = anchor_scan.plan([first, second])
    assert set(groups) == {first.pattern, second.pattern}
    positions = groups[first.pattern].positions("1/2 /eli/ 3/eli/")
    assert positions == {first.pattern: [1], second.pattern: [4, 11]}


def test_members_holding_together_keep_their_order_and_own_lists(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # the candidates are read by which members hold there: a member held in several
    # combinations gets their positions merged in order, and a list of its own
    monkeypatch.setattr(anchor_scan, "COST_PER_MEMBER", 0)
    monkeypatch.setattr(anchor_scan, "COST_PER_CANDIDATE", 0)
    one, two = re.compile(r"/(?<=[0-9]/)(?=[0-9])"), re.compile(r"/(?<=[0-9]/)(?=[0-9]{2})")
    eli = re.compile(r"/(?=eli/)")
    group = anchor_scan.plan([one, two, eli])[one.pattern]
    text = "1/2 1/23 1/2 /eli/ 2016/679 3/4 x/y"
    found = group.positions(text)
    assert found == {p.pattern: _separate(p, text) for p in (one, two, eli)}
    assert found == {one.pattern: [1, 5, 10, 23, 29], two.pattern: [5, 23], eli.pattern: [13]}
    assert len({id(positions) for positions in found.values()}) == 3
    found[one.pattern].append(99)  # (a caller's list: the others do not change)
    assert found[two.pattern] == [5, 23]


def test_a_longer_head_is_searched_by_its_last_character(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(anchor_scan, "COST_PER_MEMBER", 0)
    monkeypatch.setattr(anchor_scan, "COST_PER_CANDIDATE", 0)
    first, second = re.compile(r"art(?<!\wart)(?=icle)"), re.compile(r"art(?=\.[ ])")
    group = anchor_scan.plan([first, second])[first.pattern]
    assert group.head.pattern == "t(?<=art)"
    text = "article art. part. art.icle partial art"
    assert group.positions(text) == {
        first.pattern: _separate(first, text),
        second.pattern: _separate(second, text),
    }
    assert group.positions(text) == {first.pattern: [0], second.pattern: [8, 14]}


def test_a_dense_sample_searches_each_anchor(monkeypatch: pytest.MonkeyPatch) -> None:
    first, second = re.compile(r"/(?<=[0-9]/)(?=[0-9])"), re.compile(r"/(?=eli/)")
    group = anchor_scan.plan([first, second])[first.pattern]
    searched: list[str] = []
    monkeypatch.setattr(group, "search", _Spy(group.search, searched))
    text = "1/2 " * 10
    assert group.positions(text) is None  # each anchor alone: one candidate per 4 characters
    assert searched == ["sample"]
    monkeypatch.setattr(anchor_scan, "COST_PER_CANDIDATE", 2)
    monkeypatch.setattr(anchor_scan, "COST_PER_MEMBER", 0)
    monkeypatch.setattr(anchor_scan, "SPARED_PER_TRY", 0)
    searched.clear()
    assert group.positions(text)[first.pattern] == [1 + 4 * i for i in range(10)]
    assert searched == ["text"]  # (the heads alone cost less: no candidate counted)
    monkeypatch.setattr(anchor_scan, "COST_PER_CANDIDATE", 4)
    searched.clear()
    text = "x/x " * 10 + "1/2"  # eleven heads cost more, the one candidate less
    assert group.positions(text)[first.pattern] == [41]
    assert searched == ["sample", "text"]


class _Spy:
    def __init__(self, pattern: re.Pattern[str], calls: list[str]) -> None:
        self.pattern, self.calls = pattern, calls

    def finditer(self, text: str, *bounds: int) -> object:
        self.calls.append("sample" if bounds else "text")
        return self.pattern.finditer(text, *bounds)

    def findall(self, text: str, *bounds: int) -> object:
        self.calls.append("sample" if bounds else "text")
        return self.pattern.findall(text, *bounds)


def test_a_sample_dense_with_heads_but_no_anchor_searches_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # ``C-1/C-1/``: every slash fails each anchor at its first test, which each anchor's own
    # search would make too: one search costs less (1 MB of ``C-1/``, the grammar's ``/``
    # group: 155.9 M instructions against 213.7 M for its nine searches; benchmarks/README.md)
    first, second = re.compile(r"/(?<=[0-9]/)(?=[0-9])"), re.compile(r"/(?=eli/)")
    group = anchor_scan.plan([first, second])[first.pattern]
    searched: list[str] = []
    monkeypatch.setattr(group, "search", _Spy(group.search, searched))
    text = "C-1/" * 100
    assert group.positions(text) == {first.pattern: [], second.pattern: []}
    assert searched == ["sample", "text"]  # (the sample's candidates counted first: none)
    monkeypatch.setattr(anchor_scan, "SPARED_PER_TRY", 0)
    monkeypatch.setattr(anchor_scan, "COST_PER_CANDIDATE", 10**9)
    searched.clear()
    assert group.positions(text) == {first.pattern: [], second.pattern: []}  # none to tell apart


def test_the_grammar_searches_dense_candidates_each_anchor_and_dense_heads_once() -> None:
    # the decision measured (benchmarks/README.md, the sixteenth pass over the core): a text
    # of references back to back is searched anchor by anchor, a text of heads that are no
    # anchor in one search, the benchmark's text in one search for every group
    by_head = {g.head.pattern: g for g in family_scan._anchor_groups().values()}
    assert by_head["/"].positions("2016/" * 8000) is None
    assert by_head["L"].positions("OJ L 1, " * 5000) is None
    assert by_head["/"].positions("C-1/" * 10000) is not None
    assert by_head["C"].positions("COM(" * 10000) is not None
    assert by_head[r"\("].positions("COM(" * 10000) is not None


_DOCS = sorted(Path(__file__).parent.glob("data/corpus*/docs/*.txt"))


@pytest.mark.parametrize("path", _DOCS, ids=lambda p: p.stem)
def test_a_heads_matches_found_by_find_are_those_of_finditer(path: Path) -> None:
    # every group whose head is one character, on the development texts (the Court's
    # judgments in C-590/22 and C-65/23, the Data Governance Act's recitals ...): the search
    # matched at each head ``str.find`` finds gives the matches of ``finditer``
    view = TextView(path.read_text(encoding="utf-8")).view
    groups = {id(g): g for g in family_scan._anchor_groups().values()}.values()
    ones = [g for g in groups if g.char]
    assert {g.head.pattern for g in ones} >= {"/", "L", "S", "C", "E", "A", r"\("}
    for group in ones:
        found = [m.span() for m in group._at_heads(view)]
        assert found == [m.span() for m in group.search.finditer(view)], group.head.pattern


class _NoScan:
    """A group's search that may be matched at a place but never scan a text."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern

    def match(self, text: str, pos: int) -> re.Match[str] | None:
        return self.pattern.match(text, pos)

    def finditer(self, text: str) -> object:
        raise AssertionError("the text scanned by re")


def test_a_rare_head_is_found_by_find(monkeypatch: pytest.MonkeyPatch) -> None:
    # the Court's judgment in C-590/22 (tests/data/corpus/docs/D02), its view repeated to
    # 100,000 characters: one ``L`` in ~4,200 characters (``Law``, ``Lenaerts``, three OJ
    # series ``L 119``); ``re`` scanned the whole text for them (~5 instructions a
    # character), memchr finds them (benchmarks/README.md, core45)
    doc = Path(__file__).parent / "data/corpus/docs/D02-cjeu-c-590-22.txt"
    unit = TextView(doc.read_text(encoding="utf-8")).view + "  "
    text = (unit * (100_000 // len(unit) + 1))[:100_000]
    group = next(g for g in family_scan._anchor_groups().values() if g.head.pattern == "L")
    heads = text.count("L", 0, anchor_scan.SAMPLE)
    assert 0 < heads * anchor_scan.RARE_HEAD < anchor_scan.SAMPLE
    expected = {p.pattern: _separate(p, text) for p in group.patterns}
    assert any(expected.values())
    monkeypatch.setattr(group, "search", _NoScan(group.search))
    assert group.positions(text) == expected


def test_heads_closer_further_on_are_scanned_by_re(monkeypatch: pytest.MonkeyPatch) -> None:
    # the Court's judgment in C-590/22 (one ``S`` in ~1,200 characters: the sample finds
    # them rare), then the consolidated Visa Code, Regulation (EC) No 810/2009, in German
    # (tests/data/corpus-fr-de/docs/F04: one ``S`` in ~260) three times: ``re`` scans on
    # from where a run of heads comes closer than the sample may have them
    docs = Path(__file__).parent / "data"
    en = TextView((docs / "corpus/docs/D02-cjeu-c-590-22.txt").read_text(encoding="utf-8")).view
    de_doc = docs / "corpus-fr-de/docs/F04-de-visa-code-810-2009-consolidated-part.txt"
    de = TextView(de_doc.read_text(encoding="utf-8")).view
    text = en + "  " + de * 3
    group = next(g for g in family_scan._anchor_groups().values() if g.head.pattern == "S")
    assert text.count("S", 0, anchor_scan.SAMPLE) * anchor_scan.RARE_HEAD < anchor_scan.SAMPLE
    expected = {p.pattern: _separate(p, text) for p in group.patterns}
    scanned: list[int] = []
    monkeypatch.setattr(group, "search", _ScanFrom(group.search, scanned))
    assert group.positions(text) == expected
    assert len(scanned) == 1 and len(en) < scanned[0] < len(text)


class _ScanFrom(_NoScan):
    """A group's search that records where it scans a text from."""

    def __init__(self, pattern: re.Pattern[str], starts: list[int]) -> None:
        super().__init__(pattern)
        self.starts = starts

    def finditer(self, text: str, pos: int = 0) -> object:
        self.starts.append(pos)
        return self.pattern.finditer(text, pos)
