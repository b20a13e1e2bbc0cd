"""The date a text gives as its own (``grammar/text_dates.head_date``) and whether a text
cites a number given after a year (``grammar/text_dates.cites_later``)."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

import pytest

from eurefs.grammar import text_dates
from eurefs.grammar.text_dates import cites_later, head_date

DATA = Path(__file__).resolve().parents[1] / "data"

# the Explanations relating to the Charter (OJ C 303, 14.12.2007) as jitely.info copies
# them (pages corpus): their case is of 1998
EXPLANATION = (
    "its judgment of 9 October 2001 in Case C-377/98, Netherlands v European Parliament and "
    "Council, 2001 ECR I-7079, para. 70-77"
)


def test_a_case_number_gives_its_year() -> None:
    assert not cites_later(EXPLANATION, 2007)
    assert cites_later(EXPLANATION, 1997)


def test_act_numbers_either_way_round_and_eclis_give_their_years() -> None:
    assert cites_later("Regulation (EU) 2016/679", 2015)
    assert not cites_later("Regulation (EU) 2016/679", 2016)
    assert cites_later("Regulation (EC) No 1049/2001", 2000)
    assert cites_later("ECLI:EU:C:2014:317", 2013)
    assert cites_later("Case C-64/16", 2015)
    assert not cites_later("Case C-64/16", 2016)


def test_dates_and_plain_numbers_give_none() -> None:
    assert not cites_later("OJ L 119, 4.5.2016, p. 1; paragraphs 12 to 2020", 2000)


@pytest.mark.parametrize(
    ("head", "date"),
    [
        # globalccsinstitute.com, under the title of its news of the provisional agreement on
        # the Net-Zero Industry Act (pages corpus)
        ("13th February 2024\nOn Tuesday 6 February, the Council", dt.date(2024, 2, 13)),
        # sipoch.com, on the AI Act; abreuadvogados.com (pages corpus)
        ("culminating on 8th of December, 2023. With this", dt.date(2023, 12, 8)),
        ("a joint Provisional Agreement on December 6th 2023. Among", dt.date(2023, 12, 6)),
        # Italian and Spanish prose (public repositories, found with find_string): the
        # ordinal sign, or a degree sign for it
        ("che dal 1° gennaio 2024 è fatto obbligo", dt.date(2024, 1, 1)),
        ("desde el 1.º de enero de 2022, cumplir como mínimo", dt.date(2022, 1, 1)),
    ],
)
def test_a_day_written_as_an_ordinal_gives_the_date(head: str, date: dt.date) -> None:
    """Before, none of these gave a date (``13th`` is not the ``13`` of an Official
    Journal's date); English's month first took only ``June 14, 2023``."""
    own = head_date(head)
    assert own is not None
    assert own.date == date


def _read_whole(text: str, year: int) -> bool:
    """``cites_later``'s numbers as one search of the whole text read them (before the
    runs): whether a match of ``_NUMBER_YEAR`` is of a year after ``year``."""
    return any(text_dates._later(m, year) for m in text_dates._NUMBER_YEAR.finditer(text))


def _read_in_runs(text: str, year: int) -> bool:
    return any(text_dates._later(m, year) for m in text_dates._later_matches(text, year))


def test_the_runs_read_what_the_whole_search_reads() -> None:
    # the development texts at years around their numbers', and strings made of the
    # pieces of the numbers (ECLIs with any four figures, cases of the two centuries,
    # runs without a blank), where a run holds several matches that overlap
    texts = [p.read_text(encoding="utf-8") for p in sorted(DATA.glob("corpus*/docs/*.txt"))]
    pieces = ["ECLI:EU:C:", "C-", "T-", "/", "19", "20", "2", "0", "9", "88", "89", "-", ":"]
    rng = random.Random(42)
    made = ["".join(rng.choice([*pieces, " ", "A"]) for _ in range(30)) for _ in range(2000)]
    assert len(texts) >= 40
    for text in texts:
        for year in range(1950, 2031, 4):
            assert _read_in_runs(text, year) == _read_whole(text, year), (text[:80], year)
    for text in made:
        for year in (1940, 1988, 1989, 1999, 2010, 2019, 2088, 2099, 2100, 8888):
            assert _read_in_runs(text, year) == _read_whole(text, year), (text, year)
