"""Case numbers: bare pre-1989 numbers made cases by the Court's citation style."""

from __future__ import annotations

import pytest

import eurefs
from eurefs.languages import LANGUAGES
from eurefs.languages.base import Language
from tests.support.extracted import extracted


def _cases(text: str) -> list[tuple[str, str]]:
    return extracted(text, "text", "normalized", kinds="case")


@pytest.mark.parametrize(
    ("text", "normalized"),
    [
        # ECLI style of the Court's judgments since 2014, in any language
        (
            "judgment of 26 February 1986, Marshall, 152/84, EU:C:1986:84, paragraph 49",
            "Case 152/84",
        ),
        ("arrêt du 26 février 1986, Marshall, 152/84, EU:C:1986:84, point 49", "affaire 152/84"),
        (
            "Urteil vom 26. Februar 1986, Marshall, 152/84, ECLI:EU:C:1986:84, Rn. 49",
            "Rechtssache 152/84",
        ),
        # the Reports, as the judgments before 2014 cite them (tests/data/corpus-es, -nl)
        (
            "las sentencias de 26 de febrero de 1986, Marshall, 152/84, Rec. p. 723, apartado 49",
            "asunto 152/84",
        ),
        (
            "arresten van 26 februari 1986, Marshall, 152/84, Jurispr. blz. 723, punt 49",
            "zaak 152/84",
        ),
        ("Urteile vom 26. Februar 1986, Marshall, 152/84, Slg. 1986, 723", "Rechtssache 152/84"),
        ("Marshall, 152/84, [1986] ECR 723", "Case 152/84"),
        # English academic style: number, name, year and Reports
        ("see 152/84 Marshall v Southampton [1986] ECR 723", "Case 152/84"),
    ],
)
def test_a_bare_old_number_followed_by_an_ecli_or_the_reports_is_a_case(
    text: str, normalized: str
) -> None:
    assert _cases(text) == [("152/84", normalized)]


@pytest.mark.parametrize(
    "text",
    [
        "152/84",  # alone: too ambiguous (an old regulation's number)
        "Marshall, 152/84, paragraph 49",
        # an ECLI of a judgment given before the number's year, or long after it
        "see 1408/71, EU:C:1970:12",
        "Marshall, 152/84, EU:C:2016:84",
        # a letter prefix is needed from 1989
        "Foster, 188/89, EU:C:1990:313",
        # a thousand or more: an act number, never a case of the Court before 1989
        "Regulation 1408/71, [1986] ECR 723",
        "in 1408/71, [1986] ECR 723",
        # the Reports far from the number, or after a full stop
        "152/84. See [1986] ECR 723",
    ],
)
def test_a_bare_number_without_that_style_is_no_case(text: str) -> None:
    assert _cases(text) == []


def test_the_ecli_and_the_reports_stay_references_of_their_own() -> None:
    refs = eurefs.extract("Marshall, 152/84, EU:C:1986:84, paragraph 49", short_forms=False)
    assert [(r.kind, r.text) for r in refs] == [("case", "152/84"), ("ecli", "EU:C:1986:84")]


@pytest.mark.parametrize(
    "lang", [lg for lg in LANGUAGES if lg.cases.court_reports], ids=lambda lg: lg.code
)
def test_each_languages_reports_make_a_case(lang: Language) -> None:
    for report in lang.cases.court_reports:
        text = f"Marshall, 152/84, {report} 1986, p. 723"
        assert [r.text for r in eurefs.extract(text, kinds="case")] == ["152/84"], report


