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
    ],
)
def test_a_glued_bracket_needs_a_domain(text: str) -> None:
    assert eurefs.extract(text, kinds="legal_act") == []


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        # the number glued to the domain's bracket: the Commission's proposal COM(2025) 43
        # final (EUR-Lex, tests/data/documents/html/en-eurlex-com-2025-43-proposal.html);
        # was nothing
        ("capable of decisively influencing the content of EU legislation, namely "
         "Regulation (EU)2024/1157 on shipments of waste and Directive 2008/98/EC on waste.",
         [("Regulation (EU)2024/1157", "32024R1157"), ("Directive 2008/98/EC", "32008L0098")]),
        # a European project's site (todo-project.eu; pages corpus) and a Polish
        # institution's privacy notice in a public repository (find_string)
        ("The General Data Protection Regulation (EU)2016/679 is in force since May 2018",
         [("Regulation (EU)2016/679", "32016R0679")]),
        ("(Journal of Laws 2018, item 1000) and in agreement with Regulation (EU)2016/679 of "
         "the European Parliament", [("Regulation (EU)2016/679", "32016R0679")]),
        # glued on both sides: a reference list in a public repository's document ('[10]
        # European Union. [Regulation(EU)2016/679, GDPR](https://eur-lex.europa.eu/...
        # CELEX%3A32016R0679)', find_string); was nothing (a blank was required)
        ("[10] European Union. [Regulation(EU)2016/679, GDPR]",
         [("Regulation(EU)2016/679", "32016R0679")]),
        # a list's member glued so too
        ("amending Regulations (EU) No 1257/2013 and (EU)2020/1056",
         [("Regulations (EU) No 1257/2013", "32013R1257"), ("(EU)2020/1056", "32020R1056")]),
    ],
)  # fmt: skip
def test_a_number_glued_to_the_domains_bracket(text: str, spans: list[tuple[str, str]]) -> None:
    refs = eurefs.extract(text, kinds="legal_act", short_forms=False)
    assert [(r.text, r.celex) for r in refs] == spans


@pytest.mark.parametrize(
    "text",
    [
        "Article 5(EU)2016 and (EU)12",  # no type word, no number
        "the rate (EU)2016/17 of the survey",  # a bracket alone is no act
    ],
)
def test_a_bracket_glued_to_digits_alone_is_no_act(text: str) -> None:
    assert eurefs.extract(text, kinds="legal_act", short_forms=False) == []
