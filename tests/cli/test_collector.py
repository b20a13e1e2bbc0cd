"""The cyclic collector around a command (eurefs.cli.collector; issue 10: start-up)."""

from __future__ import annotations

import contextlib
import gc
import io
import subprocess
import sys

import pytest

from eurefs.cli import collector, main
from eurefs.cli.collector import collector_paused, imports_paused


def test_the_collector_is_paused_in_the_block_and_runs_again_after() -> None:
    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()
    with pytest.raises(RuntimeError), collector_paused():
        raise RuntimeError("an import failed")
    assert gc.isenabled()


def test_a_collector_paused_before_stays_paused() -> None:
    gc.disable()
    try:
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_imports_are_frozen_in_the_console_command_only(monkeypatch: pytest.MonkeyPatch) -> None:
    frozen = gc.get_freeze_count()
    with imports_paused():
        assert not gc.isenabled()
    assert gc.isenabled() and gc.get_freeze_count() == frozen  # a program goes on
    monkeypatch.setattr(collector, "_console", True)
    made = [[] for _ in range(100)]  # objects the collector tracks
    try:
        with imports_paused():
            assert not gc.isenabled()
        assert gc.isenabled() and gc.get_freeze_count() >= frozen + len(made)
    finally:
        gc.unfreeze()


def test_parse_and_extract_leave_the_collector_running_and_nothing_frozen(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    frozen = gc.get_freeze_count()
    with contextlib.redirect_stdout(io.StringIO()) as out:
        assert main(["parse", "32016R0679"]) == 0
        for options in ([], ["--no-short-forms"]):
            stdin = io.TextIOWrapper(io.BytesIO(b"See Directive 95/46/EC.\n"))
            monkeypatch.setattr(sys, "stdin", stdin)
            assert main(["extract", *options, "-"]) == 0
    assert '"31995L0046"' in out.getvalue() and '"32016R0679"' in out.getvalue()
    assert gc.isenabled()
    assert gc.get_freeze_count() == frozen  # main() called from a program freezes nothing


def test_the_console_entry_point_freezes_what_the_run_made_before_exit() -> None:
    probe = (
        "import gc, eurefs.cli as cli\n"
        "cli.main = lambda: 3\n"
        "try:\n    cli._entry()\n"
        "except SystemExit as exc:\n"
        "    print(exc.code, gc.get_freeze_count() > 1000, gc.isenabled())"
    )
    run = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert run.stdout.split() == ["3", "True", "True"]
