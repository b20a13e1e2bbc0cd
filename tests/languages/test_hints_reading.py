"""``eurefs.languages.hints``: the text further back read from the reference back, no
further than the pick needs, with the words a reading of the whole text finds."""

from __future__ import annotations

from pathlib import Path

from eurefs.languages import hints
from eurefs.languages.hints import (
    _PARAGRAPH,
    _last_break,
    _markers,
    _read_back,
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


def _read_whole(text: str, lo: int = 0) -> list[str]:
    """The words :func:`_read_back` reads, in the text's order."""
    return [w for piece in reversed(list(_read_back(text, lo, len(text)))) for w in piece]


def test_the_text_is_never_cut_inside_a_not_word_or_its_look_ahead() -> None:
    """A number marker with a blank inside (``N o 12``), a label before a spaced dash
    (``A - Community law``), a document's code before its year (``COM (2021)``), a
    marker before its number (``No 5``): the words read a piece at a time are those of
    the whole text, wherever the pieces would end (its ``o``, ``A``, ``COM`` and ``No``
    are no words)."""
    for lead in ("aa bb N o 12 ", "aa bb A - cc ", "aa bb COM (2021) ", "aa bb No 5 "):
        for pad in range(150):
            text = lead + "dd " * (pad // 3) + "e" * (pad % 3) + " ff"
            assert _read_whole(text) == _words(text), text
    assert _words("aa bb N o 12 cc") == ["aa", "bb", "cc"]


def test_the_words_read_back_are_those_of_the_whole_text() -> None:
    for doc in sorted(DATA.glob("corpus*/docs/*.txt"))[:40]:
        text = doc.read_text(encoding="utf-8")
        for end in range(0, len(text), 331):
            piece = text[max(0, end - 640) : end]
            assert _read_whole(piece) == _words(piece), doc.name


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


def _winner(cands: tuple[str, ...], scores: dict[str, float]) -> str:
    """What :func:`hints.pick` makes of ``scores``: the first of the best."""
    best = max(scores.values())
    return next(c for c in cands if scores[c] == best)


def test_the_pick_is_that_of_the_whole_text_read() -> None:
    """Over the development texts, at every 307th character, the text further back read
    from the reference back, no further than can change the lead, picks what the whole
    text read picks, from even scores and from leads of the near words below
    :data:`hints.NEAR_LEAD`."""
    table = hint_table()
    sets = (("da", "sv"), ("pt", "es", "it"), ("fi", "et"), ("hr", "sl"), ("en", "fr", "ro"))
    leads = (0.0, 0.25, 0.45)
    for doc in sorted(DATA.glob("corpus*/docs/*.txt")):
        text = doc.read_text(encoding="utf-8").replace("\n\n", "  ")
        for pos in range(80, len(text), 307):
            wider, context = text[max(0, pos - 640) : pos], text[pos - 80 : pos]
            nearest = len(_words(context)[-12:])
            for cands in sets:
                for lead in leads:
                    expected = {c: lead if c == cands[-1] else 0.0 for c in cands}
                    found = dict(expected)
                    _further_whole(table, expected, wider, context, nearest)
                    hints._further(table, found, wider, context, nearest)
                    assert _winner(cands, found) == _winner(cands, expected), (doc.name, pos)
