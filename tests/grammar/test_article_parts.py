"""An article's part, a capital after its word, in a pinpoint before the act (the Sixth VAT
Directive's Article 13 A, B, C as the Court's Czech and Slovak write them: ``čl. 13 části A
odst. 1 písm. n)``, ``článku 13 časti C``, and the Italian and Spanish: ``articolo 13, parte A,
paragrafo 1``, ``artículo 13, parte A, apartado 1``), and a pinpoint after an act and a comma that a
square bracket closes (the Court's summaries: ``[Směrnice Rady 77/388, čl. 13 část A odst. 1
písm. e)]``)."""

from __future__ import annotations

import pytest

import eurefs
from tests.support.extracted import extracted


def _acts(text: str) -> list[tuple[str, str | None, str | None]]:
    return extracted(text, "text", "celex", "pinpoint", kind="legal_act")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the Opinion of AG Bot in C-592/15 British Film Institute, taxlawapp.eu, Czech: the
        # keyword's pinpoint after the act and a dash was read already, the one before was none
        ("„Daň z přidané hodnoty – Šestá směrnice 77/388/EHS – Článek 13 část A odst. 1 písm. "
         "n) – Osvobození poskytování určitých kulturních služeb od daně“\n\n1.        V "
         "projednávané věci má Soudní dvůr upřesnit působnost čl. 13 části A odst. 1 písm. n) "
         "šesté směrnice 77/388/EHS(2). Toto ustanovení stanoví",
         [("směrnice 77/388/EHS", "31977L0388", "Článek 13 část A odst. 1 písm. n)"),
          ("směrnice 77/388/EHS", "31977L0388", "čl. 13 části A odst. 1 písm. n)")]),
        # the summary of C-401/05 VDP Dental Laboratory, EUR-Lex 62005CJ0401_SUM, Czech: the
        # provisions under the keyword in square brackets (the point's bracket was cut: 'písm.
        # e'), then the summary's first sentence
        ("Osvobození od daně stanovená šestou směrnicí\n\n[Směrnice Rady 77/388, čl. 13 část A "
         "odst. 1 písm. e)]\n\nSummary\n\nČlánek 13 část A odst. 1 písm. e) šesté směrnice Rady "
         "č. 77/388 o harmonizaci právních předpisů členských států týkajících se daní z obratu, "
         "ve znění směrnice 95/7, musí být vykládán v tom smyslu",
         [("Směrnice Rady 77/388", "31977L0388", "čl. 13 část A odst. 1 písm. e)"),
          ("směrnice Rady č. 77/388", "31977L0388", "Článek 13 část A odst. 1 písm. e)"),
          ("směrnice 95/7", "31995L0007", None)]),
        # the Opinion of AG Geelhoed in C-269/03 Kirchberg, taxlawapp.eu, Slovak
        ("1.        Toto konanie sa týka výkladu ustanovení článku 13 časti C šiestej smernice "
         "Rady 77/388/EHS zo 17. mája 1977 o zosúladení právnych predpisov členských štátov",
         [("smernice Rady 77/388/EHS", "31977L0388", "článku 13 časti C")]),
        # the same Opinion in Italian and Spanish (taxlawapp.eu): each pinpoint was None
        ("«Imposta sul valore aggiunto – Sesta direttiva 77/388/CEE – Articolo 13, parte A, "
         "paragrafo 1, lettera n) – Esenzione di talune prestazioni di servizi culturali»\n\n1.  "
         "      Nella presente causa, la Corte è invitata a precisare la portata dell’articolo 13, "
         "parte A, paragrafo 1, lettera n), della sesta direttiva 77/388/CEE (2). Tale "
         "disposizione prevede",
         [("direttiva 77/388/CEE", "31977L0388", "Articolo 13, parte A, paragrafo 1, lettera n)"),
          ("direttiva 77/388/CEE", "31977L0388", "articolo 13, parte A, paragrafo 1, lettera n)")]),
        ("«Impuesto sobre el valor añadido — Sexta Directiva 77/388/CEE — Artículo 13, parte A, "
         "apartado 1, letra n) — Exención de determinadas prestaciones de servicios culturales»"
         "\n\n1.        En el presente asunto, se pide al Tribunal de Justicia que precise el "
         "alcance del artículo 13, parte A, apartado 1, letra n), de la Sexta Directiva "
         "77/388/CEE. (2) Dicha disposición prevé",
         [("Directiva 77/388/CEE", "31977L0388", "Artículo 13, parte A, apartado 1, letra n)"),
          ("Directiva 77/388/CEE", "31977L0388", "artículo 13, parte A, apartado 1, letra n)")]),
        # the summary of C-407/07, taxlawapp.eu, Spanish: the part and apartado abbreviated
        # after the act and a comma, in square brackets; was None
        ("Exenciones previstas en la Sexta Directiva\n\n[Directiva 77/388/CEE del Consejo, "
         "art. 13, parte A, ap. 1, letra f)]\n\nEl artículo 13, parte A, apartado 1, letra f), "
         "de la Directiva 77/388, Sexta Directiva en materia de armonización",
         [("Directiva 77/388/CEE", "31977L0388", "art. 13, parte A, ap. 1, letra f)"),
          ("Directiva 77/388", "31977L0388", "artículo 13, parte A, apartado 1, letra f)")]),
        # Slovenian, the part's capital in brackets before the paragraph's (the Opinion of AG
        # Bot in C-592/15, taxlawapp.eu, SL; a proposal for a Council decision, op.europa.eu,
        # SL): each was None
        ("„Davek na dodano vrednost – Šesta direktiva 77/388/EGS – Člen 13(A)(1)(n) – "
         "Oprostitve določenih kulturnih storitev“\n\n1.        V tej zadevi je Sodišče "
         "pozvano, naj pojasni obseg člena 13(A)(1)(n) Šeste direktive 77/388/EGS.(2) Ta člen "
         "določa",
         [("direktiva 77/388/EGS", "31977L0388", "Člen 13(A)(1)(n)"),
          ("direktive 77/388/EGS", "31977L0388", "člena 13(A)(1)(n)")]),
        ("z odstopanjem od člena 5(6) in člena 11(A)(1)(b) Direktive 77/388/EGS o usklajevanju",
         [("Direktive 77/388/EGS", "31977L0388", "člena 5(6) in člena 11(A)(1)(b)")]),
        # Croatian, the part's capital after the article's ordinal dot, then a subdivision's
        # word; the ordinal declined with the directive (the Opinion of AG Bot in C-592/15,
        # taxlawapp.eu, HR): each was None
        ("„Porez na dodanu vrijednost – Šesta direktiva 77/388/EEZ – Članak 13. A stavak 1. "
         "točka (n) – Izuzeće isporuke određenih kulturnih usluga“\n\n1.        U predmetnom se "
         "slučaju od Suda zahtijeva da precizira doseg članka 13. A stavka 1. točke (n) Šeste "
         "direktive 77/388/EEZ(2). Ta odredba predviđa",
         [("direktiva 77/388/EEZ", "31977L0388", "Članak 13. A stavak 1. točka (n)"),
          ("direktive 77/388/EEZ", "31977L0388", "članka 13. A stavka 1. točke (n)")]),
    ],
)  # fmt: skip
def test_the_part_is_in_the_pinpoint(text: str, expected: list) -> None:
    assert _acts(text) == expected