def test_a_case_whose_pdf_lost_the_hyphen_after_a_case_word() -> None:
    """Text from a PDF of the Court may lose its non-breaking hyphen (Joined Cases
    C-92/09 and C-93/09, Volker und Markus Schecke, judgment of 9 November 2010, as
    lawsdocbox.com transcribes it); a letter and a space alone make a case only after a
    case word: ``OJ C 326/47`` is an issue and page, ``(2014/C 326/01)`` a notice number."""
    refs = eurefs.extract("In Joined Cases C 92/09 and C 93/09, REFERENCES for rulings")
    assert [(r.text, r.normalized, r.joined) for r in refs] == [
        ("C 92/09", "C-92/09", True), ("C 93/09", "C-93/09", True)]  # fmt: skip
    assert [r.normalized for r in eurefs.extract("In Case C 131/12, REQUEST")] == ["C-131/12"]
    assert [r.kind for r in eurefs.extract("published in OJ C 326/47 and C 12/15")] == ["oj"]
    refs = eurefs.extract("Written questions (2014/C 326/01); Annex C 12/15 applies")
    assert [(r.kind, r.text) for r in refs] == [("oj", "2014/C 326/01")]  # (grammar/oj_notices)


@pytest.mark.parametrize(
    ("text", "number", "lang"),
    [
        # doczz.fr transcribes the EUR-Lex page of 62004CJ0423 without its hyphen
        ("Affaire C423/04 Sarah Margaret Richards contre Secretary of State", "C-423/04", "fr"),
        # the BG Opinion in C-507/17 (curia.europa.eu, docid 209688) as a PDF gives it
        ("Дело C507/17 Google LLC", "C-507/17", "bg"),
        ("Case T123/04 P", "T-123/04 P", "en"),
    ],
)
def test_a_case_whose_pdf_lost_the_hyphen_and_the_space(text: str, number: str, lang: str) -> None:
    (ref,) = eurefs.extract(text, kinds="case")
    assert (ref.normalized, ref.lang) == (number, lang)
    # without a case word, the letter glued to the number is no case
    assert eurefs.extract(text.split(" ", 1)[1], kinds="case") == []


@pytest.mark.parametrize(
    ("text", "normalized"),
    [
        ("Affaire C-423/04", "C-423/04"),
        ("AFFAIRE C-423/04", "C-423/04"),
        ("Rechtssache C-561/19", "C-561/19"),
        ("RECHTSSACHE C 561/19", "C-561/19"),
        ("Дело 26/62, Recueil 1963, p. 1", "дело 26/62"),
        ("Avis 2/13 de la Cour", "avis 2/13"),
        ("OPINION 2/13", "Opinion 2/13"),
    ],
)
def test_case_words_at_a_sentence_start_or_in_a_heading(text: str, normalized: str) -> None:
    """Records list the words as written in running text; a capital at the start of a
    sentence or a title, or capitals in a heading, are the same word."""
    assert [r.normalized for r in eurefs.extract(text, kinds="case")] == [normalized]


def test_a_court_letter_typed_in_cyrillic() -> None:
    """Bulgarian texts keyed on a Cyrillic keyboard type the court letter as the Cyrillic
    capital of the same shape (U+0421, U+0422): read as the Latin letter, span as written.
    Real: a Bulgarian public consultation on amending the law on the European
    Investigation Order (2023), 'по дело С-852/19, Иван Гаванозов ... по дело С-724/19'
    (Cyrillic С)."""
    text = (
        "решение на Съда на Европейския съюз (СЕС) от 11 ноември 2021 г. по дело С\u2011852/19,"
        " Иван Гаванозов (Гаванозов II) и решение на Съда на ЕС от 16 декември 2021 г. по дело"
        " С-724/19."
    )
    refs = eurefs.extract(text, kinds="case")
    assert [(r.text, r.normalized, r.court, r.lang) for r in refs] == [
        ("С\u2011852/19", "C-852/19", "C", "bg"),
        ("С-724/19", "C-724/19", "C", "bg"),
    ]
    assert refs[1].cellar_ids == ["case:C-724/19"]
    assert eurefs.parse("дело Т-12/20").normalized == "T-12/20"
    # without its dash, only after a case word, as the Latin letter
    assert eurefs.extract("Съдът отбелязва С 5/10 и Т 12/20", kinds="case") == []


