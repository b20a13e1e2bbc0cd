"""An acronym glossed by its popular name in brackets, ``DORA (Digital Operational Resilience
Act)``, ``the DSA (Digital Services Act)``: the reverse of ``the Digital Services Act (DSA)``.
The name in brackets was read as a name defined there and dropped, and the acronym, no name
of its own (bare ``DORA`` and ``DSA`` are left out of the names file), was nothing: the
mention was lost, and so were the acronym's later uses (``short_forms/name_mentions``).
Likewise an acronym glossed by its work's citation, ``DORA (Regulation (EU) 2022/2554)``:
the citation was found, the acronym's later uses were not (``name_acronyms.cited_acronym``).
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


def test_an_acronym_glossed_by_its_citation() -> None:
    # a DLT pilot regime checklist (id 55991672108)
    text = (
        "*The pilot's IT/cyber obligations are operationalised through DORA (Regulation (EU) "
        "2022/2554), which applies in full to trading venues and CSDs (DORA Article 2(1)). "
        "DLT MTFs, DLT SSs, and DLT TSSs are all therefore in DORA scope from authorisation "
        "day one.*\n\n---\n\n### 8.1 — DORA Five-Pillar Readiness"
    )
    # (the pinpoint after the acronym as after a popular name: short_forms._named)
    assert _found(text) == [
        ("Regulation (EU) 2022/2554", DORA, None),
        ("DORA", DORA, "Article 2(1)"),
        ("DORA", DORA, None),
        ("DORA", DORA, None),
    ]
    # a compliance report's generator (id 55135875067): the acronym before its citation is
    # no mention of its own, the citation is
    text = (
        "DORA (Regulation (EU) 2022/2554) requires all EU financial entities to demonstrate "
        "their digital operational resilience. The regulation covers ICT risk management, ICT "
        "incident reporting, digital resilience testing, and ICT third-party risk management. "
        "DORA applies directly — without national transposition — and is supervised by"
    )
    assert [r.text for r in eurefs.extract(text)] == ["Regulation (EU) 2022/2554", "DORA"]
    for size in (37, 120, 1000):
        assert list(eurefs.iter_extract(text * 5, chunk_size=size)) == eurefs.extract(text * 5)


def test_no_alias_without_an_acronym_of_the_cited_work() -> None:
    # an acronym of no name of the cited work defines nothing; a popular name stays one
    assert _found("The FOO (Regulation (EU) 2022/2065) applies. Article 16 FOO.") == [
        ("Regulation (EU) 2022/2065", DSA, None)
    ]
    assert _found("The DMA (Regulation (EU) 2022/2065) applies. Article 16 DMA.") == [
        ("Regulation (EU) 2022/2065", DSA, None)
    ]
    assert _found("the GDPR (Regulation (EU) 2016/679) applies; Article 6 GDPR.") == [
        ("Regulation (EU) 2016/679", "32016R0679", None),
        ("GDPR", "32016R0679", "Article 6"),
    ]
