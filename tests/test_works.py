"""Grouping references by the work they name."""

from __future__ import annotations

from eurefs.scanner import extract
from eurefs.works import cited_works, work_key

TEXT = (
    "Article 6 TEU and Regulation (EU) 2016/679. Under Article 2 TEU, 32016R0679 applies, "
    "as does COM(2021) 752 final; see again Regulation (EU) 2016/679."
)


def test_works_in_order_of_first_mention_with_counts() -> None:
    works = cited_works(extract(TEXT))
    assert [(w.key, w.label, w.mentions) for w in works] == [
        ("treaty:TEU", "TEU", 2),
        ("32016R0679", "Regulation (EU) 2016/679", 3),
        ("com_document:COM(2021) 752 final", "COM(2021) 752 final", 1),
    ]
    gdpr = works[1]
    assert gdpr.first.start == TEXT.index("Regulation (EU) 2016/679")
    assert [r.kind for r in gdpr.references] == ["legal_act", "celex", "legal_act"]


def test_order_does_not_depend_on_input_order() -> None:
    refs = extract(TEXT)
    assert [w.key for w in cited_works(reversed(refs))] == [w.key for w in cited_works(refs)]
    assert work_key(refs[0]) == "treaty:TEU"