def test_case_and_opinion_words_led_by_their_first_characters_find_what_the_words_find() -> None:
    import re
    from pathlib import Path

    from eurefs.grammar import cases
    from eurefs.textview import TextView

    pairs = [
        (
            cases._CASE_WORD,
            r"\b(?P<w>"
            + cases.words(*cases.CASE_LANGS)
            + r")(?:[ ]"
            + cases.JOINED_WORDS
            + r")?[ ]$",
        ),
        (cases._OPINION_WORD, r"\b(?P<w>" + cases.words(*cases._OPINION_LANGS) + r")[ ]$"),
    ]
    data = Path(__file__).resolve().parents[1] / "data"
    views = [
        TextView(p.read_text(encoding="utf-8")).view
        for p in sorted(data.glob("corpus*/docs/*.txt"))
    ]
    views.append("see Case C-1/00, Opinion 1/15, AFFAIRE C-2/00, Gutachten 2/13, Rs. C-3/00")
    found = 0
    for view in views:
        for i in range(0, len(view), 7):
            before = view[max(0, i - 30) : i]
            for led, source in pairs:
                plain = re.search(source, before)
                got = led.search(before)
                assert (got and got.span()) == (plain and plain.span()), before
                found += plain is not None
    assert found >= 3


@pytest.mark.parametrize(
    ("text", "spans", "normalized"),
    [
        # Greek national writing gives the year in full (a lawyers' paper on Tele2 Sverige,
        # docplayer.gr): was nothing
        ("ΝΟΜΟΛΟΓΙΑ ΔΕΕ υποθ. C-203/2015, C-698/2015, απόφ. της Tele2 Sverige AB (C-203/2015) "
         "κατά Post-och telestyrelsen", ["C-203/2015", "C-698/2015", "C-203/2015"],
         ["C-203/15", "C-698/15", "C-203/15"]),
        ("T-123/2019", ["T-123/2019"], ["T-123/19"]),
        # before the letters (1989) no lettered case; a number without a letter stays none
        ("C-12/1988", [], []),
        ("Case 26/1962", [], []),
    ],
)  # fmt: skip
def test_the_year_written_in_full(text: str, spans: list[str], normalized: list[str]) -> None:
    refs = eurefs.extract(text, kinds="case")
    assert ([r.text for r in refs], [r.normalized for r in refs]) == (spans, normalized)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # the case word after the number, with its marker, as Hungarian writes it (the
        # Court's Hungarian, EUR-Lex 62019CJ0854 and C-132/21 on curia): was 'en'
        ("A C‑854/19. sz. ügyben, az EUMSZ 267. cikk alapján benyújtott", "hu"),
        ("A C‑132/21. sz. ügyben,", "hu"),
        ("Affaire C-123/19", "fr"),
    ],
)
def test_the_case_word_after_the_number(text: str, lang: str) -> None:
    (ref,) = eurefs.extract(text, kinds="case")
    assert ref.lang == lang


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # the joined word after the case word: the Polish development text P01 (the Court's
        # judgment C-282/10, 'w sprawach połączonych C-350/06 i C-520/06 Schultz-Hoff') and
        # the Polish judgment in C-581/10 (airlaw.pl on docplayer.pl); the French Official
        # Journal's summary of a judgment (OJ C 6, 8.1.2005, EUR-Lex): were 'en'
        ("z dnia 20 stycznia 2009 r. w sprawach połączonych C-350/06 i C-520/06", "pl"),
        ("W sprawach połączonych C-581/10 i C-629/10 mających za przedmiot wnioski", "pl"),
        ("Arrêt de la Cour du 18 novembre 2004 dans les affaires jointes C-10/02 et C-11/02", "fr"),
        # UNCONFIRMED in a text read: the Italian, Portuguese, Romanian, Maltese forms
        ("nelle cause riunite C-397/01 a C-403/01", "it"),
        ("nos processos apensos C-397/01 a C-403/01", "pt"),
        ("în cauzele conexate C-397/01-C-403/01", "ro"),
        ("fil-kawżi magħquda C-397/01 sa C-403/01", "mt"),
        # the joined word before the case word, as before
        ("Joined Cases C-397/01 to C-403/01", "en"),
    ],
)
def test_the_joined_word_after_the_case_word(text: str, lang: str) -> None:
    """The first number takes the case word's language and is joined; the next one, with
    no case word of its own, keeps the default as before."""
    first = eurefs.extract(text, kinds="case")[0]
    assert (first.lang, first.joined) == (lang, True)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # Hungarian writes an Opinion number first (EUR-Lex 62013CV0002; its summary on
        # curia.europa.eu; szakcikkadatbazis.hu): was nothing
        ("A BÍRÓSÁG 2/13. SZ. VÉLEMÉNYE (teljes ülés)", "2/13"),
        ("az Európai Bíróság 2/13. sz. véleménye ugyanis", "2/13"),
        ("2/13. sz. vélemény", "2/13"),
    ],
)
def test_an_opinion_word_after_the_number(text: str, span: str) -> None:
    (case,) = eurefs.extract(text, kinds="case")
    assert (case.text, case.opinion, case.lang) == (span, True, "hu")
    assert case.normalized == "vélemény 2/13"


