"""The words before an act's number (``eurefs.grammar.legal_act_words``)."""

from __future__ import annotations

import pytest

import eurefs
from tests.support.extracted import extracted


def _langs(text: str) -> list[str]:
    return extracted(text, "lang", kinds="legal_act", short_forms=False)


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


@pytest.mark.parametrize(
    ("text", "span", "celex"),
    [
        # Lithuanian pamatinis sprendimas, the Court's and the Commission's other name of a
        # framework decision (curia C-303/05 AG opinion; EUR-Lex 52020DC0270): was
        # 'sprendimą 2008/909/TVR' -> 32008D0909, a decision's CELEX
        ("pagal Tarybos pamatinį sprendimą 2008/909/TVR", "Tarybos pamatinį sprendimą 2008/909/TVR",
         "32008F0909"),
        ("iš dalies pakeistas Tarybos pamatiniu sprendimu 2009/299/TVR",
         "Tarybos pamatiniu sprendimu 2009/299/TVR", "32009F0299"),
        ("Pagrindų sprendimu 2002/584/TVR numatytas", "Pagrindų sprendimu 2002/584/TVR",
         "32002F0584"),
        # the dative in Czech, Slovak and Slovenian (were decisions' CELEX too)
        ("rámcovému rozhodnutí 2002/584/SVV", "rámcovému rozhodnutí 2002/584/SVV", "32002F0584"),
        ("rámcovému rozhodnutiu 2002/584/SVV", "rámcovému rozhodnutiu 2002/584/SVV",
         "32002F0584"),
        ("Okvirnemu sklepu 2002/584/PNZ", "Okvirnemu sklepu 2002/584/PNZ", "32002F0584"),
        # Estonian partitive (EUR-Lex 32009D0934): was nothing
        ("võttes arvesse nõukogu 6. aprilli 2009. aasta otsust 2009/371/JSK, millega",
         "otsust 2009/371/JSK", "32009D0371"),
        ("millega muudetakse raamotsust 2002/584/JSK", "raamotsust 2002/584/JSK", "32002F0584"),
        # (what must stay: a decision is a decision)
        ("Tarybos sprendimas 2002/187/TVR", "Tarybos sprendimas 2002/187/TVR", "32002D0187"),
        ("rozhodnutí Rady 2002/187/SVV", "rozhodnutí Rady 2002/187/SVV", "32002D0187"),
    ],
)  # fmt: skip
def test_framework_decisions_in_more_cases(text: str, span: str, celex: str) -> None:
    (act,) = eurefs.extract(text, kinds="legal_act", short_forms=False)
    assert (act.text, act.celex) == (span, celex)


@pytest.mark.parametrize(
    "text",
    [
        # a framework decision's adjective in a form no record lists: no decision's CELEX
        "pamatiniams sprendimams 2002/584/TVR",
        "rámcovými rozhodnutím 2002/584/SVV",
        "okvirnih sklepih 2002/584/PNZ",
        "Рамковите решения 2002/584/ПВР",
    ],
)
def test_a_framework_adjective_unlisted_leaves_no_decision(text: str) -> None:
    assert eurefs.extract(text, kinds="legal_act", short_forms=False) == []


@pytest.mark.parametrize(
    ("text", "span", "celex"),
    [
        # "within the framework of" (Croatian, Slovenian u/v okviru) is no framework
        # decision's adjective, nor a word with a sign after it
        ("u okviru Odluke Vijeća 2008/615/PUP", "Odluke Vijeća 2008/615/PUP", "32008D0615"),
        ("v okviru Sklepa 2008/615/PNZ", "Sklepa 2008/615/PNZ", "32008D0615"),
        ("within this framework, Decision 2010/87/EU applies", "Decision 2010/87/EU",
         "32010D0087"),
    ],
)  # fmt: skip
def test_a_word_sharing_a_framework_adjective_s_start_leaves_the_decision(
    text: str, span: str, celex: str
) -> None:
    (act,) = eurefs.extract(text, kinds="legal_act", short_forms=False)
    assert (act.text, act.celex) == (span, celex)


