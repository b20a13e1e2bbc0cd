"""Act numbers without their own type word (``eurefs.grammar.bare_act_numbers``)."""

from __future__ import annotations

import pytest

import eurefs


@pytest.mark.parametrize(
    ("text", "span", "normalized", "celex"),
    [
        ("the Water Framework Directive (2000/60/EC) applies", "2000/60/EC",
         "Directive 2000/60/EC", "32000L0060"),
        ("the Habitats Directive (92/43/EEC)", "92/43/EEC", "Directive 92/43/EEC", "31992L0043"),
        ("the European Arrest Warrant Framework Decision (2002/584/JHA)", "2002/584/JHA",
         "Framework Decision 2002/584/JHA", "32002F0584"),
        ("the Copyright Directive (2019/790)", "2019/790", "Directive 2019/790", "32019L0790"),
    ],
)  # fmt: skip
def test_number_of_a_named_act(text: str, span: str, normalized: str, celex: str) -> None:
    (ref,) = eurefs.extract(text)
    assert (ref.kind, ref.text, ref.normalized, ref.celex) == ("legal_act", span, normalized, celex)
    assert text[ref.start : ref.end] == span


def test_list_taken_up_again_after_words_in_between() -> None:
    text = (
        "Regulation (EU) 2023/839 amending Regulation (EU) 2018/841 as regards the scope, "
        "simplifying the reporting and compliance rules, and setting out the targets of the "
        "Member States for 2030, and (EU) 2018/1999 as regards improvement in the monitoring"
    )
    refs = eurefs.extract(text)
    assert [(r.text, r.celex) for r in refs] == [
        ("Regulation (EU) 2023/839", "32023R0839"),
        ("Regulation (EU) 2018/841", "32018R0841"),
        ("(EU) 2018/1999", "32018R1999"),
    ]
    assert refs[-1].normalized == "Regulation (EU) 2018/1999"


def test_list_member_after_a_date_takes_the_plural_type() -> None:
    refs = eurefs.extract("Decisions (EU) 2022/1025 of 2 June 2022 and (EU) 2023/1007 apply.")
    assert [(r.text, r.normalized) for r in refs] == [
        ("Decisions (EU) 2022/1025", "Decision (EU) 2022/1025"),
        ("(EU) 2023/1007", "Decision (EU) 2023/1007"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "the GDPR and (EU) 2018/1725",  # no type word in the sentence
        "Directive 2009/28/EC applies. The rules and (EU) 2018/1999",  # another sentence
        "the report and 2018/1999 show",  # no bracketed domain: may be anything
        "the Water Framework Directive (EU) as amended",  # no number
        "the budget (2000/60/EC)",  # no type word before the bracket
    ],
)
def test_bare_numbers_without_a_type_stay_out(text: str) -> None:
    assert [r.text for r in eurefs.extract(text) if r.kind == "legal_act"] in (
        [],
        ["Directive 2009/28/EC"],
    )


def test_the_languages_come_from_the_records_and_english_may_be_left_out() -> None:
    """The family reads ``Language.bare_act_numbers``; with English not loaded
    (``EUREFS_LANGUAGES=fr``) it finds nothing instead of failing at import."""
    import os
    import subprocess
    import sys

    from eurefs.grammar import bare_act_numbers
    from eurefs.languages import BY_CODE

    assert {lang.code for lang in bare_act_numbers._RECORDS} == {
        code for code, lang in BY_CODE.items() if lang.bare_act_numbers
    }
    script = (
        "import eurefs; print([(r.text, r.lang) for r in "
        "eurefs.extract('la directive 2003/88/CE et la Directive (2000/60/CE)')])"
    )
    env = {**os.environ, "EUREFS_LANGUAGES": "fr"}
    out = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "[('directive 2003/88/CE', 'fr')]"


def test_the_finder_gives_what_the_pattern_finds_in_any_window() -> None:
    import random
    from pathlib import Path

    from eurefs.grammar import bare_act_numbers
    from eurefs.textview import TextView

    data = Path(__file__).resolve().parents[1] / "data"
    views = [
        TextView(p.read_text(encoding="utf-8")).view
        for p in sorted(data.glob("corpus*/docs/*.txt"))
    ]
    views.append(
        "the Water Framework Directive (2000/60/EC), the Habitats Directive ((92/43/EEC) and "
        "amending Regulation (EU) 2018/841 as regards the scope, and (EU) 2018/1999 or (EU) "
        "2019/1 (Directive (2000/60/EC)(2000/61/EC)"
    )
    rng = random.Random(10)
    found = 0
    for view in views:
        windows = [(0, len(view))]
        brackets = [b for b in range(len(view)) if view[b] == "("]
        brackets = rng.sample(brackets, min(len(brackets), 60))
        windows += [(b - d, b + 40) for b in brackets for d in (0, 1)]
        windows += [tuple(sorted(rng.sample(range(len(view) + 1), 2))) for _ in range(20)]
        for pos, endpos in windows:
            pos = max(0, pos)
            expected = [m.span() for m in bare_act_numbers.PATTERN.finditer(view, pos, endpos)]
            got = [m.span() for m in bare_act_numbers.find_matches(view, pos, endpos)]
            assert got == expected, (view[pos:endpos], pos, endpos)
            found += len(expected)
    assert found > 20


