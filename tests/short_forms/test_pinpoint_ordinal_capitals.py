"""A pinpoint before a defined term written with a capital after an article's ordinal dot
(Croatian ``članka 287. Direktive o PDV-u``): the term's oblique case continues the
pinpoint (``eurefs.grammar.pinpoint_edges.oblique_type_words``), its nominative starts a
sentence."""

from __future__ import annotations

import eurefs

# COM(2020) 617 final, explanatory memorandum, Croatian (EUR-Lex 52020PC0617; pages corpus)
_TEXT = (
    "U skladu s člankom 395. stavkom 1. Direktive Vijeća 2006/112/EZ od 28. studenoga 2006. o"
    " zajedničkom sustavu poreza na dodanu vrijednost 1 („Direktiva o PDV-u”) Vijeće,"
    " odlučujući jednoglasno na prijedlog Komisije, može odobriti bilo kojoj državi članici"
    " uvođenje posebnih mjera. Dopisom evidentiranim pri Komisiji 5. lipnja Malta je zatražila"
    " odobrenje za nastavak primjene mjere odstupanja od članka 287. Direktive o PDV-u do 31."
    " prosinca 2024. U skladu s člankom 395. stavkom 2. Direktive o PDV-u Komisija je dopisom"
    " od 12. lipnja 2020. obavijestila druge države članice o zahtjevu Malte."
)


def test_an_oblique_defined_term_after_the_ordinal_dot_takes_the_pinpoint() -> None:
    # (before: the two uses had no pinpoint)
    uses = [r for r in eurefs.extract(_TEXT) if r.kind == "short_form"]
    assert [(r.text, r.pinpoint, r.celex) for r in uses] == [  # type: ignore[union-attr]
        ("Direktive o PDV-u", "članka 287.", "32006L0112"),
        ("Direktive o PDV-u", "člankom 395. stavkom 2.", "32006L0112"),
    ]


def test_a_nominative_after_the_dot_starts_a_sentence() -> None:
    text = _TEXT + " Primjenjuje se članak 287. Direktiva o PDV-u propisuje izuzeće."
    last = [r for r in eurefs.extract(text) if r.kind == "short_form"][-1]
    assert (last.text, last.pinpoint) == ("Direktiva o PDV-u", None)  # type: ignore[union-attr]


# The Croatian data protection authority on the GDPR ('Obrada OIB-a stranke radi izdavanja
# računa', azop.hr, 19 April 2024; pages corpus) and a Croatian consultancy's note on it
# (biconsult.hr, 'Kad nadzorno tijelo krši GDPR'; pages corpus)
_AZOP = (
    "Uredba (EU) 2016/679 Europskog parlamenta i Vijeća od 27. travnja 2016. o zaštiti "
    "pojedinaca u vezi s obradom osobnih podataka i o slobodnom kretanju takvih podataka te o "
    "stavljanju izvan snage Direktive 95/46/EZ (Opća uredba o zaštiti podataka) je u cijelosti "
    "obvezujuća i izravno se primjenjuje u Republici Hrvatskoj od 25. svibnja 2018. godine.\n\n"
    "Načela obrade osobnih podataka, sukladno članku 5. Opće uredbe o zaštiti podataka, traže "
    "da osobni podaci moraju biti zakonito, pošteno i transparentno obrađivani. Člankom 6. "
    "stavkom 1. Opće uredbe o zaštiti podataka propisano je da je obrada zakonita samo ako"
)


def test_an_oblique_name_after_the_ordinal_dot_takes_the_pinpoint() -> None:
    # (before: none; the name's second word is the type word in the genitive)
    names = [r for r in eurefs.extract(_AZOP) if r.kind == "short_form"]
    assert [(r.text, r.pinpoint, r.celex) for r in names] == [  # type: ignore[union-attr]
        ("Opće uredbe o zaštiti podataka", "članku 5.", "32016R0679"),
        ("Opće uredbe o zaštiti podataka", "Člankom 6. stavkom 1.", "32016R0679"),
    ]


def test_an_acronym_with_a_case_ending_after_the_ordinal_dot_takes_the_pinpoint() -> None:
    # (before: none; 'iz članka 6. stavka 1. GDPR-a' as public repositories write it, the
    # hr record's alias_suffixes; 'Uvodna izjava 47. GDPR-a kaže slijedeće', biconsult.hr)
    for text, pinpoint in (
        ("na legitimni interes iz članka 6. stavka 1. GDPR-a.", "članka 6. stavka 1."),
        ("Uvodna izjava 47. GDPR-a kaže slijedeće:", "Uvodna izjava 47."),
    ):
        (name,) = [r for r in eurefs.extract(text) if r.kind == "short_form"]
        assert (name.text, name.pinpoint) == ("GDPR", pinpoint)  # type: ignore[union-attr]


def test_a_nominative_name_after_the_dot_starts_a_sentence() -> None:
    for text in (
        "Primjenjuje se članak 5. Opća uredba o zaštiti podataka propisuje načela.",
        "Primjenjuje se članak 5. GDPR propisuje načela.",
    ):
        (name,) = [r for r in eurefs.extract(text) if r.kind == "short_form"]
        assert name.pinpoint is None  # type: ignore[union-attr]
