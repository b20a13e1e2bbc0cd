"""The same document gives the same references however its line ends are written
(``eurefs.normal_form``): real texts of the development corpora (their sources in each
corpus's SOURCES.md) saved with ``\\r\\n`` (Windows tools) or ``\\r`` (classic Mac OS)."""

from __future__ import annotations

from typing import Any

import pytest

import eurefs
from eurefs.chunked import iter_extract
from eurefs.normal_form import NormalForm
from tests.support.written_forms import read, records
from tests.test_extract_invariants import wrapped


def _records(text: str, line_end: str = "\n") -> list[dict[str, Any]]:
    """What ``extract`` gives for ``text`` written with ``line_end``, as ``text``'s."""
    return records(text, lambda c: line_end if c == "\n" else c)


#: The Croatian EUR-Lex page of Council Regulation (EU) 2020/283 (corpus-hr K02): with
#: ``\r\n`` the act's ELI was read as English (``lang`` ``en``, not ``hr``): the words that
#: tell a reference's language were read across line ends the view had folded.
CROATIAN = "corpus-hr/docs/K02-hr-council-regulation-2020-283.txt"
#: The French recitals of Directive 2014/91/EU (corpus-fr-de F01): with ``\r\n`` or ``\r``
#: the OJ citation ``JO L 120 du 15.5.2009, p. 22`` lost the act it publishes
#: (Recommendation 2009/384/EC, ``32009H0384``).
FRENCH = "corpus-fr-de/docs/F01-fr-ucits-v-directive-2014-91-recitals.txt"


@pytest.mark.parametrize("line_end", ["\r\n", "\r"])
@pytest.mark.parametrize("name", [CROATIAN, FRENCH])
def test_a_document_gives_its_references_with_any_line_ends(name: str, line_end: str) -> None:
    text = read(name)
    assert _records(text, line_end) == _records(text)


@pytest.mark.parametrize("line_end", ["\r\n", "\r"])
def test_the_croatian_eli_is_croatian(line_end: str) -> None:
    text = read(CROATIAN).replace("\n", line_end)
    (eli,) = [r for r in eurefs.extract(text) if r.kind == "eli"]
    assert eli.lang == "hr"


@pytest.mark.parametrize("line_end", ["\r\n", "\r"])
def test_the_french_oj_citation_names_what_it_publishes(line_end: str) -> None:
    text = read(FRENCH).replace("\n", line_end)
    publishes = {r.publishes for r in eurefs.extract(text) if r.kind == "oj"}
    assert "32009H0384" in publishes


def _line(name: str, start: str) -> str:
    return next(line for line in read(name).split("\n") if line.startswith(start))


#: Drawn by the hunt (``EUREFS_HYPOTHESIS=hunt``, seed 3916): a footnote of the Digital
#: Markets Act (corpus D05) and a sentence of the Court's judgment in C-65/23 (corpus D03),
#: one word a line: with ``\r\n`` the short-form pass, which read the text as it was
#: written, found no ``that\r\nregulation`` (the EC Merger Regulation, 32004R0139).
MERGER = "\n".join(
    (
        _line("corpus/docs/D05-digital-markets-act-footnotes.txt", "(23) Council Regulation"),
        _line("corpus/docs/D03-cjeu-c-65-23.txt", "10\xa0").split(": ")[0],
    )
).replace(" ", "\n")


@pytest.mark.parametrize("line_end", ["\r\n", "\r"])
def test_an_anaphor_across_line_ends(line_end: str) -> None:
    (anaphor,) = [r for r in _records(MERGER, line_end) if r["kind"] == "short_form"]
    assert (anaphor["text"], anaphor["celex"]) == ("that\nregulation", "32004R0139")
    assert _records(MERGER, line_end) == _records(MERGER)


@pytest.mark.parametrize("line_end", ["\r\n", "\r"])
def test_the_stream_reads_line_ends_as_extract_does(line_end: str) -> None:
    text = read(FRENCH).replace("\n", line_end)
    told: list[tuple[int, int]] = []
    streamed = list(
        iter_extract(text, chunk_size=5_000, progress=lambda done, n: told.append((done, n)))
    )
    assert streamed == eurefs.extract(text)
    assert told[-1] == (len(text), len(text))
    assert all(done <= n == len(text) for done, n in told)


def test_a_copy_offset_maps_to_the_original() -> None:
    original = "ab\r\ncd\r\n\r\nef\rg"
    form = NormalForm(original)
    assert form.text == "ab\ncd\n\nef\ng"
    # a copy's ``\n`` stands for the ``\r\n`` it replaced: it starts at the ``\r``
    assert [form.original_offset(p) for p in range(len(form.text) + 1)] == [
        0, 1, 2, 4, 5, 6, 8, 10, 11, 12, 13, 14,
    ]  # fmt: skip
    assert NormalForm.of("no carriage return\n") is None


#: Drawn by the hunt (seed 3926): the Romanian judgment in C-282/10 (corpus-ro R01), a
#: line break after every third word: with ``\r\n`` or ``\r`` the short-form pass, which
#: read the text as it was written, gave four anaphors more than with ``\n`` (``această
#: directivă`` twice, ``acestei directive``, ``directiva menționată``: Directive 2003/88).
ROMANIAN = wrapped(read("corpus-ro/docs/R01-ro-cjeu-c-282-10-dominguez-intro.txt"), 3)


@pytest.mark.parametrize("line_end", ["\r\n", "\r"])
def test_a_romanian_judgment_with_short_lines(line_end: str) -> None:
    assert _records(ROMANIAN, line_end) == _records(ROMANIAN)
