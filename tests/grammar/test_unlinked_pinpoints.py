"""A pinpoint right before an act, with no link word, where the record lists the word the
act starts with (``eurefs/grammar/unlinked_pinpoints.py``)."""

from __future__ import annotations

import pytest

import eurefs


@pytest.mark.parametrize(
    ("text", "span", "pinpoint"),
    [
        # an Austrian law journal's headnote on the OGH's reference in the Klausel-RL case
        # (RdW 2021, lesen.lexisnexis.at; pages corpus): was no pinpoint
        ("ob es Art 6 Abs 1 und Art 7 Abs 1 RL 93/13/EWG (KlauselRL) widerspricht, dass",
         "RL 93/13/EWG", "Art 6 Abs 1 und Art 7 Abs 1"),
        # the Federal Finance Court's headnote (BFH VII R 22/14, urteile-gesetze.de; pages
        # corpus): was no pinpoint
        ("ergibt sich aus einer unmittelbaren Anwendung des Art. 27 Abs. 1 Buchst. d "
         "Richtlinie 92/83/EWG.", "Richtlinie 92/83/EWG", "Art. 27 Abs. 1 Buchst. d"),
        # a compliance checklist in a public repository: was no pinpoint for either
        ("Art. 16 Abs. 1 Verordnung (EU) 2022/2554 i.V.m. Art. 8 Abs. 2 Delegierte Verordnung "
         "(EU) 2024/1772", "Verordnung (EU) 2022/2554", "Art. 16 Abs. 1"),
        ("i.V.m. Art. 8 Abs. 2 Delegierte Verordnung (EU) 2024/1772",
         "Delegierte Verordnung (EU) 2024/1772", "Art. 8 Abs. 2"),
        ("Siehe Art. 8 DelVO (EU) 2024/1772 zur Meldung.", "DelVO (EU) 2024/1772", "Art. 8"),
        # VO and DVO (UNCONFIRMED in a text read)
        ("nach Art. 5 Abs. 2 VO (EU) 2016/679 ist", "VO (EU) 2016/679", "Art. 5 Abs. 2"),
        ("gemäß Art. 3 Abs. 1 lit. a DVO (EU) 2019/947 gilt", "DVO (EU) 2019/947",
         "Art. 3 Abs. 1 lit. a"),
        # Italian headnotes (the session's brief; Tribunale di Brescia n. 893/2024 writes
        # 'Reg. (CE) n. 261/2004', obgc.unibs.it): was no pinpoint; ``n.`` (numero) too
        ("ai sensi dell'art. 5 n. 1 lett. b) reg. CE 44/2001", "reg. CE 44/2001",
         "art. 5 n. 1 lett. b)"),
        ("violazione dell’art. 7 Reg. CE 261/2004 e", "Reg. CE 261/2004", "art. 7"),
        ("l'art. 6 par. 1 direttiva 2011/83/UE", "direttiva 2011/83/UE", "art. 6 par. 1"),
        ("dell'art. 5, n. 1, lett. b), del regolamento CE n. 44/2001", "regolamento CE n. 44/2001",
         "art. 5, n. 1, lett. b)"),
        # English: an academic abstract (QMJIP 2013, elgaronline.com; pages corpus) and a
        # platform's terms (a public repository): were no pinpoint
        ("the concept of communication to the public under Article 3 Directive 2001/29/EC and",
         "Directive 2001/29/EC", "Article 3"),
        ("form part of these terms (Art. 5 Regulation (EU) 2019/1150). In short",
         "Regulation (EU) 2019/1150", "Art. 5"),
        ("under Article 6(1)(f) Regulation (EU) 2016/679", "Regulation (EU) 2016/679",
         "Article 6(1)(f)"),
        ("Article 8 Delegated Regulation (EU) 2024/1772", "Delegated Regulation (EU) 2024/1772",
         "Article 8"),
        # the link word as before
        ("Siehe Art. 8 der DelVO (EU) 2024/1772 zur Meldung.", "DelVO (EU) 2024/1772",
         "Art. 8"),
        # Bulgarian: exlege.bg's index of EU acts by article (pages corpus; the Latin O and
        # C of the domain as typed there): was no pinpoint
        ("чл. 5 Директива 1999/37/EO", "Директива 1999/37/EO", "чл. 5"),
        ("чл. 1 Регламент (ЕC) № 913/2010", "Регламент (ЕC) № 913/2010", "чл. 1"),
        # (a point, a paragraph and a letter in quotation marks by the abbreviations of the
        # data-protection commission's decisions, cpdp.bg, before the act with no 'от':
        # UNCONFIRMED in a text read)
        ("съгласно чл. 6, параграф 1, буква е) Регламент (ЕС) 2016/679 на Европейския"
         " парламент", "Регламент (ЕС) 2016/679", "чл. 6, параграф 1, буква е)"),
        ("Съгласно чл. 6, § 1, б. „в“ Регламент (ЕС) 2016/679", "Регламент (ЕС) 2016/679",
         "чл. 6, § 1, б. „в“"),
        ("чл. 6 Делегиран регламент (ЕС) 2020/688", "Делегиран регламент (ЕС) 2020/688",
         "чл. 6"),
        # Greek: the directive in the genitive with no article, the headings of the draft of
        # Law 4412/2016 (opengov.gr/ypoian; pages corpus): was no pinpoint
        ("Άρθρο 11 – Συμβάσεις υπηρεσιών που ανατίθενται βάσει αποκλειστικού δικαιώματος"
         " (άρθρο 11 Οδηγίας 2014/24/ΕΕ)", "Οδηγίας 2014/24/ΕΕ", "άρθρο 11"),
        # (the regulation's genitive: UNCONFIRMED in a text read)
        ("κατά το άρθρο 6 παρ. 1 Κανονισμού (ΕΕ) 2016/679", "Κανονισμού (ΕΕ) 2016/679",
         "άρθρο 6 παρ. 1"),
    ],
)  # fmt: skip
def test_a_pinpoint_right_before_the_act(text: str, span: str, pinpoint: str) -> None:
    ref = next(r for r in eurefs.extract(text, short_forms=False) if r.kind == "legal_act")
    assert (ref.text, ref.pinpoint) == (span, pinpoint)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # a treaty article, a national act's abbreviation before the act: no pinpoint of it
        ("Art. 288 AEUV RL 2011/83/EU verpflichtet", "RL 2011/83/EU"),
        ("Art. 5 Abs. 1 BGB Richtlinie 93/13/EWG", "Richtlinie 93/13/EWG"),
        # nor a national provision, nor an article a comma sets apart
        ("§ 5 Abs. 1 VO (EU) 2016/679", "VO (EU) 2016/679"),
        ("nach Art. 5, VO (EU) 2016/679 und", "VO (EU) 2016/679"),
        # Bulgarian: a national act's abbreviation in between, 'т.е.' (that is)
        ("чл. 5 ЗЗЛД Регламент (ЕС) 2016/679", "Регламент (ЕС) 2016/679"),
        ("т.е. Регламент (ЕС) 2016/679", "Регламент (ЕС) 2016/679"),
        # English: a treaty's article, an article a comma or a line sets apart
        ("under Article 114 TFEU Directive 2019/1937 was adopted", "Directive 2019/1937"),
        ("Article 5, Directive 93/13/EEC", "Directive 93/13/EEC"),
        ("Article 5\nDirective 93/13/EEC", "Directive 93/13/EEC"),
        # a footnote's call before the act (the recitals' notes of an OJ act)
        (
            "Article 7 (OJ L 119, 4.5.2016, p. 1).  (5) Regulation (EU) 2019/1150 of",
            "Regulation (EU) 2019/1150",
        ),
        # Greek: the nominative after an article starts a new item, not the article's act
        ("άρθρο 4 Οδηγία 2014/24/ΕΕ", "Οδηγία 2014/24/ΕΕ"),
        ("art. 267 TFUE Reg. CE 44/2001", "Reg. CE 44/2001"),
        # Italian: a comma before the article too (the first act's, cited after it)
        ("(Reg. CE 44/2001, art. 5, Reg. UE 1215/2012)", "Reg. UE 1215/2012"),
        # a norm chain, one norm a line (the BVerwG's in Natumi, 3 C 1.18, rechtsportal.de):
        # the article or annex after one line's act is that act's, not the next line's (was
        # 'Art. 23' of 834/2007 given to 889/2008)
        ("Normen: VO (EG) 834/2007 Art. 23\nVO (EG) 889/2008", "VO (EG) 889/2008"),
        ("VO (EG) 889/2008 Anhang V Nr. 1\nVO (EG) 834/2007 und", "VO (EG) 834/2007"),
        ("Gesetze: Richtlinie 77/388/EWG Art. 13\nRL 2006/112/EG", "RL 2006/112/EG"),
    ],
)
def test_no_pinpoint_where_none_is_written_right_before(text: str, span: str) -> None:
    (ref,) = [r for r in eurefs.extract(text, short_forms=False) if r.text == span]
    assert (ref.text, ref.pinpoint) == (span, None)


