"""Ranges in pinpoints and article lists, with any dash and no blank around it
(``ust. 1−2``, ``Articles 101–106 TFEU``): the pinpoint keeps the range (the view's
ASCII hyphen), a treaty article lists both ends; in a pinpoint before an act or a
back-reference, a rising range with a blank by its dash (``art. 37 – 39 din``)."""

from __future__ import annotations

import pytest

import eurefs


@pytest.mark.parametrize(
    ("text", "act", "pinpoint"),
    [
        # the minus sign, the en dash and the hyphen
        ("art. 6 ust. 1−2 rozporządzenia (UE) 2016/679", "rozporządzenia (UE) 2016/679",
         "art. 6 ust. 1-2"),
        ("art. 6 ust. 1–2 rozporządzenia (UE) 2016/679", "rozporządzenia (UE) 2016/679",
         "art. 6 ust. 1-2"),
        ("art. 6 ust. 1-2 rozporządzenia (UE) 2016/679", "rozporządzenia (UE) 2016/679",
         "art. 6 ust. 1-2"),
        ("Articles 5–7 of Regulation (EU) 2016/679", "Regulation (EU) 2016/679", "Articles 5-7"),
        ("Article 6(1)–(3) of Regulation (EU) 2016/679", "Regulation (EU) 2016/679",
         "Article 6(1)-(3)"),
        ("Article 6(1)(a)–(c) of Regulation (EU) 2016/679", "Regulation (EU) 2016/679",
         "Article 6(1)(a)-(c)"),
        ("Art. 6 Abs. 1–3 der Verordnung (EU) 2016/679", "Verordnung (EU) 2016/679",
         "Art. 6 Abs. 1-3"),
        ("čl. 6 odst. 1–3 nařízení (EU) 2016/679", "nařízení (EU) 2016/679", "čl. 6 odst. 1-3"),
        ("artículo 6, apartados 1–3, del Reglamento (UE) 2016/679", "Reglamento (UE) 2016/679",
         "artículo 6, apartados 1-3"),
        ("articolo 6, paragrafi 1–3, del regolamento (UE) 2016/679",
         "regolamento (UE) 2016/679", "articolo 6, paragrafi 1-3"),
        ("artikel 6, lid 1–3, van Verordening (EU) 2016/679", "Verordening (EU) 2016/679",
         "artikel 6, lid 1-3"),
        ("artigos 5.º–7.º do Regulamento (UE) 2016/679", "Regulamento (UE) 2016/679",
         "artigos 5.º-7.º"),
        # Slovenian ordinals written first
        ("3.–5. člena Uredbe (EU) 2016/679", "Uredbe (EU) 2016/679", "3.-5. člena"),
        ("3–5. člena Uredbe (EU) 2016/679", "Uredbe (EU) 2016/679", "3-5. člena"),
        # a dash with a blank before or after it joins a range where the larger number ends
        # it, as national writing types one (``art. 37 – 39 din``, primdata.ro; ``artt. 15 -
        # 22 del GDPR``, Italian privacy notices: the act named in full here)
        ("art. 37 – 39 din Regulamentul (UE) 2016/679", "Regulamentul (UE) 2016/679",
         "art. 37 - 39"),
        ("artt. 15 - 22 del Regolamento (UE) 2016/679", "Regolamento (UE) 2016/679",
         "artt. 15 - 22"),
        ("artt. 258 -260 del Regolamento (UE) 2016/679", "Regolamento (UE) 2016/679",
         "artt. 258 -260"),
        ("Articles 5 – 7 of Regulation (EU) 2016/679", "Regulation (EU) 2016/679",
         "Articles 5 - 7"),
        # elsewhere such a dash is punctuation, not a range: no pinpoint
        ("Article 5 – 2 of Regulation (EU) 2016/679", "Regulation (EU) 2016/679", None),
        ("Article 5 – 5 of Regulation (EU) 2016/679", "Regulation (EU) 2016/679", None),
        ("Articles 5 – 7 – 2 of Regulation (EU) 2016/679", "Regulation (EU) 2016/679", None),
    ],
)  # fmt: skip
def test_a_range_in_a_pinpoint_before_an_act(text: str, act: str, pinpoint: str | None) -> None:
    (ref,) = [r for r in eurefs.extract(text) if r.kind == "legal_act"]
    assert (ref.text, text[ref.start : ref.end], ref.celex) == (act, act, "32016R0679")
    assert ref.pinpoint == pinpoint


