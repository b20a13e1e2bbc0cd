"""References written as JSON without pydantic's serialisers (``eurefs.models.json_fields``)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import eurefs
from eurefs.models import prototypes
from eurefs.models.json_fields import json_fields
from eurefs.models.references import LegalActRef, OjRef

CORPUS = Path(__file__).resolve().parents[1] / "data" / "corpus" / "docs"


@pytest.fixture(autouse=True)
def _no_check(monkeypatch: pytest.MonkeyPatch) -> None:
    # the function on its own, not the comparison the test suite turns on
    monkeypatch.setattr(prototypes, "VALIDATE", False)


def test_dates_are_iso_and_lists_are_copies() -> None:
    ref = LegalActRef(
        text="Decision of 5 May 2004", start=0, end=22, normalized="Decision of 5 May 2004",
        act_type="decision", date=dt.date(2004, 5, 5), celex_candidates=[],
    )  # fmt: skip
    record = json_fields(ref)
    assert record["date"] == "2004-05-05"
    assert (
        record["celex_candidates"] == [] and record["celex_candidates"] is not ref.celex_candidates
    )
    assert list(record.items()) == list(ref.model_dump(mode="json").items())


def test_a_copied_reference_keeps_the_order_of_its_fields() -> None:
    ref = OjRef(text="OJ L 119", start=0, end=8, normalized="OJ L 119", series="L", issue="119")
    ref = ref.model_copy(update={"doc_page": 3, "year": 2016})
    assert list(json_fields(ref).items()) == list(ref.model_dump(mode="json").items())


def test_every_reference_of_the_corpus_is_written_as_model_dump_writes_it() -> None:
    kinds: set[str] = set()
    for path in sorted(CORPUS.glob("*.txt")):
        for ref in eurefs.extract(path.read_text(encoding="utf-8")):
            assert list(json_fields(ref).items()) == list(ref.model_dump(mode="json").items())
            kinds.add(ref.kind)
    assert {"short_form", "legal_act", "oj", "case", "treaty_article"} <= kinds