@pytest.mark.parametrize(
    ("text", "pinpoint"),
    [
        # a point's bracket before the square bracket that closes the provisions (the same
        # summary's form without the part)
        ("[Směrnice Rady 77/388, čl. 13 odst. 1 písm. e)]", "čl. 13 odst. 1 písm. e)"),
        # a pinpoint after a comma still ends where the citation goes on ('a' joins the next act)
        ("[Smernica Rady 77/388, článok 13 ods. 1 a smernica 95/7]", None),
    ],
)
def test_a_square_bracket_closes_the_pinpoint(text: str, pinpoint: str | None) -> None:
    assert eurefs.extract(text)[0].pinpoint == pinpoint


@pytest.mark.parametrize(
    "text",
    [
        # a capital after a pinpoint's word that starts the next sentence, not the act's part
        "podľa článku 13 ods. 2. A smernica 77/388/EHS sa neuplatní",
        # a conjunction in small letters before an ordinal act is no part (as before)
        "článku 2 ods. 1 a druhej smernice 84/5/EHS",
        # Italian, Spanish: the word alone, no article before it, is prose
        "la parte A della direttiva 77/388/CEE",
        "la parte A de la Directiva 77/388/CEE",
        "articolo 5 e parte della direttiva 77/388/CEE",
        # a point's letter in capitals where the citation is not stays none (as before): only
        # a paragraph's bracket after it makes it a part
        "Article 6(1)(A) of Directive 95/46/EC",
        "Article 13(A) of Directive 77/388/EEC",
        # Croatian: a capital after the article's dot that starts the next sentence
        "u smislu članka 13. A Sud je presudio da Direktiva 77/388/EEZ ne",
    ],
)
def test_no_part(text: str) -> None:
    assert all(r.pinpoint is None for r in eurefs.extract(text))
