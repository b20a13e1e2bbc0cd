"""What scripts read from the commands' output: one row per record, whatever the text holds.

Real input: the judgment of the UK Supreme Court in SkyKick v Sky, [2024] UKSC 36
(``tests/data/documents/docx/en-uksc-2024-36-skykick-v-sky-judgment.docx``, see
``tests/data/documents/PROVENANCE.md``), where Word breaks the page inside a citation:
``Regulations No`` ends one page and ``40/94`` starts the next, so the reference's text
is ``'Regulations No\\n\\x0c40/94'``.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from eurefs.cli import main

DATA = Path(__file__).resolve().parents[1] / "data" / "documents"
SKYKICK = DATA / "docx" / "en-uksc-2024-36-skykick-v-sky-judgment.docx"
PAGE_BROKEN = "Regulations No\n\x0c40/94"


def _extract(fmt: str, capsys: pytest.CaptureFixture[str]) -> str:
    assert main(["extract", "--format", fmt, "--fields", "text,start,celex", str(SKYKICK)]) == 0
    return capsys.readouterr().out


def test_a_table_row_stays_one_line_when_the_reference_spans_a_page_break(
    capsys: pytest.CaptureFixture[str],
) -> None:
    records = [json.loads(line) for line in _extract("jsonl", capsys).splitlines()]
    assert PAGE_BROKEN in [r["text"] for r in records]
    table = _extract("table", capsys)
    # every reader splits the table into its header and one line per record: the form
    # feed inside the cell was written as it was, and str.splitlines broke the row in two
    assert len(table.splitlines()) == len(records) + 1
    (row,) = [line for line in table.splitlines() if "40/94" in line and "115385" in line]
    assert row.split()[:5] == ["Regulations", "No", "40/94", "115385", "31994R0040"]


def test_csv_keeps_the_text_exactly(capsys: pytest.CaptureFixture[str]) -> None:
    rows = list(csv.DictReader(io.StringIO(_extract("csv", capsys), newline="")))
    assert PAGE_BROKEN in [r["text"] for r in rows]
