"""``eurefs extract`` on several documents: a reader's warning is said as a warning (as
for one document) and, with each note and error, is a record of the output."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from eurefs.cli import main
from tests.support.pdf_writer import write_pages_pdf

#: A page that declares Latin-1 but whose bytes are UTF-8: read as UTF-8, with a warning.
MISDECLARED_PAGE = (
    '<html><head><meta charset="iso-8859-1"></head>'
    "<body><p>Regulation (EU) 2016/679 applies, caf\u00e9.</p></body></html>"
).encode()
SAID = "declares iso-8859-1 but its bytes are UTF-8; read as UTF-8"
NO_TEXT = "no text on page(s) 2 (scanned?): OCR them (e.g. ocrmypdf) to read them"


@pytest.fixture
def batch(tmp_path: Path) -> list[str]:
    page = tmp_path / "page.html"
    page.write_bytes(MISDECLARED_PAGE)
    scanned = write_pages_pdf(tmp_path / "scanned.pdf", ["Directive 95/46/EC.", None])
    return [str(page), str(scanned), str(tmp_path / "missing.txt")]


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_batch_says_a_warning_as_one_document_does(
    batch: list[str], jobs: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["extract", "--jobs", jobs, *batch]) == 2
    out, err = capsys.readouterr()
    # the warning was 'eurefs: PAGE: declares ...', a note's line, in a batch only
    assert f"eurefs: warning: {batch[0]}: {SAID}\n" in err
    assert f"eurefs: {batch[1]}: {NO_TEXT}\n" in err
    records = [json.loads(line) for line in out.splitlines()]
    # each before its document's references; the error as before
    assert records[0] == {"doc": batch[0], "warning": "CharsetWarning", "message": SAID}
    assert records[1]["doc"] == batch[0] and records[1]["celex"] == "32016R0679"
    assert records[2] == {"doc": batch[1], "note": NO_TEXT}
    assert records[3]["doc"] == batch[1] and records[3]["celex"] == "31995L0046"
    assert records[4]["doc"] == batch[2] and records[4]["error"] == "ReadError"
    assert len(records) == 5


@pytest.mark.parametrize("fmt", ["csv", "table"])
def test_csv_and_the_table_give_each_its_column(
    batch: list[str], fmt: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["extract", "--jobs", "1", "--format", fmt, *batch]) == 2
    out = capsys.readouterr().out
    if fmt == "table":
        header, *rows = out.splitlines()
        assert header.split()[-3:] == ["warning", "note", "error"]
        # (a cell is cut at 60 characters: the table is for people)
        assert "  CharsetWarning: declares iso-8859-1 but" in rows[0]
        assert "  no text on page(s) 2 (scanned?): OCR them" in rows[2]
        return
    rows = list(csv.DictReader(io.StringIO(out)))
    assert list(rows[0])[-3:] == ["warning", "note", "error"]
    assert (rows[0]["doc"], rows[0]["warning"], rows[0]["note"]) == (
        batch[0],
        f"CharsetWarning: {SAID}",
        "",
    )
    assert (rows[2]["doc"], rows[2]["note"], rows[2]["warning"]) == (batch[1], NO_TEXT, "")
    assert rows[4]["error"].startswith("ReadError: ")


def test_fields_keep_a_warning_whole_and_stdin_warns_too(
    batch: list[str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    stdin = io.TextIOWrapper(io.BytesIO(MISDECLARED_PAGE), encoding="utf-8")
    monkeypatch.setattr("sys.stdin", stdin)
    assert main(["extract", "--fields", "text", batch[0], "-"]) == 0
    out, err = capsys.readouterr()
    records = [json.loads(line) for line in out.splitlines()]
    assert records == [
        {"doc": batch[0], "warning": "CharsetWarning", "message": SAID},
        {"text": "Regulation (EU) 2016/679"},
        {"doc": "stdin", "warning": "CharsetWarning", "message": SAID},
        {"text": "Regulation (EU) 2016/679"},
    ]
    assert err.count(f": {SAID}\n") == 2 and f"eurefs: warning: stdin: {SAID}\n" in err
