"""An act number that runs on with a hyphen and an issuer's capitals is another
organisation's identifier, no EU act (``eurefs/grammar/legal_act_numbers.py``): the
Central African Economic and Monetary Community (CEMAC) numbers its acts ``N/YY`` then
its bodies' initials and the session (``n° 05/19-UEAC-010 A-CM-33``)."""

from __future__ import annotations

import pytest

from tests.support.extracted import extracted


def _acts(text: str) -> list[tuple[str, str | None]]:
    return extracted(text, "text", "celex", kind="legal_act")


@pytest.mark.parametrize(
    "text",
    [
        # CEMAC's customs code regulation of 8 April 2019, in a public repository's database
        # dump (find_string '-UEAC-'): was Regulation 05/19 (legal_act, no CELEX)
        "A propos du règlement n° 05/19-UEAC-010 A-CM-33 du 8 avril 2019 portant révision du "
        "Code des douanes de la Communauté",
        # a CEMAC decision on log exports and a CEMAC regulation, in notes in public
        # repositories (find_string '-UEAC-'): were Decision 06/24, Regulation 03/21
        "- **Log-export ban (decisive for the timber beachhead):** CEMAC Decision No. "
        "06/24-UEAC-225-CM-41 (23 Feb 2024) mandates a progressive ban on unprocessed-log "
        "exports",
        "CEMAC (règlement N°03/21-CEMAC-UEAC-CM-36, 27 Jan 2021)",
        # a decision of the CEMAC's livestock, meat and fisheries commission (CEBEVIRHA) on a
        # document it issues, in a public repository (find_string 'la décision n° 1'): was
        # Decision 1/94
        "Sa création et sa mise en circulation sont encadrées par l'Acte N° 31/84-UDEAC-413 du "
        "19 décembre 1984 à Brazzaville, puis par la Décision N° 1/94-CEBEVIRHA-018-CE-29 du 16 "
        "mars 1994.",
    ],
)
def test_a_number_run_on_with_an_issuers_capitals_is_no_eu_act(text: str) -> None:
    assert _acts(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (UNCONFIRMED forms, guards) a domain after the hyphen, a German compound
        ("Richtlinie 95/46-EG gilt", [("Richtlinie 95/46", "31995L0046")]),
        ("nach der VO 1/2003-Novelle", [("VO 1/2003", "32003R0001")]),
        # a suffix before the hyphen: the number has ended
        (
            "Richtlinie 93/42/EWG-Konformitätsbewertung",
            [("Richtlinie 93/42/EWG", "31993L0042")],
        ),
    ],
)
def test_eu_numbers_before_a_hyphen_stay(text: str, expected: list[tuple[str, str]]) -> None:
    assert _acts(text) == expected
