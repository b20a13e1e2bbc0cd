"""annotate(format="markdown") read by pandoc: code stays code, a link stays a link."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from lxml import html as lxml_html

from eurefs.annotation import annotate
from eurefs.annotation.markdown import before_link, outside_markdown
from eurefs.scanner import extract
from tests.support.tools import require_executable

DOCS = Path(__file__).resolve().parents[2] / "docs"
GDPR_URL = "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32016R0679"


def _pandoc_html(markdown: str, reader: str = "markdown") -> lxml_html.HtmlElement:
    pandoc = require_executable("pandoc", "pandoc")
    run = subprocess.run(
        [pandoc, "-f", reader, "-t", "html", "--wrap=none"],
        input=markdown, capture_output=True, text=True, check=True, timeout=120,
    )  # fmt: skip
    return lxml_html.fragment_fromstring(run.stdout, create_parent="div")


def _code(root: lxml_html.HtmlElement) -> list[str]:
    return [str(c.text_content()) for c in root.iter("code")]


@pytest.mark.parametrize("page", ["graph.md", "citations.md"])
def test_references_in_code_are_left_as_written(page: str) -> None:
    """eurefs's own documentation writes references in code spans and fenced blocks
    (`Regulation (EU) 2016/679` and `32016R0679` are one work): annotated as Markdown,
    pandoc printed '[Regulation (EU) 2016/679](<https://eur-lex...>)' inside the code."""
    text = (DOCS / page).read_text(encoding="utf-8")
    out = annotate(text, format="markdown")
    for reader in ("markdown", "commonmark"):
        assert _code(_pandoc_html(out, reader)) == _code(_pandoc_html(text, reader))


def test_code_spans_and_fences_in_a_small_text() -> None:
    text = (
        "Use `Regulation (EU) 2016/679` or ``see `Directive 95/46/EC` here``; "
        "Regulation (EU) 2016/679 applies.\n\n"
        "```console\n$ eurefs parse 'Directive 95/46/EC'\n```\n"
        "~~~~\nDirective 95/46/EC\n~~~\nstill in the block: COM(2020) 66 final\n~~~~\n"
        "A lone ` backtick, then Directive 95/46/EC.\n\n` unclosed in its paragraph\n\n"
        "and Regulation (EU) 2016/679 `.\n\n"
        "A ` before a block\n```\nx\n```\nis not closed by Regulation (EU) 2016/679 ` here.\n"
    )
    out = annotate(text, format="markdown")
    root = _pandoc_html(out, "commonmark")
    linked = [(a.text_content(), a.get("href")[-10:]) for a in root.iter("a")]
    assert linked == [
        ("Regulation (EU) 2016/679", "CELEX:32016R0679"[-10:]),
        ("Directive 95/46/EC", "CELEX:31995L0046"[-10:]),
        ("Regulation (EU) 2016/679", "CELEX:32016R0679"[-10:]),
        ("Regulation (EU) 2016/679", "CELEX:32016R0679"[-10:]),
    ]
    assert _code(root) == _code(_pandoc_html(text, "commonmark"))


@pytest.mark.parametrize(
    "text",
    [
        "Wow!Regulation (EU) 2016/679.",  # '![...](...)' is an image
        "[1]Regulation (EU) 2016/679.",  # pandoc: '[1][...]' a reference link
    ],
)
def test_the_character_before_a_link_cannot_change_it(text: str) -> None:
    out = annotate(text, format="markdown")
    for reader in ("markdown", "commonmark"):
        root = _pandoc_html(out, reader)
        assert not list(root.iter("img"))
        (link,) = root.iter("a")
        assert (link.text_content(), link.get("href")) == ("Regulation (EU) 2016/679", GDPR_URL)
        assert root.text_content().strip() == text


def test_before_link_escapes_only_an_unescaped_mark() -> None:
    assert before_link("Wow!") == "Wow\\!"
    assert before_link("a\\!") == "a\\!"  # already escaped
    assert before_link("a\\\\!") == "a\\\\\\!"  # an escaped backslash, then '!'
    assert before_link("(see ") == "(see "
    assert before_link("") == ""


def test_hostile_backticks_and_fences_take_linear_time() -> None:
    text = "`a" * 50_000 + "``a`" * 25_000 + "```\n" * 20_000 + "Directive 95/46/EC"
    refs = extract(text)
    assert outside_markdown(text, refs) == []  # inside the last, unclosed fence
