"""The rules of a page's <style> sheets: which elements they hide on screen."""

from __future__ import annotations

from collections.abc import Callable

import lxml.html
import pytest

from eurefs.readers import css, stylesheet
from eurefs.readers.css import OFF
from eurefs.readers.stylesheet import (
    CHECKS,
    CHECKS_PER_ELEMENT,
    MAX_DEPTH,
    StyleRules,
    page_rules,
)
from tests.support.spies import spy
from tests.support.steps import lines_run


def _hidden(sheet: str, body: str) -> list[str]:
    """The ids of the elements of ``body`` that ``sheet`` hides."""
    root = lxml.html.document_fromstring(
        f"<html><head><style>{sheet}</style></head><body>{body}</body></html>"
    )
    verdicts = page_rules(root).verdicts(root)
    return [el.get("id") or el.tag for el, verdict in verdicts.items() if verdict.hidden]


P = '<p id="p" class="hidden x">a</p><div id="d" class="hidden">b</div><p id="q">c</p>'


@pytest.mark.parametrize(
    ("sheet", "hidden"),
    [
        (".hidden{display:none}", ["p", "d"]),
        ("p.hidden{visibility:hidden}", ["p"]),
        ("#q, div.hidden { display : none }", ["d", "q"]),
        ("P{display:none}", ["p", "q"]),  # tags in any case, classes as written
        (".HIDDEN{display:none}", []),
        ("@media screen{.x{display:none}}", ["p"]),
        ("@media all{@media screen{.x{display:none}}}", ["p"]),
        ("/* a comment */ <!-- .x{display:none} -->", ["p"]),  # Word's style blocks
        (".x{display:none", ["p"]),  # the end of the sheet closes it
        # on a printed page only
        ("@media print{.hidden{display:none}}", []),
        ("@media print and (color){.hidden{display:none}}", []),
        # under a condition, which may not hold: hides nothing
        ("@media (max-width: 600px){.hidden{display:none}}", []),
        ("@supports (display: grid){.hidden{display:none}}", []),
        ("@layer base{.hidden{display:none}}", []),
        ("@media print{@media screen{.hidden{display:none}}}", []),
        # more than a compound, or a list with one: not read, so no hiding
        (".a .hidden{display:none}", []),
        (".hidden:not(.y){display:none}", []),
        (".hidden, .x:unknown-state{display:none}", []),  # if not valid, nothing is
        (".hidden::before{display:none}", []),
        (".hidden{display:none\\9}", []),
        ("@keyframes k{from{visibility:visible}} .x{visibility:hidden}", ["p"]),
    ],
)
def test_what_simple_rules_hide_on_screen(sheet: str, hidden: list[str]) -> None:
    assert _hidden(sheet, P) == hidden


@pytest.mark.parametrize(
    ("sheet", "hidden"),
    [
        # the more specific rule wins, then the later one
        (".hidden{display:none} p.hidden{display:block}", ["d"]),
        ("p.hidden{display:block} .hidden{display:none}", ["d"]),
        (".hidden{display:none} .x{display:block}", ["d"]),
        (".x{display:block} .hidden{display:none}", ["p", "d"]),
        # !important first
        (".hidden{display:none !important} p.hidden{display:block}", ["p", "d"]),
        (".hidden{display:none} .hidden{display:none;display:inline}", []),
        # a rule that may show, on some screens or in some states, shows
        (".hidden{display:none} @media (min-width:768px){.x{display:block}}", ["d"]),
        (".hidden{display:none} .menu:hover .x{display:block}", ["d"]),
        (".hidden{display:none} .wrap{ & .x{display:flex} }", []),
        (".hidden{display:none} :is(.a, .b){display:block}", []),  # cannot weigh: may show
        # but not on a printed page
        (".hidden{display:none} @media print{.hidden{display:block}}", ["p", "d"]),
        # display and visibility are two properties: either hides
        (".hidden{display:none} .x{visibility:visible}", ["p", "d"]),
    ],
)
def test_the_cascade_picks_the_winner_as_a_browser_does(sheet: str, hidden: list[str]) -> None:
    assert _hidden(sheet, P) == hidden


