"""The search for a treaty named in full that the short names need before them
(``named_again._ANY_NAME``: ``Charter of Fundamental Rights``, ``CFR``, ``Grundrechtecharta``
... in any case) reads a whole text that cites an article by the short name only
(``Article 47 of the Charter``).  Led by a look-ahead of the forms' first characters,
``re`` had no character to skip to and entered it at every character: 35-75 ns a
character over the development texts, none of which names the Charter so.  It is led by
each first character now; the first match is where the look-ahead-led search found it.
So are the long names of one language (``named_again._long_names``), searched before an
article cited by the short name where another form named the treaty: led by a
look-behind (14-22 ns a character), now by each first character in any case."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from eurefs.grammar import named_again
from eurefs.grammar.common import words
from eurefs.languages import BY_CODE, LANGUAGES
from eurefs.textview import TextView
from tests.support.search_leads import skips_ahead

DATA = Path(__file__).resolve().parents[1] / "data"
TEXTS = [p.read_text(encoding="utf-8") for p in sorted(DATA.glob("corpus*/docs/*.txt"))]

# the search as it was: a look-ahead of the first characters, small and capital, then
# the forms in any case
_FORMS = named_again._FORMS
_LOOK_AHEAD_LED = re.compile(
    "(?=[" + "".join(sorted({c for f in _FORMS for c in (f[0].lower(), f[0].upper())})) + "])"
    "(?i:" + words(*_FORMS).replace(r"\ ", r"\s+") + ")"
)
# the GDPR's recital 4 (Regulation (EU) 2016/679, EUR-Lex 32016R0679, English): the
# Charter by its short name only, so the search reads it whole; with its name in full
RECITAL_4 = (
    "This Regulation respects all fundamental rights and observes the freedoms and "
    "principles recognised in the Charter as enshrined in the Treaties, in particular the "
    "respect for private and family life, home and communications, the protection of "
    "personal data, freedom of thought, conscience and religion, freedom of expression and "
    "information, freedom to conduct a business, the right to an effective remedy and to a "
    "fair trial, and cultural, linguistic and religious diversity."
)
PROSE = [
    RECITAL_4,
    RECITAL_4.replace("the Charter", "the Charter of Fundamental\nRights of the European Union"),
    RECITAL_4.upper(),
]


def test_the_search_skips_to_where_a_name_can_start() -> None:
    assert skips_ahead(named_again._ANY_NAME)


def test_the_first_name_is_where_the_look_ahead_led_search_found_it() -> None:
    rng = random.Random(44)
    pieces = [" ", "\n", "x", "a", "C", "c", "E", "Χ", "х", "k", *rng.sample(_FORMS, 30),
              *(f.upper() for f in rng.sample(_FORMS, 10)),
              *(f.lower() for f in rng.sample(_FORMS, 10))]  # fmt: skip
    made = ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 5))) for _ in range(6_000)]
    for text in [*TEXTS, *(TextView(t).view for t in TEXTS), *PROSE, *made]:
        for pos in (0, 1, 5) if len(text) > 60 else range(len(text) + 1):
            old = [m.span() for m in _LOOK_AHEAD_LED.finditer(text, pos)]
            assert [m.span() for m in named_again._ANY_NAME.finditer(text, pos)] == old, text[:80]


# (language, treaty) of every long name the short names are checked against
_LONG = [(lg, code) for lg in sorted(named_again._LANGS) for code in sorted(named_again._CODES)
         if code in BY_CODE[lg].treaties and BY_CODE[lg].treaties[code].names]  # fmt: skip


def _long_names_led_by_look_behind(lang: str, code: str) -> re.Pattern[str]:
    names = sorted(BY_CODE[lang].treaties[code].names, key=len, reverse=True)
    alternation = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in names)
    return re.compile(r"(?<![\w-])(?:" + alternation + r")(?![\w-])", re.IGNORECASE)


@pytest.mark.parametrize(("lang", "code"), _LONG)
def test_the_long_names_are_those_the_look_behind_found(lang: str, code: str) -> None:
    # read in ``NamedTreaties._named_before`` from where the last question stopped
    new, old = named_again._long_names(lang, code), _long_names_led_by_look_behind(lang, code)
    assert skips_ahead(new)
    names = list(BY_CODE[lang].treaties[code].names)
    rng = random.Random(lang)
    pieces = [" ", "\n", "-", "x", "é", *names, *(n.upper() for n in names),
              *(n.lower() for n in names), *(n[:-1] for n in names)]  # fmt: skip
    made = ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 4))) for _ in range(1_500)]
    for text in [*TEXTS[::4], *PROSE, *made]:
        for pos, end in [(0, len(text)), (1, len(text) - 1), (3, len(text) // 2)]:
            assert [m.span() for m in new.finditer(text, pos, end)] == [
                m.span() for m in old.finditer(text, pos, end)
            ], (text[:80], pos, end)


def test_a_first_character_in_any_case_is_every_character_it_matches() -> None:
    every = "".join(map(chr, [*range(0xD800), *range(0xE000, 0x110000)]))
    firsts = {n[0] for lg in LANGUAGES for t in lg.treaties.values() for n in t.names}
    for first in sorted(firsts):
        found = {m.group() for m in re.finditer(re.escape(first), every, re.IGNORECASE)}
        assert named_again._in_any_case(first) == sorted(found), first
