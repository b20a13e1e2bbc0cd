"""The Official Journal's English names have one home (``eurefs.data.journal``), read by
the English record, the PDF reader's running heads and the view's."""

from __future__ import annotations

import re

import pytest

from eurefs.data.journal import JOURNAL_NAMES, UNION_JOURNAL_NAME, names_source
from eurefs.languages import load
from eurefs.readers.layout import Segment, assemble_pages
from eurefs.textview import TextView


def test_the_shared_words_are_written_once() -> None:
    assert names_source(JOURNAL_NAMES, " ") == (
        "Official Journal of the European (?:Union|Communities)"
    )
    assert names_source((UNION_JOURNAL_NAME,), "[ ]") == (
        "Official[ ]Journal[ ]of[ ]the[ ]European[ ]Union"
    )
    assert names_source(("A.B c", "d"), " ") == r"(?:A\.B c|d)"
    pattern = re.compile(names_source(JOURNAL_NAMES, r"\s+"))
    assert all(pattern.fullmatch(name) for name in JOURNAL_NAMES)


def test_the_english_record_reads_the_names_from_their_home() -> None:
    (english,) = load(["en"])
    assert english.oj.journal_names is JOURNAL_NAMES


@pytest.mark.parametrize("name", JOURNAL_NAMES)
def test_the_view_folds_a_running_head_with_either_name(name: str) -> None:
    # the head of an even page inside a sentence, as text others extracted leaves it
    text = f"Regulation (EC) L 119/2 EN {name} 4.5.2016 No 1049/2001"
    assert TextView(text).view == "Regulation (EC) No 1049/2001"


def test_the_pdf_reader_drops_a_running_head_inside_the_lines() -> None:
    # a re-processed copy: the head sits inside the text of every page
    pages = [
        [[Segment(f"Recital ({n}). 4.5.2016 EN {UNION_JOURNAL_NAME} L 119/{n} Text {n}.", "")]]
        for n in (1, 2, 3)
    ]
    assert assemble_pages(pages)[1] == "Recital (2). Text 2.\n"
