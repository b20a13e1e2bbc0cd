"""The kind names: one list (the ``ReferenceKind`` literal) from which the tuples derive, and
which every table keyed by kind follows: the models, the grammar's families and the lookups'
rules, checked against it, and the kinds' rows (``KIND_FACTS``), from which the lookups by
CELEX, the links' reasons and the report's styles are derived."""

from __future__ import annotations

from typing import get_args

from eurefs.annotation.links import NO_SINGLE_DOCUMENT
from eurefs.grammar import FAMILIES
from eurefs.kinds import ALL_KINDS, KIND_FACTS, KINDS, SHORT_FORM, ReferenceKind
from eurefs.lookup import BY_CELEX, RULES
from eurefs.models.references import Reference
from eurefs.report.assets import KIND_STYLES


def test_full_kinds_are_every_kind_but_short_forms_in_the_literal_order() -> None:
    assert ALL_KINDS == get_args(ReferenceKind)
    assert len(KINDS) == 9 and SHORT_FORM not in KINDS and ALL_KINDS[-1] == SHORT_FORM


def test_each_kind_has_one_model_in_the_kinds_order() -> None:
    """The models the references are read back into: one a kind, ``kind`` its discriminator."""
    (union, _) = get_args(Reference)
    models = get_args(union)
    assert tuple(get_args(m.model_fields["kind"].annotation)[0] for m in models) == ALL_KINDS


def test_the_families_find_every_full_kind_in_its_order() -> None:
    """``eurefs.grammar.FAMILIES`` is in the order of the kinds (its comment says so) and
    finds each full kind, none other: a kind added to the list has a family to find it."""
    kinds = [f.kind for f in FAMILIES]
    assert tuple(k for i, k in enumerate(kinds) if not i or kinds[i - 1] != k) == KINDS


def test_every_kind_but_the_treaty_articles_has_its_way_to_cellar() -> None:
    """``eurefs.lookup``: by the CELEX number the text gave, or by the kind's own rule; a
    Treaty article is part of a Treaty, no document Cellar can look up."""
    assert set(RULES) | BY_CELEX <= set(ALL_KINDS)
    assert set(ALL_KINDS) - set(RULES) - BY_CELEX == {"treaty_article"}


def test_every_kind_has_its_row_of_facts() -> None:
    """``kinds.KIND_FACTS``: a kind without its row would be drawn unstyled in the report
    and looked up by no CELEX."""
    assert set(KIND_FACTS) == set(ALL_KINDS)
    assert set(KIND_STYLES) == set(ALL_KINDS)
    assert BY_CELEX == {"celex", "legal_act", "eli", "short_form"}


def test_a_kind_no_lookup_takes_says_why_it_is_not_linked() -> None:
    """``eurefs.annotation.links``: a kind Cellar cannot look up (``treaty_article``) names no
    single document, and the sentence a linked text gives for it says why."""
    assert set(NO_SINGLE_DOCUMENT) <= set(KINDS)
    assert set(ALL_KINDS) - set(RULES) - BY_CELEX <= set(NO_SINGLE_DOCUMENT)
