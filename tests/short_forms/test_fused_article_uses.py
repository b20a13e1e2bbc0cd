"""A defined type word used after an article fused with its preposition (Spanish ``del
Reglamento``, Italian ``del Regolamento``), a definition after a title that repeals an
act with its article (``che abroga la direttiva 95/46/CE``), and the bare type word that
names another act by what follows it (``del Regolamento del Garante n. 1/2000``)."""

from __future__ import annotations

import eurefs

# The preamble of the Italian data protection authority's orders (Garante per la
# protezione dei dati personali, doc. web 9581028 and 9817535, as garanteprivacy.it
# publishes them; pages corpus), shortened.
GARANTE = (
    "VISTO il Regolamento (UE) 2016/679 del Parlamento europeo e del Consiglio del 27 aprile "
    "2016, relativo alla protezione delle persone fisiche con riguardo al trattamento dei dati "
    "personali, nonché alla libera circolazione di tali dati e che abroga la direttiva 95/46/CE, "
    "“Regolamento generale sulla protezione dei dati” (di seguito, “Regolamento”);\n\n"
    "VISTO il Regolamento n. 1/2019 concernente le procedure interne aventi rilevanza esterna, "
    "doc. web n. 9107633 (di seguito “Regolamento del Garante n. 1/2019”);\n\n"
    "Viste le osservazioni formulate dal segretario generale ai sensi dell’art. 15 del "
    "Regolamento del Garante n. 1/2000;\n\n"
    "Con il reclamo del 10 agosto 2021, presentato a questa Autorità ai sensi dell’art. 77 del "
    "Regolamento, il signor XX ha lamentato la ricezione di una comunicazione. Ai sensi "
    "dell’art. 58, par. 2, lett. i), del Regolamento, il Garante dispone."
)


def _uses(text: str) -> list[tuple[str, str | None, str | None]]:
    return [
        (r.text, r.celex, r.pinpoint)
        for r in eurefs.extract(text)
        if r.kind == "short_form" and r.how == "defined_term"
    ]


def test_garante_preamble_uses_of_the_regulation() -> None:
    assert _uses(GARANTE) == [
        ("Regolamento", "32016R0679", "art. 77"),
        ("Regolamento", "32016R0679", "art. 58, par. 2, lett. i)"),
    ]


def test_national_regulation_with_number_or_author_is_no_use() -> None:
    # the authority's own rules: a number after the word, or its name
    uses = _uses(GARANTE)
    assert all(r[2] != "art. 15" for r in uses)
    text = GARANTE + " VISTO il Regolamento n. 1/2019; l’art. 5 del Regolamento del Garante."
    assert len(_uses(text)) == 2


def test_eu_author_after_the_word_keeps_the_use() -> None:
    text = (
        "il regolamento (UE) 2016/679 (di seguito “regolamento”); ai sensi dell’art. 77 "
        "del regolamento del Consiglio."
    )
    assert _uses(text) == [("regolamento", "32016R0679", "art. 77")]


def test_italian_feminine_fused_article() -> None:
    text = (
        "la direttiva 2000/60/CE del Parlamento europeo e del Consiglio (di seguito «direttiva»); "
        "ai sensi dell’articolo 4 della direttiva, gli Stati membri."
    )
    assert _uses(text) == [("direttiva", "32000L0060", "articolo 4")]


def test_spanish_del_and_en_adelante() -> None:
    text = (
        "el Reglamento (UE) 2016/679 del Parlamento Europeo y del Consejo, de 27 de abril de "
        "2016 (en adelante, el «Reglamento»); conforme al artículo 77 del Reglamento, el "
        "reclamante."
    )
    assert _uses(text) == [("Reglamento", "32016R0679", "artículo 77")]


def test_spanish_en_lo_sucesivo_del() -> None:
    text = (
        "el Reglamento (UE) 2016/679 (en lo sucesivo, el «Reglamento»); conforme al artículo 77 "
        "del Reglamento, el reclamante."
    )
    assert _uses(text) == [("Reglamento", "32016R0679", "artículo 77")]


def test_spanish_rules_of_procedure_are_no_use() -> None:
    text = (
        "el Reglamento (UE) 2016/679 (en lo sucesivo, el «Reglamento»); el artículo 99 del "
        "Reglamento de Procedimiento del Tribunal de Justicia."
    )
    assert _uses(text) == []


def test_definition_after_repealed_act_with_its_article() -> None:
    # without the article's reading the repealed directive stood between
    text = (
        "el Reglamento (UE) 2016/679 del Parlamento Europeo y del Consejo, de 27 de abril de "
        "2016, relativo a la protección de las personas físicas y por el que se deroga la "
        "Directiva 95/46/CE, «Reglamento general de protección de datos» (en adelante, "
        "«Reglamento»); el artículo 6 del Reglamento."
    )
    assert _uses(text) == [("Reglamento", "32016R0679", "artículo 6")]


def test_directive_after_a_conjunction_and_article_is_no_title() -> None:
    # ``e la direttiva``: a second act, not a title's; the alias names the directive
    text = (
        "il regolamento (CE) n. 1/2003 e la direttiva 2000/60/CE (di seguito «direttiva»); "
        "l’articolo 4 della direttiva."
    )
    assert _uses(text) == [("direttiva", "32000L0060", "articolo 4")]
