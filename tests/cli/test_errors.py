"""How the command line reports a problem: one line on stderr (eurefs.cli.errors)."""

from __future__ import annotations

from pathlib import Path

import pytest

from eurefs.cli import main
from eurefs.cli.errors import say


def test_a_message_is_one_line_whatever_the_names_in_it_hold(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A name holding ESC drove the terminal (here: red text), one holding a line end
    split the message, one holding a carriage return wrote over its start."""
    say("error: no\x1b[31mpe.txt: no such file")
    say("error: a\nb\r.txt\x7f: no such file")
    say("warning: a\ttab is kept")
    assert capsys.readouterr().err == (
        "eurefs: error: no\\x1b[31mpe.txt: no such file\n"
        "eurefs: error: a\\nb\\r.txt\\x7f: no such file\n"
        "eurefs: warning: a\ttab is kept\n"
    )


def test_a_file_named_with_control_characters_is_named_with_their_escapes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "x\x1b]0;title\x07\ny.txt"
    assert main(["extract", str(missing)]) == 2
    err = capsys.readouterr().err
    assert err == f"eurefs: error: {tmp_path}/x\\x1b]0;title\\x07\\ny.txt: no such file\n"
