"""The German anaphor ``der oben genannten Verordnung`` ("of the regulation named above"),
as German texts refer back to an act cited before: the determiners ``der oben genannten``,
``die oben genannte`` ... of ``eurefs.languages.de``."""

from __future__ import annotations

import pytest

from tests.support.extracted import extracted


def _anaphors(text: str) -> list[tuple[str, str | None, str | None]]:
    return extracted(text, "text", "celex", "pinpoint", kind="short_form", how="anaphor")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the Federal Statistical Office's description of the WZ 2008 (klassifikationsserver.de,
        # as a public repository quotes it); each anaphor was nothing
        ("Sie berücksichtigt die NACE Rev. 2, die mit der Verordnung (EG) Nr. 1893/2006 des "
         "Europäischen Parlaments und des Rates vom 20. Dezember 2006 (ABl. EG Nr. L 393 S. 1)"
         " veröffentlicht wurde. Die Zustimmung der Europäischen Kommission gemäß Artikel 4, "
         "Absatz 3, der oben genannten Verordnung liegt vor. Die Anwendung der WZ 2008 für "
         "statistische Zwecke ergibt sich aus Artikel 8 der oben genannten Verordnung.",
         [("der oben genannten Verordnung", "32006R1893", "Artikel 4, Absatz 3"),
          ("der oben genannten Verordnung", "32006R1893", "Artikel 8")]),
        # Delegated Regulation (EU) 2018/389, Article 5(3)(a), German (as a public repository
        # quotes it), after the directive it cites
        ("gemäß der Richtlinie (EU) 2015/2366 gilt: Bei einem kartengebundenen Zahlungsvorgang,"
         " für den der Zahler nach Artikel 75 Absatz 1 der oben genannten Richtlinie seine "
         "Zustimmung erteilt hat", [("der oben genannten Richtlinie", "32015L2366",
                                     "Artikel 75 Absatz 1")]),
        ("Die Richtlinie 2000/78/EG des Rates gilt. Die oben genannte Richtlinie ist anwendbar.",
         [("Die oben genannte Richtlinie", "32000L0078", None)]),
    ],
)  # fmt: skip
def test_der_oben_genannten(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert _anaphors(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the plural names several acts (a public repository's labelling text)
        "Die Verordnung (EU) 2016/679 und die Verordnung (EU) 2018/1725 gelten. Eine "
        "Kennzeichnung gemäß der oben genannten Verordnungen besteht nicht.",
        # no act cited before: a policy, not an EU act (Microsoft's German docs)
        "Mit der oben genannten Richtlinie wird Folgendes überprüft: die Enclave.",
    ],
)
def test_no_anaphor(text: str) -> None:
    assert _anaphors(text) == []
