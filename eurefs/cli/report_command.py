"""``eurefs report``: one self-contained HTML page about the references in documents."""

from __future__ import annotations

import argparse
from typing import Any

from eurefs.cli import options
from eurefs.cli.errors import EXIT_SOME_FAILED, EXIT_USAGE, UsageError
from eurefs.cli.progress import resolving_bar

REPORT_EPILOG = """examples:
  eurefs report letter.txt -o report.html
  eurefs report judgment.pdf opinion.html -o report.html --resolve
  eurefs report corpus/*.txt -o corpus.html --title "Corpus 2024"
The page holds everything (style, script, charts): open it in a browser, mail
it, or print it. With --resolve every work is resolved once, in batches, and the
table shows its title, date, type and in-force status.
exit status: 0 done, 1 some works could not be resolved (--resolve: the report
is written, stderr has one line per cause), 2 usage or I/O error (an unreadable
input is left out, named on stderr, and the report is still written)."""


def run_report(args: argparse.Namespace) -> int:
    """Write the report page for the input documents."""
    from contextlib import nullcontext

    from eurefs.cli.output import check_writable, write_output

    # what could fail after the work fails before it: the output, the resolver's settings
    check_writable(args.output)
    resolver = options.make_resolver(args) if args.resolve else None
    with resolver or nullcontext():
        from eurefs.cli.reporting import report_failures
        from eurefs.cli.show_inputs import readable_inputs
        from eurefs.report import ReportInput, resolve_rows, work_rows
        from eurefs.report.render import render_report
        from eurefs.scanner import extract

        errors: list[tuple[str, str]] = []
        inputs = [
            ReportInput(doc.name, doc.text, list(extract(doc.text)), doc.page_starts)
            for doc in readable_inputs(
                args.paths, errors, args.encoding, args.input_format, args.max_input_bytes
            )
        ]
        if not inputs:
            raise UsageError("no input could be read: no report written")
        rows = work_rows(inputs)  # report_html's steps, to see which works failed to resolve
        unresolved = 0
        if resolver is not None:
            resolve_rows(rows, resolver, resolving_bar())
            unresolved = report_failures(row.result for row in rows if row.result is not None)
    page = render_report(inputs, rows, resolved=args.resolve, title=args.title)
    if errors or unresolved:  # (noted before writing: -o - may be a pipe that breaks)
        args.status.failed(EXIT_USAGE if errors else EXIT_SOME_FAILED)
    write_output(page, args.output)
    return int(args.status.code)


def add_commands(sub: Any) -> None:
    """Register ``report``."""
    p = sub.add_parser(
        "report",
        help="write an HTML report of the references in documents",
        description="Write one self-contained HTML page: the texts with references highlighted "
        "by kind, the works cited (mentions, first occurrence; with --resolve title, date, "
        "type, in force, link), filters by kind and a chart of citations per work or year.",
        epilog=REPORT_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    options.add_document_paths(p)
    p.add_argument(
        "-o", "--output", required=True, metavar="REPORT.html", help="where to write (- for stdout)"
    )
    p.add_argument("--title", default="EU references report", help="title of the page")
    p.add_argument("--resolve", action="store_true", help="resolve the works cited (Cellar)")
    options.add_resolver_options(p)
    p.set_defaults(func=run_report)
