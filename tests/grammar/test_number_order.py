"""Which half of an act number is its year (``eurefs.grammar.number_order``): the
numbers no EU act of the type has, read from national and other bodies' texts."""

from __future__ import annotations

import pytest

import eurefs
from eurefs.languages import BY_CODE, LANGUAGES
from eurefs.models.references import LegalActRef


@pytest.mark.parametrize(
    "text",
    [
        # the same national form with a two-digit number, which was read year first as
        # directive 2016 of 2012 (32012L2016), or with the year cut for a footnote call
        "ENTIDADE REGULADORA DOS SERVIÇOS ENERGÉTICOS DIRETIVA N.º 12/2016",
        "la direttiva n. 12/2016 del Ministero dello sviluppo economico",
        "Directive 12/2016",
        "Directive 12/2016/EU",
        "Richtlinie 2006/1231/EG",  # no directive of 2006 numbered 1231 (was 32006L1231)
        "Directive 83/1999/EEC",  # a four-digit year: number 83 of 1999, no early directive
    ],
)
def test_no_year_first_type_numbered_1000_or_more_before_2015(text: str) -> None:
    assert [r for r in eurefs.extract(text) if r.kind == "legal_act"] == []


@pytest.mark.parametrize(
    ("text", "celex"),
    [
        ("Directive 2015/2366", "32015L2366"),  # one series for all acts since 2015
        ("Directive 91/692/EEC", "31991L0692"),
        ("Recommendation 2003/361/EC", "32003H0361"),
        ("Directive 2006/1231 on services", "32006L0123"),  # a footnote call glued to it
        ("Directive 93/13 and", "31993L0013"),
        # the early years' shared series passed 1000 (was nothing): Council Directive
        # 80/1107/EEC (EU Monitor, CELEX 31980L1107), the Eighth VAT Directive as the BFH
        # cites it in refund cases
        ("Council Directive 80/1107/EEC of 27 November 1980", "31980L1107"),
        ("Art. 17 Abs. 2 der Achten Richtlinie 79/1072/EWG", "31979L1072"),
        # without the domain after it, the last digit may be a glued footnote call
        ("Directive 80/1107 on workers", "31980L0110"),
    ],
)
def test_the_numbers_of_eu_directives_stay(text: str, celex: str) -> None:
    (ref,) = [r for r in eurefs.extract(text) if r.kind == "legal_act"]
    assert ref.celex == celex


@pytest.mark.parametrize(
    "text",
    [
        # the European Data Protection Board numbers its guidelines n/yyyy (its own
        # titles, as privacyoutloud.ro and nomosparis.com cite them): no legal act, and
        # the ECB's guidelines are numbered year first (were 32022O0009, 32023O0002, and
        # guidelines 2022 of 2001 without CELEX)
        "a reference to these EDPB Guidelines 9/2022",
        "EDPB Guidelines 2/2023 on Technical Scope of Art. 5(3) of ePrivacy Directive",
        "[Guidelines 09/2022 on personal data breach notification under GDPR]",
        "EDPB Guidelines 07/2020 on the concepts of controller and processor",
        "de EDPB Richtsnoeren 9/2022",
    ],
)
def test_guidelines_numbered_number_first_are_no_eu_act(text: str) -> None:
    assert [r for r in eurefs.extract(text) if r.kind == "legal_act"] == []


@pytest.mark.parametrize(
    ("text", "celex"),
    [
        ("Guideline (EU) 2021/2253 of the ECB", "32021O2253"),
        ("Guideline ECB/2011/14", "32011O0014"),
        ("Guideline (EU) 2015/510 (ECB/2014/60)", None),  # filed under the ECB's number
    ],
)
def test_the_ecb_guidelines_stay(text: str, celex: str | None) -> None:
    first = next(r for r in eurefs.extract(text) if r.kind == "legal_act")
    assert first.act_type == "guideline" and first.celex == celex


def _numbered(text: str) -> list[tuple[str, int | None, str | None, bool, str | None]]:
    return [
        (r.text, r.year, r.number, r.number_first, r.celex)
        for r in eurefs.extract(text)
        if isinstance(r, LegalActRef)
    ]


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # a two-digit first half before any act and a four-digit year: number 12 of 2016
        # (was decision 2016 of 1912)
        ("Decision 12/2016", ("Decision 12/2016", 2016, "12", True, None)),
        # since 2015 no decision is numbered number first, whoever is named (was 32016D0012)
        (
            "Decision No 12/2016 of the European Parliament and of the Council",
            ("Decision No 12/2016 of the European Parliament and of the Council", 2016, "12",
             True, None),
        ),
    ],
)  # fmt: skip
def test_a_decision_numbered_number_first_since_2015_has_no_celex(
    text: str, read: tuple[str, int, str, bool, None]
) -> None:
    assert _numbered(text) == [read]


