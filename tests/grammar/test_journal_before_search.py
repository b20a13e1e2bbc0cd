"""``text_dates.cited`` asks whether an Official Journal's abbreviation stands right before
a date (``OJ 29.12.2006``, ``ABl. vom``) by a search of the 90 characters before it; a
popular name's sentence date asks it for each date it reads (``short_forms/dated_names``).
Led by the look-behind ``(?<!\\w)``, ``re`` entered that pattern at every character of the
90; led by the abbreviations' first characters (``grammar/common.words_not_after``), it
skips to them and finds the same."""

from __future__ import annotations

import re
from pathlib import Path

from eurefs.grammar import text_dates
from eurefs.languages import BY_CODE
from tests.support.search_leads import skips_ahead

DATA = Path(__file__).resolve().parents[1] / "data"
TEXTS = [p.read_text(encoding="utf-8") for p in sorted(DATA.glob("corpus*/docs/*.txt"))]


def _led_by_look_behind() -> re.Pattern[str]:
    journals = {j for language in BY_CODE.values() for j in language.oj.journals}
    alternatives = "|".join(map(re.escape, sorted(journals, key=len, reverse=True)))
    return re.compile(
        rf"(?<!\w)(?:{alternatives})(?<=[\w.»])[ \u00a0]+(?:[^\W\d]{{1,4}}[ \u00a0]+)?$"
    )


def test_journal_before_skips_ahead() -> None:
    assert skips_ahead(text_dates._journal_before())


def test_journal_before_finds_what_the_look_behind_form_finds() -> None:
    new, old = text_dates._journal_before(), _led_by_look_behind()
    found = 0
    for text in TEXTS:  # (the development texts: every place a date may end)
        for end in range(len(text)):
            lo = max(0, end - 90)
            hit = old.search(text, lo, end) is not None
            assert (new.search(text, lo, end) is not None) == hit, text[lo:end]
            found += hit
    assert found > 100  # (``OJ L 119, 4.5.2016``: the journals the texts cite)
