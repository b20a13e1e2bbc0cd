"""Two columns written row by row: which rows are read column after column (no PDF needed)."""

from __future__ import annotations

from eurefs.readers.columns import Part, Row, column_order
from eurefs.readers.layout import Segment

WIDTH = 595.0  # A4


def _row(y: float, *parts: tuple[float, float, str], band: bool = False) -> Row:
    cut = [Part(x0, x1, [Segment(text, "top" if band else "")]) for x0, x1, text in parts]
    whole = [Segment(" ".join(text for _, _, text in parts), "top" if band else "")]
    return Row(y, whole, cut, band)


def _texts(rows: list[Row]) -> list[str]:
    return ["".join(seg.text for seg in line) for _, line in column_order(rows, WIDTH)]


def test_rows_cut_at_one_gutter_are_read_left_column_first_with_the_longer_tail() -> None:
    rows = [
        _row(800, (56, 400, "Running head"), band=True),
        _row(760, (56, 540, "A title across the page")),
        _row(730, (56, 280, "L1"), (310, 540, "R1")),
        _row(717, (56, 280, "L2"), (310, 540, "R2")),
        _row(704, (310, 540, "R3")),  # the left column has a paragraph gap here
        _row(691, (56, 280, "L4"), (310, 540, "R4")),
        _row(678, (56, 200, "L5")),  # the end of the longer column, at the line spacing
        _row(650, (56, 200, "Done at Brussels.")),  # after a paragraph's gap: not a column
    ]
    assert _texts(rows) == [
        "Running head", "A title across the page", "L1", "L2", "L4", "L5", "R1", "R2", "R3",
        "R4", "Done at Brussels.",
    ]  # fmt: skip


def test_labels_and_values_and_too_few_rows_keep_their_order() -> None:
    labels = [  # a Council note's "From:  ... / To:  ... / Subject:  ..." block
        _row(760 - 13 * k, (56, 110, label), (150, 540, value))
        for k, (label, value) in enumerate(
            [("From:", "General Secretariat"), ("To:", "Delegations"), ("Subject:", "LIMITE")]
        )
    ]
    assert _texts(labels) == ["From: General Secretariat", "To: Delegations", "Subject: LIMITE"]
    two = [
        _row(730, (56, 280, "L1"), (310, 540, "R1")),
        _row(717, (56, 280, "L2"), (310, 540, "R2")),
    ]
    assert _texts(two) == ["L1 R1", "L2 R2"]  # two rows cut alike are no columns yet