def test_a_decision_of_two_figures_and_a_later_year_is_no_decision_of_19xx() -> None:
    # the Hellenic data protection authority's list of processing that needs an impact
    # assessment, cited by its decision's number in a Greek law firm's compliance notes
    # (a public repository, find_string 'Απόφαση 6': id 66294346659); the two figures as a
    # year gave decision 2018 of 1965 (31965D2018): no series of the years written in two
    # figures reached 1500, so it is number 65 of 2018, a decision no EU body numbered so
    # (Greek decisions need a domain: nothing)
    text = "Η ΑΠΔΠΧ (Απόφαση 65/2018, Πίνακας §1) θεωρεί υψηλού κινδύνου:"
    assert _numbered(text) == []


@pytest.mark.parametrize("lang", [lg.code for lg in LANGUAGES])
def test_no_decision_number_gives_a_celex_of_its_two_figures_as_a_year(lang: str) -> None:
    # the Belgian data protection authority's ``Décision quant au fond 81/2020`` and the
    # like, in every language's words for a decision: never decision 2020 of 1981
    for word in BY_CODE[lang].act_types["decision"]:
        for ref in eurefs.extract(f"{word} 81/2020 et {word} 99/2016."):
            assert getattr(ref, "celex", None) in (None, ""), (word, ref)


@pytest.mark.parametrize(
    ("text", "celex"),
    [
        # the early series of two-figure years, below what they reached
        ("Council Decision 87/373/EEC", "31987D0373"),
        ("Decision 80/1107/EEC", "31980D1107"),
        ("Commission Decision 2010/87/EU", "32010D0087"),
    ],
)
def test_two_figure_year_decisions_stay(text: str, celex: str) -> None:
    assert [r[4] for r in _numbered(text)] == [celex]


def test_a_national_authority_after_a_number_read_number_first() -> None:
    # the Greek competition authority's decision, as with ``αριθ.`` (national_acts):
    # before, decision 2016 of 1912, an agreement body's
    assert _numbered("απόφαση 12/2016 της Επιτροπής Ανταγωνισμού") == []


@pytest.mark.parametrize(
    ("text", "celex"),
    [
        ("Decision No 1082/2013 of the European Parliament and of the Council", "32013D1082"),
        ("Decision (EU) 2015/2240", "32015D2240"),
        ("Decision No 2015/1234", "32015D1234"),  # a stray No before a year-first number
        ("Regulation 45/2001", "32001R0045"),
        ("Regulation 17/1962", "31962R0017"),
    ],
)
def test_the_numbers_of_eu_decisions_and_early_regulations_stay(text: str, celex: str) -> None:
    assert [c for *_, c in _numbered(text)] == [celex]


@pytest.mark.parametrize(
    ("text", "celex"),
    [
        # a stray No before a year-first number whose second half is a year too: the domain
        # in brackets had no acts in that year (the EU's from December 2009), so the first
        # half is the year. Footnote 5 of Regulation (EU) 2024/903 (OJ L, 2024/903, as
        # EUR-Lex and its Formex print it, tests/data/documents): was 31999R2018
        (
            "Regulation (EU) 2021/1119 of the European Parliament and of the Council of 30 "
            "June 2021 establishing the framework for achieving climate neutrality and "
            "amending Regulations (EC) No 401/2009 and (EU) No 2018/1999 (‘European Climate "
            "Law’) (OJ L 243, 9.7.2021, p. 1).",
            ["32021R1119", "32009R0401", "32018R1999"],
        ),
        ("Regulation (EU) No 2018/1999 on the Governance", ["32018R1999"]),
        ("Decision (EU) No 2018/1999", ["32018D1999"]),
        # the EC's years hold both readings: the No keeps number first
        ("Regulation (EC) No 2018/1999", ["31999R2018"]),
        ("Regulation (EC) No 1049/2001", ["32001R1049"]),
        ("Regulation (EU) No 2018/858", ["32018R0858"]),
    ],
)
def test_a_bracketed_domain_without_acts_in_a_year_makes_the_other_half_the_year(
    text: str, celex: list[str]
) -> None:
    assert [c for *_, c in _numbered(text)] == celex


