"""Type words abbreviated alike in several languages (``Reg.``, ``Dir.``: English and Italian
legal writing): the words around the act decide its language and normal form."""

from __future__ import annotations

import pytest

import eurefs


@pytest.mark.parametrize(
    ("text", "span", "lang", "normalized", "pinpoint"),
    [
        ("ai sensi dell'art. 13 del Reg. UE 2016/679", "Reg. UE 2016/679", "it",
         "regolamento (UE) 2016/679", "art. 13"),
        ("ai sensi dell'art. 13 del Reg. (UE) 2016/679", "Reg. (UE) 2016/679", "it",
         "regolamento (UE) 2016/679", "art. 13"),
        ("il Reg. (CE) n. 1234/2007 del Consiglio", "Reg. (CE) n. 1234/2007", "it",
         "regolamento (CE) n. 1234/2007", None),
        # a judgment's summary (Tribunale di Brescia, 6 March 2024, n. 893); the pinpoint
        # before the comma was not read before
        ("dichiarava la debenza della compensazione nell'intera misura ex art. 7, par. 1, "
         "Reg. (CE) n. 261/2004.", "Reg. (CE) n. 261/2004", "it",
         "regolamento (CE) n. 261/2004", "art. 7, par. 1"),
        # Portuguese courts (Relação de Guimarães, 6029/17.2T8GMR.G1, dgsi.pt): read as
        # Italian before
        ("deve ser convocado o Reg. (UE) 1215/2012, que prevalece sobre o ordenamento "
         "jurídico interno português", "Reg. (UE) 1215/2012", "pt",
         "Regulamento (UE) 1215/2012", None),
        ("nos termos do art. 7.º do Reg. (CE) n.º 261/2004", "Reg. (CE) n.º 261/2004", "pt",
         "Regulamento (CE) n.º 261/2004", "art. 7.º"),
        # English keeps its own
        ("under Art. 6 of Reg. (EU) 2016/679", "Reg. (EU) 2016/679", "en",
         "Regulation (EU) 2016/679", "Art. 6"),
        ("as laid down in Reg. (EC) No 1234/2007 of the Council", "Reg. (EC) No 1234/2007",
         "en", "Regulation (EC) No 1234/2007", None),
    ],
)  # fmt: skip
def test_reg_is_read_in_the_language_of_its_context(
    text: str, span: str, lang: str, normalized: str, pinpoint: str | None
) -> None:
    (ref,) = eurefs.extract(text)
    assert (ref.text, text[ref.start : ref.end], ref.lang) == (span, span, lang)
    assert (ref.normalized, ref.pinpoint, ref.act_type) == (normalized, pinpoint, "regulation")
    assert ref.celex == eurefs.parse(ref.normalized).celex
    assert ref.celex in ("32016R0679", "32007R1234", "32004R0261", "32012R1215")


@pytest.mark.parametrize(
    ("text", "span", "lang", "normalized", "celex"),
    [
        # the heading of an Italian decree (dirittodeiservizipubblici.it)
        ("D.lgs 10 marzo 2023, n. 24, Attuaz. della dir. (UE) 2019/1937 del Parlamento eur. "
         "e del Consiglio, del 23 ottobre 2019", "dir. (UE) 2019/1937", "it",
         "direttiva (UE) 2019/1937", "32019L1937"),
        ("ai sensi dell'art. 2 della dir. 2006/112/CE", "dir. 2006/112/CE", "it",
         "direttiva 2006/112/CE", "32006L0112"),
        ("la Dir. 2006/112/CE del Consiglio", "Dir. 2006/112/CE", "it",
         "direttiva 2006/112/CE", "32006L0112"),
        # English keeps its own
        ("under Art. 2 of Dir. 2006/112/EC", "Dir. 2006/112/EC", "en",
         "Directive 2006/112/EC", "32006L0112"),
    ],
)  # fmt: skip
def test_dir_is_read_in_the_language_of_its_context(
    text: str, span: str, lang: str, normalized: str, celex: str
) -> None:
    (ref,) = eurefs.extract(text)
    assert (ref.text, ref.lang, ref.normalized, ref.celex) == (span, lang, normalized, celex)
    assert eurefs.parse(ref.normalized).celex == celex


@pytest.mark.parametrize(
    "text",
    [
        # Italian law reviews: ``dir.`` (diritto) inside a journal's name, its issue later
        "in Riv. it. dir. pubbl. comunit., 2005/3, p. 12",
        "in Dir. Un. Eur., 2012/4, p. 801",
    ],
)
def test_dir_of_a_journal_is_no_directive(text: str) -> None:
    assert [r for r in eurefs.extract(text) if r.kind == "legal_act"] == []


