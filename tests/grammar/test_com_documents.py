"""Whether a COM number is a proposal or a communication (``eurefs/grammar/com_documents.py``)."""

from __future__ import annotations

import eurefs


def _celex(text: str) -> list[str | None]:
    return [r.celex for r in eurefs.extract(text, short_forms=False) if r.kind == "com_document"]


def test_a_number_heading_its_paragraph_takes_the_title_above() -> None:
    # the EUR-Lex header: title, number, place and date, number again
    header = (
        "Proposal for a COUNCIL DECISION on the position to be taken on behalf of the Union\n\n"
        "COM/2023/322 final\n\nBrussels, 9.6.2023\n\nCOM(2023) 322 final\n"
    )
    assert _celex(header) == ["52023PC0322", "52023PC0322"]


def test_a_number_inside_a_sentence_reads_only_its_own_clause() -> None:
    text = "The proposal was withdrawn.\n\nThe Commission refers to COM(2023) 322 final here."
    assert _celex(text) == [None]


def test_the_paragraphs_above_are_read_no_further_than_three_back() -> None:
    far = "Proposal for a DECISION\n\nA\n\nB\n\nC\n\nCOM(2023) 322 final\n"
    assert _celex(far) == [None]
