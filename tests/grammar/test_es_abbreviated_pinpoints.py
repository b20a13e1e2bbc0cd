"""Spanish ``apdo.`` and ``párr.`` (apartado, párrafo abbreviated, as Spanish legal writing
has them) are pinpoint words: after a treaty article's number, where the article was nothing
(``art. 15, apdo. 3, TFUE``), and before an act, where the pinpoint was lost."""

from __future__ import annotations

import eurefs

# A Spanish note on access to the institutions' documents (a public repository, found with
# find_string): the treaty article was nothing, the regulation's pinpoint lost
ACCESS = (
    "Conforme al art. 15, apdo. 3, TFUE, al art. 42 de la Carta de los Derechos Fundamentales"
    " de la UE y al art. 2, apdo. 1, del Reglamento (CE) n.º 1049/2001, todo ciudadano de la"
    " Unión tiene derecho de acceso a los documentos de las instituciones"
)
# A data file's Spanish notes on EU acts (a public repository, found with find_string)
ECODESIGN = (
    "Art. 6 del Reglamento Delegado (UE) 2026/296; el art. 25, apdo. 1, del Reglamento (UE)"
    " 2024/1781 fija la misma fecha para la propia prohibición."
)
# Revista de Derecho Comunitario Europeo 70, crónica de jurisprudencia mayo-agosto 2021
# (cepc.gob.es; the record's sources): the paragraphs were lost
CRONICA = (
    "en virtud del art. 19 TUE, apdo. 1, párr. segundo [...] y del art. 267 TFUE, párrs."
    " segundo y tercero"
)


def _refs(text: str) -> list[tuple[str, str, str | None]]:
    return [
        (r.text, r.normalized, getattr(r, "pinpoint", None))
        for r in eurefs.extract(text, short_forms=False)
    ]


def test_a_treaty_article_with_its_abbreviated_paragraph() -> None:
    assert _refs(ACCESS) == [
        ("art. 15, apdo. 3, TFUE", "artículo 15, apdo. 3 TFUE", None),
        ("art. 42 de la Carta de los Derechos Fundamentales de la UE", "artículo 42 CDFUE", None),
        ("Reglamento (CE) n.º 1049/2001", "Reglamento (CE) n.º 1049/2001", "art. 2, apdo. 1"),
    ]


def test_the_pinpoint_of_an_act() -> None:
    assert [p for _, _, p in _refs(ECODESIGN)] == ["Art. 6", "art. 25, apdo. 1"]


def test_the_paragraphs_after_the_treaty() -> None:
    assert [n for _, n, _ in _refs(CRONICA)] == [
        "artículo 19, apdo. 1, párr. segundo TUE",
        "artículo 267, párrs. segundo y tercero TFUE",
    ]
    # (the normal forms parse back)
    assert eurefs.parse("artículo 19, apdo. 1, párr. segundo TUE").normalized == (
        "artículo 19, apdo. 1, párr. segundo TUE"
    )
