"""Output formats shared by the commands: JSON, JSON Lines, CSV and a human table."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, TextIO

from eurefs.cli.errors import UsageError

FORMATS = ("json", "jsonl", "csv", "table")

#: What ends a line for some reader (``str.splitlines``, a terminal's form feed and
#: carriage return) or jumps a column: a table cell shows each as a space, so that
#: every record stays one row (a DOCX page break, ``\f``, sits inside a reference).
_CELL_SPACES = str.maketrans(dict.fromkeys("\t\n\v\f\r\x1c\x1d\x1e\x85\u2028\u2029", " "))


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return ";".join(_cell(v) for v in value)
    if isinstance(value, dict):
        import json

        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return str(value)


def write_records(
    records: Iterable[dict[str, Any]],
    out: TextIO,
    fmt: str,
    columns: Sequence[str],
    rare: Sequence[str] = (),
) -> None:
    """Write ``records`` in ``fmt``.

    ``jsonl`` streams one object per line (every field); ``json`` writes one
    array; ``csv`` and ``table`` show ``columns`` (lists joined with ``;``), but the
    table, which is read by people, leaves out those of ``rare`` that no record fills.
    """
    import json  # here, not to build the parser (start-up, issue 10)

    if fmt == "jsonl":
        for rec in records:
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
        return
    if fmt == "json":
        json.dump(list(records), out, ensure_ascii=False, indent=2)
        out.write("\n")
        return
    if fmt == "csv":
        import csv  # only for this format (start-up, issue 10)

        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(columns)
        for rec in records:
            writer.writerow([_cell(rec.get(c)) for c in columns])
        return
    _write_table(records, out, columns, rare)


#: The widest a table's column grows, in a terminal's cells.
_TABLE_COLUMN_MOST = 60


def _write_table(
    records: Iterable[dict[str, Any]], out: TextIO, columns: Sequence[str], rare: Sequence[str]
) -> None:
    """A table for people: each column as wide as a terminal shows its widest cell.

    Measured as shown: a cell is first written as the stream will write it (a character
    it cannot encode, a file name's surrogate, as its escape ``\\udce9``; a control
    character as ``\\x1b``), then by display width, as a terminal draws it (a CJK
    character two cells, a combining mark none): ``len`` misaligned every such row.
    """
    from eurefs.cli.display_width import display_width, fit

    encoding = getattr(out, "encoding", None) or "utf-8"
    held = list(records)
    columns = [c for c in columns if c not in rare or any(rec.get(c) for rec in held)]
    rows = [[_shown(_cell(rec.get(c)), encoding) for c in columns] for rec in held]
    widths = [
        min(_TABLE_COLUMN_MOST, max([display_width(c)] + [display_width(r[i]) for r in rows]))
        for i, c in enumerate(columns)
    ]
    for r in [list(columns), *rows]:
        out.write("  ".join(fit(v, w) for v, w in zip(r, widths, strict=True)).rstrip() + "\n")


def _shown(value: str, encoding: str) -> str:
    """A table cell as a terminal shows it: one line, controls and what ``encoding``
    cannot write as their escapes."""
    from eurefs.cli.display_width import escape_controls

    one_line = escape_controls(value.translate(_CELL_SPACES))
    return one_line.encode(encoding, "backslashreplace").decode(encoding)


def check_writable(path: str | None) -> None:
    """Refuse, before any work, an output file that cannot be written: a missing or
    read-only directory, a directory given as the file (a one-line UsageError, as
    :func:`write_file` would say after the work). Tried by opening it to append, which
    changes no file; one that did not exist is removed again. None or ``-`` is stdout."""
    import os

    if path is None or path == "-":
        return
    existed = os.path.lexists(path)
    try:
        with open(path, "a", encoding="utf-8"):
            pass
    except OSError as exc:
        raise UsageError(f"{path}: cannot write ({exc.strerror or exc})") from None
    if not existed:
        os.remove(path)


def write_file(path: str, text: str) -> None:
    """Write ``text`` to the file ``path`` (UTF-8); an OS error is a one-line UsageError.

    A file name that is not UTF-8 among the inputs (held with a surrogate) is written as
    its escape (``caf\\udce9.txt``), as on stdout (``eurefs.cli._escaping``)."""
    try:
        with open(path, "w", encoding="utf-8", errors="backslashreplace") as fh:
            fh.write(text)
    except OSError as exc:
        raise UsageError(f"{path}: cannot write ({exc.strerror or exc})") from None


def write_output(text: str, path: str | None) -> None:
    """Write ``text`` to the file ``path`` (``-o``), or to stdout for None or ``-``."""
    if path is None or path == "-":
        import sys

        sys.stdout.write(text)
        return
    write_file(path, text)
