"""Inputs named on the command line: files, directories of documents, lists of files."""

from __future__ import annotations

import io
import json
import multiprocessing
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from eurefs.cli import main
from eurefs.cli.errors import UsageError
from eurefs.cli.inputs import expand_inputs
from tests.support.unreadable import refuse_to_open

TEXT = "See Directive 95/46/EC and Case C-131/12.\n"


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    root = tmp_path / "corpus"
    (root / "b" / ".cache").mkdir(parents=True)
    for name in ("z.txt", "a.TXT", "b/c.html", "b/.cache/d.txt", ".e.txt", "scan.png", "b/f.csv"):
        (root / name).write_text(TEXT, encoding="utf-8")
    return root


def test_a_directory_stands_for_its_documents_in_sorted_order(
    corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    paths, many = expand_inputs([str(corpus)])
    # documents by their extension (any case), recursively, sorted; hidden ones left out
    assert paths == [str(corpus / "a.TXT"), str(corpus / "z.txt"), str(corpus / "b" / "c.html")]
    assert many
    assert "corpus: 2 file(s) of other types left out" in capsys.readouterr().err
    # a file stands for itself
    assert expand_inputs([str(corpus / "z.txt")]) == ([str(corpus / "z.txt")], False)


def test_a_directory_without_documents_is_a_usage_error(tmp_path: Path) -> None:
    (tmp_path / "notes.csv").write_text("x", encoding="utf-8")
    with pytest.raises(UsageError, match="no document under it"):
        expand_inputs([str(tmp_path)])


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_directory_without_documents_among_other_inputs_gets_its_error_record(
    jobs: str, corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """It was a usage error before anything was read: the records of every other input
    were lost (nothing on stdout), where a missing file gets its record in its place."""
    empty = tmp_path / "empty"
    empty.mkdir()
    argv = ["extract", "--jobs", jobs, "--fields", "doc,text"]
    assert main([*argv, str(corpus / "z.txt"), str(empty), str(corpus / "a.TXT")]) == 2
    out, err = capsys.readouterr()
    rows = [json.loads(line) for line in out.splitlines()]
    assert [row["doc"] for row in rows] == [str(corpus / "z.txt")] * 2 + [str(empty)] + [
        str(corpus / "a.TXT")
    ] * 2
    assert rows[2]["error"] == "ReadError"
    assert f"eurefs: {empty}: no document under it (.pdf .docx" in err


@pytest.mark.skipif(
    multiprocessing.get_start_method() != "fork", reason="the workers must inherit the refusal"
)
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_file_without_read_permission_gets_its_error_record_in_its_place(
    jobs: str, corpus: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    secret = corpus / "a.TXT"
    refuse_to_open(monkeypatch, secret)
    files = [str(corpus / "z.txt"), str(secret), str(corpus / "b" / "c.html")]
    assert main(["extract", "--jobs", jobs, "--fields", "doc,text", *files]) == 2
    out, err = capsys.readouterr()
    rows = [json.loads(line) for line in out.splitlines()]
    assert [row["doc"] for row in rows] == [files[0]] * 2 + [files[1]] + [files[2]] * 2
    assert rows[2] == {
        "doc": files[1], "error": "ReadError", "message": f"{files[1]}: permission denied"
    }  # fmt: skip
    assert f"eurefs: error: {files[1]}: permission denied\n" in err
    # alone: one line, exit 2, nothing on stdout
    assert main(["extract", str(secret)]) == 2
    assert capsys.readouterr() == ("", f"eurefs: error: {secret}: permission denied\n")


def test_extract_a_directory_names_each_doc_even_for_one_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "only.txt").write_text(TEXT, encoding="utf-8")
    assert main(["extract", "--fields", "doc,text", str(tmp_path)]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert rows == [
        {"doc": str(tmp_path / "only.txt"), "text": "Directive 95/46/EC"},
        {"doc": str(tmp_path / "only.txt"), "text": "C-131/12"},
    ]


def test_extract_files_from_a_list_and_from_stdin(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    listing = tmp_path / "list.txt"
    listing.write_text(f"{corpus / 'z.txt'}\n\n{corpus / 'b' / 'c.html'}\n", encoding="utf-8")
    assert main(["extract", "--fields", "doc", "--kind", "legal_act", "--files-from",
                 str(listing)]) == 0  # fmt: skip
    docs = [json.loads(line)["doc"] for line in capsys.readouterr().out.splitlines()]
    assert docs == [str(corpus / "z.txt"), str(corpus / "b" / "c.html")]
    listed = f"{corpus / 'z.txt'}\n".encode()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(listed)))
    assert main(["extract", "--fields", "doc,text", "--files-from", "-"]) == 0
    assert json.loads(capsys.readouterr().out.splitlines()[0])["doc"] == str(corpus / "z.txt")


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--files-from", "{missing}"], "--files-from {missing}: no such file"),
        (["--files-from", "{empty}"], "--files-from {empty}: lists no file"),
        (["--files-from", "-", "-"], "--files-from - reads the list of files from stdin"),
    ],
)
def test_a_list_that_cannot_be_read_is_a_usage_error(
    argv: list[str], message: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    names = {"missing": str(tmp_path / "missing.txt"), "empty": str(tmp_path / "empty.txt")}
    (tmp_path / "empty.txt").write_text("\n\n", encoding="utf-8")
    assert main(["extract", *(a.format(**names) for a in argv)]) == 2
    assert message.format(**names) in capsys.readouterr().err


def test_graph_of_a_directory_without_documents_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["graph", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert (
        err.strip() == f"eurefs: error: {tmp_path}: no document under it (.pdf .docx .html"
        " .htm .xhtml .xml .txt .text)"
    )


def test_graph_reads_the_documents_of_a_directory(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "graph.csv"
    assert main(["graph", str(corpus), "-o", str(out)]) == 0
    sources = {line.split(",")[0] for line in out.read_text(encoding="utf-8").splitlines()[1:]}
    assert sources == {f"doc:{corpus / n}" for n in ("a.TXT", "z.txt", "b/c.html")}


def test_a_file_of_0_bytes_is_an_error_not_a_document_without_references(
    corpus: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # a PDF whose download failed (0 bytes) was read as an empty text: no output, exit 0,
    # as if the document cited nothing
    (corpus / "cut.pdf").write_bytes(b"")
    assert main(["extract", "--fields", "text", str(corpus / "cut.pdf")]) == 2
    assert capsys.readouterr().err == (
        f"eurefs: error: {corpus / 'cut.pdf'}: the file is empty (0 bytes): there is no document\n"
    )
    # with other files, it has its error record and the others are read
    assert main(["extract", "--fields", "doc,text", str(corpus / "cut.pdf"), str(corpus / "z.txt")])
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert records[0]["error"] == "CorruptDocument"
    assert [r["text"] for r in records[1:]] == ["Directive 95/46/EC", "C-131/12"]


EMPTY_STDIN = "eurefs: error: stdin: the input is empty (0 bytes): there is no document\n"


@pytest.mark.parametrize(
    "command",
    [
        ["extract", "-"],
        ["text", "-"],
        ["annotate", "-"],
        ["annotate", "--format", "text", "-"],
        ["resolve", "--offline", "--from-text", "-"],
    ],
)
def test_stdin_of_0_bytes_is_the_same_error_as_a_file_of_0_bytes(
    command: list[str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # 'curl -s URL | eurefs extract -' whose download failed gave no output and exit 0,
    # where the same bytes saved to a file were an error (exit 2): one rule for both
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"")))
    assert main(command) == 2
    assert capsys.readouterr() == ("", EMPTY_STDIN)


def test_annotate_refuses_a_file_of_0_bytes_as_extract_does(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # annotate read an HTML page's bytes itself: a 0-byte file printed an empty <div>, exit 0
    empty = tmp_path / "page.html"
    empty.write_bytes(b"")
    assert main(["annotate", str(empty)]) == 2
    assert capsys.readouterr() == (
        "",
        f"eurefs: error: {empty}: the file is empty (0 bytes): there is no document\n",
    )


@pytest.mark.parametrize("command", [["graph"], ["report", "-o", "report.html"]])
def test_graph_and_report_of_empty_stdin_write_nothing(
    command: list[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"")))
    assert main([*command, "-"]) == 2
    out, err = capsys.readouterr()
    assert out == "" and err.startswith(EMPTY_STDIN)
    assert not (tmp_path / "report.html").exists()


def test_lists_on_stdin_may_be_empty(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # parse - and resolve - read one input a line: no line is no input, not an error
    for command in (["parse", "-"], ["resolve", "--offline", "-"]):
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"")))
        assert main(command) == 0
        assert capsys.readouterr() == ("", "")


# The Court's judgment in C-590/22 (tests/data/corpus/SOURCES.md): a real text on stdin.
JUDGMENT = (
    Path(__file__).resolve().parents[1] / "data" / "corpus" / "docs" / "D02-cjeu-c-590-22.txt"
)


@pytest.mark.parametrize(
    "command",
    [
        ["extract", "-", "-"],
        ["extract", "-", str(JUDGMENT), "-"],
        ["parse", "-", "-"],
        ["resolve", "--offline", "-", "-"],
        ["resolve", "--offline", "--from-text", "-", "-"],
        ["graph", "-", "-"],
    ],
)
def test_stdin_given_twice_is_a_usage_error(
    command: list[str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # the second '-' read nothing: 'parse - -' and 'resolve - -' went on as if it named no
    # input, 'resolve --from-text - -' dropped it, 'extract - -' gave it an error record
    # for an empty document (and 'resolve - -' read the judgment's lines as references)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(JUDGMENT.read_bytes())))
    assert main(command) == 2
    assert capsys.readouterr() == ("", "eurefs: error: - is given twice: stdin is read once\n")


def test_an_empty_path_is_named_as_such(capsys: pytest.CaptureFixture[str]) -> None:
    # 'eurefs extract "$FILE"' with FILE unset said "eurefs: error: no such file"
    assert main(["extract", ""]) == 2
    assert capsys.readouterr().err == "eurefs: error: the path is empty: it names no file\n"
    assert main(["extract", "--fields", "doc,celex", "", str(JUDGMENT)]) == 2
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert rows[0] == {
        "doc": "",
        "error": "ReadError",
        "message": "the path is empty: it names no file",
    }
    assert {"doc": str(JUDGMENT), "celex": "32016R0679"} in rows


def test_a_link_to_a_directory_is_said_not_followed(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # a linked folder of documents was left out of a directory without a word
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "judgment.txt").write_bytes(JUDGMENT.read_bytes())
    (corpus / "linked").symlink_to(elsewhere, target_is_directory=True)
    paths, _ = expand_inputs([str(corpus)])
    assert str(corpus / "linked" / "judgment.txt") not in paths  # not followed (it may loop)
    assert f"{corpus}: 1 link(s) to a directory not followed (give them as inputs to read " \
        "them)" in capsys.readouterr().err  # fmt: skip
    assert expand_inputs([str(corpus / "linked")])[0] == [str(corpus / "linked" / "judgment.txt")]


class _FailingStdin(io.TextIOWrapper):
    """A stdin whose reading fails (EIO: a terminal gone, a broken device)."""

    def __init__(self) -> None:
        super().__init__(io.BytesIO(b""))

    @property
    def buffer(self) -> io.BufferedReader:
        raise OSError(5, "Input/output error")


def test_a_list_on_stdin_that_cannot_be_read_names_stdin(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "stdin", _FailingStdin())
    assert main(["parse", "-"]) == 2
    assert capsys.readouterr().err == "eurefs: error: stdin: cannot read (Input/output error)\n"


def test_a_fifo_in_a_directory_is_left_out_and_named(tmp_path: Path) -> None:
    # read, it blocked the run until something wrote to it (a real run: main's blocked)
    root = tmp_path / "corpus"
    root.mkdir()
    (root / "a.txt").write_text(TEXT, encoding="utf-8")
    os.mkfifo(root / "pipe.txt")
    run = subprocess.run(
        [sys.executable, "-m", "eurefs", "extract", "--fields", "doc,text", str(root)],
        capture_output=True,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])},
        timeout=60,
        check=False,
    )
    assert run.returncode == 0
    docs = [json.loads(line)["doc"] for line in run.stdout.decode().splitlines()]
    assert docs == [str(root / "a.txt")] * 2
    pipe = root / "pipe.txt"
    assert run.stderr.decode() == (
        f"eurefs: {pipe}: left out, a FIFO (give it as an input to read it)\n"
    )


