"""Pinpoints after a case number or ECLI in each language (``EU:C:2020:559, pkt 45``)."""

from __future__ import annotations

import pytest

import eurefs

_ECLI = "C-311/18, EU:C:2020:559, "


@pytest.mark.parametrize(
    ("before", "pin", "lang"),
    [
        ("wyrok z dnia 16 lipca 2020 r., Facebook Ireland i Schrems, ", "pkt 45", "pl"),
        ("rozsudek ze dne 16. července 2020, Facebook Ireland a Schrems, ", "bod 45", "cs"),
        ("sentenza del 16 luglio 2020, Facebook Ireland e Schrems, ", "punti 45 e 46", "it"),
        ("sentencia de 16 de julio de 2020, Facebook Ireland y Schrems, ", "apartado 45", "es"),
        ("acórdão de 16 de julho de 2020, Facebook Ireland e Schrems, ", "n.º 45", "pt"),
        ("acórdão de 16 de julho de 2020, Facebook Ireland e Schrems, ", "n.° 45", "pt"),
        ("arrest van 16 juli 2020, Facebook Ireland en Schrems, ", "punten 45 en 46", "nl"),
        ("hotărârea din 16 iulie 2020, Facebook Ireland și Schrems, ", "punctul 45", "ro"),
        ("решение от 16 юли 2020 г., Facebook Ireland и Schrems, ", "точка 45", "bg"),
        ("απόφαση της 16ης Ιουλίου 2020, Facebook Ireland και Schrems, ", "σκέψη 45", "el"),
        ("sodba z dne 16. julija 2020, Facebook Ireland in Schrems, ", "točka 45", "sl"),
        ("presuda od 16. srpnja 2020., Facebook Ireland i Schrems, ", "t. 45", "hr"),
        ("dom af 16. juli 2020, Facebook Ireland og Schrems, ", "præmis 45", "da"),
        ("dom av den 16 juli 2020, Facebook Ireland och Schrems, ", "punkt 45", "sv"),
        ("sentenza tas-16 ta’ Lulju 2020, Facebook Ireland u Schrems, ", "punt 45", "mt"),
        ("breithiúnas an 16 Iúil 2020, Facebook Ireland agus Schrems, ", "mír 45", "ga"),
        ("acórdão de 16 de julho de 2020, Schrems, ", "n.os 45 e 46", "pt"),
        ("sodba z dne 16. julija 2020, Schrems, ", "točki 45 in 46", "sl"),
        ("Urteil vom 16. Juli 2020, Schrems, ", "Randnrn. 45 und 46", "de"),
        ("rozsudok zo 16. júla 2020, Schrems, ", "body 45 a 46", "sk"),
    ],
)
def test_pinpoint_word_of_each_language(before: str, pin: str, lang: str) -> None:
    refs = eurefs.extract(before + _ECLI + pin)
    ecli = next(r for r in refs if r.kind == "ecli")
    assert (ecli.text, ecli.pinpoint, ecli.lang) == ("EU:C:2020:559", pin, lang)


@pytest.mark.parametrize(
    ("tail", "pin"),
    [
        ("paragraph 71", "paragraph 71"),  # the words there were stay
        ("point 49", "point 49"),
        ("Rn. 49", "Rn. 49"),
        ("punkts 45", None),  # the number-first languages' words only after the number
        ("45. punkt", None),  # nor the others' words after it
        ("2020. gada 16. jūlija spriedums", None),  # a date is no pinpoint
        ("pkt. 45", None),  # not a word of any record
        ("punkty 45", None),
    ],
)
def test_what_stays(tail: str, pin: str | None) -> None:
    ecli = next(r for r in eurefs.extract(_ECLI + tail) if r.kind == "ecli")
    assert ecli.pinpoint == pin


def test_the_ordinal_sign_the_view_reads_as_o_is_given_back() -> None:
    ecli = next(r for r in eurefs.extract("acórdão, " + _ECLI + "n.o 45") if r.kind == "ecli")
    assert ecli.pinpoint == "n.º 45"


def test_parse_takes_a_polish_pinpoint_after_a_reference_alone() -> None:
    assert eurefs.parse("ECLI:EU:C:2014:317, pkt 71").pinpoint == "pkt 71"


