"""The oxigraph tests find the test extra's command or fail: they never skip in silence."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tests.support import servers


def _hide_path_and_venv(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No command on PATH, and an interpreter whose directory holds nothing."""
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.setattr(sys, "executable", str(tmp_path / "python"))


def test_the_command_is_found_among_the_packages_files(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """oxigraph's ``bin/oxigraph`` is found through the package, not only PATH or the venv."""
    _hide_path_and_venv(monkeypatch, tmp_path)
    assert servers.find_executable("oxigraph") is None
    found = Path(servers.installed_executable("oxigraph", "oxigraph"))
    assert found.name == "oxigraph" and found.is_file()


def test_a_package_installed_without_its_command_fails(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    _hide_path_and_venv(monkeypatch, tmp_path)
    with pytest.raises(pytest.fail.Exception, match="is installed but its command"):
        servers.installed_executable("no-such-command", "oxigraph")


def test_a_missing_package_fails(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    _hide_path_and_venv(monkeypatch, tmp_path)
    with pytest.raises(pytest.fail.Exception, match="is not installed"):
        servers.installed_executable("oxigraph", "no-such-distribution-eurefs")
