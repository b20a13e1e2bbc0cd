"""``eurefs annotate``: a text or an HTML page with every reference linked."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from eurefs.cli.errors import EXIT_OK, UsageError
from eurefs.cli.show_inputs import read_input

ANNOTATE_EPILOG = """examples:
  eurefs annotate letter.txt > letter.html
  eurefs annotate --format markdown --link eli letter.txt > letter.md
  eurefs annotate page.html --link cellar > page-linked.html
  eurefs annotate page.html --link 'https://example.org/{celex}' > page-linked.html
link targets: eurlex (default), eli, cellar, or a URL template with {celex},
{eli}, {ecli}, {normalized}, {kind} or {text}. References without a target stay
plain text (in HTML with a title saying why).
exit status: 0 done, 2 usage or I/O error."""


def run_annotate(args: argparse.Namespace) -> int:
    """Print the input with each reference linked."""
    from eurefs.annotation import Format, annotate, annotate_html, linker
    from eurefs.annotation.links import LinkTemplateError

    try:
        to_link = linker(args.link)
    except LinkTemplateError as exc:
        raise UsageError(str(exc)) from None
    doc = read_input(args.path)
    fmt: Format = args.format or "html"
    if doc.html is not None and fmt == "html":
        sys.stdout.write(annotate_html(doc.html, link=to_link))
    else:
        sys.stdout.write(annotate(doc.text, link=to_link, format=fmt))
    return EXIT_OK


def add_commands(sub: Any) -> None:
    """Register ``annotate``."""
    p = sub.add_parser(
        "annotate",
        help="print a text or HTML page with every reference linked",
        description="Print FILE with every EU reference linked (EUR-Lex, ELI, Cellar or your "
        "own URL template). An HTML page keeps its markup: only links are added.",
        epilog=ANNOTATE_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("path", metavar="FILE", help="a text or HTML file, or - for stdin")
    p.add_argument(
        "--format",
        choices=("html", "markdown", "text"),
        help="output: html (default; an HTML page stays a page), markdown ([text](url)) "
        "or text (text <url>)",
    )
    p.add_argument(
        "--link",
        default="eurlex",
        metavar="TARGET",
        help="eurlex (default), eli, cellar, or a URL template like https://example.org/{celex}",
    )
    p.set_defaults(func=run_annotate)
