"""An act's number before the title that cites it by date, as EUR-Lex titles decisions and
recommendations numbered year first (``grammar/leading_numbers``).

Real titles as Harvard Dataverse's copy of EUR-Lex lists them (doi:10.7910/DVN/0EGYWY;
pages corpus): the number was nothing, the dated citation after it a reference without
CELEX.
"""

from __future__ import annotations

import pytest

import eurefs

TEXTILES = (
    "Name: 93/97/EEC: Council Decision of 9 February 1993 on the conclusion of the Protocol "
    "maintaining in force the Arrangement regarding international trade in textiles (MFA)\n"
    " Type: Decision"
)
OIL_SEEDS = (
    "Name: 94/87/EC: Council Decision of 20 December 1993 concerning the conclusion of "
    "Agreements in the form of Agreed Minutes on certain oil seeds between the European "
    "Community and Argentina, Brazil, Canada, Poland, Sweden and Uruguay"
)


def _acts(text: str) -> list[tuple[str, str | None, str]]:
    return [
        (r.text, r.celex, r.normalized)  # type: ignore[attr-defined]
        for r in eurefs.extract(text)
        if r.kind == "legal_act"
    ]


def test_the_number_before_a_dated_title() -> None:
    assert _acts(TEXTILES) == [("93/97/EEC", "31993D0097", "Decision 93/97/EEC")]
    # (the date's year is the one before the number's)
    assert _acts(OIL_SEEDS) == [("94/87/EC", "31994D0087", "Decision 94/87/EC")]


def test_its_normal_form_parses_again() -> None:
    assert eurefs.parse("Decision 93/97/EEC").celex == "31993D0097"


def test_not_after_a_word() -> None:
    # a heading naming two acts: the number is the directive's, the decision its own
    text = "Directive 2000/60/EC: Commission Decision of 5 May 2010 amending"
    assert [a[0] for a in _acts(text)] == [
        "Directive 2000/60/EC",
        "Commission Decision of 5 May 2010",
    ]
    text = "see 93/97/EEC: Council Decision of 9 February 1993 on the conclusion"
    assert _acts(text) == [
        ("Council Decision of 9 February 1993", None, "Council Decision of 9 February 1993")
    ]


def test_only_a_number_with_its_domain_after_it() -> None:
    # (a court's or a body's numbering: no domain)
    text = "Name: 93/97: Council Decision of 9 February 1993 on the conclusion"
    assert [a[1] for a in _acts(text)] == [None]


