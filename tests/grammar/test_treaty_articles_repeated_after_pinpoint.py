"""A further article with the treaty again after the first article's pinpoint written after
its treaty, as the Court's Spanish summaries list provisions (``[Arts. 101 TFUE, ap. 1, y 263
TFUE; ...]``): one list, one span (``treaty_article_patterns.SAME_TREATY``, group ``post``)."""

from __future__ import annotations

import pytest

import eurefs

# the summary of the General Court's judgment of 8 September 2016 in T-472/13 Lundbeck,
# keyword 2, Spanish (curia.europa.eu; pages corpus)
LUNDBECK = (
    "2.      Competencia — Procedimiento administrativo — Decisión de la Comisión por la que"
    " se declara la existencia de una infracción — Prueba de la infracción y de su duración a"
    " cargo de la Comisión — Control jurisdiccional — Alcance\n\n"
    "[Arts. 101 TFUE, ap. 1, y 263 TFUE; Reglamento (CE) n.º 1/2003 del Consejo, art. 2]"
)


def _articles(text: str) -> list[tuple[str, str, list[str]]]:
    refs = eurefs.extract(text, kinds="treaty_article")
    return [(r.text, r.normalized, list(r.articles)) for r in refs]  # type: ignore[union-attr]


def test_the_second_article_after_the_first_ones_paragraph() -> None:
    assert _articles(LUNDBECK) == [
        (
            "Arts. 101 TFUE, ap. 1, y 263 TFUE",
            "artículos 101, ap. 1, y 263 TFUE",
            ["101", "263"],
        )
    ]
    act = eurefs.extract(LUNDBECK, kinds="legal_act")[0]
    assert (act.celex, act.pinpoint) == ("32003R0001", "art. 2")  # type: ignore[union-attr]
    parsed = eurefs.parse("artículos 101, ap. 1, y 263 TFUE")
    assert parsed.normalized == "artículos 101, ap. 1, y 263 TFUE"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the treaty written once stays as it was
        (
            "[Arts. 101 TFUE y 263 TFUE; Reglamento (CE) n.º 1/2003 del Consejo, art. 2]",
            [("Arts. 101 TFUE y 263 TFUE", "artículos 101 y 263 TFUE", ["101", "263"])],
        ),
        # another treaty after the pinpoint: the first article alone, as before (the summary's
        # keyword line above, changed)
        (
            LUNDBECK.split("[")[0] + "(Art. 6 TUE, ap. 3, y 263 TFUE)",
            # (its pinpoint with it: test_treaty_pinpoint_after_treaty)
            [("Art. 6 TUE, ap. 3", "artículo 6, ap. 3 TUE", ["6"])],
        ),
        # a provision of an act after the pinpoint is no further article of the treaty
        (
            "del artículo 108 TFUE, apartado 2, y del artículo 6, apartado 1, del Reglamento"
            " (CE) n.o 659/1999",
            [("artículo 108 TFUE, apartado 2", "artículo 108, apartado 2 TFUE", ["108"])],
        ),
    ],
)
def test_as_before(text: str, expected: list[tuple[str, str, list[str]]]) -> None:
    assert _articles(text) == expected
