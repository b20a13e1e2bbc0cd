"""A pinpoint written right after an act (``eurefs.grammar.after_pinpoint_patterns``), in the
languages that write one there: Finnish, Hungarian, Estonian, Latvian, Lithuanian."""

from __future__ import annotations

import pytest

import eurefs
from eurefs.grammar.after_pinpoint_patterns import after_source
from eurefs.languages import BY_CODE


def test_a_pattern_only_where_the_record_writes_pinpoints_after_acts() -> None:
    after = {code for code, record in BY_CODE.items() if after_source(record) is not None}
    assert after == {code for code, record in BY_CODE.items() if record.pinpoints.after}
    assert {"fi", "hu", "et", "lv", "lt"} <= after


@pytest.mark.parametrize(
    ("text", "pinpoint"),
    [
        # Hungarian: the paragraph without its word before the point, after a short name
        # (a company's privacy notice, ssi-schaefer.com/hu-hu; was '6. cikk') and after an act
        ("Ha az adatkezelés az Önnel kötött szerződés teljesítéséhez, vagy kezdeményezéséhez "
         "szükséges a GDPR 6. cikk (1) b) pontja szerint.", "6. cikk (1) b) pontja"),
        ("Ennek jogszabályi alapja a GDPR 6. cikk (1) c) bekezdésében található.",
         "6. cikk (1) c) bekezdésében"),
        ("az (EU) 2016/679 rendelet 6. cikk (1) b) pontja alapján", "6. cikk (1) b) pontja"),
        # ... not before a word of its own, nor taking the next word's article ('a')
        ("a GDPR 6. cikk (1) bekezdés f) pontja a jogos érdekünknek",
         "6. cikk (1) bekezdés f) pontja"),
        # (the paragraph alone at the end is read since GDPR 6. cikk (1) a) was: after an
        # article's word a bracketed number is its paragraph, as EU texts write them)
        ("a GDPR 6. cikk (1) alapján", "6. cikk (1)"),
    ],
)  # fmt: skip
def test_a_paragraph_without_its_word_after_the_act(text: str, pinpoint: str) -> None:
    (ref,) = eurefs.extract(text)
    assert ref.pinpoint == pinpoint


# Ranges of numbers: by a dash with no blank, its first number perhaps without the ordinal's
# dot, or by the Latvian ``līdz`` (the subject-matter lines of C-132/21: ``test_dash_pinpoints``)
_GDPR = "32016R0679"


def _pinpoint(text: str) -> str | None:
    (act,) = [r for r in eurefs.extract(text) if r.kind == "legal_act" and r.celex == _GDPR]
    return act.pinpoint  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("text", "pinpoint"),
    [
        # in running text, as after a keyword's dash (UNCONFIRMED in a text read; was None)
        ("saskaņā ar Regulas (ES) 2016/679 77.–79. pantu", "77.-79. pantu"),
        ("saskaņā ar Regulas (ES) 2016/679 77. līdz 79. pantu", "77. līdz 79. pantu"),
        ("asetuksen (EU) 2016/679 77–79 artiklassa", "77-79 artiklassa"),
        # points by līdz (was ``6. panta 1. punkta``)
        ("Regulas (ES) 2016/679 6. panta 1. punkta a) līdz c) apakšpunktā",
         "6. panta 1. punkta a) līdz c) apakšpunktā"),
        # as before
        ("saskaņā ar Regulas (ES) 2016/679 6. un 7. pantu", "6. un 7. pantu"),
        # Estonian, the numbers after the word (as the keyword line of C-132/21 writes them,
        # test_dash_pinpoints; in running text UNCONFIRMED in a text read; was the first)
        ("Vastavalt määruse (EL) 2016/679 artiklitele 77–79 on", "artiklitele 77-79"),
        ("määruse (EL) 2016/679 artikli 6 lõigetele 1–3 kohaselt", "artikli 6 lõigetele 1-3"),
        ("määruse (EL) 2016/679 artiklid 5, 6–8 ja 9 kohaselt", "artiklid 5, 6-8 ja 9"),
        # ... the range's end no day of a date (``6. mail``), as a further number is none
        ("määruse (EL) 2016/679 artiklid 6–7. mail", "artiklid 6"),
        # a range of points, each letter with its bracket (dmp.hu, on the EDPB's guidelines:
        # 'a GDPR 6. cikke (1) bekezdésének a)-f) pontjában'; was '6. cikke (1) bekezdésének')
        ("az (EU) 2016/679 rendelet 6. cikke (1) bekezdésének a)-f) pontjában meghatározott",
         "6. cikke (1) bekezdésének a)-f) pontjában"),
        ("Regulas (ES) 2016/679 6. panta 1. punkta a)–c) apakšpunktā",
         "6. panta 1. punkta a)-c) apakšpunktā"),
        # Estonian, a bare letter to a letter after the word (the keyword line of C-252/21
        # Meta Platforms, curia.europa.eu, ET); was 'punktid a', a point the text does not
        # name alone
        ("Lojaalse koostöö põhimõte – Määruse 2016/679 artikli 6 lõike 1 esimese lõigu punktid "
         "a–f – Isikuandmete töötlemise seaduslikkus",
         "artikli 6 lõike 1 esimese lõigu punktid a-f"),
        # (a letter before a dash between blanks ends the pinpoint: the keyword line's next
        # item, C-319/22 Gesamtverband Autoteile-Handel, curia.europa.eu, ET)
        ("Määrus (EL) 2016/679 – Artikli 6 lõike 1 punkt c – Isikuandmete töötlemine",
         "Artikli 6 lõike 1 punkt c"),
    ],
)  # fmt: skip
def test_a_range_after_the_act(text: str, pinpoint: str) -> None:
    assert _pinpoint(text) == pinpoint


