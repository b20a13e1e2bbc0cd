"""Article numbers written as ordinals, a dot after them, in a pinpoint before an act
(``record.pinpoints.ordinal_dot``): Slovak ``podľa článkov 13. a 14. Nariadenia``, as
Croatian writes them; and, in those languages, no pinpoint where an act in the nominative
follows the dot (``pinpoint_edges.nominative_type_words``: it starts a sentence)."""

from __future__ import annotations

import pytest

from tests.support.extracted import extracted

_GDPR = "32016R0679"


def _pinpoints(text: str) -> list[str | None]:
    return extracted(text, "pinpoint", kind="legal_act")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a Slovak town's privacy notice (a public repository, found with find_string):
        # was None
        ("poskytuje za účelom dodržiavania spravodlivosti a transparentnosti voči dotknutým "
         "osobám toto oboznámenie dotknutej osoby o spracovaní osobných údajov podľa článkov "
         "13. a 14. Nariadenia Európskeho parlamentu a Rady (EÚ) 2016/679 z 27. apríla 2016 o "
         "ochrane fyzických osôb", "článkov 13. a 14."),
        # one article so written, its subdivisions after it (UNCONFIRMED in a text read)
        ("podľa článku 13. nariadenia (EÚ) 2016/679 o ochrane fyzických osôb", "článku 13."),
        ("podľa čl. 6. ods. 1 písm. b) nariadenia (EÚ) 2016/679 o ochrane fyzických osôb",
         "čl. 6. ods. 1 písm. b)"),
        # as before: no dot
        ("podľa článku 6 ods. 1 písm. f) nariadenia (EÚ) 2016/679 o ochrane fyzických osôb",
         "článku 6 ods. 1 písm. f)"),
        ("podľa článkov 13 a 14 nariadenia (EÚ) 2016/679 o ochrane fyzických osôb",
         "článkov 13 a 14"),
    ],
)  # fmt: skip
def test_slovak_ordinal_numbers_before_the_act(text: str, expected: str) -> None:
    assert _pinpoints(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # the act in the nominative starts a sentence after the article's dot: Slovak (the
        # dot now read) and Croatian (was 'članka 6.')
        "Povinnosť vyplýva z článku 13. Nariadenie (EÚ) 2016/679 nadobudlo účinnosť v roku 2016.",
        "Táto povinnosť vyplýva z článku 6 ods. 1. Smernica 95/46/ES bola zrušená v roku 2018.",
        "To proizlazi iz članka 6. Uredba (EU) 2016/679 stupila je na snagu 2016.",
        "Primjenjuje se članak 7. stavak 2. Direktiva 95/46/EZ stavljena je izvan snage.",
        # a qualifier in the nominative before the type word
        "Vyplýva to z článku 5. Vykonávacie nariadenie (EÚ) 2019/947 sa uplatňuje od roku 2020.",
    ],
)
def test_no_pinpoint_before_an_act_in_the_nominative(text: str) -> None:
    assert _pinpoints(text) == [None]


def test_croatian_genitive_after_the_dot_as_before() -> None:
    text = "tumačenje članka 6. stavka 1. Uredbe (EU) 2016/679 o zaštiti pojedinaca"
    assert _pinpoints(text) == ["članka 6. stavka 1."]
