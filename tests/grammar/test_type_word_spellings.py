"""Type words written otherwise than the records list them (``grammar/type_word_spellings``).

Real texts: Council Framework Decision 2005/214/JHA, whose title the OJ prints
'DÉCISION-CADRE 2005/214/JAI DU CONSEIL du 24 février 2005 concernant l'application du
principe de reconnaissance mutuelle aux sanctions pécuniaires' (OJ L 76, 22.3.2005, p. 16;
EUR-Lex's French table of contents of that OJ, pages corpus); an audit of the thirtieth
session found it typed without accents, 'DECISION 2005/214/JAI', read as the English
decision 32005D0214.  The same title in capitals without the hyphen and accents, as
text typed without accents writes it, read 'CADRE' as an acronym of the act's name
(``directive TVA 2006/112/CE``) and gave 32005D0214 too; so did the Spanish 'DECISION
MARCO' and the Romanian 'DECIZIA CADRU' (the forms EUR-Lex writes 'Decisión Marco
2002/584/JAI', 'Decizia-cadru 2002/584/JAI'; the Romanian OJ's title 'DECIZIA-CADRU A
CONSILIULUI ... (2002/584/JAI)', EUR-Lex 32002F0584, pages corpus).  A JHA decision in
its own words keeps its CELEX: 'DÉCISION DU CONSEIL du 12 février 2007 ...
(2007/126/JAI)' (EUR-Lex 32007D0126, pages corpus).
"""

from __future__ import annotations

import pytest

import eurefs


@pytest.mark.parametrize(
    "text",
    [
        "DECISION CADRE 2005/214/JAI DU CONSEIL du 24 fevrier 2005",
        "DECISION MARCO 2002/584/JAI DEL CONSEJO",
        "DECIZIA CADRU 2002/584/JAI A CONSILIULUI",
    ],
)
def test_a_framework_word_in_capitals_is_no_acronym(text: str) -> None:
    # (before: 'CADRE' read as the act's acronym, the number a decision's: 32005D0214)
    refs = eurefs.extract(text, kinds="legal_act", short_forms=False)
    assert all(r.celex is None or r.celex[5] != "D" for r in refs)


def test_an_unaccented_jha_decision_is_french_with_both_candidates() -> None:
    text = (
        "DECISION 2005/214/JAI DU CONSEIL du 24 fevrier 2005 concernant l'application du "
        "principe de reconnaissance mutuelle aux sanctions pecuniaires"
    )
    (ref,) = eurefs.extract(text, kinds="legal_act", short_forms=False)
    assert ref.text == "DECISION 2005/214/JAI"
    assert ref.lang == "fr"  # (before: en, the English Decision with a French domain)
    assert ref.normalized == "décision 2005/214/JAI"
    assert ref.celex is None
    assert ref.celex_candidates == ["32005D0214", "32005F0214"]


@pytest.mark.parametrize(
    ("text", "celex", "lang"),
    [
        ("la décision 2007/126/JAI du Conseil", "32007D0126", "fr"),
        ("Council Decision 2008/615/JHA", "32008D0615", "en"),
        ("la décision-cadre 2005/214/JAI du Conseil", "32005F0214", "fr"),
        ("Decisión Marco 2002/584/JAI del Consejo", "32002F0584", "es"),
        ("directive TVA 2006/112/CE", "32006L0112", "fr"),
    ],
)
def test_a_type_word_as_written_keeps_its_celex(text: str, celex: str, lang: str) -> None:
    (ref,) = eurefs.extract(text, kinds="legal_act", short_forms=False)
    assert (ref.celex, ref.lang) == (celex, lang)