@pytest.mark.parametrize(
    ("text", "span", "celex"),
    [
        # Greek legal writing (elies-ladikalamatiano.gr, reproducing Regulation (EC) No
        # 1898/2006): the abbreviation glued to the domain's bracket; was nothing
        ("Κανόνες εφαρμογής του καν.(ΕΚ) 510/2006", "καν.(ΕΚ) 510/2006", "32006R0510"),
        ("Καν. (ΕΕ) 1215/2012", "Καν. (ΕΕ) 1215/2012", "32012R1215"),
        # the bracket glued after any abbreviation's dot (Italian, English)
        ("del Reg.(UE) 2016/679", "Reg.(UE) 2016/679", "32016R0679"),
    ],
)
def test_greek_kan_and_a_bracket_glued_to_the_dot(text: str, span: str, celex: str) -> None:
    (ref,) = eurefs.extract(text, kinds="legal_act", short_forms=False)
    assert (ref.text, ref.celex, ref.act_type) == (span, celex, "regulation")


def test_no_bracket_glued_to_a_full_word_s_full_stop() -> None:
    assert eurefs.extract("the Regulation.(EU) 2016/679", kinds="legal_act") == []


@pytest.mark.parametrize(
    ("text", "span", "celex"),
    [
        # a Greek ministerial decision (ΦΕΚ Β' 4728/22.10.2018, odigostoupoliti.eu): αριθμ.
        # for αριθ.; was nothing
        ("την εφαρμογή του εκτελεστικού κανονισμού (ΕΕ) αριθμ. 543/2011 της Επιτροπής",
         "εκτελεστικού κανονισμού (ΕΕ) αριθμ. 543/2011", "32011R0543"),
        ("κανονισμός αριθμ. 1/2003 του Συμβουλίου", "κανονισμός αριθμ. 1/2003", "32003R0001"),
        ("του κανονισμού (ΕΚ) αριθμ. 1/2003", "κανονισμού (ΕΚ) αριθμ. 1/2003", "32003R0001"),
    ],
)  # fmt: skip
def test_the_greek_marker_arithm(text: str, span: str, celex: str) -> None:
    (ref,) = eurefs.extract(text, kinds="legal_act", short_forms=False)
    assert (ref.text, ref.lang, ref.celex) == (span, "el", celex)
    assert "αριθ. " in ref.normalized  # the OJ's marker in the normal form


@pytest.mark.parametrize(
    "text",
    [
        # national acts with the same marker stay national (no year, or a national author)
        "απόφαση αριθμ. 593/2014 της Επιτροπής Ανταγωνισμού",
        "την υπ' αριθμ. 1178/27361 Υπουργική Απόφαση",
    ],
)
def test_greek_national_numbers_with_arithm_stay_national(text: str) -> None:
    assert eurefs.extract(text, kinds="legal_act") == []


@pytest.mark.parametrize(
    ("text", "span", "normalized", "celex"),
    [
        # the headings of lynxlex.com, a French site on private international law quoting
        # the Cour de cassation and the CJEU; was nothing
        ("Bruxelles I bis (règl. 1215/2012)", "règl. 1215/2012", "règlement 1215/2012",
         "32012R1215"),
        ("Bruxelles I (règl. 44/2001)", "règl. 44/2001", "règlement 44/2001", "32001R0044"),
        # with the domain and the number marker, capitalised at a sentence's start
        ("Vu le règl. (UE) n° 1215/2012 du 12 décembre 2012.", "règl. (UE) n° 1215/2012",
         "règlement (UE) no 1215/2012", "32012R1215"),
        ("Règl. (UE) 2016/679, art. 6", "Règl. (UE) 2016/679", "règlement (UE) 2016/679",
         "32016R0679"),
        # ``dir.`` among French words is French (was Italian ``direttiva``)
        ("l'article 6 de la dir. 2011/83/UE du 25 octobre 2011", "dir. 2011/83/UE",
         "directive 2011/83/UE", "32011L0083"),
    ],
)  # fmt: skip
def test_french_regl_and_dir(text: str, span: str, normalized: str, celex: str) -> None:
    (ref,) = eurefs.extract(text, kinds="legal_act", short_forms=False)
    assert (ref.text, ref.lang, ref.normalized, ref.celex) == (span, "fr", normalized, celex)
    assert eurefs.parse(ref.normalized).celex == celex


@pytest.mark.parametrize(
    "text",
    [
        # French editors of a collective work: ``(dir.)``, ``sous la dir. de``, no act number
        "J. Dupont (dir.), Droit de l'Union européenne, 2e éd., 2019, p. 12",
        "sous la dir. de M. Martin, Paris, 2012",
        # ``règl.`` of a national regulation's number without the Union's year form
        "le règl. intérieur de l'assemblée",
    ],
)
def test_french_abbreviations_without_an_act_number_are_no_act(text: str) -> None:
    assert eurefs.extract(text, kinds="legal_act") == []
