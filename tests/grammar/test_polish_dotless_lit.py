"""Polish ``lit`` without its dot right after a paragraph (``art. 6 ust. 1 lit f RODO``): the
record's pinpoint pattern takes paragraph and point as one part, so ``lit`` alone stays no
Polish word (``Art 6 lit f GDPR`` is German).  Before, the pinpoint was none."""

from __future__ import annotations

import pytest

import eurefs


@pytest.mark.parametrize(
    ("text", "pinpoint"),
    [
        # Polish privacy notices in public repositories (find_string): 'uzasadniony interes
        # Administratora (art. 6 ust. 1 lit f RODO)' (ten notices), 'na podstawie art. 6 ust.
        # 1 lit c) RODO, a także', '- art. 6 ust 1 lit c) RODO'
        ("podstawą prawną przetwarzania jest uzasadniony interes Administratora (art. 6 ust. 1 "
         "lit f RODO).", "art. 6 ust. 1 lit f"),
        ("tj. na podstawie art. 6 ust. 1 lit c) RODO, a także", "art. 6 ust. 1 lit c)"),
        ("w interesie publicznym - art. 6 ust 1 lit c) RODO przez okres", "art. 6 ust 1 lit c)"),
        ("na podstawie art. 6 ust. 1 lit f rozporządzenia (UE) 2016/679", "art. 6 ust. 1 lit f"),
        ("na podstawie art. 6 ust.1 lit f rozporządzenia (UE) 2016/679", "art. 6 ust.1 lit f"),
        # more points in brackets after it (decision ZSZZS.440.257.2018 of the President of
        # the Personal Data Protection Office, uodo.gov.pl; pages corpus; 2016/676 there, sic)
        ("art. 6 ust 1 lit c) i art. 9 ust 2 lit h) oraz i) rozporządzenia Parlamentu "
         "Europejskiego i Rady (UE) 2016/679", "art. 6 ust 1 lit c) i art. 9 ust 2 lit h) oraz i)"),
        # ... not without the paragraph before it, nor a word after 'lit'
        ("na podstawie art. 6 lit f rozporządzenia (UE) 2016/679", None),
        ("na podstawie art. 6 ust. 1 lit fa rozporządzenia (UE) 2016/679", None),
    ],
)  # fmt: skip
def test_a_point_after_dotless_lit_in_a_polish_pinpoint(text: str, pinpoint: str | None) -> None:
    (ref,) = [r for r in eurefs.extract(text) if r.celex == "32016R0679"]  # type: ignore[attr-defined]
    assert (ref.lang, ref.pinpoint) == ("pl", pinpoint)  # type: ignore[attr-defined]


def test_dotless_lit_alone_stays_german() -> None:
    (ref,) = eurefs.extract("Die Verarbeitung erfolgt nach Art 6 lit f GDPR.")
    assert (ref.lang, ref.pinpoint) == ("de", "Art 6 lit f")  # type: ignore[attr-defined]