@pytest.mark.parametrize("text", ["az 1/2003. sz. határozat", "a 2/13 véleményben"])
def test_no_opinion_without_its_word_after_the_marker(text: str) -> None:
    assert eurefs.extract(text, kinds="case") == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # the Court's Hungarian heading with the hyphen lost (curia.europa.eu, the opinion
        # in C-694/17): was nothing
        ("C694/17. sz. ügy", "C694/17"),
        ("a C 694/17. sz. ügyben", "C 694/17"),
    ],
)
def test_a_number_without_its_hyphen_before_the_hungarian_case_word(text: str, span: str) -> None:
    (case,) = eurefs.extract(text, kinds="case")
    assert (case.text, case.normalized, case.lang) == (span, "C-694/17", "hu")


def test_an_oj_issue_is_no_case_before_the_number_marker() -> None:
    assert eurefs.extract("HL C 326/47. sz.", kinds="case") == []


@pytest.mark.parametrize(
    ("text", "lang", "normalized"),
    [
        # the Opinion word in the cases a citation puts it in (the view of AG Kokott in
        # Opinion 2/13, EUR-Lex 62013CP0002, Czech: 'Řízení o posudku 2/13'): were nothing
        ("Řízení o posudku 2/13", "cs", "posudek 2/13"),
        ("v stanovisku 2/13", "sk", "stanovisko 2/13"),
        ("u mišljenju 2/13", "hr", "mišljenje 2/13"),
        ("v mnenju 2/13", "sl", "mnenje 2/13"),
        ("nuomonėje 2/13", "lt", "nuomonė 2/13"),
        ("Atzinumā 2/13", "lv", "atzinums 2/13"),
        ("arvamuses 2/13", "et", "arvamus 2/13"),
        ("της γνωμοδότησης 2/13", "el", "γνωμοδότηση 2/13"),
        ("lausunnossa 2/13", "fi", "lausunto 2/13"),
        ("avizului 2/13", "ro", "avizul 2/13"),
    ],
)
def test_opinion_words_in_their_cases(text: str, lang: str, normalized: str) -> None:
    (case,) = eurefs.extract(text, kinds="case")
    assert (case.text, case.opinion, case.lang, case.normalized) == ("2/13", True, lang, normalized)
    assert eurefs.parse(case.normalized).opinion


