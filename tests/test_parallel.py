"""extract_many / extract_files: input order, error records, laziness, same as serial."""

from __future__ import annotations

import itertools
import os
import signal
import struct
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import eurefs
from eurefs.parallel import (
    DocumentReferences,
    DocumentWarning,
    _Job,
    _ordered,
    extract_files,
    extract_many,
)

CORPUS = Path(__file__).parent / "data" / "corpus" / "docs"
ROOT = Path(__file__).resolve().parents[1]


def _docs() -> list[tuple[str, str]]:
    return [(p.name, p.read_text(encoding="utf-8")) for p in sorted(CORPUS.glob("*.txt"))]


@pytest.mark.parametrize("jobs", [1, 2])
def test_same_references_as_serial_in_input_order(jobs: int) -> None:
    docs = _docs() * 2
    results = list(extract_many(docs, jobs=jobs))
    assert [r.doc for r in results] == [d for d, _ in docs]
    for (_, text), result in zip(docs, results, strict=True):
        assert result.ok
        assert result.references == eurefs.extract(text)


def test_files_with_an_unreadable_one_in_the_middle(tmp_path: Path) -> None:
    good = tmp_path / "a.txt"
    good.write_text("See Regulation (EU) 2016/679.", encoding="utf-8")
    latin = tmp_path / "b.txt"
    latin.write_bytes("Directive 95/46/CE, \xe9t\xe9".encode("latin-1"))
    paths = [good, tmp_path / "missing.txt", latin, good]
    results = list(extract_files(paths, jobs=2))
    assert [r.doc for r in results] == [str(p) for p in paths]
    assert [r.ok for r in results] == [True, False, False, True]
    assert results[1].error == "ReadError"
    assert results[1].message is not None and "no such file" in results[1].message
    assert results[2].error == "UnsupportedFormat"
    assert results[2].message is not None and "not valid UTF-8" in results[2].message
    assert [ref.celex for ref in results[3].references] == ["32016R0679"]


@pytest.mark.parametrize("jobs", [1, 2])
def test_consumes_its_input_lazily(jobs: int) -> None:
    pulled = 0

    def endless() -> Iterator[tuple[str, str]]:
        nonlocal pulled
        for i in itertools.count():
            pulled += 1
            yield (f"doc{i}", f"COM({2000 + i % 20}) {i + 1} final")

    first = list(itertools.islice(extract_many(endless(), jobs=jobs), 3))
    assert [r.doc for r in first] == ["doc0", "doc1", "doc2"]
    assert first[1].references[0].normalized == "COM(2001) 2 final"
    assert pulled < 50


def test_files_of_every_format_with_pages(tmp_path: Path) -> None:
    pdf = Path(__file__).parent / "data" / "documents" / "pdf"
    [path] = sorted(pdf.glob("en-council-st-5847-06*.pdf"))
    [result] = list(extract_files([path, path], jobs=2))[:1]
    assert result.ok
    assert ("Regulation (EC) 1049/2001", 2) in [(r.text, r.doc_page) for r in result.references]
    assert result.references == eurefs.extract(eurefs.read_document(path))


def test_kinds_and_bad_arguments() -> None:
    [result] = extract_many([("x", "COM(2021) 752 final, OJ L 119, 4.5.2016, p. 1")], kinds="oj")
    assert [r.kind for r in result.references] == ["oj"]
    with pytest.raises(ValueError, match="unknown"):
        list(extract_many([("x", "")], kinds=["bogus"]))
    with pytest.raises(ValueError, match="jobs"):
        list(extract_many([("x", "")], jobs=0))
    with pytest.raises(TypeError):
        extract_many("Regulation (EU) 2016/679")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        extract_files("a.txt")  # type: ignore[arg-type]


def test_a_text_that_is_not_a_string_is_an_error_record() -> None:
    results = list(extract_many([("a", "C-131/12"), ("b", b"bytes")], jobs=1))  # type: ignore[list-item]
    assert results[0].ok and not results[1].ok
    assert results[1] == DocumentReferences("b", [], "WrongArgumentType", results[1].message)


# Interrupting a run on several cores.  A terminal's Ctrl-C reaches every process of the
# run: a worker waiting for its next document printed a KeyboardInterrupt traceback
# (``eurefs extract --jobs 2`` on ``shared/samples/documents``); and the run, interrupted or
# left by its reader (``| head -1``), still scanned every document handed to the workers.


