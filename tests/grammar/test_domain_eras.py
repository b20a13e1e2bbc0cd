"""Which half of a decision's number written with ``No`` is its year, by the years of
the domain after it (``eurefs.grammar.domain_eras``).

The acts are EUR-Lex's (CELEX in the comment); a form with ``No`` before a year-first
number is UNCONFIRMED where no real text of it was found (older texts write it so:
``vista la decisione n. 66/532/CEE del Consiglio`` in tests/grammar/test_legislator.py).
"""

from __future__ import annotations

import pytest

import eurefs
from eurefs.grammar import domain_eras
from eurefs.languages import LANGUAGES, Language
from tests.grammar.body_decisions import acts


@pytest.mark.parametrize(
    ("text", "celex", "year", "number"),
    [
        # EUR-Lex 31987D0095, '87/95/EEC: Council Decision of 22 December 1986 on
        # standardization in the field of information technology and telecommunications'
        # (was 31995D0087: no EEC act is of 1995), the No UNCONFIRMED; the same act in
        # Czech and German (EUR-Lex 31987D0095 in those languages: '87/95/EHS', '87/95/EWG')
        ("Council Decision No 87/95/EEC of 22 December 1986 on standardization",
         "31987D0095", 1987, "95"),
        ("rozhodnutí Rady č. 87/95/EHS ze dne 22. prosince 1986", "31987D0095", 1987, "95"),
        ("Entscheidung Nr. 87/95/EWG des Rates vom 22. Dezember 1986", "31987D0095", 1987, "95"),
        # the number of Council Decision 2010/96/CFSP (EUR-Lex 32010D0096) with an EU
        # domain, which no act of 1996 has (was 31996D2010), the form UNCONFIRMED
        ("Decision No 2010/96/EU", "32010D0096", 2010, "96"),
        # number first where only that reading fits the domain's years: codecision
        # decisions (EUR-Lex 32006D1982, 31995D3052)
        ("Decision No 1982/2006/EC of the European Parliament and of the Council",
         "32006D1982", 2006, "1982"),
        ("Decision No 3052/95/EC of the European Parliament and of the Council",
         "31995D3052", 1995, "3052"),
    ],
)  # fmt: skip
def test_the_domain_s_years_decide_which_half_is_the_year(
    text: str, celex: str, year: int, number: str
) -> None:
    (ref,) = acts(text)
    assert (ref.celex, ref.year, ref.number) == (celex, year, number)
    parsed = eurefs.parse(ref.normalized)
    assert parsed is not None and parsed.celex == celex


@pytest.mark.parametrize(
    ("text", "candidates"),
    [
        # UNCONFIRMED forms: both readings fit the domain's years (decision 95 of 1994,
        # or the Parliament and Council's decision 94 of 1995; an ECSC individual or
        # general decision): no CELEX, both as candidates
        ("Decision No 94/95/EC", ["31994D0095", "31995D0094"]),
        ("Decision No 87/80/ECSC", ["31987D0080", "31980S0087"]),
        # neither fits (no EEC act of 1995, no EEC decision numbered number first)
        ("Decision No 95/96/EEC", []),
    ],
)
def test_a_domain_that_leaves_both_readings_or_none_gives_no_celex(
    text: str, candidates: list[str]
) -> None:
    (ref,) = acts(text)
    assert (ref.celex, ref.eli, ref.eurlex_url, ref.cellar_ids) == (None, None, None, [])
    assert ref.celex_candidates == candidates
    parsed = eurefs.parse(ref.normalized)
    assert parsed is not None and parsed.celex is None


def test_the_order_by_the_domain() -> None:
    assert domain_eras.order("87", "95", True, "EEC", "en") == domain_eras.YEAR_FIRST
    assert domain_eras.order("87", "95", True, "EWG", "de") == domain_eras.YEAR_FIRST
    # the Latvian ``ES`` is the EU, the Czech one the EC
    assert domain_eras.order("2010", "96", True, "ES", "lv") == domain_eras.YEAR_FIRST
    assert domain_eras.order("2000", "96", True, "ES", "cs") == domain_eras.BOTH
    # ``EU`` written in a German text, whose record has no such domain
    assert domain_eras.order("2010", "96", True, "EU", "de") == domain_eras.YEAR_FIRST
    assert domain_eras.order("87", "95", True, None, "en") is None


@pytest.mark.parametrize("lang", LANGUAGES, ids=[lg.code for lg in LANGUAGES])
def test_every_domain_of_a_record_has_its_era(lang: Language) -> None:
    assert set(lang.domain_eras) == set(lang.domains.values())
    english = {domain_eras.english(lang.code, w) for w in lang.domains}
    assert english <= {"EEC", "EC", "EU", "ECSC", "Euratom", "CFSP", "JHA"}
    assert {domain_eras.english(lang.code, d) for d in lang.ecsc_domains} == {"ECSC"}
    assert {domain_eras.english(lang.code, d) for d in lang.jha_domains} == {"JHA"}


def test_the_years_a_domain_allows() -> None:
    assert domain_eras.allows("EK", "hu", "94") is True
    assert domain_eras.allows("EK", "hu", "1987") is False
    assert domain_eras.allows("EEC", "en", "95") is False
    assert domain_eras.allows("XYZ", "en", "95") is None


# ius.giuffrefl.it, 'Mandato d'arresto europeo e consegna dei residenti extracomunitari: la
# parola alla Corte di giustizia' (7 February 2022; pages corpus): the note calls Framework
# Decision 2002/584/JHA (EUR-Lex 32002F0584) a directive, and the same sentence then says
# 'della medesima decisione quadro'.  Was 32002L0584, which is no act.
_GIUFFRE = (
    "In prima battuta, chiede se l'art. 4, punto 6, della direttiva 2002/584/GAI del "
    "Consiglio, del 13 giugno 2002, relativa al mandato d'arresto europeo e alle procedure di "
    "consegna tra gli Stati membri, interpretato alla luce dell'art. 1, paragrafo 3, della "
    "medesima decisione quadro"
)


def test_a_directive_of_the_third_pillar_is_no_act() -> None:
    (ref,) = acts(_GIUFFRE)
    assert ref.text == "direttiva 2002/584/GAI"
    assert ref.celex is None
    assert ref.celex_candidates == [] and ref.eurlex_url is None


@pytest.mark.parametrize(
    ("act_type", "written", "lang", "types"),
    [
        ("directive", "GAI", "it", ("framework_decision", "decision")),
        ("regulation", "JHA", "en", ("framework_decision", "decision")),
        ("directive", "GASP", "de", ("decision", "common_position")),
        # (the pillars' own types, the Community's domains, and several domains stay)
        ("framework_decision", "JHA", "en", ()),
        ("decision", "CFSP", "en", ()),
        ("directive", "EC", "en", ()),
        ("directive", "CFSP, JHA", "en", ()),
        ("directive", None, "en", ()),
    ],
)
def test_the_types_of_the_pillars_acts(
    act_type: str, written: str | None, lang: str, types: tuple[str, ...]
) -> None:
    assert domain_eras.pillar_types(act_type, written, lang) == types
