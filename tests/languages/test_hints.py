"""``eurefs.languages.hints``: a reference's language among those that write it alike."""

from __future__ import annotations

import eurefs
from eurefs.languages.hints import hint_table, pick

# -- an acronym in capitals is no lower-case hint word --

#: An English compliance page (regulome.io, as the project's audit read it): the
#: Colorado bill and the EU act one under the other, line breaks and all.
REGULOME = (
    "Compliance deadlines tracked by Regulome.\nCO SB 24-205\nEU AI Act\nReg. 2024/1689\n"
    "The EU AI Act entered into force on 1 August 2024."
)


def test_an_acronym_in_capitals_is_no_italian_word() -> None:
    """``AI`` (artificial intelligence) is no Italian ``ai``: ``Reg. 2024/1689`` after
    ``EU AI Act`` is English (was ``regolamento 2024/1689``, Italian)."""
    refs = [r for r in eurefs.extract(REGULOME) if r.text == "Reg. 2024/1689"]
    assert [(r.lang, r.normalized) for r in refs] == [("en", "Regulation 2024/1689")]
    assert pick(["en", "it", "pt"], "CO SB 24-205 EU AI Act ") == "en"
    # no hint at all: the preference decides
    assert pick(["it", "pt"], "CO SB 24-205 EU AI Act ", prefer=["pt"]) == "pt"


def test_a_hint_word_capitalised_or_in_a_heading_still_tells() -> None:
    """A sentence's first word (``Ai sensi``), a word of four letters or more in capitals
    (``DELLA``) and a record's own word in capitals (the authors' ``BCE``) still tell."""
    assert pick(["en", "it", "pt"], "Ai sensi dell'articolo 6 del ") == "it"
    assert pick(["en", "it", "pt"], "ai sensi dell'articolo 6 del ") == "it"
    assert pick(["en", "it", "pt"], "AI SENSI DELLA ") == "it"
    assert "BCE" in hint_table() and "fr" in hint_table()["BCE"]
    assert pick(["en", "fr"], "la BCE ") == pick(["en", "fr"], "la bce ") == "fr"


def test_italian_ai_sensi_keeps_the_reference_italian() -> None:
    text = "Ai sensi dell'articolo 6 del Reg. 2016/679, il trattamento è lecito."
    (ref,) = [r for r in eurefs.extract(text) if r.kind == "legal_act"]
    assert (ref.lang, ref.normalized) == ("it", "regolamento 2016/679")


# -- a tie of shared words goes to the text further back --

#: The judgment of 26 January 2023, V.S., C-205/21 (EU:C:2023:49), its heading and
#: keywords in Finnish (EUR-Lex, CELEX 62021CJ0205, FI).
C_205_21_FI = (
    "UNIONIN TUOMIOISTUIMEN TUOMIO (viides jaosto)\n\n26 päivänä tammikuuta 2023\n\n"
    "Ennakkoratkaisupyyntö – Luonnollisten henkilöiden suojelu henkilötietojen "
    "käsittelyssä – Direktiivi 2016/680 – 4 artiklan 1 kohdan a, b ja c alakohta – "
    "Henkilötietojen käsittelyyn liittyvät periaatteet – Tarkoitusten rajoittaminen"
)


def test_a_finnish_keyword_line_is_finnish_by_its_date() -> None:
    """``Direktiivi 2016/680`` is Finnish or Estonian; the words after it share only
    ``ja``, and the date above the keywords (``tammikuuta``) tells Finnish, with its
    pinpoint after the act (was Estonian ``direktiiv 2016/680``, by the registry order)."""
    (ref,) = [r for r in eurefs.extract(C_205_21_FI) if r.kind == "legal_act"]
    assert (ref.lang, ref.normalized) == ("fi", "direktiivi 2016/680")
    assert ref.pinpoint == "4 artiklan 1 kohdan a, b ja c alakohta"


