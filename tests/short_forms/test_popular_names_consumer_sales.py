"""The Consumer Sales Directive (Directive 1999/44/EC) by its German name, as German writing
cites it (sources in eurefs/data/popular_names.json)."""

from __future__ import annotations

import pytest

import eurefs
from tests.support.extracted import extracted


def _names(text: str) -> list[tuple[str, str | None, str | None]]:
    return extracted(text, "text", "celex", "pinpoint", kind="short_form", how="popular_name")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a heading on the Weber and Putz judgment (C-65/09 and C-87/09, on Article 3(3) of
        # Directive 1999/44/EC; docplayer.org 21085073, pages corpus); was nothing
        ("Art. 3 Abs. 3 Verbrauchsgüterkaufrichtlinie\nKein unmittelbarer Anspruch des Käufers "
         "auf Ersatz der Ausbaukosten einer mangelhaften Sache",
         [("Verbrauchsgüterkaufrichtlinie", "31999L0044", "Art. 3 Abs. 3")]),
        # de.wikipedia, Richtlinie (EU) 2019/771 (Warenkauf): the name before the number is
        # the citation's; the later name alone was nothing
        ("Die Warenkauf-Richtlinie (WKRL) hat den Ursprung in der Verbrauchsgüterkauf-Richtlinie "
         "1999/44/EG. In weiterer Folge, nach Erlassung der Verbrauchsgüterkaufrichtlinie wurden "
         "weitere Harmonisierungsschritte als erforderlich erachtet.",
         [("Verbrauchsgüterkaufrichtlinie", "31999L0044", None)]),
        # the hyphenated name and its initialism (constructed)
        ("Nach Art. 3 Verbrauchsgüterkauf-RL und Art. 2 Verbrauchsgüterkauf-Richtlinie.",
         [("Verbrauchsgüterkauf-RL", "31999L0044", "Art. 3"),
          ("Verbrauchsgüterkauf-Richtlinie", "31999L0044", "Art. 2")]),
    ],
)  # fmt: skip
def test_the_consumer_sales_directive_by_its_german_name(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert _names(text) == expected


def test_the_sale_of_goods_directive_is_not_the_consumer_sales_directive() -> None:
    # Directive (EU) 2019/771 repealed it under another name (de.wikipedia, above)
    text = "Die Warenkauf-Richtlinie gilt seit 2022."
    assert [r.celex for r in eurefs.extract(text) if r.kind == "short_form"] != ["31999L0044"]
