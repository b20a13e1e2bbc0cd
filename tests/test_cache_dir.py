"""The default cache directory: eurefs's own reading of the XDG rules must give what
platformdirs gives, wherever it answers without asking platformdirs."""

from __future__ import annotations

import sys
from pathlib import Path

import platformdirs
import pytest

from eurefs import cache_dir

unix_only = pytest.mark.skipif(
    sys.platform in ("win32", "darwin"), reason="the XDG rules are read on Linux and Unixes"
)


def _environment(monkeypatch: pytest.MonkeyPatch, xdg: str | None, home: str) -> None:
    """No EUREFS_CACHE_DIR; ``$HOME`` and ``$XDG_CACHE_HOME`` (None: unset) as given."""
    monkeypatch.delenv(cache_dir.ENV_CACHE_DIR, raising=False)
    monkeypatch.setenv("HOME", home)
    if xdg is None:
        monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    else:
        monkeypatch.setenv("XDG_CACHE_HOME", xdg)


@unix_only
@pytest.mark.parametrize(
    ("xdg", "home"),
    [
        (None, "/home/ana"),
        ("/var/tmp/caches", "/home/ana"),
        ("", "/home/ana"),  # empty: as if unset
        ("  ", "/home/ana"),  # blank: as if unset
        (None, "/home/ana/"),
        (None, "/"),
    ],
)
def test_same_directory_as_platformdirs(
    monkeypatch: pytest.MonkeyPatch, xdg: str | None, home: str
) -> None:
    _environment(monkeypatch, xdg, home)
    assert cache_dir._xdg_cache_dir() is not None  # answered without platformdirs
    assert cache_dir.default_cache_dir() == Path(platformdirs.user_cache_dir("eurefs"))


@unix_only
@pytest.mark.parametrize(("xdg", "home"), [(None, "not/absolute"), ("relative/cache", "/home/ana")])
def test_relative_paths_left_to_platformdirs(
    monkeypatch: pytest.MonkeyPatch, xdg: str | None, home: str
) -> None:
    _environment(monkeypatch, xdg, home)
    assert cache_dir._xdg_cache_dir() is None


def test_environment_variable_wins(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(cache_dir.ENV_CACHE_DIR, str(tmp_path))
    monkeypatch.setenv("XDG_CACHE_HOME", "/var/tmp/caches")
    assert cache_dir.default_cache_dir() == tmp_path


def test_start_up_does_not_import_platformdirs() -> None:
    # the point of reading the XDG rules here (issue 10): checked in a fresh interpreter
    import subprocess

    code = (
        "import sys, eurefs.cache_dir as c; c.default_cache_dir(); "
        "print('platformdirs' in sys.modules)"
    )
    env = {"HOME": "/home/ana", "PATH": "/usr/bin:/bin"}
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True,
        cwd=Path(cache_dir.__file__).parents[1],
    )  # fmt: skip
    assert out.stdout.strip() == ("True" if sys.platform in ("win32", "darwin") else "False")
