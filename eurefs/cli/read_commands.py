"""``eurefs text``: print the text eurefs reads from a document, which every span indexes."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from eurefs.cli.errors import EXIT_OK
from eurefs.cli.inputs import ENCODING_HELP, read_input
from eurefs.cli.options import add_input_format_option, add_max_input_option

TEXT_EPILOG = """examples:
  eurefs text regulation.pdf > regulation.txt
  eurefs text --input-format html page.xml | less
  eurefs text --encoding cp1252 letter.txt
Pages are separated by a form feed (\\f). The 'start' and 'end' of every
reference that 'eurefs extract' reports index exactly this text, and reading
it back ('eurefs extract regulation.txt') gives the same spans and pages.
exit status: 0 done, 2 usage or I/O error (a scanned PDF without text too)."""


def run_text(args: argparse.Namespace) -> int:
    """Print the document's text exactly (UTF-8, no newline translation)."""
    doc = read_input(args.path, args.input_format, args.encoding, args.max_input_bytes)
    sys.stdout.flush()
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is not None:
        buffer.write(doc.text.encode("utf-8"))
        buffer.flush()
    else:
        sys.stdout.write(doc.text)
    return EXIT_OK


def add_commands(sub: Any) -> None:
    """Register ``text``."""
    p = sub.add_parser(
        "text",
        help="print the text read from a document (what spans index)",
        description="Read a PDF, DOCX, HTML, Formex or text file and print its text exactly "
        "as eurefs sees it.",
        epilog=TEXT_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("path", metavar="FILE", help="the document, or - for stdin")
    add_input_format_option(p)
    p.add_argument("--encoding", metavar="ENC", help=ENCODING_HELP)
    add_max_input_option(p)
    p.set_defaults(func=run_text)
