"""Recitals before the act (or the anaphor) they are in, as pinpoints, in the languages
whose back-reference pinpoint words do not give them: the record's
``pinpoints.recitals``.  The texts are the Court's judgment in C-416/10 Križan as
CURIA prints it in each language (ELITR/elitr-testset, documents/test-curia-eu)."""

from __future__ import annotations

import pytest

import eurefs


@pytest.mark.parametrize(
    ("text", "span", "pinpoint"),
    [
        # Polish (test.elitr.pl): the pinpoint was nothing
        ("Motyw 23 dyrektywy 96/61 przewiduje:", "dyrektywy 96/61", "Motyw 23"),
        ("Motyw 16 dyrektywy 2003/4/WE stanowi:", "dyrektywy 2003/4/WE", "Motyw 16"),
        # the same judgment's legal framework (test.elitr.sl, .bg, .el)
        ("V uvodni izjavi 23 Direktive 96/61 je navedeno:", "Direktive 96/61",
         "uvodni izjavi 23"),
        ("Съгласно съображение 5 от Директива 2003/35 правото на Съюза", "Директива 2003/35",
         "съображение 5"),
        ("Στην αιτιολογική σκέψη 5 της οδηγίας 2003/35 εκτίθεται ότι", "οδηγίας 2003/35",
         "αιτιολογική σκέψη 5"),
        # (other cases and an act's number: from the language, UNCONFIRMED in a text read)
        ("zgodnie z motywem 26 rozporządzenia (UE) 2016/679", "rozporządzenia (UE) 2016/679",
         "motywem 26"),
        ("v skladu z uvodno izjavo 26 Uredbe (EU) 2016/679", "Uredbe (EU) 2016/679",
         "uvodno izjavo 26"),
        ("podľa odôvodnenia 26 nariadenia (EÚ) 2016/679", "nariadenia (EÚ) 2016/679",
         "odôvodnenia 26"),
        ("съображение 26 от Регламент (ЕС) 2016/679", "Регламент (ЕС) 2016/679",
         "съображение 26"),
        ("την αιτιολογική σκέψη 26 του κανονισμού (ΕΕ) 2016/679", "κανονισμού (ΕΕ) 2016/679",
         "αιτιολογική σκέψη 26"),
        # Croatian, the number's dot kept as in articles (the Opinion in C-99/15, EUR-Lex
        # 62015CC0099): the pinpoint was nothing
        ("Prema uvodnoj izjavi 10. Direktive 2004/48, njezin je cilj", "Direktive 2004/48",
         "uvodnoj izjavi 10."),
        ("uvodne izjave 26. i 27. Uredbe (EU) 2016/679", "Uredbe (EU) 2016/679",
         "uvodne izjave 26. i 27."),
        # Czech, the preamble's word after the point's (privacy notices: 'podle bodu
        # odůvodnění 30 GDPR'): was nothing
        ("podle bodu odůvodnění 30 nařízení (EU) 2016/679", "nařízení (EU) 2016/679",
         "bodu odůvodnění 30"),
        ("Bod odůvodnění 41 nařízení (EU) 2023/1114 navíc výslovně říká",
         "nařízení (EU) 2023/1114", "Bod odůvodnění 41"),
        ("body odůvodnění 26 a 27 nařízení (EU) 2016/679", "nařízení (EU) 2016/679",
         "body odůvodnění 26 a 27"),
        # Romanian, linked by the genitive's article (al, ale) to the act declined: was nothing
        ("considerentul 26 al Regulamentului (UE) 2016/679", "Regulamentului (UE) 2016/679",
         "considerentul 26"),
        ("considerentele 26 și 27 ale Regulamentului (UE) 2016/679",
         "Regulamentului (UE) 2016/679", "considerentele 26 și 27"),
        ("articolul 6 al Regulamentului (UE) 2016/679", "Regulamentului (UE) 2016/679",
         "articolul 6"),
        # Maltese and Irish, linked as an article is (the words of EUR-Lex's headings,
        # 'Premessa 26', 'Aithris 26'): were nothing
        ("il-premessa 26 tar-Regolament (UE) 2016/679", "Regolament (UE) 2016/679",
         "premessa 26"),
        ("aithris 26 de Rialachán (AE) 2016/679", "Rialachán (AE) 2016/679", "aithris 26"),
    ],
)  # fmt: skip
def test_a_recital_before_the_act(text: str, span: str, pinpoint: str) -> None:
    (act,) = [r for r in eurefs.extract(text, short_forms=False) if r.kind == "legal_act"]
    assert (act.text, act.pinpoint) == (span, pinpoint)  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "anaphor", "pinpoint"),
    [
        # the same paragraph (88) in four languages: the anaphor's pinpoint was nothing
        ("V tem pogledu je treba poudariti, da člen 15 Direktive 96/61 državam članicam nalaga,"
         " da morajo javnosti pravočasno dati možnost učinkovitega sodelovanja v postopku"
         " izdaje dovoljenja. To določbo je treba razlagati ob upoštevanju uvodne izjave 23 te"
         " direktive, v skladu s katero", "te direktive", "uvodne izjave 23"),
        ("že článok 15 smernice 96/61 ukladá členským štátom povinnosť. Toto ustanovenie je"
         " potrebné vykladať vzhľadom na odôvodnenie 23 uvedenej smernice, podľa ktorého",
         "uvedenej smernice", "odôvodnenie 23"),
        ("че член 15 от Директива 96/61 изисква от държавите членки. Тази разпоредба трябва"
         " да се тълкува с оглед на съображение 23 от посочената директива, съгласно което",
         "посочената директива", "съображение 23"),
        # Croatian (the Opinion in C-99/15 writes 'Uvodna izjava 26. iste direktive', 'the
        # same directive', which the record does not hold); Romanian, linked by al: were none
        ("Članak 15. Direktive 96/61 primjenjuje se. Uvodna izjava 23. te direktive"
         " precizira da", "te direktive", "Uvodna izjava 23."),
        ("Instanța a aplicat articolul 15 din Directiva 96/61. Potrivit considerentului 23 al"
         " directivei menționate, statele membre", "directivei menționate",
         "considerentului 23"),
        ("ότι το άρθρο 15 της οδηγίας 96/61 επιβάλλει στα κράτη μέλη. Η διάταξη αυτή πρέπει"
         " να ερμηνευθεί υπό το πρίσμα της αιτιολογικής σκέψεως 23 της εν λόγω οδηγίας,"
         " κατά την οποία", "της εν λόγω οδηγίας", "αιτιολογικής σκέψεως 23"),
    ],
)  # fmt: skip
def test_a_recital_before_an_anaphor(text: str, anaphor: str, pinpoint: str) -> None:
    (ref,) = [r for r in eurefs.extract(text) if r.kind == "short_form"]
    assert (ref.text, ref.celex, ref.pinpoint) == (anaphor, "31996L0061", pinpoint)  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "short_form", "pinpoint"),
    [
        # Maltese, the recitals before 'thereof' (the order in C-302/10 Infopaq
        # International, Maltese: ELITR/elitr-testset test-en-mt.ali.tsv): was nothing
        ("Id-Direttiva 2001/29, fil-premessi 4, 9, 11, 21, 22, 31 u 33 tagħha, tipprovdi li:",
         "tagħha", "premessi 4, 9, 11, 21, 22, 31 u 33"),
        # Croatian, 'the same directive' (the Opinion in C-99/15, EUR-Lex 62015CC0099):
        # was no back-reference
        ("Prema uvodnoj izjavi 10. Direktive 2004/48/EZ, njezin je cilj usklađivanje."
         " Uvodna izjava 26. iste direktive precizira da", "iste direktive",
         "Uvodna izjava 26."),
    ],
)  # fmt: skip
def test_a_recital_before_thereof_or_the_same_act(
    text: str, short_form: str, pinpoint: str
) -> None:
    (ref,) = [r for r in eurefs.extract(text) if r.kind == "short_form"]
    assert (ref.text, ref.pinpoint) == (short_form, pinpoint)  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "text",
    [
        # a recital word with no number, and the Court's own paragraph (Greek σκέψη alone)
        "з оглед на съображенията в точка 79 от настоящото решение",
        "(C-81/96, Συλλογή 1998, σ. I-3923, σκέψη 23 της οδηγίας 96/61)",
        "w odniesieniu do dyrektywy 96/61",
        # the recital words with no number are prose: a judgment's heading (Czech
        # ``Odůvodnění``), the Style Guide's single unnumbered recital ('v bodě odůvodnění'),
        # 'for that reason', 'having regard to the recitals', 'the recitals of'
        "Odůvodnění nařízení (EU) 2016/679",
        "v bodě odůvodnění nařízení (EU) 2016/679",
        "z tohoto důvodu nařízení (EU) 2016/679 platí",
        "având în vedere considerentele Regulamentului (UE) 2016/679",
        "punerea în aplicare a Regulamentului (UE) 2016/679",
        "uvodne izjave Uredbe (EU) 2016/679",
        "premessa tar-Regolament (UE) 2016/679",
        "aithris de Rialachán (AE) 2016/679",
    ],
)
def test_no_recital_pinpoint(text: str) -> None:
    acts = [r for r in eurefs.extract(text, short_forms=False) if r.kind == "legal_act"]
    assert all(a.pinpoint is None for a in acts)  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "span", "pinpoint"),
    [
        # written after the act, the preamble's word before the number (the same judgment,
        # test.elitr.lv and .fi): the pinpoint was nothing
        ("Direktīvas 96/61 preambulas 23. apsvērumā ir noteikts:", "Direktīvas 96/61",
         "preambulas 23. apsvērumā"),
        ("Direktīvas 2003/35 preambulas 5. apsvērumā ir noteikts, ka", "Direktīvas 2003/35",
         "preambulas 5. apsvērumā"),
        ("Direktiivin 96/61 johdanto-osan 23 perustelukappaleessa todetaan seuraavaa:",
         "Direktiivin 96/61", "johdanto-osan 23 perustelukappaleessa"),
        # the number first, or the word (test.elitr.lt, .et)
        ("Direktyvos 96/61 23 konstatuojamojoje dalyje nurodyta:", "Direktyvos 96/61",
         "23 konstatuojamojoje dalyje"),
        ("Direktyvos 2003/35 5 konstatuojamojoje dalyje nurodyta, kad", "Direktyvos 2003/35",
         "5 konstatuojamojoje dalyje"),
        ("Direktiivi 96/61 põhjenduses 23 on märgitud:", "Direktiivi 96/61", "põhjenduses 23"),
        ("Direktiivi 2003/35 põhjendus 5 osutab, et", "Direktiivi 2003/35", "põhjendus 5"),
        # (the Court's OJ citation between the act and its recital)
        ("Euroopan parlamentin ja neuvoston direktiivin 2003/4/EY (EUVL L 41, s. 26)"
         " johdanto-osan 16 perustelukappaleessa todetaan seuraavaa:",
         "Euroopan parlamentin ja neuvoston direktiivin 2003/4/EY",
         "johdanto-osan 16 perustelukappaleessa"),
    ],
)  # fmt: skip
def test_a_recital_after_the_act(text: str, span: str, pinpoint: str) -> None:
    (act,) = [r for r in eurefs.extract(text, short_forms=False) if r.kind == "legal_act"]
    assert (act.text, act.pinpoint) == (span, pinpoint)  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "text", ["direktiivin 96/61 johdanto-osassa todetaan", "direktiivi 96/61 põhjendus on selge"]
)
def test_the_recital_word_alone_is_no_pinpoint(text: str) -> None:
    (act,) = eurefs.extract(text, kinds="legal_act")
    assert act.pinpoint is None  # type: ignore[union-attr]