@pytest.mark.parametrize(
    ("text", "pins"),
    [
        ("Joined Cases C-402/05 P and C-415/05 P, paragraph 281", ["paragraph 281"] * 2),
        ("affaires jointes C-402/05 P et C-415/05 P, Kadi et Al Barakaat International "
         "Foundation/Conseil et Commission, Rec. p. I-6351, point 281", ["point 281"] * 2),
        ("Pfeiffer u. a., C-397/01 bis C-403/01, Slg. 2004, I-8835, Randnr. 114",
         ["Randnr. 114"] * 2),
        ("Αγγελιδάκη, C-378/07 έως C-380/07, Συλλογή 2009, σ. I-3071, σκέψεις 197 και 198",
         ["σκέψεις 197 και 198"] * 2),
        ("apvienotajās lietās no C-397/01 līdz C-403/01 Pfeiffer u.c., Krājums, I-8835. lpp., "
         "114. punkts", ["114. punkts"] * 2),
        ("otsus liidetud kohtuasjades C-378/07-380/07: Angelidaki jt, EKL 2009, lk I-3071, "
         "punktid 197 ja 198", ["punktid 197 ja 198"] * 2),
        ("a C-350/06. és C-520/06. sz., Schultz-Hoff és társai egyesített ügyekben 2009. január "
         "20-án hozott ítélet [EBHT 2009., I-179. o.] 22. pontját", ["22. pontját"] * 2),
        ("Sterbenz, C-421/00, C-426/00 and C-16/01, EU:C:2003:30, paragraph 5",
         ["paragraph 5"] * 3),
        # two cases a comma alone lists: the pinpoint is the second's
        ("Cases C-1/01, C-2/01, paragraph 5", [None, "paragraph 5"]),
    ],
)  # fmt: skip
def test_the_cases_of_a_list_share_its_pinpoint(text: str, pins: list[str | None]) -> None:
    assert [r.pinpoint for r in eurefs.extract(text, kinds="case")] == pins


@pytest.mark.parametrize(
    ("text", "normalized"),
    [
        # the form of national writing the session's brief reported (French: ``C-92/09 et
        # 93/09``, joined cases Volker und Markus Schecke); the Court writes each letter
        (
            "arrêt du 9 novembre 2010, Volker und Markus Schecke, C-92/09 et 93/09, point 52",
            ["C-92/09", "C-93/09"],
        ),
        ("cause riunite C‑92/09 e 93/09", ["C-92/09", "C-93/09"]),
        ("asuntos acumulados C-92/09 y 93/09", ["C-92/09", "C-93/09"]),
        ("Joined Cases C-402/05 P and 415/05 P", ["C-402/05 P", "C-415/05 P"]),
        ("processos apensos T-12/03, 13/03 e 14/03", ["T-12/03", "T-13/03", "T-14/03"]),
    ],
)
def test_a_listed_number_without_its_letter_takes_the_lists(
    text: str, normalized: list[str]
) -> None:
    assert [n for _, n in _cases(text)] == normalized


@pytest.mark.parametrize(
    "text",
    [
        "cause C-92/09, 93/09 sono",  # a comma alone: no list a conjunction ends
        "cause C-92/09 e 93/81",  # before the letters (1989)
        "judgment C-92/09 and 2019/20",  # four digits: no case number
        "la causa C-92/09 e regolamento 93/09",  # a word in between
    ],
)
def test_no_listed_number_without_a_list(text: str) -> None:
    assert [n for _, n in _cases(text)] == ["C-92/09"]


@pytest.mark.parametrize(
    ("text", "normalized"),
    [
        # French academic citation abbreviates affaire (a citation guide and a revision quiz
        # in public repositories): the bare pre-1989 number was no case
        ("CJCE, 5 févr. 1963, Van Gend en Loos, aff. 26/62", ["affaire 26/62"]),
        ("CJUE, 16 juil. 2020, Schrems II, aff. C-311/18", ["C-311/18"]),
        ("CJUE, 13 mai 2014, aff. C 131/12, Google Spain", ["C-131/12"]),
        # ... and jointes, 'jtes' (UNCONFIRMED in a text read): the first bare pre-1989 number
        # was no case, the next one a case only by the Reports after it, neither joined
        ("CJCE, 11 juillet 1985, Cinéthèque, aff. jtes 60/84 et 61/84, Rec. p. 2605",
         ["affaire 60/84", "affaire 61/84"]),
        # the Corte di cassazione's summaries (123dok.org; pages corpus), the hyphen lost
        ("Sentenza della Corte (Seconda Sezione) del 7 ott. 2010, proc. C 515/08", ["C-515/08"]),
        ("proc. riuniti C 53/09 e C 55/09", ["C-53/09", "C-55/09"]),
        # German legal writing's 'Rs.' (lexexakt.de's glossary on Costa/ENEL; a citation of
        # the judgment in Internationale Handelsgesellschaft; pages corpus)
        ("die EuGH-Entscheidung von 1967 (EuGH Rs. 6/64) bezeichnet.", ["Rechtssache 6/64"]),
        ("EuGH, Urteil vom 17. Dezember 1970 – Rs. 11/70 – Slg. 1970, 1125",
         ["Rechtssache 11/70"]),
    ],
)  # fmt: skip
def test_abbreviated_case_words(text: str, normalized: list[str]) -> None:
    assert [n for _, n in _cases(text)] == normalized


