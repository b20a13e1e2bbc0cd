"""The EEC's Danish domain with its ø written oe (``EOEF``), as EUR-Lex's older Danish texts
of the Court transliterate it: the da record's ``domains``, normalised to ``EØF``."""

from __future__ import annotations

import pytest

import eurefs


@pytest.mark.parametrize(
    ("text", "span", "normalized", "celex"),
    [
        # Opinion of AG Tesauro in C-381/89 (EUR-Lex 61989CC0381, Danish; pages corpus): was
        # nothing
        ("har Polymeles Protodikeio (den kollegiale underret), Athen, forelagt Domstolen to "
         "spoergsmaal om fortolkningen af visse bestemmelser i Raadets direktiv 77/91/EOEF af "
         "13. december 1976 om samordning af de garantier", "direktiv 77/91/EOEF",
         "direktiv 77/91/EØF", "31977L0091"),
        # the domain in brackets, as the same texts write regulations (UNCONFIRMED in a text read)
        ("Raadets forordning (EOEF) nr. 1408/71", "forordning (EOEF) nr. 1408/71",
         "forordning (EØF) nr. 1408/71", "31971R1408"),
    ],
)  # fmt: skip
def test_the_domain_written_oe(text: str, span: str, normalized: str, celex: str) -> None:
    (act,) = eurefs.extract(text, kinds="legal_act")
    assert (act.text, act.lang, act.normalized, act.celex) == (span, "da", normalized, celex)
