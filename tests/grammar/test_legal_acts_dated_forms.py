"""Acts cited by date alone in a templated form (``grammar/legal_acts_dated_forms``).

The positive sentences are built from each language's date as its development judgment
writes it (``tests/data/corpus-<lang>``: ``1993. gada 23. novembra``, ``1993 m. lapkričio
23 d.``, ``23. novembri 1993. aasta``, ``1993. november 23-i``, ``23.11.1993 annetussa``)
with an act cited by date alone; the negative ones are the judgment's own sentences.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import eurefs
from eurefs.models.references import LegalActRef


def dated(text: str) -> list[tuple[str, str, str, dt.date | None, str | None]]:
    return [
        (r.text, r.normalized, r.act_type, r.date, r.celex)
        for r in eurefs.extract(text)
        if isinstance(r, LegalActRef) and r.date is not None
    ]


@pytest.mark.parametrize(
    ("text", "span", "normalized", "act_type", "date"),
    [
        (
            "Komisijas 2003. gada 6. maija Ieteikums par mikrouzņēmumu definīciju",
            "Komisijas 2003. gada 6. maija Ieteikums",
            "Komisijas 2003. gada 6. maija Ieteikums",
            "recommendation",
            dt.date(2003, 5, 6),
        ),
        (
            "2002 m. birželio 13 d. Tarybos pagrindų sprendimas dėl Europos arešto orderio",
            "2002 m. birželio 13 d. Tarybos pagrindų sprendimas",
            "2002 m. birželio 13 d. pagrindų sprendimas",
            "framework_decision",
            dt.date(2002, 6, 13),
        ),
        (
            "komisjoni 6. mai 2003. aasta soovitus mikroettevõtjate määratluse kohta",
            "komisjoni 6. mai 2003. aasta soovitus",
            "komisjoni 6. mai 2003. aasta soovitus",
            "recommendation",
            dt.date(2003, 5, 6),
        ),
        (
            # the span starts at the institution, its article ``a`` outside (``the``)
            "a Tanács 2002. június 13-i kerethatározata az európai elfogatóparancsról",
            "Tanács 2002. június 13-i kerethatározata",
            "2002. június 13-i kerethatározat",
            "framework_decision",
            dt.date(2002, 6, 13),
        ),
        (
            "komission 6 päivänä toukokuuta 2003 antama suositus mikroyritysten määritelmästä",
            "komission 6 päivänä toukokuuta 2003 antama suositus",
            "komission 6 päivänä toukokuuta 2003 antama suositus",
            "recommendation",
            dt.date(2003, 5, 6),
        ),
        (
            "eurooppalaisesta pidätysmääräyksestä 13.6.2002 tehty neuvoston puitepäätös",
            "13.6.2002 tehty neuvoston puitepäätös",
            "13.6.2002 puitepäätös",
            "framework_decision",
            dt.date(2002, 6, 13),
        ),
        (  # the date after the act (Maltese)
            "Ir-Rakkomandazzjoni tal-Kummissjoni tas-6 ta’ Mejju 2003 dwar id-definizzjoni",
            "Rakkomandazzjoni tal-Kummissjoni tas-6 ta’ Mejju 2003",
            "Rakkomandazzjoni tal-Kummissjoni tas-6 ta’ Mejju 2003",
            "recommendation",
            dt.date(2003, 5, 6),
        ),
    ],
)
def test_act_cited_by_a_dated_form(
    text: str, span: str, normalized: str, act_type: str, date: dt.date
) -> None:
    assert dated(text) == [(span, normalized, act_type, date, None)]


@pytest.mark.parametrize(
    "normalized",
    [
        "Komisijas 2003. gada 6. maija Ieteikums",
        "komisjoni 6. mai 2003. aasta soovitus",
        "komission 6 päivänä toukokuuta 2003 antama suositus",
        "Rakkomandazzjoni tal-Kummissjoni tas-6 ta’ Mejju 2003",
        "2003 m. gegužės 6 d. Komisijos rekomendacija",
        "Bizottság 2003. május 6-i ajánlás",
    ],
)
def test_a_recommendation_keeps_its_institution_in_its_normal_form(normalized: str) -> None:
    """The institution alone tells an EU recommendation from a national one: the normal
    form keeps it, and parses again."""
    assert eurefs.parse(normalized).normalized == normalized


@pytest.mark.parametrize(
    "text",
    [
        # a type word followed by its number is a numbered act (lv, C-282/10)
        "Padomes 1993. gada 23. novembra Direktīvā 93/104/EK par dažiem darba laika "
        "organizācijas aspektiem",
        "nõukogu 13. juuni 2002. aasta raamotsus 2002/584/JSK",
        # a date before a judgment (lv, lt, C-282/10)
        "skat. 2001. gada 26. jūnija spriedumu lietā C-173/99 BECTU",
        "žr. 2001 m. birželio 26 d. Sprendimo BECTU, C-173/99, Rink. p. I-4881",
        # Finnish needs the participle between the date and the act
        "tuomio 20.1.2009 suositus",
        # mt, C-282/10: the date after a numbered act is the act's date
        "fid-Direttiva tal-Kunsill 93/104/KE, tat-23 ta’ Novembru 1993, dwar xi aspetti",
        # an impossible date
        "Komisijas 2003. gada 31. februāra Ieteikums",
        # a recommendation without an EU institution: as likely a national body's
        "Lietuvos banko 2016 m. gegužės 12 d. rekomendacija",
        "az Oktatási Hivatal 2016. május 12-i ajánlása",
        "Finantsinspektsiooni 12. mai 2016. aasta soovitus",
        "sosiaali- ja terveysministeriön 12.5.2016 annettu suositus",
        "Ministru kabineta 2016. gada 12. maija ieteikums",
        "ir-Rakkomandazzjoni tal-Awtorità tas-6 ta’ Mejju 2003",
    ],
)
def test_no_act_cited_by_a_dated_form(text: str) -> None:
    assert dated(text) == []


DATA = Path(__file__).resolve().parents[1] / "data"


@pytest.mark.parametrize("lang", ["et", "fi", "hu", "lt", "lv", "mt"])
def test_development_judgment_has_no_act_cited_by_date_alone(lang: str) -> None:
    """C-282/10 cites every act by number: the dates before them make no act of their own."""
    for doc in (DATA / f"corpus-{lang}" / "docs").glob("*.txt"):
        found = [
            r for r in eurefs.extract(doc.read_text(encoding="utf-8")) if r.kind == "legal_act"
        ]
        assert all(r.celex for r in found), [r.text for r in found if not r.celex]
