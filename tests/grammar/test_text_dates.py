"""Whether a text cites a number given after a year (``grammar/text_dates.cites_later``)."""

from __future__ import annotations

from eurefs.grammar.text_dates import cites_later

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