def test_a_recital_after_an_oj_citation_after_a_title_is_the_titled_acts() -> None:
    # (Estonian, test.elitr.et: the recital is Directive 2003/4's, whose title names Directive
    # 90/313 before the OJ citation; 90/313 gets no pinpoint)
    text = (
        "direktiivi 2003/4/EÜ keskkonnateabele avaliku juurdepääsu ja nõukogu direktiivi"
        " 90/313/EMÜ kehtetuks tunnistamise kohta (EÜT L 41, lk 26, ELT eriväljaanne 15/07,"
        " lk 375) põhjendus 16 on sõnastatud järgmiselt:"
    )
    acts = eurefs.extract(text, kinds="legal_act")
    assert all(a.pinpoint is None for a in acts)  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "pinpoint"),
    [
        # Hungarian: the number in brackets, after a popular name (texts in public
        # repositories, found with find_string): the pinpoint was nothing
        ("átalakítás, amely a GDPR (26) preambulumbekezdése értelmében már nem minősül"
         " személyes adatnak", "(26) preambulumbekezdése"),
        ("- **GDPR (63) preambulumbekezdés** — ahol lehetséges, az adatkezelő",
         "(63) preambulumbekezdés"),
    ],
)  # fmt: skip
def test_a_hungarian_recital_after_a_name(text: str, pinpoint: str) -> None:
    (ref,) = [r for r in eurefs.extract(text) if r.kind == "short_form"]
    assert (ref.text, ref.celex, ref.pinpoint) == ("GDPR", "32016R0679", pinpoint)  # type: ignore[union-attr]
