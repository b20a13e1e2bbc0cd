"""A blank after an act number's slash, as text taken from the Official Journal's PDF titles
has it (``REGULATION (EU) 2016/ 679``): the number as written, the act's CELEX
(``grammar/legal_acts``: the pattern read it, its anchor did not find it)."""

from __future__ import annotations

import pytest

import eurefs


@pytest.mark.parametrize(
    ("text", "span", "normalized", "celex", "lang"),
    [
        # a search engine's listing of the GDPR's EUR-Lex PDF, kept in a public repository's
        # notes (find_string id 54967943847): was nothing
        ("2. [PDF] REGULATION (EU) 2016/ 679 OF THE EUROPEAN PARLIAMENT ...\n"
         "   https://eur-lex.europa.eu/legal-content/EN/TXT/PDF/?uri=CELEX:32016R0679",
         "REGULATION (EU) 2016/ 679", "Regulation (EU) 2016/679", "32016R0679", "en"),
        # a Czech privacy notice in a public repository (find_string id 32312344701): was
        # nothing
        ("Pokud je zpracováváme, máte také právo na informace vymezené čl. 15 nařízení "
         "evropského parlamentu a rady (EU) 2016/ 679 (GDPR).",
         "nařízení evropského parlamentu a rady (EU) 2016/ 679", "nařízení (EU) 2016/679",
         "32016R0679", "cs"),
    ],
)  # fmt: skip
def test_a_blank_after_the_slash(
    text: str, span: str, normalized: str, celex: str, lang: str
) -> None:
    (ref,) = [r for r in eurefs.extract(text) if r.kind == "legal_act"]
    assert (ref.text, ref.normalized, ref.celex, ref.lang) == (span, normalized, celex, lang)


@pytest.mark.parametrize("text", ["Decision 1/ 2 of the", "the Regulation (page 10/ 12)"])
def test_no_act_where_the_numbers_are_none(text: str) -> None:
    assert [r.kind for r in eurefs.extract(text) if r.kind == "legal_act"] == []
