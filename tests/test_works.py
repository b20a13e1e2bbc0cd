"""Grouping references by the work they name."""

from __future__ import annotations

from pathlib import Path

import pytest

import eurefs
from eurefs.scanner import extract, extract_light
from eurefs.works import cited_works, work_key, work_label

CORPORA = Path(__file__).parent / "data"

TEXT = (
    "Article 6 TEU and Regulation (EU) 2016/679. Under Article 2 TEU, 32016R0679 applies, "
    "as does COM(2021) 752 final; see again Regulation (EU) 2016/679."
)


def test_works_in_order_of_first_mention_with_counts() -> None:
    works = cited_works(extract(TEXT))
    assert [(w.key, w.label, w.mentions) for w in works] == [
        ("treaty:TEU", "TEU", 2),
        ("32016R0679", "Regulation (EU) 2016/679", 3),
        ("com_document:COM(2021) 752 final", "COM(2021) 752 final", 1),
    ]
    gdpr = works[1]
    assert gdpr.first.start == TEXT.index("Regulation (EU) 2016/679")
    assert [r.kind for r in gdpr.references] == ["legal_act", "celex", "legal_act"]


def test_order_does_not_depend_on_input_order() -> None:
    refs = extract(TEXT)
    assert [w.key for w in cited_works(reversed(refs))] == [w.key for w in cited_works(refs)]
    assert work_key(refs[0]) == "treaty:TEU"


def test_an_oj_citation_of_the_act_before_it_counts_for_the_act() -> None:
    text = (
        "Directive 95/46/EC of the European Parliament and of the Council of 24 October 1995 "
        "on the protection of individuals (OJ L 281, 23.11.1995, p. 31). That Directive applies."
    )
    refs = extract(text)
    assert [(r.kind, work_key(r)) for r in refs] == [
        ("legal_act", "31995L0046"),
        ("oj", "31995L0046"),
        ("short_form", "31995L0046"),
    ]
    assert [(w.key, w.mentions) for w in cited_works(refs)] == [("31995L0046", 3)]


def test_light_references_have_the_keys_of_the_public_models() -> None:
    """The CSV writer and eurefs.dask key the engine's references without pydantic."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(CORPORA.glob("corpus*/docs/*.txt"))]
    keyed = 0
    for text in texts:
        light_refs = extract_light(text)
        public = extract(text)
        assert [work_key(r) for r in light_refs] == [work_key(r) for r in public]
        assert [work_label(r) for r in light_refs] == [work_label(r) for r in public]
        keyed += len(public)
    assert keyed > 1000


def test_group_of_a_text_says_to_extract_it_first() -> None:
    """``eurefs.group(text)`` raised AttributeError ('str' object has no attribute 'start')."""
    for text in ("See Directive 95/46/EC.", b"See Directive 95/46/EC."):
        with pytest.raises(TypeError, match=r"eurefs\.group\(eurefs\.extract\(text\)\)"):
            eurefs.group(text)  # type: ignore[arg-type]
    assert [w.key for w in eurefs.group(eurefs.extract("See Directive 95/46/EC."))] == [
        "31995L0046"
    ]


def test_a_treaty_is_named_as_the_text_s_language_names_it() -> None:
    # recital 1 of the GDPR in French and in German, as EUR-Lex publishes them
    fr = (
        "L'article 8, paragraphe 1, de la Charte des droits fondamentaux de l'Union "
        "européenne (ci-après dénommée «Charte») et l'article 16, paragraphe 1, du traité sur "
        "le fonctionnement de l'Union européenne disposent que toute personne a droit à la "
        "protection des données à caractère personnel la concernant."
    )
    de = (
        "Gemäß Artikel 8 Absatz 1 der Charta der Grundrechte der Europäischen Union (im "
        "Folgenden „Charta“) sowie Artikel 16 Absatz 1 des Vertrags über die Arbeitsweise "
        "der Europäischen Union (AEUV) hat jede Person das Recht auf Schutz der sie "
        "betreffenden personenbezogenen Daten."
    )
    # the key is the same in every language; the label is the text's own abbreviation
    assert [(w.key, w.label) for w in cited_works(extract(fr))] == [
        ("treaty:CFR", "CDFUE"), ("treaty:TFEU", "TFUE"),
    ]  # fmt: skip
    assert [(w.key, w.label) for w in cited_works(extract(de))] == [
        ("treaty:CFR", "GRCh"), ("treaty:TFEU", "AEUV"),
    ]  # fmt: skip
    assert [w.label for w in cited_works(extract_light(de))] == ["GRCh", "AEUV"]
