"""The language of a text without citations, told by its words (short snippets)."""

from __future__ import annotations

import pytest

import eurefs
from eurefs.short_forms.common import detect_language
from eurefs.short_forms.language_words import evidence, word_scores

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
    assert word_scores("C-131/12, 2016/679 (1)") == {}
    assert detect_language("C-131/12, 2016/679 (1)", []) == "en"


def test_a_shared_word_is_shared_and_an_acronym_weighs_less() -> None:
    """``lit.`` is German, Polish (and Romanian): each gets a share; ``DSGVO`` (an
    acronym) half of one; ``Datenschutz-Grundverordnung`` (a name in words) a whole one."""
    shares = dict(evidence()["lit."])
    assert {"de", "pl"} <= set(shares)
    assert all(share == 1 / len(shares) for share in shares.values())
    assert dict(evidence()["abs."]) == {"de": 1.0}
    assert word_scores("DSGVO") == {"de": 0.5}
    assert word_scores("(Datenschutz-Grundverordnung).") == {"de": 1.0}


def test_punctuation_elision_and_ordinal_signs_are_read_through() -> None:
    """``l'article`` is looked up as ``article``, ``n.º`` as the record's ``n.o``."""
    assert word_scores("l'article")["fr"] > 0
    assert word_scores("n.º 1 do")["pt"] > word_scores("do")["pt"]
    assert word_scores("«apartado»,")["es"] > 0


def test_a_text_without_words_builds_no_table() -> None:
    """``eurefs parse 32016R0679`` needs no word table (it costs milliseconds to build)."""
    evidence.cache_clear()
    assert word_scores("32016R0679") == {}
    assert word_scores("C-131/12, 2016/679 (1)") == {}
    assert evidence.cache_info().currsize == 0
    assert word_scores("(DSGVO)") == {"de": 0.5}
