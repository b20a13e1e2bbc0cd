"""A title of an act before it in Portuguese (``no título VII da Sexta Directiva``): the
record's ``back_references.pinpoint_words``, for an act and for a back-reference to one."""

from __future__ import annotations

import pytest

import eurefs

# the Opinion of AG Stix-Hackl in C-152/02 Terra Baubedarf-Handel, points 2 and 3, as
# taxlawapp.eu prints it (Portuguese; pages corpus)
TERRA = (
    "2.        No presente caso, é aplicável a Sexta Directiva 77/388/CEE do Conselho, de 17"
    " de Maio de 1977, relativa à harmonização das legislações dos Estados-Membros"
    " respeitantes aos impostos sobre o volume de negócios – sistema comum do imposto sobre o"
    " valor acrescentado: matéria colectável uniforme  (2) (a seguir «Sexta Directiva»).\n\n"
    "3.        O facto gerador e a exigibilidade do imposto encontram-se regulados no título VII"
    " da Sexta Directiva. O artigo 10.°, n.° 2, primeiro parágrafo dispõe o seguinte:"
)


def test_a_title_before_the_defined_name() -> None:
    refs = [r for r in eurefs.extract(TERRA) if r.kind == "short_form"]
    assert [(r.text, r.celex, r.pinpoint) for r in refs] == [  # type: ignore[union-attr]
        ("Sexta Directiva", "31977L0388", "título VII")
    ]


@pytest.mark.parametrize(
    ("text", "pinpoint"),
    [
        # the same before the act's number (the Sexta Directiva's citation, its title changed)
        ("encontram-se regulados no título VII da Directiva 77/388/CEE", "título VII"),
        # a title of no act: the act's own title, a national enforceable title
        ("O título do Regulamento (UE) 2016/679 é longo.", None),
        ("o título executivo da Diretiva 2006/112/CE", None),
    ],
)
def test_before_an_act(text: str, pinpoint: str | None) -> None:
    act = eurefs.extract(text, kinds="legal_act")[0]
    assert act.pinpoint == pinpoint  # type: ignore[union-attr]
