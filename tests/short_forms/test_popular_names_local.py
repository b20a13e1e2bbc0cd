"""Acronyms read only in their own language (an entry's ``local_names``): Dutch ``AVG`` is
the GDPR in a Dutch text, and no name in a German, Austrian or English one, where other
acronyms in Latin letters (``RODO``, ``GDPR``) are read in every language
(``short_forms/popular_names.names_for``).  The Dutch sources are in
eurefs/data/popular_names.json."""

from __future__ import annotations

import pytest

from eurefs.short_forms.popular_names import load, names_for
from tests.support.extracted import extracted


def _names(text: str) -> list[tuple[str, str | None, str | None]]:
    return extracted(text, "text", "celex", "pinpoint", kind="short_form", how="popular_name")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Dutch privacy notices in public repositories (ids 56858169683, 52236370883,
        # 21557433278); before, nothing was found
        ("Op grond van artikel 17 van de AVG heeft u het recht om verwijdering van uw"
         " persoonsgegevens te verzoeken.", [("AVG", "32016R0679", "artikel 17")]),
        ("Recht op inzage (artikel 15 AVG). U kunt opvragen welke gegevens wij verwerken.",
         [("AVG", "32016R0679", "artikel 15")]),
        ("Indumax handelt overeenkomstig de bepalingen van de AVG. Voor meer informatie zie"
         " het privacystatement.", [("AVG", "32016R0679", None)]),
    ],
)  # fmt: skip
def test_avg_in_a_dutch_text(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert _names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # Austrian law: the Allgemeines Verwaltungsverfahrensgesetz
        "Gemäß § 13 AVG ist der Antrag schriftlich einzubringen. Die Behörde entscheidet.",
        "Die Behörde hat nach § 56 AVG einen Bescheid zu erlassen.",
        "Under the AVG the authority decides within six months.",
        # the Dutch act carrying out the GDPR (its citation title): no EU act
        "In de Uitvoeringswet AVG staat een uitzondering voor journalistieke doeleinden.",
        "Uitvoeringswet AVG geldt sinds 25 mei 2018 in Nederland.",
    ],
)
def test_no_avg_elsewhere(text: str) -> None:
    assert _names(text) == []


def test_the_local_acronym_is_in_its_own_language_only() -> None:
    (gdpr,) = [e for e in load() if e.celex == "32016R0679"]
    assert gdpr.local == {"AVG"}
    assert names_for("nl")["AVG"] is gdpr
    assert "AVG" not in names_for("de") and "AVG" not in names_for("en")
    # the other acronyms in Latin letters stay names in every language
    assert names_for("de")["RODO"] is gdpr and names_for("nl")["GDPR"] is gdpr


def test_local_names_are_names_of_their_entry() -> None:
    for entry in load():
        listed = {name for names in entry.names.values() for name in names}
        assert entry.local <= listed, entry.celex
