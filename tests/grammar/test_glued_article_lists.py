"""A pinpoint's list whose further articles repeat the link's glued article (Maltese
``tal-Artikolu 2(1), tal-Artikoli 14 ... u 73 tad-Direttiva``): ``act_pinpoints._joins``."""

from __future__ import annotations

import pytest

import eurefs


@pytest.mark.parametrize(
    ("text", "span", "pinpoint"),
    [
        # the Court's judgment of 5 July 2018 in C-544/16 Marcandi, paragraph 1 (taxlawapp.eu,
        # Maltese; pages corpus): the pinpoint was the last article's alone ('Artikoli 14,
        # 24, 62, 63, 65 u 73'), as in the English 'Article 2(1), of Articles 14, 24, 62,
        # 63, 65 and 73 of Council Directive 2006/112/EC' it is not
        ("It-talba għal deċiżjoni preliminari tirrigwarda l-interpretazzjoni tal-Artikolu "
         "2(1), tal-Artikoli 14, 24, 62, 63, 65 u 73 tad-Direttiva tal-Kunsill 2006/112/KE, "
         "tat-28 ta’ Novembru 2006", "Direttiva tal-Kunsill 2006/112/KE",
         "Artikolu 2(1), tal-Artikoli 14, 24, 62, 63, 65 u 73"),
        # two articles joined by the conjunction, each with the glued article (the form of
        # the list above; was 'Artikolu 73')
        ("l-interpretazzjoni tal-Artikolu 2(1) u tal-Artikolu 73 tad-Direttiva tal-Kunsill "
         "2006/112/KE", "Direttiva tal-Kunsill 2006/112/KE", "Artikolu 2(1) u tal-Artikolu 73"),
    ],
)  # fmt: skip
def test_a_list_of_articles_each_with_the_glued_article(
    text: str, span: str, pinpoint: str
) -> None:
    (act,) = [r for r in eurefs.extract(text) if r.kind == "legal_act"]
    assert (act.text, act.pinpoint) == (span, pinpoint)


def test_a_comma_alone_joins_no_article_of_the_citing_text() -> None:
    # (no conjunction ends the list: the first article may be the citing act's own)
    text = "Skont l-Artikolu 5, tal-Artikolu 6(1) tar-Regolament (UE) 2016/679"
    (act,) = [r for r in eurefs.extract(text) if r.kind == "legal_act"]
    assert act.pinpoint == "Artikolu 6(1)"
