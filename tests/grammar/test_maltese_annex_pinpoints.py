"""A Maltese annex before the act, linked by the glued article (``tal-Anness VI
tar-Regolament (KE) Nru 882/2004``): the record's ``pinpoints.annexes``
(``eurefs/languages/mt.py``) with ``grammar/act_pinpoints``; the point before it, linked
so too (``il-punt 1 tal-``), one of the record's ``pinpoints.glued_leads``
(``grammar/pinpoint_leads``)."""

from __future__ import annotations

import pytest

import eurefs


@pytest.mark.parametrize(
    ("text", "span", "pinpoint"),
    [
        # the request for a preliminary ruling in C-478/18 Compaxo Vlees Zevenaar
        # (curia.europa.eu, Maltese; pages corpus): the annex was no pinpoint, then the
        # point before it was left out
        ("Il-frażijiet “impjegati nvoluti fil-kontrolli uffiċjali” li tinsab fil-punt 1 "
         "tal-Anness VI tar-Regolament (KE) Nru 882/2004 1 tal-Parlament Ewropew u tal-Kunsill "
         "tad-29 ta’ April  2004 dwar il-kontrolli uffiċjali", "Regolament (KE) Nru 882/2004",
         "punt 1 tal-Anness VI"),
        ("“impjegati nvoluti fil-kontrolli uffiċjali” * li tinsab fil-punt 2 tal-Anness VI "
         "tar-Regolament Nru 882/2004, għandhom jiġu interpretati", "Regolament Nru 882/2004",
         "punt 2 tal-Anness VI"),
    ],
)  # fmt: skip
def test_an_annex_before_the_act(text: str, span: str, pinpoint: str) -> None:
    (ref,) = [r for r in eurefs.extract(text) if r.kind == "legal_act"]
    assert (ref.text, ref.celex, ref.pinpoint) == (span, "32004R0882", pinpoint)
