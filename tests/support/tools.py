"""Finding the Debian tools some tests drive (pandoc, chromium): fail in CI, skip elsewhere."""

from __future__ import annotations

import os
import shutil

import pytest


def require_executable(name: str, debian_package: str) -> str:
    """The path of ``name``; in CI (``CI`` set) its absence fails the test, else skips it.

    ``.ci/run`` installs the Debian package, so a missing tool in CI is a real failure.
    """
    path = shutil.which(name)
    if path is None:
        message = f"{name} is not installed (Debian package {debian_package})"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return path
