"""``eurefs.group``: per cited work, all its mentions (full and short) in text order."""

from __future__ import annotations

import eurefs


def test_full_and_short_mentions_of_one_work_are_one_group() -> None:
    text = (
        "Regulation (EU) 2016/679 (‘the GDPR’) applies. Article 82 of the GDPR gives a right; "
        "that regulation also repealed Directive 95/46/EC. The European Green Deal is cited."
    )
    works = eurefs.group(eurefs.extract(text))
    assert [(w.key, w.kind, w.mentions) for w in works] == [
        ("32016R0679", "legal_act", 3),
        ("31995L0046", "legal_act", 1),
        ("52019DC0640", "com_document", 1),
    ]
    assert [r.kind for r in works[0].references] == ["legal_act", "short_form", "short_form"]
    assert works[0].first.text == "Regulation (EU) 2016/679"


def test_a_short_form_without_celex_joins_its_antecedent() -> None:
    text = (
        "Commission Recommendation of 6 May 2003 concerning the definition of micro, small and "
        "medium-sized enterprises. Article 2 of that Recommendation defines them."
    )
    refs = eurefs.extract(text)
    assert [r.kind for r in refs] == ["legal_act", "short_form"]
    (work,) = eurefs.group(refs)
    assert work.celex is None and work.mentions == 2
