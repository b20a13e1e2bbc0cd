"""A page that gives one article of an act, headed by its number on a line of its own, is
that act's text: its ``this Regulation`` is the act itself, no anaphor of an act it cites
(``short_forms/legislative``).

The GDPR's Article 2 in Slovene, as privacykit.it gives it (pages corpus): ``te uredbe`` and
``Ta uredba`` gave Regulation (EC) No 45/2001, the regulation cited just before, though
both are the GDPR itself.  The records' markers knew an act by its Article 1's heading only
(``Člen 1``); any article's heading now tells it.
"""

from __future__ import annotations

import eurefs

# privacykit.it/igdpr/index.php?lang=SL (the GDPR, Article 2; pages corpus)
ARTICLE_2 = (
    "Člen 2\n\nPodročje uporabe\n\n1.   Ta uredba se uporablja za obdelavo osebnih podatkov v "
    "celoti ali delno z avtomatiziranimi sredstvi in za drugačno obdelavo kakor z "
    "avtomatiziranimi sredstvi za osebne podatke, ki so del zbirke ali so namenjeni "
    "oblikovanju dela zbirke.\n\n3.   Za obdelavo osebnih podatkov s strani institucij, "
    "organov, uradov in agencij Unije se uporablja Uredba (ES) št. 45/2001. Uredba (ES) št. "
    "45/2001 in drugi pravni akti Unije, ki se uporabljajo za tako obdelavo osebnih "
    "podatkov, se prilagodijo načelom in pravilom iz te uredbe v skladu s členom 98.\n\n"
    "4.   Ta uredba ne posega v uporabo Direktive 2000/31/ES, zlasti v uporabo pravil o "
    "odgovornosti posrednih ponudnikov storitev iz členov 12 do 15 navedene direktive.\n\n"
    "Člen 3\n\nOzemeljska veljavnost\n"
)


def test_this_regulation_in_an_articles_page_is_no_anaphor() -> None:
    refs = [(r.text, r.celex) for r in eurefs.extract(ARTICLE_2) if r.kind == "short_form"]
    assert ("te uredbe", "32001R0045") not in refs
    assert ("Ta uredba", "32001R0045") not in refs
    # ``navedene direktive`` ("that Directive") still points back
    assert ("navedene direktive", "32000L0031") in refs


def test_without_the_heading_this_regulation_stays_an_anaphor() -> None:
    # prose that discusses an act (no heading) reads ``ta uredba`` as "that regulation"
    prose = ARTICLE_2.replace("Člen 2\n\n", "").replace("Člen 3\n\n", "")
    refs = [(r.text, r.celex) for r in eurefs.extract(prose) if r.kind == "short_form"]
    assert ("te uredbe", "32001R0045") in refs
