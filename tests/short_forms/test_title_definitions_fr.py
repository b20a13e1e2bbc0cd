"""A French definition after an older act's title that starts ``en matière`` (the Sixth VAT
Directive's: the record's ``back_references.title_starts``): the defined name then
points back to the act."""

from __future__ import annotations

import eurefs

#: The Opinion of AG Kokott in C-428/02 Marselisborg (EUR-Lex 62002CC0428 as
#: taxlawapp.eu prints it; pages corpus).
KOKOTT = (
    "Ces prestations pourraient être exonérées de la TVA, conformément à l’article 13, B, "
    "sous b), de la sixième directive 77/388/CEE du Conseil, du 17 mars 1977, en matière "
    "d'harmonisation des législations des États membres relatives aux taxes sur le chiffre "
    "d'affaires - Système commun de taxe sur la valeur ajoutée: assiette uniforme (ci-après la "
    "«sixième directive»)  (2) , à condition qu’il s’agisse de la location d’immeubles.\n\n"
    "2.        En vertu de l'article 2, point 1, de la sixième directive, les prestations de "
    "services effectuées à titre onéreux sont soumises à la TVA."
)


def test_a_definition_after_a_title_en_matiere_points_back() -> None:
    refs = [(r.kind, r.text, r.celex, r.pinpoint) for r in eurefs.extract(KOKOTT)]
    assert refs == [
        ("legal_act", "directive 77/388/CEE", "31977L0388", "article 13, B, sous b)"),
        ("short_form", "sixième directive", "31977L0388", "article 2, point 1"),
    ]


def test_a_sentence_between_breaks_the_title() -> None:
    # (a full stop before the definition: no title, no definition of this act)
    text = (
        "la directive 77/388/CEE du Conseil s'applique. En matière de TVA (ci-après la "
        "«sixième directive»), l'article 2 de la sixième directive s'applique."
    )
    assert [r.kind for r in eurefs.extract(text)] == ["legal_act"]
