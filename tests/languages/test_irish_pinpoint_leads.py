"""Irish pinpoints with their lower parts written before the article (``pinpoints.leads``):
the points and the ordinal subparagraph, joined to the article by the elided ``d’``, the
points' range with ``go`` and the ordinal after ``den`` (which holds the article ``an``)."""

from __future__ import annotations

import pytest

import eurefs


@pytest.mark.parametrize(
    ("text", "act", "pinpoint"),
    [
        # the keywords of the judgment in C-252/21 Meta Platforms v Bundeskartellamt
        # (EUR-Lex, ECLI:EU:C:2023:537, GA); was 'Airteagal 6(1)'
        ("Airteagal 4(3) CAE – Prionsabal an chomhair dhílis – Pointí (a) go (f) den chéad "
         "fhomhír d’Airteagal 6(1) de Rialachán 2016/679 – Dleathacht na próiseála",
         "Rialachán 2016/679", "Pointí (a) go (f) den chéad fhomhír d’Airteagal 6(1)"),
        # the Opinion of AG Pitruzzella in C-460/20 Google, point 1 (curia.europa.eu,
        # ECLI:EU:C:2022:271, GA); was 'Airteagal 14(a)'
        ("Airteagal 12(b) agus an chéad fhomhír d’Airteagal 14(a) de Threoir 95/46/CE ó "
         "Pharlaimint na hEorpa agus ón gComhairle", "Threoir 95/46/CE",
         "an chéad fhomhír d’Airteagal 14(a)"),
    ],
)  # fmt: skip
def test_lower_parts_before_the_article(text: str, act: str, pinpoint: str) -> None:
    (ref,) = [r for r in eurefs.extract(text) if r.kind == "legal_act"]
    assert (ref.text, ref.pinpoint) == (act, pinpoint)  # type: ignore[union-attr]


def test_the_article_alone_keeps_its_pinpoint() -> None:
    # the keywords of the judgment in C-46/23 (curia.europa.eu, ECLI:EU:C:2024:239, GA)
    text = "Rialachán (AE) 2016/679 – Airteagal 58(2)(d) agus (g) – Cumhachtaí údaráis"
    (ref,) = eurefs.extract(text)
    assert ref.pinpoint == "Airteagal 58(2)(d) agus (g)"  # type: ignore[union-attr]
