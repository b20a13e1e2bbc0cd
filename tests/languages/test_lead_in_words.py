"""The words around a reference written alike that tell its language (``evidence.tell``,
``evidence.detect``): an Austrian norm list is German (its glued ``Abs1``; the Dutch
popular name ``AVG`` is Austria's procedure act there), a French ``Voir l'arrêt`` and an
Italian bare ``sentenza`` lead their case numbers.  Each text is real (sources beside it);
each case was tagged otherwise before: ``nl``, ``en``, ``mt``."""

from __future__ import annotations

import pytest

import eurefs
from eurefs.languages.evidence import detect, glued_word, share_table, tell
from eurefs.languages.hints import lean

# The norm list of the VwGH's judgment Ro 2020/04/0032 of 14 December 2021 (jusline.at,
# entscheidung 699795; 360.lexisnexis.at prints the same list): the CELEX numbers were
# Dutch, by the two ``AVG`` lines above them (Dutch ``AVG``, the GDPR's popular name).
VWGH_NORMS = (
    "Norm\n\nABGB §7\nAVG §37\nAVG §56\nB-VG Art7 Abs1\nDSG §22\nDSG §24\nEURallg\n"
    "StGG Art2\nVwRallg\n32016R0679 Datenschutz-GrundV Art58\n"
    "32016R0679 Datenschutz-GrundV Art58 Abs1\n32016R0679 Datenschutz-GrundV Art58 Abs2\n"
    "32016R0679 Datenschutz-GrundV Art77\n\nBetreff\n\n"
    "Der Verwaltungsgerichtshof erkennt durch Senatspräsident Dr. Handstanger"
)


def test_an_austrian_norm_list_is_german() -> None:
    refs = [r for r in eurefs.extract(VWGH_NORMS) if r.kind == "celex"]
    assert [(r.text, r.lang) for r in refs] == [("32016R0679", "de")] * 4


@pytest.mark.parametrize(
    "text",
    [
        # the norm list opening the VwGH's 89/12/0108 of 18 March 1991 (360.lexisnexis.at,
        # entscheidungen-ris; pages corpus), then the GDPR's own lines as RIS writes them
        # (``DSGVO Art4 Z1``, BVwG W211 2226025-1, 360.lexisnexis.at): AVG was read as the
        # GDPR, the text's language Dutch
        "AVG §59 Abs1\nAVG §58 Abs2\nDSGVO Art4 Z1\n",
        "AVG §59 Abs1\n32016R0679 Datenschutz-GrundV Art58\n",
    ],
)
def test_no_dutch_gdpr_in_an_austrian_norm_list(text: str) -> None:
    refs = eurefs.extract(text)
    assert all(r.text != "AVG" for r in refs)
    assert {r.lang for r in refs} <= {"de"}
    assert detect(text) == "de"


def test_a_local_name_tells_no_language() -> None:
    assert "AVG" not in share_table()
    assert tell("AVG §37\nAVG §56\n") is None
    # the Dutch text still reads it: its other words tell Dutch
    found = eurefs.extract("Recht op inzage (artikel 15 AVG). U kunt opvragen welke gegevens.")
    assert [(r.text, r.lang) for r in found] == [("AVG", "nl")]


@pytest.mark.parametrize(
    ("token", "word"),
    [("Abs1", "Abs"), ("Art58", "Art"), ("Z1", None), ("L119", None), ("32016R0679", None),
     ("Abs", None), ("§59", None)],
)  # fmt: skip
def test_glued_word(token: str, word: str | None) -> None:
    assert glued_word(token) == word


