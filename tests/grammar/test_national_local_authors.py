"""National and local authors of acts numbered N/YYYY (``eurefs/grammar/national_acts.py``
and, for Hungarian, ``legal_acts_number_first.py``; the records' ``national_author_words``
and ``national_authors_before``): a city council, a minister, a regulator or a central
bank's board or governor.  Each gave an EU act's CELEX (32003R0001); the EU's own
institutions written in the same places keep theirs."""

from __future__ import annotations

import pytest

from tests.support.extracted import extracted


def _acts(text: str) -> list[tuple[str, str | None]]:
    return extracted(text, "text", "celex", kind="legal_act")


@pytest.mark.parametrize(
    "text",
    [
        # Polish: the author after the number in small letters, or carrying on 'Rady'
        "Rozporządzenie nr 1/2003 Rady miasta Krakowa",
        "Rozporządzenie nr 1/2003 Rady miasta Krakowa z dnia 5 maja 2003",
        "rozporządzenie nr 1/2003 Rady gminy Kraków",
        "rozporządzenie nr 1/2003 rady gminy Kraków",
        "rozporządzenie nr 1/2003 rady powiatu",
        "rozporządzenie nr 1/2003 Rady m.st. Warszawy",
        "rozporządzenie nr 1/2003 ministra zdrowia",
        "rozporządzenie nr 1/2003 prezesa Urzędu Regulacji Energetyki",
        "rozporządzenie nr 1/2003 wojewody mazowieckiego",
        # Bulgarian: national commissions and councils, authors in small letters
        "Регламент № 1/2003 на Комисията за публичен надзор над регистрираните одитори",
        "Регламент № 1/2003 на Комисията по енергийно регулиране",
        "Регламент № 1/2003 на Комисията по хазарта",
        "Регламент № 1/2003 на Съвета на директорите",
        "Регламент № 1/2003 на министъра на финансите",
        "Регламент № 1/2003 на управителя на БНБ",
        "Регламент № 1/2003 на общинския съвет",
        # Hungarian: the author before the number of its decree
        "a Magyar Nemzeti Bank 1/2003 rendelete",
        "a Magyar Nemzeti Bank elnökének 1/2003 rendelete",
        "a Kormány 1/2003 rendelete",
        "az egészségügyi miniszter 1/2003 rendelete",
        "Budapest Főváros Közgyűlésének 1/2003 rendelete",
        # Lithuanian: the Bank of Lithuania's board; Estonian: the Bank of Estonia's Governor
        "Lietuvos banko valdybos reglamentas Nr. 1/2003",
        "Eesti Panga presidendi määrus nr 1/2003",
    ],
)
def test_a_national_author_makes_no_eu_act(text: str) -> None:
    assert _acts(text) == []


@pytest.mark.parametrize(
    ("text", "celex"),
    [
        ("rozporządzenie Rady (WE) nr 1/2003", "32003R0001"),
        ("rozporządzenie nr 1/2003 Rady", "32003R0001"),
        ("rozporządzenie nr 1/2003 Rady z dnia 16 grudnia 2002 r.", "32003R0001"),
        ("rozporządzenia nr 1/2003 Rady w sprawie wprowadzenia w życie", "32003R0001"),
        ("rozporządzenie nr 1/2003 Rady Wspólnot Europejskich", "32003R0001"),
        ("rozporządzenie nr 1/2003 Parlamentu Europejskiego i Rady", "32003R0001"),
        ("zgodnie z rozporządzeniem nr 1/2003 Komisji", "32003R0001"),
        ("rozporządzeniem Komisji (UE) nr 1/2003", "32003R0001"),
        ("Регламент № 1/2003 на Съвета", "32003R0001"),
        ("Регламент № 1/2003 на Съвета на Европейския съюз", "32003R0001"),
        ("Регламент № 1/2003 на Комисията от 16 декември 2002 г.", "32003R0001"),
        ("a Tanács 1/2003 rendelete", "32003R0001"),
        ("a Tanács 1/2003/EK rendelete", "32003R0001"),
        ("az Európai Központi Bank 1/2003 rendelete", "32003R0001"),
        ("az Európai Központi Bank elnökének 1/2003 rendelete", "32003R0001"),
        ("az Európai Parlament és a Tanács 2016/679 rendelete", "32016R0679"),
        ("a 2016/679 rendelet", "32016R0679"),
        ("Komisijos reglamentas (ES) Nr. 1/2003", "32003R0001"),
        ("Tarybos reglamentas (EB) Nr. 1/2003", "32003R0001"),
        ("Europos centrinio banko valdybos reglamentas Nr. 1/2003", "32003R0001"),
        ("Euroopa Keskpanga presidendi määrus nr 1/2003", "32003R0001"),
        ("komisjoni määrus nr 1/2003", "32003R0001"),
    ],
)
def test_an_eu_author_keeps_the_celex(text: str, celex: str) -> None:
    assert [c for _, c in _acts(text)] == [celex]
