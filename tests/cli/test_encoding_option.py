"""Every command that reads text takes the ``--encoding`` its decoding errors ask for.

A text that is not UTF-8 fails with "pass --encoding (e.g. --encoding cp1252)"; before,
``annotate``, ``graph``, ``report``, ``resolve`` (``--from-text`` and ``-``) and ``parse -``
had no such option, so following the hint gave "unrecognized arguments: --encoding".
The text is real: Directive 2014/65/EU (MiFID II), Article 2(1)(a), in German
(``shared/samples/documents/formex/de-fmx4-directive-2014-65-mifid-ii-excerpt.xml``),
written in Windows-1252, where ``ü`` is the byte 0xfc.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from eurefs.cli import main

MIFID = (
    "Versicherungsunternehmen sowie Unternehmen, die die in der Richtlinie 2009/138/EG "
    "genannten Rückversicherungs- und Retrozessionstätigkeiten ausüben\n"
)
OFFLINE = ["--offline", "--cache-dir"]
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def letter(tmp_path: Path) -> Path:
    path = tmp_path / "brief.txt"
    path.write_bytes(MIFID.encode("cp1252"))
    return path


def _commands(letter: Path, tmp_path: Path) -> list[list[str]]:
    cache = str(tmp_path / "cache")
    return [
        ["annotate", "--format", "text", str(letter)],
        ["graph", str(letter)],
        ["report", str(letter), "-o", str(tmp_path / "report.html")],
        ["resolve", *OFFLINE, cache, "--format", "csv", "--from-text", str(letter)],
    ]


@pytest.mark.parametrize("n", range(4))
def test_file_commands_take_the_encoding_they_ask_for(
    n: int, letter: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = _commands(letter, tmp_path)[n]
    assert main(args) == 2
    assert "pass --encoding (e.g. --encoding cp1252)" in capsys.readouterr().err
    status = main([args[0], "--encoding", "cp1252", *args[1:]])
    out = capsys.readouterr().out
    if args[0] == "report":
        assert status == 0
        out = (tmp_path / "report.html").read_text(encoding="utf-8")
    elif args[0] == "resolve":
        assert status == 1  # offline: the work is not in the cache, but the text was read
    else:
        assert status == 0
    assert "Richtlinie 2009/138/EG" in out
    if args[0] in ("annotate", "report"):  # the text itself, decoded
        assert "Rückversicherungs- und Retrozessionstätigkeiten ausüben" in out


@pytest.mark.parametrize("command", [["parse", "-"], ["resolve", "--offline", "-"]])
def test_stdin_commands_take_the_encoding_they_ask_for(
    command: list[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    data = "Richtlinie 2009/138/EG\nRückversicherungs\n".encode("cp1252")

    def stdin() -> None:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))

    extra = ["--cache-dir", str(tmp_path)] if command[0] == "resolve" else []
    stdin()
    assert main([*command, *extra]) == 2
    assert "pass --encoding (e.g. --encoding cp1252)" in capsys.readouterr().err
    stdin()
    main([*command, *extra, "--encoding", "cp1252", "--format", "csv"])
    out = capsys.readouterr().out
    assert "Richtlinie 2009/138/EG" in out
    assert "Rückversicherungs" in out  # the second line, decoded: no reference


@pytest.mark.parametrize("command", ["annotate", "graph", "report", "resolve", "parse"])
def test_an_unknown_encoding_is_a_usage_line(
    command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as stop:
        main([command, "--encoding", "nope", "-"])
    assert stop.value.code == 2
    assert "argument --encoding: unknown encoding 'nope'" in capsys.readouterr().err


def test_annotate_takes_the_utf16_encoding_its_error_asks_for(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # UTF-16 without a byte-order mark: the error says '--encoding utf-16-le', but
    # annotate (HTML output, the default) sniffed the format without the encoding given
    # and kept answering 'binary data ... (--encoding utf-16-le)'
    letter = tmp_path / "brief.txt"
    letter.write_bytes(MIFID.encode("utf-16-le"))
    assert main(["annotate", str(letter)]) == 2
    assert "(--encoding utf-16-le)" in capsys.readouterr().err
    assert main(["annotate", "--encoding", "utf-16-le", str(letter)]) == 0
    out = capsys.readouterr().out
    assert ">Richtlinie 2009/138/EG</a>" in out and "Rückversicherungs" in out


def _extract(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "eurefs", "extract", "--fields", "doc,text", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=120,
    )


def test_an_encoding_the_bytes_contradict_is_never_a_silent_empty_run(tmp_path: Path) -> None:
    # before: --encoding utf-16 on a UTF-8 file read CJK characters, printed nothing and
    # exited 0; utf-16-be on a little-endian file too
    utf8, wide = tmp_path / "utf8.txt", tmp_path / "wide.txt"
    utf8.write_bytes(MIFID.encode("utf-8"))
    wide.write_bytes(MIFID.encode("utf-16-le"))
    run = _extract("--encoding", "utf-16", str(utf8))
    assert (run.returncode, json.loads(run.stdout)["text"]) == (0, "Richtlinie 2009/138/EG")
    assert "its bytes are UTF-8: read as UTF-8, not utf-16" in run.stderr
    run = _extract("--encoding", "utf-16-be", str(wide), str(utf8))
    assert run.returncode == 2 and "Traceback" not in run.stderr
    records = [json.loads(line) for line in run.stdout.splitlines()]
    assert (records[0]["doc"], records[0]["error"]) == (str(wide), "UnsupportedFormat")
    assert "not utf-16-be text" in records[0]["message"]
    assert (records[1]["doc"], records[1]["warning"]) == (str(utf8), "CharsetWarning")
    assert records[2] == {"doc": str(utf8), "text": "Richtlinie 2009/138/EG"}


def test_encoding_utf16_reads_utf16_without_a_mark_in_the_order_of_its_bytes(
    tmp_path: Path,
) -> None:
    # before: "binary data in an unknown format ... (--encoding utf-16-le)", exit 2
    wide = tmp_path / "wide.txt"
    wide.write_bytes(MIFID.encode("utf-16-le"))
    run = _extract("--encoding", "utf-16", str(wide))
    assert (run.returncode, json.loads(run.stdout)["text"]) == (0, "Richtlinie 2009/138/EG")
    assert run.stderr == (
        f"eurefs: warning: {wide}: no byte-order mark, and its bytes are little-endian: "
        "read as utf-16-le, not utf-16\n"
    )
