"""``eurefs resolve``: resolution from the command line (``cache``, ``schema``: cache_commands)."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from eurefs.cli import options
from eurefs.cli.errors import EXIT_SOME_FAILED, UsageError, read_text, say, stdin_once
from eurefs.cli.inputs import read_input
from eurefs.cli.output import FORMATS, write_records
from eurefs.cli.progress import resolving_bar
from eurefs.errors import ResolveError

# The resolver (and its HTTP stack), the grammar and the models are imported when
# ``resolve`` runs, not to build the parser: the other commands must start fast.
if TYPE_CHECKING:
    from eurefs.models.references import BaseReference, Reference
    from eurefs.models.results import ResolveResult
    from eurefs.text import DocumentText

# Citation formats for reference managers (eurefs.export): documents only, errors on stderr.
CITATION_FORMATS = ("csl-json", "bibtex", "ris")
DEFAULT_FIELDS = ("input", "celex", "title", "date", "resource_type", "in_force", "eli", "error")
# A few references given as arguments read rich notices; more go through batched SPARQL.
_NOTICE_PATH_MAX = 5

RESOLVE_EPILOG = """examples:
  eurefs resolve "COM(2021) 752 final"
  eurefs resolve --format table "JOIN (2021) 32 final" 32016R0679
  eurefs resolve - < references.txt > documents.jsonl
  eurefs resolve --from-text letter.txt --format csv --fields input,celex,title
  eurefs resolve --offline --lang fr "Regulation (EU) 2016/679"
  eurefs resolve --from-text letter.txt --format bibtex > letter.bib
  eurefs resolve --timeout 30 --retries 1 - < references.txt   # give up sooner
  eurefs resolve --sparql-endpoint http://localhost:8890/sparql 32016R0679
