"""``eurefs report`` through ``eurefs.cli.main``: files, errors, exit status."""

from __future__ import annotations

from pathlib import Path

import pytest

from eurefs.cli import main


def test_report_with_an_unreadable_input_still_writes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a.txt").write_text("Directive 95/46/EC.", encoding="utf-8")
    out = tmp_path / "r.html"
    status = main(["report", str(tmp_path / "a.txt"), str(tmp_path / "no.txt"), "-o", str(out)])
    assert status == 2
    assert "no.txt: no such file" in capsys.readouterr().err
    page = out.read_text(encoding="utf-8")
    assert 'data-key="31995L0046"' in page and "<title>EU references report</title>" in page


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["report", "/no/such.txt", "-o", "{out}"], "no input could be read"),
        (["report", "{txt}", "-o", "/no/such/dir/r.html"], "cannot write"),
    ],
)
def test_report_errors_are_one_line(
    args: list[str], message: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    txt = tmp_path / "a.txt"
    txt.write_text("Directive 95/46/EC.", encoding="utf-8")
    argv = [a.format(out=tmp_path / "r.html", txt=txt) for a in args]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err
    assert not (tmp_path / "r.html").exists()