def test_the_style_attribute_outweighs_rules_but_not_important_ones() -> None:
    body = (
        '<p id="a" class="h" style="display:block">a</p>'
        '<p id="b" class="i" style="display:block">b</p>'
        '<p id="c" class="s" style="display:none">c</p>'
        '<p id="d" class="i" style="display:block !important">d</p>'
    )
    sheet = ".h{display:none} .i{display:none!important} .s{display:block}"
    assert _hidden(sheet, body) == ["b", "c"]


def test_a_sheet_never_hides_the_whole_page() -> None:
    # against framing, or until the page has loaded: a script shows it
    body = '<p id="p">a</p>'
    assert _hidden("html{display:none} body{visibility:hidden}", body) == []
    assert _hidden("body{display:none !important}", body) == []


def test_sheets_in_templates_noscript_print_or_other_languages_are_not_read() -> None:
    root = lxml.html.document_fromstring(
        "<html><head><style media='print'>.a{display:none}</style>"
        "<style type='text/less'>.b{display:none}</style>"
        "<noscript><style>.c{display:none}</style></noscript></head><body>"
        "<template><style>.d{display:none}</style></template>"
        "<div hidden><style type='TEXT/CSS '>.e{display:none}</style></div>"
        "<p class='a b c d e'>text</p></body></html>"
    )
    rules = page_rules(root)
    assert [el.tag for el, verdict in rules.verdicts(root).items() if verdict.hidden] == ["p"]
    root.xpath("//div")[0].clear()  # the only sheet that holds
    assert not page_rules(root)


def test_a_page_without_sheets_has_no_rules() -> None:
    root = lxml.html.document_fromstring("<html><body><p style='display:none'>a</p></body></html>")
    assert not page_rules(root)
    rules = StyleRules()
    rules.read(".a{display:none}", OFF)
    rules.read(".a{color:red} @font-face{display:none}")
    assert not rules


def test_sheets_too_deep_to_be_real_are_not_read() -> None:
    deep = "@media screen{" * MAX_DEPTH + "}" * MAX_DEPTH
    assert _hidden(deep + ".hidden{display:none}", P) == ["p", "d"]
    deeper = "@media screen{" * (MAX_DEPTH + 1) + "}" * (MAX_DEPTH + 1)
    assert _hidden(deeper + ".hidden{display:none}", P) == []


def test_rules_too_many_to_match_in_linear_time_are_not_read(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # every element would be checked against every rule (5,001 x 2,000: 10 million
    # checks); the checks are given up once over the page's budget. Counted, not timed
    # (timings flake): no more checks than the budget and one element's candidates
    sheet = "".join(f".a.b{i}{{display:none}}" for i in range(5_000)) + ".c{display:none}"
    elements = 2_000
    checks = spy(monkeypatch, stylesheet, "_matches")
    assert _hidden(sheet, '<p class="a c">x</p>' * elements) == []
    assert 0 < checks.count <= CHECKS + CHECKS_PER_ELEMENT * (elements + 3) + 5_001
    assert _hidden(sheet, '<p id="p" class="a c">x</p>' * 2) == ["p", "p"]


#: Sheets no real page writes, of about ``count`` pieces each (the hostile ones at
#: 200,000): a reader that reads them again from each place is quadratic.
HOSTILE: list[Callable[[int], str]] = [
    lambda count: "{" * count + "}" * count,
    lambda count: "/*" * count,
    lambda count: "<!--" * count,
    lambda count: "-" * count + "{display:none}",
    lambda count: '"' * count,
    lambda count: "'\\" * count,
    lambda count: ".a{" + "display:none;" * (count // 5) + "}",
    lambda count: "@media " + "print and " * (count // 10) + "x{.a{display:none}}",
    lambda count: "." + "\\41" * (count // 2) + "{display:none}",
]


@pytest.mark.parametrize("sheet", HOSTILE)
def test_hostile_sheets_are_read_in_linear_time(sheet: Callable[[int], str]) -> None:
    # the readers' Python steps counted, not timed (timings flake): four times the sheet,
    # about four times the lines run (a quadratic reader: sixteen); then the whole sheet
    short, long = (
        lines_run(lambda n=n: _hidden(sheet(n), P), css, stylesheet) for n in (5_000, 20_000)
    )
    assert long < 6 * short + 100, (short, long)
    _hidden(sheet(200_000), P)
