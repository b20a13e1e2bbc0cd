"""``eurefs text`` and ``eurefs extract`` on documents: exact text, pages, bad files in a batch."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from eurefs.cli import main
from tests.support.pdf_writer import write_blank_pdf, write_long_pdf

DOCS = Path(__file__).resolve().parents[1] / "data" / "documents"
EP_PDF = DOCS / "pdf" / "en-ep-p9-ta-2024-0138-ai-act-texts-adopted-first-pages.pdf"


def test_text_prints_what_the_spans_index_and_reads_back_with_the_same_pages(
    tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    assert main(["text", str(EP_PDF)]) == 0
    printed = capsysbinary.readouterr().out.decode("utf-8")
    assert printed.count("\f") == 2  # three pages
    assert main(["extract", str(EP_PDF)]) == 0
    rows = [json.loads(x) for x in capsysbinary.readouterr().out.decode().splitlines()]
    assert rows and all(printed[r["start"] : r["end"]] == r["text"] for r in rows)
    assert {r["doc_page"] for r in rows} == {1, 2, 3}
    # the printed text, read back as plain text, gives the same spans and pages
    saved = tmp_path / "ep.txt"
    saved.write_bytes(printed.encode("utf-8"))
    assert main(["extract", str(saved)]) == 0
    again = [json.loads(x) for x in capsysbinary.readouterr().out.decode().splitlines()]
    assert again == rows


def test_input_format_overrides_sniffing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "page.txt"
    page.write_text("<p>Directive<br>95/46/EC</p>", encoding="utf-8")
    assert main(["text", "--input-format", "html", str(page)]) == 0
    assert capsys.readouterr().out == "Directive\n95/46/EC\n"
    assert main(["text", "--input-format", "text", str(page)]) == 0
    assert capsys.readouterr().out == "<p>Directive<br>95/46/EC</p>"


def test_a_bad_file_in_a_batch_gets_an_error_record_and_the_others_go_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(EP_PDF.read_bytes()[:300])
    docx = DOCS / "docx" / "en-uk-transposition-note-si-2015-1348-honey-directive.docx"
    status = main(["extract", str(broken), str(docx), str(EP_PDF)])
    out, err = capsys.readouterr()
    rows = [json.loads(x) for x in out.splitlines()]
    assert status == 2
    assert rows[0]["doc"] == str(broken) and rows[0]["error"] == "CorruptDocument"
    assert {r["doc"] for r in rows[1:]} == {str(docx), str(EP_PDF)}
    assert err.count("\n") == 1 and "broken.pdf" in err and "Traceback" not in err


def test_one_unreadable_document_is_one_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bomb = tmp_path / "bomb.xml"
    bomb.write_bytes(b'<?xml version="1.0"?><!DOCTYPE a [<!ENTITY x "y">]><ACT>&x;</ACT>')
    assert main(["text", str(bomb)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("eurefs: error: ") and "entities" in err and err.count("\n") == 1


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_long_pdf_shows_a_page_counter_on_a_terminal_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    pdf = write_long_pdf(tmp_path / "long.pdf", pages=25, lines=3)
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    assert main(["extract", str(pdf)]) == 0
    shown = terminal.getvalue()
    assert "] 1/25 pages" in shown and "] 24/25 pages" in shown
    assert shown.endswith(" \r") and "25/25" not in shown  # cleared when done
    assert len(capsys.readouterr().out.splitlines()) == 25
    monkeypatch.undo()
    assert main(["extract", str(pdf)]) == 0
    assert capsys.readouterr().err == ""  # not a terminal: no counter


def test_a_scan_names_ocr_and_exits_non_zero(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["extract", str(write_blank_pdf(tmp_path / "scan.pdf", pages=3))]) == 2
    err = capsys.readouterr().err
    assert "ocrmypdf" in err and "text layer" in err and err.count("\n") == 1


def test_text_reads_a_pdf_from_stdin(
    monkeypatch: pytest.MonkeyPatch, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(EP_PDF.read_bytes())))
    assert main(["text", "-"]) == 0
    assert capsysbinary.readouterr().out.decode().startswith("European Parliament\n")


def test_resolve_from_text_reads_a_pdf(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["resolve", "--offline", "--cache-dir", str(tmp_path / "cache"), "--format", "jsonl"]
    status = main([*argv, "--from-text", str(EP_PDF)])
    rows = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert status == 1  # offline with an empty cache: an error record per work
    assert "COM(2021)0206" in {r["input"] for r in rows}  # inputs as written
    assert {r["error"]["type"] for r in rows} == {"OfflineMiss"}


def test_reading_a_pdf_without_the_pdf_extra_says_what_to_install(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "pypdfium2", None)  # as if not installed
    assert main(["text", str(EP_PDF)]) == 2
    assert "pip install 'eurefs[pdf]'" in capsys.readouterr().err


def test_text_takes_the_encoding_its_error_messages_ask_for(
    tmp_path: Path, capsys: pytest.CaptureFixture[bytes]
) -> None:
    letter = tmp_path / "letter.txt"
    letter.write_bytes("Règlement (UE) 2016/679\n".encode("cp1252"))
    assert main(["text", str(letter)]) == 2
    assert "pass --encoding" in capsys.readouterr().err
    # before: "unrecognized arguments: --encoding"
    assert main(["text", "--encoding", "cp1252", str(letter)]) == 0
    assert capsys.readouterr().out == "Règlement (UE) 2016/679\n"
