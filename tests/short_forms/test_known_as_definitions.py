"""An alias given to an act in brackets after ``known as`` (``also known as``), as English
courts write it: a definition like ``(hereinafter 'X')``; an alias that names no act still
defines nothing."""

from __future__ import annotations

import pytest

import eurefs
from eurefs.models.references import ShortFormRef
from eurefs.short_forms.definitions import find_definitions

# the judgment of the UK Supreme Court in SkyKick v Sky, [2024] UKSC 36, paragraph 41 (the
# docx in ../shared/samples/documents)
_SKYKICK = (
    "Regulation 40/94 was amended from time to time and a new consolidated version was "
    "adopted in 2009 as Council Regulation (EC) No 207/2009 (known as the “Community Trade "
    "Mark Regulation” or “Regulation 207/2009”). Regulation 207/2009 was itself the subject "
    "of various amendments until, with effect from 1 October 2017, a further consolidated "
    "version was adopted"
)


def _bound(text: str) -> list[tuple[str, str | None]]:
    """The aliases ``text`` defines, with the CELEX of the act each is bound to."""
    refs = [r for r in eurefs.extract(text) if not isinstance(r, ShortFormRef)]
    found, _ = find_definitions(text, refs, "en", frozenset())
    return [(d.alias, d.target.celex if d.target else None) for d in found]


def test_an_alias_after_known_as_is_the_act_s() -> None:
    # (was nothing; both aliases of the bracket, the second a citation of the act itself,
    # which stays a legal_act where the text writes it)
    assert _bound(_SKYKICK) == [
        ("Community Trade Mark Regulation", "32009R0207"),
        ("Regulation 207/2009", "32009R0207"),
    ]
    kinds = {r.text: r.kind for r in eurefs.extract(_SKYKICK)}
    assert kinds["Regulation 207/2009"] == "legal_act"


@pytest.mark.parametrize(
    "text",
    [
        # aliases that name no act (the Courts Service's notice HC62 on Regulation (EU) No
        # 1215/2012, courts.ie; pages corpus): nothing, as before
        'Regulation (EU) No 1215/2012 (known as "Brussels I recast"), which repeals and '
        'replaces Regulation No 44/2001 (known as "Brussels I") on jurisdiction and the '
        "recognition and enforcement of judgments in civil and commercial matters",
    ],
)
def test_no_alias_that_names_no_act(text: str) -> None:
    assert _bound(text) == []
