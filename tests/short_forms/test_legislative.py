"""``this Regulation`` in a national law's sentence (``eurefs.short_forms.legislative``):
German national ordinances are laid out in sections (``§ 2``), and their ``dieser
Verordnung`` is the ordinance itself, never the EU regulation cited before it."""

from __future__ import annotations

import pytest

from tests.support.extracted import extracted

# The Hopfeneinfuhrverordnung's penalty section, as gesetze.digital prints it
# (https://gesetze.digital/gii/hopfeinv.html): paragraph (1) punishes breaches of
# Regulation (EEC) No 3076/78, paragraph (2) bringing hops into the territory where the
# national ordinance applies.
_HOPS = (
    "(1) Ordnungswidrig im Sinne des § 36 Abs. 4 Satz 1 des Gesetzes zur Durchführung der "
    "Gemeinsamen Marktorganisationen und der Direktzahlungen handelt, wer gegen die "
    "Verordnung (EWG) Nr. 3076/78 verstößt, indem er vorsätzlich oder fahrlässig entgegen "
    "Artikel 7a Abs. 2 eine Partie vermarktet.\n"
    "(2) Ordnungswidrig im Sinne des § 36 Abs. 3 Nr. 3 des Gesetzes zur Durchführung der "
    "Gemeinsamen Marktorganisationen und der Direktzahlungen handelt, wer vorsätzlich oder "
    "leichtfertig entgegen § 2 ein Erzeugnis in den Geltungsbereich dieser Verordnung "
    "verbringt."
)


def _anaphors(text: str) -> list[tuple[str, str | None]]:
    return extracted(text, "text", "celex", kind="short_form", how="anaphor")


def test_this_regulation_of_a_national_ordinance_is_no_anaphor() -> None:
    # was "dieser Verordnung" -> 31978R3076, a wrong CELEX
    assert _anaphors(_HOPS) == []


@pytest.mark.parametrize(
    "lead",
    [
        "",  # a commentary with no section sign: "dieser Verordnung" is the EU act
        "Nach § 2 gilt die Einfuhrregel. ",  # the section sign in another sentence
    ],
)
def test_this_regulation_outside_a_section_sentence_refers_back(lead: str) -> None:
    text = (
        f"{lead}Die Verordnung (EWG) Nr. 3076/78 regelt die Einfuhr von Hopfen. Nach "
        "Artikel 7a dieser Verordnung darf eine Partie nur mit Bescheinigung vermarktet werden."
    )
    assert _anaphors(text) == [("dieser Verordnung", "31978R3076")]
