"""The words before an act's number (``eurefs.grammar.legal_act_words``)."""

from __future__ import annotations

import eurefs


def _langs(text: str) -> list[str]:
    return [r.lang for r in eurefs.extract(text, kinds="legal_act", short_forms=False)]


def test_the_same_words_read_in_two_languages_by_the_text_around() -> None:
    # the reading of "Directive" is kept between citations; the language is still chosen
    # from each citation's own sentence
    english = "This is in line with the Directive 2003/88 and with nothing else."
    french = "Il est conforme à la Directive 2003/88 du Parlement européen."
    assert _langs(english) == ["en"]
    assert _langs(french) == ["fr"]
    assert _langs(english + " " + french + " " + english) == ["en", "fr", "en"]
