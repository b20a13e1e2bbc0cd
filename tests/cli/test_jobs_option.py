"""``eurefs extract --jobs N``: no more worker processes than the documents, nor than a
few per usable core (``--jobs 100000`` forked until the system ran out of processes)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import eurefs.parallel
from eurefs.cli import main
from eurefs.cli.options import JOBS_PER_CORE
from eurefs.parallel import default_jobs

ROOT = Path(__file__).resolve().parents[2]


def _documents(tmp_path: Path, n: int) -> list[str]:
    paths = []
    for i in range(n):
        path = tmp_path / f"doc{i:03}.txt"
        path.write_text(f"See COM(2021) {i + 1} final.\n", encoding="utf-8")
        paths.append(str(path))
    return paths


def _pool_sizes(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The ``max_workers`` of every pool the extraction starts, as it starts them."""
    sizes: list[int] = []
    real = eurefs.parallel.ProcessPoolExecutor

    def recording(*args: Any, max_workers: int, **kwargs: Any) -> Any:
        sizes.append(max_workers)
        return real(*args, max_workers=max_workers, **kwargs)

    monkeypatch.setattr(eurefs.parallel, "ProcessPoolExecutor", recording)
    return sizes


def test_no_more_workers_than_documents(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    sizes = _pool_sizes(monkeypatch)
    assert main(["extract", "--jobs", "3", "--fields", "doc", *_documents(tmp_path, 2)]) == 0
    assert sizes == [2]
    assert len(capsys.readouterr().out.splitlines()) == 2


def test_no_more_workers_than_a_few_per_core(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    most = JOBS_PER_CORE * default_jobs()
    sizes = _pool_sizes(monkeypatch)
    paths = _documents(tmp_path, most + 1)
    assert main(["extract", "--jobs", "100000", "--fields", "doc", *paths]) == 0
    assert sizes == [most]
    out, err = capsys.readouterr()
    assert [json.loads(line)["doc"] for line in out.splitlines()] == paths
    cores = default_jobs()
    assert (
        err
        == f"eurefs: --jobs 100000 lowered to {most} ({JOBS_PER_CORE} per usable core, {cores})\n"
    )


def test_a_huge_jobs_in_a_real_run_is_lowered_and_said(tmp_path: Path) -> None:
    cores = len(os.sched_getaffinity(0))
    most = JOBS_PER_CORE * cores
    paths = _documents(tmp_path, most + 1)
    argv = ["extract", "--jobs", str(most + 1), "--fields", "doc", *paths]
    run = subprocess.run(
        [sys.executable, "-m", "eurefs", *argv],
        capture_output=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=300,
        check=False,
    )
    assert run.returncode == 0
    assert [json.loads(line)["doc"] for line in run.stdout.decode().splitlines()] == paths
    said = f"eurefs: --jobs {most + 1} lowered to {most} ({JOBS_PER_CORE} per usable core, {cores})"
    assert run.stderr.decode() == said + "\n"