def test_a_fifo_named_as_an_input_is_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pipe = tmp_path / "pipe.txt"
    os.mkfifo(pipe)
    writer = threading.Thread(target=pipe.write_text, args=(TEXT,), kwargs={"encoding": "utf-8"})
    writer.start()
    assert main(["extract", "--fields", "text", str(pipe)]) == 0
    writer.join(timeout=30)
    texts = [json.loads(line)["text"] for line in capsys.readouterr().out.splitlines()]
    assert texts == ["Directive 95/46/EC", "C-131/12"]


@pytest.mark.parametrize(
    "command",
    [
        ["graph"],
        ["annotate"],  # (an HTML page would be kept: a PDF is read as every command reads it)
        ["annotate", "--format", "text"],
        ["resolve", "--offline", "--cache-dir", "CACHE", "--from-text"],
        ["text"],
        ["extract"],
    ],
)
def test_every_command_says_the_notes_of_the_document_it_reads(
    command: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.support.pdf_writer import write_pages_pdf

    scanned = write_pages_pdf(tmp_path / "scanned.pdf", ["Directive 95/46/EC.", None])
    main([c.replace("CACHE", str(tmp_path / "cache")) for c in command] + [str(scanned)])
    # graph, annotate and resolve --from-text said nothing of the page left unread
    err = capsys.readouterr().err
    assert f"eurefs: {scanned}: no text on page(s) 2 (scanned?): OCR them" in err
    assert err.count("no text on page") == 1


@pytest.mark.parametrize(
    "command",
    [["extract"], ["extract", "--files-from"], ["text"], ["annotate"], ["graph"]],
)
def test_a_broken_link_is_named_as_such_with_where_it_points(
    command: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # a link whose target is gone (a moved archive) said only "no such file", though
    # 'ls' lists it: the user looked for a typo in the name
    link = tmp_path / "judgment.txt"
    link.symlink_to(tmp_path / "moved" / "judgment.txt")
    if command[-1] == "--files-from":
        listed = tmp_path / "list.txt"
        listed.write_text(f"{link}\n", encoding="utf-8")
        command = [*command, str(listed)]
    else:
        command = [*command, str(link)]
    assert main(command) == 2
    err = capsys.readouterr().err
    said = f"{link}: a broken symbolic link: it points to '{tmp_path / 'moved' / 'judgment.txt'}'"
    assert said in err
    assert "no such file" not in err


def test_a_list_that_is_a_broken_link_is_named_as_such(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # (it said "cannot read (No such file or directory)")
    listed = tmp_path / "list.txt"
    listed.symlink_to("lists/list.txt")
    assert main(["extract", "--files-from", str(listed)]) == 2
    assert capsys.readouterr().err == (
        f"eurefs: error: --files-from {listed}: a broken symbolic link: it points to "
        "'lists/list.txt', where there is no file\n"
    )
