"""``eurefs extract`` and ``eurefs parse``: formats, filters, errors and exit codes."""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from eurefs.cli import main

TEXT = (
    "See JOIN (2021) 32 final and COM(2021) 752 final, Regulation (EU) 2016/679 "
    "(OJ L 119, 4.5.2016, p. 1) and Case C\u2011131/12.\n"
)


@pytest.fixture
def letter(tmp_path: Path) -> Path:
    path = tmp_path / "letter.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


def test_extract_writes_one_json_object_per_reference(
    letter: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["extract", str(letter)]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["kind"] for r in rows] == ["com_document", "com_document", "legal_act", "oj", "case"]
    for r in rows:
        assert TEXT[r["start"] : r["end"]] == r["text"]
    assert rows[2]["celex"] == "32016R0679"
    assert rows[1]["celex_candidates"] == ["52021PC0752", "52021DC0752"]


@pytest.mark.parametrize("fmt", ["json", "csv", "table"])
def test_extract_other_formats(fmt: str, letter: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", "--format", fmt, str(letter)]) == 0
    out = capsys.readouterr().out
    if fmt == "json":
        assert json.loads(out)[0]["normalized"] == "JOIN(2021) 32 final"
    elif fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(out)))
        assert rows[1]["celex_candidates"] == "52021PC0752;52021DC0752"
        assert rows[4]["normalized"] == "C-131/12"
        # the work each cites, as --group counts them: the OJ citation is the act's
        assert [r["work"] for r in rows] == [
            "52021JC0032", "com_document:COM(2021) 752 final", "32016R0679", "32016R0679",
            "case:C-131/12",
        ]  # fmt: skip
    else:
        assert out.splitlines()[0].split()[:3] == ["kind", "text", "start"]
        assert "work" not in out.splitlines()[0].split()  # it repeats the CELEX
        assert "Regulation (EU) 2016/679" in out


def test_extract_kind_filter_and_stdin(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(TEXT.encode())))
    assert main(["extract", "--kind", "oj,case", "-"]) == 0
    kinds = [json.loads(x)["kind"] for x in capsys.readouterr().out.splitlines()]
    assert kinds == ["oj", "case"]


def test_extract_several_files_names_each_doc_and_survives_a_missing_one(
    letter: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = tmp_path / "other.txt"
    other.write_text("Directive 95/46/EC", encoding="utf-8")
    status = main(["extract", str(letter), str(tmp_path / "missing.txt"), str(other)])
    out, err = capsys.readouterr()
    assert status == 2
    docs = [json.loads(x)["doc"] for x in out.splitlines()]
    assert docs.count(str(letter)) == 5 and docs[-1] == str(other)
    assert "missing.txt: no such file" in err


@pytest.mark.parametrize("fmt", ["csv", "table"])
def test_extract_several_files_as_a_table_says_which_file_failed_and_why(
    fmt: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)  # short names: table cells are cut at 60 characters
    good, missing = Path("good.txt"), Path("missing.txt")
    good.write_text("Directive 95/46/EC", encoding="utf-8")
    assert main(["extract", "--format", fmt, str(good), str(missing)]) == 2
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].replace(",", " ").split()[-1] == "error"
    assert lines[1].startswith(str(good)) and "no such file" not in lines[1]
    assert lines[2].startswith(str(missing))
    assert lines[2].endswith(f"ReadError: {missing}: no such file")


