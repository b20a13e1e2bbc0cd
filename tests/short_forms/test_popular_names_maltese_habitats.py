"""The Habitats Directive's Maltese names, as the Court's Maltese names it without defining
them again (the sources in eurefs/data/popular_names.json)."""

from __future__ import annotations

import pytest

from tests.support.extracted import extracted


def _names(text: str) -> list[tuple[str, str | None, str | None]]:
    return extracted(text, "text", "celex", "pinpoint", kind="short_form", how="popular_name")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the Opinion of AG Sharpston in C-258/11 Sweetman (curia.europa.eu, MT; pages corpus)
        ("Din it-talba għal deċiżjoni preliminari tirrigwarda l-interpretazzjoni tal-Artikolu 6 "
         "tad-Direttiva dwar il-Habitat (2). Il-kwistjoni partikolari quddiem il-Qorti",
         [("Direttiva dwar il-Habitat", "31992L0043", "Artikolu 6")]),
        # the Opinion of AG Kokott in C-43/18 and C-321/18 CFE (curia.europa.eu, MT; pages
        # corpus)
        ("X’inhija r-relazzjoni bejn id-Direttiva EAS (li tfisser Evalwazzjoni Ambjentali "
         "Strateġika) (2) u d-Direttiva “habitat” (3)? [...] l-evalwazzjoni tal-effetti tal-"
         "pjanijiet u l-proġetti li jistgħu jaffettwaw lis-siti Natura 2000, irregolata mill-"
         "Artikolu 6(3) tad-Direttiva “habitat”, kif ukoll",
         [("Direttiva “habitat”", "31992L0043", None),
          ("Direttiva “habitat”", "31992L0043", "Artikolu 6(3)")]),
    ],
)  # fmt: skip
def test_names_read_in_real_texts(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    """Before, none (the record had the English, German and Dutch names only)."""
    assert _names(text) == expected