def test_a_norm_chain_keeps_each_line_s_pinpoint_off_the_next_act() -> None:
    text = "Normen: VO (EG) 834/2007 Art. 23\nVO (EG) 889/2008 Art. 22\n\nBVerwG, Beschluss"
    acts = [(r.text, r.pinpoint) for r in eurefs.extract(text) if r.kind == "legal_act"]
    # (each line's after its act: comma_pinpoints, the next line's act ends it)
    assert acts == [("VO (EG) 834/2007", "Art. 23"), ("VO (EG) 889/2008", "Art. 22")]


def test_a_case_number_before_the_pinpoint_is_no_act_s() -> None:
    (ref,) = [r for r in eurefs.extract("EuGH C-311/18 Art. 46 VO (EU) 2016/679")
              if r.kind == "legal_act"]  # fmt: skip
    assert ref.pinpoint == "Art. 46"


def test_not_in_a_language_whose_record_lists_no_word() -> None:
    # French writes 'de la' (no pinpoint right before 'directive' is read)
    (ref,) = eurefs.extract("selon l'article 5 directive 93/13/CEE applicable", kinds="legal_act")
    assert ref.pinpoint is None


@pytest.mark.parametrize(
    ("text", "span", "pinpoint"),
    [
        # dirittobancario.it, on the Cassazione's case-law (pages corpus); before: no pinpoint
        ("Il foro generale è previsto dall’art. 4, Reg. UE 1215/2012, il quale",
         "Reg. UE 1215/2012", "art. 4"),
        # Tribunale di Brescia, 6 March 2024, n. 893 (obgc.unibs.it); before: no pinpoint
        ("ex art. 7, par. 1, Reg. (CE) n. 261/2004", "Reg. (CE) n. 261/2004", "art. 7, par. 1"),
    ],
)  # fmt: skip
def test_an_italian_pinpoint_before_a_comma(text: str, span: str, pinpoint: str) -> None:
    (ref,) = [r for r in eurefs.extract(text, short_forms=False) if r.kind == "legal_act"]
    assert (ref.text, ref.pinpoint) == (span, pinpoint)
    assert ref.celex in {"32012R1215", "32004R0261"}


def test_no_pinpoint_after_a_treaty_name_in_a_keyword_line_without_dashes() -> None:
    # the judgment in C-311/18 Facebook Ireland and Schrems as vlex prints it (ie.vlex.com
    # 911889504; pages corpus), the keyword line's dashes lost: the Charter's articles were
    # taken for the Regulation's pinpoint
    text = (
        "(Reference for a preliminary ruling Protection of individuals with regard to the\n"
        "processing of personal data Charter of Fundamental Rights of the European\n"
        "Union Articles 7, 8 and 47 Regulation (EU) 2016/679 Article 2(2)\n"
        "Scope Transfers of personal data to third countries for commercial purposes"
    )
    acts = [(r.text, r.pinpoint) for r in eurefs.extract(text) if r.kind == "legal_act"]  # type: ignore[attr-defined]
    assert acts == [("Regulation (EU) 2016/679", None)]
