"""``eurefs annotate`` (a text or page with every reference linked) and ``eurefs graph``."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from eurefs.cli.errors import EXIT_OK, EXIT_USAGE, UsageError
from eurefs.cli.options import (
    add_document_paths,
    add_encoding_option,
    add_input_format_option,
    add_max_input_option,
)

ANNOTATE_EPILOG = """examples:
  eurefs annotate letter.txt > letter.html
  eurefs annotate --format markdown --link eli letter.txt > letter.md
  eurefs annotate page.html --link cellar > page-linked.html
  eurefs annotate page.html --link 'https://example.org/{celex}' > page-linked.html
  eurefs annotate --lang de lettre.txt > lettre.html
link targets: eurlex (default), eli, cellar, or a URL template with {celex},
{eli}, {ecli}, {normalized}, {kind} or {text}. References without a target stay
plain text (in HTML with a title saying why).
exit status: 0 done, 2 usage or I/O error."""


def run_annotate(args: argparse.Namespace) -> int:
    """Print the input with each reference linked."""
    from eurefs.annotation import Format, annotate, annotate_html, linker
    from eurefs.annotation.links import LinkTemplateError
    from eurefs.cli.show_inputs import read_input
    from eurefs.errors import ConfigurationError

    try:  # (checked before the input is read; the pages' language is the text's)
        linker(args.link, args.lang)
    except (LinkTemplateError, ConfigurationError) as exc:
        raise UsageError(str(exc)) from None
    fmt: Format = args.format or "html"
    doc = read_input(
        args.path,
        keep_html=fmt == "html",
        encoding=args.encoding,
        input_format=args.input_format,
        max_bytes=args.max_input_bytes,
    )
    if doc.html is not None and fmt == "html":
        _write_page(annotate_html(doc.html, link=args.link, lang=args.lang), doc.encoding)
    else:
        sys.stdout.write(annotate(doc.text, link=args.link, format=fmt, lang=args.lang))
    return EXIT_OK


def _write_page(page: str, encoding: str) -> None:
    """Write a linked page in its own encoding: byte for byte the input outside the links.

    A character the charset lacks (in a link's title) becomes a character reference.
    """
    data = page.encode(encoding, errors="xmlcharrefreplace")
    sys.stdout.flush()
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is not None:
        buffer.write(data)
        buffer.flush()
    else:  # a text-only stream (an embedding application): text is all it takes
        sys.stdout.write(data.decode(encoding, errors="replace"))


def add_commands(sub: Any) -> None:
    """Register ``annotate`` and ``graph``."""
    p = sub.add_parser(
        "annotate",
        help="print a text or HTML page with every reference linked",
        description="Print FILE with every EU reference linked (EUR-Lex, ELI, Cellar or your "
        "own URL template). An HTML page keeps its markup: only links are added.",
        epilog=ANNOTATE_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument(
        "path", metavar="FILE", help="a document (text, HTML, PDF, DOCX, Formex), or - for stdin"
    )
    add_input_format_option(p)
    add_encoding_option(p, "a text input")
    add_max_input_option(p)
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
    p.add_argument(
        "--lang",
        metavar="LANG",
        help="language of the EUR-Lex pages linked (fr, de ...; default: the language "
        "most of the references are written in)",
    )
    p.set_defaults(func=run_annotate)
    add_graph_command(sub)


GRAPH_EPILOG = """examples:
  eurefs graph corpus/*.txt --format csv > citations.csv
  eurefs graph judgment.pdf opinion.docx --format graphml -o citations.graphml
  eurefs graph *.html --format json > citations.json
nodes are the input documents and the works they cite; each edge carries the
number of mentions. A file that cannot be read is reported on stderr and kept
as a node with an 'error' attribute. When no file can be read, nothing is written.
exit status: 0 done, 2 usage or I/O error (a file that could not be read too)."""


def _documents(
    args: argparse.Namespace,
) -> tuple[list[tuple[str, list[Any]]], list[tuple[str, str]]]:
    """Every input read and its references extracted, or an error per unreadable input."""
    from eurefs.cli.show_inputs import readable_inputs
    from eurefs.scanner import extract

    errors: list[tuple[str, str]] = []
    found = readable_inputs(
        args.paths, errors, args.encoding, args.input_format, args.max_input_bytes
    )
    docs = [(doc.name, list(extract(doc.text))) for doc in found]
    return docs, errors


def run_graph(args: argparse.Namespace) -> int:
    """Write the citation graph of the input documents."""
    from eurefs.cli.output import check_writable, write_output
    from eurefs.graph import WRITERS, citation_graph

    check_writable(args.output)  # before the inputs are read: not after the work
    docs, errors = _documents(args)
    if not docs:  # a graph of error nodes alone (in CSV a header alone) is no output
        raise UsageError("no input could be read: no graph written")
    if errors:
        args.status.failed(EXIT_USAGE)
    write_output(WRITERS[args.format](citation_graph(docs, errors)), args.output)
    return int(args.status.code)


def add_graph_command(sub: Any) -> None:
    """Register ``graph``."""
    p = sub.add_parser(
        "graph",
        help="write the citation graph of documents (CSV, GraphML, JSON)",
        description="Write the citation graph of the input documents: nodes are the documents "
        "and the works they cite, edges carry the number of mentions.",
        epilog=GRAPH_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_document_paths(p)
    p.add_argument(
        "--format",
        choices=("csv", "graphml", "json"),
        default="csv",
        help="csv (edge list, default), graphml or json (networkx node-link)",
    )
    p.add_argument("-o", "--output", metavar="OUT", help="write here instead of stdout")
    p.set_defaults(func=run_graph)