@pytest.mark.parametrize(
    ("argv", "content", "message"),
    [
        (["extract", "{missing}"], None, "no such file"),
        (["extract", "{bad}"], b"caf\xe9 au lait", "not valid UTF-8"),
        (["extract", "--kind", "nonsense", "{bad}"], b"x", "unknown kind"),
        (["extract", "--bogus"], None, "unrecognized arguments: --bogus (see 'eurefs extract"),
        (["annotate", "{bad}", "--bogus"], b"x", "--bogus (see 'eurefs annotate --help')"),
        (["text", "{bad}", "{bad}"], b"x", "bad.txt (see 'eurefs text --help')"),
    ],
)
def test_usage_and_io_errors_are_one_line_and_exit_2(
    argv: list[str], content: bytes | None, message: str, tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    bad = tmp_path / "bad.txt"
    if content is not None:
        bad.write_bytes(content)
    args = [a.format(missing=tmp_path / "missing.txt", bad=bad) for a in argv]
    usage = "--bogus" in argv or argv[0] == "text"  # argparse exits while reading argv
    with pytest.raises(SystemExit) if usage else contextlib.nullcontext():
        status = main(args)
        assert status == 2
    err = capsys.readouterr().err
    assert message in err
    assert len(err.strip().splitlines()) == 1
    assert "Traceback" not in err


def test_parse_prints_each_reference_and_an_error_record_for_bad_input(
    capsys: pytest.CaptureFixture[str],
) -> None:
    status = main(["parse", "COM(2021) 752 final", "nonsense", "Case C-131/12"])
    out, err = capsys.readouterr()
    rows = [json.loads(x) for x in out.splitlines()]
    assert status == 1
    assert [r.get("kind") for r in rows] == ["com_document", None, "case"]
    assert rows[1] == {"input": "nonsense", "error": "ParseError", "message": rows[1]["message"]}
    assert "expected one of" in rows[1]["message"].lower()
    assert "'nonsense'" in err


def test_parse_all_good_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", "32016R0679", "ECLI:EU:C:2014:317"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 2


def test_help_has_examples_and_the_console_script_runs() -> None:
    for cmd in (["--help"], ["extract", "--help"], ["parse", "--help"], ["resolve", "--help"]):
        done = subprocess.run(
            [sys.executable, "-m", "eurefs", *cmd], capture_output=True, text=True, timeout=60
        )
        assert done.returncode == 0, done.stderr
        assert "usage:" in done.stdout
        if cmd != ["--help"]:
            assert "examples:" in done.stdout


def test_no_command_prints_help_and_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 2
    assert "commands:" in capsys.readouterr().err


def test_help_lists_each_command_once(capsys: pytest.CaptureFixture[str]) -> None:
    from eurefs.cli import build_parser

    parser = build_parser()
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    sub = next(a for a in parser._actions if a.dest == "command")
    commands = list(sub.choices)  # type: ignore[arg-type]
    assert "extract" in commands
    for name in commands:
        lines = [ln for ln in out.splitlines() if ln.split()[:1] == [name]]
        assert len(lines) == 1, f"{name!r} listed {len(lines)} times in:\n{out}"


def test_empty_kind_is_a_usage_error(letter: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", "--kind", "", str(letter)]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert "--kind needs a kind" in err


def test_extract_reads_other_encodings(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "utf16.txt"
    path.write_bytes(TEXT.encode("utf-16"))  # with a byte-order mark
    assert main(["extract", str(path)]) == 0  # the byte-order mark says UTF-16
    assert capsys.readouterr().out.count("\n") == 5
    path.write_bytes(("Café. " + TEXT).encode("cp1252", errors="replace"))
    assert main(["extract", str(path)]) == 2
    assert "--encoding" in capsys.readouterr().err
    path.write_bytes(TEXT.encode("utf-16"))
    assert main(["extract", "--encoding", "utf-16", str(path)]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["text"] for r in rows][2] == "Regulation (EU) 2016/679"
    for r in rows:  # offsets index the decoded text, BOM not counted
        assert TEXT[r["start"] : r["end"]] == r["text"]
    assert main(["extract", "--encoding", "klingon", str(path)]) == 2
    assert "unknown encoding 'klingon'" in capsys.readouterr().err
    assert main(["extract", "--encoding", "undefined", str(path)]) == 2  # decodes nothing
    err = capsys.readouterr().err
    assert "cannot decode as 'undefined'" in err and "Traceback" not in err


def test_extract_offsets_count_crlf_as_two_and_skip_a_utf8_bom(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = "Line one.\r\nSee Directive 95/46/EC.\r\n"
    path = tmp_path / "crlf.txt"
    path.write_bytes(b"\xef\xbb\xbf" + text.encode())
    assert main(["extract", str(path)]) == 0
    (row,) = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert (row["start"], row["end"]) == (15, 33)
    assert text[row["start"] : row["end"]] == "Directive 95/46/EC"


class _Terminal(io.TextIOWrapper):
    def isatty(self) -> bool:
        return True


def test_extract_says_when_it_reads_a_terminal(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "stdin", _Terminal(io.BytesIO(TEXT.encode())))
    assert main(["extract"]) == 0
    out, err = capsys.readouterr()
    assert "reading the text from stdin" in err
    assert len(out.splitlines()) == 5


def test_parse_errors_name_the_input_once(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", "nonsense", "32016R0679 32016R0680"]) == 1
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 2
    assert err[0].count("'nonsense'") == 1
    assert err[1].count("'32016R0679 32016R0680'") == 1


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_extract_jobs_keeps_input_order_and_error_records(
    jobs: str, letter: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    others = []
    for i in range(5):
        other = tmp_path / f"other{i}.txt"
        other.write_text(f"Directive 95/46/EC and COM(2021) {i + 1} final", encoding="utf-8")
        others.append(str(other))
    paths = [str(letter), *others[:2], str(tmp_path / "missing.txt"), *others[2:]]
    status = main(["extract", "--jobs", jobs, *paths])
    out, err = capsys.readouterr()
    assert status == 2
    records = [json.loads(x) for x in out.splitlines()]
    assert [r["doc"] for r in records if r["doc"] != str(letter)] == [
        others[0], others[0], others[1], others[1], str(tmp_path / "missing.txt"),
        others[2], others[2], others[3], others[3], others[4], others[4],
    ]  # fmt: skip
    assert records[-1]["normalized"] == "COM(2021) 5 final"
    assert records[-1]["work"] == "com_document:COM(2021) 5 final"
    assert {"doc": str(tmp_path / "missing.txt"), "error": "ReadError"}.items() <= next(
        r for r in records if "error" in r
    ).items()
    assert "missing.txt: no such file" in err


@pytest.mark.parametrize("value", ["0", "-1", "many"])
def test_extract_jobs_must_be_a_positive_number(
    value: str, letter: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["extract", "--jobs", value, str(letter)])
    assert exc.value.code == 2
    assert "--jobs" in capsys.readouterr().err


def test_parse_as_csv_says_why_an_input_is_no_reference(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", "--format", "csv", "COM(2021) 752 final", "bogus"]) == 1
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert rows[0]["error"] == "" and rows[0]["kind"] == "com_document"
    assert rows[1]["error"].startswith("ParseError: not an EU reference: 'bogus'")


def test_stdin_among_several_inputs_is_named_stdin(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    other = tmp_path / "other.txt"
    other.write_text("Directive 95/46/EC", encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"COM(2020) 825 final")))
    assert main(["extract", str(other), "-"]) == 0
    docs = [json.loads(x)["doc"] for x in capsys.readouterr().out.splitlines()]
    assert docs == [str(other), "stdin"]


def test_a_wrong_charset_is_read_as_the_bytes_are_with_a_warning(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    says_latin1 = tmp_path / "says-latin1.html"
    says_latin1.write_bytes('<meta charset="iso-8859-1"><p>Règlement (UE) 2016/679</p>'.encode())
    says_utf8 = tmp_path / "says-utf8.html"
    says_utf8.write_bytes('<meta charset="utf-8"><p>Règlement (UE) 2016/679</p>'.encode("cp1252"))
    assert main(["text", str(says_latin1)]) == 0
    out, err = capsys.readouterr()
    assert out == "Règlement (UE) 2016/679\n"
    assert err == (
        f"eurefs: warning: {says_latin1}: declares iso-8859-1 but its bytes are UTF-8; "
        "read as UTF-8\n"
    )
    # several files on worker processes: the warning travels with each file's result
    assert (
        main(["extract", "--jobs", "2", "--format", "csv", str(says_latin1), str(says_utf8)]) == 0
    )
    out, err = capsys.readouterr()
    assert out.count("Règlement (UE) 2016/679") == 2
    # a warning as for one file (it was 'eurefs: FILE: ...', a note's line)
    assert f"eurefs: warning: {says_latin1}: declares iso-8859-1 but its bytes are UTF-8" in err
    assert (
        f"eurefs: warning: {says_utf8}: declares utf-8 but is not UTF-8 (byte 0xe8 at offset 26)"
        in err
    )


@pytest.mark.parametrize("fmt", ["csv", "table", "jsonl"])
def test_extract_fields_selects_and_orders_the_columns(
    fmt: str, letter: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["extract", "--format", fmt, "--fields", "celex,text,pinpoint", str(letter)]) == 0
    out = capsys.readouterr().out
    if fmt == "jsonl":
        rows = [json.loads(line) for line in out.splitlines()]
        assert [list(r) for r in rows] == [["celex", "text", "pinpoint"]] * 5
        assert rows[2] == {"celex": "32016R0679", "text": "Regulation (EU) 2016/679",
                           "pinpoint": None}  # fmt: skip
        return
    header = out.splitlines()[0].replace(",", " ").split()
    assert header == ["celex", "text", "pinpoint"]
    assert "32016R0679" in out.splitlines()[3]


def test_extract_fields_of_works_and_of_several_files(
    letter: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["extract", "--group", "--format", "csv", "--fields", "label,mentions",
                 str(letter)]) == 0  # fmt: skip
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert rows[0] == {"label": "JOIN(2021) 32 final", "mentions": "1"}
    # an unreadable file keeps its error column and record
    missing = str(tmp_path / "missing.txt")
    assert main(["extract", "--format", "csv", "--fields", "doc,text", str(letter), missing]) == 2
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert list(rows[0]) == ["doc", "text", "warning", "note", "error"]
    assert rows[-1]["doc"] == missing and rows[-1]["error"].startswith("ReadError: ")
    assert main(["extract", "--fields", "text", str(letter), missing]) == 2
    last = json.loads(capsys.readouterr().out.splitlines()[-1])
    assert last["error"] == "ReadError" and last["doc"] == missing


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--fields", "text,nope"], "--fields: unknown field(s) 'nope'; valid fields: doc, kind"),
        (["--fields", " , "], "--fields: no field; valid fields"),
        (
            ["--group", "--fields", "pinpoint"],
            "unknown field(s) 'pinpoint'; valid fields: doc, work",
        ),
        # one column was printed, without a word, where a script read two
        (["--fields", "doc,doc"], "--fields: 'doc' is given twice: each field is one column"),
        (["--fields", "kind, text ,kind"], "--fields: 'kind' is given twice"),
        (["--group", "--fields", "label,mentions,label"], "--fields: 'label' is given twice"),
    ],
)
def test_extract_unknown_fields_are_a_usage_error(
    argv: list[str], message: str, letter: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["extract", *argv, str(letter)]) == 2
    assert message in capsys.readouterr().err


@pytest.mark.parametrize("stdin", [b"", b"\n  \n"])
@pytest.mark.parametrize("command", ["parse", "resolve"])
def test_an_empty_stdin_is_no_input_not_a_usage_error(
    command: str, stdin: bytes, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """``grep ... | eurefs parse -`` with no line was 'nothing to parse' (exit 2) where
    ``eurefs resolve -`` printed nothing with exit 0."""
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin)))
    assert main([command, "--format", "jsonl", *(["--offline"] * (command == "resolve")), "-"]) == 0
    assert capsys.readouterr() == ("", "")


def test_parse_prints_each_record_as_it_is_parsed(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # a long list ('parse - < refs.txt | head') printed nothing before the last was
    # parsed: here Ctrl-C on the second input keeps the first's record
    import eurefs.parsing

    real = eurefs.parsing.parse_light

    def interrupted_at_the_second(text: str) -> Any:
        if text == "Directive 95/46/EC":
            raise KeyboardInterrupt
        return real(text)

    monkeypatch.setattr(eurefs.parsing, "parse_light", interrupted_at_the_second)
    assert main(["parse", "COM(2021) 752 final", "Directive 95/46/EC"]) == 130
    (line,) = capsys.readouterr().out.splitlines()
    assert json.loads(line)["normalized"] == "COM(2021) 752 final"


@pytest.mark.parametrize(
    ("value", "said"), [("xx", "unknown language code(s) xx"), (",", "no code")]
)
def test_a_bad_languages_variable_is_one_line_and_exit_2(value: str, said: str) -> None:
    """``EUREFS_LANGUAGES=xx eurefs extract`` was a traceback (the ValueError of the
    registry's import, exit 1); ``EUREFS_LANGUAGES=,`` one from building the grammar."""
    run = subprocess.run(
        [sys.executable, "-m", "eurefs", "extract", "-"],
        input=b"Regulation (EU) 2016/679",
        capture_output=True,
        env={**os.environ, "EUREFS_LANGUAGES": value},
        check=False,
    )
    assert run.returncode == 2
    assert run.stderr.decode().startswith(f"eurefs: error: EUREFS_LANGUAGES: {said}; supported: en")
    assert run.stderr.count(b"\n") == 1


@pytest.mark.parametrize("group", [[], ["--group"]])
def test_a_doc_field_asked_for_names_the_one_document_too(
    group: list[str], letter: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    """With one file '--fields doc,...' gave every record an empty doc (null in JSON):
    the column asked for was there, and said nothing."""
    fields = "doc,label" if group else "doc,text"
    assert main(["extract", *group, "--fields", fields, str(letter)]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert rows and {row["doc"] for row in rows} == {str(letter)}
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(TEXT.encode())))
    assert main(["extract", *group, "--format", "csv", "--fields", fields, "-"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == fields and all(line.startswith("stdin,") for line in lines[1:])
