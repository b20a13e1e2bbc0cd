"""The Charter named again by its short name in Maltese (``l-Artikolu 47 tal-Karta``) and
Danish (``artikel 47 i chartret``, and its genitive before the article word: ``chartrets
artikel 47``) once the text has named it in full: ``eurefs/grammar/named_again.py`` with the
records' ``short_names`` and ``short_name_leads`` (``grammar/treaty_names``)."""

from __future__ import annotations

import pytest

import eurefs

# the Court's judgment in C-430/21 RS (curia.europa.eu, Maltese; pages corpus): the
# Charter in full in the headnote, then by its short name ('Artikolu 47 tal-Karta' in the
# Opinion of AG Emiliou in C-144/23, the same site); the article with its paragraph
# UNCONFIRMED in a text read
MT = (
    "It-tieni subparagrafu tal-Artikolu 19 TUE – Artikolu 47 tal-Karta tad-Drittijiet"
    " Fundamentali tal-Unjoni Ewropea – Supremazija tad-dritt tal-Unjoni. Obbligu –"
    " Artikolu 47 tal-Karta – Dritt għal smigħ xieraq. Skont l-Artikolu 52(1) tal-Karta,"
    " kull limitazzjoni."
)
# the Opinion of AG Sharpston in C-345/17 Buivids (curia.europa.eu, Danish; pages corpus):
# the Charter in full, defined as 'chartret'; an article 'i chartret' after it UNCONFIRMED
# in a text read (the opinion writes 'chartrets artikel 47', the genitive first, not read)
DA = (
    "Fysiske personers ret til respekt for privatliv og familieliv er sikret i artikel 7 i"
    " Den Europæiske Unions charter om grundlæggende rettigheder (herefter »chartret«)."
    " Det følger af artikel 47 i chartret, at enhver har ret til effektive retsmidler."
)


def _charter(text: str) -> list[tuple[str, str]]:
    refs = eurefs.extract(text, kinds="treaty_article")
    return [(r.text, r.normalized) for r in refs if r.treaty == "CFR"]  # type: ignore[union-attr]


def test_maltese_after_the_charter_named_in_full() -> None:
    full = "Artikolu 47 tal-Karta tad-Drittijiet Fundamentali tal-Unjoni Ewropea"
    normal = "Artikolu {} tal-Karta tad-Drittijiet Fundamentali"
    assert _charter(MT) == [
        (full, normal.format(47)),
        ("Artikolu 47 tal-Karta", normal.format(47)),  # was nothing
        ("Artikolu 52(1) tal-Karta", normal.format("52(1)")),  # was nothing
    ]


def test_danish_after_the_charter_named_in_full() -> None:
    assert _charter(DA) == [
        ("artikel 7 i Den Europæiske Unions charter om grundlæggende rettigheder",
         "artikel 7 i chartret om grundlæggende rettigheder"),
        ("artikel 47 i chartret", "artikel 47 i chartret om grundlæggende rettigheder"),
    ]  # fmt: skip


def test_danish_genitive_before_the_article_word() -> None:
    # as the same opinion writes it ('chartrets artikel 47'); was nothing
    text = DA.split(".")[0] + ". Efter chartrets artikel 47, stk. 2, har enhver ret. Chartrets"
    assert _charter(text + " artikel 51 og 52 gælder.")[1:] == [
        ("chartrets artikel 47, stk. 2",
         "artikel 47, stk. 2 i chartret om grundlæggende rettigheder"),
        ("Chartrets artikel 51 og 52", "artikel 51 og 52 i chartret om grundlæggende rettigheder"),
    ]  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        # nothing before names the Charter
        "Obbligu – Artikolu 47 tal-Karta – Dritt għal smigħ xieraq.",
        "Det følger af artikel 47 i chartret, at enhver har ret.",
        "i strid med TEUF artikel 101 og chartrets artikel 47",
    ],
)
def test_not_where_nothing_before_names_the_charter(text: str) -> None:
    assert _charter(text) == []


@pytest.mark.parametrize(
    "other",
    [
        # other charters after the EU's was named in full
        " L-Artikolu 30 tal-Karta Soċjali Ewropea.",
        " L-Artikolu 5 tal-Karta tan-Nazzjonijiet Uniti.",
        " Artikel 5 i chartret om regionale sprog.",
        " FN-chartrets artikel 51.",  # the UN Charter's genitive
    ],
)
def test_not_another_charter_by_the_short_name(other: str) -> None:
    named = (MT if "tal-" in other else DA).split(".")[0] + "."
    assert len(_charter(named + other)) == 1
