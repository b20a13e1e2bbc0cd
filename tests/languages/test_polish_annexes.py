"""Polish annexes before the act they are in, as pinpoints of the act: the record's
``pinpoints.annexes`` (``załącznik`` in its cases) and the annex's link ``do``
(``pinpoints.annex_links``)."""

from __future__ import annotations

import pytest

import eurefs


@pytest.mark.parametrize(
    ("text", "span", "pinpoint"),
    [
        # the judgment in C-416/10 Križan as CURIA prints it (ELITR/elitr-testset,
        # test.elitr.pl); the pinpoint was nothing
        ("Załącznik I do dyrektywy 96/61, zatytułowany „Kategorie działalności”",
         "dyrektywy 96/61", "Załącznik I"),
        # the other cases, after an article (from the language; UNCONFIRMED in a text read)
        ("w załączniku II do rozporządzenia (UE) 2016/679", "rozporządzenia (UE) 2016/679",
         "załączniku II"),
        ("art. 6 ust. 1 i załącznik I do dyrektywy 96/61", "dyrektywy 96/61",
         "art. 6 ust. 1 i załącznik I"),
        # unchanged: 'do' without an annex links nothing (a recital of the same judgment,
        # 'Motyw 23 dyrektywy 96/61 przewiduje': tests/languages/test_recitals_before_acts.py)
        ("w odniesieniu do dyrektywy 96/61", "dyrektywy 96/61", None),
    ],
)  # fmt: skip
def test_an_annex_before_the_act(text: str, span: str, pinpoint: str | None) -> None:
    (act,) = [r for r in eurefs.extract(text, short_forms=False) if r.kind == "legal_act"]
    assert (act.text, act.pinpoint) == (span, pinpoint)  # type: ignore[union-attr]
