"""A pinpoint before a defined term written with a capital after an article's ordinal dot
(Croatian ``članka 287. Direktive o PDV-u``): the term's oblique case continues the
pinpoint (``eurefs.grammar.pinpoint_search.oblique_type_words``), its nominative starts a
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
