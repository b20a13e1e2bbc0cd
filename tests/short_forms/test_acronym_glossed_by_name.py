"""An acronym glossed by its popular name in brackets, ``DORA (Digital Operational Resilience
Act)``, ``the DSA (Digital Services Act)``: the reverse of ``the Digital Services Act (DSA)``.
The name in brackets was read as a name defined there and dropped, and the acronym, no name
of its own (bare ``DORA`` and ``DSA`` are left out of the names file), was nothing: the
mention was lost, and so were the acronym's later uses (``short_forms/name_mentions``).
Texts: public repositories, found with find_string (ids in the comments)."""

from __future__ import annotations

import eurefs
from tests.support.short_form_mentions import popular_names

DORA = "32022R2554"
DSA = "32022R2065"


def _found(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(r.text, r.celex, getattr(r, "pinpoint", None)) for r in eurefs.extract(text)]


def test_the_acronym_and_its_later_uses() -> None:
    # an architecture paper's compliance section (id 54557857454), its table's first rows
    text = (
        "### 4.1 DORA (Digital Operational Resilience Act)\n\n"
        "DORA (effective January 2025) mandates ICT risk management and operational "
        "resilience for financial entities in the EU. The authorization architecture "
        "addresses DORA's most critical ICT risk requirements:\n\n"
        "|**DORA** **Article**|**Requirement**|**Implementation**|\n"
        "|Art. 28 — Third-party risk|Manage ICT third-party service provider risks|"
    )
    assert popular_names(text) == [("DORA", DORA, None)]
    assert [r.text for r in eurefs.extract(text)] == ["DORA"] * 4


def test_the_dsa_glossed_in_running_text() -> None:
    for text in (
        # a release checklist for app stores (id 71431001825)
        "- Apps distributed in the EU need a **trader status** under the DSA (Digital "
        "Services Act).",
        # a note for reviewers in a compliance repository (id 55607786082)
        "> **Note for reviewers**: The DSA (Digital Services Act) applies to online "
        "intermediary services operating in the EU — regardless of where the provider is "
        "based.",
    ):
        assert _found(text) == [("DSA", DSA, None)], text


def test_two_glossed_acronyms_in_one_sentence() -> None:
    # a market study on privileged access (id 56677237484): NIS2 is a name of its own
    text = (
        "- **Regulation is pushing it.** EU rules such as **NIS2 (Network & Information "
        "Security\n  Directive 2)** and **DORA (Digital Operational Resilience Act)** drive "
        "organizations to\n  control and audit privileged access"
    )
    assert _found(text) == [("NIS2", "32022L2555", None), ("DORA", DORA, None)]


def test_no_mention_without_an_acronym_of_the_name() -> None:
    # the name defined in brackets after other words stays no mention; an acronym that is
    # a name of its own is found by itself, once; a proposal is not the act
    assert _found("Under the law (Digital Services Act), platforms must act.") == []
    assert _found("Under the DMA (Digital Services Act), platforms must act.") == []
    assert _found("the GDPR (General Data Protection Regulation) applies") == [
        ("GDPR", "32016R0679", None)
    ]
    assert _found("the DSA (Digital Services Act) proposal was tabled in 2020.") == []


def test_a_stream_gives_what_the_whole_text_gives() -> None:
    # the app-store checklist's line (id 71431001825), the acronym used again after it
    text = (
        "- Apps distributed in the EU need a **trader status** under the DSA (Digital "
        "Services Act). The DSA also applies.\n\n"
    ) * 10
    whole = eurefs.extract(text)
    assert [r.text for r in whole] == ["DSA", "DSA"] * 10
    for size in (37, 120, 1000):
        assert list(eurefs.iter_extract(text, chunk_size=size)) == whole
