"""The Data Protection Directive's Danish name (the sources in eurefs/data/popular_names.json)."""

from __future__ import annotations

from tests.support.extracted import extracted


def _names(text: str) -> list[tuple[str, str | None]]:
    return extracted(text, "text", "celex", kind="short_form", how="popular_name")


def test_the_name_in_the_courts_danish() -> None:
    """Before, none (the Opinion of AG Kokott in C-73/16, EUR-Lex 62016CC0073, DA; pages
    corpus)."""
    text = (
        "Den grundlæggende ret til databeskyttelse, som er forankret i artikel 8 i Den "
        "Europæiske Unions charter om grundlæggende rettigheder, konkretiseres i "
        "databeskyttelsesdirektivet ( 3 ), som om kort tid"
    )
    assert _names(text) == [("databeskyttelsesdirektivet", "31995L0046")]


def test_the_eprivacy_directives_name_holds_it_and_is_none() -> None:
    assert _names("reglerne i e-databeskyttelsesdirektivet gælder") == []
