"""Popular names that national texts (lawyers' pages, claim services, privacy guides) give
two acts, read in the texts of this session's audit of non-EUR-Lex writing: the air
passenger rights regulation's German names and English acronyms, the e-privacy
directive's French and German short titles (the sources are in
eurefs/data/popular_names.json)."""

from __future__ import annotations

import functools

import pytest

from tests.support.short_form_mentions import mentions

_names = functools.partial(mentions, how="popular_name")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # passagierrechte.org (pages corpus); was nothing (a name right before its
        # citation in brackets is not read: 'nach der Fluggastrechteverordnung (VO (EG) Nr.
        # 261/2004)')
        ("Die europäische Fluggastrechteverordnung VO-EG Nr. 261/2004 als Rechtsgrundlage "
         "des Ausgleichszahlungsanspruchs bestimmt immer das ausführende "
         "Luftfahrtunternehmen als Anspruchsgegner.",
         [("Fluggastrechteverordnung", "32004R0261", None)]),
        # anwaltskanzlei-bielefeld.com (pages corpus); was nothing
        ("Anwendbar ist die Fluggastrechte-Verordnung auf alle Flüge.",
         [("Fluggastrechte-Verordnung", "32004R0261", None)]),
        # a flight-claims service's text in a public repository (id 48472104757)
        ("Gemäß der EU-Fluggastrechteverordnung (EG 261/2004) gibt es nur in bestimmten "
         "Fällen Anspruch auf Entschädigung:",
         [("EU-Fluggastrechteverordnung", "32004R0261", None)]),
        # with its article (the wording of the federal flight-claims service, id 31194282950,
        # the number left out)
        ("gemäß Art. 7 der Fluggastrechteverordnung von der beklagten Partei",
         [("Fluggastrechteverordnung", "32004R0261", "Art. 7")]),
        # the Federal Court of Justice's short name glued to VO, as ipwiki.de gives its
        # headnotes under the regulation's title (pages corpus); was nothing
        ("Der Begriff „direkte Anschlussflüge“ im Sinne von Art. 2 Buchst. h FluggastrechteVO "
         "kann auch einen Beförderungsvorgang erfassen",
         [("FluggastrechteVO", "32004R0261", "Art. 2 Buchst. h")]),
        # Austrian writing: the journal Zak's 'Fluggäste-VO' (Zak 2010/10, 360.lexisnexis.at;
        # pages corpus); was nothing
        ("Nach Ansicht der Autorin stehen im Fall von Flugannullierungen aufgrund der "
         "Vulkanaschegefahr keine Ausgleichszahlungen nach der Fluggäste-VO zu, weil der "
         "Ausnahmetatbestand des Art 5 Abs 3 (Vorliegen außergewöhnlicher, nicht vermeidbarer "
         "Umstände) erfüllt ist.",
         [("Fluggäste-VO", "32004R0261", None)]),
        # a claims tool's data in a public repository (id 52643876333): the UK's copy is
        # not read
        ("UK Air Passenger Rights Regulations (UK261) apply — the post-Brexit equivalent "
         "of EU261 with identical compensation amounts in GBP.",
         [("EU261", "32004R0261", None)]),
        # the same regulation under the Community's initials, 'EC261': a compensation
        # checker in a public repository (id 52751853326, its result naming 'EC261/2004');
        # was nothing
        ("Your flight was cancelled. Under EC261, you are entitled to compensation unless "
         "the airline informed you at least 14 days before departure.",
         [("EC261", "32004R0261", None)]),
        # id 67058109836; was the treaty article 'Article 7 EC' (the digits a footnote call)
        ("Article 7 of EC261/2004 sets the compensation by distance alone: EUR 250 for "
         "flights of 1500 km or less",
         [("EC261", "32004R0261", "Article 7")]),
        # id 66972917126; was nothing
        ("IMPORTANT: Under EC261/2004, airlines may refuse compensation if the delay or "
         "cancellation was caused by extraordinary circumstances beyond their control.",
         [("EC261", "32004R0261", None)]),
        # insight.npaconseil.com, 2017 (pages corpus); was nothing
        ("Les deux affaires posaient la question de la conformité de ces obligations à la "
         "directive vie privée et communications électroniques[2], qui pose le principe de "
         "la confidentialité des communications électroniques.",
         [("directive vie privée et communications électroniques", "32002L0058", None)]),
        # a public repository's course text (id 71269759079); was nothing
        ("Für Cookies gilt in erster Linie eine andere Vorschrift: Art. 5 Abs. 3 der "
         "Datenschutzrichtlinie für elektronische Kommunikation (ePrivacy-Richtlinie), "
         "Richtlinie 2002/58/EG.",
         [("Datenschutzrichtlinie für elektronische Kommunikation", "32002L0058",
           "Art. 5 Abs. 3")]),
        ("Die ePrivacy-Richtlinie regelt das Setzen von Cookies.",
         [("ePrivacy-Richtlinie", "32002L0058", None)]),
    ],
)  # fmt: skip
def test_a_national_texts_name_of_an_act(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert _names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the UK's retained copy is no EU act (id 52643876333)
        "UK Air Passenger Rights Regulations (UK261) apply to flights from London.",
        "Pursuant to The Air Passenger Rights Regulations (UK261), I claim compensation.",
        # the regulation proposed to replace the directive (COM(2017) 10)
        "Die geplante ePrivacy-Verordnung ist noch nicht verabschiedet.",
        "Die Fluggastrechte gelten nach der Verordnung.",
        # other figures after the initials: no name (nor in a longer code)
        "Article 7 EC26 applies.",
        "The part number EC2610 was replaced.",
        "See the form EC261A for the claim.",
    ],
)
def test_no_name(text: str) -> None:
    assert _names(text) == []
