"""The GDPR's Danish short title in its definite form, ``den generelle forordning om
databeskyttelse`` (the data file's ``da`` names, beside the title's ``generel forordning om
databeskyttelse``), as the Court's Danish names it. The text is point 1 of the Opinion of
Advocate General Bobek of 13 January 2021 in C-645/19 Facebook Ireland and Others, in Danish
as CURIA publishes it (the search tool's pages corpus), after its keyword line citing the
regulation by number. Before, the name was nothing and the type word in it, standing between
the citation and ``denne forordning``, made the anaphor doubtful: it gave nothing too."""

from __future__ import annotations

import eurefs

_BOBEK = (
    "»Anmodning om præjudiciel afgørelse – beskyttelse af fysiske personer i forbindelse med"
    " behandling af personoplysninger – forordning (EU) 2016/679 – artikel 55, 56, 58, 60, 61"
    " og 66 – tilsynsmyndigheder«\n\nI.      Indledning\n\n"
    "1.        Tillader den generelle forordning om databeskyttelse (2) (herefter"
    " »databeskyttelsesforordningen«), at en medlemsstats tilsynsmyndighed anlægger sag ved en"
    " domstol i den pågældende medlemsstat for en påstået overtrædelse af denne forordning i"
    " forbindelse med grænseoverskridende databehandling i tilfælde, hvor denne myndighed ikke"
    " er den ledende tilsynsmyndighed for denne behandling?"
)


def test_definite_short_title_and_the_anaphor_after_it() -> None:
    found = [r for r in eurefs.extract(_BOBEK) if r.kind == "short_form"]
    assert [(r.text, r.how, r.celex) for r in found] == [
        ("generelle forordning om databeskyttelse", "popular_name", "32016R0679"),
        ("denne forordning", "anaphor", "32016R0679"),
    ]
