"""A file the reader may not open, as the system refuses one without read permission.

The tests run as root, whom ``chmod 000`` does not stop: the refusal is simulated where
the readers open a file (``eurefs.readers.load_bytes``), in this process and in the
worker processes it forks (``--jobs``)."""

from __future__ import annotations

import errno
from pathlib import Path
from typing import Any

import pytest

from eurefs import readers


def refuse_to_open(monkeypatch: pytest.MonkeyPatch, refused: Path) -> None:
    """Make the readers' ``open`` of ``refused`` fail with EACCES, as for a file of mode 000."""

    def fake_open(file: Any, *args: Any, **kwargs: Any) -> Any:
        if str(file) == str(refused):
            raise PermissionError(errno.EACCES, "Permission denied", str(file))
        return open(file, *args, **kwargs)

    monkeypatch.setattr(readers, "open", fake_open, raising=False)
