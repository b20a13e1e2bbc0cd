"""grammar/cases: the language of a case number cited in the Court's style (no case word,
an ECLI after it) where the words before it tie, told by the words after it."""

from __future__ import annotations

import pytest

import eurefs


@pytest.mark.parametrize(
    ("text", "lang", "normalized"),
    [
        # Dutch national writing: a month Dutch and German (and others) write alike before
        ("Zie HvJ EU 6 oktober 1982, 283/81, ECLI:EU:C:1982:335 (CILFIT). Zie ook het "
         "arrest van het Hof.", "nl", "zaak 283/81"),
        ("EuGH, Urteil vom 6. Oktober 1982, 283/81, ECLI:EU:C:1982:335 (CILFIT)", "de",
         "Rechtssache 283/81"),
        ("Domstolens dom af 6. oktober 1982, 283/81, EU:C:1982:335, præmis 21", "da",
         "sag 283/81"),
    ],
)  # fmt: skip
def test_a_bare_number_takes_the_language_around_it(text: str, lang: str, normalized: str) -> None:
    case = next(r for r in eurefs.extract(text) if r.kind == "case")
    assert (case.text, case.lang, case.normalized) == ("283/81", lang, normalized)
    assert eurefs.parse(case.normalized).lang == lang