@pytest.mark.parametrize(
    "text",
    [
        # years and dates after the act: no subdivision word after them
        "Regulu (ES) 2016/679 piemēro no 2018. gada 25. maija līdz 2020. gada 1. janvārim",
        "Regulas (ES) 2016/679 2018.–2020. gadā",
        "az (EU) 2016/679 rendelet 2018–2020. évi alkalmazása",
        "asetuksen (EU) 2016/679 2018–2020 aikana",
        # a dash between blanks
        "Reglamento (ES) 2016/679 77 – 79 straipsniai",
        "määruse (EL) 2016/679 2018–2020 jooksul",
        # letters with no brackets are no range
        "az (EU) 2016/679 rendelet a-f között",
    ],
)
def test_no_range_without_its_word(text: str) -> None:
    assert _pinpoint(text) is None


def test_a_latvian_treaty_range_by_lidz() -> None:
    # (was nothing; the range as ``article_range_words`` reads it, one designation)
    (ref,) = [r for r in eurefs.extract("LESD 101. līdz 106. pants") if r.kind == "treaty_article"]
    assert (ref.normalized, list(ref.articles)) == ("LESD 101. līdz 106. pants", ["101-106"])  # type: ignore[attr-defined]
    again = eurefs.parse(ref.normalized)
    assert (again.normalized, list(again.articles)) == (ref.normalized, ["101-106"])  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("text", "pinpoint"),
    [
        # a footnote call in square brackets, as web pages print it ('már rutinszerűen idézi
        # a GDPR[1] 6. és 9. cikkét': ado.hu, 'A GDPR jogalapjairól – 1. rész'; was none)
        ("már rutinszerűen idézi a GDPR[1] 6. és 9. cikkét.", "6. és 9. cikkét"),
        ("az (EU) 2016/679 rendelet[3] 6. cikke alapján", "6. cikke"),
        # spaced inside its brackets, as EUR-Lex's HTML prints it, after the act's title
        # (AG Ruiz-Jarabo Colomer in C-553/07, EUR-Lex 62007CC0553, LV; was none)
        ("Raad van State ir uzdevusi Tiesai prejudiciālu jautājumu par Direktīvas 95/46/EK par "
         "personu aizsardzību attiecībā uz personas datu apstrādi un šādu datu brīvu apriti "
         "( 2 ) 6. un 12. panta interpretāciju.", "6. un 12. panta"),
        ("asetuksen (EU) 2016/679 ( 4 ) 6 artiklan 1 kohta", "6 artiklan 1 kohta"),
        # after the brackets of an alias (AG Bobek in C-13/16, curia.europa.eu, FI; was none)
        ("vahvistetaanko direktiivin 95/46/EY (jäljempänä direktiivi)(2) 7 artiklan f "
         "alakohdassa velvollisuus", "7 artiklan f alakohdassa"),
        # between two brackets, the act's short title and its alias (AG Pitruzzella in
        # C-487/21, curia.europa.eu, FI; was none)
        ("27.4.2016 annetun Euroopan parlamentin ja neuvoston asetuksen (EU) 2016/679 (yleinen "
         "tietosuoja-asetus)(2) (jäljempänä yleinen tietosuoja-asetus) 15 artiklan 3 kohdassa "
         "tunnustetun", "15 artiklan 3 kohdassa"),
    ],
)  # fmt: skip
def test_a_footnote_call_between_the_act_and_its_pinpoint(text: str, pinpoint: str) -> None:
    refs = [r for r in eurefs.extract(text) if r.kind in ("legal_act", "short_form")]
    assert [r.pinpoint for r in refs] == [pinpoint]


@pytest.mark.parametrize(
    "text",
    [
        # no call: a year, a leading zero, four digits; the nominative takes no pinpoint
        "a GDPR[2016] 6. cikke szerint",
        "a GDPR[0] 6. cikke szerint",
        "Direktyva 95/46/EB[1] 7 straipsnis taikomas.",
        # (the call closes no title across a sentence's end)
        "par Direktīvas 95/46/EK par datu apriti. Tā ( 2 ) 6. pants",
        # (a call after a third bracket: two at most stand between)
        "asetuksen (EU) 2016/679 (yleinen)(2) (toinen)(3) (kolmas) 15 artiklan 3 kohdassa",
    ],
)
def test_no_footnote_call_where_none_is_written(text: str) -> None:
    refs = [r for r in eurefs.extract(text) if r.kind in ("legal_act", "short_form")]
    assert [r.pinpoint for r in refs] == [None]
