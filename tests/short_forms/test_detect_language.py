"""``eurefs.short_forms.common.detect_language``: the language of a text, told by its
citations, else by its words (short snippets without citations)."""

from __future__ import annotations

import pytest

import eurefs
from eurefs.short_forms.common import detect_language

# Snippets as users pass them to ``eurefs extract``: a pinpoint and the GDPR's name.
SNIPPETS = [
    ("Art. 6 Abs. 1 lit. a DSGVO", "de", "Art. 6 Abs. 1 lit. a"),
    ("gemäß Art. 6 Abs. 1 lit. f DSGVO", "de", "Art. 6 Abs. 1 lit. f"),
    ("Art. 17 DSGVO", "de", "Art. 17"),
    # Austrian writing, without dots (chg.at on legitimate interests, pages corpus)
    ("Daher rückt Art 6 Abs 1 lit f DSGVO in den Mittelpunkt", "de", "Art 6 Abs 1 lit f"),
    ("Art 4 Z 11 DSGVO", "de", "Art 4 Z 11"),
    # law-course writing (haufe.de commentary): ``lit f)``
    ("Art. 6 Abs. 1 lit f) DSGVO ist eng auszulegen", "de", "Art. 6 Abs. 1 lit f)"),
    ("art. 6, par. 1, lett. a) GDPR", "it", "art. 6, par. 1, lett. a)"),
    ("artículo 6, apartado 1, letra a), del RGPD", "es", "artículo 6, apartado 1, letra a)"),
    ("article 6, paragraphe 1, point a), du RGPD", "fr", "article 6, paragraphe 1, point a)"),
    ("artigo 6.º, n.º 1, alínea a), do RGPD", "pt", "artigo 6.º, n.º 1, alínea a)"),
    ("článek 6 odst. 1 písm. a) GDPR", "cs", "článek 6 odst. 1 písm. a)"),
    ("Article 6(1)(a) GDPR", "en", "Article 6(1)(a)"),
    ("art. 6 ust. 1 lit. f RODO", "pl", "art. 6 ust. 1 lit. f"),
    # Spanish national writing (betalegal.com, baylos.com on legitimate interests)
    ("la de los intereses legítimos (art. 6.1 f) RGPD) debe", "es", "art. 6.1 f)"),
    ("el artículo 6.1.f) del RGPD y los considerandos 47, 48 y 49", "es", "artículo 6.1.f)"),
]


@pytest.mark.parametrize(("text", "lang", "pinpoint"), SNIPPETS)
def test_a_snippet_is_read_in_its_own_language(text: str, lang: str, pinpoint: str) -> None:
    refs = eurefs.extract(text)
    assert detect_language(text, [r for r in refs if r.kind != "short_form"]) == lang
    [ref] = refs
    assert (ref.kind, ref.lang, ref.celex) == ("short_form", lang, "32016R0679")
    assert ref.pinpoint == pinpoint


def test_citations_decide_before_words() -> None:
    """One French citation outweighs German words around it."""
    text = "Art. 6 Abs. 1 der directive 95/46/CE"
    refs = eurefs.extract(text, short_forms=False)
    assert detect_language(text, refs) == "fr"


def test_a_text_no_word_tells_is_english() -> None:
    """No evidence at all: the first language in registry order, whatever the scan met."""
    assert detect_language("C-131/12, 2016/679 (1)", []) == "en"
