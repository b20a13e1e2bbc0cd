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


DOCUMENTS = Path(__file__).resolve().parents[1] / "data" / "documents"
# Real documents (tests/data/documents/PROVENANCE.md): EUR-Lex's page of the Interoperable
# Europe Act and the Council's first-reading position on the GDPR (a 1.3 MB PDF).
REAL = [
    DOCUMENTS / "html" / "en-eurlex-regulation-2024-903-interoperable-europe-act.html",
    DOCUMENTS / "pdf" / "en-council-st-5419-16-gdpr-council-position-first-reading.pdf",
]


@pytest.mark.parametrize(
    ("command", "output", "reason"),
    [
        (["report", "--resolve", "--offline"], "{tmp}/no/dir/r.html", "No such file or directory"),
        (["report"], "{tmp}", "Is a directory"),
        (["graph"], "{tmp}/no/dir/g.csv", "No such file or directory"),
    ],
)
def test_an_output_that_cannot_be_written_is_refused_before_the_inputs_are_read(
    command: list[str], output: str, reason: str, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    import eurefs.readers

    def read(*args: object, **kwargs: object) -> None:
        raise AssertionError("an input was read before the output was checked")

    monkeypatch.setattr(eurefs.readers, "read_document", read)
    out = output.format(tmp=tmp_path)
    # (a missing input too: it would be named on stderr, had the inputs been read first)
    paths = [*map(str, REAL), str(tmp_path / "missing.txt")]
    cache = ["--cache-dir", str(tmp_path / "c")] if "--resolve" in command else []
    assert main([*command, *paths, "-o", out, *cache]) == 2
    err = capsys.readouterr().err
    assert err == f"eurefs: error: {out}: cannot write ({reason})\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == []  # not even a cache


def test_checking_the_output_leaves_an_existing_report_as_it_was(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "r.html"
    out.write_text("the last report", encoding="utf-8")
    # an input that cannot be read: no report is written, the last one is kept
    assert main(["report", str(tmp_path / "missing.txt"), "-o", str(out)]) == 2
    assert out.read_text(encoding="utf-8") == "the last report"
    assert "no input could be read: no report written" in capsys.readouterr().err


def test_report_to_stdout(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # '-o -' wrote a file named '-' (graph's '-o -' is stdout)
    monkeypatch.chdir(tmp_path)
    assert main(["report", str(REAL[0]), "-o", "-"]) == 0
    page = capsys.readouterr().out
    assert page.startswith("<!DOCTYPE html>") and 'data-key="32024R0903"' in page
    assert list(tmp_path.iterdir()) == []
