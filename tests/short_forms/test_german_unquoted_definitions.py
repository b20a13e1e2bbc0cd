"""German definitions without quotation marks, as the Court's German judgments write them
(``(ABl. L 145, S. 1, im Folgenden: Sechste Richtlinie)``), and their uses with the
adjective declined (``der Sechsten Richtlinie``): ``unquoted_aliases`` and
``adjective_endings`` of ``eurefs.languages.de``; a colon before a word in small letters
inside the act's title (``Mehrwertsteuersystem: einheitliche ...``) is no sentence end."""

from __future__ import annotations

import pytest

import eurefs
from tests.support.extracted import extracted

# The Court's judgment in C-401/06, Commission v Germany (mein.kiehl.de, Dokument 282389),
# paragraphs 1 and 2, as published there (the date filled in)
_KIEHL = (
    "1 Mit ihrer Klageschrift beantragt die Kommission der Europäischen Gemeinschaften, "
    "festzustellen, dass die Bundesrepublik Deutschland dadurch gegen ihre Verpflichtungen aus "
    "Art. 9 Abs. 2 Buchst. e der Sechsten Richtlinie 77/388/EWG des Rates vom 17. Mai 1977 zur "
    "Harmonisierung der Rechtsvorschriften der Mitgliedstaaten über die Umsatzsteuern - "
    "Gemeinsames Mehrwertsteuersystem: einheitliche steuerpflichtige Bemessungsgrundlage (ABl. "
    "L 145, S. 1, im Folgenden: Sechste Richtlinie) verstoßen hat, dass sich nach deutschem "
    "Recht der Ort der Dienstleistungen eines Testamentsvollstreckers nicht nach dieser "
    "Vorschrift bestimmt.\n2 Nach Art. 2 Abs. 1 der Sechsten Richtlinie unterliegen "
    "Dienstleistungen der Mehrwertsteuer."
)


def _defined(text: str) -> list[tuple[str, str | None, str | None]]:
    return [
        (r.text, r.celex, r.pinpoint)
        for r in eurefs.extract(text, kinds="short_form")
        if r.how == "defined_term"
    ]


def test_sixth_directive_defined_without_quotes() -> None:
    # was nothing: no quotation marks, and the title's colon read as a sentence's end
    assert _defined(_KIEHL) == [("Sechsten Richtlinie", "31977L0388", "Art. 2 Abs. 1")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the English title of the same directive, with its colon (was nothing)
        ("Sixth Council Directive 77/388/EEC of 17 May 1977 on the harmonisation of the laws "
         "of the Member States relating to turnover taxes — Common system of value added tax: "
         "uniform basis of assessment (OJ 1977 L 145, p. 1) ('the Sixth Directive') applies. "
         "Article 13 of the Sixth Directive says so.",
         [("Sixth Directive", "31977L0388", "Article 13")]),
        # a bare type word after ``nachstehend:``, used with its article
        ("Die Richtlinie 95/46/EG (nachstehend: Richtlinie) gilt. Art. 3 der Richtlinie gilt.",
         [("Richtlinie", "31995L0046", "Art. 3")]),
    ],
)  # fmt: skip
def test_defined(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert _defined(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # brackets that define no act: a party, a judgment
        "Die Verordnung (EU) 2016/679 (im Folgenden: Klägerin) gilt. Die Klägerin klagt.",
        "Das Urteil vom 5. Mai 2019 (im Folgenden: angefochtenes Urteil) zur Richtlinie 95/46/EG.",
        # a sentence ends with a colon before a capital: the alias is no title's
        "Die Richtlinie 95/46/EG gilt: Die Kommission (im Folgenden: Richtlinie) klagt.",
        # the abbreviated citation as its own alias: the full reference, no short form
        "Richtlinie 2004/38/EG des Europäischen Parlaments und des Rates vom 29. April 2004 "
        "(ABl. L 158, S. 77, im Folgenden: Richtlinie 2004/38) gilt.",
    ],
)  # fmt: skip
def test_no_definition(text: str) -> None:
    assert _defined(text) == []


