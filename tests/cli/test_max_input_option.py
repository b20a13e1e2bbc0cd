"""``--max-input-mb``, and ``max_bytes`` of the library's batch functions: the one limit
of :mod:`eurefs.readers.limits` given by the caller, as ``read_document(max_bytes=)`` and
``$EUREFS_MAX_INPUT_MB`` give it.

The documents are the real ones of ``tests/data/documents`` (their provenance is in its
``PROVENANCE.md``): the German EUR-Lex page of COM(2021) 206, the AI Act proposal (717 KB,
0.68 MiB), the UK transposition note of SI 2015/1348 (the honey directive, a Word file of
19 KB) and the English Formex of Regulation (EU) 2024/903 (124 KB).
"""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest

from eurefs.cli import main
from eurefs.errors import ConfigurationError
from eurefs.parallel import extract_files
from eurefs.readers import limits

DOCS = Path(__file__).resolve().parents[1] / "data" / "documents"
PAGE = DOCS / "html" / "de-eurlex-com-2021-206-ai-act-proposal.html"
NOTE = DOCS / "docx" / "en-uk-transposition-note-si-2015-1348-honey-directive.docx"
ACT = DOCS / "formex" / "en-fmx4-regulation-2024-903-interoperable-europe-act.fmx.xml"
#: The refusal of the page past a limit of 0.5 MiB, naming where the limit was set: the
#: option's limit is not raised by the environment variable (which the message named
#: whatever set the limit, until the limit named its setting).
REFUSED = (
    f"{PAGE}: over the limit of 524,288 bytes (0.5 MiB) for a document; refused (raise "
    "--max-input-mb to read larger ones)"
)
REFUSED_BY_THE_ENVIRONMENT = REFUSED.replace("--max-input-mb", "EUREFS_MAX_INPUT_MB")


@pytest.fixture(autouse=True)
def _no_limit_in_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(limits.ENV_MAX_INPUT_MB, raising=False)


def test_extract_refuses_a_document_over_the_limit_given(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["extract", "--max-input-mb", "0.5", str(PAGE)]) == 2
    assert capsys.readouterr().err.splitlines() == [f"eurefs: error: {REFUSED}"]
    assert main(["extract", "--max-input-mb", "1", str(PAGE)]) == 0
    assert "COM(2021) 206" in capsys.readouterr().out


def test_the_option_goes_before_the_environment(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv(limits.ENV_MAX_INPUT_MB, "0.5")
    assert main(["text", str(PAGE)]) == 2
    assert capsys.readouterr().err.splitlines() == [f"eurefs: error: {REFUSED_BY_THE_ENVIRONMENT}"]
    assert main(["text", "--max-input-mb", "0.5", str(PAGE)]) == 2
    assert capsys.readouterr().err.splitlines() == [f"eurefs: error: {REFUSED}"]
    assert main(["text", "--max-input-mb", "1", str(PAGE)]) == 0
    assert "Künstliche Intelligenz" in capsys.readouterr().out


@pytest.mark.parametrize(
    "command",
    [
        ["text"],
        ["annotate"],
        ["annotate", "--format", "text"],
        ["resolve", "--offline", "--from-text"],
    ],
)
def test_every_command_that_reads_a_document_takes_the_limit(
    command: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([command[0], "--max-input-mb", "0.5", *command[1:], str(PAGE)]) == 2
    assert capsys.readouterr().err.splitlines() == [f"eurefs: error: {REFUSED}"]


@pytest.mark.parametrize("command", [["graph"], ["report", "-o", "{out}"]])
def test_commands_over_several_documents_leave_out_one_over_the_limit(
    command: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    command = [c.format(out=tmp_path / "report.html") for c in command]
    assert main([*command, "--max-input-mb", "0.5", str(PAGE), str(ACT)]) == 2
    assert capsys.readouterr().err.splitlines() == [f"eurefs: error: {REFUSED}"]


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_extract_over_files_gives_an_error_record_and_goes_on(
    jobs: str, capsys: pytest.CaptureFixture[str]
) -> None:
    paths = [str(NOTE), str(PAGE), str(ACT), str(PAGE), str(NOTE)]
    argv = ["extract", "--jobs", jobs, "--max-input-mb", "0.5", "--fields", "doc,text"]
    assert main([*argv, *paths]) == 2
    captured = capsys.readouterr()
    records = [json.loads(line) for line in captured.out.splitlines()]
    refused = {"doc": str(PAGE), "error": "DocumentTooLarge", "message": REFUSED}
    assert [r for r in records if "error" in r] == [refused, refused]
    # every file in input order, the others' references after the refused one
    assert [doc for doc, _ in itertools.groupby(r["doc"] for r in records)] == paths
    assert {"doc": str(ACT), "text": "Regulation (EU) 2024/903"} in records
    assert captured.err.splitlines() == [f"eurefs: error: {REFUSED}"] * 2


def test_a_list_of_files_is_held_to_the_limit_given(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    listing = tmp_path / "files.txt"
    listing.write_text(f"{NOTE}\n" * 40_000, encoding="utf-8")  # 4.4 MB of paths
    assert main(["extract", "--max-input-mb", "1", "--files-from", str(listing)]) == 2
    assert capsys.readouterr().err.splitlines() == [
        f"eurefs: error: --files-from {listing}: over 1,048,576 bytes; refused (raise "
        "--max-input-mb to read a longer list)"
    ]


# (1e308 MiB is more bytes than a float holds: an OverflowError traceback)
@pytest.mark.parametrize("value", ["0", "-1", "x", "nan", "inf", "1e-9", "1e308"])
def test_a_limit_that_is_no_positive_number_is_a_usage_error(
    value: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["extract", f"--max-input-mb={value}", str(PAGE)])
    assert exited.value.code == 2
    assert capsys.readouterr().err.splitlines() == [
        f"eurefs: argument --max-input-mb: expected a number of MiB over 0 (e.g. 2048), not "
        f"{value!r} (see 'eurefs extract --help')"
    ]


def test_a_limit_in_the_environment_past_what_a_float_holds_is_an_error_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv(limits.ENV_MAX_INPUT_MB, "1e308")
    assert main(["extract", str(PAGE)]) == 2
    assert capsys.readouterr().err.splitlines() == [
        "eurefs: error: EUREFS_MAX_INPUT_MB must be a number of MiB over 0 (e.g. 2048), not '1e308'"
    ]


@pytest.mark.parametrize("jobs", [1, 2])
def test_extract_files_takes_the_limit(jobs: int) -> None:
    results = list(extract_files([NOTE, PAGE, ACT], jobs=jobs, max_bytes=500_000))
    assert [(r.doc, r.error) for r in results] == [
        (str(NOTE), None),
        (str(PAGE), "DocumentTooLarge"),
        (str(ACT), None),
    ]
    assert (results[1].message or "").endswith("refused (raise max_bytes to read larger ones)")
    assert results[0].references and results[2].references
    [read] = extract_files([PAGE], jobs=jobs, max_bytes=1 << 20)
    assert read.ok


def test_extract_files_checks_the_limit_before_it_reads() -> None:
    with pytest.raises(ConfigurationError, match="max_bytes must be a whole number over 0"):
        extract_files([PAGE], max_bytes=0)
