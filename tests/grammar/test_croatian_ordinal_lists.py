"""Croatian pinpoints listing numbers with their ordinal dots and commas (``članci 2., 12. i
13.``, ``stavci 1., 3. i 6.``): ``pinpoint_numbers`` takes the dot before a list's comma or a
closing bracket, and the record the plural of ``stavak`` (``stavci``, ``stavaka``)."""

from __future__ import annotations

import pytest

from tests.support.extracted import extracted


def _pinpoints(text: str) -> list[str | None]:
    return extracted(text, "pinpoint", kind="legal_act")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the key words of the Opinion in C-230/14 (EUR-Lex 62014CC0230) and of its judgment
        # (curia): was None
        ("„Zaštita osobnih podataka — Direktiva 95/46/EZ — Članak 4. stavak 1. i članak 28. "
         "stavci 1., 3. i 6. — Nadzornik podataka s poslovnim nastanom“",
         "Članak 4. stavak 1. i članak 28. stavci 1., 3. i 6."),
        # the key words of C-141/12 (EUR-Lex ECLI:EU:C:2014:2081, Croatian): was None
        ("„Zahtjev za prethodnu odluku — Zaštita fizičkih osoba u vezi s obradom osobnih "
         "podataka — Direktiva 95/46/EZ — Članci 2., 12. i 13. — Pojam ‚osobnih podataka’“",
         "Članci 2., 12. i 13."),
        # the summary of C-230/14 (curia), a comma pinpoint closed by its bracket: was
        # 'čl. 28. st. 1', the list cut at its first number
        ("Žalba podnesena nadzornom tijelu (Direktiva 95/46 Europskog parlamenta i Vijeća, "
         "čl. 28. st. 1., 3., 4. i 6.)",
         "čl. 28. st. 1., 3., 4. i 6."),
        # before the act, the plural in the genitive (the Rules of Procedure of the European
        # Parliament in Croatian write 'članka 7. stavaka 1. i 2. Akta od 20. rujna 1976.')
        ("Zahtjev se odnosi na tumačenje članka 28. stavaka 1. i 2. Direktive 95/46/EZ o "
         "zaštiti pojedinaca",
         "članka 28. stavaka 1. i 2."),
        # the ordinal dot before a blank, as before
        ("tumačenje članka 3. stavka 1. Direktive 95/46/EZ o zaštiti pojedinaca",
         "članka 3. stavka 1."),
    ],
)  # fmt: skip
def test_a_list_of_ordinals_is_the_pinpoint(text: str, expected: str) -> None:
    assert _pinpoints(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # a number with its dot before a comma and a word is no list (a date's year)
        "Direktiva 95/46/EZ od 24. listopada 1995., kako je izmijenjena",
        # a sentence ending in a number: the act after it is no pinpoint's
        "Uzimajući u obzir stavak 3. Direktiva 95/46/EZ propisuje",
    ],
)
def test_no_pinpoint(text: str) -> None:
    assert _pinpoints(text) == [None]
