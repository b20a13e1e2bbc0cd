"""Pieces of CSS: display and visibility declarations, media query lists, selectors."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from eurefs.readers import css
from eurefs.readers.css import (
    MAYBE,
    OFF,
    ON,
    UNWEIGHED,
    Compound,
    declarations,
    inline_blocks,
    inline_flows,
    inline_hides,
    media_context,
    parse_selector,
    split_list,
)
from tests.support.steps import lines_run


def test_declarations_keep_display_and_visibility_with_their_importance() -> None:
    assert declarations("color: red; DISPLAY : None ! Important; visibility:visible") == [
        ("display", True, True, False, False),
        ("visibility", False, False, False, False),
    ]
    assert declarations("display:block;visibility:collapse;display:var(--d)") == [
        ("display", False, False, True, False),
        ("visibility", True, False, False, False),
        ("display", False, False, False, False),  # whatever the variable holds: not known to hide
    ]
    # not valid CSS, so a browser drops them: an IE hack, a typo'd value, no value
    assert declarations("display:none\\9; display: 'none'; display:; -display:none") == []


@pytest.mark.parametrize(
    ("style", "hides"),
    [
        ("display:none", True),
        ("visibility: hidden;", True),
        ("display:none; display:block", False),  # the last one wins
        ("display:block; display:none", True),
        ("display:none !important; display:block", True),  # unless the first is important
        ("x-display:none; --display:none", False),
        ("display:none\\9", False),
    ],
)
def test_inline_hides_as_the_browser_does(style: str, hides: bool) -> None:
    assert inline_hides(style) is hides


@pytest.mark.parametrize(
    ("style", "blocks"),
    [
        ("display:block", True),
        ("DISPLAY: Flex", True),
        ("display: list-item", True),
        ("display: block flow", True),
        ("display: inline-block", False),  # a box inside the line
        ("display: inline flex", False),
        ("display: table-cell", False),
        ("display:block; display:inline", False),  # the last one wins
        ("display:block !important; display:inline", True),
        ("display:none", False),
        ("visibility: visible", False),
    ],
)
def test_inline_blocks_as_the_browser_lays_out(style: str, blocks: bool) -> None:
    assert inline_blocks(style) is blocks


@pytest.mark.parametrize(
    ("style", "inline"),
    [
        ("display:inline", True),
        ("DISPLAY: Inline-Block", True),
        ("display: inline flex", True),
        ("display: contents", True),
        ("display: block", False),
        ("display: table-cell", False),
        ("display:inline; display:block", False),  # the last one wins
        ("display:inline !important; display:block", True),
        ("display:none", False),
    ],
)
def test_inline_flows_as_the_browser_lays_out(style: str, inline: bool) -> None:
    assert inline_flows(style) is inline


@pytest.mark.parametrize(
    ("queries", "context"),
    [
        ("", ON),
        ("screen", ON),
        ("ALL", ON),
        ("print, screen", ON),
        ("only  screen", ON),
        ("not print", ON),
        ("print", OFF),
        ("print and (orientation: landscape)", OFF),
        ("only print, speech", OFF),
        ("tv", OFF),
        ("screen and (max-width: 600px)", MAYBE),
        ("(min-width: 768px)", MAYBE),
        ("print, (prefers-color-scheme: dark)", MAYBE),
        ("not print and (color)", MAYBE),
    ],
)
def test_media_context_says_whether_a_query_holds_on_every_screen(
    queries: str, context: int
) -> None:
    assert media_context(queries) == context


def test_split_list_splits_at_commas_outside_brackets_and_strings() -> None:
    assert split_list('.a, :is(.b, .c) .d, [title="x,y"], .e') == [
        ".a", " :is(.b, .c) .d", ' [title="x,y"]', " .e",
    ]  # fmt: skip


def test_a_compound_of_tag_classes_and_ids_is_simple() -> None:
    s = parse_selector(" P.print-only.x#note ")
    assert s == parse_selector("P.print-only.x#note")
    assert s.last == Compound("p", ("print-only", "x"), ("note",))
    assert s.simple and s.applies and s.specificity == (1, 2, 1)
    assert parse_selector("*").last == Compound(None, (), ())
    assert parse_selector("*").simple


def test_escaped_names_are_read_as_a_browser_reads_them() -> None:
    # Tailwind's responsive classes: class="hidden md:block"
    assert parse_selector(r".md\:block").last.classes == ("md:block",)
    assert parse_selector(r".w-1\/2").last.classes == ("w-1/2",)
    assert parse_selector(r".\31 0").last.classes == ("10",)
    assert parse_selector(r"#\000041").last.ids == ("A",)  # six digits at most
    assert parse_selector(r"#\0 a").last.ids == ("\ufffda",)  # U+0000 is no character


def test_more_than_a_compound_is_matched_by_its_last_compound_only() -> None:
    s = parse_selector(".menu:hover > li.item[data-x] ~ .hidden")
    assert not s.simple and s.applies
    assert s.last == Compound(None, ("hidden",), ())
    assert s.specificity == (0, 5, 1)
    assert parse_selector(".a .b").last == Compound(None, ("b",), ())
    assert not parse_selector(".a .b").simple
    assert not parse_selector("[hidden]").simple
    assert not parse_selector(".5col").simple  # no class selector: a browser drops it


def test_selectors_this_reader_cannot_weigh_match_anything_above_all() -> None:
    for selector in (".a:not(.b)", ":is(.x, .y)", "& .b", "svg|rect", ".b &"):
        s = parse_selector(selector)
        assert s.applies and not s.simple, selector
        assert s.last == Compound(None, (), ()) and s.specificity == UNWEIGHED, selector


def test_pseudo_elements_and_empty_selectors_apply_to_no_element() -> None:
    for selector in (".a::before", ".a:after", "p:first-line", "::selection", "", "  "):
        assert not parse_selector(selector).applies, selector


#: Selectors no real page writes, of about ``count`` pieces each (the hostile ones at
#: 100,000): a reader that reads them again from each place is quadratic.
HOSTILE: list[Callable[[int], str]] = [
    lambda count: "\\" * count,
    lambda count: "." + "\\41" * (count // 2),
    lambda count: ":not(" * count,
    lambda count: "[" * count,
    lambda count: '"' * count,
    lambda count: ".a" + " " * count + ".b",
    lambda count: ".a:b" * (count // 2),
    lambda count: ",".join(f".c{i}" for i in range(count // 5)),
]


def _read(text: str) -> None:
    for selector in split_list(text):
        parse_selector(selector)
    media_context(text)
    declarations(text)


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_selectors_are_read_in_linear_time(text: Callable[[int], str]) -> None:
    # the reader's Python steps counted, not timed (timings flake): four times the
    # selector, about four times the lines run (a quadratic reader: sixteen); then the
    # whole of it
    short, long = (lines_run(lambda n=n: _read(text(n)), css) for n in (5_000, 20_000))
    assert long < 6 * short + 100, (short, long)
    _read(text(100_000))
