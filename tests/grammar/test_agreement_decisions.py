"""Decisions of agreement bodies, type word first (``eurefs.grammar.agreement_decisions``)."""

from __future__ import annotations


def test_languages_without_a_body_after_the_type_word_still_extract() -> None:
    """With only Latvian loaded (its bodies stand before the type word), the family has no
    type word to look for and finds nothing instead of raising KeyError (a bracketed
    number, read as a title number, asked the family at its position)."""
    import os
    import subprocess
    import sys

    script = (
        "import eurefs; print([(r.kind, r.celex) for r in "
        "eurefs.extract('Eiropas Parlamenta un Padomes Direktīvu 2007/2/EK (98/699/JI)')])"
    )
    env = {**os.environ, "EUREFS_LANGUAGES": "lv"}
    out = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "[('legal_act', '32007L0002')]"
