"""How many bytes a document may have (:mod:`eurefs.readers.limits`).

The documents are the real ones of ``tests/data/documents`` (their provenance is in its
``PROVENANCE.md``): the German EUR-Lex page of COM(2021) 206 (the AI Act proposal, 717 KB)
and the UK transposition note of SI 2015/1348 (the honey directive, a Word file of 19 KB).
"""

from __future__ import annotations

import subprocess
import sys
import tracemalloc
from pathlib import Path

import pytest

from eurefs import readers
from eurefs.cli import main
from eurefs.errors import ConfigurationError, DocumentTooLarge
from eurefs.readers import limits, load_bytes, read_document

DOCS = Path(__file__).resolve().parents[1] / "data" / "documents"
PAGE = DOCS / "html" / "de-eurlex-com-2021-206-ai-act-proposal.html"
NOTE = DOCS / "docx" / "en-uk-transposition-note-si-2015-1348-honey-directive.docx"


def test_a_document_over_the_limit_set_in_the_environment_is_refused(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv(limits.ENV_MAX_INPUT_MB, "0.5")  # the page is 0.68 MiB
    with pytest.raises(DocumentTooLarge, match=r"over the limit of 524,288 bytes \(0.5 MiB\)"):
        read_document(PAGE)
    with pytest.raises(DocumentTooLarge, match="for an HTML document"):
        read_document(PAGE.read_bytes())  # bytes too, once their format is known
    monkeypatch.setenv(limits.ENV_MAX_INPUT_MB, "1")
    assert "Künstliche Intelligenz" in read_document(PAGE).text


def test_max_bytes_sets_one_limit_for_every_format(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(DocumentTooLarge, match=str(PAGE)) as refused:
        read_document(PAGE, max_bytes=500_000)
    # the setting that gave the limit, not the environment's, which would not raise it
    assert str(refused.value).endswith("refused (raise max_bytes to read larger ones)")
    monkeypatch.setitem(limits.MAX_INPUT_BYTES, "html", 500_000)
    with pytest.raises(DocumentTooLarge, match=r"500,000 bytes .* for an HTML document"):
        read_document(PAGE)
    assert read_document(NOTE).text  # each format its own limit: a Word file is read
    monkeypatch.setenv(limits.ENV_MAX_INPUT_MB, "0.7")  # over a format's, by choice
    assert read_document(PAGE).text
    assert read_document(PAGE, max_bytes=1 << 20).text  # the caller's before the environment's
    monkeypatch.delenv(limits.ENV_MAX_INPUT_MB)
    monkeypatch.setitem(limits.MAX_INPUT_BYTES, "html", 1 << 20)
    monkeypatch.setitem(limits.MAX_INPUT_BYTES, "text", 500_000)
    assert read_document(PAGE).text
    with pytest.raises(DocumentTooLarge, match="for a text document"):
        read_document(PAGE, input_format="text")  # held to the format it is read as


@pytest.mark.parametrize("value", ["0", "-1", "x", "nan", "inf", "1e-9"])
def test_a_limit_that_is_no_positive_number_is_a_configuration_error(
    value: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(limits.ENV_MAX_INPUT_MB, value)
    with pytest.raises(ConfigurationError, match="EUREFS_MAX_INPUT_MB must be a number"):
        read_document(PAGE)
    monkeypatch.delenv(limits.ENV_MAX_INPUT_MB)
    with pytest.raises(ConfigurationError, match="max_bytes"):
        read_document(PAGE, max_bytes=0)


def test_a_file_over_the_limit_is_refused_before_it_is_read(tmp_path: Path) -> None:
    # A user handing over a file of 2 GB (sparse: no disk taken) was read whole first.
    big = tmp_path / "huge.html"
    with open(big, "wb") as fh:
        fh.write(PAGE.read_bytes())
        fh.truncate(2 << 30)
    tracemalloc.start()
    try:
        with pytest.raises(DocumentTooLarge, match=r"536,870,912 bytes .* for a document"):
            load_bytes(big)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 1 << 20


def test_a_file_under_the_limit_takes_the_memory_of_its_bytes() -> None:
    # (read(limit + 1) asked for a buffer of the limit, 512 MiB, whatever the file)
    tracemalloc.start()
    try:
        data = load_bytes(PAGE)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert data == PAGE.read_bytes()
    assert peak < 2 * len(data)


class _CountedFile:
    """A file that counts the bytes read from it, and fails the test when it is read
    whole (``read()``) or past ``most`` bytes: ``/dev/zero`` has no end."""

    def __init__(self, path: str, most: int) -> None:
        self._file, self.most, self.read_bytes = open(path, "rb"), most, 0

    def read(self, size: int | None = -1) -> bytes:
        if size is None or size < 0:
            pytest.fail("an endless stream read whole")
        piece = self._file.read(size)
        self.read_bytes += len(piece)
        if self.read_bytes > self.most:
            pytest.fail(f"{self.read_bytes:,} bytes read")
        return piece

    def __getattr__(self, name: str) -> object:
        return getattr(self._file, name)

    def __enter__(self) -> _CountedFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self._file.close()


def test_a_stream_without_end_is_read_no_further_than_the_limit(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # /dev/zero has no size to check: it was read until memory ran out. The bytes read
    # counted, not the time taken (timings flake): one past the limit
    opened: list[_CountedFile] = []

    def counted_open(path: str, mode: str = "r") -> _CountedFile:
        opened.append(_CountedFile(path, 8 << 20))
        return opened[-1]

    monkeypatch.setattr(readers, "open", counted_open, raising=False)
    with pytest.raises(DocumentTooLarge, match="/dev/zero: over the limit of 1,048,576"):
        read_document("/dev/zero", max_bytes=1 << 20)
    assert [f.read_bytes for f in opened] == [(1 << 20) + 1]


@pytest.mark.parametrize("command", [["extract", "-"], ["parse", "-"]])
def test_the_command_line_refuses_an_endless_stdin_with_one_line(command: list[str]) -> None:
    # a document on stdin, or a list of references (parse -, resolve -): /dev/zero was
    # read until memory ran out
    with open("/dev/zero", "rb") as zeros:
        done = subprocess.run(
            [sys.executable, "-m", "eurefs", *command],
            stdin=zeros,
            capture_output=True,
            text=True,
            timeout=300,
            env={**_environment(), limits.ENV_MAX_INPUT_MB: "1"},
            preexec_fn=_two_gigabytes,  # (without the limit, it fails here, not the machine)
        )
    assert done.returncode == 2
    assert done.stderr.splitlines() == [
        "eurefs: error: stdin: over the limit of 1,048,576 bytes (1 MiB) for a document; "
        "refused (raise EUREFS_MAX_INPUT_MB to read larger ones)"
    ]


def _two_gigabytes() -> None:
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30))


def test_a_list_of_files_without_end_is_read_no_further_than_the_limit() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "eurefs", "extract", "--files-from", "/dev/zero"],
        capture_output=True,
        text=True,
        timeout=300,
        env={**_environment(), limits.ENV_MAX_INPUT_MB: "1"},
        preexec_fn=_two_gigabytes,
    )
    assert done.returncode == 2
    assert done.stderr.splitlines() == [
        "eurefs: error: --files-from /dev/zero: over 1,048,576 bytes; refused (raise "
        "EUREFS_MAX_INPUT_MB to read a longer list)"
    ]


def _environment() -> dict[str, str]:
    import os

    return {k: v for k, v in os.environ.items() if k != limits.ENV_MAX_INPUT_MB}


def test_annotate_holds_a_page_to_the_html_limit(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # annotate reads a page itself, to keep its markup, not through read_document
    monkeypatch.setitem(limits.MAX_INPUT_BYTES, "html", 500_000)
    assert main(["annotate", str(PAGE)]) == 2
    assert capsys.readouterr().err.splitlines() == [
        f"eurefs: error: {PAGE}: over the limit of 500,000 bytes (0.477 MiB) for an HTML "
        "document; refused (set EUREFS_MAX_INPUT_MB to read larger ones)"
    ]
