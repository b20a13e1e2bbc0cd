"""A popular name or a defined alias followed by a revision's mark (a Roman numeral from II
to VIII, a number with a point), where the popular names hold numbered revisions of it,
names another act, the revision: no mention of the named one
(``name_mentions.revision_after``, read by ``popular_names`` and ``uses``)."""

from __future__ import annotations

import eurefs


def _short_forms(text: str) -> list[tuple[str, str | None]]:
    return [(r.text, r.celex) for r in eurefs.extract(text) if r.kind == "short_form"]


# pricehubble.com/de/blog/crr-iii (pages corpus), its first sentences, shortened: CRR III
# is Regulation (EU) 2024/1623, which amends CRR, Regulation (EU) No 575/2013
_CRR_III = (
    "Die Capital Requirements Regulation III (CRR III) ist seit dem 1. Januar 2025 in Kraft"
    " und bringt grundlegende Änderungen in der Berechnung der risikogewichteten Aktiva (RWA)"
    " für Banken innerhalb der Europäischen Union mit sich. Die CRR III-Reform zielt darauf"
    " ab, die Widerstandsfähigkeit des Bankensektors zu stärken. Was ist die CRR III genau?"
)

# regulationtomorrow.com/eu/emir-2-2-legislation-published-in-the-oj/ (pages corpus)
_EMIR_2_2 = (
    "On 12 December 2019, there was published in the Official Journal of the European Union"
    " (OJ), Regulation (EU) 2019/2099 amending Regulation (EU) 648/2012 as regards the"
    " procedures and authorities involved for the authorisation of CCPs and requirements for"
    " the recognition of third-country CCPs (EMIR 2.2).\n\nEMIR 2.2 will enter into force on"
    " the twentieth day following its publication in the OJ (1 January 2020) and will apply"
    " from that date."
)

# the Commission's proposal COM(2016) 56 in Dutch (EUR-Lex 52016PC0056), its explanatory
# memorandum, shortened: MiFID II is the directive and the regulation together
_MIFID_II = (
    'Richtlijn 2014/65/EU ("MiFID") werd samen met Verordening (EU) nr. 600/2014 ("MiFIR")'
    " vastgesteld in de nasleep van de financiële crisis. De MiFID en de MiFIR, die samen"
    " MiFID II worden genoemd, hebben betrekking op de effectenmarkten,"
    " beleggingstussenpersonen en handelsplatformen.\n\nMiFID II breidt het aantal"
    " financiële instrumenten dat onder de handelsregels valt, uit."
)


def test_name_before_a_roman_numeral_and_hyphen() -> None:
    """Before, 'CRR' of 'CRR III-Reform' was a mention of Regulation (EU) No 575/2013."""
    assert _short_forms(_CRR_III) == [("CRR III", "32024R1623")]


def test_name_before_a_numbered_version() -> None:
    """Before, 'EMIR' of 'EMIR 2.2' was a mention of Regulation (EU) No 648/2012."""
    assert ("EMIR", "32012R0648") not in _short_forms(_EMIR_2_2)


def test_defined_alias_before_a_roman_numeral() -> None:
    """Before, 'MiFID' of both 'MiFID II' was a use of the alias of Directive 2014/65/EU."""
    found = _short_forms(_MIFID_II)
    assert found == [("MiFID", "32014L0065"), ("MiFIR", "32014R0600")]
    assert _MIFID_II.index("De MiFID") + 3 == next(
        r.start for r in eurefs.extract(_MIFID_II) if r.text == "MiFID"
    )


def test_a_chapter_after_a_name_stays_a_mention() -> None:
    # no revision of the GDPR is named with a number: the numeral is its chapter (the
    # Wazuh documentation's 'GDPR III, Rights of the data subject', public repositories;
    # Latvian 'Saskaņā ar VDAR III nodaļu jums ir tiesības' and Hungarian 'A GDPR III.
    # fejezete alapján Önt az alábbi jogok illetik meg', privacy notices in public
    # repositories, find_string 'VDAR III', 'GDPR III. fejezet')
    texts = [
        "GDPR III, Rights of the data subject",
        "Saskaņā ar VDAR III nodaļu jums ir tiesības:",
        "A GDPR III. fejezete alapján Önt az alábbi jogok illetik meg.",
    ]
    for text in texts:
        assert [celex for _, celex in _short_forms(text)] == ["32016R0679"], text


def test_other_words_after_a_name_stay_mentions() -> None:
    # English 'I', 'In' and a year are no revision's marks; nor is a number of a footnote
    text = (
        "Regulation (EU) 2016/679 (the GDPR) applies. Under the GDPR I would ask first."
        " The GDPR In short. The GDPR 2018 text. The GDPR 12 sets rules."
    )
    after = text.index("Under")
    found = [r for r in eurefs.extract(text) if r.kind == "short_form" and r.start > after]
    assert [(r.text, r.celex) for r in found] == [("GDPR", "32016R0679")] * 4
