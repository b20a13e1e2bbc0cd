"""Articles of the ECSC Treaty by its short name in Italian, Spanish and Portuguese
(``trattato CECA``, ``Tratado CECA``) and of the Euratom Treaty in Italian (``trattato
CEEA``), as the Court wrote them: never the EC Treaty, whose name they start with."""

from __future__ import annotations

import pytest

import eurefs

_ECSC_IT = "del trattato che istituisce la Comunità europea del carbone e dell'acciaio"
_ECSC_ES = "del Tratado constitutivo de la Comunidad Europea del Carbón y del Acero"
_ECSC_PT = "do Tratado que institui a Comunidade Europeia do Carvão e do Aço"


@pytest.mark.parametrize(
    ("text", "span", "normal", "treaty"),
    [
        # the judgment in C-221/88 Busseni, Portuguese (docplayer.com.br; the ordinal sign
        # lost in the copy: given back in the normal form)
        (
            "No processo C-221/88, que tem por objecto um pedido dirigido ao Tribunal, nos"
            " termos do artigo 41. do Tratado CECA, pelo tribunale",
            "artigo 41. do Tratado CECA",
            f"artigo 41.º {_ECSC_PT}",
            "ECSC",
        ),
        ("el artículo 65 del Tratado CECA", "artículo 65 del Tratado CECA",
         f"artículo 65 {_ECSC_ES}", "ECSC"),
        # a European Parliament rule, as a public text quotes it
        (
            "un nuovo tasso massimo degli articoli 78 del trattato CECA, 272 del trattato CE",
            "articoli 78 del trattato CECA",
            f"articolo 78 {_ECSC_IT}",
            "ECSC",
        ),
        ("a norma dell'articolo 177 del trattato CEEA.", "articolo 177 del trattato CEEA",
         "articolo 177 del trattato che istituisce la Comunità europea dell'energia atomica",
         "EAEC"),
        # the Corte costituzionale, judgment n. 98 of 1965 (giurcost.org)
        (
            "nel giudizio di legittimità costituzionale degli artt. 33, secondo comma, 41 e 92,"
            " ultimo comma, del Trattato istitutivo della Comunità europea del carbone e"
            " dell'acciaio, reso esecutivo",
            "artt. 33, secondo comma, 41 e 92, ultimo comma, del Trattato istitutivo della"
            " Comunità europea del carbone e dell'acciaio",
            f"articoli 33, secondo comma, 41 e 92, ultimo comma {_ECSC_IT}",
            "ECSC",
        ),
    ],
)  # fmt: skip
def test_short_names_of_the_ecsc_and_euratom_treaties(
    text: str, span: str, normal: str, treaty: str
) -> None:
    ref = eurefs.extract(text, kinds="treaty_article")[0]
    assert (ref.text, ref.normalized, ref.treaty) == (span, normal, treaty)  # type: ignore[union-attr]
    assert eurefs.parse(normal).treaty == treaty  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "treaty"),
    [("artigo 177. do Tratado CE", "EC"), ("l'articolo 234 del trattato CE", "EC")],
)
def test_the_ec_treaty_stays_the_ec_treaty(text: str, treaty: str) -> None:
    assert [r.treaty for r in eurefs.extract(text, kinds="treaty_article")] == [treaty]  # type: ignore[union-attr]
