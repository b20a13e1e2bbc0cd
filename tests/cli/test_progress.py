"""The one progress bar: on stderr only when it is a terminal and stdout is not that same
terminal, cleared when done and before a message."""

from __future__ import annotations

import os
import pty
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from eurefs.cli import progress
from eurefs.cli.display_width import display_width
from eurefs.cli.errors import say
from eurefs.cli.progress import ProgressBar

ROOT = Path(__file__).resolve().parents[2]
# A Council document of 261 pages (the GDPR's first-reading position): a page bar.
PDF = (
    ROOT / "tests/data/documents/pdf/en-council-st-5419-16-gdpr-council-position-first-reading.pdf"
)


def _drain(fd: int) -> bytes:
    """What the terminal ``fd`` (a pty's master) has been given so far."""
    import select

    got = b""
    while select.select([fd], [], [], 0.5)[0]:
        try:
            chunk = os.read(fd, 65536)
        except OSError:  # the other end is closed
            break
        if not chunk:
            break
        got += chunk
    return got


@pytest.fixture
def terminal(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[], int]]:
    """A function that puts stderr on a new terminal and stdout on a pipe, and returns the
    terminal's master.  (Called in the test: pytest sets its own streams after fixtures.)"""
    master, slave = pty.openpty()
    err = open(slave, "w", encoding="utf-8", closefd=True)
    read_end, write_end = os.pipe()
    out = open(write_end, "w", encoding="utf-8", closefd=True)

    def attach() -> int:
        monkeypatch.setattr(sys, "stderr", err)
        monkeypatch.setattr(sys, "stdout", out)
        return master

    yield attach
    progress.clear()
    monkeypatch.undo()
    for stream in (err, out):
        stream.close()
    os.close(read_end)
    os.close(master)


def test_a_bar_is_drawn_on_a_terminal_and_cleared_when_done(terminal: Callable[[], int]) -> None:
    master = terminal()
    bar = ProgressBar("big.pdf", at_least=20, unit=" pages")
    bar(10, 40)
    drawn = b"big.pdf: [#######.......................] 10/40 pages"
    assert _drain(master) == b"\r" + drawn
    bar(40, 40)
    assert _drain(master) == b"\r" + b" " * len(drawn) + b"\r"


def test_a_message_clears_the_bar_first(terminal: Callable[[], int]) -> None:
    master = terminal()
    ProgressBar("big.pdf", at_least=20)(1, 40)
    _drain(master)
    say("warning: something")
    shown = _drain(master).replace(b"\r\n", b"\n")  # (a terminal's line end)
    drawn = b"big.pdf: [..............................] 1/40"
    assert shown == b"\r" + b" " * len(drawn) + b"\reurefs: warning: something\n"


@pytest.mark.parametrize(
    "name",
    [
        "欧盟委员会关于通用数据保护条例的立场文件第一读会全文版本二零一六年.pdf",  # 2 cells each
        "Κανονισμο\u0301ς " * 8 + ".pdf",  # combining acute accents: none
    ],
    ids=["wide", "combining"],
)
def test_a_long_label_is_cut_by_the_cells_it_takes(
    terminal: Callable[[], int], monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    master = terminal()
    monkeypatch.setattr(progress, "_columns", lambda: 80)
    ProgressBar(name, at_least=20)(10, 40)
    drawn = _drain(master).decode()
    assert drawn.startswith("\r…") and drawn.endswith(".pdf: [#######" + "." * 23 + "] 10/40")
    assert display_width(drawn[1:]) == 79  # (the 80th column would wrap the line)


def test_a_label_s_control_characters_are_escaped(terminal: Callable[[], int]) -> None:
    master = terminal()
    ProgressBar("\x1b[2Jbig.pdf", at_least=20)(10, 40)  # ESC [2J: clear the screen
    assert _drain(master).startswith(b"\r\\x1b[2Jbig.pdf: [")


def test_no_bar_for_a_short_job(terminal: Callable[[], int]) -> None:
    master = terminal()
    ProgressBar("small.pdf", at_least=20)(1, 19)
    assert _drain(master) == b""


def test_no_bar_when_stdout_is_the_same_terminal(
    terminal: Callable[[], int], monkeypatch: pytest.MonkeyPatch
) -> None:
    master = terminal()
    monkeypatch.setattr(sys, "stdout", sys.stderr)
    ProgressBar("big.pdf", at_least=20)(10, 40)
    assert _drain(master) == b""


def _run_on_terminal(args: list[str], stdout_too: bool, tmp_path: Path) -> tuple[bytes, bytes]:
    """Run ``python -m eurefs ARGS`` with stderr on a new terminal (and stdout too, or a
    file): what the terminal showed, and what the file got."""
    master, slave = pty.openpty()
    with open(tmp_path / "out", "wb") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "eurefs", *args],
            stdin=subprocess.DEVNULL,
            stdout=slave if stdout_too else out,
            stderr=slave,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
        )
    os.close(slave)
    shown = b""
    try:
        while proc.poll() is None:
            shown += _drain(master)
        shown += _drain(master)
    finally:
        proc.kill()
        os.close(master)
    return shown, (tmp_path / "out").read_bytes()


def test_a_long_pdf_shows_its_pages_on_a_terminal_and_clears_them(tmp_path: Path) -> None:
    shown, written = _run_on_terminal(["text", str(PDF)], False, tmp_path)
    assert b"] 130/261 pages" in shown
    last = shown.decode().rsplit("\r", 3)[-3]  # the last bar drawn, then its clearing
    assert last.endswith("260/261 pages")
    assert shown.decode().endswith("\r" + " " * len(last) + "\r")
    assert b"General Data Protection Regulation" in written


def test_no_pages_bar_when_the_text_goes_to_the_same_terminal(tmp_path: Path) -> None:
    shown, _ = _run_on_terminal(["text", str(PDF)], True, tmp_path)
    assert b"General Data Protection Regulation" in shown
    assert b"/261" not in shown
