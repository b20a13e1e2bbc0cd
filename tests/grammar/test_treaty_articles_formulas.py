"""Enacting formulas of older acts in the records' words: Dutch 'Gelet op het Verdrag ...,
inzonderheid op artikel 100', the Greek EC Treaty named in the accusative."""

from __future__ import annotations

import pytest

import eurefs


@pytest.mark.parametrize(
    ("text", "span", "normalized", "treaty"),
    [
        # Dutch acts before 2009 cite the treaty with 'Gelet op' and 'inzonderheid op' /
        # 'en met name op' (Directive 2006/67/EC, EUR-Lex 32006L0067; Regulation (EC) No
        # 717/2008, EUR-Lex 32008R0717, nl): both were nothing
        ("Gelet op het Verdrag tot oprichting van de Europese Gemeenschap, inzonderheid op "
         "artikel 100,", "artikel 100", "artikel 100 EG", "EC"),
        ("Gelet op het Verdrag tot oprichting van de Europese Gemeenschap, en met name op "
         "artikel 133,", "artikel 133", "artikel 133 EG", "EC"),
        # the later formula, unchanged (Regulation (EU) 2024/823, nl)
        ("Gezien het Verdrag betreffende de werking van de Europese Unie, en met name artikel "
         "207, lid 2,", "artikel 207, lid 2", "artikel 207, lid 2 VWEU", "TFEU"),
        # the Greek formula names the EC Treaty in the accusative (was nothing)
        ("Έχοντας υπόψη τη συνθήκη για την ίδρυση της Ευρωπαϊκής Κοινότητας, και ιδίως το "
         "άρθρο 95,", "άρθρο 95", "άρθρο 95 ΕΚ", "EC"),
        ("Έχοντας υπόψη τη Συνθήκη για την ίδρυση της Ευρωπαϊκής Κοινότητας Ατομικής Ενέργειας, "
         "και ιδίως το άρθρο 31,", "άρθρο 31",
         "άρθρο 31 της Συνθήκης για την ίδρυση της Ευρωπαϊκής Κοινότητας Ατομικής Ενέργειας",
         "EAEC"),
    ],
)  # fmt: skip
def test_enacting_formulas_of_older_acts(
    text: str, span: str, normalized: str, treaty: str
) -> None:
    (ref,) = [r for r in eurefs.extract(text) if r.kind == "treaty_article"]
    assert (ref.text, ref.normalized, ref.treaty) == (span, normalized, treaty)


@pytest.mark.parametrize(
    "text",
    [
        # an act cited after the treaty: the lead is the act's (Regulation (EC) No 345/2008, nl)
        "Gelet op het Verdrag tot oprichting van de Europese Gemeenschap,\nGelet op Verordening "
        "(EEG) nr. 2092/91 van de Raad van 24 juni 1991 (1), en met name op artikel 11, lid 4,",
        # the Euratom Treaty's name written otherwise: never the EC Treaty
        "Έχοντας υπόψη τη Συνθήκη για την ίδρυση της Ευρωπαϊκής Κοινότητας Ατομικής Ενεργείας, "
        "και ιδίως το άρθρο 31,",
    ],
)
def test_no_treaty_article_of_an_older_formula(text: str) -> None:
    assert [r.text for r in eurefs.extract(text) if r.kind == "treaty_article"] == []


@pytest.mark.parametrize(
    ("text", "span", "normalized", "treaty"),
    [
        # Maltese glues the record's preposition (tat-, tal-) to a treaty's long name, as to
        # its abbreviation ('tat-TFUE'); the names as the Maltese OJ C 202 (2016) titles
        # them: each was nothing
        ("l-Artikolu 95 tat-Trattat dwar il-Funzjonament tal-Unjoni Ewropea",
         "Artikolu 95 tat-Trattat dwar il-Funzjonament tal-Unjoni Ewropea",
         "Artikolu 95 TFUE", "TFEU"),
        ("l-Artikolu 6 tat-Trattat dwar l-Unjoni Ewropea",
         "Artikolu 6 tat-Trattat dwar l-Unjoni Ewropea", "Artikolu 6 TUE", "TEU"),
        ("l-Artikolu 95 tat-Trattat li jistabbilixxi l-Komunità Ewropea,",
         "Artikolu 95 tat-Trattat li jistabbilixxi l-Komunità Ewropea", "Artikolu 95 KE", "EC"),
    ],
)  # fmt: skip
def test_maltese_long_names_after_a_glued_preposition(
    text: str, span: str, normalized: str, treaty: str
) -> None:
    (ref,) = [r for r in eurefs.extract(text) if r.kind == "treaty_article"]
    assert (ref.text, ref.normalized, ref.treaty) == (span, normalized, treaty)


def test_a_maltese_euratom_name_written_otherwise_is_never_the_ec_treaty() -> None:
    text = "l-Artikolu 95 tat-Trattat li jistabbilixxi l-Komunità Ewropea tal-Enerġija Atomica"
    assert [r for r in eurefs.extract(text) if r.kind == "treaty_article"] == []


@pytest.mark.parametrize(
    ("text", "span", "normalized", "treaty"),
    [
        # the Maltese formula glues the article to the treaty's name and refers back to it
        # after the article (Proposal COM(2010) 49, EUR-Lex 52010PC0049, 'u b'mod partikulari
        # l-Artikolu 207(2) tiegħu'; the Style Guide's 'Wara li kkonsidrat it‑Trattat ...'
        # with its non-breaking hyphens): each was nothing
        ("Wara li kkunsidraw it-Trattat dwar il-Funzjonament tal-Unjoni Ewropea, u b'mod "
         "partikulari l-Artikolu 207(2) tiegħu,", "Artikolu 207(2)", "Artikolu 207(2) TFUE",
         "TFEU"),
        ("Wara li kkonsidrat it‑Trattat dwar il‑Funzjonament tal‑Unjoni Ewropea, u b’mod "
         "partikolari l‑Artikolu 114 tiegħu,", "Artikolu 114", "Artikolu 114 TFUE", "TFEU"),
        ("Wara li kkunsidraw it-Trattat dwar il-Funzjonament tal-Unjoni Ewropea, u b’mod "
         "partikolari l-Artikoli 42 u 43(2) tiegħu,", "Artikoli 42 u 43(2)",
         "Artikoli 42 u 43(2) TFUE", "TFEU"),
        # the article t- after the verb's final vowel, the EC Treaty
        ("Wara li kkunsidra t-Trattat li jistabbilixxi l-Komunità Ewropea, u b’mod partikolari "
         "l-Artikolu 95 tiegħu,", "Artikolu 95", "Artikolu 95 KE", "EC"),
    ],
)  # fmt: skip
def test_maltese_enacting_formula(text: str, span: str, normalized: str, treaty: str) -> None:
    (ref,) = [r for r in eurefs.extract(text) if r.kind == "treaty_article"]
    assert (ref.text, ref.normalized, ref.treaty, ref.lang) == (span, normalized, treaty, "mt")


def test_a_maltese_formula_citing_an_act_names_no_treaty() -> None:
    text = (
        "Wara li kkunsidraw ir-Regolament (UE) Nru 1308/2013 tal-Parlament Ewropew u "
        "tal-Kunsill, u b’mod partikolari l-Artikolu 5 tiegħu,"
    )
    assert [r.kind for r in eurefs.extract(text)] == ["legal_act"]