def test_words_joined_by_a_hyphen() -> None:
    # Maltese joins the article to its word; an abbreviation joined so tells nothing
    # (German 'EEG-Umlage', the Court's C-405/16 P as gebs.info prints it: no Dutch 'EEG')
    assert (tell("tal-Qorti"), tell("Fil-Kawża"), tell("is-sentenza")) == ("mt", "mt", None)
    assert tell("EEG-Umlage") is None and tell("verringerte EEG-Umlage") is None


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # French: the Court's citations of a judgment (lexbase.fr on C-362/14, and the
        # Court's 'voir, en ce sens, arrêt du ...'); the elided ``l'arrêt`` is read
        ("Voir l'arrêt Schrems, C-362/14", "fr"),
        ("voir arrêt Schrems, C-362/14", "fr"),
        ("Par un arrêt du 6 octobre 2015 (CJUE, 6 octobre 2015, aff. . C-362/14), la CJUE", "fr"),
        # Italian notes in public repositories (find_string 'sentenza C-'): the first two
        # were Maltese, whose record held sentenza alone
        ("Cosa dice la sentenza C-508/18", "it"),
        ("15. Conformità Legale Europea (Sentenza C-128/11)", "it"),
        ("(coerentemente con la sentenza C-311/18\n\"Schrems II\" della Corte di Giustizia UE)",
         "it"),
        # Maltese stays Maltese: the curia summary's heading and the judgment in C-282/10
        # (tests/data/corpus-mt), whose sentenza is joined to its article
        ("Sentenza tal-Qorti tal-Ġustizzja (Awla Manja) tas-16 ta’ Lulju 2020 (talba għal "
         "deċiżjoni preliminari tal-High Court (l-Irlanda) - l-Irlanda) – Data Protection "
         "Commissioner vs Facebook Ireland Limited, Maximillian Schrems\n\n(Kawża C-311/18) 1",
         "mt"),
        ("kif ukoll is-sentenza tad-19 ta’ Jannar 2010, Kücükdeveci, C-555/07, Ġabra p. I-365",
         "mt"),
    ],
)  # fmt: skip
def test_the_words_before_a_case_number(text: str, lang: str) -> None:
    cases = [r for r in eurefs.extract(text) if r.kind == "case"]
    assert cases and {r.lang for r in cases} == {lang}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # French doctrine's citation alone, as reference lists write it (public
        # repositories, find_string 'CJUE, 13 mai 2014', 'CJUE, 16 juill. 2020'): no word
        # of one language alone, no reference near: was English, the registry's first;
        # CJUE and mai are French and Romanian, French first
        ("CJUE, 13 mai 2014, Google Spain, C-131/12", "fr"),
        # the abbreviated month only French writes so
        ("CJUE, 16 juill. 2020, Schrems II, C-311/18", "fr"),
        # (what must stay: the English words around, a Romanian word alone, no word)
        ("the CJUE C-311/18 ruling", "en"),
        ("art. 82 GDPR, direct în instanță (material + moral; nu simpla încălcare — CJUE "
         "C-300/21)", "ro"),
        ("C-311/18", "en"),
    ],
)  # fmt: skip
def test_the_shared_words_lean_where_none_tells(text: str, lang: str) -> None:
    (case,) = [r for r in eurefs.extract(text) if r.kind == "case"]
    assert case.lang == lang


def test_lean() -> None:
    assert lean("CJUE, 13 mai 2014, Google Spain, ") == "fr"
    assert lean("Google Spain, ", "") is None  # no frequent word: the default decides


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # the title line of AG Pitruzzella's Opinion in C-487/21 (EUR-Lex 62021CC0487,
        # Slovenian; pages corpus): was Croatian, the first of the two languages that write
        # 'Uredba (EU) 2016/679' alike, no word before it telling either
        ("Predhodno odločanje – Varstvo osebnih podatkov – Uredba (EU) 2016/679 – Pravica "
         "posameznika, na katerega se nanašajo osebni podatki, do dostopa do svojih podatkov, "
         "ki se obdelujejo – Člen 15(3) – Zagotovitev kopije podatkov – Pojem ,kopija‘ – Pojem "
         ",informacije‘.", "sl"),
        # (what must stay: the Croatian line of the same Opinion, curia.europa.eu)
        ("„Zahtjev za prethodnu odluku – Zaštita osobnih podataka – Uredba (EU) 2016/679 – "
         "Članak 15. stavak 3.– Pravo ispitanika na pristup osobnim podacima koji se obrađuju",
         "hr"),
    ],
)  # fmt: skip
def test_a_keyword_line_s_opening_words(text: str, lang: str) -> None:
    (act,) = [r for r in eurefs.extract(text) if r.kind == "legal_act"]
    assert act.lang == lang
