"""An inserted article's number in a pinpoint, its letter after the ordinal's dot, as the
languages that write article numbers as ordinals number the articles inserted later:
Croatian ``članka 10.a`` before the act, Latvian ``10.a pantu`` after it
(``eurefs.grammar.pinpoint_numbers``, ``eurefs.grammar.act_pinpoints``), and the
letter of the language's own script glued to the number (Bulgarian ``член 10а``)."""

from __future__ import annotations

import pytest

import eurefs


@pytest.mark.parametrize(
    ("text", "act", "pinpoint"),
    [
        # the Opinion of AG Saugmandsgaard Øe in INEOS Köln (C-572/16, ECLI:EU:C:2017:896),
        # Croatian, points 1 and 3 (curia; pages corpus): was no pinpoint
        ("Verwaltungsgericht Berlin (Upravni sud u Berlinu, Njemačka) uputio je Sudu zahtjev za"
         " prethodnu odluku u pogledu tumačenja članka 10.a Direktive 2003/87/EZ(2) i Odluke"
         " 2011/278/EU(3).", "Direktive 2003/87/EZ", "članka 10.a"),
        ("Sud koji je uputio zahtjev pita Sud o usklađenosti takvog prekluzivnog roka s člankom"
         " 10.a Direktive 2003/87 i Odluke 2011/278.", "Direktive 2003/87", "člankom 10.a"),
        # (in a list after an ordinal: UNCONFIRMED in a Croatian text read)
        ("odstupanja od članaka 168. i 168.a Direktive 2006/112/EZ", "Direktive 2006/112/EZ",
         "članaka 168. i 168.a"),
        # Latvian after the act: 'Direktīvas 2003/87/EK [...] 3. panta h) punktu un 10.a pantu'
        # (the Opinion of AG Saugmandsgaard Øe in Ingredion, C-320/19, ECLI:EU:C:2020:486,
        # Latvian, point 1, its title clause left out): was '3. panta h) punktu'
        ("kā interpretēt Direktīvas 2003/87/EK 3. panta h) punktu un 10.a pantu, kā arī",
         "Direktīvas 2003/87/EK", "3. panta h) punktu un 10.a pantu"),
        ("Direktīvas 2003/87/EK 10.a pantu", "Direktīvas 2003/87/EK", "10.a pantu"),
        # the ordinal alone as before; no letter set apart, none glued to a further word
        ("članka 168. Direktive 2006/112/EZ", "Direktive 2006/112/EZ", "članka 168."),
        ("članka 10. a Direktive 2003/87/EZ", "Direktive 2003/87/EZ", None),
        ("članka 10.ab Direktive 2003/87/EZ", "Direktive 2003/87/EZ", None),
    ],
)  # fmt: skip
def test_an_inserted_article_after_the_ordinal_dot(
    text: str, act: str, pinpoint: str | None
) -> None:
    (ref,) = [r for r in eurefs.extract(text) if r.text == act]
    assert ref.pinpoint == pinpoint  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "act", "pinpoint"),
    [
        # the Opinion in INEOS Köln (C-572/16), Bulgarian, point 1 (curia; pages corpus):
        # the letter is Cyrillic; was no pinpoint
        ("отправя до Съда преюдициално запитване относно тълкуването на член 10а от Директива"
         " 2003/87/ЕО(2) и от Решение 2011/278/ЕС(3).", "Директива 2003/87/ЕО", "член 10а"),
        # exlege.bg's index of EU acts by article, the act right after (pages corpus)
        ("чл. 28а Директива 2003/87/ЕО - препратки от право на ЕС", "Директива 2003/87/ЕО",
         "чл. 28а"),
        # Greek, its letter Greek (UNCONFIRMED in a text read)
        ("του άρθρου 168α της οδηγίας 2006/112/ΕΚ", "οδηγίας 2006/112/ΕΚ", "άρθρου 168α"),
        # a letter set apart is none
        ("член 10 а от Директива 2003/87/ЕО", "Директива 2003/87/ЕО", None),
    ],
)  # fmt: skip
def test_an_inserted_article_in_the_language_s_own_script(
    text: str, act: str, pinpoint: str | None
) -> None:
    (ref,) = [r for r in eurefs.extract(text) if r.text == act]
    assert ref.pinpoint == pinpoint  # type: ignore[union-attr]
