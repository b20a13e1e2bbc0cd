"""The records' words in capitals (``eurefs.grammar.capitals``)."""

from __future__ import annotations

from eurefs.grammar.capitals import (
    as_records_write,
    capital,
    capitals,
    lower_points,
    point_astray,
    with_capitals,
)


def test_capitals_keep_the_views_ordinal_sign_and_leave_out_roman_letters() -> None:
    # (the view reads ``º`` as ``o`` in any case: ``N.ºS`` is ``N.oS`` there; ``ARTIKEL`` is
    # written already)
    assert capitals(["n.o", "n.os", "n. o", "do", "e", "i", "v", "Artikel", "ARTIKEL"]) == [
        "N.o", "N.oS", "N. o", "DO", "E",
    ]  # fmt: skip
    assert with_capitals(["of", "§"]) == ["of", "§", "OF"]


def test_a_word_without_an_ordinal_sign_is_its_upper_case() -> None:
    # the quick path of the ~14,000 words start-up puts in capitals (135M instructions of
    # 'eurefs parse' went into the per-character walk): the same capitals as the walk's
    for word in ("do", "straße", "článku", "n.os", "n. o", "ust.", "ἄρθρο", "ﬁrst"):
        walked = "".join(
            c if c == "o" and word[:i].endswith((".", ". ")) else c.upper()
            for i, c in enumerate(word)
        )
        assert capital(word) == walked, word


def test_a_list_set_in_capitals_is_written_as_the_records_write_it() -> None:
    cited = "ARTIGOS 2.o, 4.o N.oS 1 E 3, 5.o E 19.o, N.o 1, §2 DO TUE"
    assert as_records_write("2.o, 4.o N.oS 1 E 3, 5.o E 19.o, N.o 1, §2", cited, "pt") == (
        "2.o, 4.o n.os 1 e 3, 5.o e 19.o, n.o 1, §2"
    )
    # not where the article word or the list is in lower case: a paragraph's Roman number
    assert as_records_write("267 I 1", "Art. 267 I 1 AEUV", "de") == "267 I 1"
    assert as_records_write("101 E 102", "Artigos 101 E 102 TFUE", "pt") == "101 E 102"
    # a one-letter preposition a Roman number took, left out (Danish ``i``: in)
    assert as_records_write("101, STK. 3, I", "ARTIKEL 101, STK. 3, I TEUF", "da") == (
        "101, stk. 3"
    )
    assert as_records_write("101 I", "ART. 101 I AEUV", "de") == "101 I"


def test_a_points_capital_letter_belongs_to_a_citation_in_capitals() -> None:
    # (a list's or a footnote's mark elsewhere: ``Article 6(1)(A)``)
    for text, astray in [("ARTICLE 6(1)(A)", False), ("Article 6(1)(A)", True),
                         ("ART. 9(1)(A )", False), ("Article 6(1)(a)", False),
                         ("Art. 5 (B)", True)]:  # fmt: skip
        assert point_astray(text, 0, len(text)) is astray, text
    assert lower_points("6(1)(A) AND (B ), 9(3)( C )") == "6(1)(a) AND (b), 9(3)(c)"
    assert as_records_write("6(1)(A ) AND (B)", "ARTICLES 6(1)(A ) AND (B) TFEU", "en") == (
        "6(1)(a) and (b)"
    )
