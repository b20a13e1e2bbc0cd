"""National bodies named after an act's number with the words of the EU's institutions
(``eurefs/grammar/national_acts.py``; the records' ``national_names`` and
``national_author_words``): a central bank's board, a national commission "for"
something, a body of the state named with the state's name.  No EU act; the EU's own
institutions in the same place keep theirs."""

from __future__ import annotations

import pytest

from tests.support.extracted import extracted


def _acts(text: str) -> list[tuple[str, str | None]]:
    return extracted(text, "text", "celex", kind="legal_act")


@pytest.mark.parametrize(
    "text",
    [
        # Irish: the Central Bank of Ireland (its words start as the ECB's do: ``Ceannais``
        # is no domain ``CE``), a national commission, the Government (were 32003R0001)
        "Faoi Rialachán Uimh. 1/2003 an Bhainc Ceannais na hÉireann",
        "Faoi Rialachán Uimh. 1/2003 an Bhanc Ceannais na hÉireann",
        "Faoi Rialachán Uimh. 1/2003 an Choimisiúin um Chearta an Duine na hÉireann",
        "Faoi Rialachán Uimh. 1/2003 Rialtas na hÉireann",
        # Slovenian: national commissions (were 32003R0001)
        "v skladu z Uredbo št. 1/2003 Komisije za vrednostne papirje",
        "v skladu z Uredbo št. 1/2003 Komisije za preprečevanje korupcije",
        "v skladu z Uredbo št. 1/2003 Državne revizijske komisije za revizijo",
        # Greek: the Bank of Greece's board and executive committee (were decisions of
        # agreement bodies, without CELEX)
        "την απόφαση αριθ. 12/2010 του Διοικητικού Συμβουλίου της Τράπεζας της Ελλάδος",
        "την απόφαση αριθ. 12/2010 της Εκτελεστικής Επιτροπής της Τράπεζας της Ελλάδος",
        "ΑΠΟΦΑΣΗ ΑΡΙΘ. 12/2010 ΤΗΣ ΕΚΤΕΛΕΣΤΙΚΗΣ ΕΠΙΤΡΟΠΗΣ ΤΗΣ ΤΡΑΠΕΖΑΣ ΤΗΣ ΕΛΛΑΔΟΣ",
        "τον κανονισμό αριθ. 1/2003 του Συμβουλίου της Κεντρικής Τράπεζας της Κύπρου",
        # Czech, Slovak, Croatian: the securities commission, broadcasting councils
        "podle nařízení č. 1/2003 Komise pro cenné papíry",
        "podle rozhodnutí č. 1/2010 Rady pro rozhlasové a televizní vysílání",
        "podľa nariadenia č. 1/2003 Rady pre vysielanie a retransmisiu",
        "prema Odluci br. 1/2010 Vijeća za elektroničke medije",
        "prema Uredbi br. 1/2003 Komisije za vrijednosne papire",
        "prema Uredbi br. 1/2003 Vijeća Hrvatske narodne banke",
        # Romanian: the National Bank's board (the Council's word, then its name)
        "Regulamentul nr. 1/2003 al Consiliului de administrație al Băncii Naționale a României",
        # Maltese: a commission of Malta
        "Regolament Nru 1/2003 tal-Kummissjoni għas-Servizzi Finanzjarji ta' Malta",
        # Spanish: the Bank of Spain (``Central`` is no domain ``CE`` either); Polish: the
        # interior minister (``Wewnętrznych`` is no domain ``WE``)
        "Reglamento 1/2003 del Banco Central de España",
        "zgodnie z rozporządzeniem nr 1/2003 Ministra Spraw Wewnętrznych",
    ],
)
def test_a_national_body_after_the_number_makes_no_eu_act(text: str) -> None:
    assert _acts(text) == []


@pytest.mark.parametrize(
    ("text", "celex"),
    [
        ("Faoi Rialachán Uimh. 1/2003 an Choimisiúin", "32003R0001"),
        ("Faoi Rialachán Uimh. 1/2003 an Bhainc Ceannais Eorpaigh", "32003R0001"),
        ("Faoi Rialachán Uimh. 1/2003 ón gComhairle", "32003R0001"),
        ("v skladu z Uredbo št. 1/2003 Komisije", "32003R0001"),
        ("v skladu z Uredbo št. 1/2003 Komisije (ES)", "32003R0001"),
        ("v skladu z Uredbo št. 1/2003 Evropske komisije", "32003R0001"),
        ("v skladu z Uredbo št. 1/2003 Komisije z dne 16. decembra 2002", "32003R0001"),
        ("v skladu z Uredbo (ES) št. 1/2003 Komisije za vrednostne papirje", "32003R0001"),
        ("τον κανονισμό αριθ. 1/2003 του Συμβουλίου", "32003R0001"),
        ("τον κανονισμό αριθ. 1/2003 της Ευρωπαϊκής Κεντρικής Τράπεζας", "32003R0001"),
        ("podle nařízení č. 1/2003 Rady", "32003R0001"),
        ("podľa nariadenia č. 1/2003 Komisie", "32003R0001"),
        ("prema Uredbi br. 1/2003 Vijeća", "32003R0001"),
        ("Regulamentul nr. 1/2003 al Consiliului", "32003R0001"),
        ("Regolament Nru 1/2003 tal-Kunsill", "32003R0001"),
        ("Reglamento 1/2003 del Consejo", "32003R0001"),
        ("Reglamento 1/2003 del Banco Central Europeo", "32003R0001"),
        ("zgodnie z rozporządzeniem nr 1/2003 Rady", "32003R0001"),
        ("zgodnie z rozporządzeniem nr 1/2003 Rady (WE)", "32003R0001"),
    ],
)
def test_an_eu_institution_after_the_number_keeps_the_celex(text: str, celex: str) -> None:
    assert [c for _, c in _acts(text)] == [celex]


@pytest.mark.parametrize(
    "text",
    [
        # association councils: the state's name joined to the EU's (no body of the state)
        "την απόφαση αριθ. 1/2000 του Συμβουλίου Σύνδεσης ΕΟΚ-Κύπρου",
        "την απόφαση αριθ. 1/2010 της Μεικτής Επιτροπής του ΕΟΧ",
        "podle rozhodnutí č. 1/2010 Rady pro přidružení EU-Ukrajina",
        "podľa rozhodnutia č. 1/2010 Rady pre stabilizáciu a pridruženie",
        "prema Odluci br. 1/80 Vijeća za pridruživanje",
    ],
)
def test_an_agreement_body_stays_one(text: str) -> None:
    assert [c for _, c in _acts(text)] == [None]


def test_a_later_bare_citation_of_the_national_number_is_no_eu_act() -> None:
    text = (
        "v skladu z Uredbo št. 1/2003 Komisije za vrednostne papirje se določi. "
        "Uredba št. 1/2003 velja od 1. januarja."
    )
    assert _acts(text) == []
