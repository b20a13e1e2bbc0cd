"""An adjective between the type word and the number that says the act is the Union's
(``Language.type_adjectives``, read by ``eurefs/grammar/legal_acts.py``): privacy notices,
terms and national writing in French, Italian, Spanish, Portuguese and Romanian."""

from __future__ import annotations

import pytest

import eurefs


@pytest.mark.parametrize(
    ("text", "span", "celex", "pinpoint"),
    [
        # privacy notices and terms in public repositories (see the records' sources): each
        # was no reference
        ("Conformément au règlement européen 2016/679 du parlement européen et du conseil",
         "règlement européen 2016/679", "32016R0679", None),
        ("Conformément à l’article 5 du Règlement européen 2016/679, les données",
         "Règlement européen 2016/679", "32016R0679", "article 5"),
        ("Conformément à la directive européenne 2011/7/UE et à l'article L.441-10",
         "directive européenne 2011/7/UE", "32011L0007", None),
        ("nel rispetto del Regolamento Europeo 2016/679 (GDPR).",
         "Regolamento Europeo 2016/679", "32016R0679", None),
        ("ai sensi dell'art. 13 del Regolamento Europeo 2016/679, dichiara",
         "Regolamento Europeo 2016/679", "32016R0679", "art. 13"),
        ("il Regolamento comunitario n. 44/2001 si applica",
         "Regolamento comunitario n. 44/2001", "32001R0044", None),
        ("En cumplimiento de lo dispuesto en el Reglamento Europeo 2016/679 General de",
         "Reglamento Europeo 2016/679", "32016R0679", None),
        # (the date after the number makes no national act of it)
        ("según lo estipulado en el Reglamento Europeo 2016/679, de 27 de abril de 2016, de",
         "Reglamento Europeo 2016/679", "32016R0679", None),
        ("la Directiva europea 2002/58/CE (ePrivacy)", "Directiva europea 2002/58/CE",
         "32002L0058", None),
        ("GDPR (Regulamento Europeu 2016/679) — análise", "Regulamento Europeu 2016/679",
         "32016R0679", None),
        ("Ao abrigo do Decreto-Lei n.º 24/2014 e da Diretiva Europeia 2011/83/UE, tem",
         "Diretiva Europeia 2011/83/UE", "32011L0083", None),
        ("devine aplicabil Regulamentul European 2016/679 privind protectia",
         "Regulamentul European 2016/679", "32016R0679", None),
        ("Directiva europeană 2019/1937 privind protecția", "Directiva europeană 2019/1937",
         "32019L1937", None),
    ],
)  # fmt: skip
def test_an_adjective_between_the_type_word_and_the_number(
    text: str, span: str, celex: str, pinpoint: str | None
) -> None:
    (ref,) = eurefs.extract(text, kinds="legal_act")
    assert (ref.text, ref.celex, ref.pinpoint) == (span, celex, pinpoint)


def test_the_adjective_stays_out_of_the_normal_form() -> None:
    (ref,) = eurefs.extract("la directive européenne 2019/1937", kinds="legal_act")
    assert ref.normalized == "directive 2019/1937"


def test_a_number_the_era_leaves_open_keeps_no_celex() -> None:
    # ``44/01``: number or year first, as without the adjective
    (ref,) = eurefs.extract("del Regolamento comunitario 44/01 sulle", kinds="legal_act")
    assert ref.celex is None
