"""What read_document says of a path that opens no document (eurefs/readers/__init__.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

import eurefs


def test_a_broken_link_says_where_it_points(tmp_path: Path) -> None:
    # (it said "no such file" of a file 'ls' lists)
    link = tmp_path / "act.html"
    link.symlink_to("gone/act.html")
    with pytest.raises(eurefs.ReadError) as raised:
        eurefs.read_document(link)
    assert str(raised.value) == (
        f"{link}: a broken symbolic link: it points to 'gone/act.html', where there is no file"
    )
    with pytest.raises(eurefs.ReadError, match=r"missing\.html: no such file$"):
        eurefs.read_document(tmp_path / "missing.html")