@pytest.mark.parametrize(
    "text",
    [
        "CJCE, 11 juillet 1985, Cinéthèque, aff. jtes 60/84 et 61/84, Rec. p. 2605",
        "CJCE, 3 septembre 2008, Kadi, aff. jtes C-402/05 P et C-415/05 P, Rec. p. I-6351",
        "CJCE, 11 juillet 1985, Cinéthèque, aff. jointes 60/84 et 61/84, Rec. p. 2605",
    ],
)
def test_the_abbreviated_joined_word_joins_the_cases(text: str) -> None:
    """Before, the numbers after ``aff. jtes`` were not joined."""
    cases = eurefs.extract(text, kinds="case")
    assert len(cases) == 2
    assert all(c.joined and c.lang == "fr" for c in cases)


def test_an_abbreviated_case_word_makes_no_national_number_a_case() -> None:
    # a year from 1989 on without a letter is no case of the Court's
    assert _cases("la proc. n. 12/09 del tribunale; proc. 12/09") == []
    assert _cases("Die Rs. 1/20 des Landesgerichts") == []


@pytest.mark.parametrize(
    "text",
    [
        # 'Rs.' is also the rupee's sign: in English words it makes no case
        "The fee is Rs. 50/60 per unit.",
        "Prices rose to Rs. 20/25 per kilogram in 1985.",
        "el precio de Rs. 50/60 por unidad",
        "la Commission a fixé le prix à Rs. 50/60 par unité",
        # Italian 'proc.' is English's abbreviation of proceedings too
        "See Proc. 12/84 of the Tribunal of Milan.",
        # French 'aff.' is English's abbreviation of affidavit
        "The order of 1965 was aff. 12/64 by the appellate court.",
        "See the Jones Aff. 12/64 of the plaintiff.",
    ],
)
def test_a_shared_case_word_in_another_language_makes_no_case(text: str) -> None:
    assert _cases(text) == []


def test_a_shared_case_word_with_no_word_around_or_the_reports_after_still_makes_a_case() -> None:
    assert _cases("Rs. 6/64") == [("6/64", "Rechtssache 6/64")]
    assert _cases("EuGH Rs. 6/64, Costa/ENEL") == [("6/64", "Rechtssache 6/64")]
    assert _cases("nella sentenza della Corte, proc. 12/84, la questione") == [
        ("12/84", "causa 12/84")
    ]
    # the Reports after the number make it a case in any words (grammar/cases)
    assert _cases("See also Rs. 283/81, Slg. 1982, 3415.") == [("283/81", "Rechtssache 283/81")]
    # a court letter makes it a case whatever the words
    assert _cases("as held in Rs. C-540/03") == [("C-540/03", "C-540/03")]


