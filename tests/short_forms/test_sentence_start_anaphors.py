"""Anaphors whose determiner opens a sentence, capitalised (Spanish ``La citada Directiva``),
and further determiners read in real texts (Portuguese ``daquela Directiva``)."""

from __future__ import annotations

import eurefs
from tests.support.extracted import extracted


def _anaphors(text: str) -> list[tuple[str, str | None]]:
    return extracted(text, "text", "celex", kind="short_form")


def test_spanish_determiners_at_the_start_of_a_sentence() -> None:
    text = (
        "La Directiva 93/13/CEE del Consejo se aplica. La citada Directiva protege al "
        "consumidor. Dicha Directiva no vincula. El citado Reglamento no se aplica."
    )
    # the regulation: no regulation cited before it
    assert _anaphors(text) == [
        ("La citada Directiva", "31993L0013"),
        ("Dicha Directiva", "31993L0013"),
    ]


def test_spanish_determiners_inside_a_sentence_as_before() -> None:
    text = "El Reglamento (UE) 2016/679 se aplica; según el citado Reglamento y dicho Reglamento."
    assert _anaphors(text) == [
        ("el citado Reglamento", "32016R0679"),
        ("dicho Reglamento", "32016R0679"),
    ]


def test_portuguese_aquela_and_its_contractions() -> None:
    # a judgment of the Tribunal Central Administrativo Norte (proc. 00579/18.0BEPRT)
    text = (
        "na aceção do artigo 1.º, ponto 11, da Diretiva 98/34/CE do Parlamento Europeu e do "
        "Conselho, a qual só seria oponível se o projecto tivesse sido comunicado, nos termos "
        "previstos no artigo 8.º n.º 1 daquela Directiva."
    )
    (ref,) = [r for r in eurefs.extract(text) if r.kind == "short_form"]
    assert (ref.text, ref.celex, ref.pinpoint) == (
        "daquela Directiva",
        "31998L0034",
        "artigo 8.º n.º 1",
    )
    text = "O Regulamento (UE) 2016/679 aplica-se. Nos termos daquele Regulamento, responde."
    assert _anaphors(text) == [("daquele Regulamento", "32016R0679")]
    # no act of that type cited before: nothing
    assert _anaphors("A Lei n.º 58/2019 aplica-se. Nos termos daquela Diretiva.") == []
