"""The forms of a record's word that ends in the ordinal sign (``grammar/ordinal_signs``)."""

from __future__ import annotations

import re

from eurefs.grammar.ordinal_signs import (
    GLUED_DEGREE,
    VIEW_SIGNS,
    close_up,
    lost,
    restore,
    set_apart,
)


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


def test_subdivision_signs_come_back_where_the_language_writes_the_sign() -> None:
    assert restore("artigo 267.º, n.o 3 TFUE", ".º") == "artigo 267.º, n.º 3 TFUE"
    assert restore("artigos 101.º, n.os 1 e 3 TFUE", ".º") == "artigos 101.º, n.ºs 1 e 3 TFUE"
    # not another word's letters, not ``n.o`` where the sign goes without a dot, not a
    # language without the sign
    assert restore("artigo 5, n.o 3, ano.o", ".º") == "artigo 5, n.º 3, ano.o"
    assert restore("artículo 267, n.o 3", "") == "artículo 267, n.o 3"
    assert restore("artikel 267 n.o 3", None) == "artikel 267 n.o 3"


def test_a_sign_set_apart_is_closed_up() -> None:
    pattern = re.compile(r"n\. o|n\.°")
    assert pattern.sub(close_up, "n. o 3, n.° 4") == "n.o 3, n.o 4"


def test_a_lost_sign_comes_back_after_a_numbers_dot() -> None:
    assert lost("artigo 81. CE", ".º") == "artigo 81.º CE"
    assert lost("artigos 101.-109.", ".º") == "artigos 101.º-109.º"
    # not a decimal's dot, not where the sign is there (the view's ``o``, a degree sign), not
    # a word's dot, not a language that writes no sign after a dot
    assert lost("artigo 6.1, 7.o, 8.°, art. 9", ".º") == "artigo 6.1, 7.o, 8.°, art. 9"
    assert lost("artículo 267.", "") == "artículo 267."
    assert lost("članak 267.", None) == "članak 267."
