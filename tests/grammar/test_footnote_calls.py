"""Footnote calls glued to numbers (``eurefs.grammar.footnote_calls``), alone and in extraction."""

from __future__ import annotations

import pytest

import eurefs
from eurefs.grammar import footnote_calls


def test_split_call_keeps_a_possible_number_whole() -> None:
    assert footnote_calls.split_call("2791", lambda d: len(d) <= 4) == ("2791", "")


def test_split_call_takes_the_longest_possible_number() -> None:
    assert footnote_calls.split_call("124021", lambda d: len(d) <= 4) == ("1240", "21")


def test_split_call_needs_a_call_that_cannot_start_with_zero() -> None:
    assert footnote_calls.split_call("1405", lambda d: len(d) == 2) is None
    assert footnote_calls.split_call("14051", lambda d: len(d) <= 4) == ("1405", "1")


def test_modern_act_numbers_are_bounded() -> None:
    assert footnote_calls.act_number_possible(2016, "2791")
    assert not footnote_calls.act_number_possible(2016, "6791")
    assert not footnote_calls.act_number_possible(2016, "12402")
    assert footnote_calls.act_number_possible(2008, "1234")


# (text, reference text, normalized)
GLUED = [
    ("Case C-113/1419", "C-113/14", "C-113/14"),
    ("Regulation (EU) 2016/124021", "Regulation (EU) 2016/1240", "Regulation (EU) 2016/1240"),
    ("Council Directive 93/13/EEC1", "Council Directive 93/13/EEC", "Directive 93/13/EEC"),
    ("Regulation (EU) 2016/6791", "Regulation (EU) 2016/679", "Regulation (EU) 2016/679"),
    ("Regulation (EC) No 1049/20011", "Regulation (EC) No 1049/2001",
     "Regulation (EC) No 1049/2001"),
    ("Regulation (EEC) No 1408/711", "Regulation (EEC) No 1408/71", "Regulation (EEC) No 1408/71"),
    ("Council Framework Decision 2008/977/JHA12", "Council Framework Decision 2008/977/JHA",
     "Framework Decision 2008/977/JHA"),
    ("COM(2020) 825 final1", "COM(2020) 825 final", "COM(2020) 825 final"),
    ("KOM(2012) 11 endg.3", "KOM(2012) 11 endg.", "COM(2012) 11 final"),
    ("Article 114 TFEU3", "Article 114 TFEU", "Article 114 TFEU"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "ref_text", "normalized"), GLUED)
def test_the_span_ends_before_the_call(text: str, ref_text: str, normalized: str) -> None:
    doc = f"As held in {text} (see below)."
    (ref,) = eurefs.extract(doc)
    assert (ref.text, ref.normalized) == (ref_text, normalized)
    assert doc[ref.start : ref.end] == ref_text


def test_list_members_go_on_after_a_glued_call() -> None:
    refs = eurefs.extract("Directives 95/46/EC3 and 2002/58/EC4 apply.")
    assert [(r.text, r.celex) for r in refs] == [
        ("Directives 95/46/EC", "31995L0046"),
        ("2002/58/EC", "32002L0058"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "C-113/1405",  # ``05`` is no call
        "Case 26/6219",  # no court letter: too weak to split
        "Regulation (EU) 2016/12345678",  # more than a number and a call
    ],
)
def test_no_split_where_the_digits_could_mean_something_else(text: str) -> None:
    assert eurefs.extract(text) == []


def test_a_year_written_out_is_no_call() -> None:
    # 'C-113/2014': the year 2014 written out (grammar/cases), not C-113/20 and a call 14
    (ref,) = eurefs.extract("C-113/2014")
    assert (ref.text, ref.normalized) == ("C-113/2014", "C-113/14")


def test_a_version_after_final_is_no_call() -> None:
    (ref,) = eurefs.extract("COM(2021) 752 final/2")
    assert (ref.text, ref.version) == ("COM(2021) 752 final/2", 2)


def test_a_possible_number_is_never_split() -> None:
    (ref,) = eurefs.extract("Regulation (EU) 2016/2791")
    assert ref.number == "2791"


# Calls set as superscripts (the view drops them: ``eurefs.textview``): the act keeps its
# span and its pinpoint, wherever the call stands.
@pytest.mark.parametrize(
    "text",
    [
        "Article 5 of Regulation (EU) 2016/679\u00b9 on the protection",
        "Article 5\u00b9 of Regulation (EU) 2016/679",
        "Article 5 of Regulation (EU) 2016/679 (\u00b9)",
        "Article 5 of Regulation (EU) 2016/679\u207d\u00b9\u00b2\u207e",
        "Article 5 \u00b3 of Regulation (EU) 2016/679 \u00b3",
    ],
)
def test_a_superscript_call_keeps_the_pinpoint_and_the_span(text: str) -> None:
    (ref,) = eurefs.extract(text)
    assert (ref.text, ref.celex, ref.pinpoint) == (
        "Regulation (EU) 2016/679",
        "32016R0679",
        "Article 5",
    )