# EUR-Lex's titles in other languages (pages corpus): the number was nothing, as the
# dated citation after it names a decision, which those languages' dated citations leave out
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # EUR-Lex 31991D0304, French
        ("91/304/CEE: Décision de la Commission, du 17 décembre 1990, relative aux aides "
         "accordées par le gouvernement allemand et le gouvernement du Land de Bavière",
         ("91/304/CEE", "31991D0304", "décision 91/304/CEE")),
        # EUR-Lex 31992D0389, French, as admi.net copies it
        ("92/389/CEE: Décision de la Commission, du 25 juillet 1990, relative aux aides "
         "d'État prévues par les décrets- lois n° 174 du 15 mai 1989",
         ("92/389/CEE", "31992D0389", "décision 92/389/CEE")),
        # EUR-Lex 32000D0237, German
        ("2000/237/EG: Entscheidung der Kommission vom 22. Dezember 1999 über die "
         "Beihilferegelung, die Spanien im Wirtschaftsjahr 1997/98 zugunsten der",
         ("2000/237/EG", "32000D0237", "Beschluss 2000/237/EG")),
        # EUR-Lex 31991D0128, Dutch, as inenuitvoer.sdu.nl gives it
        ("91/128/EEG: Beschikking van de Commissie van 15 februari 1991 inzake een "
         "procedure op grond van artikel 85 van het EEG-Verdrag (IV/31.559 - Sippa)",
         ("91/128/EEG", "31991D0128", "Besluit 91/128/EEG")),
        # EUR-Lex 32002D0759, Spanish and Danish (the institution first)
        ("2002/759/CE: Decisión de la Comisión, de 5 de diciembre de 2001, relativa a un "
         "procedimiento de aplicación del artículo 81 del Tratado CE",
         ("2002/759/CE", "32002D0759", "Decisión 2002/759/CE")),
        ("2002/759/EF: Kommissionens beslutning af 5. december 2001 om en procedure efter "
         "EF-traktatens artikel 81 (Sag COMP/37800/F3 — Luxembourgske bryggerier)",
         ("2002/759/EF", "32002D0759", "afgørelse 2002/759/EF")),
        # EUR-Lex 31991D0391, Greek
        ("91/391/ΕΟΚ: Απόφαση της Επιτροπής της 26ης Μαρτίου 1991 περί των ενισχύσεων",
         ("91/391/ΕΟΚ", "31991D0391", "απόφαση 91/391/ΕΟΚ")),
    ],
)  # fmt: skip
def test_the_number_before_a_title_in_other_languages(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert _acts(text)[0] == expected
    assert eurefs.parse(expected[2]).celex == expected[1]


def test_a_dated_title_in_other_languages_is_the_number_alone() -> None:
    # (a recommendation, which French dated citations read: one reference, not two)
    text = "92/131/CEE: Recommandation de la Commission, du 27 novembre 1991, sur la protection"
    assert _acts(text) == [("92/131/CEE", "31992H0131", "recommandation 92/131/CEE")]


def test_not_before_an_agreement_bodys_decision() -> None:
    # (EUR-Lex 22006D0111's title, as eumonitor.eu gives it: the number is no sector-3
    # act's; the decision's own number follows the type word, no date)
    text = "2006/111/EC: Decision No 6/2005 of the ACP-EC Council of Ministers of 22 November 2005"
    assert [a[:2] for a in _acts(text)] == [
        ("Decision No 6/2005 of the ACP-EC Council of Ministers", None)
    ]


def test_not_after_a_word_nor_with_another_languages_domain() -> None:
    text = "Richtlinie 2000/60/EG: Entscheidung der Kommission vom 5. Mai 2010"
    assert [a[0] for a in _acts(text)] == ["Richtlinie 2000/60/EG"]
    assert _acts("91/304/EWG: Décision de la Commission") == []
    # (a title starts with a capital)
    assert _acts("91/304/CEE: décision de la Commission") == []


# The Official Journal's table of contents on EUR-Lex heads each decision with its number on
# a line of its own, then a star, then the title (pages corpus): the numbers were nothing
_CS_L_310_2011 = (  # OJ L 310 of 25 November 2011, Czech (OJ:L:2011:310:FULL)
    "10\n\n \n\n \n\n2011/753/EU\n\n \n\n*\n\nRozhodnutí Komise ze dne 18. listopadu 2011, kterým"
    " se zavádí pravidla a metody výpočtu pro ověření dodržování cílů stanovených v čl. 11 odst."
    " 2 směrnice Evropského parlamentu a Rady 2008/98/ES (oznámeno pod číslem K(2011) 8165)\n\n"
    "11\n\n \n\n \n\n2011/754/EU\n\n \n\n*\n\nProváděcí rozhodnutí Komise ze dne 22. listopadu"
    " 2011, kterým se provádí směrnice Evropského parlamentu a Rady 2009/103/ES"
)
_FR_L_252_2011 = (  # OJ L 252 of 28 September 2011, French (OJ:L:2011:252:FULL)
    "ACCORDS INTERNATIONAUX\n\n \n\n \n\n2011/637/UE\n\n \n\n*\n\nDécision du Conseil du 26"
    " septembre 2011 modifiant et prorogeant la période d’application de la décision"
    " 2007/641/CE relative à la conclusion des consultations avec la République des Îles Fidji"
)
_PT_L_199_2012 = (  # OJ L 199 of 26 July 2012, Portuguese (OJ:L:2012:199:FULL)
    "15\n\n \n\n \n\n2012/432/UE\n\n \n\n*\n\nDecisão de Execução da Comissão, de 24 de julho de"
    " 2012, relativa ao reconhecimento do regime REDcert para fins de demonstração do"
    " cumprimento dos critérios de sustentabilidade nos termos das Diretivas 98/70/CE e"
    " 2009/28/CE do Parlamento Europeu e do Conselho"
)
# (German writes the Union's domain as English does, ``/EU``: the German record lacked it, so
# the number above a German title was nothing)
_DE_L_324_2011 = (  # OJ L 324 of 7 December 2011, German (OJ:L:2011:324:FULL)
    "INTERNATIONALE ÜBEREINKÜNFTE\n\n \n\n \n\n2011/808/EU\n\n \n\n*\n\nBeschluss des Rates vom"
    " 5. Dezember 2011 zur Änderung und zur Verlängerung der Geltungsdauer des Beschlusses"
    " 2010/371/EU des Rates über die Einstellung des Konsultationsverfahrens mit der Republik"
    " Madagaskar nach Artikel 96 des AKP-EU-Partnerschaftsabkommens"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_DE_L_324_2011, [("2011/808/EU", "32011D0808", "Beschluss 2011/808/EU")]),
        (_CS_L_310_2011, [("2011/753/EU", "32011D0753", "rozhodnutí 2011/753/EU"),
                          ("2011/754/EU", "32011D0754", "prováděcí rozhodnutí 2011/754/EU")]),
        (_FR_L_252_2011, [("2011/637/UE", "32011D0637", "décision 2011/637/UE")]),
        # (a subtype after the type word: ``de Execução``)
        (_PT_L_199_2012, [("2012/432/UE", "32012D0432", "Decisão de Execução 2012/432/UE")]),
    ],
)  # fmt: skip
def test_the_number_above_a_title_in_the_journals_contents(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    numbered = [a for a in _acts(text) if a[0] in {e[0] for e in expected}]
    assert numbered == expected
    for _, celex, normal in expected:
        assert eurefs.parse(normal).celex == celex


# The section's heading right above the first number (pages corpus): OJ L 199 of 26 July 2012
# and OJ L 179 of 11 July 2012, Portuguese (OJ:L:2012:199:FULL, OJ:L:2012:179:FULL)
_PT_HEADED = [
    (
        "produtos hortícolas\n\n4\n\n \n\n \n\nDECISÕES\n\n \n\n \n\n2012/430/UE\n\n \n\n*\n\n"
        "Decisão do Conselho, de 26 de junho de 2012, relativa à posição a tomar, em nome da "
        "União Europeia, na Comissão Mista UE-EFTA",
        ("2012/430/UE", "32012D0430", "Decisão 2012/430/UE"),
    ),
    (
        "produtos hortícolas\n\n13\n\n \n\n \n\nDECISÕES\n\n \n\n \n\n2012/368/UE, Euratom\n\n \n\n"
        "*\n\nDecisão do Parlamento Europeu e do Conselho, da Comissão, do Tribunal de Justiça "
        "da União Europeia, do Tribunal de Contas, do Comité Económico e Social Europeu e do "
        "Comité das Regiões, de 29 de junho de 2012, que altera a Decisão 2009/496/CE, Euratom",
        ("2012/368/UE, Euratom", "32012D0368", "Decisão 2012/368/UE,Euratom"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), _PT_HEADED)
def test_a_heading_above_the_number_is_not_in_its_span(
    text: str, expected: tuple[str, str, str]
) -> None:
    """The heading in capitals and the number were one span (``DECISÕES\\n\\n \\n\\n \\n\\n
    2012/430/UE``): the type word and the number of a citation, a paragraph break
    between.  The heading still types the number; the span is the number alone."""
    assert _acts(text)[0] == expected
