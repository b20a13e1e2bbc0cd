"""Popular names at a word's start, inside a word and at a capital inside a lower-case name:
what the name scan gives there (``popular_names.scan_names``), in real sentences."""

from __future__ import annotations

import pytest

from tests.support.extracted import extracted

# (cippe.thesmios.com, 'Requirements of the ePrivacy Directive'; pages corpus)
EPRIVACY = (
    "The ePrivacy Directive (2002/58/EC, as amended) adds information requirements for "
    "cookies and similar technologies on websites, apps and connected devices."
)
# (trustservices.swisscom.com, 'Trust service provider according to EU Regulation eIDAS';
# pages corpus)
EIDAS = (
    "According to Article 3 (17) of the eIDAS Regulation, to be considered a qualified trust "
    "service provider, trust service providers must comply with the relevant requirements of "
    "eIDAS."
)
# (a dashboard's data in a public repository, find_string id 44322818524: the GDPR's acronym
# ends the longer words 'UKGDPR' and 'EUGDPR')
INSIDE = "{ month: 'Nov', NIS2: 75, UKGDPR: 95, EUGDPR: 98, CCPA: 90 },"
# (Regulation (EU) 2016/679's definition as the corpus's documents give it an alias)
DEFINED = "Regulation (EU) 2016/679 of the European Parliament and of the Council (‘the GDPR’)"

# a long text is scanned without the check for names a short one has first
_PAD = " " * 2100


def _short_forms(text: str) -> list[tuple[str, int, str | None]]:
    return extracted(text, "text", "start", "celex", kind="short_form")


@pytest.mark.parametrize("pad", ["", _PAD])
def test_lower_case_names_holding_a_capital_are_found_at_a_word_start(pad: str) -> None:
    assert _short_forms(pad + EPRIVACY) == [("ePrivacy Directive", len(pad) + 4, "32002L0058")]
    assert _short_forms(pad + EIDAS) == [("eIDAS Regulation", len(pad) + 35, "32014R0910")]


@pytest.mark.parametrize("pad", ["", _PAD])
def test_a_lower_case_name_glued_to_a_word_is_no_mention(pad: str) -> None:
    text = (
        pad
        + EPRIVACY.replace("The ePrivacy", "The xePrivacy")
        + " "
        + EIDAS.replace("the eIDAS", "the neIDAS")
    )
    assert _short_forms(text) == []


@pytest.mark.parametrize("pad", ["", _PAD])
def test_a_name_ending_a_longer_word_is_no_mention(pad: str) -> None:
    text = pad + INSIDE + " Article 33 GDPR applies."
    gdpr = text.rindex("GDPR")
    assert _short_forms(text) == [
        ("NIS2", len(pad) + 16, "32022L2555"),
        ("GDPR", gdpr, "32016R0679"),
    ]


@pytest.mark.parametrize("pad", ["", _PAD])
def test_a_defined_name_ending_a_longer_word_is_no_use(pad: str) -> None:
    # the alias ``GDPR`` is searched where the name scan found the name: not in ``UKGDPR``
    text = pad + DEFINED + " applies. " + INSIDE + " and the GDPR."
    found = _short_forms(text)
    assert [(t, s) for t, s, _ in found] == [
        ("NIS2", text.index("NIS2")),
        ("GDPR", text.rindex("GDPR")),
    ]
    assert {c for _, _, c in found} == {"32022L2555", "32016R0679"}


@pytest.mark.parametrize("pad", ["", _PAD])
def test_names_glued_to_one_another_are_one_word(pad: str) -> None:
    # a capitalised name right after another name's last letter is inside a word: the
    # ``Data Act`` of ``GDPRData Act`` is none, that of ``GDPR Data Act`` one
    text = pad + "Under the GDPRData Act rules and the GDPR Data Act rules."
    assert [t for t, _, _ in _short_forms(text)] == ["GDPR", "Data Act"]