@pytest.mark.parametrize(
    ("text", "span", "normalized", "articles"),
    [
        ("Articles 101–106 TFEU", "Articles 101–106 TFEU", "Articles 101-106 TFEU",
         ["101-106"]),
        ("Articles 101−106 TFEU apply", "Articles 101−106 TFEU", "Articles 101-106 TFEU",
         ["101-106"]),
        ("art. 101 ust. 1–3 TFUE", "art. 101 ust. 1–3 TFUE", "art. 101 ust. 1-3 TFUE", ["101"]),
        ("Art. 101 Abs. 1–3 AEUV", "Art. 101 Abs. 1–3 AEUV", "Artikel 101 Abs. 1-3 AEUV",
         ["101"]),
        ("article 101, paragraphes 1–3, TFUE", "article 101, paragraphes 1–3, TFUE",
         "article 101, paragraphes 1-3 TFUE", ["101"]),
        # abbreviation first, ordinal first
        ("SEUT 101–106 artikla", "SEUT 101–106 artikla", "SEUT 101-106 artikla", ["101-106"]),
        ("EUMSZ 101–106. cikk", "EUMSZ 101–106. cikk", "EUMSZ 101-106. cikk", ["101-106"]),
        ("101.–106. člen PDEU", "101.–106. člen PDEU", "členi 101-106 PDEU", ["101-106"]),
        # (the range's first number without its ordinal dot)
        ("101–106. člen PDEU", "101–106. člen PDEU", "členi 101-106 PDEU", ["101-106"]),
    ],
)  # fmt: skip
def test_a_range_of_treaty_articles_or_of_their_paragraphs(
    text: str, span: str, normalized: str, articles: list[str]
) -> None:
    (ref,) = [r for r in eurefs.extract(text) if r.kind == "treaty_article"]
    assert (ref.text, text[ref.start : ref.end], ref.normalized) == (span, span, normalized)
    assert (ref.articles, ref.treaty, ref.celex) == (articles, "TFEU", None)
    assert eurefs.parse(ref.normalized).articles == articles


def test_a_range_in_a_back_reference_pinpoint_keeps_its_dash() -> None:
    # back-references run on the text as written: the dash stays as written
    text = "Regulation (EU) 2016/679 applies. Article 6(1)–(3) of that Regulation sets it."
    (ref,) = [r for r in eurefs.extract(text) if r.kind == "short_form"]
    assert (ref.text, ref.celex, ref.pinpoint) == (
        "that Regulation",
        "32016R0679",
        "Article 6(1)–(3)",
    )


@pytest.mark.parametrize(
    ("text", "name", "pinpoint"),
    [
        # primdata.ro (pages corpus), the GDPR by its Romanian name with the cedilla's ţ
        ("raportat la dispoziţiile art. 37 – 39 din Regulamentul General privind Protecţia "
         "Datelor, aplicarea", "Regulamentul General privind Protecţia Datelor", "art. 37 – 39"),
        # an Italian public service's privacy notice (public repository; find_string
        # 'artt. 15 - 22 del'): was no pinpoint
        ("Ti ricordiamo che puoi sempre esercitare i diritti previsti dagli artt. 15 - 22 del "
         "GDPR con riferimento ai dati presenti su IO.", "GDPR", "artt. 15 - 22"),
    ],
)  # fmt: skip
def test_a_spaced_range_before_a_back_reference(text: str, name: str, pinpoint: str) -> None:
    (ref,) = eurefs.extract(text)
    assert (ref.text, ref.celex, ref.pinpoint) == (name, "32016R0679", pinpoint)


def test_a_spaced_dash_that_joins_no_rising_range_gives_no_back_reference_pinpoint() -> None:
    (ref,) = eurefs.extract("the rights under Article 22 – 15 of the GDPR apply")
    assert (ref.text, ref.pinpoint) == ("GDPR", None)


def test_no_range_without_a_number_right_after_the_dash() -> None:
    # a hyphen after the treaty joins no number
    assert eurefs.extract("Article 101 TFEU-compatible rules") == []


def test_the_greek_range_word() -> None:
    """``έως`` joins the ends of a range in Greek (``C-397/01 έως C-403/01``, the Greek
    Dominguez judgment in tests/data/corpus-el): articles too are a range."""
    (treaty,) = eurefs.extract("σύμφωνα με τα άρθρα 101 έως 106 ΣΛΕΕ", kinds="treaty_article")
    assert (treaty.text, treaty.articles) == ("άρθρα 101 έως 106 ΣΛΕΕ", ["101-106"])
    (act,) = eurefs.extract("τα άρθρα 3 έως 5 του κανονισμού (ΕΕ) 2016/679", kinds="legal_act")
    assert act.pinpoint == "άρθρα 3 έως 5"


def test_the_danish_range_word() -> None:
    """``til`` joins the ends of a range in Danish (the title of Commission Implementing
    Regulation (EU) No 1225/2011, EUR-Lex 32011R1225): the pinpoint keeps it, a treaty
    article lists the range; a word after it is no article ('i artikel 5 til
    Kommissionen')."""
    text = (
        "Kommissionens gennemførelsesforordning (EU) nr. 1225/2011 af 28. november 2011 til "
        "artikel 42 til 52 og artikel 57 og 58 i Rådets forordning (EF) nr. 1186/2009"
    )
    refs = eurefs.extract(text, kinds="legal_act")
    assert [r.pinpoint for r in refs] == [None, "artikel 42 til 52 og artikel 57 og 58"]
    (treaty,) = eurefs.extract("artikel 101 til 106 TEUF", kinds="treaty_article")
    assert treaty.articles == ["101-106"]
    (act,) = eurefs.extract(
        "oplysningerne i artikel 5 til Kommissionen efter direktiv 2004/38/EF", kinds="legal_act"
    )
    assert act.pinpoint is None
