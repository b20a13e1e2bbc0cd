"""The grammar: one module per reference family, each a :class:`~eurefs.grammar.base.Family`."""

from __future__ import annotations

from eurefs.grammar import (
    abbreviated_acts,
    bare_act_numbers,
    cases,
    celex,
    com_documents,
    dashed_cases,
    dated_act_numbers,
    early_regulations,
    ecb_numbers,
    ecli,
    eli,
    leading_numbers,
    legal_acts,
    legal_acts_dated,
    legal_acts_dated_forms,
    legal_acts_number_first,
    legal_acts_year_after,
    official_journal,
    oj_notices,
    oj_special_editions,
    procedures,
    treaty_articles,
    treaty_articles_abbr_first,
    treaty_articles_ordinal_first,
)
from eurefs.grammar.base import Anchor, Context, Family

#: Every family, in the order of ``eurefs.models.KINDS``.
FAMILIES: tuple[Family, ...] = (
    com_documents.FAMILY,
    legal_acts.FAMILY,
    bare_act_numbers.FAMILY,
    ecb_numbers.FAMILY,
    early_regulations.FAMILY,
    *legal_acts_dated.FAMILIES,
    leading_numbers.FAMILY,
    *legal_acts_dated_forms.FAMILIES,
    *legal_acts_number_first.FAMILIES,
    *legal_acts_year_after.FAMILIES,
    *abbreviated_acts.FAMILIES,
    *dated_act_numbers.FAMILIES,
    official_journal.FAMILY,
    oj_notices.FAMILY,
    *oj_special_editions.FAMILIES,
    celex.FAMILY,
    eli.FAMILY,
    ecli.FAMILY,
    cases.FAMILY,
    dashed_cases.FAMILY,
    procedures.FAMILY,
    treaty_articles.FAMILY,
    *treaty_articles_abbr_first.FAMILIES,
    *treaty_articles_ordinal_first.FAMILIES,
)

__all__ = ["FAMILIES", "Anchor", "Context", "Family"]