def test_german_list_in_a_title_taken_up_after_titles() -> None:
    # the Bundesrat's recommendations on the CAP proposals (BR-Drucksache 248/18, as
    # umwelt-online.de gives it; pages corpus): the later numbers were nothing; the dot of
    # 'Nr.' ends no sentence
    text = (
        "Vorschlag für eine Verordnung des Europäischen Parlaments und des Rates zur Änderung "
        "der Verordnungen (EU) Nr. 1308/2013 über eine gemeinsame Marktorganisation für "
        "landwirtschaftliche Erzeugnisse, (EU) Nr. 1151/2012 über Qualitätsregelungen für "
        "Agrarerzeugnisse und Lebensmittel, (EU) Nr. 251/2014 über die Begriffsbestimmung, "
        "Beschreibung, Aufmachung und Etikettierung von aromatisierten Weinerzeugnissen sowie "
        "den Schutz geografischer Angaben für aromatisierte Weinerzeugnisse, (EU) Nr. 228/2013 "
        "über Sondermaßnahmen im Bereich der Landwirtschaft zugunsten der Regionen in äußerster "
        "Randlage der Union und (EU) Nr. 229/2013 über Sondermaßnahmen im Bereich der "
        "Landwirtschaft zugunsten der kleineren Inseln des Ägäischen Meeres - COM (2018) 394 "
        "final/2"
    )
    refs = [r for r in eurefs.extract(text) if r.kind == "legal_act"]
    assert [(r.text, r.celex, r.normalized) for r in refs] == [
        ("Verordnungen (EU) Nr. 1308/2013", "32013R1308", "Verordnung (EU) Nr. 1308/2013"),
        ("(EU) Nr. 1151/2012", "32012R1151", "Verordnung (EU) Nr. 1151/2012"),
        ("(EU) Nr. 251/2014", "32014R0251", "Verordnung (EU) Nr. 251/2014"),
        ("(EU) Nr. 228/2013", "32013R0228", "Verordnung (EU) Nr. 228/2013"),
        ("(EU) Nr. 229/2013", "32013R0229", "Verordnung (EU) Nr. 229/2013"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # where every noun has a capital, a type word before a bracketed number is no named
        # act: a court's or a body's own numbering (constructed)
        "Die Entscheidung (12/2017) der Kammer ist rechtskräftig.",
        "Der Beschluss (2/2019) des Senats gilt.",
        # a directive never has a number's marker
        "gemäß der Richtlinie 2014/65/EU über Märkte für Finanzinstrumente, (EU) Nr. 600/2014 "
        "über Märkte für Finanzinstrumente.",
    ],
)
def test_german_bare_numbers_that_stay_out(text: str) -> None:
    assert [r.text for r in eurefs.extract(text) if r.kind == "legal_act"] in (
        [],
        ["Richtlinie 2014/65/EU"],
    )


@pytest.mark.parametrize(
    ("text", "span", "normalized", "celex"),
    [
        # compliance and engineering notes in public repositories (found with find_string):
        # a named act's number with its domain, in brackets of its own, was nothing
        ("- REACH Regulation ((EC) No 1907/2006) \n- WEEE Directive (2012/19/EU)",
         "(EC) No 1907/2006", "Regulation (EC) No 1907/2006", "32006R1907"),
        ("verified against the actual EU Transparency Regulation\n((EU) No 543/2013), not just",
         "(EU) No 543/2013", "Regulation (EU) No 543/2013", "32013R0543"),
        ("EU Regulation eIDAS 2.0 amending the existing eIDAS Regulation ((EU) No 910/2014) |",
         "(EU) No 910/2014", "Regulation (EU) No 910/2014", "32014R0910"),
    ],
)  # fmt: skip
def test_number_of_a_named_act_with_its_own_brackets(
    text: str, span: str, normalized: str, celex: str
) -> None:
    ref = next(r for r in eurefs.extract(text) if r.text == span)
    assert (ref.kind, ref.normalized, ref.celex) == ("legal_act", normalized, celex)
    assert text[ref.start : ref.end] == span


@pytest.mark.parametrize(
    "text",
    [
        # (no type word before the brackets: 'REACH ((EC) No 1907/2006, Annex XVII)', 'CLP
        # pictograms/labelling ((EC) No 1272/2008)', the same notes; nor a bracket in brackets
        # after a word that is none)
        "CLP pictograms/labelling ((EC) No 1272/2008)",
        "the report (see ((EU) No 910/2014))",
    ],
)
def test_no_number_in_double_brackets_without_a_type_word(text: str) -> None:
    assert [r.text for r in eurefs.extract(text) if r.kind == "legal_act"] == []
