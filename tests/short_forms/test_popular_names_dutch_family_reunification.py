"""Directive 2003/86/EC by its Dutch name, 'de Gezinsherenigingsrichtlijn'.

The Rechtbank Den Haag (ECLI:NL:RBDHA:2024:13381, as lexboost.com summarises it; pages
corpus) names it alone: 'artikel 7, tweede lid, van de Gezinsherenigingsrichtlijn' gave
nothing.  AG Kokott's Opinion in C-153/14 (ECLI:EU:C:2015:186, curia.europa.eu NL) defines
the name for the Directive: 'richtlijn 2003/86(2) inzake het recht op gezinshereniging
(hierna: „gezinsherenigingsrichtlijn”)'.
"""

from __future__ import annotations

import eurefs

SUMMARY = (
    "Eiseres, die in Qatar woont en getrouwd is met een Nederlandse man, betwist dat het "
    "inburgeringsvereiste in overeenstemming is met artikel 14 van het EVRM en artikel 7, "
    "tweede lid, van de Gezinsherenigingsrichtlijn."
)


def test_the_name_alone_with_its_pinpoint() -> None:
    (ref,) = [r for r in eurefs.extract(SUMMARY) if r.kind == "short_form"]
    assert (ref.text, ref.celex, ref.how, ref.pinpoint) == (  # type: ignore[attr-defined]
        "Gezinsherenigingsrichtlijn",
        "32003L0086",
        "popular_name",
        "artikel 7, tweede lid",
    )


def test_the_english_and_german_names() -> None:
    """A summary of Parliament v Council (C-540/03) in a public repository (find_string id
    63621138287) and a monograph on family reunification (nomos-elibrary.de; pages corpus):
    each name alone was nothing."""
    texts = {
        "Family Reunification Directive": (
            "The Parliament challenged provisions of the Family Reunification Directive "
            "allowing Member States to impose conditions. The CJEU upheld the Directive"
        ),
        "Familienzusammenführungsrichtlinie": (
            "Fünftes Kapitel: Die Familienzusammenführungsrichtlinie im Lichte der Grund- und "
            "Menschenrechte"
        ),
        "Familiennachzugsrichtlinie": (
            "Die Familiennachzugsrichtlinie rückte bereits kurz nach ihrem Inkrafttreten in den "
            "grund- und menschenrechtlichlichen Blickwinkel des EuGH."
        ),
    }
    for name, text in texts.items():
        found = [(r.kind, r.text, r.celex) for r in eurefs.extract(text)]
        assert found == [("short_form", name, "32003L0086")], found