@pytest.mark.parametrize(
    ("text", "span", "celex"),
    [
        # A stray No before a year-first number whose other half a number-first reading
        # would take for a year no act of the era has (no real text with the faulty form
        # was found: find_string '(EU) No 2019/', 'No 2019/2014', '(EU) Nr. 2019/20',
        # '(EU) Nr. 2016/' found only numbers read right; the acts' numbers are written as
        # the OJ's own footnote writes '(EU) No 2018/1999', above).
        # Commission Delegated Regulation (EU) 2019/2014 (energy labelling of household
        # washing machines): was 32014R2019, a regulation 2019 of 2014, where that year's
        # regulations stayed below 1500 (number_order._REGULATION_SERIES)
        (
            "Commission Delegated Regulation (EU) No 2019/2014 with regard to energy "
            "labelling of household washing machines",
            "Commission Delegated Regulation (EU) No 2019/2014",
            "32019R2014",
        ),
        ("forordning (EU) nr. 2019/2014", "forordning (EU) nr. 2019/2014", "32019R2014"),
        # Commission Regulation (EU) 2019/2020 (ecodesign of light sources): was 'Regulation
        # (EU) No 2019/20' and a footnote call 20, as no act is numbered number first since
        # 2015 (reference-formats.md 2.1)
        (
            "Commission Regulation (EU) No 2019/2020 laying down ecodesign requirements for "
            "light sources",
            "Commission Regulation (EU) No 2019/2020",
            "32019R2020",
        ),
        # the same package's Commission Regulation (EU) 2019/2021 (ecodesign of electronic
        # displays, EUR-Lex 32019R2021: 'Commission Regulation (EU) 2019/2021 of 1 October
        # 2019') was 'No 2019/202' and a call 1, 32019R0202, another act; Delegated Regulation
        # (EU) 2019/2013 (energy labelling of displays, which the Commission's page on
        # televisions cites as 'Regulation on energy labelling for electronic displays (EU)
        # 2019/2013', ec.europa.eu; pages corpus) was 32013R2019
        (
            "Commission Regulation (EU) No 2019/2021 laying down ecodesign requirements for "
            "electronic displays",
            "Commission Regulation (EU) No 2019/2021",
            "32019R2021",
        ),
        ("Regulation (EU) No 2019/2013", "Regulation (EU) No 2019/2013", "32019R2013"),
        # Regulation (EU) 2021/23 (recovery and resolution of central counterparties, CELEX
        # 32021R0023 in a public table of EU acts, find_string '(EU) 2021/23 ', id
        # 57014504993): was a regulation 2021 of 2023 without CELEX, '23' read as a year
        # shortened, which no act with the EU's domain writes (its years are written in four
        # figures: reference-formats.md 2.2, two-digit years only before 1999)
        (
            "Regulation (EU) No 2021/23 on a framework for the recovery and resolution of "
            "central counterparties",
            "Regulation (EU) No 2021/23",
            "32021R0023",
        ),
        ("Verordnung (EU) Nr. 2021/23", "Verordnung (EU) Nr. 2021/23", "32021R0023"),
        # a decision numbered with No took its number in the regulations' series (Decision
        # No 1313/2013/EU between Regulations (EU) No 1311/2013 and No 1315/2013): the
        # session brief's form, no real text found (find_string 'Decision No 2019/2014'):
        # was 32014D2019, a decision 2019 of 2014, past that year's series
        ("Decision No 2019/2014/EU", "Decision No 2019/2014/EU", "32019D2014"),
        ("Beschluss Nr. 2019/2014/EU", "Beschluss Nr. 2019/2014/EU", "32019D2014"),
    ],
)
def test_a_stray_no_before_a_number_the_eras_read_year_first(
    text: str, span: str, celex: str
) -> None:
    ((written, _, _, number_first, found),) = _numbered(text)
    assert (written, number_first, found) == (span, False, celex)


@pytest.mark.parametrize(
    "text",
    [
        # the forms of the brief, no act confirmed: year first as the rule reads them (were
        # 32012R2019, 32012R2017, 32011R2016: regulations of 2012 and 2011 numbered past
        # their years' series)
        "Regulation (EU) No 2019/12",
        "forordning (EU) nr. 2017/12",
        "Verordnung (EU) Nr. 2016/11",
    ],
)
def test_no_eu_regulation_has_a_two_figure_year(text: str) -> None:
    ((_, year, number, number_first, _),) = _numbered(text)
    assert (year, number_first) == (int(text[-7:-3]), False)
    assert number == text[-2:]


@pytest.mark.parametrize(
    ("text", "celex"),
    [
        # the readings the eras leave: a shortened year after a number no year
        # ('(EU) No 1169/11', food information to consumers), number first where the
        # series passed 2000 (Regulation (EC) No 2023/2006, good manufacturing practice for
        # food contact materials), a pre-reform year first with no CELEX
        ("Regulation (EU) No 1169/11", "32011R1169"),
        ("Regulation (EC) No 2023/2006", "32006R2023"),
        ("Regulation (EC) No 2018/1999", "31999R2018"),
        ("Regulation (EU) No 2010/12", None),
        # decisions of the series (the Seventh Framework Programme's, the Seventh
        # Environment Action Programme's)
        ("Decision No 1982/2006/EC", "32006D1982"),
        ("Decision No 1386/2013/EU", "32013D1386"),
    ],
)
def test_the_readings_the_eras_leave_stay(text: str, celex: str | None) -> None:
    assert [c for *_, c in _numbered(text)] == [celex]
