"""The article's abbreviation without its dot (``Art 50 TUE``, ``art 13 del Regolamento``) in
Spanish and Italian writing: only the French and Polish records wrote it so, and such an
article in a Spanish or Italian text took one of their languages (the records' sources)."""

from __future__ import annotations

import eurefs


def test_spanish_key_concepts_write_the_article_without_its_dot() -> None:
    # the key concepts of a Spanish foreigners' office search page (a public repository;
    # find_string 'art 50 TUE'), Spanish throughout: the article was French
    # ('article 50 TUE', lang fr)
    text = (
        "const conceptosClave = [\n"
        '  "Art 50 TUE. Retirada Reino Unido",\n'
        '  "Asilo / Apátrida / Desplazados o protección internacional",\n'
        '  "Circunstancias excepcionales",\n'
        '  "Estudio, prácticas o voluntariado",\n'
        '  "Familiar de ciudadano de UE",\n'
    )
    found = [
        (r.text, r.normalized, r.lang, r.articles)
        for r in eurefs.extract(text, short_forms=False)
        if r.kind == "treaty_article"
    ]
    assert found == [("Art 50 TUE", "artículo 50 TUE", "es", ["50"])]


def test_spanish_consent_form_cites_the_gdpr_article_without_its_dot() -> None:
    # a clinic's consent form in a public repository (find_string 'Art 13 RGPD'): the
    # article before the GDPR's Spanish name was left out
    text = (
        "> **Cláusula económica.** Procedimiento electivo no cubierto por seguro. Precio: "
        "350 EUR,\n> retoque a las 4 semanas incluido.\n"
        "> **Cláusula de datos (Art 13 RGPD).** Responsable: Clínica Ejemplo S.L. "
        "Contacto DPD:\n"
    )
    (name,) = [r for r in eurefs.extract(text) if r.kind == "short_form"]
    assert (name.text, name.celex, name.lang, name.pinpoint) == (
        "RGPD",
        "32016R0679",
        "es",
        "Art 13",
    )


def test_italian_consent_form_cites_the_gdpr_article_without_its_dot() -> None:
    # a consent check box of an Italian web form in a public repository (find_string
    # 'art 13 del Regolamento UE 2016/679'): the article was left out
    text = (
        "* Dichiaro ai sensi dell’ex art 13 del Regolamento UE 2016/679 di aver preso visione della"
    )
    (act,) = [r for r in eurefs.extract(text, short_forms=False) if r.kind == "legal_act"]
    assert (act.text, act.celex, act.lang, act.pinpoint) == (
        "Regolamento UE 2016/679",
        "32016R0679",
        "it",
        "art 13",
    )