@pytest.mark.parametrize(
    ("before", "pin", "lang"),
    [
        ("2020. gada 16. jūlija spriedums Facebook Ireland un Schrems, ", "45. punkts", "lv"),
        ("2020. gada 16. jūlija spriedums Schrems, ", "45.-47. punkts", "lv"),
        ("2020. gada 16. jūlija spriedums Schrems, ", "197. un 198. punkts", "lv"),
        ("tuomio 16.7.2020, Facebook Ireland ja Schrems, ", "45 kohta", "fi"),
        ("tuomio 16.7.2020, Schrems, ", "45 ja 46 kohta", "fi"),
        ("2020. július 16-i Facebook Ireland és Schrems ítélet, ", "45. pont", "hu"),
        ("2020. július 16-i Schrems ítélet, ", "43. pontját", "hu"),
        ("2020 m. liepos 16 d. Sprendimas Facebook Ireland ir Schrems, ", "45 punktas", "lt"),
        ("2020 m. liepos 16 d. Sprendimas Schrems, ", "197 ir 198 punktus", "lt"),
    ],
)
def test_the_number_written_first(before: str, pin: str, lang: str) -> None:
    ecli = next(r for r in eurefs.extract(before + _ECLI + pin) if r.kind == "ecli")
    assert (ecli.text, ecli.pinpoint, ecli.lang) == ("EU:C:2020:559", pin, lang)


def test_a_number_first_pinpoint_not_right_after_the_reference_stays_apart() -> None:
    text = "lietā C-311/18, 2020. gada 16. jūlija spriedums, 45. punkts"
    case = next(r for r in eurefs.extract(text) if r.kind == "case")
    assert case.pinpoint is None


def test_parse_takes_a_number_first_pinpoint() -> None:
    assert eurefs.parse("ECLI:EU:C:2020:559, 45 kohta").pinpoint == "45 kohta"


# The Court's citations of the European Court Reports between a case and its pinpoint, as
# the development texts tests/data/corpus-* (judgment C-282/10 Dominguez in each language)
# write them, and the English of the Court's judgments before 2012.
@pytest.mark.parametrize(
    ("text", "pin"),
    [
        ("Rechtssache C-184/99, Slg. 2001, I-6193, Randnr. 43", "Randnr. 43"),
        ("Case C-184/99 Grzelczyk [2001] ECR I-6193, paragraph 31", "paragraph 31"),
        ("affaire C-184/99, Grzelczyk, Rec. p. I-6193, point 31", "point 31"),
        (
            "sentencia de 26 de junio de 2001, BECTU, C-173/99, Rec. p. I-4881, apartado 43",
            "apartado 43",
        ),
        ("sentenze del 26 giugno 2001, BECTU, C-173/99, Racc. pag. I-4881, punto 43", "punto 43"),
        ("arresten van 26 juni 2001, BECTU, C-173/99, Jurispr. blz. I-4881, punt 43", "punt 43"),
        ("της 26ης Ιουνίου 2001, C-173/99, BECTU, Συλλογή 2001, σ. I-4881, σκέψη 43", "σκέψη 43"),
        ("otsus kohtuasjas C-173/99: BECTU, EKL 2001, lk I-4881, punkt 43", "punkt 43"),
        ("asia C-173/99, BECTU, tuomio 26.6.2001, Kok., s. I-4881, 43 kohta", "43 kohta"),
        ("Sprendimo BECTU, C-173/99, Rink. p. I-4881, 43 punktą", "43 punktą"),
        ("spriedumu lietā C-173/99 BECTU, Recueil, I-4881. lpp., 43. punkts", "43. punkts"),
        ("w sprawie C-173/99 BECTU, Rec. s. I-4881, pkt 43", "pkt 43"),
        (
            "w sprawie C-378/07 Angelidaki i in., Zb. Orz. s. I-3071, pkt 197, 198; z dnia",
            "pkt 197, 198",
        ),
        ("Hotărârea din 26 iunie 2001, BECTU, C-173/99, Rec., p. I-4881, punctul 43", "punctul 43"),
        ("по дело BECTU, C-173/99, Recueil, стр. I-4881, точка 43", "точка 43"),
        ("v zadevi BECTU, C-173/99, Recueil, str. I-4881, točka 43", "točka 43"),
        ("i mål C-173/99, BECTU, REG 2001, s. I-4881, punkt 43", "punkt 43"),
        ("dom af 26.6.2001, sag C-173/99, BECTU, Sml. I, s. 4881, præmis 43", "præmis 43"),
        ("tas-26 ta’ Ġunju 2001, BECTU, C-173/99, Ġabra p. I-4881, punt 43", "punt 43"),
        ("z 26. júna 2001, BECTU, C-173/99, Zb. s. I-4881, bod 43", "bod 43"),
        (
            "a C-173/99. sz. BECTU-ügyben 2001. június 26-án hozott ítélet "
            "[EBHT 2001., I-4881. o.] 43. pontját",
            "43. pontját",
        ),
        # the General Court and the Civil Service Tribunal (the staff cases' Reports)
        ("Case T-201/04 Microsoft v Commission [2007] ECR II-3601, paragraph 45", "paragraph 45"),
        ("Microsoft/Kommission, T-201/04, Slg. 2007, II-3601, Randnr. 45", "Randnr. 45"),
        ("Landgren/ETF, F-1/05, RecFP p. I-A-1-123 et II-A-1-456, point 12", "point 12"),
        (
            "Case F-1/05 Landgren v ETF [2006] ECR-SC I-A-1-123 and II-A-1-456, paragraph 12",
            "paragraph 12",
        ),
        # a pre-1989 number the Reports make a case
        ("Marshall, 152/84, Rec. p. 723, apartado 49", "apartado 49"),
    ],
)
def test_a_pinpoint_after_the_reports(text: str, pin: str) -> None:
    (case,) = eurefs.extract(text, kinds="case")
    assert case.pinpoint == pin
    assert text[case.start : case.end] == case.text  # the span is the number alone
    assert case.text in {"C-184/99", "C-173/99", "C-378/07", "T-201/04", "F-1/05", "152/84"}


