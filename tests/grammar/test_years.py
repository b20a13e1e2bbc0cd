"""Years: two-digit act years are 19xx (20xx where a year since 1999 is written short),
impossible years give no CELEX, future ones no reference."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import eurefs
from eurefs.grammar import years


def test_two_digit_act_years_are_19xx_and_impossible_ones_give_no_celex() -> None:
    (ref,) = eurefs.extract("Regulation (EEC) No 1/45")
    assert ref.year == 1945
    assert ref.celex is None and ref.celex_candidates == [] and ref.eli is None
    assert ref.cellar_ids == [] and ref.eurlex_url is None
    (ref,) = eurefs.extract("Directive 95/46/EC")
    assert (ref.year, ref.celex) == (1995, "31995L0046")
    (ref,) = eurefs.extract("Regulation (EEC) No 1408/71")
    assert ref.celex == "31971R1408"
    (ref,) = eurefs.extract("http://data.europa.eu/eli/reg/1901/1/oj")
    assert ref.celex is None and ref.celex_candidates == []


@pytest.mark.parametrize(
    ("text", "span", "year", "celex"),
    [
        # avvocatosaveriorossi.it (a lawyer's page on air passengers' rights): Regulation
        # (EC) No 261/2004 with its year shortened, with and without brackets and ``n.``
        (
            "il Regolamento CE n. 261/04 del Parlamento Europeo e del Consiglio dell’11 febbraio",
            "Regolamento CE n. 261/04",
            2004,
            "32004R0261",
        ),
        ("(cfr. art. 1, lettere a) e b) Reg. CE 261/04).", "Reg. CE 261/04", 2004, "32004R0261"),
        (
            "Ai sensi dell’art. 7 del Reg. CE n. 261/04, è previsto",
            "Reg. CE n. 261/04",
            2004,
            "32004R0261",
        ),
        # UNCONFIRMED (forms of the issue): bracketed domain, a directive year first
        ("il regolamento (CE) n. 261/04", "regolamento (CE) n. 261/04", 2004, "32004R0261"),
        ("Verordnung (EG) Nr. 1/03 des Rates", "Verordnung (EG) Nr. 1/03", 2003, "32003R0001"),
        ("la direttiva 04/38/CE", "direttiva 04/38/CE", 2004, "32004L0038"),
        ("Regulation (EC) No 1257/99", "Regulation (EC) No 1257/99", 1999, "31999R1257"),
        # no act had 1945 and 2045 is to come; a bare number may be anything's
        ("Regulation (EEC) No 1/45", "Regulation (EEC) No 1/45", 1945, None),
        # (``Decision 12/03``, its number padded, is no act at all: test_padded_numbers)
        ("Decision 12/13", "Decision 12/13", 1912, None),
    ],
)
def test_a_year_since_1999_written_short_is_20xx(
    text: str, span: str, year: int, celex: str | None
) -> None:
    (ref,) = [r for r in eurefs.extract(text) if r.kind == "legal_act"]
    assert (ref.text, ref.year, ref.celex) == (span, year, celex)
    if celex is not None:
        assert eurefs.parse(ref.normalized).celex == celex


def test_a_shortened_year_is_20xx_only_once_it_has_come(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(years, "today", lambda: dt.date(2020, 6, 1))
    assert years.shortened_act_year(1920) == 2020
    assert years.shortened_act_year(1921) == 1921
    assert years.shortened_act_year(1952) == 1952
    assert years.shortened_act_year(1995) == 1995


FUTURE = (
    "COM(2099) 1 final",
    "Regulation (EU) 2099/1",
    "Directive 2099/1/EU",
    "OJ L 1, 1.1.2099, p. 1",
    "OJ 2099 L 1, p. 1",
    "OJ L, 2099/1689, 12.7.2099",
    "32099R0001",
    "ECLI:EU:C:2099:1",
    "C-1/45",
    "2045/0001(COD)",
    "http://data.europa.eu/eli/reg/2099/1/oj",
    "Commission Recommendation of 6 May 2099",
    "Rahmenbeschluss des Rates vom 26. Juni 2099",
)


@pytest.mark.parametrize("text", FUTURE)
def test_future_years_are_not_references(text: str) -> None:
    assert eurefs.extract(f"See {text}.") == []
    with pytest.raises(eurefs.ParseError):
        eurefs.parse(text)


@pytest.mark.parametrize("text", FUTURE)
def test_the_same_forms_are_references_in_the_past(text: str) -> None:
    # (the act-by-act form began in October 2023: ``OJ L, 2019/1689`` is no publication,
    # tests/grammar/test_official_journal_act_by_act_years)
    year = "2024" if text.startswith("OJ L,") else "2019"
    past = text.replace("2099", year).replace("45", "15")
    assert len(eurefs.extract(f"See {past}.")) == 1, past


def test_the_limit_is_today_plus_a_small_allowance(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(years, "today", lambda: dt.date(2020, 6, 1))
    assert eurefs.extract("Regulation (EU) 2020/1") != []
    assert eurefs.extract("Regulation (EU) 2021/1") == []
    assert eurefs.extract("OJ L 1, 20.6.2020, p. 1") != []  # within the allowance
    assert eurefs.extract("OJ L 1, 20.9.2020, p. 1") == []
    monkeypatch.setattr(years, "today", lambda: dt.date(2020, 12, 15))
    assert eurefs.extract("COM(2021) 1 final") != []  # a text dated a little ahead


@pytest.mark.parametrize(
    ("text", "spans", "celexes"),
    [
        # no regulation before 1958: ``1993/1952`` (number 1993 of 1952, as pre-2015
        # regulations are numbered) names none; before, 31952R1993, in lists too
        ("Regulation 1993/1952", ["Regulation 1993/1952"], [None]),
        # (nor ``1993/1``, a regulation of 1993 written year first: its number-first
        # reading 31993R0001 is a candidate, no CELEX, ``legal_act_numbers._pre_reform``)
        ("Regulations 1993/1 and 1993/1952", ["Regulations 1993/1", "1993/1952"],
         [None, None]),
        ("Regulations 2016/679 and 1993/1952", ["Regulations 2016/679", "1993/1952"],
         ["32016R0679", None]),
        ("asetus 1993/1 ja 1993/1952", ["asetus 1993/1", "1993/1952"], [None, None]),
        ("Regulation 1/1952", ["Regulation 1/1952"], [None]),  # before, 31952R0001
        ("Regulation 1/1958", ["Regulation 1/1958"], ["31958R0001"]),
        ("Framework Decision 1998/2/JHA", ["Framework Decision 1998/2/JHA"], [None]),
        # no footnote call cut off to leave a year no act has: before, 'Regulation 1/19'
        # and note 45 (1919 or, written short, 2019)
        ("Regulation 1/1945", [], []),
        # real citations before 1999 keep their CELEX: EUR-Lex 31971R1408, 31964L0221,
        # 31952S0002 (the High Authority's decision No 2-52 of 23 December 1952), 31964K0001
        ("Regulation (EEC) No 1408/71", ["Regulation (EEC) No 1408/71"], ["31971R1408"]),
        ("Directive 64/221/EEC", ["Directive 64/221/EEC"], ["31964L0221"]),
        ("Decision 2/52/ECSC", ["Decision 2/52/ECSC"], ["31952S0002"]),
        ("Decision No 2/1952/ECSC", ["Decision No 2/1952/ECSC"], ["31952S0002"]),
        ("Recommendation No 1/64/ECSC", ["Recommendation No 1/64/ECSC"], ["31964K0001"]),
        ("Regulation (EC) No 261/0412", ["Regulation (EC) No 261/04"], ["32004R0261"]),
    ],
)  # fmt: skip
def test_each_type_of_act_has_a_first_year(
    text: str, spans: list[str], celexes: list[str | None]
) -> None:
    refs = [r for r in eurefs.extract(text) if r.kind == "legal_act"]
    assert [(r.text, r.celex) for r in refs] == list(zip(spans, celexes, strict=True))
    for ref in refs:  # each list member alone is the same act
        assert eurefs.parse(ref.normalized).celex == ref.celex


def test_impossible_two_digit_years_give_no_celex() -> None:
    # (two digits stay a year: 19xx, 20xx written short; the type's first year then
    # decides the CELEX)
    for text in ("Directive 55/12/EEC", "Regulation (EEC) No 1/55", "Joint Action 92/1/CFSP"):
        (ref,) = eurefs.extract(text)
        assert ref.celex is None and ref.celex_candidates == [] and ref.eli is None, text


def test_first_act_years() -> None:
    assert years.first_act_year("regulation") == years.first_act_year("directive") == 1958
    assert years.first_act_year("decision") == years.FIRST_ACT_YEAR == 1952
    assert years.first_act_year("framework_decision") == 1999
    assert not years.act_year_can_exist(1957, "regulation")
    assert years.act_year_can_exist(1958, "regulation")
    assert years.act_year_can_exist(1952, "decision")
    assert not years.act_year_can_exist(1951)


@pytest.mark.parametrize(
    "text",
    [
        # the EDPB's guidelines 1/2022 on the right of access, as a Raad van State judgment
        # quotes them (found in the twenty-seventh session's Dutch audit)
        "Richtsnoeren 01/22 van het Europees Comité voor gegevensbescherming",
        "the EDPB's Guidelines 01/22 on data subject rights",  # built: the English title
        "Leitlinien 01/22 des Europäischen Datenschutzausschusses",  # built
    ],
)
def test_guidelines_with_a_bare_short_year_are_no_act(text: str) -> None:
    # read as an ECB guideline of 1901; the Bank's are numbered ``ECB/2014/31`` or
    # ``(EU) 2015/510``, never with a bare two-digit year
    assert [r for r in eurefs.extract(text) if r.kind == "legal_act"] == []


def test_the_banks_guidelines_stay() -> None:
    refs = eurefs.extract("Guideline ECB/2014/31 and Guideline (EU) 2015/510 of the ECB")
    assert [r.text for r in refs if r.kind == "legal_act"] == [
        "Guideline ECB/2014/31",
        "Guideline (EU) 2015/510",
    ]


def test_an_extraction_reads_the_clock_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # The judgment in C-590/22 (EUR-Lex 62022CJ0590, tests/data/corpus/SOURCES.md): its
    # acts, OJ citations and cases each asked for the latest year or date, and each asking
    # read the clock (1,449 reads in a MB of the benchmark text); the day is now fixed for
    # the whole extraction (``years.day_fixed``), on entry, from ``today`` as a test sets it.
    path = Path(__file__).parents[1] / "data/corpus/docs/D02-cjeu-c-590-22.txt"
    text = path.read_text(encoding="utf-8")
    reads: list[dt.date] = []

    def today() -> dt.date:
        reads.append(dt.date(2024, 12, 1))
        return reads[-1]

    monkeypatch.setattr(years, "today", today)
    refs = eurefs.extract(text)
    assert len(reads) == 1
    assert sum(r.kind == "legal_act" for r in refs) >= 8
    reads.clear()
    assert list(eurefs.iter_extract(text, chunk_size=20_000)) == refs
    assert 1 <= len(reads) <= len(text) // 20_000 + 2  # (once a chunk)
    assert years.latest_year() == 2025 and len(reads) > 1  # (outside: the clock again)
