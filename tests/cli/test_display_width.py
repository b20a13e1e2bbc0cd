"""``--format table``: columns aligned by the cells a terminal draws, with file names
that are not UTF-8, wide (CJK) characters, combining marks and control characters."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from eurefs.cli.display_width import display_width, escape_controls, fit, fit_end

ROOT = Path(__file__).resolve().parents[2]


def test_wide_characters_take_two_cells_and_combining_marks_none() -> None:
    assert display_width("規則.txt") == 8
    assert display_width("e\u0301t\u00e9") == 3
    assert display_width("Κανονισμός") == 10


def test_fit_pads_and_cuts_by_cells() -> None:
    assert fit("規則", 6) == "規則  "
    assert fit("規則規則", 6) == "規則… "  # a wide character is not cut in half
    assert fit("abcdef", 4) == "abc…"


def test_control_characters_are_escaped() -> None:
    assert escape_controls("a\x1b[2Jb\x7f") == "a\\x1b[2Jb\\x7f"


def test_a_table_of_escaped_wide_and_combining_names_is_aligned(tmp_path: Path) -> None:
    names = [
        b"caf\xe9.txt",  # Latin-1: written as its escape, caf\udce9.txt
        "規則.txt".encode(),
        "e\u0301te\u0301.txt".encode(),  # NFD: combining acute accents
        "Κανονισμός.txt".encode(),
    ]
    for name in names:
        (tmp_path / os.fsdecode(name)).write_bytes(b"See Directive 95/46/EC.\n")
    run = subprocess.run(
        [sys.executable, "-m", "eurefs", "extract", "--format", "table", "--fields", "doc,celex"]
        + [os.fsdecode(name) for name in names],
        cwd=tmp_path,
        capture_output=True,
        env={**os.environ, "PYTHONPATH": str(ROOT), "PYTHONIOENCODING": "utf-8"},
        timeout=120,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout.decode().splitlines() == [
        "doc             celex       error",
        "caf\\udce9.txt   31995L0046",
        "規則.txt        31995L0046",
        "e\u0301te\u0301.txt         31995L0046",
        "Κανονισμός.txt  31995L0046",
    ]


def test_fit_end_keeps_the_end_by_cells() -> None:
    assert fit_end("dir/規則.pdf", 20) == "dir/規則.pdf"
    assert fit_end("規則規則規則.pdf", 9) == "…規則.pdf"  # 8 cells kept, not 8 characters
    assert fit_end("規則規則規則.pdf", 8) == "…則.pdf"  # a wide character is not cut in half
    assert fit_end("abe\u0301.pdf", 5) == "….pdf"  # nor a combining mark left without its e
    assert fit_end("abcdef", 1) == ""