@pytest.mark.parametrize(
    ("text", "pin"),
    [
        # the case's name alone between the number and the pinpoint
        ("dom af 22.11.2011, sag C-214/10, KHS, præmis 23", "præmis 23"),
        ("asia C-214/10, KHS, tuomio 22.11.2011, 23 kohta", "23 kohta"),
        ("i mål C-214/10, KHS, ännu ej publicerat i rättsfallssamlingen, punkt 23", "punkt 23"),
        # the Reports named, without a page
        (
            "της 22ας Νοεμβρίου 2011, C-214/10, KHS, που δεν έχει δημοσιευθεί ακόμη στη Συλλογή, "
            "σκέψη 23",
            "σκέψη 23",
        ),
        ("Case C-184/99 Grzelczyk, paragraph 31", "paragraph 31"),
        # the ECLI between: the case shares the pinpoint
        (
            "Beschluss vom 17. Januar 2012, Infopaq International, C-302/10, EU:C:2012:16, Rn. 45",
            "Rn. 45",
        ),
        ("C-311/18, EU:C:2020:559, 45. pont", "45. pont"),
        # Hungarian: the case word after the number
        ("C-311/18. sz. ügy, 45. pont", "45. pont"),
        ("a C-311/18. sz. ügyben hozott ítélet 45. pontja", "45. pontja"),
        ("a C-311/18. sz. ügyben 2020. július 16-án hozott végzés 45. pontja", "45. pontja"),
        # lists of paragraphs
        (
            "Grindeks, C-34/21, EU:C:2023:270, paragraphs 61, 65, 72 and 75).",
            "paragraphs 61, 65, 72 and 75",
        ),
        ("Grindeks, C-34/21, EU:C:2023:270, paragraphs 73, 77 to 79).", "paragraphs 73, 77 to 79"),
        # the name, then the ECLI, as OSCOLA cites a judgment ('cf Case C-131/12 Google Spain
        # EU:C:2014:317, para 81', a note on the DSA in a public repository); was none, the
        # ECLI alone had it
        ("Case C-882/19 Sumal EU:C:2021:800, paragraph 33", "paragraph 33"),
        ("Case C-882/19 Sumal, EU:C:2021:800, para. 33", "para. 33"),
        ("Case C-882/19 P Sumal ECLI:EU:C:2021:800, paragraph 33", "paragraph 33"),
        ("Case 152/84 Marshall EU:C:1986:84, paragraph 48", "paragraph 48"),
    ],
)
def test_a_pinpoint_past_a_name_an_ecli_or_a_case_word(text: str, pin: str) -> None:
    case = eurefs.extract(text, kinds="case")[0]
    assert case.pinpoint == pin


