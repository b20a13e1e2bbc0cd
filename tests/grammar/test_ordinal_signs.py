"""The forms of a record's word that ends in the ordinal sign (``grammar/ordinal_signs``)."""

from __future__ import annotations

from eurefs.grammar.ordinal_signs import GLUED_DEGREE, VIEW_SIGNS, set_apart


def test_a_word_ending_in_the_sign_gets_its_other_forms() -> None:
    assert sorted(set_apart(["n.o", "art.o", "n.os"])) == sorted(
        ["n.o", "n. o", "n.º", "n.°", "art.o", "art. o", "art.º", "art.°",
         "n.os", "n. os", "n.ºs", "n.°s"]
    )  # fmt: skip
    # the view has folded ``º``: only the forms set apart or typed as a degree sign
    assert sorted(set_apart(["art.o"], VIEW_SIGNS)) == ["art. o", "art.o", "art.°"]


def test_other_words_are_kept_alone() -> None:
    assert set_apart(["artigo", "alínea", "§", "no", "Abs."]) == [
        "artigo", "alínea", "§", "no", "Abs."]  # fmt: skip


def test_a_glued_degree_sign_follows_a_digit() -> None:
    assert GLUED_DEGREE.search("267°") is not None
    assert GLUED_DEGREE.search("267.°") is None
    assert GLUED_DEGREE.search("n °") is None
