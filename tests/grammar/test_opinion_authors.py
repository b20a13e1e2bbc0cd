"""Opinions of bodies other than the Court (``eurefs/grammar/opinion_authors.py``): the
Article 29 Working Party's, the EDPB's and the EDPS's, numbered as the Court's Opinions
are, are no cases; the Court's own keep theirs."""

from __future__ import annotations

import pytest

import eurefs


@pytest.mark.parametrize(
    "text",
    [
        # were cases 'Opinion 4/07', 'avis 4/07', 'parere 4/07' ...
        "Opinion 4/07 of the Article 29 Working Party",
        "WP29 Opinion 4/07",
        "the Working Party's Opinion 4/07",
        "avis 4/07 du groupe de travail « article 29 »",
        "avis 4/07 du G29",
        "parere 4/07 del Gruppo di lavoro articolo 29",
        "dictamen 4/07 del Grupo de Trabajo del Artículo 29",
        "EDPS Opinion 7/15",
        "EDPB Opinion 1/18",
        "EDPB-EDPS Joint Opinion 1/21",
        # numbered with the year in full: never a case
        "Opinion 05/2014 of the Article 29 Working Party",
        'Avis 4/2007 du groupe de travail "Article 29"',
        "EDPB Opinion 28/2024",
        "EDPS Opinion 5/2021",
    ],
)
def test_an_opinion_of_another_body_is_no_case(text: str) -> None:
    assert [r for r in eurefs.extract(text) if r.kind == "case"] == []


@pytest.mark.parametrize(
    ("text", "normalized"),
    [
        ("Opinion 1/15", "Opinion 1/15"),
        ("Opinion 2/13 (Accession to the ECHR)", "Opinion 2/13"),
        ("Opinion 2/13 of the Court of 18 December 2014", "Opinion 2/13"),
        ("Opinion 1/09 of the Court (Full Court)", "Opinion 1/09"),
        ("Avis 1/09", "avis 1/09"),
        ("avis 2/13 de la Cour", "avis 2/13"),
        ("Gutachten 2/13", "Gutachten 2/13"),
        ("Gutachten 2/13 des Gerichtshofs", "Gutachten 2/13"),
    ],
)
def test_the_courts_opinions_stay_cases(text: str, normalized: str) -> None:
    (ref,) = eurefs.extract(text)
    assert (ref.kind, ref.normalized) == ("case", normalized)
