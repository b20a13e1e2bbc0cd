"""A pinpoint right before an act written as a compound that ends in one of the record's
unlinked words, with no link word (``eurefs/grammar/unlinked_pinpoints.py``: German
``Art 7 Arbeitszeit-RL 2003/88/EG``)."""

from __future__ import annotations

import pytest

import eurefs


@pytest.mark.parametrize(
    ("text", "span", "pinpoint"),
    [
        # the abstract of ZAS 2019/41 on the Court's judgment on leave after death
        # (360.lexisnexis.at; pages corpus): the name joined to the initialism by a hyphen;
        # was no pinpoint
        ("Art 7 Arbeitszeit-RL 2003/88/EG und Art 31 Abs 2 GRC stehen einer nationalen "
         "Regelung entgegen", "Arbeitszeit-RL 2003/88/EG", "Art 7"),
        # (the same compound in one word, and a regulation's name, UNCONFIRMED in a text read)
        ("Art. 7 Arbeitszeitrichtlinie 2003/88/EG gilt.", "Arbeitszeitrichtlinie 2003/88/EG",
         "Art. 7"),
        ("nach Art. 5 Fluggastrechte-VO 261/2004 gilt", "Fluggastrechte-VO 261/2004", "Art. 5"),
    ],
)  # fmt: skip
def test_a_pinpoint_right_before_a_compound(text: str, span: str, pinpoint: str) -> None:
    found = [r for r in eurefs.extract(text) if r.text == span]
    assert [r.pinpoint for r in found] == [pinpoint]


@pytest.mark.parametrize(
    "text",
    [
        "vgl. § 5 Arbeitszeit-RL 2003/88/EG",  # a section, no article
        "Seit 2019 gilt die Arbeitszeit-RL 2003/88/EG.",
    ],
)
def test_no_pinpoint_before_a_compound_where_none_is_written(text: str) -> None:
    found = [r for r in eurefs.extract(text) if r.kind == "legal_act"]
    assert [r.pinpoint for r in found] == [None]
