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


def test_report_says_which_works_could_not_be_resolved(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--resolve against a dead service: the report is written, stderr names the cause, exit 1."""
    txt = tmp_path / "a.txt"
    txt.write_text("Directive 95/46/EC and Regulation (EU) 2016/679.", encoding="utf-8")
    out = tmp_path / "r.html"
    dead = "http://127.0.0.1:9"  # nothing listens on the discard port
    argv = ["report", str(txt), "-o", str(out), "--resolve", "--no-cache", "--retries", "0"]
    argv += ["--sparql-endpoint", dead + "/sparql", "--cellar-base", dead + "/resource"]
    assert main(argv) == 1
    err = capsys.readouterr().err
    assert "2 inputs failed: ServiceUnavailable" in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1
    assert 'data-key="31995L0046"' in out.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("option", "value"), [("--timeout", "-1"), ("--retries", "x"), ("--lang", "xx")]
)
def test_report_checks_the_resolver_options_as_resolve_does(
    option: str, value: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    txt = tmp_path / "a.txt"
    txt.write_text("Directive 95/46/EC.", encoding="utf-8")
    argv = ["report", str(txt), "-o", str(tmp_path / "r.html"), "--resolve", "--no-cache"]
    try:
        status = main([*argv, option, value])
    except SystemExit as exc:  # argparse rejects the value while reading the command line
        status = exc.code
    assert status == 2
    err = capsys.readouterr().err
    assert option in err or "unknown language code" in err
    assert "Traceback" not in err and not (tmp_path / "r.html").exists()
