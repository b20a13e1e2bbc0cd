"""The kind names: one list (the ``ReferenceKind`` literal) from which the tuples derive."""

from __future__ import annotations

from typing import get_args

from eurefs.kinds import ALL_KINDS, KINDS, SHORT_FORM, ReferenceKind


def test_full_kinds_are_every_kind_but_short_forms_in_the_literal_order() -> None:
    assert ALL_KINDS == get_args(ReferenceKind)
    assert len(KINDS) == 9 and SHORT_FORM not in KINDS and ALL_KINDS[-1] == SHORT_FORM
