"""The anaphor words of French, Italian and Portuguese national writing (the language
records' ``back_references``): French participles after the type word (``le règlement
précité``, ``du règlement susvisé``), Italian ``predetto``, ``menzionato``, ``anzidetto`` and
Portuguese ``citado``, ``aludido``, ``mencionado`` before it.  The sources are in the records."""

from __future__ import annotations

import pytest

from tests.support.short_form_mentions import anaphors


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a privacy page in a public repository: '... les termes du Règlement précité'
        pytest.param(
            "Conformément au règlement (UE) 2016/679 du Parlement européen et du Conseil ainsi "
            "qu’aux lois nationales complémentant les termes du Règlement précité.",
            [("Règlement précité", "32016R0679", None)],
            id="fr-precite",
        ),
        pytest.param(
            "Vu la directive 2011/83/UE du Parlement européen. L'article 6 de la directive "
            "susvisée s'applique aux contrats.",
            [("directive susvisée", "32011L0083", "article 6")],
            id="fr-susvisee-pinpoint",
        ),
        pytest.param(
            "Vu le règlement (UE) 2016/679. L'article 6 du règlement susmentionné s'applique.",
            [("règlement susmentionné", "32016R0679", "article 6")],
            id="fr-susmentionne",
        ),
        # Italian privacy notices in public repositories ('... del predetto Regolamento UE')
        pytest.param(
            "Il trattamento avviene ai sensi del Regolamento (UE) 2016/679. Potrà esercitare i "
            "diritti previsti dagli articoli da 15 a 22 del predetto Regolamento.",
            [("predetto Regolamento", "32016R0679", "articoli da 15 a 22")],
            id="it-predetto",
        ),
        pytest.param(
            "Visto il regolamento (UE) 2016/679 del Parlamento europeo. L'art. 6 del menzionato "
            "regolamento si applica.",
            [("menzionato regolamento", "32016R0679", "art. 6")],
            id="it-menzionato",
        ),
        pytest.param(
            "Vista la direttiva 2011/83/UE. L'anzidetta direttiva si applica.",
            [("anzidetta direttiva", "32011L0083", None)],
            id="it-anzidetta",
        ),
        # Italian 'cit.', 'citato' after the noun (G. Pirotta, slideshare.net, on
        # 'Regolamento UE 2016/679': '... individuati dall'art. 6 comma 1 del Regolamento
        # cit.'; a privacy notice: '... in violazione del Regolamento citato (art. 77 del
        # Regolamento)'): each was no reference
        pytest.param(
            "Il Regolamento UE 2016/679 si applica. In questi casi il trattamento è lecito se "
            "rientra in uno dei presupposti individuati dall'art. 6 comma 1 del Regolamento cit..",
            [("Regolamento cit.", "32016R0679", "art. 6 comma 1")],
            id="it-cit",
        ),
        pytest.param(
            "Il trattamento è svolto ai sensi del Regolamento (UE) 2016/679. Può proporre "
            "reclamo al Garante se ritiene che il trattamento avvenga in violazione del "
            "Regolamento citato.",
            [("Regolamento citato", "32016R0679", None)],
            id="it-citato",
        ),
        pytest.param(
            "Vista la direttiva 2011/83/UE. L'art. 6 della direttiva citata si applica.",
            [("direttiva citata", "32011L0083", "art. 6")],
            id="it-citata",
        ),
        # an article inserted after another, its Latin word apart (Conseil d'État, 28 January
        # 2022, no. 449209, conseil-etat.fr: '... en vertu de l'article 15 bis de cette
        # directive'): the pinpoint was nothing
        pytest.param(
            "Les mesures de contrôle de la directive 2002/58/CE relèvent de la compétence des "
            "autorités nationales de contrôle en vertu de l'article 15 bis de cette directive.",
            [("cette directive", "32002L0058", "article 15 bis")],
            id="fr-bis",
        ),
        pytest.param(
            "Tendo em conta o Regulamento (UE) 2016/679 do Parlamento Europeu. O artigo 6.º do "
            "citado regulamento aplica-se.",
            [("citado regulamento", "32016R0679", "artigo 6.º")],
            id="pt-citado",
        ),
        pytest.param(
            "Tendo em conta a Diretiva 2011/83/UE. A aludida diretiva aplica-se.",
            [("aludida diretiva", "32011L0083", None)],
            id="pt-aludida",
        ),
        pytest.param(
            "Tendo em conta o Regulamento (UE) 2016/679. O mencionado regulamento aplica-se.",
            [("mencionado regulamento", "32016R0679", None)],
            id="pt-mencionado",
        ),
    ],
)
def test_anaphor(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert anaphors(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a plural is no one act; another type of act points back to none
        "Vu le règlement (UE) 2016/679. Les règlements précités s'appliquent.",
        "Vu le règlement (UE) 2016/679. La directive précitée s'applique.",
        # no act cited before
        "Le règlement précité s'applique.",
        "Il regolamento citato dal ricorrente non si applica.",
        # 'cit.' after a case's name is no act's
        "Vista la direttiva 2011/83/UE (v. sentenza Pfeiffer e a., cit., punti 115).",
    ],
)
def test_no_anaphor(text: str) -> None:
    assert anaphors(text) == []
