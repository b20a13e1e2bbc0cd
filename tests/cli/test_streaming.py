"""``eurefs extract`` on one large text: records printed chunk by chunk, a progress bar."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

import eurefs
from eurefs import chunked
from eurefs.cli import main, streaming
from eurefs.short_forms import common

PARAGRAPH = (
    "Under Regulation (EU) 2016/679 (OJ L 119, 4.5.2016, p. 1), the GDPR applies. "
    "That Regulation repealed Directive 95/46/EC.\n\n"
)


class _Out(io.StringIO):
    """A pipe that remembers how many lines it held at each flush."""

    def __init__(self) -> None:
        super().__init__()
        self.lines_at_flush: list[int] = []

    def flush(self) -> None:
        self.lines_at_flush.append(self.getvalue().count("\n"))


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.fixture
def big(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(chunked, "CHUNK_SIZE", 5_000)
    monkeypatch.setattr(streaming, "PROGRESS_ABOVE", 10_000)
    path = tmp_path / "big.txt"
    path.write_text(PARAGRAPH * 500, encoding="utf-8")
    return path


@pytest.mark.parametrize("short_forms", [False, True])
def test_records_are_flushed_chunk_by_chunk(
    big: Path, monkeypatch: pytest.MonkeyPatch, short_forms: bool
) -> None:
    monkeypatch.setattr(common, "LANGUAGE_SAMPLE", 5_000)  # within the first chunk
    out = _Out()
    monkeypatch.setattr(sys, "stdout", out)
    assert main(["extract", *([] if short_forms else ["--no-short-forms"]), str(big)]) == 0
    rows = [json.loads(line) for line in out.getvalue().splitlines()]
    text = big.read_text(encoding="utf-8")
    expected = eurefs.extract(text, short_forms=short_forms)
    assert [(r["start"], r["end"], r["kind"]) for r in rows] == [
        (r.start, r.end, r.kind) for r in expected
    ]
    assert short_forms == any(r["kind"] == "short_form" for r in rows)
    # the first records went out while most of the text was still to be scanned
    assert len(out.lines_at_flush) > 10
    assert 0 < out.lines_at_flush[0] < len(rows) // 10


def test_with_short_forms_the_output_is_that_of_extract(
    big: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["extract", "--format", "csv", str(big)]) == 0
    lines = capsys.readouterr().out.splitlines()
    expected = eurefs.extract(big.read_text(encoding="utf-8"))
    assert any(r.kind == "short_form" for r in expected)
    assert len(lines) == 1 + len(expected)


@pytest.mark.parametrize("short_forms", [[], ["--no-short-forms"]])
def test_progress_bar_on_a_terminal_only(
    big: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    short_forms: list[str],
) -> None:
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    assert main(["extract", *short_forms, str(big)]) == 0
    bar = terminal.getvalue()
    assert "big.txt: [" in bar and "MB" in bar and bar.endswith("\r")
    assert bar.count("\r") > 10
    monkeypatch.undo()
    monkeypatch.setattr(chunked, "CHUNK_SIZE", 5_000)
    assert main(["extract", "--no-short-forms", str(big)]) == 0
    assert capsys.readouterr().err == ""  # not a terminal: no bar


def test_no_bar_for_a_small_text(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    small = tmp_path / "small.txt"
    small.write_text(PARAGRAPH, encoding="utf-8")
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    assert main(["extract", str(small)]) == 0
    assert terminal.getvalue() == ""
    assert len(capsys.readouterr().out.splitlines()) == len(eurefs.extract(PARAGRAPH))
