"""A Maltese annex before the act, linked by the glued article (``tal-Anness VI
tar-Regolament (KE) Nru 882/2004``): the record's ``pinpoints.annexes``
(``eurefs/languages/mt.py``) with ``grammar/act_pinpoints``."""

from __future__ import annotations

import pytest

import eurefs


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # the request for a preliminary ruling in C-478/18 Compaxo Vlees Zevenaar
        # (curia.europa.eu, Maltese; pages corpus): the annex was no pinpoint (the point
        # before it, 'punt 1 tal-', is not read)
        ("Il-frażijiet “impjegati nvoluti fil-kontrolli uffiċjali” li tinsab fil-punt 1 "
         "tal-Anness VI tar-Regolament (KE) Nru 882/2004 1 tal-Parlament Ewropew u tal-Kunsill "
         "tad-29 ta’ April  2004 dwar il-kontrolli uffiċjali", "Regolament (KE) Nru 882/2004"),
        ("“impjegati nvoluti fil-kontrolli uffiċjali” * li tinsab fil-punt 2 tal-Anness VI "
         "tar-Regolament Nru 882/2004, għandhom jiġu interpretati", "Regolament Nru 882/2004"),
    ],
)  # fmt: skip
def test_an_annex_before_the_act(text: str, span: str) -> None:
    (ref,) = [r for r in eurefs.extract(text) if r.kind == "legal_act"]
    assert (ref.text, ref.celex, ref.pinpoint) == (span, "32004R0882", "Anness VI")
