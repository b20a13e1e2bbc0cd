"""The words before an act's number (``eurefs.grammar.legal_act_words``)."""

from __future__ import annotations

import eurefs


def _langs(text: str) -> list[str]:
    return [r.lang for r in eurefs.extract(text, kinds="legal_act", short_forms=False)]


def test_the_same_words_read_in_two_languages_by_the_text_around() -> None:
    # the reading of "Directive" is kept between citations; the language is still chosen
    # from each citation's own sentence
    english = "This is in line with the Directive 2003/88 and with nothing else."
    french = "Il est conforme à la Directive 2003/88 du Parlement européen."
    assert _langs(english) == ["en"]
    assert _langs(french) == ["fr"]
    assert _langs(english + " " + french + " " + english) == ["en", "fr", "en"]


def test_a_list_member_whose_domain_says_another_language_is_read_in_it() -> None:
    # English writes EC, not CE: the member is the French directive, and its normal form
    # parses back to it (found by test_normal_forms)
    refs = eurefs.extract("Directive 1993/1, 1993/1/CE", kinds="legal_act")
    assert [(r.normalized, r.lang) for r in refs] == [
        ("Directive 1993/1", "en"),
        ("directive 1993/1/CE", "fr"),
    ]
    assert eurefs.parse(refs[1].normalized).lang == "fr"
    # a member in the list's own language keeps it
    refs = eurefs.extract("Directives 2003/88/EC and 93/104/EC", kinds="legal_act")
    assert [(r.normalized, r.lang) for r in refs] == [
        ("Directive 2003/88/EC", "en"),
        ("Directive 93/104/EC", "en"),
    ]


def test_finnish_acts_in_the_partitive() -> None:
    # the object of 'sovelletaan', 'muutetaan', 'koskeva' is in the partitive (anaphors2
    # review: 'Asetusta (EY) N:o 1049/2001' was not read at all)
    text = (
        "Asetusta (EY) N:o 1049/2001 sovelletaan. Muutetaan päätöstä 2010/427/EU ja "
        "komission suositusta 2003/361/EY sekä puitepäätöstä 2002/584/YOS."
    )
    refs = eurefs.extract(text, kinds="legal_act", short_forms=False)
    assert [(r.text, r.celex, r.lang) for r in refs] == [
        ("Asetusta (EY) N:o 1049/2001", "32001R1049", "fi"),
        ("päätöstä 2010/427/EU", "32010D0427", "fi"),
        ("komission suositusta 2003/361/EY", "32003H0361", "fi"),
        ("puitepäätöstä 2002/584/YOS", "32002F0584", "fi"),
    ]