@pytest.mark.parametrize(
    ("text", "normalized", "lang"),
    [
        # Portuguese legal writing abbreviates processo as Italian does procedimento (a
        # Portuguese note on late payment in a public repository): it read as Italian
        (
            "mesmo reclamadas em conjunto (TJUE, acórdão de 20/10/2022, proc. C-585/20)",
            "C-585/20",
            "pt",
        ),
        ("Acórdão de 15 de julho de 1964, proc. 6/64, Costa/ENEL", "processo 6/64", "pt"),
        ("Sentenza della Corte del 7 ott. 2010, proc. C 515/08", "C-515/08", "it"),
        ("Corte di giustizia, sentenza 15 luglio 1964, proc. 6/64, Costa", "causa 6/64", "it"),
    ],
)
def test_proc_is_portuguese_and_italian(text: str, normalized: str, lang: str) -> None:
    (ref,) = eurefs.extract(text, kinds="case")
    assert (ref.normalized, ref.lang) == (normalized, lang)


@pytest.mark.parametrize(
    "text",
    [
        # the Soviet tank T-34/85 (The Tank Museum's page on it; pages corpus): the General
        # Court took its first cases in 1989, the Civil Service Tribunal from 2005 to 2016
        "The new, larger turret on the T-34/85 had a far more powerful gun.",
        "Case T-34/85",
        "Case F-16/79",
        "Case F-35/22",
    ],
)
def test_no_case_of_a_year_its_court_took_none_in(text: str) -> None:
    assert _cases(text) == []


def test_the_cases_of_a_courts_years_stay() -> None:
    assert [n for _, n in _cases("Cases T-1/89, F-1/05 and F-12/16")] == [
        "T-1/89",
        "F-1/05",
        "F-12/16",
    ]
    # writers put C- before the older numbers: read as before
    assert [n for _, n in _cases("Case C-6/64 Costa")] == ["C-6/64"]


@pytest.mark.parametrize(
    "text",
    [
        # a judgment named by a noun no record holds, the number running on in small letters:
        # a case all the same (a rule reading these as labels, as 'Table C-2/19 for details'
        # is one, lost them and was reverted)
        "Judgment C-311/18 held that transfers need safeguards.",
        "In the C-311/18 judgment the Court held that",
        "Following the C-311/18 decision, transfers stopped.",
        "Sentencia C-311/18 del TJUE sobre transferencias",
        "Im Urteil C-311/18 hat der EuGH entschieden.",
        "Google Spain C-131/12 concerned the right to be forgotten.",
    ],
)
def test_a_case_number_after_a_noun_no_record_holds(text: str) -> None:
    assert [r.kind for r in eurefs.extract(text) if r.kind == "case"] == ["case"]


@pytest.mark.parametrize(
    "text",
    [
        # a court letter's number right after a noun naming a part of a document is its
        # label (cases.label_nouns): labels lettered by an appendix, 'Table C-15', 'Figure
        # C-1 shows', 'Tableau C-2 : charges de neige', 'Tabelle C-1: Begriffe' (sources)
        "See Table C-2/19 for details.",
        "Figure C-3/20 shows the trend.",
        "(see Fig. T-3/20)",
        "Exhibit C-12/19 was filed late.",
        "voir le tableau C-2/19 ci-dessous",
        "Tableau C-2/19 : charges de neige",
        "siehe Tabelle C-2/19",
        "wie Abb. C-3/20 zeigt",
        "„Anlage C-02/19“ ist beizufügen",
        "La tabla C-1/19 describe los argumentos",
        "della tabella C-7/19",
        "A tabela C-1/19 descreve",
        "w tabeli C-2/19 przedstawiono",
        # in capitals, as a heading writes it; a line break inside the paragraph
        "TABLE C-2/19",
        "as the following\nTable\nC-2/19 shows",
    ],
)
def test_a_label_after_a_noun_naming_a_part_of_a_document_is_no_case(text: str) -> None:
    assert _cases(text) == []


@pytest.mark.parametrize(
    ("text", "case"),
    [
        # a word between the noun and the number: the number is named again
        ("Table 3 of Case C-2/19", "C-2/19"),
        ("in the table, Case C-2/19 is listed", "C-2/19"),
        ("dans le tableau, l'affaire C-2/19", "C-2/19"),
        ("Tabelle 3 zur Rechtssache C-2/19", "C-2/19"),
        # a paragraph ends after the noun (a heading, then a case)
        ("Table\n\nC-311/18 Schrems II", "C-311/18"),
        # the noun inside another word
        ("Timetable C-311/18", "C-311/18"),
    ],
)
def test_a_case_number_after_a_label_noun_and_another_word_stays(text: str, case: str) -> None:
    assert [n for _, n in _cases(text)] == [case]


