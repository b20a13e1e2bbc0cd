"""A command started with a standard stream closed (``>&-``, ``2>&-``, ``<&-``): the
records stay on stdout, the messages on stderr, and a closed stream in use is one line
and exit 2, never a traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LETTER = "See Regulation (EU) 2016/679 and COM(2021) 752 final.\n"


def _run(args: list[str], close: int, cwd: Path) -> subprocess.CompletedProcess[bytes]:
    """Run ``python -m eurefs ARGS`` with the descriptor ``close`` (0, 1 or 2) closed, the
    two others piped; ``PYTHONPATH`` is this checkout."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    streams: dict[str, int | None] = {"stdin": subprocess.DEVNULL}
    streams.update(stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    # (the descriptor is closed before Python reads it: '>&-' as a shell does it)
    wrapper = f"import os, sys; os.close({close}); os.execv(sys.executable, sys.argv[1:])"
    return subprocess.run(
        [sys.executable, "-c", wrapper, sys.executable, "-m", "eurefs", *args],
        cwd=cwd,
        env=env,
        timeout=120,
        check=False,
        **streams,  # type: ignore[arg-type]
    )


def test_with_stderr_closed_messages_do_not_go_into_the_records(tmp_path: Path) -> None:
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "a.txt").write_text(LETTER, encoding="utf-8")
    (tmp_path / "d" / "b.bin").write_bytes(b"x")  # left out, which is said on stderr
    run = _run(["extract", "--fields", "doc,text", "d"], close=2, cwd=tmp_path)
    lines = run.stdout.decode().splitlines()
    assert lines == [
        '{"doc": "d/a.txt", "text": "Regulation (EU) 2016/679"}',
        '{"doc": "d/a.txt", "text": "COM(2021) 752 final"}',
    ]
    assert run.returncode == 0


def test_with_stderr_closed_a_failure_still_exits_2(tmp_path: Path) -> None:
    run = _run(["extract", "missing.txt"], close=2, cwd=tmp_path)
    assert run.stdout == b""
    assert run.returncode == 2


def test_with_stdout_closed_extract_says_so_in_one_line(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(LETTER, encoding="utf-8")
    run = _run(["extract", "a.txt"], close=1, cwd=tmp_path)
    assert run.stderr.decode() == "eurefs: error: cannot write the output (stdout is closed)\n"
    assert run.returncode == 2


def test_with_stdout_closed_a_report_to_a_file_is_written(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(LETTER, encoding="utf-8")
    run = _run(["report", "-o", "r.html", "a.txt"], close=1, cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    assert "2016/679" in (tmp_path / "r.html").read_text(encoding="utf-8")


def test_with_stdin_closed_reading_it_is_one_line_and_exit_2(tmp_path: Path) -> None:
    for args in (["extract", "-"], ["parse", "-"], ["resolve", "-"]):
        run = _run(args, close=0, cwd=tmp_path)
        assert run.stderr.decode().startswith("eurefs: error: stdin: cannot read"), args
        assert "Traceback" not in run.stderr.decode()
        assert run.returncode == 2, args
