"""French paragraphs written before their article (``pinpoints.leads``), as French national
writing has them, the article after the elided link ``de l'`` with no blank
(``grammar/pinpoint_leads``)."""

from __future__ import annotations

import re

import pytest

import eurefs
from eurefs.grammar import pinpoint_leads
from eurefs.languages import BY_CODE

# the abstract of the Conseil d'État's decision of 28 January 2022, n° 449209 (Lebon), as
# lexbase.fr gives it (pages corpus)
CE_449209 = (
    "15-05 1) Il résulte des paragraphes 1 des articles 55 et 56 du règlement (UE) 2016/679"
    " du 27 avril 2016 (dit RGPD) et de l'article 15 bis de la directive 2002/58/CE du 12"
    " juillet 2002, tels qu'interprétés par la Cour de justice de l'Union européenne (CJUE)"
)
# the privacy notice of the French social ministries' SIRENA complaints system, in a public
# repository (find_string 'paragraphe 1 de l'article 6 du règlement')
SIRENA = (
    "Ce traitement de données est mis en œuvre pour l'exécution d'une mission d'intérêt"
    " public, conformément au e du paragraphe 1 de l'article 6 du règlement (UE) 2016/679 du"
    " 27 avril 2016 et pour les motifs d'intérêt public mentionnés au g du paragraphe 2 de"
    " l'article 9 du même règlement."
)


def _pins(text: str) -> list[tuple[str, str | None, str | None]]:
    return [
        (r.text, r.celex, r.pinpoint)  # type: ignore[union-attr]
        for r in eurefs.extract(text)
        if r.kind in ("legal_act", "short_form")
    ]


def test_each_articles_paragraph_before_the_list() -> None:
    assert _pins(CE_449209)[0] == (
        "règlement (UE) 2016/679",
        "32016R0679",
        "paragraphes 1 des articles 55 et 56",
    )
    # (the directive's own pinpoint, no lead)
    assert _pins(CE_449209)[-1] == ("directive 2002/58/CE", "32002L0058", "article 15 bis")


def test_the_paragraph_before_the_article_after_an_elided_link() -> None:
    assert _pins(SIRENA) == [
        ("règlement (UE) 2016/679", "32016R0679", "paragraphe 1 de l'article 6"),
        ("même règlement", "32016R0679", "paragraphe 2 de l'article 9"),
    ]


@pytest.mark.parametrize(
    ("text", "pinpoint"),
    [
        # the article's own paragraph after it stays as it was
        ("L'article 6, paragraphe 1, du règlement (UE) 2016/679", "article 6, paragraphe 1"),
        # a sentence's end between the paragraph and the article: no lead
        ("au sens du paragraphe 1. De l'article 6 du règlement (UE) 2016/679", "article 6"),
        # a paragraph of the citing text, no link word before the article
        ("Le paragraphe 3 vise l'article 6 du règlement (UE) 2016/679", "article 6"),
    ],
)
def test_no_lead(text: str, pinpoint: str) -> None:
    assert _pins(text)[0][2] == pinpoint


def test_the_tail_lets_an_elided_link_through() -> None:
    tail = re.compile(pinpoint_leads.tail(BY_CODE["fr"]))
    assert tail.match("au e du paragraphe 1 de l'"[::-1]) is not None
    assert tail.match("conformément à l'"[::-1]) is None
    assert "l'" in pinpoint_leads.ends(BY_CODE["fr"])