def test_no_label_noun_is_a_case_word() -> None:
    """A label noun makes the number after it none: no record may hold it as a word
    that introduces a case (``Case``, ``Rechtssache``, ``Joined``, ``Opinion``)."""
    labels = {w.lower() for lg in LANGUAGES for w in lg.cases.label_nouns}
    case_words = {
        w.lower()
        for lg in LANGUAGES
        for w in (*lg.cases.words, *lg.cases.joined_words, *lg.cases.opinion_words)
    }
    assert labels
    assert not labels & case_words


@pytest.mark.parametrize(
    "text",
    [
        # the later numbers of a list a label noun opens are its labels too ('Figures C-1
        # and C-2 show examples', 'Tabellen C-3 und C-4', 'annexes C-1 à C-3', 'las tablas
        # C-2 y C-4 no tienen', 'figuras C-1 a C-7 del prototipo': sources)
        "See Table C-2/19 and C-3/19 for details.",
        "Table C-2/19, C-3/19 and C-4/19",
        "Figure C-1/20 to C-3/20",
        "Figure C-1/20\u2013C-3/20",
        "Table C-2/19 and 3/19",
        "Table C-2/19 P and C-3/19 P",
        "Table C-2/19 and T-3/19",
        # the plurals of the label nouns, a list of labels or one
        "Tables C-2/19 and C-3/19 give the figures.",
        "Figures C-1/20 to C-3/20 show the trend.",
        "(see Figs. C-1/20 and C-2/20)",
        "Annexes C-1/19 and C-2/19 were filed.",
        "Appendices C-1/19 to C-3/19",
        "Exhibits C-1/19 and C-2/19",
        "voir les tableaux C-2/19 et C-3/19",
        "les annexes C-1/19 à C-3/19",
        "siehe Tabellen C-3/19 und C-4/19",
        "die Abbildungen C-1/20 bis C-3/20",
        "die Anlagen C-1/19 und C-2/19",
        "las tablas C-2/19 y C-4/19 no tienen",
        "las figuras C-1/20 a C-7/20 del prototipo",
        "le tabelle C-2/19 e C-3/19",
        "de tabellen C-2/19 en C-3/19",
        "w tabelach C-2/19 i C-3/19",
        "v tabulkách C-2/19 a C-3/19",
        "στους πίνακες C-2/19 και C-3/19",
    ],
)
def test_a_list_of_labels_is_no_case(text: str) -> None:
    assert _cases(text) == []


@pytest.mark.parametrize(
    ("text", "cases"),
    [
        # a case word opens a list of its own after a label
        ("Table C-2/19 and Case C-3/19", ["C-3/19"]),
        ("Tables C-2/19 and C-3/19 and Cases C-4/19 and C-5/19", ["C-4/19", "C-5/19"]),
        ("Tableau C-2/19 et affaire C-3/19", ["C-3/19"]),
        # the list ends: a sentence, another word between
        ("See Table C-2/19. C-3/19 was decided later.", ["C-3/19"]),
        ("Table C-2/19 and the judgment in C-3/19", ["C-3/19"]),
        # a word between the plural and the list
        ("the tables in Cases C-2/19 and C-3/19", ["C-2/19", "C-3/19"]),
        ("Tables 2 and 3 of Joined Cases C-2/19 and C-3/19", ["C-2/19", "C-3/19"]),
        # a list no label noun opens
        ("Joined Cases C-1/20 to C-3/20", ["C-1/20", "C-3/20"]),
        ("C-2/19 and C-3/19", ["C-2/19", "C-3/19"]),
    ],
)
def test_a_case_list_after_a_list_of_labels_stays(text: str, cases: list[str]) -> None:
    assert [n for _, n in _cases(text)] == cases
