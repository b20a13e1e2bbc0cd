"""A decision numbered number first with a four-digit year and neither domain, author nor
EU author is a national court's or authority's in Italian, Polish, Czech and Swedish, and
another organisation's in Spanish (Mercosur's Common Market Council's)
(``eu_decisions_need_domain``, ``eurefs/grammar/national_numbers.py``): an EU act only
after the text has cited the number as one; the EU's own forms stay. A Bulgarian decision
qualified as interpretative (``national_qualifiers``) is a supreme court's."""

from __future__ import annotations

import pytest

from tests.support.extracted import extracted


def _acts(text: str) -> list[tuple[str, str | None]]:
    return extracted(text, "text", "celex", kind="legal_act")


@pytest.mark.parametrize(
    "text",
    [
        # The Court of Cassation's united sections (26 July 2011, n. 16245) on the Council
        # of State's decision, as gadit.it publishes the judgment (articolo/category/
        # Giurisprudenza/page/21736; pages corpus)
        "Su gravame della s.r.l. Wind Service, il Consiglio di Stato, con decisione n. "
        "2756/2010, ha rigettato il ricorso introduttivo del giudizio di primo grado.",
        # an application's message on the Court of Cassation's archive (a public
        # repository, find_string 'decisione n. 1')
        "La decisione n. 1399/1999 non è presente nell'archivio pubblico penale della Cassazione.",
        # a municipal decision appealed to the local government appeal board, in an
        # administrative-procedure application's fixtures (a public repository,
        # find_string 'decyzji nr 1')
        "actionRequired: 'Złożenie odwołania od decyzji nr 142/2026 do Samorządowego "
        "Kolegium Odwoławczego',",
        "{ id: 'att-1', title: 'Kopia zaskarżonej decyzji nr 142/2026', included: true },",
        # a housing community's decision in another repository's seed data (find_string
        # 'Decyzja nr 1/20')
        'NazwaDokumentu = "Decyzja nr 1/2018", TypDokumentu = "Decyzja", AutorDokumentu = '
        '"Wspólnota bloku"',
        # the Czech Energy Regulatory Office's price decisions, in an electricity tariff
        # calculator (a public repository, find_string 'rozhodnutí č. 1')
        "// Zdroj: ERÚ cenové rozhodnutí č. 13/2025 (VVN/VN), upraveno o pokles ~5,8 % pro 2026",
        "// Zdroje: ERÚ rozhodnutí 7/2023, 11/2024, SPČR analýza, ČEZ/EGD/PRE",
        # the Swedish National Mediation Office's Director-General's decision on a
        # mediation, in a case-management prototype for the office (a public repository,
        # find_string 'beslut nr ')
        '<Panel title="GD-beslut nr 12/2027 – uppladdat, ärende skapat automatiskt" '
        'tags={["FF-007"]}>',
        # Mercosur's Common Market Council's decisions: the OAS trade information system's
        # index of them (sice.oas.org/Trade/MRCSRS/Decisions/Indice.asp) and Argentina's
        # legal database's links of a norm (servicios.infoleg.gob.ar; pages corpus)
        "Decisión Nº004/2020 Procedimiento de tramitación sobre clasificación arancelaria de "
        "mercaderías en la nomenclatura común del MERCOSUR (derogación de la Decisión CMC N° "
        "03/03) Español Português PDF",
        "Decisión  13/2013   CONSEJO DEL MERCADO COMUN",
        "Decisión  18/1998 CONSEJO DEL MERCADO COMUN\n21-abr-1999 MERCOSUR\nFORO DE CONSULTA "
        "Y CONCERTACION POLITICA",
    ],
)
def test_a_bare_national_decision_number_is_no_eu_decision(text: str) -> None:
    assert _acts(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an EEA Joint Committee decision cited with its body, in the recitals of an EEA
        # decision (OJ L 325 of 2000, as prawo.pl publishes it, dz-u-ue-l-2000-325-43;
        # pages corpus)
        (
            "(1) Załącznik XXI do Porozumienia został zmieniony decyzją Wspólnego Komitetu "
            "EOG nr 14/1999 z dnia 29 stycznia 1999 r.(1)",
            [("decyzją Wspólnego Komitetu EOG nr 14/1999", None)],
        ),
        # EUR-Lex's titles of Decision No 1082/2013/EU (32013D1082, PL, CS, IT), then the
        # number bare, which the text has cited as the EU's
        (
            "Decyzja Parlamentu Europejskiego i Rady nr 1082/2013/UE z dnia 22 października "
            "2013 r. w sprawie poważnych transgranicznych zagrożeń zdrowia i uchylająca decyzję "
            "nr 2119/98/WE. Decyzja nr 1082/2013 stosuje się",
            [
                ("Decyzja Parlamentu Europejskiego i Rady nr 1082/2013/UE", "32013D1082"),
                ("decyzję nr 2119/98/WE", "31998D2119"),
                ("Decyzja nr 1082/2013", "32013D1082"),
            ],
        ),
        (
            "Rozhodnutí Evropského parlamentu a Rady č. 1082/2013/EU ze dne 22. října 2013 o "
            "vážných přeshraničních zdravotních hrozbách a o zrušení rozhodnutí č. 2119/98/ES. "
            "Rozhodnutí č. 1082/2013 se použije",
            [
                ("Rozhodnutí Evropského parlamentu a Rady č. 1082/2013/EU", "32013D1082"),
                ("rozhodnutí č. 2119/98/ES", "31998D2119"),
                ("Rozhodnutí č. 1082/2013", "32013D1082"),
            ],
        ),
        (
            "Decisione n. 1082/2013/UE del Parlamento europeo e del Consiglio, del 22 ottobre "
            "2013, relativa alle gravi minacce per la salute a carattere transfrontaliero e che "
            "abroga la decisione n. 2119/98/CE. La decisione n. 1082/2013 si applica",
            [
                ("Decisione n. 1082/2013/UE", "32013D1082"),
                ("decisione n. 2119/98/CE", "31998D2119"),
                ("decisione n. 1082/2013", "32013D1082"),
            ],
        ),
        (
            "Decisión n.º 1082/2013/UE del Parlamento Europeo y del Consejo, de 22 de octubre de "
            "2013, sobre las amenazas transfronterizas graves para la salud y por la que se "
            "deroga la Decisión n.º 2119/98/CE. La Decisión n.º 1082/2013 se aplica",
            [
                ("Decisión n.º 1082/2013/UE", "32013D1082"),
                ("Decisión n.º 2119/98/CE", "31998D2119"),
                ("Decisión n.º 1082/2013", "32013D1082"),
            ],
        ),
        # the same title in Swedish (EUR-Lex 32013D1082, SV), then the number bare
        (
            "Europaparlamentets och rådets beslut nr 1082/2013/EU av den 22 oktober 2013 om "
            "allvarliga gränsöverskridande hot mot människors hälsa och om upphävande av beslut "
            "nr 2119/98/EG. Beslut nr 1082/2013 ska tillämpas",
            [
                ("Europaparlamentets och rådets beslut nr 1082/2013/EU", "32013D1082"),
                ("beslut nr 2119/98/EG", "31998D2119"),
                ("Beslut nr 1082/2013", "32013D1082"),
            ],
        ),
        # the EEA Joint Committee's decision above as the Swedish edition names it
        (
            "Gemensamma EES-kommitténs beslut nr 14/1999 av den 29 januari 1999",
            [("Gemensamma EES-kommitténs beslut nr 14/1999", None)],
        ),
        # the Commission's decision numbered year first (EUR-Lex 32011D0278, PL)
        (
            "Decyzja Komisji 2011/278/UE z dnia 27 kwietnia 2011 r.",
            [("Decyzja Komisji 2011/278/UE", "32011D0278")],
        ),
    ],
)
def test_eu_decisions_stay(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _acts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the Bulgarian Supreme Court of Cassation's interpretative decision (its general
        # assembly's, 9 December 2013), as a Bulgarian case-law tool's tests quote the
        # label and the heading of its PDF (public repositories, find_string
        # 'решение № 1/20'); no EU decision is called interpretative
        'assert any(lbl.startswith("Тълкувателно решение № 1/2013") for lbl in labels)',
        'assert find_date("ТЪЛКУВАТЕЛНО РЕШЕНИЕ № 1/2013 гр. София, 9 декември 2013 год.")',
    ],
)
def test_an_interpretative_decision_is_national(text: str) -> None:
    assert _acts(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # EUR-Lex's Bulgarian forms (32013D1082, 32011D0278) and an association council's
        ("Решение № 1082/2013/ЕС на Европейския парламент и на Съвета", "32013D1082"),
        ("Решение 2011/278/ЕС на Комисията", "32011D0278"),
        ("Решение № 1/2014 на Съвета за асоцииране ЕС—Турция", None),
    ],
)
def test_bulgarian_eu_decisions_stay(text: str, expected: str | None) -> None:
    assert [celex for _, celex in _acts(text)] == [expected]
