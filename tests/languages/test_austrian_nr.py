"""'Nr' without its dot, as Austrian legal writing numbers a point ('Art 4 Nr 1 DSGVO'):
a pinpoint word of the German record, as 'Abs', 'lit' and 'Z' are."""

from __future__ import annotations

import pytest

import eurefs


@pytest.mark.parametrize(
    ("text", "span", "pinpoint", "celex"),
    [
        # the OGH's 6 Ob 127/20z as jusguide.at reports it (pages corpus); was None
        ("OGH: Art 4 Nr 1 DSGVO definiert „personenbezogene Daten“ als alle Informationen",
         "DSGVO", "Art 4 Nr 1", "32016R0679"),
        # Zak 2017/18 (360.lexisnexis.at; pages corpus); was None
        ("Im Fall eines Versendungskaufs ist für den Wahlgerichtsstand des Erfüllungsorts nach "
         "Art 5 Nr 1 lit b EuGVVO 2001 (= Art 7 Nr 1 lit b EuGVVO 2012) der Ort, an dem der "
         "Käufer die Ware körperlich übernommen hat, maßgeblich", "EuGVVO 2012",
         "Art 7 Nr 1 lit b", "32012R1215"),
    ],
)  # fmt: skip
def test_nr_without_its_dot(text: str, span: str, pinpoint: str, celex: str) -> None:
    (ref,) = eurefs.extract(text)
    assert (ref.text, ref.pinpoint, ref.celex) == (span, pinpoint, celex)  # type: ignore[attr-defined]


def test_an_act_number_after_an_article_stays_none() -> None:
    assert eurefs.extract("nach Art. 5 Nr 1408/71") == []
