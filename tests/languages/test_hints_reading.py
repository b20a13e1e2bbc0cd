"""``eurefs.languages.hints``: the text further back read from the reference back, no
further than the pick needs, with the words a reading of the whole text finds."""

from __future__ import annotations

from pathlib import Path

from eurefs.languages import hints
from eurefs.languages.hints import (
    _PARAGRAPH,
    _last_break,
    _last_words,
    _markers,
    _score,
    _words,
    hint_table,
)

DATA = Path(__file__).resolve().parents[1] / "data"


def _further_whole(
    table: dict[str, frozenset[str]],
    scores: dict[str, float],
    wider: str,
    context: str,
    nearest: int,
) -> None:
    """``hints._further`` as it read the whole text further back, twice for the
    paragraph (c079a78): what the reading from the reference back must find."""
    text = wider[: len(wider) - len(context)] if context and wider.endswith(context) else wider
    words = _words(text)[nearest - hints.WIDER_WORDS :] if nearest < hints.WIDER_WORDS else []
    if _PARAGRAPH.search(context):
        own = 0
    else:
        starts = [m.end() for m in _PARAGRAPH.finditer(text)]
        own = min(len(_words(text[starts[-1] :])), len(words)) if starts else len(words)
    cut = len(words) - own
    _score(table, scores, reversed(words[cut:]), start=nearest)
    best = max(scores.values())
    tied = {c: s for c, s in scores.items() if s == best}
    if len(tied) > 1 and cut:
        _score(table, tied, reversed(words[:cut]), start=nearest + own)
        scores.update(tied)


def test_a_number_marker_across_the_cut_is_no_word() -> None:
    """``N o 12`` (a number marker with a blank inside) is no word: the place the words
    are read back from is never inside it, where its ``o`` would be one."""
    for pad in range(30):
        text = "aa bb N o 12 " + "9 " * pad + "cc"
        for n in range(1, 8):
            assert _last_words(text, 0, len(text), n) == _words(text)[-n:], (pad, n)
    assert _words("aa bb N o 12 345 678 901 cc")[-2:] == ["bb", "cc"]


def test_the_last_words_are_those_of_the_whole_text() -> None:
    for doc in sorted(DATA.glob("corpus*/docs/*.txt"))[:40]:
        text = doc.read_text(encoding="utf-8")
        for end in range(0, len(text), 331):
            piece = text[max(0, end - 640) : end]
            for n in (1, 12, 48):
                assert _last_words(piece, 0, len(piece), n) == _words(piece)[-n:], doc.name


def test_the_last_paragraph_begins_where_the_last_blank_line_ends() -> None:
    for text in (
        "", "a b", "a  b", "a   b c", "a\n\nb", "a\n \t\nb  c d", "a \n\t\n  b", "a\nb\nc",
        "a  b\nc\nd", "\n\n", "a    ", "x\n\n  \n y z",
    ):  # fmt: skip
        starts = [m.end() for m in _PARAGRAPH.finditer(text)]
        whole = _words(text[starts[-1] :]) if starts else _words(text)
        assert _words(text[_last_break(text) :]) == whole, text


def test_no_number_marker_begins_or_ends_in_a_blank() -> None:
    """What cutting the text at a blank line relies on (``_last_break``)."""
    for marker in _markers():
        assert marker == marker.strip() and "  " not in marker and "\n" not in marker


def test_the_scores_are_those_of_the_whole_text_read() -> None:
    """Over the development texts, at every 211th character, the scores of the text
    further back read from the reference are those of the whole text read."""
    table = hint_table()
    pairs = (("da", "sv"), ("pt", "es", "it"), ("fi", "et"), ("hr", "sl"), ("en", "fr", "ro"))
    for doc in sorted(DATA.glob("corpus*/docs/*.txt")):
        text = doc.read_text(encoding="utf-8").replace("\n\n", "  ")
        for pos in range(80, len(text), 211):
            wider, context = text[max(0, pos - 640) : pos], text[pos - 80 : pos]
            for cands in pairs:
                nearest = len(_words(context)[-12:])
                expected = dict.fromkeys(cands, 0.0)
                _further_whole(table, expected, wider, context, nearest)
                found = dict.fromkeys(cands, 0.0)
                hints._further(table, found, wider, context, nearest)
                assert found == expected, (doc.name, pos)
