"""The backward matches of a quoted definition start after the last ``(`` before its
``)`` (``short_forms/definitions.paren_sites``): nothing they match holds a bracket."""

from __future__ import annotations

import pytest

import eurefs
from eurefs.languages import BY_CODE
from eurefs.short_forms.common import words
from eurefs.short_forms.definition_words import _in_title, title_word_before

# the Court's judgment in C-590/22 (tests/data/corpus/docs/D02-cjeu-c-590-22.txt), point 1:
# two brackets before the definition's own, both within its window
C_590_22 = (
    "This request for a preliminary ruling concerns the interpretation of Article 82(1) of "
    "Regulation (EU) 2016/679 of the European Parliament and of the Council of 27 April 2016 "
    "on the protection of natural persons with regard to the processing of personal data and "
    "on the free movement of such data, and repealing Directive 95/46/EC (General Data "
    "Protection Regulation) (OJ 2016, L 119, p. 1) (‘the GDPR’). Article 82 of the GDPR"
)


@pytest.mark.parametrize("lang", sorted(BY_CODE))
def test_no_word_of_a_definition_holds_a_bracket(lang: str) -> None:
    w = words(lang)
    for name in ("definition_intros", "articles", "alias_separators", "alias_conjunctions"):
        assert not [x for x in getattr(w, name) if "(" in x or ")" in x], (lang, name)


def test_a_definition_after_two_brackets_in_its_window() -> None:
    uses = [
        (r.text, r.celex)
        for r in eurefs.extract(C_590_22, kinds="short_form")
        if r.how == "defined_term"
    ]
    assert uses == [("GDPR", "32016R0679")]


@pytest.mark.parametrize("lang", sorted(BY_CODE))
def test_the_title_word_before_a_citation_is_the_patterns(lang: str) -> None:
    """``title_word_before`` searches only windows ending in one of ``_in_title_ends``: it
    finds what the pattern finds before a citation after each title word, with and without
    an article, and after ``of`` or ``to`` (no match)."""
    w = words(lang)
    heads = [*w.in_title_before, *(f"{v} {a}" for v in w.in_title_before for a in w.articles)]
    for head in [*heads, "of", "to", ","]:
        text = f"Text {head} \nRegulation"
        start = text.index("Regulation")
        found = title_word_before(text, start, lang)
        expected = _in_title(lang).search(text, max(0, start - 25), start)
        assert (found and found.span()) == (expected and expected.span()), (lang, head)
