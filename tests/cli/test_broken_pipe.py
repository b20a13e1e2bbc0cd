"""A command whose reader goes away (``eurefs extract ... | head -1``): it stops quietly,
and its exit status keeps the failures it met before (``set -o pipefail`` sees them).
One whose output cannot be written (a full disk) says so in one line, exit 2."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
# EUR-Lex's page of the AI Act proposal (COM(2021) 206 final) in German: some 230 KB of
# records without short forms, far more than a pipe holds, so writing them must fail
# once the reader has gone.
HTML = ROOT / "tests" / "data" / "documents" / "html"
PAGE = HTML / "de-eurlex-com-2021-206-ai-act-proposal.html"


def _first_line_then_close(args: list[str]) -> tuple[str, int, str]:
    """Run ``python -m eurefs ARGS``, read one line of its output and close the pipe, as
    ``| head -1`` does; its first line, exit status and stderr."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "eurefs", *args],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
    )
    assert proc.stdout is not None and proc.stderr is not None
    first = proc.stdout.readline().decode()
    proc.stdout.close()
    try:  # a run that hangs after the break fails here, not by hanging the suite
        status = proc.wait(timeout=120)
    finally:
        proc.kill()
    return first, status, proc.stderr.read().decode()


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_broken_pipe_keeps_the_status_of_an_unreadable_input(tmp_path: Path, jobs: str) -> None:
    missing = tmp_path / "missing.txt"
    first, status, err = _first_line_then_close(
        ["extract", "--jobs", jobs, "--no-short-forms", str(missing), str(PAGE), str(PAGE)]
    )
    assert '"error": "ReadError"' in first  # the reader saw the failure ...
    assert status == 2  # ... and so does the pipeline (it was 0)
    assert "Traceback" not in err
    assert err.count("\n") == 1 and "missing.txt: no such file" in err


def test_a_broken_pipe_without_failures_exits_0() -> None:
    first, status, err = _first_line_then_close(
        ["extract", "--jobs", "1", "--no-short-forms", str(PAGE), str(PAGE)]
    )
    assert first.startswith('{"doc": ')
    assert status == 0
    assert err == ""


def test_a_broken_pipe_keeps_the_status_of_an_input_that_is_no_reference() -> None:
    # 'parse' reads every input before writing: the failure is known before the break
    extracted = subprocess.run(
        [sys.executable, "-m", "eurefs", "extract", "--no-short-forms", str(PAGE)],
        capture_output=True, text=True, check=True, cwd=ROOT,
    ).stdout  # fmt: skip
    refs = [json.loads(line)["text"] for line in extracted.splitlines()] * 2
    assert len(refs) > 800  # some 300 KB of records
    first, status, err = _first_line_then_close(["parse", "Verordnung", *refs])
    assert '"error": "ParseError"' in first
    assert status == 1
    assert "Traceback" not in err


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
@pytest.mark.parametrize(
    "command",
    [
        ["extract", str(PAGE)],
        ["extract", "--jobs", "2", "--format", "csv", str(PAGE), str(PAGE)],
        ["text", str(PAGE)],
        ["annotate", str(PAGE)],
    ],
)
def test_a_full_disk_is_one_line_and_exit_2(command: list[str]) -> None:
    # 'eurefs extract doc > refs.jsonl' on a full disk was a traceback, exit 1 (the status
    # of inputs that failed); /dev/full answers every write as a full disk does
    with open("/dev/full", "w") as full:
        done = subprocess.run(
            [sys.executable, "-m", "eurefs", *command],
            stdout=full, stderr=subprocess.PIPE, text=True, cwd=ROOT, timeout=300,
        )  # fmt: skip
    assert done.returncode == 2
    assert done.stderr == "eurefs: error: cannot write the output (No space left on device)\n"
