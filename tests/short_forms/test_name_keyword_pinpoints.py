"""The pinpoint of a Court keyword line written after a popular name and a dash, as after an
act (``short_forms/name_pinpoints.keyword_pinpoint``, ``grammar/dash_pinpoints``)."""

from __future__ import annotations

import pytest

from tests.support.extracted import extracted


def _names(text: str) -> list[tuple[str, str | None, str | None]]:
    return extracted(text, "text", "celex", "pinpoint", kind="short_form")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the title of the Opinion of AG Jacobs in C-269/00 Seeling, EUR-Lex 62000CC0269 as
        # taxlawapp.eu prints it in Portuguese (EUR-Lex's older titles, hyphens for dashes);
        # was None
        ("Pedido de decisão prejudicial: Bundesfinanzhof - Alemanha. - Sexta Directiva IVA - "
         "Artigos 6.º, n.º 2, primeiro parágrafo, alínea a), e 13.º, B, alínea b) - Utilização, "
         "para fins privados do sujeito passivo, de uma habitação",
         [("Sexta Directiva IVA", "31977L0388",
           "Artigos 6.º, n.º 2, primeiro parágrafo, alínea a), e 13.º, B, alínea b)")]),
        # the keywords of the judgment in C-475/03 Banca popolare di Cremona as
        # lavoroprevidenza.com quotes them in Italian (its apostrophes lost); was None
        ("Sentenza del 03/10/2006 Sesta direttiva IVA – Art. 33, n. 1 – Divieto di riscuotere "
         "altre imposte interne che abbiano natura di imposte sulla cifra d affari",
         [("Sesta direttiva IVA", "31977L0388", "Art. 33, n. 1")]),
    ],
)  # fmt: skip
def test_the_keyword_pinpoint_after_a_popular_name(text: str, expected: list) -> None:
    assert _names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # another keyword between the name and the article (the titles of C-434/05 Horizon
        # College and of the Opinion of AG Léger in C-394/04, taxlawapp.eu, English)
        "(Sixth VAT Directive – Exemptions – Article 13A(1)(i) and (2) – Teaching staff",
        "(Sixth VAT Directive – Exemptions – Article 13A(1)(b) –– Activities closely related",
        # the article is another instrument's, or prose goes on after it
        "Sexta Directiva IVA – Artigo 267.º TFUE – Reenvio",
        "Sesta direttiva IVA – articolo 5 della direttiva 2006/112/CE – Esenzione",
        "the GDPR – Article 6 of which is the legal basis",
    ],
)
def test_no_keyword_pinpoint(text: str) -> None:
    names = _names(text)
    assert names and all(pinpoint is None for _, _, pinpoint in names)