def test_a_tie_goes_to_the_wider_text_among_the_tied_only() -> None:
    wider = "26. jaanuar 2023 " + "x " * 5
    assert pick(["et", "fi"], "– ", after=" ja ", wider=lambda: wider) == "et"
    assert pick(["fi", "et"], "– ", after=" ja ", wider=lambda: "26 päivänä tammikuuta ") == "fi"
    # a candidate that lost by a word next to the reference keeps lost
    assert pick(["fi", "et", "en"], "ning ", wider=lambda: "tammikuuta ning ") == "et"
    # a lead of a word far off gives way to the paragraph's words, not to those across a
    # blank line (the scanner's view writes it as two spaces)
    far = "ning " + "x " * 6
    assert pick(["fi", "et"], far, wider=lambda: "tammikuuta " * 3 + far) == "fi"
    assert pick(["fi", "et"], far, wider=lambda: "tammikuuta " * 3 + "\n\n" + far) == "et"
    assert pick(["fi", "et"], far, wider=lambda: "tammikuuta " * 3 + "  " + far) == "et"


def test_estonian_keeps_estonian() -> None:
    """Estonian words before the act (``kohaselt``, ``ning``) keep it Estonian, and a
    shared ``ja`` with an Estonian date further back does too."""
    assert pick(["et", "fi"], "ning direktiivi ") == "et"
    text = (
        "EUROOPA KOHTU OTSUS (viies koda)\n\n26. jaanuar 2023\n\nEelotsusetaotlus – "
        "Füüsiliste isikute kaitse isikuandmete töötlemisel – Direktiivi 2016/680 – "
        "artikli 4 lõike 1 punktid a, b ja c"
    )
    refs = [r for r in eurefs.extract(text) if r.kind == "legal_act"]
    assert [r.lang for r in refs] == ["et"]


# -- a lead of one word far from the reference gives way to its paragraph --

#: A Spanish paragraph (after the Tribunal Constitucional's wording, 'interpone recurso de
#: amparo constitucional, en nombre y representación de [...], frente a la Sentencia de 6 de
#: abril de 1987, dictada por la Sala Quinta del Tribunal Supremo [...], por presunta
#: vulneración de los derechos reconocidos', hj.tribunalconstitucional.es/en/Resolucion/Show/1240,
#: the remedy a casación's: an amparo is a mark of the Constitution, whose CE is no treaty;
#: the citation as 'extramuros del art. 24.1 CE', portalcientifico.unav.edu; pages corpus).
AMPARO = (
    "El recurrente interpone recurso de casación, en nombre y representación de la empresa, "
    "frente a la Sentencia de 6 de abril de 1987, dictada por la Sala Quinta del Tribunal "
    "Supremo, por presunta vulneración de los derechos reconocidos en la ley. "
)


def _articles(text: str) -> list[tuple[str, str, str]]:
    refs = eurefs.extract(text)
    return [(r.text, r.lang, r.normalized) for r in refs if r.kind == "treaty_article"]


def test_a_spanish_paragraph_keeps_its_citation_spanish() -> None:
    """``art. 24.1 CE`` after words that tell Portuguese or Italian far from it (``nos``,
    ``e``: no hints of the Spanish record) in a Spanish paragraph is Spanish (was
    Portuguese, ``artigo 24.1 CE``: the paragraph counted only on a tie).  The Constitution's
    ``art. 24.1 CE`` is no treaty's in such a paragraph (no word of the Union's writing near:
    tests/grammar/test_treaty_national_abbreviations); the TFEU's shows the same choice."""
    sentence = "Nada nos priva de una tutela judicial plena e inmediata (art. 267 TFUE)."
    assert _articles(AMPARO + sentence) == [("art. 267 TFUE", "es", "artículo 267 TFUE")]
    # alone, nothing tells Spanish
    assert _articles(sentence)[0][1] == "pt"
    # across a blank line the paragraph above turns no lead
    assert _articles(AMPARO + "\n\n" + sentence)[0][1] == "pt"


def test_the_spanish_le_and_no_are_spanish_words() -> None:
    """The pronoun and the negation are hints of the Spanish record too: ``le`` told
    French alone, ``no`` Portuguese (was ``article 24.1 CE`` and ``artigo 24.1 CE``; the
    Constitution's article, now no treaty's: the TFEU's shows the same choice)."""
    for sentence in (
        "Vulnera el derecho que le asiste a la tutela judicial efectiva (art. 267 TFUE).",
        "Esto no da lugar a la tutela judicial efectiva (art. 267 TFUE).",
    ):
        assert _articles(sentence) == [("art. 267 TFUE", "es", "artículo 267 TFUE")]
    table = hint_table()
    assert {"es", "fr", "it"} <= table["le"] and "es" in table["les"]
    assert {"es", "pt"} <= table["no"]


