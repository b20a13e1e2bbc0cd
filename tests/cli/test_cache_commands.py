"""``eurefs cache`` and ``eurefs schema`` through ``eurefs.cli.main`` (issue 6)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eurefs.cache import CACHE_FILENAME, Cache
from eurefs.cli import main
from eurefs.models.document import Document


def test_cache_info_creates_no_cache(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    where = tmp_path / "not-yet"
    assert main(["cache", "info", "--cache-dir", str(where)]) == 0
    out, err = capsys.readouterr()
    assert json.loads(out) == {"path": str(where / CACHE_FILENAME), "exists": False}
    assert err == f"eurefs: no cache yet at {where / CACHE_FILENAME}\n"
    assert not where.exists()
    assert main(["cache", "clear", "--cache-dir", str(where)]) == 0
    assert "nothing to clear" in capsys.readouterr().err
    assert not where.exists()


def test_cache_info_of_an_existing_cache(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with Cache(tmp_path) as cache:
        cache.put(["k"], Document(celex="32016R0679"), lang="en")
    assert main(["cache", "info", "--cache-dir", str(tmp_path)]) == 0
    info = json.loads(capsys.readouterr().out)
    assert info["exists"] is True and info["documents"] == 1
    assert main(["cache", "clear", "--cache-dir", str(tmp_path)]) == 0
    assert capsys.readouterr().err == f"eurefs: cache cleared: {tmp_path / CACHE_FILENAME}\n"


@pytest.mark.parametrize("action", ["info", "clear"])
def test_cache_dir_that_is_a_file_is_a_usage_error(
    action: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    with pytest.raises(SystemExit) as info:
        main(["cache", action, "--cache-dir", str(blocker)])
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("eurefs: argument --cache-dir: ") and "is a file" in err
    assert err.count("\n") == 1
    assert blocker.read_text() == "not a directory"


def test_cache_dir_from_the_environment_that_is_a_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv("EUREFS_CACHE_DIR", str(blocker))
    assert main(["cache", "clear"]) == 2
    assert "is a file" in capsys.readouterr().err


def test_read_only_cache_cannot_be_cleared(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import sqlite3

    import eurefs.cache_sqlite as db

    Cache(tmp_path).close()
    real = db.connect

    def refuse(target: str, **kwargs: object) -> object:
        if target == ":memory:":
            return real(target, **kwargs)  # type: ignore[arg-type]
        raise sqlite3.OperationalError("attempt to write a readonly database")

    monkeypatch.setattr(db, "connect", refuse)
    assert main(["cache", "clear", "--cache-dir", str(tmp_path)]) == 2
    err = capsys.readouterr().err.splitlines()
    assert err[0].startswith("eurefs: warning: cache ") and "read-only" in err[0]
    assert err[-1].startswith("eurefs: error: cache ") and "cannot clear" in err[-1]


def test_cache_warnings_are_one_eurefs_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / CACHE_FILENAME).write_bytes(b"this is not a database \x00\xff" * 200)
    assert main(["cache", "info", "--cache-dir", str(tmp_path)]) == 0
    err = capsys.readouterr().err
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("eurefs: warning: cache ") and "was corrupt" in lines[0]
    assert "CacheWarning" not in err and ".py:" not in err


@pytest.mark.parametrize("command", ["cache", "schema"])
def test_help_has_examples(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main([command, "--help"])
    assert info.value.code == 0
    out = capsys.readouterr().out
    assert "examples:" in out and f"eurefs {command}" in out.split("examples:")[1]
