"""``eurefs.languages.pick``: the language of a reference several languages write alike."""

from __future__ import annotations

import pytest

import eurefs
from eurefs.languages import pick


@pytest.mark.parametrize(
    ("context", "expected"),
    [
        ("véase la sentencia de 26 de febrero de 1986, Marshall (", "es"),
        ("voir l'arrêt du 26 février 1986, Marshall (", "fr"),
        ("zie het arrest van 26 februari 1986, Marshall (", "nl"),
        # the nearest words weigh more
        ("la directive du Conseil, et la ", "fr"),
    ],
)
def test_pick_counts_hint_words_and_month_names(context: str, expected: str) -> None:
    assert pick(["fr", "es", "nl", "it"], context) == expected


def test_a_date_tells_the_language_of_a_pre_1989_case_before_the_reports() -> None:
    # 'Rec.' is French, Spanish and Polish: the date's month decides (was French)
    text = "véase la sentencia de 26 de febrero de 1986, Marshall (152/84, Rec. p. 723)"
    (case,) = [r for r in eurefs.extract(text) if r.kind == "case"]
    assert (case.lang, case.normalized) == ("es", "asunto 152/84")


def test_with_no_hint_the_registry_order_decides() -> None:
    assert pick(["es", "fr"], "Marshall (") == pick(["fr", "es"], "Marshall (")


def test_english_see_is_no_estonian_this() -> None:
    """``see`` is a frequent word of English legal writing as well as Estonian ``this``:
    ``See COM(2020) 842 final.`` is English (was Estonian, its only hint)."""
    (ref,) = eurefs.extract("See COM(2020) 842 final.")
    assert ref.lang == "en"
    # with another Estonian word, Estonian
    assert pick(["en", "et"], "Vaata, et see ") == "et"
