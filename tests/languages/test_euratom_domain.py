"""The Atomic Energy Community's acts numbered with ``Euratom`` in French and Italian texts
(the records' ``domains``): French and Italian, not English and Maltese, the languages
that write the type word alike and whose records alone held the domain."""

from __future__ import annotations

import pytest

import eurefs


@pytest.mark.parametrize(
    ("text", "spans", "lang", "normalized"),
    [
        # prevent.be, on Directive 2013/59/Euratom (pages corpus): was English
        ("- la directive 96/29/Euratom fixant les normes de base relatives",
         ["directive 96/29/Euratom"], "fr", "directive 96/29/Euratom"),
        # the title of Directive 2013/59/Euratom (EUR-Lex 32013L0059, French): were English,
        # and the list's last act after 'et' was missed
        ("et abrogeant les directives 89/618/Euratom, 90/641/Euratom, 96/29/Euratom, "
         "97/43/Euratom et 2003/122/Euratom",
         ["directives 89/618/Euratom", "90/641/Euratom", "96/29/Euratom", "97/43/Euratom",
          "2003/122/Euratom"], "fr", None),
        # the Corte di cassazione's bulletin (fdocumenti.com; pages corpus): was Maltese
        ("Direttiva 2013/51/Euratom del Consiglio, del 22 ottobre 2013",
         ["Direttiva 2013/51/Euratom"], "it", "direttiva 2013/51/Euratom"),
        ("la direttiva 2013/59/Euratom del Consiglio", ["direttiva 2013/59/Euratom"], "it",
         "direttiva 2013/59/Euratom"),
        # (what must stay)
        ("Council Directive 2013/59/Euratom of 5 December 2013",
         ["Council Directive 2013/59/Euratom"], "en", "Directive 2013/59/Euratom"),
        ("Id-Direttiva tal-Kunsill 2013/59/Euratom", ["Direttiva tal-Kunsill 2013/59/Euratom"],
         "mt", "Direttiva 2013/59/Euratom"),
        ("Règlement (CEE, Euratom) n° 1553/89 du Conseil",
         ["Règlement (CEE, Euratom) n° 1553/89"], "fr", "règlement (CEE, Euratom) no 1553/89"),
    ],
)  # fmt: skip
def test_an_act_numbered_with_euratom_keeps_its_text_s_language(
    text: str, spans: list[str], lang: str, normalized: str | None
) -> None:
    refs = [r for r in eurefs.extract(text) if r.kind == "legal_act"]
    assert [r.text for r in refs] == spans
    assert {r.lang for r in refs} == {lang}
    assert all(r.celex and r.celex[5] in "LR" for r in refs)
    if normalized is not None:
        assert refs[0].normalized == normalized