@pytest.mark.parametrize(
    ("text", "refs"),
    [
        # EUR-Lex titles (32021R0371, 32006L0073): the subtype capitalised, the verb not
        ("Council Implementing Regulation (EU) 2021/371 of 2 March 2021 implementing "
         "Regulation (EU) 2020/1998 concerning restrictive measures",
         [("Council Implementing Regulation (EU) 2021/371", "implementing",
           "http://data.europa.eu/eli/reg_impl/2021/371/oj"),
          ("Regulation (EU) 2020/1998", None, None)]),
        ("Commission Directive 2006/73/EC of 10 August 2006 implementing Directive "
         "2004/39/EC of the European Parliament and of the Council",
         [("Commission Directive 2006/73/EC", None, "http://data.europa.eu/eli/dir/2006/73/oj"),
          ("Directive 2004/39/EC", None, "http://data.europa.eu/eli/dir/2004/39/oj")]),
        # the verb after a number: no implementing regulation's ELI for Brussels I bis
        ("a Council Decision implementing Regulation (EU) No 1215/2012 on jurisdiction",
         [("Regulation (EU) No 1215/2012", None, None)]),
        # in capitals, and the other subtype in lower case, still subtypes
        ("COMMISSION IMPLEMENTING REGULATION (EU) 2019/947",
         [("COMMISSION IMPLEMENTING REGULATION (EU) 2019/947", "implementing",
           "http://data.europa.eu/eli/reg_impl/2019/947/oj")]),
        ("under the delegated Regulation (EU) 2019/980",
         [("delegated Regulation (EU) 2019/980", "delegated",
           "http://data.europa.eu/eli/reg_del/2019/980/oj")]),
    ],
)  # fmt: skip
def test_a_subtype_word_written_as_a_verb_is_none(
    text: str, refs: list[tuple[str, str | None, str | None]]
) -> None:
    found = eurefs.extract(text, short_forms=False)
    assert [(r.text, r.subtype, r.eli) for r in found] == refs  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("text", "spans", "celexes"),
    [
        # English notes and guides outside the OJ (public repositories, find_string)
        ("GDPR (Reg 2016/679) Arts. 33-34.", ["Reg 2016/679"], ["32016R0679"]),
        ("EU AI Act (Reg 2024/1689) Art. 73 (post-market monitoring)", ["Reg 2024/1689"],
         ["32024R1689"]),
        ("Brussels I bis Regulation (Reg 1215/2012) Article 18(1) gives EU consumers",
         ["Reg 1215/2012"], ["32012R1215"]),
        ("Cross-border civil (Reg 861/2007, Reg 1896/2006, Reg 805/2004):",
         ["Reg 861/2007", "Reg 1896/2006", "Reg 805/2004"],
         ["32007R0861", "32006R1896", "32004R0805"]),
        ("the Community trade mark (Reg 207/2009)", ["Reg 207/2009"], ["32009R0207"]),
        ("REG (EU) 2016/679", ["REG (EU) 2016/679"], ["32016R0679"]),
        # a year in two figures with a pinpoint before it (as for German ``VO``)
        ("Article 9 of Reg 40/94 applies", ["Reg 40/94"], ["31994R0040"]),
    ],
)  # fmt: skip
def test_reg_without_its_dot_is_the_english_abbreviation_of_regulation(
    text: str, spans: list[str], celexes: list[str]
) -> None:
    refs = eurefs.extract(text, kinds="legal_act")
    assert [(r.text, r.lang, r.act_type) for r in refs] == [
        (span, "en", "regulation") for span in spans
    ]
    assert [r.celex for r in refs] == celexes
    assert [eurefs.parse(r.normalized).celex for r in refs] == celexes
    assert refs[0].normalized.startswith("Regulation ")


@pytest.mark.parametrize(
    "text",
    [
        # a regulation of a UK statutory instrument, a name, no act number
        "under reg 3(2) of the 2016 Regulations",
        "Reg Smith wrote on 12/03/2019",
        "Reg 2016 was a good year",
        # before a bare number, as German ``VO``: a year in two figures without a pinpoint
        # before it ('Reg' also abbreviates 'registration'), or in other words than English
        "Reg 12/34 is the file",
        "(+ perechea Reg 1215/2012 Brussels I a la P2)",
        # 'Dir' is no type word without its dot ('dir' before a number is a directory's)
        "Dir 2022/2555 (NIS2)",
        "the log dir 2019/05 is full",
    ],
)
def test_reg_and_dir_without_a_number_or_dot_are_no_act(text: str) -> None:
    assert [r for r in eurefs.extract(text) if r.kind == "legal_act"] == []


def test_reg_is_no_anaphor() -> None:
    # ``Reg`` is no type word of the back-references (a name: 'that Reg was right')
    text = "See Regulation (EU) 2016/679. I told him that Reg was right."
    assert [r.kind for r in eurefs.extract(text)] == ["legal_act"]


def test_a_german_type_word_in_small_letters_is_a_broken_compound_s_tail() -> None:
    # the Federal Data Protection Commissioner's 27th activity report (BfDI, 1.2, as
    # data.guardint.org copies it) breaks 'Rahmenbeschlusses' over a line with no hyphen:
    # the tail is no decision (32008D0977 was wrong: the act is a framework decision)
    text = (
        "Daten durch die zuständigen Behörden ... zum freien Datenverkehr und zur Aufhebung"
        " des Rahmen\nbeschlusses 2008/977/JI des Rates (JI-Richtlinie) berichtet."
    )
    assert eurefs.extract(text, kinds="legal_act") == []
    # German writes its type words with a capital: a compound's tail stays read after its
    # first part, and other languages' small letters are theirs
    refs = eurefs.extract(
        "Die Mehrwertsteuersystemrichtlinie 2006/112/EG regelt; des Rahmenbeschlusses"
        " 2008/977/JI des Rates; la directive 95/46/CE",
        kinds="legal_act",
    )
    assert [r.celex for r in refs] == ["32006L0112", "32008F0977", "31995L0046"]
