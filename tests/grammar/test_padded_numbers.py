"""A number written year first with a leading zero in its second half and no domain
(``Directive 2020/04``) is a national authority's or an organisation's: the EU writes no
act's number so (``Directive 2003/4/EC``), so it gives no EU act
(``eurefs/grammar/number_order.py``); a domain keeps the reading."""

from __future__ import annotations

import pytest

from tests.support.extracted import extracted


@pytest.mark.parametrize(
    "text",
    [
        # the Malta Gaming Authority's directive, in a game-compliance checklist (a public
        # repository, find_string 'Directive 2020/0')
        "complianceNote: 'MGA Directive 2020/04: Near-miss audio MUST differ perceptibly "
        "from win audio (R-RG-2).",
        # a company's board resolution, in a strategy paper (a public repository,
        # find_string 'Beschluss 2021/')
        "Internationalisierung gemaess Roadmap vorantreiben; Geschaeftsfelderweiterung Laser "
        "und Robotik (Beschluss 2021/04) konsequent ausschoepfen.",
        # (constructed) a bare number whose year-first reading is before any act
        "Decision 12/03",
    ],
)
def test_a_padded_number_is_no_eu_act(text: str) -> None:
    assert extracted(text, "text", kind="legal_act") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (constructed) the EU's forms: no zero, or a domain
        ("Directive 2003/4/EC on public access", [("Directive 2003/4/EC", "32003L0004")]),
        ("Directive 2003/04/EC on public access", [("Directive 2003/04/EC", "32003L0004")]),
        ("Richtlinie 2006/42/EG", [("Richtlinie 2006/42/EG", "32006L0042")]),
    ],
)
def test_the_eu_s_numbers_stay(text: str, expected: list[tuple[str, str]]) -> None:
    assert extracted(text, "text", "celex", kind="legal_act") == expected
