"""Spanish article words in capitals without their accent, as EUR-Lex's older headers of the
Court's judgments and Opinions set them (``ARTICULO 46, APARTADO 2, LETRA A) DEL REGLAMENTO
(CEE) NO 1408/71``)."""

from __future__ import annotations

import eurefs


def _refs(text: str) -> list[tuple[str, str | None, str | None]]:
    return [
        (r.text, r.model_dump().get("normalized"), r.model_dump().get("pinpoint"))
        for r in eurefs.extract(text)
        if r.kind in ("legal_act", "treaty_article")
    ]


def test_a_pinpoint_in_an_old_header() -> None:
    # the header of the Opinion of AG Jacobs in C-406/93 Reichling (EUR-Lex 61993CC0406,
    # Spanish; pages corpus): the pinpoint was None
    text = (
        "PETICION DE DECISION PREJUDICIAL: TRIBUNAL DU TRAVAIL DE NEUFCHATEAU - BELGICA. - "
        "SEGURIDAD SOCIAL - PENSION DE INVALIDEZ - ARTICULO 46, APARTADO 2, LETRA A) DEL "
        "REGLAMENTO (CEE) NO 1408/71 - COMPUTO DE LA ULTIMA RETRIBUCION PERCIBIDA POR EL "
        "TRABAJADOR EN OTRO ESTADO MIEMBRO. - ASUNTO C-406/93."
    )
    assert _refs(text) == [
        ("REGLAMENTO (CEE) NO 1408/71", "Reglamento (CEE) n.º 1408/71",
         "ARTICULO 46, APARTADO 2, LETRA A)"),
    ]  # fmt: skip
