"""The English plural marker ``Nos`` before the first number of a list of acts of one type
and domain (``Regulations (EEC) Nos 1408/71 and 574/72``): each member is an act, the
domain shared, and the marker in the normal form of a member read number first
(``eurefs.languages.en``: ``number_markers``; ``grammar/legal_act_numbers.make``)."""

from __future__ import annotations

import pytest

from tests.support.extracted import extracted


def _acts(text: str) -> list[tuple[str, str | None, str]]:
    return extracted(text, "text", "celex", "normalized", kind="legal_act")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the Court's keywords, as OJ C 106 of 30.4.2004 lists its judgment
        ("Additional levy on milk — Regulations (EEC) Nos 3950/92 and 536/93 — Reference "
         "quantities",
         [("Regulations (EEC) Nos 3950/92", "31992R3950", "Regulation (EEC) No 3950/92"),
          ("536/93", "31993R0536", "Regulation (EEC) No 536/93")]),
        # the Commission's survey of the Court's judgments on social security
        ("the important judgments which relate to Council Regulations (EEC) Nos 1408/71 and "
         "574/72.",
         [("Council Regulations (EEC) Nos 1408/71", "31971R1408", "Regulation (EEC) No 1408/71"),
          ("574/72", "31972R0574", "Regulation (EEC) No 574/72")]),
        # the same survey's singular marker before a list (was 'Regulation (EEC) 574/72')
        ("mentioned in the index of a judgment relating to Regulation (EEC) No 1408/71 or "
         "574/72.",
         [("Regulation (EEC) No 1408/71", "31971R1408", "Regulation (EEC) No 1408/71"),
          ("574/72", "31972R0574", "Regulation (EEC) No 574/72")]),
        # the marker of another language's record (EUR-Lex's titles: 'Verordnung (EWG)
        # Nr. 574/72'; the list as the survey writes it)
        ("die Verordnungen (EWG) Nr. 1408/71 und 574/72 gelten",
         [("Verordnungen (EWG) Nr. 1408/71", "31971R1408", "Verordnung (EWG) Nr. 1408/71"),
          ("574/72", "31972R0574", "Verordnung (EWG) Nr. 574/72")]),
        # a member read year first (since 2015) takes no marker; one written with its own
        # domain and no marker is kept as written
        ("Regulations (EU) No 1303/2013 and 2021/1060 apply",
         [("Regulations (EU) No 1303/2013", "32013R1303", "Regulation (EU) No 1303/2013"),
          ("2021/1060", "32021R1060", "Regulation (EU) 2021/1060")]),
        ("Regulations (EC) No 715/2007 and (EC) 595/2009 apply",
         [("Regulations (EC) No 715/2007", "32007R0715", "Regulation (EC) No 715/2007"),
          ("(EC) 595/2009", "32009R0595", "Regulation (EC) 595/2009")]),
        # no marker before the first: none after
        ("Directives 2016/680 and 2016/681 apply",
         [("Directives 2016/680", "32016L0680", "Directive 2016/680"),
          ("2016/681", "32016L0681", "Directive 2016/681")]),
    ],
)  # fmt: skip
def test_plural_marker_before_a_list(
    text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    assert _acts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the Court of Appeal's case numbers, no type word before the marker
        "Case Nos: A3/2008/1396, 1400 and 1401 ON APPEAL FROM COMMERCIAL COURT",
        # a marker without a type word before it
        "the issues Nos 12/2014 and 13/2014 of the magazine",
    ],
)
def test_plural_marker_without_a_type_word_is_nothing(text: str) -> None:
    assert _acts(text) == []