def _interrupt_handler(item: tuple[str, str], job: _Job) -> DocumentReferences[str]:
    return DocumentReferences(item[0], message=repr(signal.getsignal(signal.SIGINT)))


def _scan_slowly_after_the_first(item: tuple[str, str], job: _Job) -> DocumentReferences[str]:
    path, done = item
    if path != str(sorted(CORPUS.glob("*.txt"))[0]):
        time.sleep(20)  # a long document; its scan never ends when the run has stopped
        (Path(done) / Path(path).name).touch()
    return DocumentReferences(path)


def _items(tmp_path: Path) -> list[tuple[str, str]]:
    return [(str(p), str(tmp_path)) for p in sorted(CORPUS.glob("*.txt"))]


def test_workers_leave_ctrl_c_to_the_process_that_started_them(tmp_path: Path) -> None:
    results = list(_ordered(iter(_items(tmp_path)), _interrupt_handler, _Job(None), 2))
    assert {r.message for r in results} == {repr(signal.SIG_IGN)}


def test_a_run_left_by_its_reader_scans_no_further(tmp_path: Path) -> None:
    run = _ordered(iter(_items(tmp_path)), _scan_slowly_after_the_first, _Job(None), 2)
    assert next(run).doc == _items(tmp_path)[0][0]
    run.close()  # as a KeyboardInterrupt or a broken pipe leaves the loop that reads it
    assert list(tmp_path.iterdir()) == []  # the workers were stopped, not waited for


#: A page that declares Latin-1 but whose bytes are UTF-8: read as UTF-8, with a warning.
MISDECLARED_PAGE = (
    '<html><head><meta charset="iso-8859-1"></head>'
    "<body><p>Regulation (EU) 2016/679 applies, caf\u00e9.</p></body></html>"
).encode()


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_reader_warning_is_a_warning_of_the_result_not_a_note(tmp_path: Path, jobs: int) -> None:
    page = tmp_path / "page.html"
    page.write_bytes(MISDECLARED_PAGE)
    plain = tmp_path / "plain.txt"
    plain.write_text("See Directive 95/46/EC.", encoding="utf-8")
    results = list(extract_files([page, plain], jobs=jobs))
    warned = results[0]
    # it was a note ("declares iso-8859-1 ..."), which no reader could tell from a note
    assert warned.notes == () and warned.ok
    assert warned.warnings == (
        DocumentWarning(
            "CharsetWarning", "declares iso-8859-1 but its bytes are UTF-8; read as UTF-8"
        ),
    )
    assert [ref.celex for ref in warned.references] == ["32016R0679"]
    assert results[1].warnings == () and results[1].notes == ()


def _half_a_result(item: str, job: _Job) -> DocumentReferences[Any]:
    """In a worker: for ``half``, the start of a result of a megabyte, and no more (as a
    worker ended while it writes one leaves it), then nothing for ten minutes."""
    if item != "half":
        return DocumentReferences(item)
    import gc
    from multiprocessing.queues import SimpleQueue

    (results,) = [q for q in gc.get_objects() if isinstance(q, SimpleQueue) and q._writer]
    os.write(results._writer.fileno(), struct.pack("!i", 1_000_000) + b"\x80")
    time.sleep(600)
    raise AssertionError("not stopped")


STOPPED_MID_RESULT = """
import time
from eurefs.parallel import _Job, _ordered
from tests.test_parallel import _half_a_result

results = _ordered(iter(["whole", "half"]), _half_a_result, _Job(None), 2)
print(next(results).doc, flush=True)
time.sleep(2)  # the second worker has written half its result
results.close()  # the reader stops: the workers are ended
print("left", flush=True)
"""


def test_a_worker_ended_in_the_middle_of_a_result_does_not_keep_the_process_alive() -> None:
    # the pool's thread waited for the rest of the result for ever, and Python waits for
    # that thread at exit: 'eurefs extract --jobs 2 ... | head -1' never ended (at times)
    run = subprocess.run(
        [sys.executable, "-c", STOPPED_MID_RESULT],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=90,
        check=False,
    )
    assert (run.returncode, run.stdout) == (0, "whole\nleft\n"), run.stderr
