"""``eurefs extract`` and ``eurefs parse``: recognition from the command line."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable, Iterator
from functools import partial
from typing import TYPE_CHECKING, Any

from eurefs.cli import options
from eurefs.cli.batch_notices import (
    NOTICE_FIELDS,
    RARE_NOTICE_FIELDS,
    is_notice,
    notice_records,
)
from eurefs.cli.collector import imports_paused
from eurefs.cli.errors import (
    EXIT_OK,
    EXIT_SOME_FAILED,
    UsageError,
    read_text,
    say,
    stdin_once,
)
from eurefs.cli.inputs import (
    DOCUMENT_SUFFIXES,
    ENCODING_HELP,
    expand_inputs,
    read_input,
)
from eurefs.cli.options import (
    add_encoding_option,
    add_input_format_option,
    add_max_input_option,
)
from eurefs.cli.output import FORMATS, write_records
from eurefs.errors import ParseError, ReadError
from eurefs.kinds import ALL_KINDS

# The grammar, the models and the worker pool are imported by the command that runs
# them, not to build the parser: ``eurefs --help`` must start fast.
if TYPE_CHECKING:
    from eurefs.models.light import Reference
    from eurefs.parallel import DocumentReferences

#: The columns of CSV and table output; ``work`` last, as the table leaves it out.
COLUMNS = (
    "kind", "text", "start", "end", "doc_page", "normalized", "celex", "celex_candidates", "eli",
    "work",
)  # fmt: skip
#: The columns of ``--kind short_form`` alone.
SHORT_FORM_COLUMNS = (
    "kind", "how", "text", "start", "end", "doc_page", "normalized", "celex", "pinpoint", "work",
)  # fmt: skip
PATHS_HELP = (
    "documents (with several, records carry 'doc'), directories (their documents, "
    f"recursively: {' '.join(DOCUMENT_SUFFIXES)}), or - for stdin (the default)"
)
FILES_FROM_HELP = (
    "also read the documents listed in the file LIST, one path per line or separated by "
    "NUL bytes (find -print0; - for stdin): "
    "for corpora too large for a command line"
)
FIELDS_HELP = (
    "comma-separated fields of each record, in this order (e.g. doc,kind,text,celex,doc_page; "
    "a field a kind has not is empty); with several files an unreadable one's record keeps "
    "its error"
)
PARSE_COLUMNS = ("input", "kind", "normalized", "celex", "celex_candidates", "error")

EXTRACT_EPILOG = """examples:
  eurefs extract letter.txt
  eurefs extract --format table regulation.pdf judgment.html memo.docx
  eurefs extract --format csv corpus/*.txt > refs.csv
  eurefs extract --format table letter.txt
  cat letter.txt | eurefs extract --kind legal_act --kind com_document -
  eurefs extract --format csv judgment.txt > refs.csv
  eurefs extract --encoding utf-16 exported-from-word.txt
  eurefs extract --group --format table judgment.txt      # one line per cited work
  eurefs extract --kind short_form judgment.txt           # only 'the GDPR', 'that Directive'
  eurefs extract --no-short-forms judgment.txt            # only full references
  eurefs extract --jobs 8 --format jsonl archive/*.pdf > refs.jsonl
  eurefs extract --format csv --fields doc,kind,text,celex,doc_page *.pdf > refs.csv
  eurefs extract --jobs 8 archive/ > refs.jsonl            # every document under archive/
  find archive -name '*.pdf' | eurefs extract --files-from - > refs.jsonl
exit status: 0 done, 2 usage or I/O error (with several documents, one that cannot
be read gets an error record and a line on stderr, and the others are still read)."""

PARSE_EPILOG = """examples:
  eurefs parse "COM(2021) 752 final"
  eurefs parse "Regulation (EU) 2016/679" "Case C-131/12" 32013L0032
  printf 'Directive 95/46/EC\\nOJ L 119, 4.5.2016, p. 1\\n' | eurefs parse -
exit status: 0 all parsed, 1 some input was not a reference (an error record is
printed for it), 2 usage error."""


def _kinds(values: list[str] | None) -> list[str] | None:
    if values is None:
        return None
    kinds = [k.strip() for v in values for k in v.split(",") if k.strip()]
    if not kinds:
        raise UsageError(f"--kind needs a kind; choose from: {', '.join(ALL_KINDS)}")
    unknown = [k for k in kinds if k not in ALL_KINDS]
    if unknown:
        raise UsageError(f"unknown kind {unknown[0]!r}; choose from: {', '.join(ALL_KINDS)}")
    return kinds


def _columns(args: argparse.Namespace, kinds: list[str] | None) -> tuple[str, ...]:
    """The columns of CSV and table output (``--fields``, else those of the records)."""
    from eurefs.cli.grouped import GROUP_COLUMNS

    if args.fields:
        return tuple(args.fields)
    if args.group:
        return GROUP_COLUMNS
    columns = SHORT_FORM_COLUMNS if kinds == ["short_form"] else COLUMNS
    # (read by people, the table leaves out `work`: it repeats the CELEX)
    return columns[:-1] if args.format == "table" else columns


def _fields(value: str | None, group: bool) -> list[str] | None:
    """``--fields a,b,c``: names of the records' fields (a work's with ``--group``, else
    any kind's), in the order given; an unknown one is a usage error listing them all,
    one given twice a usage error naming it (:func:`~eurefs.cli.options.listed_fields`)."""
    if value is None:
        return None
    if group:
        from eurefs.cli.grouped import GROUP_COLUMNS

        valid: tuple[str, ...] = ("doc", *GROUP_COLUMNS)
    else:
        from eurefs.models import light

        kinds = [c for c in vars(light).values() if isinstance(c, type)]
        names = [f.name for c in kinds if issubclass(c, light.BaseReference) for f in c.FIELDS]
        valid = tuple(dict.fromkeys(["doc", *names, "work"]))
    try:
        return options.listed_fields(value, valid)
    except ValueError as exc:
        raise UsageError(f"--fields: {exc}") from None


def _selected(records: Iterable[dict[str, Any]], fields: list[str]) -> Iterator[dict[str, Any]]:
    """Each record with ``fields`` only (a field a kind has not: None); an error, a
    warning or a note whole, as it says which file and what."""
    for rec in records:
        yield rec if is_notice(rec) else {f: rec.get(f) for f in fields}


def _records(
    refs: Iterable[Any], args: argparse.Namespace, doc: str | None = None
) -> Iterator[dict[str, Any]]:
    """The output records of one document: one per reference, or one per work (``--group``)."""
    if args.fields:
        yield from _selected(_all_records(refs, args, doc), args.fields)
    else:
        yield from _all_records(refs, args, doc)


def _all_records(
    refs: Iterable[Any], args: argparse.Namespace, doc: str | None = None
) -> Iterator[dict[str, Any]]:
    if args.group:
        from eurefs.cli.grouped import work_records

        yield from work_records(refs, doc=doc, flat=args.format in ("csv", "table"))
        return
    from eurefs.models.json_fields import json_fields
    from eurefs.work_keys import work_key

    lead = {} if doc is None else {"doc": doc}
    for r in refs:
        # work: the key --group counts by (an OJ citation of an act counts for the act)
        yield {**lead, "kind": r.kind, **json_fields(r), "work": work_key(r)}


def _refs(doc: Any, kinds: list[str] | None, args: argparse.Namespace) -> list[Reference]:
    from eurefs.scanner import extract_light

    return extract_light(doc, kinds=kinds, short_forms=not args.no_short_forms)


def _encoding(name: str) -> str:
    """``--encoding``, checked when the command runs (its default is utf-8)."""
    try:
        return options.encoding(name)
    except argparse.ArgumentTypeError as exc:
        raise UsageError(str(exc)) from None


def run_extract(args: argparse.Namespace) -> int:
    """Extract references from files (or stdin) and write them out.

    Files may be PDF, DOCX, HTML, Formex or text (sniffed; ``--input-format``
    overrides).  With several files every record names its ``doc``; a file that
    cannot be read gets an error record (and a line on stderr), the others are
    still processed, and the exit status is then 2.
    """
    kinds = _kinds(args.kind)
    if args.no_short_forms and kinds and "short_form" in kinds:
        raise UsageError("--kind short_form and --no-short-forms exclude each other")
    encoding = _encoding(args.encoding)
    args.fields = _fields(args.fields, args.group)
    with imports_paused():  # start-up: the grammar, the models, the short-form finders
        import eurefs.chunked

        if not args.no_short_forms:
            import eurefs.short_forms.incremental  # noqa: F401

    columns = _columns(args, kinds)
    given = args.paths or ([] if args.files_from else ["-"])
    paths, many = expand_inputs(given, args.files_from, args.max_input_bytes)
    if "-" in paths and sys.stdin.isatty():
        say("reading the text from stdin (end with Ctrl-D; see 'eurefs extract --help')")
    if len(paths) == 1 and not many:
        doc = read_input(paths[0], args.input_format, encoding, args.max_input_bytes)
        from eurefs.cli.streaming import document_references

        # records are printed as each chunk of a large text is scanned (jsonl, csv)
        refs = document_references(doc, kinds, not args.no_short_forms, doc.source)
        # a document named when asked for (--fields doc): its column was empty
        named = doc.source if args.fields and "doc" in args.fields else None
        write_records(_records(refs, args, named), sys.stdout, args.format, columns)
        return EXIT_OK

    def all_records() -> Iterator[dict[str, Any]]:
        flat = args.format in ("csv", "table")  # one cell says what went wrong
        for result in _scan_files(paths, args, kinds, encoding):
            yield from notice_records(result, args.status, flat=flat)
            if result.error is None:
                yield from _records(result.references, args, doc=result.doc)

    # a file's warnings, notes and error are rows too: their columns say what
    lead = () if args.fields else ("doc",)
    columns = (*lead, *columns, *NOTICE_FIELDS)
    write_records(all_records(), sys.stdout, args.format, columns, RARE_NOTICE_FIELDS)
    return int(args.status.code)


def _scan_files(
    paths: list[str], args: argparse.Namespace, kinds: list[str] | None, encoding: str
) -> Iterator[DocumentReferences[Reference]]:
    """Each file's references, in order: on ``--jobs`` worker processes, or here
    when stdin is among the inputs (it cannot be handed to a worker)."""
    from eurefs.parallel import DocumentReferences, extract_files_light, read_warning_apart

    if "-" not in paths:
        yield from extract_files_light(
            paths,
            kinds=kinds,
            jobs=options.worker_count(args.jobs, len(paths)),
            input_format=args.input_format,
            encoding=encoding,
            short_forms=not args.no_short_forms,
            max_bytes=args.max_input_bytes,
        )
        return
    for path in paths:
        name = "stdin" if path == "-" else path  # as error messages and the graph name it
        try:
            read = partial(
                read_input, path, args.input_format, encoding, args.max_input_bytes, say_notes=False
            )
            doc, said = read_warning_apart(read)
        except ReadError as exc:
            yield DocumentReferences(name, error=type(exc).__name__, message=str(exc))
            continue
        yield DocumentReferences(name, _refs(doc, kinds, args), notes=doc.notes, warnings=said)


def run_parse(args: argparse.Namespace) -> int:
    """Parse each argument (or each stdin line for ``-``) as one reference."""
    stdin_once(args.refs)
    inputs: list[str] = []
    for item in args.refs:
        if item == "-":
            lines = read_text("-", args.encoding).splitlines()
            inputs.extend(line for line in lines if line.strip())
        else:
            inputs.append(item)
    if not inputs and "-" not in args.refs:  # an empty stdin is no inputs, as for resolve
        raise UsageError("nothing to parse: give references as arguments or '-' for stdin")
    with imports_paused():  # start-up: the grammar and the models
        from eurefs.models.json_fields import json_fields
        from eurefs.parsing import parse_light

    def records() -> Iterator[dict[str, Any]]:
        # one at a time: the first records of a long list are printed (and '| head'
        # stops it) before the last are parsed
        for item in inputs:
            try:
                ref = parse_light(item)
            except ParseError as exc:
                args.status.failed(EXIT_SOME_FAILED)
                say(f"error: {exc}")  # the message names the input
                if args.format in ("csv", "table"):  # one cell says what went wrong
                    yield {"input": item, "error": f"ParseError: {exc}"}
                else:
                    yield {"input": item, "error": "ParseError", "message": str(exc)}
                continue
            yield {"input": item, **json_fields(ref)}

    write_records(records(), sys.stdout, args.format, PARSE_COLUMNS)
    return int(args.status.code)


def add_commands(sub: Any) -> None:
    """Register ``extract`` and ``parse`` on the sub-command parser."""
    _add_extract(sub)
    _add_parse(sub)


def _add_extract(sub: Any) -> None:
    p = sub.add_parser(
        "extract",
        help="find every EU reference in documents",
        description="Find every EU reference in documents (PDF, DOCX, HTML, Formex or text; "
        "or stdin) and print them with exact spans, pages, normalised forms and CELEX "
        "numbers.  Offsets index the text that 'eurefs text FILE' prints: for a text file, "
        "its decoded characters (a byte-order mark is not counted, line ends are kept as "
        "they are, CRLF is two characters).",
        epilog=EXTRACT_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("paths", nargs="*", metavar="PATH", help=PATHS_HELP)
    p.add_argument("--files-from", metavar="LIST", help=FILES_FROM_HELP)
    add_input_format_option(p)
    add_max_input_option(p)
    p.add_argument(
        "--format", choices=FORMATS, default="jsonl", help="output format (default jsonl)"
    )
    p.add_argument(
        "--encoding",
        default="utf-8",
        metavar="ENC",
        help=ENCODING_HELP,
    )
    p.add_argument(
        "--kind",
        action="append",
        metavar="KIND",
        help=f"only this kind (repeatable or comma-separated): {', '.join(ALL_KINDS)}",
    )
    p.add_argument(
        "--no-short-forms",
        action="store_true",
        help="leave out back-references (defined terms such as 'the GDPR', anaphors such "
        "as 'that Directive', popular names); they are found by default.  Without them "
        "a large text streams: records are printed as each part of it is scanned",
    )
    p.add_argument(
        "--group",
        action="store_true",
        help="one record per cited work: its key, label, CELEX, number of mentions "
        "(full and short) and their spans",
    )
    p.add_argument("--fields", metavar="FIELDS", help=FIELDS_HELP)
    options.add_jobs_option(p)
    p.set_defaults(func=run_extract, logs=False)  # resolves nothing: no log to show


def _add_parse(sub: Any) -> None:
    q = sub.add_parser(
        "parse",
        help="parse references given one by one",
        description="Parse each argument as exactly one EU reference and print it as JSON.",
        epilog=PARSE_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    q.add_argument("refs", nargs="+", metavar="REF", help="a reference, or - to read one per line")
    q.add_argument(
        "--format", choices=FORMATS, default="jsonl", help="output format (default jsonl)"
    )
    add_encoding_option(q, "stdin")
    q.set_defaults(func=run_parse, logs=False)