def test_superscript_calls_end_every_member_of_a_list() -> None:
    text = "Regulations (EU) 2016/679\u00b9, (EU) 2018/1725\u00b2 and (EU) 2022/2065\u00b3."
    refs = eurefs.extract(text)
    assert [r.celex for r in refs] == ["32016R0679", "32018R1725", "32022R2065"]
    spans = ["Regulations (EU) 2016/679", "(EU) 2018/1725", "(EU) 2022/2065"]
    assert [r.text for r in refs] == spans


def test_a_superscript_after_a_pinpoint_is_no_part_of_it() -> None:
    (ref,) = eurefs.extract("Article 6(1)\u00b9\u00b2 of Regulation (EU) 2016/679")
    assert ref.pinpoint == "Article 6(1)"


# A treaty abbreviation with digits glued to it that spell a popular name is the name, no
# call: ``care rights under Article 9 of EU261. These are unconditional`` (a flight
# compensation page in a public repository, found with find_string) was ``Article 9 EU``.
@pytest.mark.parametrize(
    ("text", "pinpoint"),
    [
        ("care rights under Article 9 of EU261. These are unconditional", "Article 9"),
        ("Under Article 7 EU261. the passenger is compensated", "Article 7"),
        ("(Article 7 EU261)", "Article 7"),
    ],
)
def test_digits_that_spell_a_popular_name_are_no_call(text: str, pinpoint: str) -> None:
    refs = eurefs.extract(text)
    assert [(r.kind, r.text, r.celex, r.pinpoint) for r in refs] == [
        ("short_form", "EU261", "32004R0261", pinpoint)
    ]


# The same after the Community's initials: ``EC261`` (a name of the file since the
# regulation's sources show it, ``Article 7 of EC261/2004 sets the compensation``, a public
# repository, id 67058109836) was the EC Treaty's ``Article 7 EC`` and note 261.
@pytest.mark.parametrize(
    ("text", "pinpoint"),
    [
        ("Article 7 EC261", "Article 7"),
        ("Article 7 of EC261/2004 sets the compensation by distance alone", "Article 7"),
        ("(Articles 5 and 7 EC261.)", "Articles 5 and 7"),
    ],
)
def test_ec261_is_the_name_no_ec_treaty_article(text: str, pinpoint: str) -> None:
    refs = eurefs.extract(text)
    assert [(r.kind, r.text, r.celex, r.pinpoint) for r in refs] == [
        ("short_form", "EC261", "32004R0261", pinpoint)
    ]


@pytest.mark.parametrize(
    ("text", "span", "normalized"),
    [
        ("Article 6 EU1.", "Article 6 EU", "Article 6 EU"),
        ("Article 7 EC1.", "Article 7 EC", "Article 7 EC"),
        ("Article 81 EC26 provides", "Article 81 EC", "Article 81 EC"),
        ("Article 101 TFEU12 provides", "Article 101 TFEU", "Article 101 TFEU"),
        ("(ex.Art.19 TEU1)", "Art.19 TEU", "Article 19 TEU"),
    ],
)
def test_other_digits_after_a_treaty_stay_a_call(text: str, span: str, normalized: str) -> None:
    (ref,) = eurefs.extract(text, kinds="treaty_article")
    assert (ref.text, ref.normalized) == (span, normalized)


# A call glued to a list's last abbreviation, where each article names its treaty: the
# closed EU (pre-Lisbon Treaty, also a word of prose) is told at the citation's end after
# the call, as for one article (``Article 6 EU1.``); was nothing.
@pytest.mark.parametrize(
    ("text", "span", "articles"),
    [
        ("Articles 6 EU and 7 EU1.", "Articles 6 EU and 7 EU", ["6", "7"]),
        ("(Articles 6 EU and 7 EU1)", "Articles 6 EU and 7 EU", ["6", "7"]),
        ("Articles 6 EU, 7 EU and 49 EU12, which", "Articles 6 EU, 7 EU and 49 EU",
         ["6", "7", "49"]),
    ],
)  # fmt: skip
def test_a_call_after_a_lists_last_closed_abbreviation(
    text: str, span: str, articles: list[str]
) -> None:
    (ref,) = eurefs.extract(text, kinds="treaty_article")
    assert (ref.text, ref.treaty, ref.articles) == (span, "EU", articles)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the closed EU before prose after the call stays the word (as ``Article 6 EU1
        # provides``)
        ("Articles 6 EU and 7 EU1 law", []),
        # figures spelling a popular name end the list: 7 is the name's article, not the
        # EU Treaty's (was the name alone: the list was read as no treaty's)
        ("Articles 6 EU and 7 EU261.", [("treaty_article", "Articles 6 EU"),
                                         ("short_form", "EU261")]),
    ],
)  # fmt: skip
def test_no_list_across_prose_or_a_name(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(r.kind, r.text) for r in eurefs.extract(text)] == expected
