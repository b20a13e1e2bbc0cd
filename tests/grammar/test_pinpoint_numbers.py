"""The numbers of a pinpoint and of a treaty article written apart from their brackets
(``Article 85 (3)``, ``Article 4 (1) (a)``: older EUR-Lex texts and many writers), with
a point after dots (French ``article 6.1.f``), and the Italian ``ed`` before a vowel."""

from __future__ import annotations

import pytest

import eurefs


def _one(text: str, kind: str) -> eurefs.Reference:
    refs = [r for r in eurefs.extract(text) if r.kind == kind]
    assert len(refs) == 1, refs
    return refs[0]


@pytest.mark.parametrize(
    ("text", "span", "pinpoint"),
    [
        # Article 4 (1) (a) of Regulation (EEC) No 1408/71: the Court's older English texts
        (
            "Article 4 (1) (a) of Council Regulation (EEC) No 1408/71 of 14 June 1971",
            "Council Regulation (EEC) No 1408/71",
            "Article 4 (1) (a)",
        ),
        (
            "under Article 6 (1) (f) of Regulation (EU) 2016/679.",
            "Regulation (EU) 2016/679",
            "Article 6 (1) (f)",
        ),
        # the known miss of the session's brief: German-model English with a space
        ("The processing is lawful under Art. 6 (1) lit. f GDPR.", "GDPR", "Art. 6 (1) lit. f"),
        # French privacy notices (public repositories): ``(article 6.1.f du RGPD)``
        ("Intérêt légitime (article 6.1.f du RGPD).", "RGPD", "article 6.1.f"),
        ("mesures précontractuelles (article 6.1.b du RGPD).", "RGPD", "article 6.1.b"),
        (
            "conforme à l’article 6.1.f du règlement (UE) 2016/679.",
            "règlement (UE) 2016/679",
            "article 6.1.f",
        ),
        # Italian ``ed`` before a vowel (a public repository's quiz on the GDPR; the
        # Italian transposition notes of Directive 2011/93/EU)
        (
            "Ai sensi dell’art. 6, par. 1, lett. c) ed e) del GDPR e dell’art. 2-ter del Codice.",
            "GDPR",
            "art. 6, par. 1, lett. c) ed e)",
        ),
        (
            "ai sensi dell’art. 2 lett. c) ed e) della direttiva 2011/93/UE.",
            "direttiva 2011/93/UE",
            "art. 2 lett. c) ed e)",
        ),
    ],
)
def test_pinpoints(text: str, span: str, pinpoint: str) -> None:
    kind = "legal_act" if any(c.isdigit() for c in span) else "short_form"
    ref = _one(text, kind)
    assert (ref.text, ref.pinpoint) == (span, pinpoint)


@pytest.mark.parametrize(
    ("text", "span", "normalized", "articles"),
    [
        # ``Article 85 (1)`` in the Court's summary of ACF Chemiefarma v Commission (41/69)
        (
            "Articles 85 (1) and 86 of the EEC Treaty",
            "Articles 85 (1) and 86 of the EEC Treaty",
            "Articles 85(1) and 86 EEC",
            ["85(1)", "86"],
        ),
        (
            "on the application of Article 85 (3) of the EEC Treaty to certain categories",
            "Article 85 (3) of the EEC Treaty",
            "Article 85(3) EEC",
            ["85(3)"],
        ),
        (
            "under Article 101 (1) (b) TFEU.",
            "Article 101 (1) (b) TFEU",
            "Article 101(1)(b) TFEU",
            ["101(1)(b)"],
        ),
    ],
)
def test_treaty_article_brackets_apart(
    text: str, span: str, normalized: str, articles: list[str]
) -> None:
    ref = _one(text, "treaty_article")
    assert (ref.text, ref.normalized, list(ref.articles)) == (span, normalized, articles)


@pytest.mark.parametrize(
    "text",
    [
        # a year or a word in brackets is no paragraph
        "in Article 5 (1998) of Directive 95/46/EC",
        "in Article 5 (former) of Directive 95/46/EC",
        # a version number is no pinpoint, nor a letter after a dot without an article
        "la version 6.1.f du logiciel et le RGPD",
    ],
)
def test_no_pinpoint(text: str) -> None:
    assert all(getattr(r, "pinpoint", None) is None for r in eurefs.extract(text))
