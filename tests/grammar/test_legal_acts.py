"""The numbered-act finder's fast paths (``eurefs.grammar.legal_acts``) agree with the
plain searches they stand for."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from eurefs.grammar import legal_acts

# words of several scripts, type words among them, glued by spaces, paragraph breaks,
# punctuation and the characters PDF debris leaves (``#``, ``>``, ``*``)
_PIECES = st.sampled_from(
    [
        "regulation", "directive", "reg.", "decision", "framework decision", "règlement",
        "durchführungsverordnung", "d-direttiva", "κανονισμός", "регламент", "commission",
        "council", "delegated", "of", "the", "de", "la", "(eu)", "2016/679", "’", "«", "(",
        "[", "x", "中", "🙂", "_", "-", ".", ",",
    ]
)  # fmt: skip
_GLUE = st.sampled_from([" ", " ", " ", "  ", "", "#", ">", "*", "\t", "\u2028"])
_TEXT = st.lists(st.tuples(_PIECES, _GLUE), max_size=25).map(
    lambda parts: "".join(p + g for p, g in parts)
)


@settings(max_examples=300, deadline=None)
@given(_TEXT, st.integers(min_value=0, max_value=400))
@example("reg.directive 2016/679", 20)  # a type word right after one ending in a dot
@example("regulation", 10)  # at the very start
@example("中regulation, «directive", 30)  # after a word character, after a quote
def test_type_words_are_where_the_word_boundary_search_finds_them(low: str, end: int) -> None:
    end = min(end, len(low))
    plain = [m.start() for m in legal_acts._TYPE_FIND.finditer(low, 0, end)]
    assert legal_acts._type_words(low, end) == plain


@settings(max_examples=300, deadline=None)
@given(_TEXT)
@example("the european  parliament and council delegated")  # a paragraph break
@example("a b c d e f g h i j k l m n o p")  # more words than are read
def test_openers_split_as_the_token_search_does(text: str) -> None:
    low = text + " regulation"
    q = len(text) + 1
    spaced = not ("#" in low or ">" in low or "*" in low) and low.isprintable()
    lo = max(0, q - legal_acts._PREFIX_REACH)
    tokens = [t.start() for t in legal_acts._TOKEN.finditer(low, lo, q + 1)]
    plain = {tokens[-1], *(t for t in tokens[-5:-1] if legal_acts._may_open(low, t))}
    assert set(legal_acts._openers(low, q, spaced)) == plain
