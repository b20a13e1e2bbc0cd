"""The numbered-act finder's fast paths (``eurefs.grammar.legal_acts``) agree with the
plain searches they stand for."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from eurefs import family_scan
from eurefs.grammar import legal_acts
from eurefs.textview import TextView
from tests.support.hypothesis_profiles import examples

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
# the type words after a word boundary, as plain as the search can be written
_BOUNDARY_TYPES = re.compile(r"\b" + legal_acts._TYPE_BODY)
_TEXT = st.lists(st.tuples(_PIECES, _GLUE), max_size=25).map(
    lambda parts: "".join(p + g for p, g in parts)
)


@settings(max_examples=examples(300))
@given(_TEXT, st.integers(min_value=0, max_value=400))
@example("reg.directive 2016/679", 20)  # a type word right after one ending in a dot
@example("regulation", 10)  # at the very start
@example("中regulation, «directive", 30)  # after a word character, after a quote
def test_type_words_are_where_the_word_boundary_search_finds_them(low: str, end: int) -> None:
    end = min(end, len(low))
    plain = [m.start() for m in _BOUNDARY_TYPES.finditer(low, 0, end)]
    assert legal_acts._type_words(low, end) == plain
    # the look-ahead of first characters in front of the search changes nothing
    assert [m.start() for m in legal_acts._TYPE_FIND.finditer(low, 0, end)] == plain


@settings(max_examples=examples(300))
@given(_TEXT)
@example("the european  parliament and council delegated")  # a paragraph break
@example("a b c d e f g h i j k l m n o p")  # more words than are read
@example("(commission delegated")  # an opening mark glued to the institution
def test_openers_split_as_the_token_search_does(text: str) -> None:
    low = text + " regulation"
    q = len(text) + 1
    spaced = not ("#" in low or ">" in low or "*" in low) and low.isprintable()
    lo = max(0, q - legal_acts._PREFIX_REACH)
    tokens = list(legal_acts._TOKEN.finditer(low, lo, q + 1))
    plain = {
        tokens[-1].start(),
        *(t.start() for t in tokens[-5:-1] if legal_acts._may_open(t.group())),
        # (after an opening mark glued to a word that may open: ``(commission``)
        *(
            t.start() + 1
            for t in tokens[-5:-1]
            if not legal_acts._may_open(t.group()) and legal_acts._after_mark(t.group())
        ),
    }
    assert set(legal_acts._openers(low, q, spaced)) == plain


def test_openers_where_the_type_word_is_the_first_word() -> None:
    # no space before the type word in the reach: the word holding it alone (from the
    # reach's start when it is cut there), as the token search gives it
    for low, q in [("regulation", 0), ("(regulation", 1), ("x" * 70 + "regulation", 70)]:
        lo = max(0, q - legal_acts._PREFIX_REACH)
        expected = [t.start() for t in legal_acts._TOKEN.finditer(low, lo, q + 1)][-1:]
        assert legal_acts._openers(low, q, True) == expected == [lo]
    # an ASCII word opens by one look-up, as ``_may_open`` says
    assert legal_acts._OPENING_ASCII is not None
    for word in ("commission", "delegated", "den", "of", "de", "the", "council", "ecb"):
        assert (word in legal_acts._OPENING_ASCII) == legal_acts._may_open(word)


# Acts with an author or a qualifier before their type word, and words sharing their first
# letters (``de``, ``der``, ``im``: ``delegated``, ``implementing``), in several languages
_AUTHORED = (
    "Commission Delegated Regulation (EU) 2019/980 and Council Directive 93/13/EEC; "
    "European Parliament and Council Decision No 1082/2013/EU, de la directive 2009/65/CE, "
    "Règlement délégué (UE) 2019/980 de la Commission, der Durchführungsverordnung (EU) "
    "2019/1, im Beschluss 2010/87/EU des Rates, rozporządzenie delegowane Komisji (UE) "
    "2019/980, COMMISSION IMPLEMENTING DECISION (EU) 2021/914, Council Framework Decision "
    "2008/977/JHA, la decisión marco 2008/977/JAI del Consejo, p. 1 Regulation (EU) 2016/679"
)


def test_first_words_of_authors_change_no_match(monkeypatch: pytest.MonkeyPatch) -> None:
    # ``_PREFIX_FIRSTS`` turns away words before a type word that open no author or
    # qualifier; the matches found are those found without it
    data = Path(__file__).resolve().parents[1] / "data"
    texts = [p.read_text(encoding="utf-8") for p in sorted(data.glob("corpus*/docs/*.txt"))]
    views = [TextView(t).view for t in (*texts, _AUTHORED, _AUTHORED.lower())]
    windows = [
        (view, s, e) for view in views for s, e in family_scan._regions(legal_acts.FAMILY, view, {})
    ]

    def spans() -> list[list[tuple[int, int]]]:
        return [[m.span() for m in legal_acts.find_matches(v, s, e)] for v, s, e in windows]

    fast = spans()
    monkeypatch.setattr(legal_acts, "_PREFIX_FIRSTS", None)
    monkeypatch.setattr(legal_acts, "_OPENING_ASCII", None)  # (made from it)
    assert spans() == fast
    assert sum(map(len, fast)) > 300
