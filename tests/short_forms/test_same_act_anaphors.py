"""'The same' act as an anaphor in Spanish, Portuguese and Greek (``del mismo Reglamento``,
``da mesma Diretiva``, ``του ίδιου κανονισμού``), as French has ``du même règlement``
(``test_french_meme_anaphors.py``): the determiners of ``eurefs.languages.es``, ``pt`` and
``el``; the Spanish and Portuguese article stays outside the span and is the pinpoint's link,
the Greek genitive article is inside it, as for ``του εν λόγω``."""

from __future__ import annotations

import pytest

from tests.support.extracted import extracted


def _anaphors(text: str) -> list[tuple[str, str | None, str | None]]:
    return extracted(text, "text", "celex", "pinpoint", kind="short_form", how="anaphor")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # were nothing
        ("La Directiva 2011/83/UE del Parlamento Europeo y del Consejo se aplica a los "
         "contratos. El artículo 16 de la misma Directiva establece excepciones.",
         [("misma Directiva", "32011L0083", "artículo 16")]),
        ("El Reglamento (UE) 2016/679 se aplica. Según el artículo 6 del mismo Reglamento, el "
         "tratamiento es lícito.", [("mismo Reglamento", "32016R0679", "artículo 6")]),
        # a Portuguese page on consumer rights ('o art. 16(m) da mesma Diretiva permite que o
        # fornecedor exija consentimento expresso', a public repository), shortened
        ("A Diretiva 2011/83/UE aplica-se aos contratos. Para conteúdo digital, o art. 16(m) da "
         "mesma Diretiva permite que o fornecedor exija consentimento.",
         [("mesma Diretiva", "32011L0083", "art. 16(m)")]),
        ("O Regulamento (UE) 2016/679 aplica-se. Nos termos do artigo 6.º do mesmo Regulamento, "
         "o tratamento é lícito.", [("mesmo Regulamento", "32016R0679", "artigo 6.º")]),
        ("Ο κανονισμός (ΕΕ) 2016/679 εφαρμόζεται. Σύμφωνα με το άρθρο 6 του ίδιου κανονισμού, η "
         "επεξεργασία είναι νόμιμη.", [("του ίδιου κανονισμού", "32016R0679", "άρθρο 6")]),
        ("Η οδηγία 2011/83/ΕΕ εφαρμόζεται στις συμβάσεις. Το άρθρο 16 της ίδιας οδηγίας "
         "προβλέπει εξαιρέσεις.", [("της ίδιας οδηγίας", "32011L0083", "άρθρο 16")]),
    ],
)  # fmt: skip
def test_the_same_act_refers_back(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert _anaphors(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # two regulations cited before: which one is not said
        "El Reglamento (UE) 2016/679 y el Reglamento (UE) 2018/1725 se aplican. Según el "
        "artículo 6 del mismo Reglamento, el tratamiento es lícito.",
        "O Regulamento (UE) 2016/679 e o Regulamento (UE) 2018/1725 aplicam-se. Nos termos do "
        "artigo 6.º do mesmo Regulamento, o tratamento é lícito.",
        "Ο κανονισμός (ΕΕ) 2016/679 και ο κανονισμός (ΕΕ) 2018/1725 εφαρμόζονται. Σύμφωνα με το "
        "άρθρο 6 του ίδιου κανονισμού, η επεξεργασία είναι νόμιμη.",
        # no EU act cited: a club's board ('Con el esfuerzo de la misma Directiva', a public
        # repository), a national regulation (a Greek energy study, a public repository)
        "Con el esfuerzo de la misma Directiva, se logra crear el primer sitio web del club.",
        "Οι υπολογισμοί γίνονται με τα πρότυπα που αναφέρονται στο παράρτημα 1 του ίδιου "
        "κανονισμού.",
        # before a full citation, the citation is the reference
        "Según el artículo 6 del mismo Reglamento (UE) 2016/679, el tratamiento es lícito.",
    ],
)
def test_the_same_act_without_a_single_act_before_is_nothing(text: str) -> None:
    assert _anaphors(text) == []
