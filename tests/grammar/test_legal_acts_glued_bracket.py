"""The domain's bracket glued to the type word (``Регламент(ЕС) 2016/679``): read as the
act with a space before the bracket (``eurefs.grammar.legal_acts``)."""

from __future__ import annotations

import pytest

import eurefs


@pytest.mark.parametrize(
    ("text", "span", "normalized", "celex", "pinpoint"),
    [
        # decision ППН-01-202/2018 of the Bulgarian Commission for Personal Data Protection
        # (cpdp.bg); was nothing
        ("на основание чл.10, ал.1 от ЗЗЛД във вр. с чл.57, §1, б.„е“ от Регламент(ЕС) "
         "2016/679", "Регламент(ЕС) 2016/679", "Регламент (ЕС) 2016/679", "32016R0679",
         "чл.57, §1, б.„е“"),
        # a Bulgarian agency's notice, in the code of a public repository (find_string)
        ("при спазване разпоредбите на Регламент(ЕС) 2016/679 относно защитата",
         "Регламент(ЕС) 2016/679", "Регламент (ЕС) 2016/679", "32016R0679", None),
        # the bibliography of a paper on arXiv (a public repository's copy, find_string)
        ("General Data Protection Regulation. 2016. Regulation(eu) 2016/679 of the european "
         "parliament", "Regulation(eu) 2016/679", "Regulation (EU) 2016/679", "32016R0679",
         None),
        # a building-products page (a public repository, find_string): the number marker
        # glued to the number as well
        ("Construction products regulation(EU) No305/2013", "regulation(EU) No305/2013",
         "Regulation (EU) No 305/2013", "32013R0305", None),
    ],
)  # fmt: skip
def test_a_bracket_glued_to_the_type_word(
    text: str, span: str, normalized: str, celex: str, pinpoint: str | None
) -> None:
    (ref,) = eurefs.extract(text, kinds="legal_act", short_forms=False)
    assert (ref.text, ref.normalized, ref.celex, ref.pinpoint) == (
        span, normalized, celex, pinpoint
    )  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "the Regulation(s) 2016/679 apply",  # a bracket, but no domain in it
        "the Regulation.(EU) 2016/679",  # a full word's full stop (as before)
        "Regulation(EU)2016/679",  # nothing between the bracket and the number (as before)
    ],
)
def test_a_glued_bracket_needs_a_domain_then_a_blank(text: str) -> None:
    assert eurefs.extract(text, kinds="legal_act") == []
