"""The grammar: one module per reference family, each a :class:`~eurefs.grammar.base.Family`."""

from __future__ import annotations

from eurefs.grammar import (
    bare_act_numbers,
    cases,
    celex,
    com_documents,
    ecli,
    eli,
    legal_acts,
    legal_acts_dated,
    official_journal,
    procedures,
    treaty_articles,
)
from eurefs.grammar.base import Anchor, Context, Family

#: Every family, in the order of ``eurefs.models.KINDS``.
FAMILIES: tuple[Family, ...] = (
    com_documents.FAMILY,
    legal_acts.FAMILY,
    bare_act_numbers.FAMILY,
    *legal_acts_dated.FAMILIES,
    official_journal.FAMILY,
    celex.FAMILY,
    eli.FAMILY,
    ecli.FAMILY,
    cases.FAMILY,
    procedures.FAMILY,
    treaty_articles.FAMILY,
)

__all__ = ["FAMILIES", "Anchor", "Context", "Family"]
