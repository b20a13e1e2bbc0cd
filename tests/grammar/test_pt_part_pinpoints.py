"""Portuguese pinpoints of the Sixth VAT Directive's articles, whose part is a capital:
written with a point's bracket (``artigo 13.°, A), n.° 1``), and with the blank before a
comma that EUR-Lex's older texts set after the ordinal sign (``artigo 13.° , B)``)."""

from __future__ import annotations

import pytest

import eurefs


@pytest.mark.parametrize(
    ("text", "pinpoint"),
    [
        # the Opinion of AG Bot in C-592/15 British Film Institute, point 1 (taxlawapp.eu, PT;
        # pages corpus): was None
        (
            "No presente processo, o Tribunal de Justiça é chamado a esclarecer o alcance do "
            "artigo 13.°, A), n.° 1, alínea n), da Sexta Diretiva 77/388/CEE (2).",
            "artigo 13.°, A), n.° 1, alínea n)",
        ),
        # ... its keyword line, the part without the bracket (read before too)
        (
            "«Imposto sobre o valor acrescentado – Sexta Diretiva 77/388/CEE – Artigo 13.°, A, "
            "n.° 1, alínea n) – Isenções de certas prestações de serviços culturais»",
            "Artigo 13.°, A, n.° 1, alínea n)",
        ),
    ],
)
def test_a_part_in_brackets(text: str, pinpoint: str) -> None:
    acts = [r for r in eurefs.extract(text) if r.kind == "legal_act"]
    assert [(r.celex, r.pinpoint) for r in acts][-1] == ("31977L0388", pinpoint)


@pytest.mark.parametrize(
    ("text", "pinpoint"),
    [
        # the Opinion of AG Jacobs in C-269/00 Seeling, points 1 and 4 (EUR-Lex's older text as
        # taxlawapp.eu prints it, PT; pages corpus): each was None; the blank left out
        (
            "1. Neste processo, o Bundesfinanzhof (Alemanha) submeteu ao Tribunal de Justiça a "
            "questão de saber se um Estado-Membro pode considerar isenta de IVA, nos termos do "
            "artigo 13.° , B), alínea b), da Sexta Directiva IVA , a utilização para habitação "
            "própria de um imóvel integrado.",
            "artigo 13.°, B), alínea b)",
        ),
    ],
)
def test_a_blank_before_the_comma_after_the_sign(text: str, pinpoint: str) -> None:
    refs = eurefs.extract(text)
    assert [(r.text, r.celex, r.pinpoint) for r in refs if r.kind == "short_form"] == [
        ("Sexta Directiva IVA", "31977L0388", pinpoint)
    ]


def test_a_blank_before_the_comma_before_an_act() -> None:
    # (point 4 of the same Opinion names no act there: its pinpoint as it would be read)
    text = "O artigo 11.° , A), n.° 1, alínea c), da Directiva 77/388/CEE"
    (act,) = eurefs.extract(text)
    assert act.pinpoint == "artigo 11.°, A), n.° 1, alínea c)"


def test_a_blank_before_a_comma_elsewhere_is_no_pinpoint() -> None:
    # (the blank only after an ordinal sign: a number alone before it ends no article)
    (act,) = eurefs.extract("o artigo 13 , B), da Diretiva 77/388/CEE")
    assert act.pinpoint is None