environment: EUREFS_SPARQL_ENDPOINT, EUREFS_CELLAR_BASE, EUREFS_CACHE_DIR.
exit status: 0 all resolved, 1 some failed (each failure is an error record on
stdout; stderr has one line per cause, with its count), 2 usage or I/O error."""


def _record(result: ResolveResult) -> dict[str, Any]:
    rec: dict[str, Any] = {"input": result.input}
    if result.document is not None:
        rec.update(result.document.model_dump(mode="json"))
    else:
        rec["reference"] = result.reference.model_dump(mode="json") if result.reference else None
        rec["error"] = result.error.model_dump() if result.error else None
    return rec


def _select(rec: dict[str, Any], fields: list[str] | None) -> dict[str, Any]:
    if not fields:
        return rec
    out = {f: rec.get(f) for f in fields}
    if "error" in rec and "error" not in out:
        out["error"] = rec["error"]
    return out


def _resolvable(refs: list[Reference], source: str) -> list[Reference]:
    """The references of a document that name one document; the others are listed on stderr.

    Treaty articles, ``C(...)`` documents and OJ citations without a page name no
    single Cellar work; resolving them would only add failures to every run.
    """
    from eurefs.lookup import lookup_for

    keep: list[Reference] = []
    skipped: dict[str, int] = {}
    for ref in refs:
        try:
            lookup_for(ref)
        except ResolveError:
            skipped[ref.kind] = skipped.get(ref.kind, 0) + 1
            continue
        keep.append(ref)
    if skipped:
        counts = ", ".join(f"{n} {kind}" for kind, n in sorted(skipped.items()))
        say(f"{source}: not resolved, as they name no single document: {counts}")
    return keep


def _representative(mentions: list[BaseReference]) -> BaseReference:
    """The mention that stands for a work: its first full reference, else its first mention."""
    return next((r for r in mentions if r.kind != "short_form"), mentions[0])


def _one_document(args: argparse.Namespace) -> DocumentText:
    """The document ``--from-text`` names, read; ``--from-text a.txt b.txt`` (a shell's
    ``*.txt``): the others are no references."""
    import os.path

    document: str = args.from_text
    others = [r for r in args.refs if r != "-" and os.path.isfile(r)]
    if others:
        raise UsageError(
            f"{others[0]}: a file given with --from-text {document}, which reads one document: "
            "run once for each, or use 'eurefs report --resolve' for several"
        )
    return read_input(document, args.input_format, args.encoding, args.max_input_bytes)


def _stdin_item(line: str) -> str:
    """What a stdin line asks for: the line, or the ``work`` of a record ``eurefs extract``
    printed as JSONL (``eurefs extract doc.pdf | eurefs resolve -``: one record out per
    reference in, each naming its work as the text read it)."""
    if line.startswith("{") and line.endswith("}"):
        import json

        try:
            record = json.loads(line)
        except ValueError:
            return line
        if isinstance(record, dict) and isinstance(record.get("work"), str):
            return str(record["work"])
    return line


def run_resolve(args: argparse.Namespace) -> int:
    """Resolve references from arguments, stdin (``-``) or a document (``--from-text``)."""
    from eurefs.cli.reporting import report_failures
    from eurefs.scanner import extract
    from eurefs.works import group

    stdin_once([*args.refs, *([args.from_text] if args.from_text else [])])
    if "mentions" in (args.fields or ()) and not args.from_text:
        raise UsageError("--fields mentions: the count of a work's mentions needs --from-text FILE")
    items: list[Any] = []
    batch = False
    mentions: list[int] = []
    if args.from_text:
        document_text = _one_document(args)
        # each cited work once (its first full reference stands for it), with its count
        for work in group(_resolvable(extract(document_text), args.from_text)):
            items.append(_representative(work.references))
            mentions.append(work.mentions)
        batch = True
    for ref in args.refs:
        if ref == "-":
            lines = read_text("-", args.encoding).splitlines()
            items.extend(_stdin_item(line.strip()) for line in lines if line.strip())
            batch = True
        else:
            items.append(ref)
    if not items and not (args.from_text or "-" in args.refs):
        raise UsageError("nothing to resolve: give references, '-' for stdin, or --from-text FILE")
    batch = batch or len(items) > _NOTICE_PATH_MAX
    fields: list[str] | None = args.fields
    fmt = args.format or ("table" if sys.stdout.isatty() else "jsonl")
    resolver = options.make_resolver(args)
    with resolver:
        if batch:
            results = resolver.resolve_many(items, progress=resolving_bar())
        else:
            # the notice path gives the same record shape as the batch path
            results = [resolver.resolve_result(item) for item in items]
    if report_failures(results):
        args.status.failed(EXIT_SOME_FAILED)
    if fmt in CITATION_FORMATS:
        from eurefs.export import CITATION_FORMATS as WRITERS

        documents = (r.document for r in results if r.document is not None)
        sys.stdout.write(WRITERS[fmt](documents, lang=resolver.lang))
        return int(args.status.code)
    records = [_record(r) for r in results]
    for rec, count in zip(records, mentions, strict=False):  # --from-text items come first
        rec["mentions"] = count
    records = [_select(rec, fields) for rec in records]
    columns = fields or [*DEFAULT_FIELDS, *(["mentions"] if mentions else [])]
    if fmt in ("csv", "table"):
        # flat cells for people and spreadsheets: concept codes, "Type: message"
        for rec in records:
            if isinstance(rec.get("resource_type"), dict):
                rec["resource_type"] = rec["resource_type"]["code"]
            if isinstance(rec.get("error"), dict):
                rec["error"] = f"{rec['error']['type']}: {rec['error']['message']}"
    write_records(records, sys.stdout, fmt, columns)
    return int(args.status.code)


def add_commands(sub: Any) -> None:
    """Register ``resolve``."""
    p = sub.add_parser(
        "resolve",
        help="resolve references into documents from the Publications Office",
        description="Resolve EU references against the Publications Office (Cellar): title, "
        "date, authors, type, CELEX, ELI, in-force status, OJ publication, relations.",
        epilog=RESOLVE_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument(
        "refs", nargs="*", metavar="REF", help="references, or - for one per line on stdin"
    )
    p.add_argument(
        "--from-text",
        metavar="FILE",
        help="extract and resolve every reference in FILE (PDF, DOCX, HTML, Formex or text)",
    )
    options.add_input_format_option(p)
    options.add_encoding_option(p, "stdin and a --from-text text file")
    options.add_max_input_option(p)
    p.add_argument(
        "--format",
        choices=FORMATS + CITATION_FORMATS,
        help="output format (default: table on a terminal, else jsonl); csl-json, bibtex "
        "(biblatex) and ris are citations for reference managers",
    )
    p.add_argument(
        "--fields",
        type=options.parse_fields,
        help="comma-separated fields to output (e.g. input,celex,title)",
    )
    options.add_resolver_options(p)
    p.set_defaults(func=run_resolve)