def test_a_french_paragraph_keeps_its_citation_french() -> None:
    """The same citation in French prose stays French, and a Spanish paragraph across a
    blank line (a text of several documents) turns no French lead."""
    french = (
        "Le tribunal a rejeté le recours du requérant contre la décision de la Commission. "
        "Il invoque le droit que lui confère la tutelle (art. 24.1 CE)."
    )
    assert _articles(french) == [("art. 24.1 CE", "fr", "article 24.1 CE")]
    spanish = "Procede desestimar el recurso de casación interpuesto por el demandante."
    assert _articles(spanish + "\n\n" + french)[-1][1] == "fr"


def test_a_document_after_another_keeps_its_language() -> None:
    """A Romanian judgment's heading after a Portuguese text (the development texts
    joined): its month keeps ``Directiva 2003/88/CE`` Romanian, the Portuguese words
    across the blank line turn no lead (Curtea de Justiție, C-282/10 Dominguez; the
    corpus-ro development text)."""
    text = (
        "Regulamento (UE) 2018/1682 da Comissão, de 5 de novembro de 2018, que proíbe a pesca "
        "do carapau-chileno na zona da Convenção SPRFMO pelos navios que arvoram o pavilhão "
        "da Polónia\n\n\nHOTĂRÂREA CURȚII (Marea Cameră)\nianuarie 2012 ( *1 )\n"
        "Politica socială — Directiva 2003/88/CE — Articolul 7 — Dreptul la concediul anual"
    )
    (ref,) = [r for r in eurefs.extract(text) if r.text == "Directiva 2003/88/CE"]
    assert (ref.lang, ref.pinpoint) == ("ro", "Articolul 7")


# -- a single letter that labels a heading or a point, or an initial, is no word --

#: Opinion of Advocate General Tizzano in Case C-168/05, Mostaza Claro (27 April 2006;
#: BAILII's copy, beta.bailii.org/eu/cases/EUECJ/2006/C16805.html): the headings of
#: its legal framework, one under the other.
MOSTAZA_CLARO = (
    "is raised for the first time by the consumer in the application for annulment.\n"
    'I - Legal framework\nA - Community law\nDirective 93/13\n3. In order to "facilitate '
    'the establishment of the internal market"'
)


def test_a_headings_letter_is_no_french_a() -> None:
    """``A - Community law`` labels a heading: its ``A`` is no French (or Romanian)
    ``a``; the heading's ``Directive 93/13`` is English (was ``directive 93/13``, fr)."""
    (ref,) = eurefs.extract(MOSTAZA_CLARO)
    assert (ref.text, ref.lang, ref.normalized) == ("Directive 93/13", "en", "Directive 93/13")
    assert pick(["en", "fr", "ro"], "composed of A. Tizzano, President, ") == "en"
    assert pick(["en", "fr", "ro"], "A - Community law\n") == "en"
    assert pick(["en", "fr", "ro"], "within the meaning of point (a) or ") == "en"


def test_a_single_letter_word_still_tells() -> None:
    """The word ``a`` itself, no label (``A Comissão``, French ``a adopté la``), still
    counts."""
    assert pick(["en", "pt"], "A Comissão adotou a ") == "pt"
    assert pick(["en", "fr"], "la Commission a adopté la ") == "fr"
    assert pick(["en", "fr", "ro"], "elle a ") == "fr"


def test_a_romanian_noun_s_ending_tells_romanian() -> None:
    """``-ție``, ``-ții`` (and the cedilla's ``ţ``) end Romanian nouns only
    ('Regulamentul General privind Protecţia Datelor', primdata.ro): a heading's
    ``Dispoziții – Directiva 2003/88/CE`` is Romanian (was Spanish, the registry's first of
    those that write the directive alike)."""
    for heading in ("Dispoziții – Directiva 2003/88/CE", "Dispoziţii – Directiva 2003/88/CE"):
        (ref,) = eurefs.extract(heading)
        assert (ref.text, ref.lang) == ("Directiva 2003/88/CE", "ro")
    (ref,) = eurefs.extract("Disposiciones – Directiva 2003/88/CE")
    assert ref.lang == "es"
