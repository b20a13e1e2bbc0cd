"""The searches that read a whole text are led by what each match starts with, not by a
look-behind: ``re`` enters a pattern led by a look-behind at every character (~80 ms a MB
for the Treaties' names, 20-30 ms for the years and the national instruments' marks),
where a literal or a set of first characters lets it skip to the places a match can start.

Each search here reads a whole text on a path the benchmark text does not take: the years
a text writes, read to its end where it writes none after a popular name's act
(``grammar/whole_text.WholeText.writes_year_since``); the Treaties' names, in a text whose head date
is before them (``grammar/text_dates.cites_later``); the marks of a national instrument
and of the Union's writing, in a Spanish, Portuguese or Italian text citing an article of
``CE`` or ``TUE`` (``grammar/treaty_after_articles``).  Each finds what the look-behind-led
form finds."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from eurefs.grammar import text_dates, treaty_after_articles, whole_text
from eurefs.grammar.common import words
from eurefs.languages import BY_CODE, LANGUAGES
from eurefs.languages.treaty import Treaty
from tests.support.search_leads import skips_ahead

DATA = Path(__file__).resolve().parents[1] / "data"
TEXTS = [p.read_text(encoding="utf-8") for p in sorted(DATA.glob("corpus*/docs/*.txt"))]

# Real prose on each path (the texts of tests/grammar/test_treaty_national_abbreviations
# and test_treaty_eras, with their sources there)
PROSE = [
    # M. Hernández Ramos on the Spanish Constitution (derecho.unam.mx)
    "La Constitución Española de 1978 establece en su articulado un arsenal de medios de "
    "protección de los derechos de los ciudadanos (artículos 9.1, 9.2, 53.1, 53.3 CE); el "
    "artículo 168 CE exige el cumplimiento de un procedimiento muy agravado.",
    # wikiderecho.net, on the recurso de amparo
    "El artículo 53.2 de la Constitución Española (CE) señala que los derechos reconocidos "
    "en los artículos 14 a 29 CE son protegibles mediante recurso de amparo ante el "
    "Tribunal Constitucional (TC).",
    # the Explanations relating to the Charter (OJ C 303, 14.12.2007), jitely.info's copy
    "EXPLANATIONS RELATING TO THE CHARTER OF FUNDAMENTAL RIGHTS\n(2007/C 303/02)\n"
    "in accordance with Article 6(1) of the Treaty on European Union, Article 4(2) TEU and "
    "Article 267 TFEU; Art. 6 EUV, 19 TUE.",
]

# (abbreviation, language, treaty): the keys of the national and the Union's marks
_MARKED = [
    (a, lg.code, t)
    for lg in LANGUAGES
    for t in lg.treaties.values()
    if t.national_marks or t.union_marks
    for a in t.national_abbreviations
]


def _national_led_by_look_behind(marks: tuple[str, ...], stops: tuple[str, ...]) -> re.Pattern[str]:
    stop = r"(?![ ](?:" + words(*stops) + r")(?![\w]))" if stops else ""
    return re.compile(r"(?<![\w])(?:" + words(*marks) + r")(?![\w])" + stop)


def _treaty_name_led_by_look_behind(code: str) -> re.Pattern[str]:
    abbreviations = {a for lg in BY_CODE.values() if code in lg.treaties
                     for a in lg.treaties[code].abbreviations}  # fmt: skip
    names = {n for lg in BY_CODE.values() if code in lg.treaties for n in lg.treaties[code].names}
    abbreviated = (
        "(?:" + "|".join(map(re.escape, sorted(abbreviations, key=len, reverse=True))) + ")"
    )
    named = "|".join(map(re.escape, sorted(names, key=len, reverse=True)))
    return re.compile(
        rf"(?<=[0-9)][ \u00a0]){abbreviated}(?![\w-])"
        rf"|(?<![\w-]){abbreviated}(?=[ \u00a0][0-9])|(?<!\w)(?:{named})(?!\w)"
    )


def _whole_text_searches() -> dict[str, re.Pattern[str]]:
    searches = {
        "whole_text._ANY_YEAR": whole_text._ANY_YEAR,
        "text_dates.treaty_name(TEU)": text_dates.treaty_name("TEU"),
        "text_dates.treaty_name(TFEU)": text_dates.treaty_name("TFEU"),
    }
    for key, marks in treaty_after_articles._NATIONAL.items():
        searches[f"national marks {key}"] = marks
    for key, marks in treaty_after_articles._UNION.items():
        searches[f"union marks {key}"] = marks
    return searches


@pytest.mark.parametrize("name", sorted(_whole_text_searches()))
def test_a_whole_text_search_skips_to_where_a_match_can_start(name: str) -> None:
    assert skips_ahead(_whole_text_searches()[name]), name


def _mixtures(pieces: list[str], seed: int, count: int = 3000) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 7))) for _ in range(count)]


def _assert_same_searches(new: re.Pattern[str], old: re.Pattern[str], texts: list[str]) -> None:
    for text in texts:
        for pos in range(len(text) + 1) if len(text) < 60 else (0, 1, 7):
            found = [m.span() for m in new.finditer(text, pos)]
            assert found == [m.span() for m in old.finditer(text, pos)], (text[:80], pos)


def test_the_years_are_those_the_look_behind_found() -> None:
    old = re.compile(r"(?<![0-9])(?:19|20)[0-9]{2}(?![0-9])")
    made = _mixtures(["19", "20", "2", "0", "9", "1", " ", "/", "a", "2016/679"], 1)
    _assert_same_searches(whole_text._ANY_YEAR, old, [*TEXTS, *PROSE, *made])


@pytest.mark.parametrize("code", ["TEU", "TFEU"])
def test_the_treaty_names_are_those_the_look_behinds_found(code: str) -> None:
    old = _treaty_name_led_by_look_behind(code)
    names = [w for lg in BY_CODE.values() if code in lg.treaties
             for w in (*lg.treaties[code].abbreviations, *lg.treaties[code].names)]  # fmt: skip
    made = _mixtures([*names, "6 ", "(", ")", " ", "\u00a0", "-", "a", "1", "Art. 6 "], 2)
    _assert_same_searches(text_dates.treaty_name(code), old, [*TEXTS, *PROSE, *made])


@pytest.mark.parametrize(("abbr", "lang", "treaty"), _MARKED)
def test_the_marks_are_those_the_look_behind_found(abbr: str, lang: str, treaty: Treaty) -> None:
    for marks, stops, table in (
        (treaty.national_marks, treaty.national_mark_stops, treaty_after_articles._NATIONAL),
        (treaty.union_marks, (), treaty_after_articles._UNION),
    ):
        if not marks:
            continue
        made = _mixtures([*marks, *stops, *(m[:3] for m in marks), " ", "a", "é", "-", "1"], 3)
        old = _national_led_by_look_behind(marks, stops)
        _assert_same_searches(table[(abbr, lang)], old, [*TEXTS, *PROSE, *made])
