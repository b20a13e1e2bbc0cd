"""``eurefs.scanner`` and ``eurefs.family_scan``: the arguments of ``extract``, the families' run
(parse/extract agreement is in ``tests/test_parse_agreement.py``)."""

from __future__ import annotations

import random

import pytest

import eurefs
from eurefs.family_scan import _windows
from eurefs.spans import merge_spans


def test_extract_accepts_one_kind_as_a_string() -> None:
    text = "OJ L 119, 4.5.2016, p. 1 and 32016R0679"
    assert [r.kind for r in eurefs.extract(text, kinds="oj")] == ["oj"]
    assert [r.kind for r in eurefs.extract(text, kinds=("oj", "celex"))] == ["oj", "celex"]
    with pytest.raises(ValueError, match="no reference kind"):
        eurefs.extract(text, kinds=[])
    with pytest.raises(ValueError, match="unknown reference kind"):
        eurefs.extract(text, kinds="ojj")


@pytest.mark.parametrize(
    ("given", "name", "celex"),
    [
        ("the GDPR", "GDPR", "32016R0679"),
        (
            "The General Data Protection Regulation",
            "General Data Protection Regulation",
            "32016R0679",
        ),
        ("le RGPD", "RGPD", "32016R0679"),
        ("die DSGVO", "DSGVO", "32016R0679"),
        ("the European Green Deal.", "European Green Deal", "52019DC0640"),
    ],
)
def test_a_popular_name_given_alone_may_keep_its_article(given: str, name: str, celex: str) -> None:
    ref = eurefs.parse(given)
    assert ref.kind == "short_form" and ref.celex == celex
    assert ref.text == name == given[ref.start : ref.end]


@pytest.mark.parametrize("given", ["the the GDPR", "not GDPR", "thee GDPR", "the GDPR of 2016"])
def test_only_an_article_may_stand_before_a_popular_name(given: str) -> None:
    with pytest.raises(eurefs.ParseError):
        eurefs.parse(given)


def test_a_family_whose_anchors_are_not_in_the_text_leaves_its_pattern_alone() -> None:
    # the grammar's patterns are compiled on first use: a family with no anchor in
    # the text must not compile its pattern (that cost every one-line extract ~20 ms)
    from eurefs import family_scan
    from eurefs.grammar import Anchor, Family
    from eurefs.grammar.common import lazy_compile

    unused = lazy_compile("(")  # compiling it would raise re.error
    family = Family(
        kind="celex",
        pattern=unused,
        build=lambda m, ctx: (),
        anchors=(Anchor(lazy_compile("§§"), 1, 1),),
    )
    assert family_scan._scan(family, "See Directive 95/46/EC.", {}) == []


def test_a_family_guard_is_searched_only_where_one_of_its_anchors_is() -> None:
    # a guard that fails searches the whole text (the case words: ~120 ns a character):
    # where the family has no anchor in the text it finds nothing, guard or not
    import re

    from eurefs import family_scan
    from eurefs.grammar import Anchor, Family
    from eurefs.grammar.common import lazy_compile

    family = Family(
        kind="celex",
        pattern=lazy_compile("§§x"),
        build=lambda m, ctx: (),
        anchors=(Anchor(lazy_compile("§§"), 1, 1),),
        requires=(lazy_compile("("),),  # searching it compiles it, which raises re.error
    )
    assert family_scan._extract("See Directive 95/46/EC.", (family,), None) == []
    with pytest.raises(re.error):
        family_scan._extract("See §§ 95/46/EC.", (family,), None)


def test_windows_around_anchors_are_merged_as_merge_spans_merges_them() -> None:
    rng = random.Random(3)
    for _ in range(2000):
        n = rng.randint(1, 300)
        positions = sorted(rng.sample(range(n), rng.randint(0, min(30, n))))
        before, after = rng.randint(0, 40), rng.randint(0, 40)
        windows = [(max(0, p - before), min(n, p + after)) for p in positions]
        assert _windows(positions, before, after, n) == merge_spans(windows)


def test_regions_are_each_anchors_windows_merged() -> None:
    # ``_regions`` sorts the positions of the anchors with one reach together and windows
    # them once (``19`` and ``20`` of the dated acts' years); the regions are those of each
    # anchor's windows merged, also where anchors share positions or reaches differ
    import re

    from eurefs.family_scan import _regions
    from eurefs.grammar import Anchor, Family

    rng = random.Random(7)
    reaches = [(100, 6), (100, 6), (61, 64), (0, 0), (1, 40)]
    for _ in range(1000):
        n = rng.randint(1, 600)
        anchors = []
        cache: dict[str, list[int]] = {}
        for i in range(rng.randint(1, 4)):
            before, after = rng.choice(reaches)
            anchors.append(Anchor(re.compile(f"a{i}"), before, after))
            cache[f"a{i}"] = sorted(rng.sample(range(n), rng.randint(0, min(20, n))))
        family = Family(
            kind="x", pattern=re.compile("x"), build=lambda m, ctx: (), anchors=tuple(anchors)
        )
        windows = [
            (max(0, p - a.before), min(n, p + a.after))
            for a in anchors
            for p in cache[a.pattern.pattern]
        ]
        assert _regions(family, "x" * n, cache) == merge_spans(sorted(windows))
