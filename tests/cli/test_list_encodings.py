"""Lists read from stdin or ``--files-from`` are decoded as text documents are.

``parse -`` and ``resolve -`` say (``--help``) that their stdin is UTF-8, "or utf-16/utf-32
with a byte-order mark", as a text document is; they read it as UTF-8 whatever its mark,
so a list saved as "Unicode" by Notepad (UTF-16 with a BOM) was refused, and with
``--encoding utf-16-le`` the mark became a character of the first reference. A
``--files-from`` list saved as UTF-8 by Notepad starts with a BOM, which became part of
the first path ("no such file").

A ``--files-from`` list saved as "Unicode" (UTF-16 with its BOM) was refused ("not UTF-8
text"), as was a list naming one file whose name is not UTF-8 (``ls`` or ``find`` in a
directory of Latin-1 names, read under a UTF-8 locale): the whole list for one name. Such
a name, given on the command line, made its record a traceback (``surrogates not
allowed``). A list separated by NUL bytes (``find -print0``) was one path with NULs.

The references are the first three the Court cites in Case C-590/22 (paragraph 1 and the
heading of the judgment, ``tests/data/corpus/docs/D02-cjeu-c-590-22.txt``; source in
``tests/data/corpus/SOURCES.md``), as written there (the case number with U+2011, its
non-breaking hyphen).
"""

from __future__ import annotations

import codecs
import io
import json
import os
import sys
from pathlib import Path

import pytest

from eurefs.cli import main

CORPUS = Path(__file__).resolve().parents[1] / "data" / "corpus" / "docs"
# The Court's order in Infopaq, C-302/10, in French (tests/data/corpus-fr-de/SOURCES.md).
ORDER = CORPUS.parents[1] / "corpus-fr-de" / "docs" / "F02-fr-cjeu-c-302-10-infopaq-order.txt"
CITED = ["Regulation (EU) 2016/679", "Directive 95/46/EC", "C\u2011590/22"]
CELEX = ["32016R0679", "31995L0046", None]
UTF16_LIST = codecs.BOM_UTF16_LE + "".join(f"{c}\r\n" for c in CITED).encode("utf-16-le")


def _stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))


