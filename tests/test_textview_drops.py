"""What the folded view drops (``eurefs.textview_drops``): here the marks of EUR-Lex's
consolidated texts, which stand inside references and between a pinpoint and its act."""

from __future__ import annotations

from eurefs import extract
from eurefs.text import DocumentText
from eurefs.textview import TextView

# Articles 1 and 2 of the consolidated version 02020D1146-20200803 of Commission
# Implementing Decision (EU) 2020/1146, as a public study reports them (find_string id
# 57756764960): its corrigendum (32020D1146R(01)) put the right act, 2019/1956, between
# the marks '►C1' and '◄' where the act itself names 2020/1956
CONSOLIDATED = (
    "Article 1\nAnnex I to \u25baC1 Implementing Decision (EU) 2019/1956 \u25c4 is amended in "
    "accordance with Annex I to this Decision.\nArticle 2\nAnnex II to \u25baC1 Implementing "
    "Decision (EU) 2019/1956 \u25c4 is amended in accordance with Annex II to this Decision.\n"
)


def test_consolidation_marks_leave_the_pinpoint_with_its_act() -> None:
    refs = list(extract(DocumentText.from_plain(CONSOLIDATED)))
    # before: the act without its pinpoint: '►C1' stood between 'Annex I to' and the act
    assert [(r.text, r.pinpoint, r.celex) for r in refs if r.kind == "legal_act"] == [
        ("Implementing Decision (EU) 2019/1956", "Annex I", "32019D1956"),
        ("Implementing Decision (EU) 2019/1956", "Annex II", "32019D1956"),
    ]
    assert all(CONSOLIDATED[r.start : r.end] == r.text for r in refs)


def test_a_mark_inside_a_reference_is_read_through_and_kept_in_its_span() -> None:
    # a number an amendment wrote, marked inside the reference (the marks as EUR-Lex sets
    # them, the text around them of the case above)
    text = "Annex I to Implementing Decision (EU) \u25baC1 2019/1956 \u25c4 is amended"
    view = TextView(text)
    assert view.view == "Annex I to Implementing Decision (EU) 2019/1956 is amended"
    (ref,) = extract(DocumentText.from_plain(text))
    # before: nothing found
    assert (ref.text, ref.normalized) == (
        "Implementing Decision (EU) \u25baC1 2019/1956",
        "Implementing Decision (EU) 2019/1956",
    )
    # the marks alone, and an arrow that is no mark (a list's '►' before a word), stay
    assert TextView("\u25baM1\u25c4").view == ""
    for kept in ("\u25ba see Directive 2000/31/EC", "\u25baSee Directive", "\u25baBelow"):
        assert TextView(kept).view == kept
