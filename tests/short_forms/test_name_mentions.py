"""Where a popular name is no mention of its work: the tail of a longer title joined by
"and", and a name followed by the words of the technical standards made under it
(``short_forms/longer_titles``, ``short_forms/name_mentions``).

The real text: a public repository's table of EU acts for a documentation portal
(legislation-metadata.js, found with the workplace's find_string 'Accreditation and
Market Surveillance Regulation'), which keys each act by its CELEX and gives its name.
"""

from __future__ import annotations

import eurefs

# Three lines of the table as written there: Regulation (EC) No 765/2008 by its name.
_ACCREDITATION = """    // Accreditation and Market Surveillance
    '32008R0765': {
        humanName: 'Accreditation and Market Surveillance Regulation',
"""

# Two entries of the same table: EMIR itself, then Implementing Regulation (EU) 2022/1860,
# the reporting standards made under it, named after it.
_EMIR = """    // EMIR - Derivatives and CCPs
    '32012R0648': {
        humanName: 'European Market Infrastructure Regulation',
        abbreviation: 'EMIR',
    },

    // EMIR Reporting Standards
    '32022R1860': {
        humanName: 'EMIR Reporting Technical Standards',
        abbreviation: null,
"""


def _short_forms(text: str) -> list[tuple[str, str | None]]:
    return [(r.text, r.celex) for r in eurefs.extract(text) if r.kind == "short_form"]


def test_the_tail_of_a_title_joined_by_and_is_no_mention() -> None:
    # 'Market Surveillance Regulation' is Regulation (EU) 2019/1020's name; here it ends
    # the name of Regulation (EC) No 765/2008 (was: 32019R1020)
    assert _short_forms(_ACCREDITATION) == []


def test_the_technical_standards_named_after_an_act_are_no_mention_of_it() -> None:
    # the first entry's two are EMIR's (its comment and abbreviation); the second's two
    # name the standards (were: both Regulation (EU) No 648/2012 too)
    second = _EMIR.index("// EMIR Reporting")
    found = [(r.text, r.celex, r.start < second) for r in eurefs.extract(_EMIR)]
    assert [f for f in found if f[0] == "EMIR"] == [("EMIR", "32012R0648", True)] * 2


def test_two_names_joined_by_and_are_both_mentions() -> None:
    text = (
        "The Water Framework Directive and Habitats Directive apply, as do the AI Act & Data Act."
    )
    assert _short_forms(text) == [
        ("Water Framework Directive", "32000L0060"),
        ("Habitats Directive", "31992L0043"),
        ("AI Act", "32024R1689"),
        ("Data Act", "32023R2854"),
    ]


def test_a_name_after_and_a_small_word_is_a_mention() -> None:
    text = "Importers and the Market Surveillance Regulation: duties apply from 2021."
    assert _short_forms(text) == [("Market Surveillance Regulation", "32019R1020")]


def test_german_nouns_before_und_are_no_title() -> None:
    # German capitalises every noun: the word before 'und' tells no longer title
    text = (
        "Das Verhältnis zwischen ePrivacy-Richtlinie und Datenschutz-Grundverordnung ist "
        "umstritten. Hinweise zu Cookies und Datenschutz-Grundverordnung."
    )
    assert [c for _, c in _short_forms(text)] == ["32002L0058", "32016R0679", "32016R0679"]