@pytest.mark.parametrize(
    ("text", "pin"),
    [
        ("Rechtssache C-184/99, Slg. 2001, I-6193, 16. Juli", None),  # a date
        ("Rechtssache C-184/99, Slg. 2001, I-6193, 45", None),  # a number alone
        ("Rechtssache C-184/99, Slg. 2001, I-6193. Randnr. 43 der Akte", None),  # no comma
        ("Case C-1/01, 16 July 2020, paragraph 4", None),  # a date between
        ("Case C-1/01. See Grzelczyk, [2001] ECR I-6193, paragraph 31", None),  # another sentence
        ("Case C-1/01 (Grzelczyk) [2001] ECR I-6193, paragraph 31", None),  # a bracket between
        ("C-311/18. sz. ügy, 2020. július 16.", None),
        ("C-311/18. sz. ügyben 2020. július 16-án hozott ítélet", None),
        ("a C-1/01. sz. ügyben és a C-2/01. sz. ügyben hozott ítélet 45. pontja", None),
        ("Grindeks, C-34/21, EU:C:2023:270, paragraph 45, 2020 judgment", "paragraph 45"),
        ("Case C-1/01, Regulation No 1/2003, paragraph 4", None),
        # another year's ECLI after the name is another case's; a sentence between
        ("Case C-882/19 Sumal and Digital Rights Ireland EU:C:2014:238, paragraph 33", None),
        ("Case C-882/19 is pending. See EU:C:2021:800, paragraph 33", None),
    ],
)
def test_what_is_no_pinpoint_of_the_first_case(text: str, pin: str | None) -> None:
    case = eurefs.extract(text, kinds="case")[0]
    assert case.pinpoint == pin


def test_the_reports_and_the_pinpoint_without_their_dots() -> None:
    # Austrian writing drops the dots, and sets a blank before the comma (the Court's
    # judgment in C-136/12 as the journal rpa 2014/1 quotes it, 360.lexisnexis.at)
    text = (
        "(vgl Urteil vom 4. November 1997, Parfums Christian Dior, C-337/95 , Slg 1997, "
        "I-6013, Randnr 26)"
    )
    (case,) = eurefs.extract(text, kinds="case")
    assert (case.text, case.pinpoint) == ("C-337/95", "Randnr 26")
    costa = "EuGH, Urteil vom 15. Juli 1964, Costa, 6/64, Slg 1964, 1251"
    (old,) = eurefs.extract(costa, kinds="case")
    assert old.normalized == "Rechtssache 6/64"


@pytest.mark.parametrize(
    ("text", "pin"),
    [
        # German writing: 'Rn.' after a blank alone, as German courts cite their own
        # judgments; 'Rn' without its dot (see the record's sources)
        ("Nach EuGH C-311/18 Rn. 134 und EDSA-Empfehlungen", "Rn. 134"),
        ("EuGH, Urt. v. 13.5.2014 – C-131/12 Rn. 45", "Rn. 45"),
        ("EuGH, Urteil vom 6.10.2015, C-362/14, EU:C:2015:650 Rn. 73", "Rn. 73"),
        ("EuGH, Urt. v. 14.5.2019 – C-55/18, Rn 44 f.", "Rn 44"),
        ("EuGH, Urt. v. 14.5.2019 – C-55/18 Rn 44", "Rn 44"),
        # a blank alone before the other words: none
        ("EuGH, Urt. v. 13.5.2014 – C-131/12 Randnr. 45", None),
        ("Case C-131/12 paragraph 45", None),
        ("in C-131/12 Rn. der Akte", None),
    ],
)
def test_a_german_paragraph_after_a_blank_alone(text: str, pin: str | None) -> None:
    case = eurefs.extract(text, kinds="case")[0]
    assert case.pinpoint == pin


# English ``para`` without its dot, as UK writing cites a judgment's paragraph (``[2014]
# UKSC 24, para 1``; ``(Sweden v API and Commission, 2010, para 119)``, the Max Planck
# Encyclopedia on opil.ouplaw.com): read where the pinpoint ends the citation or its line,
# as Spanish and Portuguese ``para`` (*for*) goes on with its noun after a comma (``ILOSTAT,
# para 159 países``, ``$10, para 10 utilizadores``: public repositories, find_string).
@pytest.mark.parametrize(
    ("text", "pin"),
    [
        ("Case C-123/19, para 33.", "para 33"),
        ("(Case C-123/19, para 33)", "para 33"),
        ("C-300/21, EU:C:2023:370, para 33;", "para 33"),
        ("Case C-123/19, para 33 and 34).", "para 33 and 34"),
        ("Case C-882/19 Sumal EU:C:2021:800, para 33.", "para 33"),
        (
            "Case C-514/07 P Sweden v API and Commission [2010] ECR I-8533, para 119)",
            "para 119",
        ),
        ("Case C-123/19, para 33\n\nThe Court", "para 33"),  # a paragraph's end
        # prose goes on: no pinpoint
        ("en el asunto C-123/19, para 10 días", None),
        ("processo C-123/19, para 10 utilizadores.", None),
        ("Case C-123/19, para 33, the Court held", None),
    ],
)
def test_para_without_its_dot_where_the_citation_ends(text: str, pin: str | None) -> None:
    case = eurefs.extract(text, kinds="case")[0]
    assert case.pinpoint == pin
