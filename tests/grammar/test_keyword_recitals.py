"""A recital cited by its ordinal written out, as a keyword of the Court's keyword line
after the act (``pinpoints.keyword_recitals``, ``grammar/dash_pinpoints``): the recital was
no pinpoint (the article after it was).

Real texts: the keyword line of the judgment in C-280/13 Barclays Bank (ECLI:EU:C:2014:279),
in Spanish and Bulgarian as EUR-Lex prints it (62013CJ0280) and in English as vLex copies
it; pages corpus.
"""

from __future__ import annotations

import pytest

import eurefs

SPANISH = (
    "«Procedimiento prejudicial — Directiva 93/13/CEE — Considerando decimotercero — "
    "Artículo 1, apartado 2 — Contratos celebrados con los consumidores — Contrato de "
    "préstamo hipotecario — Procedimiento de ejecución hipotecaria»"
)
ENGLISH = (
    "‛Request for a preliminary ruling — Directive 93/13/EEC — Thirteenth recital in the "
    "preamble — Article 1(2) — Consumer contracts — Mortgage loan agreement — Mortgage "
    "enforcement proceedings’"
)

BULGARIAN = (
    "„Преюдициално запитване — Директива 93/13/ЕИО — Тринадесето съображение — Член 1, "
    "параграф 2 — Потребителски договори — Договор за ипотечен кредит“"
)


@pytest.mark.parametrize(
    ("text", "celex", "pinpoint"),
    [
        (SPANISH, "31993L0013", "Considerando decimotercero; Artículo 1, apartado 2"),
        (ENGLISH, "31993L0013", "Thirteenth recital in the preamble; Article 1(2)"),
        (BULGARIAN, "31993L0013", "Тринадесето съображение; Член 1, параграф 2"),
    ],
)
def test_the_ordinal_recital_keyword(text: str, celex: str, pinpoint: str) -> None:
    (act,) = eurefs.extract(text)
    assert (act.celex, act.pinpoint) == (celex, pinpoint)  # type: ignore[attr-defined]


def test_not_an_ordinal_of_something_else() -> None:
    # (only the whole keyword: a recital's ordinal followed by more words is prose)
    text = "«Directiva 93/13/CEE — Considerando decimotercero de la Directiva 2000/78 —»"
    acts = [r for r in eurefs.extract(text) if r.text == "Directiva 93/13/CEE"]
    assert acts[0].pinpoint is None  # type: ignore[attr-defined]
