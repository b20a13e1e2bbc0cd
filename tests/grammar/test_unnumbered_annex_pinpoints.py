"""An act's only annex, with no number, after a part of its own and the language's article
(``grammar/act_pinpoints.annex_source``): ``Article 2(1) of the Annex to Recommendation
2003/361/EC``, Dutch ``artikel 2 van de bijlage bij Aanbeveling 2003/361/EG``."""

from __future__ import annotations

import pytest

import eurefs


@pytest.mark.parametrize(
    ("text", "pinpoint"),
    [
        # Directive (EU) 2022/2555 (NIS2), Article 3(1)(a) (32022L2555 on EUR-Lex; its text on
        # digitaldecade.hannessnellman.com, pages corpus)
        ("entities of a type referred to in Annex I which exceed the ceilings for medium-sized "
         "enterprises provided for in Article 2(1) of the Annex to Recommendation 2003/361/EC;",
         "Article 2(1) of the Annex"),
        # ... Article 2(1), in English and in Dutch (nis2resources.eu/nl, pages corpus)
        ("This Directive applies to public or private entities of a type referred to in Annex I "
         "or II which qualify as medium-sized enterprises under Article 2 of the Annex to "
         "Recommendation 2003/361/EC, or exceed the ceilings", "Article 2 of the Annex"),
        ("entiteiten van een type als bedoeld in bijlage I of II, die overeenkomstig artikel 2 "
         "van de bijlage bij Aanbeveling 2003/361/EG als middelgrote ondernemingen kunnen "
         "worden aangemerkt", "artikel 2 van de bijlage"),
        # a numbered annex as before
        ("Article 3 of Annex I to Directive 2001/42/EC applies", "Article 3 of Annex I"),
    ],
)  # fmt: skip
def test_the_unnumbered_annex_is_the_pinpoint(text: str, pinpoint: str) -> None:
    (act,) = [r for r in eurefs.extract(text) if r.kind == "legal_act"]
    assert act.pinpoint == pinpoint


@pytest.mark.parametrize(
    "text",
    [
        # no article before the annex word: a heading or a document's name, not a pinpoint
        "See Annex to Regulation (EU) 2016/679 for the forms.",
        # the annex alone, no part of its own before it: left to prose, as Dutch 'de bijlage
        # bij' is an attachment too ('Het relevante wettelijke kader is opgenomen in de
        # bijlage bij deze uitspraak', Raad van State 202004638/1/A3; tests/grammar/
        # test_act_pinpoints.py: 'de bijlage bij Verordening (EU) 2016/679' none)
        "as defined in the Annex to Commission Recommendation 2003/361/EC",
        "zoals bepaald in de bijlage bij Aanbeveling 2003/361/EG van de Commissie",
        "bathe Annex to Recommendation 2003/361/EC",  # (a word ending in the article's letters)
        # an annex to another text: the act is named after ``of``, no annex link
        "the Annex to the Communication of Directive 2001/42/EC",
    ],
)
def test_no_pinpoint(text: str) -> None:
    (act,) = [r for r in eurefs.extract(text) if r.kind == "legal_act"]
    assert act.pinpoint is None
