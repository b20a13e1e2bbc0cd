"""A lettered point written before a pinpoint number first (``eurefs.grammar.ordinal_pinpoints``):
Slovenian writes the smallest unit first, ``točka (f) prvega odstavka 6. člena`` ('point (f)
of the first paragraph of Article 6').  Before, the point was lost and the pinpoint was
``prvega odstavka 6. člena``."""

from __future__ import annotations

import pytest

import eurefs


@pytest.mark.parametrize(
    ("text", "span", "pinpoint"),
    [
        # Slovenian privacy notices in public repositories (find_string): 'zakoniti interes
        # (točka (f) prvega odstavka 6. člena Splošne uredbe o varstvu podatkov, GDPR)',
        # 'v skladu s točko (f) prvega odstavka 6. člena GDPR', 'skladno s točko (b) prvega
        # odstavka 6. člena Splošne uredbe.'
        ("Pravna podlaga je točka (f) prvega odstavka 6. člena Uredbe (EU) 2016/679.",
         "Uredbe (EU) 2016/679", "točka (f) prvega odstavka 6. člena"),
        ("v skladu s točko (f) prvega odstavka 6. člena GDPR in veljavno zakonodajo",
         "GDPR", "točko (f) prvega odstavka 6. člena"),
        ("zakoniti interes (točka (f) prvega odstavka 6. člena Splošne uredbe o varstvu "
         "podatkov, GDPR).", "Splošne uredbe o varstvu podatkov",
         "točka (f) prvega odstavka 6. člena"),
        # a list of points, a sentence's start, a point right before the article
        ("na podlagi točk (a) in (b) prvega odstavka 6. člena Uredbe (EU) 2016/679",
         "Uredbe (EU) 2016/679", "točk (a) in (b) prvega odstavka 6. člena"),
        ("Točka (f) prvega odstavka 6. člena Uredbe (EU) 2016/679 se ne uporablja.",
         "Uredbe (EU) 2016/679", "Točka (f) prvega odstavka 6. člena"),
        ("iz točke c) 4. člena Uredbe (EU) 2016/679", "Uredbe (EU) 2016/679",
         "točke c) 4. člena"),
        # ... but not after a sentence's end or a comma (the point is the citing text's),
        # nor a letter without its bracket, nor a word ending in the point's word
        ("glej točko (f). Prvega odstavka 6. člena Uredbe (EU) 2016/679 ni",
         "Uredbe (EU) 2016/679", "6. člena"),
        ("v točki (f), prvega odstavka 6. člena Uredbe (EU) 2016/679",
         "Uredbe (EU) 2016/679", "prvega odstavka 6. člena"),
        ("točka f prvega odstavka 6. člena Uredbe (EU) 2016/679",
         "Uredbe (EU) 2016/679", "prvega odstavka 6. člena"),
        ("podtočka (f) prvega odstavka 6. člena Uredbe (EU) 2016/679",
         "Uredbe (EU) 2016/679", "prvega odstavka 6. člena"),
    ],
)  # fmt: skip
def test_a_lettered_point_before_the_paragraph(text: str, span: str, pinpoint: str) -> None:
    act = next(r for r in eurefs.extract(text) if r.text == span)
    assert (act.pinpoint, act.celex) == (pinpoint, "32016R0679")  # type: ignore[attr-defined]
