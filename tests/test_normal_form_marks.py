"""The same document gives the same references whether its accents are letters of their
own (``é``) or combining marks after their letters (``e`` + ``U+0301``: Unicode's NFD,
text copied from macOS PDFs and some web pages): ``eurefs.normal_form``.  The texts are
those of the development corpora (their sources in each corpus's SOURCES.md) written in
NFD, as ``unicodedata.normalize("NFD", ...)`` writes them."""

from __future__ import annotations

import unicodedata
from typing import Any

import pytest

import eurefs
from eurefs import latin1, normal_form
from eurefs.chunked import iter_extract
from eurefs.normal_form import NormalForm
from tests.support.written_forms import read, records


def _nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def _records(text: str, decomposed: bool) -> list[dict[str, Any]]:
    """What ``extract`` gives for ``text`` (in NFD where ``decomposed``), as ``text``'s:
    the same whichever form was read (its characters decomposed one by one)."""
    return records(text, _nfd if decomposed else str)


#: CJEU, C-282/10 Dominguez in Estonian (corpus-et E01), Greek (corpus-el G01) and
#: Hungarian (corpus-hu H01); the Czech JRC-Acquis sentences (corpus-cs C01); the French
#: recitals of Directive 2014/91/EU (corpus-fr-de F01).  In NFD they gave 20 references of
#: 22, 11 of 26, 5 of 20, 0 of 16 and 36 of 54.
DOCUMENTS = [
    "corpus-et/docs/E01-et-cjeu-c-282-10-dominguez.txt",
    "corpus-el/docs/G01-el-cjeu-c-282-10-dominguez.txt",
    "corpus-hu/docs/H01-hu-cjeu-c-282-10-dominguez.txt",
    "corpus-cs/docs/C01-cs-jrc-acquis-sentences.txt",
    "corpus-fr-de/docs/F01-fr-ucits-v-directive-2014-91-recitals.txt",
]


@pytest.mark.parametrize("name", DOCUMENTS)
def test_a_document_in_nfd_gives_its_references(name: str) -> None:
    text = read(name)
    assert _records(text, decomposed=True) == _records(text, decomposed=False)


def test_an_estonian_act_of_the_community_stays_one() -> None:
    # ``direktiivis 93/104/EÜ`` (EÜ: the European Community's act) was read up to the
    # ``U`` of ``U`` + ``U+0308``: ``direktiiv 93/104/EU``, another numbering's act, its
    # span ending inside a letter
    text = _nfd(read(DOCUMENTS[0]))
    (act,) = [r for r in eurefs.extract(text) if r.text.startswith("direktiivis 93/104")]
    assert act.text == _nfd("direktiivis 93/104/EÜ")
    assert (act.normalized, act.celex) == ("direktiiv 93/104/EÜ", "31993L0104")


def test_the_stream_reads_nfd_as_extract_does() -> None:
    text = _nfd(read(DOCUMENTS[4])).replace("\n", "\r\n")
    assert list(iter_extract(text, chunk_size=5_000)) == eurefs.extract(text)


def test_nfd_and_windows_line_ends_together() -> None:
    text = read(DOCUMENTS[2])
    written = _nfd(text).replace("\n", "\r\n")
    got = [(r.kind, r.normalized, r.celex) for r in eurefs.extract(written)]
    assert got == [(r.kind, r.normalized, r.celex) for r in eurefs.extract(text)]


def test_a_composed_letter_maps_to_its_sequence() -> None:
    original = "E\u0308\r\nu\u0308\u0301x"  # (``ǘ``: ``u`` and both marks, one letter)
    form = NormalForm(original)
    assert form.text == "Ë\nǘx"
    assert [form.original_offset(p) for p in range(len(form.text) + 1)] == [0, 2, 4, 7, 8]
    # a mark no letter takes stays: the text is in its normal form (found by
    # test_properties.test_parse_raises_only_parse_error: the extraction of its copy,
    # the same text, asked for its normal form again, without end)
    assert NormalForm("q\u0301").text == "q\u0301"
    assert NormalForm.of("q\u0301") is None
    (act,) = eurefs.extract("q\u0301 Regulation (EU) 2016/679\r\n")
    assert (act.celex, act.start) == ("32016R0679", 3)


@pytest.mark.parametrize(
    ("text", "marks"),
    [
        ("Règlement", False),
        (_nfd("Règlement"), True),
        # Greek letters share the second byte of the marks' codes (``U+03xx``)
        ("Κανονισμός (ΕΕ) 2016/679" * 200, False),
        (_nfd("Κανονισμός (ΕΕ) 2016/679") * 200, True),
        ("Nařízení " * 500 + "e\u0301", True),
    ],
)
def test_holds_marks(text: str, marks: bool) -> None:
    assert latin1.holds_marks(text) is marks
    with latin1.shared(text):
        assert latin1.holds_marks(text) is marks
        assert latin1.holds_marks(text) is marks  # (read again from what was kept)


def _each_and_whole(text: str) -> tuple[tuple[Any, ...], tuple[Any, ...] | None]:
    """What ``_composed_each`` and ``_composed_whole`` make of ``text`` (copy and merges;
    the latter None where it declines)."""
    each = normal_form._composed_each(text)
    whole = normal_form._composed_whole(text, normal_form._MARK_RUNS.split(text))
    as_tuple = lambda c: (c[0], c[1].merged, c[1].extra)  # noqa: E731
    return as_tuple(each), None if whole is None else as_tuple(whole)


@pytest.mark.parametrize("name", DOCUMENTS)
def test_many_marks_composed_at_once_as_one_by_one(name: str) -> None:
    # a text with a mark every few characters is composed in C loops (NFC of the whole
    # text, the map from the lengths between the marks): the copy and map of one by one
    text = _nfd(read(name))
    each, whole = _each_and_whole(text)
    assert whole == each
    assert NormalForm(text).text == each[0] == unicodedata.normalize("NFC", text)


@pytest.mark.parametrize(
    "text",
    [
        # another mark (Cyrillic titlo, U+0483) before a run: NFC puts the run's dot
        # below first and composes it with the ``a``; one by one, the titlo and the dot
        # compose with nothing and stay as written
        "a\u0483\u0323 da",
        # a character NFC changes alone (the Greek question mark, U+037E, as ``;``)
        "νε\u0301ο\u037e",
        # a mark no letter takes: the text is as many characters long in NFC
        "q\u0301 and e\u0301",
        # a letter and two marks, one of which it takes: the text is shorter, not by both
        "e\u0301\u0301",
        # the grapheme joiner (U+034F) in a run: a mark of class 0 that composes nothing
        "e\u0301\u034f\u0301e\u0301",
        # a run at the text's start
        "\u0301e\u0301",
    ],
)
def test_marks_composed_at_once_only_where_as_one_by_one(text: str) -> None:
    each, whole = _each_and_whole(text)
    assert whole is None
    assert NormalForm(text).text == each[0]


def test_runs_of_two_marks_composed_at_once() -> None:
    # Greek ``ΐ`` (iota, dialytika, tonos) and Vietnamese-like ``ệ``: two marks a letter
    text = _nfd("Οδηγία 2003/88/ΕΚ· ΐ, ΰ, ệ, ǘ") * 3
    each, whole = _each_and_whole(text)
    assert whole == each
    form = NormalForm(text)
    for p in range(len(form.text) + 1):  # (each offset: after as many letters of the text)
        assert unicodedata.normalize("NFC", text[: form.original_offset(p)]) == form.text[:p]
