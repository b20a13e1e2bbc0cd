"""A type word that means settlement, not an act (``BackReferenceWords.other_meanings``):
French ``règlement``, Italian ``regolamento`` in ``système de règlement``, ``sistema di
regolamento``.  Between an act and its anaphor it is no stray type word, while a
regulation to be (``proposition de règlement``) still is another act of the type."""

from __future__ import annotations

import pytest

from tests.support.short_form_mentions import anaphors

# Directive 2014/91/EU, recital 21 (development text tests/data/corpus-fr-de F01)
_F01 = (
    "Lorsqu’un dépositaire central de titres (DCT), tel qu’il est défini à l’article 2, "
    "paragraphe 1, point 1), du règlement (UE) no 909/2014 du Parlement européen et du "
    "Conseil (9), ou un DCT de pays tiers fournit les services d’exploitation d’un système de "
    "règlement des opérations sur titres ainsi qu’au minimum, d’enregistrement initial de "
    "titres dans un système d’inscription comptable avec opération initiale de crédit, ou de "
    "fourniture et de tenue de comptes de titres au plus haut niveau, comme cela est indiqué "
    "dans la section A de l’annexe dudit règlement, la fourniture de ces services par ce DCT"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(_F01, [("dudit règlement", "32014R0909", None)], id="fr-systeme"),
        # the title of Directive 98/26/CE (EUR-Lex 31998L0026), then its anaphor
        pytest.param(
            "la directive 98/26/CE du Parlement européen et du Conseil du 19 mai 1998 "
            "concernant le caractère définitif du règlement dans les systèmes de paiement et "
            "de règlement des opérations sur titres. L’article 2 de ladite directive s’applique.",
            [("ladite directive", "31998L0026", "article 2")],
            id="fr-directive-title",
        ),
        # the decree's name of the Directive (Gazzetta Ufficiale, Banca d'Italia's order of
        # 8 May 2008) after Regulation (EU) No 909/2014: another directive, no regulation
        pytest.param(
            "Il regolamento (UE) n. 909/2014 si applica ai depositari centrali. La direttiva "
            "98/26/CE sulla definitività degli ordini immessi in un sistema di pagamento o di "
            "regolamento titoli resta in vigore. L’articolo 7 di tale regolamento prevede le "
            "misure.",
            [("tale regolamento", "32014R0909", "articolo 7")],
            id="it-sistema",
        ),
    ],
)
def test_settlement_is_no_stray_type_word(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert anaphors(text) == expected


def test_a_proposal_of_a_regulation_still_stands_between() -> None:
    text = _F01.replace("système de règlement des opérations", "proposition de règlement sur les")
    assert anaphors(text) == []
