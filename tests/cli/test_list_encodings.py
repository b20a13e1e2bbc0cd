"""Lists read from stdin or ``--files-from`` are decoded as text documents are.

``parse -`` and ``resolve -`` say (``--help``) that their stdin is UTF-8, "or utf-16/utf-32
with a byte-order mark", as a text document is; they read it as UTF-8 whatever its mark,
so a list saved as "Unicode" by Notepad (UTF-16 with a BOM) was refused, and with
``--encoding utf-16-le`` the mark became a character of the first reference. A
``--files-from`` list saved as UTF-8 by Notepad starts with a BOM, which became part of
the first path ("no such file").

The references are the first three the Court cites in Case C-590/22 (paragraph 1 and the
heading of the judgment, ``tests/data/corpus/docs/D02-cjeu-c-590-22.txt``; source in
``tests/data/corpus/SOURCES.md``), as written there (the case number with U+2011, its
non-breaking hyphen).
"""

from __future__ import annotations

import codecs
import io
import json
import sys
from pathlib import Path

import pytest

from eurefs.cli import main

CORPUS = Path(__file__).resolve().parents[1] / "data" / "corpus" / "docs"
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
