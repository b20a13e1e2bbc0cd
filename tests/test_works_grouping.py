"""``eurefs.group``: per cited work, all its mentions (full and short) in text order."""

from __future__ import annotations

import pytest

import eurefs
from eurefs.lookup import lookup_for
from eurefs.works import MAX_RANGE_MEMBERS


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


def test_a_range_of_cases_cites_the_cases_between() -> None:
    # the Dominguez judgment's citation of Pfeiffer (tests/data/corpus-lv L01: 'apvienotajās
    # lietās no C-397/01 līdz C-403/01 Pfeiffer u.c.'), in English: seven cases, two numbers
    text = "see Joined Cases C-397/01 to C-403/01 Pfeiffer and Others [2004] ECR I-8835"
    refs = eurefs.extract(text)
    assert [r.normalized for r in refs if r.kind == "case"] == ["C-397/01", "C-403/01"]
    works = eurefs.group(refs)
    assert [(w.key, w.mentions) for w in works if w.kind == "case"] == [
        (f"case:C-{n}/01", 1) for n in range(397, 404)
    ]
    middle = works[1].first
    # written where the range is, with the case's own number, normal form and Cellar id
    assert (middle.text, middle.start) == ("C-397/01", refs[0].start)
    assert (middle.normalized, middle.number, middle.cellar_ids) == (  # type: ignore[attr-defined]
        "C-398/01",
        398,
        ["case:C-398/01"],
    )
    assert middle.range_end is None  # type: ignore[attr-defined]
    assert lookup_for(middle).key == "case:C-398/01"


def test_a_range_keeps_its_suffix_and_a_list_gives_no_members() -> None:
    works = eurefs.group(eurefs.extract("Case C-250/99 P to C-252/99 P and C-254/99 P."))
    assert [w.key for w in works] == [
        "case:C-250/99 P",
        "case:C-251/99 P",
        "case:C-252/99 P",
        "case:C-254/99 P",
    ]


def test_cases_inside_ranges_are_capped_with_a_warning() -> None:
    # a text made of ranges would make ~97 references a range: the cases inside are
    # listed up to MAX_RANGE_MEMBERS, then a warning says the rest are left out
    refs = eurefs.extract("Joined Cases C-1/01 to C-99/01, " * 100, short_forms=False)
    with pytest.warns(UserWarning, match="not listed as works"):
        works = eurefs.group(refs)
    assert sum(w.mentions for w in works) == len(refs) + MAX_RANGE_MEMBERS
    assert len(works) == 99  # C-1/01 to C-99/01: each a work from the first ranges


def test_a_few_ranges_give_no_warning(recwarn: pytest.WarningsRecorder) -> None:
    eurefs.group(eurefs.extract("Joined Cases C-1/01 to C-99/01. " * 20, short_forms=False))
    assert not [w for w in recwarn if "ranges" in str(w.message)]


def test_the_warning_comes_only_when_the_cap_cuts_a_range(monkeypatch: pytest.MonkeyPatch) -> None:
    import warnings

    from eurefs import works

    monkeypatch.setattr(works, "MAX_RANGE_MEMBERS", 2 * 97)  # two whole ranges
    two = eurefs.extract("Joined Cases C-1/01 to C-99/01. " * 2, short_forms=False)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert sum(w.mentions for w in eurefs.group(two)) == len(two) + 2 * 97
    three = eurefs.extract("Joined Cases C-1/01 to C-99/01. " * 3, short_forms=False)
    with pytest.warns(UserWarning, match="not listed as works"):
        assert sum(w.mentions for w in eurefs.group(three)) == len(three) + 2 * 97