def _acronyms(text: str) -> list[tuple[str, str | None, str | None]]:
    return extracted(text, "text", "celex", "pinpoint", kinds="short_form")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an Austrian law journal (RdW 2022/8, 360.lexisnexis.at; pages corpus) gives the
        # directive its acronym right after its number; the later use is constructed
        ("Nach Art 6 Abs 1 RL 93/13/EWG (KlauselRL) ist im nationalen Recht vorzusehen, dass "
         "missbräuchliche Klauseln in Verbraucherverträgen für den Verbraucher unverbindlich "
         "sind. Art 7 Abs 1 KlauselRL verlangt wirksame Mittel.",
         [("KlauselRL", "31993L0013", "Art 7 Abs 1")]),
        # a flight-compensation note in a public repository (find_string, id 55442197884):
        # '[VO (EU) Nr. 1215/2012 (EuGVVO)](https://eur-lex...) — Art. 7 Nr. 1, Art. 17–19';
        # the later use is constructed
        ("- VO (EU) Nr. 1215/2012 (EuGVVO) — Art. 7 Nr. 1, Art. 17–19\n"
         "Der Gerichtsstand folgt aus Art. 7 Nr. 1 lit. b EuGVVO.",
         [("EuGVVO", "32012R1215", "Art. 7 Nr. 1 lit. b")]),
        # rechtslupe.de on a BGH decision on maintenance (pages corpus): the bracket after
        # the title and its date sets two names equal; both are the regulation's
        ("Die internationale Zuständigkeit der deutschen Gerichte für die Leistungsklage auf "
         "Trennungsunterhalt richtet sich hier nach der Verordnung (EG) Nr. 44/2001 des Rates "
         "über die gerichtliche Zuständigkeit und die Anerkennung und Vollstreckung von "
         "Entscheidungen in Zivil- und Handelssachen vom 22.12.2000 (EuGVVO = Brüssel-I-VO), "
         "weil die Klage nach deren Inkrafttreten am 1.03.2002 erhoben worden (Art. 76, 66 "
         "EuGVVO) und der sachliche und räumliche Geltungsbereich der Verordnung (Art. 1 Abs. 1 "
         "und 3 EuGVVO) im Verhältnis der Bundesrepublik Deutschland zu den Niederlanden als "
         "Mitgliedstaaten eröffnet ist.",
         [("EuGVVO", "32001R0044", "Art. 76, 66"),
          ("EuGVVO", "32001R0044", "Art. 1 Abs. 1 und 3")]),
        # rechtslupe.de on a BGH decision on bank loans (pages corpus): the date in figures
        # after 'vom' before the title, a footnote call after the bracket
        ("Die internationale Zuständigkeit richtet sich in diesem Fall nach der Verordnung (EG) "
         "Nr. 44/2001 des Rates vom 22.12.2000 über die gerichtliche Zuständigkeit und die "
         "Anerkennung und Vollstreckung von Entscheidungen in Zivil- und Handelssachen "
         "(EuGVVO)1, da die Klage nach deren Inkrafttreten am 1. März 2002 erhoben worden "
         "(Art. 76, 66 EuGVVO).",
         [("EuGVVO", "32001R0044", "Art. 76, 66")]),
    ],
)  # fmt: skip
def test_an_acronym_in_brackets_right_after_an_act_is_its_alias(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert _acronyms(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # after a title, an acronym in brackets may be another body's (an agency's, named in
        # the title): never an alias of the act
        "Verordnung (EG) Nr. 1907/2006 zur Schaffung einer Europäischen Agentur für chemische "
        "Stoffe (ECHA). Die ECHA prüft.",
        # nor after an act inside another's title (which act it names is not said)
        "Verordnung (EU) 2019/1 zur Änderung der Verordnung (EG) Nr. 1/2003 (KartVO). Die KartVO.",
        "Verordnung (EU) 2019/1 des Rates vom 2.1.2019 zur Änderung der Verordnung (EG) Nr. "
        "1/2003 über die Kartelle (KartVO). Nach Art. 2 KartVO.",
        # nor after a title where it names no act's type, or another type than the act's
        "Die Verordnung (EU) 2018/1139 des Europäischen Parlaments und des Rates vom 4. Juli "
        "2018 zur Errichtung einer Agentur der Europäischen Union für Flugsicherheit (EASA) "
        "gilt. Nach Art. 2 EASA.",
        "Die Richtlinie 2006/112/EG des Rates vom 28.11.2006 über das gemeinsame "
        "Mehrwertsteuersystem (SystVO) gilt. Nach Art. 2 SystVO.",
        # nor a domain, a treaty's abbreviation or a court
        "Die Richtlinie 85/337 (EWG) gilt. Richtlinie 2003/88 (AEUV) und Richtlinie 2004/38/EG "
        "(EuGH). Die EWG, der AEUV und der EuGH.",
        # nor in a language whose record does not say so
        "Directive 2011/83/EU (CRDX) applies. Under Article 6 CRDX.",
    ],
)
def test_no_acronym_alias_but_after_an_act_s_number_or_typed_title(text: str) -> None:
    assert _acronyms(text) == []


def test_an_acronym_alias_fed_in_steps_is_the_same() -> None:
    # the stream binds the bracket as the whole text does (short_forms/incremental)
    from eurefs.short_forms import with_short_forms
    from tests.short_forms.test_incremental import _fed

    text = (
        "Nach Art 6 Abs 1 RL 93/13/EWG (KlauselRL) ist im nationalen Recht vorzusehen, dass "
        "missbräuchliche Klauseln unverbindlich sind. " + "Weiterer Text. " * 40
        + "Art 7 Abs 1 KlauselRL verlangt wirksame Mittel."
    )  # fmt: skip
    refs = eurefs.extract(text, short_forms=False)
    assert _fed(text, 50) == with_short_forms(text, refs)
    assert [r.text for r in eurefs.extract(text, kinds="short_form")] == ["KlauselRL"]


def test_two_names_set_equal_fed_in_steps_are_the_same() -> None:
    # both names of '(EuGVVO = Brüssel-I-VO)' (rechtslupe.de, above) bound in the stream as
    # in the whole text; the later uses are constructed
    from eurefs.short_forms import with_short_forms
    from tests.short_forms.test_incremental import _fed

    text = (
        "Die Zuständigkeit richtet sich nach der Verordnung (EG) Nr. 44/2001 des Rates über die "
        "gerichtliche Zuständigkeit vom 22.12.2000 (EuGVVO = Brüssel-I-VO). "
        + "Weiterer Text. " * 40
        + "Nach Art. 5 Nr. 1 Brüssel-I-VO und Art. 2 EuGVVO."
    )  # fmt: skip
    refs = eurefs.extract(text, short_forms=False)
    assert _fed(text, 50) == with_short_forms(text, refs)
    assert _acronyms(text) == [
        ("Brüssel-I-VO", "32001R0044", "Art. 5 Nr. 1"),
        ("EuGVVO", "32001R0044", "Art. 2"),
    ]
