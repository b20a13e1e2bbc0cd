"""The journal's full name declined as running text writes it, before a series
(``eurefs/grammar/official_journal.py``, the languages' ``oj.journal_names``): the locative
or inessive after the preposition of 'published in' (the Style Guide's long-form examples,
3.1, cs sk sl hr lt lv fi et; the entry-into-force formula in Polish and Hungarian; sources
in ``eurefs/languages/_oj_sources.py``).  The preposition stays out of the span, as the
French ``au`` before ``Journal officiel`` does."""

from __future__ import annotations

import datetime as dt

import pytest

from eurefs.models.references import OjRef
from tests.support.extracted import extracted


def _oj(text: str) -> list[OjRef]:
    return extracted(text, kind="oj", short_forms=False)


# text, span, language, page (all: L 119 of 4 May 2016; each was nothing)
_FOUND = [
    ("opublikowane w Dzienniku Urzędowym Unii Europejskiej L 119 z 4.5.2016, s. 1.",
     "Dzienniku Urzędowym Unii Europejskiej L 119 z 4.5.2016, s. 1", "pl", 1),
    ("zveřejněno v Úředním věstníku Evropské unie L 119 ze dne 4.5.2016, s. 1",
     "Úředním věstníku Evropské unie L 119 ze dne 4.5.2016, s. 1", "cs", 1),
    ("uverejnené v Úradnom vestníku Európskej únie L 119, 4.5.2016, s. 1",
     "Úradnom vestníku Európskej únie L 119, 4.5.2016, s. 1", "sk", 1),
    ("objavljeno v Uradnem listu Evropske unije L 119, 4.5.2016, str. 1",
     "Uradnem listu Evropske unije L 119, 4.5.2016, str. 1", "sl", 1),
    ("objavljeno u Službenom listu Europske unije L 119, 4.5.2016., str. 1.",
     "Službenom listu Europske unije L 119, 4.5.2016., str. 1", "hr", 1),
    ("paskelbta Europos Sąjungos oficialiajame leidinyje L 119, 2016 5 4, p. 1",
     "Europos Sąjungos oficialiajame leidinyje L 119, 2016 5 4, p. 1", "lt", 1),
    ("publicēts Eiropas Savienības Oficiālajā Vēstnesī L 119, 4.5.2016., 1. lpp.",
     "Eiropas Savienības Oficiālajā Vēstnesī L 119, 4.5.2016., 1. lpp.", "lv", 1),
    ("julkaistu Euroopan unionin virallisessa lehdessä L 119, 4.5.2016, s. 1",
     "Euroopan unionin virallisessa lehdessä L 119, 4.5.2016, s. 1", "fi", 1),
    ("avaldatud Euroopa Liidu Teatajas L 119, 4.5.2016, lk 1",
     "Euroopa Liidu Teatajas L 119, 4.5.2016, lk 1", "et", 1),
    ("az Európai Unió Hivatalos Lapjában L 119., 2016.5.4., 1. o.",
     "Európai Unió Hivatalos Lapjában L 119., 2016.5.4., 1. o.", "hu", 1),
    # the Communities' name, declined the same way
    ("w Dzienniku Urzędowym Wspólnot Europejskich L 119 z 4.5.2016, s. 1",
     "Dzienniku Urzędowym Wspólnot Europejskich L 119 z 4.5.2016, s. 1", "pl", 1),
    ("Euroopan yhteisöjen virallisessa lehdessä L 119, 4.5.2016",
     "Euroopan yhteisöjen virallisessa lehdessä L 119, 4.5.2016", "fi", None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "span", "lang", "page"), _FOUND)
def test_the_declined_name_before_the_series(
    text: str, span: str, lang: str, page: int | None
) -> None:
    (ref,) = _oj(text)
    assert (ref.text, ref.lang, ref.series, ref.issue, ref.date, ref.page) == (
        span, lang, "L", "119", dt.date(2016, 5, 4), page,
    )  # fmt: skip
    assert ref.celex is None


@pytest.mark.parametrize(
    "text",
    [
        # the entry-into-force formula: the name alone is no citation
        "dwudziestego dnia po jego opublikowaniu w Dzienniku Urzędowym Unii Europejskiej.",
        "po vyhlášení v Úředním věstníku Evropské unie.",
        "az Európai Unió Hivatalos Lapjában való kihirdetését követő huszadik napon",
        # an issue alone: neither date nor page
        "w Dzienniku Urzędowym Unii Europejskiej L 119",
        # the running head of a page (the name, then issue/page, no date)
        "v Úředním věstníku Evropské unie\n\nL 62/1",
        # a declined name glued to more letters is no name
        "Euroopa Liidu Teatajasse L 119, 4.5.2016, lk 1",
    ],
)
def test_no_citation(text: str) -> None:
    assert _oj(text) == []
