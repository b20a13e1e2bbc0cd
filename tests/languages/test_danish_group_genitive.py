"""Danish as the Court's judgments write it: the legislators in the group genitive
(``Europa-Parlamentet og Rådets direktiv``, the -s on the last author only: ``authors``,
``legislator_forms``), and a list's later article after the governing ``af`` repeated
(``fortolkningen af artikel 2, litra a), og af artikel 7, litra f), i``:
``pinpoints.list_links``)."""

from __future__ import annotations

import pytest

from tests.support.extracted import extracted


def _acts(text: str) -> list[tuple[str, str | None, str | None]]:
    return extracted(text, "text", "celex", "pinpoint", kind="legal_act")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Breyer, C-582/14, paragraph 1 (docplayer.dk 140605581): was 'Rådets direktiv
        # 95/46/EF' and no pinpoint
        ("1 Anmodningen om præjudiciel afgørelse vedrører fortolkningen af artikel 2, litra "
         "a), og af artikel 7, litra f), i Europa-Parlamentet og Rådets direktiv 95/46/EF af "
         "24. oktober 1995 om beskyttelse af fysiske personer.",
         ("Europa-Parlamentet og Rådets direktiv 95/46/EF", "31995L0046",
          "artikel 2, litra a), og af artikel 7, litra f)")),
        # a privacy notice (find_string id 40643040616): was 'Rådets direktiv 95/46/EF'
        ("behandlet i lande, hvis lovgivning ikke anses at yde tilstrækkelig beskyttelse af "
         "personoplysninger i henhold til Europa-Parlamentet og Rådets direktiv 95/46/EF af 24. "
         "oktober 1995", ("Europa-Parlamentet og Rådets direktiv 95/46/EF", "31995L0046", None)),
        # the legislators' decision numbered number first takes its CELEX with them
        ("Europa-Parlamentet og Rådets afgørelse nr. 1082/2013/EU",
         ("Europa-Parlamentet og Rådets afgørelse nr. 1082/2013/EU", "32013D1082", None)),
    ],
)  # fmt: skip
def test_the_court_s_danish(text: str, expected: tuple[str, str, str | None]) -> None:
    assert _acts(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # 'og af' beginning another phrase joins no article to the act's pinpoint
        "Kommissionen har anvendt artikel 5 og af artiklen følger, at direktiv 95/46/EF gælder",
        "under henvisning til artikel 5 og af hensyn til direktiv 95/46/EF",
    ],
)
def test_no_list_across_another_phrase(text: str) -> None:
    assert [pin for _, _, pin in _acts(text)] == [None]
