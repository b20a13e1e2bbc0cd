"""Lists of joined cases however long, and ranges of case numbers (``range_end``)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import eurefs
from eurefs.grammar import case_lists
from tests.support.extracted import extracted
from tests.support.hypothesis_profiles import examples

# The Court's titles of real judgments and opinions (EUR-Lex):
# Cimenteries CBR (61995TJ0025, Dutch), Limburgse Vinyl (61999CC0238, English and
# Slovenian), Salzgitter and others (C-397/01 to C-403/01, as the Bulgarian development
# text cites them, tests/data/corpus-bg).
CIMENTERIES = (
    "Gevoegde zaken T-25/95, T-26/95, T-30/95, T-31/95, T-32/95, T-34/95, T-35/95, T-36/95, "
    "T-37/95, T-38/95, T-39/95, T-42/95, T-43/95, T-44/95, T-45/95, T-46/95, T-48/95, "
    "T-50/95, T-51/95, T-52/95, T-53/95, T-54/95, T-55/95, T-56/95, T-57/95, T-58/95, "
    "T-59/95, T-60/95, T-61/95, T-62/95, T-63/95, T-64/95, T-65/95, T-68/95, T-69/95, "
    "T-70/95, T-71/95, T-87/95, T-88/95, T-103/95 en T-104/95."
)
VINYL_EN = (
    "Joined Cases C-238/99 P, C-244/99 P, C-245/99 P, C-247/99 P, C-250/99 P to C-252/99 P "
    "and C-254/99 P Limburgse Vinyl Maatschappij and Others v Commission"
)
VINYL_SL = (
    "Združene zadeve C-238/99 P, C-244/99 P, C-245/99 P, C-247/99 P, C-250/99 P do "
    "C-252/99 P in C-254/99 P."
)


def _cases(text: str) -> list[eurefs.CaseRef]:
    return extracted(text, kind="case")


def test_every_number_of_a_long_joined_list_is_joined() -> None:
    """Before, only the numbers within 80 characters of the joined word were."""
    cases = _cases(CIMENTERIES)
    assert len(cases) == 41
    assert all(c.joined for c in cases)


@pytest.mark.parametrize("text", [VINYL_EN, VINYL_SL])
def test_a_range_in_a_list_gives_its_last_number_on_its_first(text: str) -> None:
    cases = _cases(text)
    assert [(c.normalized, c.range_end) for c in cases] == [
        ("C-238/99 P", None), ("C-244/99 P", None), ("C-245/99 P", None),
        ("C-247/99 P", None), ("C-250/99 P", 252), ("C-252/99 P", None),
        ("C-254/99 P", None),
    ]  # fmt: skip
    assert all(c.joined for c in cases)


@pytest.mark.parametrize(
    ("text", "ends"),
    [
        ("Joined Cases T-305/94 to T-307/94, T-313/94 to T-316/94", [307, None, 316, None]),
        ("affaires jointes C-250/99 P à C-252/99 P", [252, None]),
        ("verbundene Rechtssachen C-397/01 bis C-403/01", [403, None]),
        ("съединени дела C-397/01—C-403/01", [403, None]),  # a dash, in any language
        ("asuntos acumulados C-1/01 a C-3/01", [3, None]),
        # a word before the first number too (Dominguez, tests/data/corpus-lv)
        ("apvienotajās lietās no C-397/01 līdz C-403/01 Pfeiffer", [403, None]),
        # ... or līdz alone, as the Court's Latvian writes a range of articles (``77. līdz 79.
        # pants``, C-132/21: the record's article_range_words; was two cases)
        ("apvienotajās lietās C-397/01 līdz C-403/01", [403, None]),
        ("w sprawach połączonych od C-397/01 do C-403/01 Pfeiffer", [403, None]),  # corpus-pl
        # Czech ``a`` is "and": two cases
        ("spojené věci C-1/01 a C-3/01", [None, None]),
        # not a range: the numbers going down, another year, another suffix, court
        ("Joined Cases C-5/01 to C-3/01", [None, None]),
        ("Joined Cases C-1/01 to C-3/02", [None, None]),
        ("Joined Cases C-1/01 P to C-3/01", [None, None]),
        ("Joined Cases C-1/01 to T-3/01", [None, None]),
    ],
)
def test_range_end(text: str, ends: list[int | None]) -> None:
    assert [c.range_end for c in _cases(text)] == ends


def test_a_case_word_of_its_own_opens_a_new_list() -> None:
    text = "In Joined Cases C-1/01 and C-2/01 Foo v Commission, EU:C:2003:1, and in Case C-3/01"
    assert [c.joined for c in _cases(text)] == [True, True, False]


# The joined word's search as it was written before it was read backwards (``_JOINED_BACK``):
# from the last stop of ``before``, the word, its blank and at most 80 characters to the end.
_JOINED_FORWARD = re.compile(case_lists.JOINED_WORDS + r"[ ][^;.()]{0,80}$")
_PIECES = st.sampled_from(
    [*sorted(case_lists.JOINED_FORMS), "Cases", "zaken", " ", "  ", ";", ".", "(", ")", "\n",
     "C-1/01", ", ", "x" * 40, "é", "of the", "and"]
)  # fmt: skip


def _joined_forward(before: str) -> bool:
    stops = max(map(before.rfind, ";.()"), default=-1) + 1
    return _JOINED_FORWARD.search(before, stops) is not None


@pytest.mark.parametrize("gap", [0, 1, 78, 79, 80, 81])
@pytest.mark.parametrize("end", ["", "\n", " ", ".", " \n"])
@pytest.mark.parametrize("word", ["Joined Cases", "affaires jointes", "Gevoegde", "xjoined"])
def test_the_joined_word_read_backwards_is_read_as_searched_forwards(
    word: str, gap: int, end: str
) -> None:
    before = word + " " + "y" * gap + end
    assert (case_lists._JOINED_BACK.match(before[::-1]) is not None) == _joined_forward(before)
    # (the gaps tried reach both sides of the 80 characters)
    assert _joined_forward("Joined " + "y" * 80) and not _joined_forward("Joined " + "y" * 81)


@settings(max_examples=examples(400))
@given(st.lists(_PIECES, max_size=12).map("".join))
def test_the_joined_word_read_backwards_on_any_text(before: str) -> None:
    assert (case_lists._JOINED_BACK.match(before[::-1]) is not None) == _joined_forward(before)


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        # a blog on the Commission's powers (toghrulguluzada.blogspot.com, 2018; pages corpus)
        (
            "Behavioural remedies may also justify a positive order in the context of an abuse "
            "of dominance, as was the case in Cases 6/73 and 7/73, Commercial Solvents Co v. "
            "Commission [1974] ECR 223.",
            ["Case 6/73", "Case 7/73"],
        ),
        ("Joined Cases 6/73 and 7/73, Commercial Solvents", ["Case 6/73", "Case 7/73"]),
        ("Cases 6/73, 7/73 and 8/73.", ["Case 6/73", "Case 7/73", "Case 8/73"]),
        ("gevoegde zaken 56/64 en 58/64, Consten en Grundig", ["zaak 56/64", "zaak 58/64"]),
    ],
)
def test_older_numbers_after_a_case_word_and_a_number_are_cases(
    text: str, numbers: list[str]
) -> None:
    assert [c.normalized for c in _cases(text)] == numbers


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("Cases 6/73 and 95/46/EC", ["Case 6/73"]),  # a directive's number
        ("Cases 6/73 and 7/93", ["Case 6/73"]),  # no number without a letter from 1989 on
        ("Cases 6/73 and 2016/679", ["Case 6/73"]),
        ("Cases 6/73, 7/73 of the list", ["Case 6/73"]),  # a comma, no conjunction after
        ("in Case 6/73 the Court said, and 7/73 of them", ["Case 6/73"]),  # not a list
    ],
)
def test_what_goes_on_no_list_of_older_numbers_is_no_case(text: str, numbers: list[str]) -> None:
    assert [c.normalized for c in _cases(text)] == numbers
