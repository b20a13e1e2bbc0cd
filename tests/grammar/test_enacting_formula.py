"""The enacting formula's cheap test of the word before an article: it turns away only
articles the formula cannot name (the result is what the whole test gives); the look-ahead
that leads the formula's pattern changes none of its matches."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import eurefs
from eurefs.grammar import enacting_formula, treaty_articles
from eurefs.grammar.base import Context
from eurefs.grammar.common import first_two_chars
from eurefs.textview import TextView

CORPUS = Path(__file__).resolve().parents[1] / "data"

# Formulas of the records' languages, also in capitals and with the lead's other words
# (each names a treaty: the fast test must let them through)
FORMULAS = [
    "Having regard to the Treaty on the Functioning of the European Union, and in "
    "particular Article 114 thereof,",
    "vu le traité sur le fonctionnement de l'Union européenne, et notamment son article 114,",
    "VU LE TRAITÉ SUR LE FONCTIONNEMENT DE L'UNION EUROPÉENNE, ET NOTAMMENT SON ARTICLE 114,",
    "vu le traité sur le fonctionnement de l’Union européenne, et notamment l’article 114,",
    "gestützt auf den Vertrag über die Arbeitsweise der Europäischen Union, insbesondere auf "
    "Artikel 114,",
    "gestützt auf den Vertrag über die Arbeitsweise der Europäischen Union, insbesondere auf "
    "die Artikel 114 und 118,",
    "visto il trattato sul funzionamento dell'Unione europea, in particolare l'articolo 114,",
    "visto il trattato sul funzionamento dell'Unione europea, in particolare gli articoli 114 "
    "e 118,",
    "Visto el Tratado de Funcionamiento de la Unión Europea y en particular su artículo 114,",
    "Visto el Tratado constitutivo de la Comunidad Europea y, en particular, su artículo 93,",
    "Gelet op het Verdrag tot oprichting van de Europese Gemeenschap, inzonderheid op artikel 100,",
    "Gezien het Verdrag betreffende de werking van de Europese Unie, en met name artikel 207,",
    "Tendo em conta o Tratado sobre o Funcionamento da União Europeia, nomeadamente o "
    "artigo 114.º,",
    "Έχοντας υπόψη τη συνθήκη για την ίδρυση της Ευρωπαϊκής Κοινότητας, και ιδίως το άρθρο 95,",
    "med beaktande av fördraget om Europeiska unionens funktionssätt, särskilt artikel 114,",
    # a paragraph written before its article, inside the lead (Slovenian)
    "ob upoštevanju Pogodbe o delovanju Evropske unije in zlasti prvega odstavka člena 42 in "
    "člena 43(2) Pogodbe,",
]


def test_lead_ends_are_the_last_words_of_the_leads() -> None:
    ends = enacting_formula.lead_ends()
    assert ends is not None
    assert {"son", "ses", "l'", "l’", "auf", "die", "gli", "su", "o", "το"} <= ends
    assert {"of", "and", "in", "to", "the"}.isdisjoint(ends)


def _bare_matches(text: str) -> list[re.Match[str]]:
    """The treaty-article matches of ``text`` that name no treaty themselves."""
    return [
        m
        for m in treaty_articles.PATTERN.finditer(text)
        if not any(m.group("abbr", "long", "after"))
    ]


def _views() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("corpus*/docs/*.txt"))]
    return [TextView(t).view for t in (*texts, *FORMULAS)]


def _formulas(views: list[str]) -> list[tuple[int, dict[str, str] | None]]:
    return [
        (m.start(), enacting_formula.formula(m, Context(view, ""), None))
        for view in views
        for m in _bare_matches(view)
    ]


def test_the_fast_test_changes_no_formula(monkeypatch: pytest.MonkeyPatch) -> None:
    views = _views()
    fast = _formulas(views)
    monkeypatch.setattr(enacting_formula, "_ENDS", [None])
    assert _formulas(views) == fast
    named = sum(1 for _, found in fast if found)
    assert named >= len(FORMULAS) - 1  # the English one names its treaty after: ``thereof``
    assert len(fast) > 300  # and many articles no formula names


def test_the_fast_test_turns_most_articles_away() -> None:
    views = _views()[: -len(FORMULAS)]
    bare = [(view, m.start()) for view in views for m in _bare_matches(view)]
    kept = sum(enacting_formula.lead_may_end(Context(view, ""), start) for view, start in bare)
    assert kept < len(bare) / 4
    # and lets every formula with a lead through
    led = 0
    for view in _views()[-len(FORMULAS) :]:
        for m in _bare_matches(view):
            ctx = Context(view, "")
            if enacting_formula.formula(m, ctx, None) is not None:
                assert enacting_formula.lead_may_end(ctx, m.start()), view
                led += 1
    assert led >= len(FORMULAS) - 1  # the English formula names its treaty after the article


def test_the_formula_look_ahead_turns_away_no_match() -> None:
    # the formula's pattern with and without the look-ahead of the intros' first two
    # characters: the same match, groups and all, in the text before every bare article
    # of the development texts and of the formulas (also in capitals)
    source = enacting_formula._FORMULA.pattern
    guard = first_two_chars(*enacting_formula._INTROS)
    assert source.startswith(guard)
    guarded = re.compile(source, re.IGNORECASE)
    bare = re.compile(source[len(guard) :], re.IGNORECASE)
    views = [*_views(), *(TextView(f.upper()).view for f in FORMULAS)]
    found = 0
    for view in views:
        for m in _bare_matches(view):
            before = Context(view, "").before(m.start(), 260)
            a, b = guarded.search(before), bare.search(before)
            assert (a and a.regs) == (b and b.regs)
            found += a is not None
    assert found >= 2 * len(FORMULAS) - 2


def test_a_paragraph_before_the_article_in_the_lead() -> None:
    # Slovenian writes the paragraph first: 'in zlasti prvega odstavka člena 42' (was
    # nothing: the paragraph stood between the lead and the article); the pre-check looks
    # for the lead's word every form of it has, 'zlasti', not one of the optional paragraph
    assert "zlasti" in enacting_formula._LEAD_TAILS
    assert "odstavka" not in enacting_formula._LEAD_TAILS
    (ref,) = eurefs.extract(FORMULAS[-1], short_forms=False)
    assert (ref.text, ref.normalized, ref.treaty) == (
        "člena 42 in člena 43(2)", "členi 42 in 43(2) PDEU", "TFEU",
    )  # fmt: skip
    # an act's article after the same words is not the treaty's
    assert not [
        r
        for r in eurefs.extract(
            "ob upoštevanju Pogodbe o delovanju Evropske unije, ob upoštevanju Uredbe (EU) "
            "2016/679 in zlasti prvega odstavka člena 5 Uredbe,",
            short_forms=False,
        )
        if r.kind == "treaty_article"
    ]


def test_the_citations_listed_after_a_colon() -> None:
    # the Commission's Draft Amending Budget No 1 to the 2023 budget, COM(2023) 150 final
    # (EUR-Lex 52023DC0150): the intro ends in a colon and the citations follow as
    # paragraphs; the articles were missed
    text = (
        "Having regard to:\n\nthe Treaty on the Functioning of the European Union, and in "
        "particular Article 314 thereof, in conjunction with the Treaty establishing the "
        "European Atomic Energy Community, and in particular Article 106a thereof,\n\n"
        "Council Decision (EU, Euratom) 2020/2053 of 14 December 2020 on the system of own "
        "resources of the European Union"
    )
    refs = [r for r in eurefs.extract(text, short_forms=False) if r.kind == "treaty_article"]
    assert [(r.text, r.treaty) for r in refs] == [("Article 314", "TFEU"), ("Article 106a", "EAEC")]
    # a colon and a paragraph break, not a sentence's end between the intro and the treaty
    assert not eurefs.extract(
        "Having regard to. The Treaty on the Functioning of the European Union, and in "
        "particular Article 314 thereof,",
        kinds="treaty_article",
    )


def test_the_intro_test_says_what_the_intros_search_says() -> None:
    # ``formula`` tests for an intro in the 260 characters before an article by an ``in``
    # test of each: what the search of the intros' trie finds there, before every article
    # of the development texts and of the formulas (also in capitals); the formulas of
    # articles their treaty's word follows (``Article 114 thereof``) are still found
    views = [*_views(), *(TextView(f.upper()).view for f in FORMULAS)]
    held = named_after = 0
    for view in views:
        for m in treaty_articles.PATTERN.finditer(view):
            ctx = Context(view, "")
            low = ctx.before(m.start(), 260).lower()
            found = enacting_formula._INTRO_TAIL_FIND.search(low) is not None
            assert any(intro in low for intro in enacting_formula._INTRO_TAILS) == found
            held += found
            after = m.group("after")
            named_after += bool(after and enacting_formula.formula(m, ctx, after))
    assert held > 2 * len(FORMULAS) and named_after >= 2


def test_a_spanish_lead_set_off_by_commas() -> None:
    # Council Directive 2008/9/EC as the BOE reproduces it (DOUE-L-2008-80272; pages
    # corpus): the article was nothing
    text = (
        "EL CONSEJO DE LA UNIÓN EUROPEA,\n\nVisto el Tratado constitutivo de la Comunidad "
        "Europea y, en particular, su artículo 93,\n\nVista la propuesta de la Comisión,"
    )
    assert [r.model_dump()["normalized"] for r in eurefs.extract(text)] == ["artículo 93 CE"]
