"""The members of a shared anchor search dispatched on the character after the head
find exactly what separate searches find."""

from __future__ import annotations

import random
import re

import pytest

from eurefs import anchor_dispatch, anchor_scan


def _separate(pattern: re.Pattern[str], text: str) -> list[int]:
    return [m.start() for m in pattern.finditer(text)]


def _chars(text: str) -> frozenset[int]:
    return frozenset(map(ord, text))


@pytest.mark.parametrize(
    ("rest", "first"),
    [
        (r"(?<=[0-9]/)(?=[0-9])", "0123456789"),
        (r"(?=eli/)", "e"),
        (r"(?=U:|CLI)", "UC"),
        (r"(?=[ ]{0,2}[0-9])", " 0123456789"),  # an optional start: what follows it too
        (r"(?=(?:19|20)[0-9]{2}/)", "12"),
        (r"(?=[0-9]{2})(?=[5-6])", "56"),  # the smaller of two look-aheads' sets
        (r"(?=(?<=x)[ab])", "ab"),  # a look-around inside: what follows it
    ],
)
def test_the_characters_a_look_ahead_needs_first(rest: str, first: str) -> None:
    assert anchor_dispatch.first_chars(rest) == _chars(first)


@pytest.mark.parametrize(
    "rest",
    [
        r"(?<=[0-9]/)",  # no look-ahead
        r"(?![0-9])",  # a negative look-ahead needs nothing
        r"(?=[^0-9])",  # a negated set
        r"(?=\w)",  # a category other than \s
        r"(?=.)",  # any character
        r"(?=a?)",  # may hold on nothing
        r"(?=a|$)",  # holds at the end
        r"(?=(?i:a))",  # other cases of the letter
    ],
)
def test_unknown_first_characters(rest: str) -> None:
    assert anchor_dispatch.first_chars(rest) is None


def test_white_space_is_that_of_re() -> None:
    space = re.compile(r"\s")
    assert anchor_dispatch.SPACE == {c for c in range(0x110000) if space.match(chr(c))}
    assert anchor_dispatch.first_chars(r"(?=\s{0,8}[0-9,]|\.x)") == (
        anchor_dispatch.SPACE | _chars("0123456789,.")
    )


@pytest.mark.parametrize("seed", range(20))
def test_a_class_matches_exactly_its_characters(seed: int) -> None:
    rng = random.Random(seed)
    pool = [*range(0x80), 0xA0, 0x2D, 0x5D, 0x5C, 0x5E, 0x3000, 0x20AC, 0x10000]
    chars = frozenset(rng.sample(pool, rng.randint(1, 40)))
    pattern = re.compile(anchor_dispatch.class_source(chars))
    assert {c for c in range(0x10001) if pattern.fullmatch(chr(c))} == chars


def test_members_needing_one_set_are_tried_behind_it() -> None:
    rests = [r"(?=[0-9])", r"(?<=x/)", r"(?=e)", r"(?=[5-9]x)"]
    source, order = anchor_dispatch.chain(rests, "/")
    # the second has no set: tried first; the first and fourth share digits
    assert order == [1, 2, 0, 3]
    assert source.startswith(r"(?:(?<=x/)()|)(?:[e](?<=(?:(?=e)()|)(?s:.))|[0-9](?<=(?:(?=[0-9])")


def test_a_set_with_the_head_itself_keeps_its_place() -> None:
    # consumed, a slash after the head could hide the next head
    rests = [r"(?=[0-9])", r"(?=/x)", r"(?=e)"]
    source, order = anchor_dispatch.chain(rests, "/")
    assert order == [1, 0, 2]
    assert source.startswith(r"(?:(?=/x)()|)(?:[0-9](?<=")
    assert source.count("|)") == 4  # some head followed by no set: the loose member may hold
    source, order = anchor_dispatch.chain(rests, "19")
    assert order == [0, 1, 2]  # a longer head cannot end on the character after it
    assert source.startswith(r"(?:[0-9](?<=(?:(?=[0-9])()|)(?s:.))|[/](?<=")


def test_one_loose_member_and_one_set_member_are_not_dispatched() -> None:
    # the branch of sets, entered at every head, costs about what the member it passes
    # over does
    source, order = anchor_dispatch.chain([r"(?<=x)", r"(?=[0-9])"], "/")
    assert order == [0, 1]
    assert source == r"(?:(?<=x)()|)(?:(?=[0-9])()|)(?(1)|(?(2)|(?!)))"


def test_without_loose_members_no_set_fails_at_once() -> None:
    source, order = anchor_dispatch.chain([r"(?=[0-9]x)", r"(?=[5-6])"], "20")
    assert order == [0, 1]
    assert source == r"(?:[0-9](?<=(?:(?=[0-9]x)()|)(?:(?=[5-6])()|)(?s:.)))(?(1)|(?(2)|(?!)))"
    search = re.compile("20" + source)
    assert [m.start() for m in search.finditer("20x 205 209x 20")] == [4, 8]


_GROUPS = [  # heads of one and two characters, sets shared, apart, and with the head
    [r"/(?<=[0-9]/)(?=[0-9])", r"/(?=eli/)", r"/(?=/x)", r"/(?<=[,.] [0-9]/)", r"/(?=[1-2]{2})"],
    [r"20(?<=x20)(?=[0-9]{2})", r"20(?=20)", r"20(?=[ ,]\w)", r"20(?<![0-9])(?=0)"],
    [r"E(?=U:|CLI)", r"E(?=E(?:B|U))", r"E(?=\s*[0-9])", r"E(?=u)(?<!\wE)"],
]
_PIECES = ["/", "//", "1/2", "/eli/", "/x", ", 1/", "/12", "20", "2020", "x2020", " 20, a",
           "200", "E", "EU:", "EEB", "ECLI", "E 1", "E\n2", "Eu", "xEu", " ", "x"]  # fmt: skip


@pytest.mark.parametrize("sources", _GROUPS, ids=["slash", "twenty", "e"])
def test_dispatched_positions_equal_separate_searches(
    sources: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(anchor_scan, "COST_PER_CANDIDATE", 0)
    monkeypatch.setattr(anchor_scan, "COST_PER_MEMBER", 0)
    patterns = [re.compile(source) for source in sources]
    group = anchor_scan.plan(patterns)[sources[0]]
    assert "(?<=" + "(?:" in group.search.pattern  # some members dispatched
    rng = random.Random(11)
    for _ in range(300):
        text = "".join(rng.choice(_PIECES) for _ in range(40))
        found = group.positions(text)
        assert found == {p.pattern: _separate(p, text) for p in patterns}, text
