"""Pinpoints before a short form written with the national ordinal marks: back-references
run on the text as written, where ``º`` is a letter and ``°`` no letter (the view folds
neither for them), and the link nearest the short form is the one before it."""

from __future__ import annotations

import pytest

import eurefs


@pytest.mark.parametrize(
    ("text", "short_form", "pinpoint"),
    [
        # the ordinal sign glued (before: no pinpoint, while ``artículo 6 del RGPD`` had one)
        ("Es lícito conforme al artículo 6º del RGPD.", "RGPD", "artículo 6º"),
        ("Es lícito conforme al artículo 6° del RGPD.", "RGPD", "artículo 6°"),
        ("È lecito ai sensi dell'art. 6° del GDPR.", "GDPR", "art. 6°"),
        ("É lícito nos termos do artigo 6° do RGPD.", "RGPD", "artigo 6°"),
        ("É lícito nos termos do artigo 6.° do RGPD.", "RGPD", "artigo 6.°"),
        ("É lícito nos termos do art.º 6.º do RGPD.", "RGPD", "art.º 6.º"),
        ("É lícito nos termos do artº 6º, § 1º, do RGPD.", "RGPD", "artº 6º, § 1º"),
        # the link nearest the short form, not an earlier one in reach (before: none)
        ("É lícito nos termos do art. 6 do RGPD.", "RGPD", "art. 6"),
        # Spanish subdivisions written first (before: ``artículo 6``)
        ("Es lícito según el apartado 1 del artículo 6 del RGPD.", "RGPD",
         "apartado 1 del artículo 6"),
        # a Greek point's letter numeral with its keraia (the tonos, the numeral sign, a
        # quotation mark), as privacy notices in public repositories write it (before: none,
        # while the act's own name took it)
        ("Νομική βάση είναι το έννομο συμφέρον μας (άρθρο 6 παρ. 1 στοιχ. στ΄ ΓΚΠΔ).",
         "ΓΚΠΔ", "άρθρο 6 παρ. 1 στοιχ. στ΄"),
        ("Νομική βάση είναι η συγκατάθεσή σου, άρθρο 6 παρ. 1 στοιχ. α΄ ΓΚΠΔ.", "ΓΚΠΔ",
         "άρθρο 6 παρ. 1 στοιχ. α΄"),
        ("Η επεξεργασία έγινε κατά παράβαση του άρθρου 6 παρ. 1 στοιχ. γ\u02b9 του ΓΚΠΔ.",
         "ΓΚΠΔ", "άρθρου 6 παρ. 1 στοιχ. γ\u02b9"),
        ("Νομική βάση: έννομο συμφέρον (άρθρο 6 παρ. 1 στοιχ. β’ ΓΚΠΔ).", "ΓΚΠΔ",
         "άρθρο 6 παρ. 1 στοιχ. β’"),
        # as before
        ("Es lícito conforme al artículo 6 del RGPD.", "RGPD", "artículo 6"),
        ("É lícito nos termos do artigo 6.º do RGPD.", "RGPD", "artigo 6.º"),
        ("É lícito nos termos do n.º 1 do artigo 6.º do RGPD.", "RGPD", "n.º 1 do artigo 6.º"),
        ("Es lícito según el art. 6.1.a) RGPD.", "RGPD", "art. 6.1.a)"),
        ("È lecito ai sensi dell'art. 6, par. 1, lett. a), del GDPR.", "GDPR",
         "art. 6, par. 1, lett. a)"),
        ("Licite en vertu de l'article 6, paragraphe 1, point a), du RGPD.", "RGPD",
         "article 6, paragraphe 1, point a)"),
        ("Rechtmäßig gemäß Art. 6 Abs. 1 lit. a DSGVO.", "DSGVO", "Art. 6 Abs. 1 lit. a"),
        ("Lawful under Article 6 of the GDPR.", "GDPR", "Article 6"),
    ],
)  # fmt: skip
def test_ordinal_marks_in_a_pinpoint_before_a_short_form(
    text: str, short_form: str, pinpoint: str
) -> None:
    (ref,) = [r for r in eurefs.extract(text) if r.kind == "short_form"]
    assert (ref.text, ref.pinpoint) == (short_form, pinpoint)


@pytest.mark.parametrize(
    "text",
    [
        # a temperature is no ordinal number
        "Se conserva a 20°C del RGPD.",
        "Se aplica el artículo 20°C del RGPD.",
        "Se aplica a 20° C del RGPD.",
        # a degree sign where the language glues no ordinal sign
        "Lawful under Article 6° of the GDPR.",
        # a Greek word elided before a keraia-like apostrophe, no letter numeral of a point
        "Το άρθρο 6 παρ. 1 του νόμου ισχύει κι’ ΓΚΠΔ.",
        "Το άρθρο 6 παρ. 1 ισχύει κατ’ ΓΚΠΔ.",
    ],
)
def test_no_pinpoint_through_a_degree_sign_that_is_no_ordinal(text: str) -> None:
    (ref,) = [r for r in eurefs.extract(text) if r.kind == "short_form"]
    assert ref.pinpoint is None
