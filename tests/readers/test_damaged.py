"""Damaged inputs of every format: a typed ReadError or a text, never another exception."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

import eurefs
from eurefs.errors import ReadError

DOCS = Path(__file__).resolve().parents[1] / "data" / "documents"
SAMPLES = [
    "pdf/en-council-st-5847-06-limite-handling-note.pdf",
    "docx/en-uk-transposition-note-si-2015-1348-honey-directive.docx",
    "html/en-eurlex-oj-l176-2013-regulation-575-2013-crr-excerpt.html",
    "formex/de-fmx4-regulation-575-2013-crr-excerpt.xml",
]


def _damaged(data: bytes, rng: random.Random) -> list[bytes]:
    cuts = [data[: rng.randrange(1, len(data))] for _ in range(6)]
    flips = []
    for _ in range(6):
        mutable = bytearray(data)
        for _ in range(rng.randrange(1, 40)):
            mutable[rng.randrange(len(mutable))] = rng.randrange(256)
        flips.append(bytes(mutable))
    holes = [data[:i] + data[i + rng.randrange(1, 5000) :] for i in rng.sample(range(len(data)), 4)]
    return cuts + flips + holes


@pytest.mark.parametrize("name", SAMPLES)
@pytest.mark.filterwarnings("ignore::eurefs.errors.CharsetWarning")  # flipped bytes: expected
def test_damaged_files_give_a_text_or_a_read_error(name: str) -> None:
    data = (DOCS / name).read_bytes()
    rng = random.Random(name)
    for sample in _damaged(data, rng):
        try:
            doc = eurefs.read_document(sample, name="damaged")
        except ReadError as exc:  # any other exception fails the test
            assert str(exc).startswith("damaged: ")
            continue
        assert all(doc.text[r.start : r.end] == r.text for r in eurefs.extract(doc))
