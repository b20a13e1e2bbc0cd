"""Romanian pinpoints of the Sixth VAT Directive's articles, whose part is a capital after
``secțiunea`` (``articolul 13 secțiunea A alineatul (1) litera (n)``)."""

from __future__ import annotations

import pytest

import eurefs


@pytest.mark.parametrize(
    ("text", "pinpoints"),
    [
        # the Opinion of AG Bot in C-592/15 British Film Institute, its keyword line and point 1
        # (EUR-Lex 62015CC0592 as taxlawapp.eu prints it, RO; pages corpus): each was None
        (
            "„Taxa pe valoarea adăugată – A șasea directivă 77/388/CEE – Articolul 13 secțiunea "
            "A alineatul (1) litera (n) din Directiva 77/388/CEE – Scutiri pentru prestarea "
            "anumitor servicii culturale”",
            [None, "Articolul 13 secțiunea A alineatul (1) litera (n)"],
        ),
        (
            "1.        În prezenta cauză, se solicită Curții să precizeze domeniul de aplicare al "
            "articolului 13 secțiunea A alineatul (1) litera (n) din A șasea directivă "
            "77/388/CEE(2).",
            ["articolului 13 secțiunea A alineatul (1) litera (n)"],
        ),
    ],
)
def test_a_part_after_its_word(text: str, pinpoints: list[str | None]) -> None:
    acts = [r for r in eurefs.extract(text) if r.kind == "legal_act"]
    assert [(r.celex, r.pinpoint) for r in acts] == [("31977L0388", p) for p in pinpoints]
