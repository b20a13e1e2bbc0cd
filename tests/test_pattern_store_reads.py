"""What a command reads of the pattern store (``eurefs.pattern_store``): the entries it
asks for, not the file (a store shared by several versions grew to 29 MB, and reading all
of it was most of a start-up on a busy machine)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from eurefs.grammar.common import _trie_regex
from eurefs.pattern_store import PatternStore

_IO = Path("/proc/self/io")


def _bytes_read() -> int:
    """What this process has read so far (the kernel's count of its read calls' bytes)."""
    for line in _IO.read_text().splitlines():
        if line.startswith("rchar:"):
            return int(line.split()[1])
    raise AssertionError("no rchar in /proc/self/io")


@pytest.mark.skipif(
    sys.implementation.name != "cpython" or not _IO.exists(),
    reason="the store keeps code on CPython only; the count needs Linux's /proc/self/io",
)
def test_a_pattern_is_read_without_the_rest_of_the_file(tmp_path: Path) -> None:
    path = tmp_path / "patterns.bin"
    source = r"(?:Regulation|Directive)[ ](?P<num>[0-9]{4}/[0-9]{1,4})"
    first = PatternStore(path)
    first.compile(source)
    big = "x" * 8_000_000  # another version's long built text
    assert first.text("words\0big", lambda: big, _trie_regex) == big
    first.save()
    assert path.stat().st_size > 8_000_000
    again = PatternStore(path)
    before = _bytes_read()
    pattern = again.compile(source)
    read = _bytes_read() - before
    assert not again._new  # the pattern came from the file
    assert pattern.fullmatch("Regulation 2016/679") is not None
    assert pattern.pattern == source
    assert read < 100_000, f"{read} bytes read for one pattern"
    assert again.text("words\0big", lambda: "", _trie_regex) == big  # the rest still there
