"""Latvian article words in the dative after a treaty's abbreviation (the record
``eurefs/languages/lv.py``): the opening of every Latvian preliminary ruling."""

from __future__ import annotations

import eurefs


def test_the_dative_after_the_treaty() -> None:
    """Consorzio Italian Management (C-561/19, EUR-Lex 62019CJ0561, Latvian). Before,
    nothing."""
    text = (
        "Lietā C‑561/19 par lūgumu sniegt prejudiciālu nolēmumu atbilstoši LESD 267. pantam, "
        "ko Consiglio di Stato (Valsts padome, Itālija) iesniedza ar 2018. gada 15. novembra "
        "lēmumu"
    )
    refs = [r for r in eurefs.extract(text) if r.kind == "treaty_article"]
    assert [(r.text, r.treaty, r.articles) for r in refs] == [("LESD 267. pantam", "TFEU", ["267"])]
