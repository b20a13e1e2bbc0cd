"""The Charter's Croatian name in the locative and the nominative (``u Povelji Europske unije
o temeljnim pravima``, a keyword ``Povelja Europske unije o temeljnim pravima – Članak 7.``):
the Croatian record (``eurefs.languages.hr``)."""

from __future__ import annotations

from tests.support.extracted import extracted

# The European Parliament's fact sheet 'Zaštita osobnih podataka' (July 2020, Croatian, as
# pdfslide.tips copies it; pages corpus), shortened.
_FACT_SHEET = (
    "To je pravo sadržano u Povelji Europske unije o temeljnim pravima (u daljnjem tekstu: "
    "Povelja), koja u članku 8. propisuje: „1. Svatko ima pravo.” To temeljno pravo također je "
    "usko povezano s pravom na poštovanje privatnog i obiteljskog života, koje je sadržano u "
    "članku 7. Povelje."
)

# The Opinion of AG Ćapeta in C-268/21 Norra Stockholm Bygg (EUR-Lex 62021CC0268, HR; pages
# corpus), from its keyword line.
_KEYWORDS = (
    "Članak 5. – Smanjenje količine osobnih podataka – Povelja Europske unije o temeljnim "
    "pravima – Članak 7. – Pravo na poštovanje privatnog života"
)


def _articles(text: str) -> list[tuple[str, str]]:
    return extracted(text, "text", "treaty", kinds=["treaty_article"])


def test_the_short_name_after_the_locative() -> None:
    """Before, nothing: the name in the locative did not name the Charter in full."""
    assert _articles(_FACT_SHEET) == [("članku 7. Povelje", "CFR")]


def test_the_nominative_as_a_keyword() -> None:
    """Before, nothing."""
    assert _articles(_KEYWORDS) == [
        ("Povelja Europske unije o temeljnim pravima – Članak 7.", "CFR")
    ]