@pytest.mark.parametrize("encoding", [[], ["--encoding", "utf-16-le"]])
def test_parse_reads_a_utf16_list_with_its_byte_order_mark(
    encoding: list[str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _stdin(monkeypatch, UTF16_LIST)
    assert main(["parse", *encoding, "-"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["text"] for r in rows] == CITED
    assert [r["celex"] for r in rows] == CELEX


def test_resolve_reads_a_utf16_list_with_its_byte_order_mark(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _stdin(monkeypatch, UTF16_LIST)
    argv = ["resolve", "--offline", "--cache-dir", str(tmp_path / "cache"), "--format", "jsonl"]
    assert main([*argv, "-"]) == 1  # offline, with an empty cache: nothing resolves
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["input"] for r in rows] == CITED
    assert [r["error"]["type"] for r in rows] == ["OfflineMiss"] * 3


def test_a_files_from_list_saved_with_a_utf8_bom_names_its_first_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    judgment = CORPUS / "D02-cjeu-c-590-22.txt"
    listing = tmp_path / "list.txt"
    listing.write_bytes(codecs.BOM_UTF8 + f"{judgment}\r\n".encode())
    assert main(["extract", "--fields", "doc,celex", "--files-from", str(listing)]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert {r["doc"] for r in rows} == {str(judgment)}
    assert "32016R0679" in {r["celex"] for r in rows}


def _rows(out: str) -> list[dict[str, str]]:
    return [json.loads(line) for line in out.splitlines()]


def _strict_stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    """Stdin as a UTF-8 locale reads it: a byte that is not UTF-8 is an error."""
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), "utf-8", "strict"))


def test_a_files_from_list_saved_as_utf16_names_its_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    judgment = CORPUS / "D02-cjeu-c-590-22.txt"
    listing = tmp_path / "list.txt"
    listing.write_bytes(codecs.BOM_UTF16_LE + f"{judgment}\r\n{ORDER}\r\n".encode("utf-16-le"))
    assert main(["extract", "--fields", "doc,celex", "--files-from", str(listing)]) == 0
    rows = _rows(capsys.readouterr().out)
    assert list(dict.fromkeys(r["doc"] for r in rows)) == [str(judgment), str(ORDER)]
    assert {"doc": str(ORDER), "celex": "32001L0029"} in rows  # 'Directive 2001/29/CE'


def test_a_name_that_is_not_utf8_names_its_file_and_refuses_nothing_else(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # 'ordonnance-d\xe9cision.txt' (Latin-1, as an archive copied from an old system names it)
    latin1 = os.path.join(os.fsencode(tmp_path), b"ordonnance-d\xe9cision.txt")
    with open(latin1, "wb") as fh:
        fh.write(ORDER.read_bytes())
    missing = os.path.join(os.fsencode(tmp_path), b"absente-\xe9.txt")
    _strict_stdin(monkeypatch, b"\n".join([latin1, missing, os.fsencode(ORDER)]) + b"\n")
    assert main(["extract", "--fields", "doc,celex", "--files-from", "-"]) == 2
    captured = capsys.readouterr()  # (written to a strict UTF-8 stream: no traceback)
    rows = _rows(captured.out)
    docs = list(dict.fromkeys(r["doc"] for r in rows))
    assert [os.fsencode(d) for d in docs] == [latin1, missing, os.fsencode(ORDER)]
    assert {"doc": os.fsdecode(latin1), "celex": "32001L0029"} in rows
    assert [r["error"] for r in rows if "error" in r] == ["ReadError"]
    shown = os.fsdecode(missing).replace("\udce9", "\\udce9")  # stderr escapes it too
    assert captured.err == f"eurefs: error: {shown}: no such file\n"


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_a_name_that_is_not_utf8_on_the_command_line_is_written_as_its_escape(
    fmt: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    latin1 = os.path.join(os.fsencode(tmp_path), b"ordonnance-d\xe9cision.txt")
    with open(latin1, "wb") as fh:
        fh.write(ORDER.read_bytes())
    name = os.fsdecode(latin1)  # as sys.argv holds it
    assert main(["extract", "--format", fmt, "--fields", "doc,celex", name, str(ORDER)]) == 0
    out = capsys.readouterr().out
    escaped = name.replace("\udce9", "\\udce9")
    assert (
        f"{escaped},32001L0029,,,\n" in out  # (empty warning, note and error)
        if fmt == "csv"
        else {"doc": name, "celex": "32001L0029"} in _rows(out)
    )


def test_a_list_separated_by_nul_bytes_names_each_file(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    judgment = CORPUS / "D02-cjeu-c-590-22.txt"
    _strict_stdin(monkeypatch, f"{judgment}\0{ORDER}\0".encode())  # find ... -print0
    assert main(["extract", "--fields", "doc", "--files-from", "-"]) == 0
    docs = list(dict.fromkeys(r["doc"] for r in _rows(capsys.readouterr().out)))
    assert docs == [str(judgment), str(ORDER)]


def test_a_utf16_list_without_its_byte_order_mark_is_refused_whole(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    listing = tmp_path / "list.txt"
    listing.write_bytes(f"{ORDER}\r\n".encode("utf-16-le"))
    assert main(["extract", "--files-from", str(listing)]) == 2
    assert capsys.readouterr().err == (
        f"eurefs: error: --files-from {listing}: not a list of paths (UTF-16 or UTF-32 "
        "without a byte-order mark? save it as UTF-8, or with its mark)\n"
    )


@pytest.mark.parametrize(
    ("command", "written"),
    [
        (["graph"], "doc:{name},work:32001L0029,"),
        (["graph", "--format", "graphml"], '<node id="doc:{name}">'),
        (["report"], "{name}"),
    ],
)
def test_an_output_file_names_an_input_that_is_not_utf8_by_its_escape(
    command: list[str], written: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # graph -o and report -o wrote their file as strict UTF-8: a traceback
    latin1 = os.path.join(os.fsencode(tmp_path), b"ordonnance-d\xe9cision.txt")
    with open(latin1, "wb") as fh:
        fh.write(ORDER.read_bytes())
    out = tmp_path / "out"
    assert main([*command, os.fsdecode(latin1), "-o", str(out)]) == 0
    escaped = os.fsdecode(latin1).replace("\udce9", "\\udce9")
    assert written.format(name=escaped) in out.read_text(encoding="utf-8")
    assert capsys.readouterr().err == ""
