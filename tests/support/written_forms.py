"""A text's references read from another way of writing it (``eurefs.normal_form``): its
line ends as ``\\r\\n`` or ``\\r``, its accents as combining marks (NFD), mapped back to
the text, so that the records of each writing compare with those of the text itself."""

from __future__ import annotations

from collections.abc import Callable
from itertools import accumulate
from pathlib import Path
from typing import Any

import eurefs

DATA = Path(__file__).resolve().parent.parent / "data"
#: The fields of a record that are offsets in the text read
OFFSETS = ("start", "end", "antecedent_start", "antecedent_end")


def read(name: str) -> str:
    """The text of ``tests/data/<name>``."""
    return (DATA / name).read_text(encoding="utf-8")


def records(text: str, write: Callable[[str], str] = str) -> list[dict[str, Any]]:
    """What ``extract`` gives for ``text`` with each of its characters written as ``write``
    writes it (``\\n`` as ``\\r\\n``; ``é`` as ``e`` and U+0301), each offset mapped back to
    its offset in ``text`` and each record's text the part of ``text`` it spans.

    A span that starts or ends inside one character's writing (between a ``\\r`` and its
    ``\\n``, between a letter and its mark) is a ``KeyError``: no offset of ``text`` is there.
    """
    pieces = [write(c) for c in text]
    written = "".join(pieces)
    back = {w: t for t, w in enumerate(accumulate(map(len, pieces), initial=0))}
    out = []
    for ref in eurefs.extract(written):
        record = ref.model_dump()
        assert record["text"] == written[ref.start : ref.end]
        for key in OFFSETS:
            if record.get(key) is not None:
                record[key] = back[record[key]]
        record["text"] = text[record["start"] : record["end"]]
        out.append(record)
    return out
