"""How ``eurefs resolve`` reports bad settings, dead services and retries (issue 6).

The services here are loopback servers: a port where nothing listens, and the
misbehaving server of :mod:`tests.support.hostile_server`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from eurefs.cli import main
from tests.support.hostile_server import HostileServer
from tests.support.servers import free_port


@pytest.fixture(autouse=True)
def _no_user_settings(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for name in ("EUREFS_SPARQL_ENDPOINT", "EUREFS_CELLAR_BASE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("EUREFS_CACHE_DIR", str(tmp_path / "cache"))


@pytest.fixture(scope="module")
def server() -> Iterator[HostileServer]:
    with HostileServer(drip_s=0.05, max_seconds=8.0) as srv:
        yield srv


def usage_error(argv: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    """Run a command that must fail as a usage error; return its one stderr line."""
    try:
        status = main(argv)
    except SystemExit as exc:  # argparse's own errors
        status = int(exc.code or 0)
    out, err = capsys.readouterr()
    assert status == 2 and out == ""
    assert err.count("\n") == 1 and err.startswith("eurefs: "), err
    assert "Traceback" not in err
    return err


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["--sparql-endpoint", "localhost:8890/sparql"], "did you mean http://localhost:8890"),
        (["--cellar-base", "127.0.0.1:8080/resource"], "must start with http:// or https://"),
        (["--timeout", "0"], "positive number of seconds"),
        (["--timeout", "nan"], "positive number of seconds"),
        (["--retries", "-1"], "whole number"),
        # past what a timer waits, a client thread's OverflowError traceback
        (["--timeout", "1e308"], "at most 86,400 (a day)"),
        (["--timeout", "inf"], "positive number of seconds"),
        # past about 1,000 retries the doubled backoff overflowed a float
        (["--retries", "99999999999"], "from 0 to 100"),
        (["--fields", "input,bogus"], "unknown field(s) 'bogus'; valid fields: input, "),
        # 'unknown field(s) ''' before, where extract says there is no field
        (["--fields", ""], "--fields: no field; valid fields: input, "),
        (["--fields", " , "], "--fields: no field; valid fields: input, "),
        # one column was printed, without a word, where a script read three
        (["--fields", "input,celex,input"], "--fields: 'input' is given twice: each field is"),
    ],
)
def test_bad_options_are_one_usage_line(
    argv: list[str], expected: str, capsys: pytest.CaptureFixture[str]
) -> None:
    err = usage_error(["resolve", *argv, "32016R0679"], capsys)
    assert expected in err
    assert "(see 'eurefs resolve --help')" in err


def test_bad_endpoint_in_the_environment_is_one_usage_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("EUREFS_SPARQL_ENDPOINT", "not a url")
    err = usage_error(["resolve", "32016R0679"], capsys)
    assert "EUREFS_SPARQL_ENDPOINT" in err and "'not a url'" in err


def test_dead_service_batch_gives_one_record_per_input_and_one_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    refs = [f"3{2000 + i % 20}R{i + 1:04d}" for i in range(300)]
    monkeypatch.setattr("sys.stdin", _Stdin("\n".join(refs)))
    endpoint = f"http://127.0.0.1:{free_port()}/sparql"  # nothing listens there
    status = main(["resolve", "--sparql-endpoint", endpoint, "--format", "jsonl", "-"])
    out, err = capsys.readouterr()
    records = [json.loads(line) for line in out.splitlines()]
    assert status == 1
    assert [r["input"] for r in records] == refs
    assert {r["error"]["type"] for r in records} == {"ServiceUnavailable"}
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("eurefs: 300 inputs failed: ServiceUnavailable: SPARQL endpoint: ")
    assert "connection refused" in lines[0] and "and 297 more" in lines[0]


def test_timeout_option_bounds_a_silent_server(
    server: HostileServer, capsys: pytest.CaptureFixture[str]
) -> None:
    endpoint = server.base + "/silent"
    status = main(["resolve", "--no-cache", "--sparql-endpoint", endpoint, "--timeout", "1",
                   "--format", "jsonl", *[f"3201{i}R000{i}" for i in range(6)]])  # fmt: skip
    out, err = capsys.readouterr()
    assert status == 1
    messages = {json.loads(line)["error"]["message"] for line in out.splitlines()}
    assert all("no complete answer within 1 s" in m for m in messages)
    assert err.startswith("eurefs: 6 inputs failed: ServiceUnavailable: ")


def test_retries_and_giving_up_are_said_on_stderr(
    server: HostileServer, capsys: pytest.CaptureFixture[str]
) -> None:
    endpoint = server.base + "/retry-after/0"
    status = main(["resolve", "--no-cache", "--sparql-endpoint", endpoint, "--retries", "1",
                   "--format", "jsonl", *[f"3201{i}R000{i}" for i in range(6)]])  # fmt: skip
    err = capsys.readouterr().err.splitlines()
    assert status == 1
    assert err[0].startswith("eurefs: warning: SPARQL endpoint: HTTP 503 from 127.0.0.1:")
    # a Retry-After of 0 is no wish: the backoff's first wait, 0.5-1 s, not 0.0 s
    assert re.search(r"; retrying in (0\.[5-9]|1\.0) s \(attempt 2 of 2\)$", err[0]), err[0]
    assert err[1].startswith("eurefs: warning: giving up: SPARQL endpoint: HTTP 503")
    assert err[-1].startswith("eurefs: 6 inputs failed: ServiceUnavailable: ")


class _Stdin:
    """A stand-in for ``sys.stdin`` with a binary buffer, as ``read_text('-')`` reads it."""

    def __init__(self, text: str) -> None:
        import io

        self.buffer = io.BytesIO(text.encode("utf-8"))

    def isatty(self) -> bool:
        return False


def test_inputs_that_are_no_reference_are_counted_once(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    lines = [f"line {i} of notes" for i in range(50)]
    monkeypatch.setattr("sys.stdin", _Stdin("\n".join(lines)))
    endpoint = f"http://127.0.0.1:{free_port()}/sparql"
    assert main(["resolve", "--offline", "--sparql-endpoint", endpoint, "--format", "jsonl",
                 "--cellar-base", endpoint, "-"]) == 1  # fmt: skip
    out, err = capsys.readouterr()
    assert len(out.splitlines()) == 50
    [line] = err.splitlines()
    assert line.startswith("eurefs: 50 inputs failed: ParseError: not an EU reference. ")
    assert line.endswith(" ('line 0 of notes', 'line 1 of notes', 'line 2 of notes' and 47 more)")


@pytest.mark.parametrize(("given", "named"), [("   ", "'   '"), ("\t", "'\\t'"), ("", "''")])
def test_an_input_of_white_space_is_named_as_given(
    given: str, named: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """``eurefs resolve "   "`` said ``eurefs: '': ParseError: empty input``."""
    endpoint = f"http://127.0.0.1:{free_port()}/sparql"
    assert main(["resolve", "--offline", "--sparql-endpoint", endpoint, "--format", "jsonl",
                 given]) == 1  # fmt: skip
    out, err = capsys.readouterr()
    assert json.loads(out)["input"] == given
    assert (
        err == f"eurefs: {named}: ParseError: empty input: expected one EU reference "
        "('COM(2021) 752 final')\n"
    )


def test_empty_names_in_fields_are_passed_over_as_extract_does(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """``--fields input,,error`` was "unknown field(s) ''" (extract reads it as two)."""
    endpoint = f"http://127.0.0.1:{free_port()}/sparql"
    args = ["resolve", "--offline", "--sparql-endpoint", endpoint, "--format", "csv"]
    assert main([*args, "--fields", "input,,error", "not a reference"]) == 1
    out = capsys.readouterr().out
    assert out.splitlines()[0] == "input,error"


def test_an_input_failing_many_times_is_named_once_with_its_count(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # 'eurefs extract doc | eurefs resolve -' gives one line per mention: the GDPR cited
    # three times and a case were "('32016R0679', '32016R0679', '32016R0679' and 1 more)"
    lines = ["32016R0679", "C-131/12", "32016R0679", "32016R0679"]
    monkeypatch.setattr("sys.stdin", _Stdin("\n".join(lines)))
    endpoint = f"http://127.0.0.1:{free_port()}/sparql"
    assert main(["resolve", "--offline", "--sparql-endpoint", endpoint, "--format", "jsonl",
                 "--cellar-base", endpoint, "--cache-dir", str(tmp_path), "-"]) == 1  # fmt: skip
    out, err = capsys.readouterr()
    assert len(out.splitlines()) == 4
    assert err.splitlines()[-1].endswith(" ('32016R0679' (3 times), 'C-131/12')"), err
    assert err.splitlines()[-1].startswith("eurefs: 4 inputs failed: OfflineMiss: ")
