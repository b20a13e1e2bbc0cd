"""Popular names that name a proposal (``short_forms/proposal_names``): not the adopted act.

Real texts (pages corpus): the Maltese ministry's 2021 call for views (sem.gov.mt, 'The
EU's Digital Services Act'), a Bulgarian law firm's note (kambourov.biz, 'Main points of
the EU Commission's proposal for a Digital Services Act'), eucrim.eu's and ELSA
Amsterdam's notes on the Digital Markets Act proposal.  Each gave the act adopted two years
later (Regulation (EU) 2022/2065, 2022/1925) to the proposal's name.
"""

from __future__ import annotations

import pytest

import eurefs
from eurefs.chunked import iter_extract
from tests.support.extracted import extracted

DSA = "32022R2065"


def _celexes(text: str) -> list[str | None]:
    return extracted(text, "celex", kind="short_form")


@pytest.mark.parametrize(
    "text",
    [
        "Europe's Digital Future: Main points of the EU Commission's proposal for a Digital "
        "Services Act\n\nOn December 15, 2020, the EU Commission published its Proposal for a "
        "Regulation of the European Parliament and of the Council on a Single Market For "
        "Digital Services (Digital Services Act) and amending Directive 2000/31/EC.",
        "Below you can find a brief on the proposal for a regulation on the Digital Services Act.",
    ],
)
def test_a_name_after_proposal_words_is_no_mention_of_the_act(text: str) -> None:
    assert DSA not in _celexes(text)


def test_a_name_defined_in_a_proposals_title_names_the_proposal_after_it() -> None:
    # ELSA Amsterdam's 2021 note 'Regulating gatekeepers: the Digital Markets Act' (pages
    # corpus): the name defined in the proposal's title, then used as a heading and in a
    # sentence, each gave Regulation (EU) 2022/1925, adopted in 2022
    text = (
        "In light of the above-mentioned issues, the European Commission on the 15th of "
        "December 2020 has brought forward a proposal for a Regulation on contestable and fair "
        "markets in the digital sector (hereinafter “the Digital Markets Act”).[5]The proposal "
        "is now being discussed by the European Parliament and Council, following the ordinary "
        "legislative procedure,[6] and together with the Digital Service Act,[7] it aims at "
        "creating a safer, more open and transparent digital space with European values at its "
        "centre.[8]\n\nThe Digital Markets Act\n\nThe Digital Markets Act introduces rules for "
        "platforms that act as gatekeepers in the digital sector.[10]"
    )
    assert "32022R1925" not in _celexes(text)
    # the stream gives the same
    assert list(iter_extract(text, chunk_size=60)) == eurefs.extract(text)


def test_a_name_opening_a_bracket_in_a_proposals_title_is_the_proposals() -> None:
    # eucrim.eu's news of 15 December 2020 (pages corpus): 'Digital Markets Act' gave
    # Regulation (EU) 2022/1925
    text = (
        "The legislative initiative consists of:\n\n  • The proposal for a Regulation on a "
        "Single Market for Digital Services (Digital Services Act) and amending Directive "
        "2000/31/EC (“DSA”);\n  • Proposal for a Regulation on contestable and fair markets in "
        "the digital sector (Digital Markets Act – “DMA”)."
    )
    assert "32022R1925" not in _celexes(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the adopted act, named where no proposal is: the name stays (German Wikipedia's
        # article as kampuspedia.com copies it; an English wiki copy, n.global.ssl.fastly.net)
        ("Das Gesetz über digitale Dienste (GdD; englisch Digital Services Act, DSA; "
         "französisch Règlement sur les Services Numériques, RSN) ist eine Verordnung der "
         "Europäischen Union", "Gesetz über digitale Dienste"),
        ("The Digital Services Act (DSA) is an EU regulation adopted in 2022 that addresses "
         "illegal content, transparent advertising and disinformation. It updates the "
         "Electronic Commerce Directive 2000 in EU law, and was proposed alongside the Digital "
         "Markets Act (DMA).", "Digital Markets Act"),
    ],
)  # fmt: skip
def test_the_act_named_elsewhere_stays(text: str, name: str) -> None:
    names = [r.text for r in eurefs.extract(text) if r.kind == "short_form" and r.celex]
    assert name in names


@pytest.mark.parametrize(
    "text",
    [
        # zephtech.net, 'Policy Briefing — EU Digital Services & Markets Acts Proposed'
        # (2020-12-15; pages corpus): two names before 'proposals'
        "The European Commission unveiled the Digital Services Act and Digital Markets Act "
        "proposals to modernise platform liability, content governance, and gatekeeper "
        "obligations across the single market.",
        # sipoch.com, on the Commission's proposal of 21 April 2021 (pages corpus)
        "The Artificial Intelligence Act draft combines a risk-based approach based on the "
        "pyramid of criticality, with a modern, layered enforcement mechanism.",
    ],
)
def test_a_name_before_proposal_or_draft_is_the_proposals(text: str) -> None:
    """The names gave Regulation (EU) 2022/2065, 2022/1925 and 2024/1689: a name followed
    by ``proposal`` or ``draft`` (or with a second name before it) names the proposal."""
    assert _celexes(text) == []
