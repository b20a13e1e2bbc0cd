"""What read_document says of a path that opens no document (eurefs/readers/__init__.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

import eurefs
from tests.support.unreadable import refuse_to_open


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


def test_a_path_holding_a_nul_character_is_a_read_error_naming_it() -> None:
    """It was open's bare ValueError ('embedded null byte'), no file named; in a batch
    an error record 'ValueError' whose message named no file."""
    with pytest.raises(eurefs.ReadError, match=r"^a\x00b\.txt: the path holds a NUL character"):
        eurefs.read_document("a\0b.txt")


def test_a_file_that_cannot_be_opened_for_permission_is_a_read_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """(Simulated: the tests run as root, whom chmod does not stop.)"""
    secret = tmp_path / "secret.txt"
    secret.write_text("Directive 95/46/EC", encoding="utf-8")
    refuse_to_open(monkeypatch, secret)
    with pytest.raises(eurefs.ReadError, match=r"secret\.txt: permission denied$"):
        eurefs.read_document(secret)
